"""Agendas that print no item numbers: the items are found by what holds without them (benchmarks/parse_accuracy/
unnumbered.py). A contents list whose titles come back as the bodies' headings; a title right above a case-number
label whose value stands on the next line. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.transcript_page import parse_text

_BODY = """{title}
Sagsfremstilling
Forvaltningen har skrevet et notat om {word} til udvalget.
Beslutning
Godkendt.
"""


def _list_page(titles: list[str], bodies: int) -> str:
    head = "Referat\nKlimaudvalget\n12-03-2024 kl. 16:00\nMødelokale 3, Byhuset\n\nPUNKTER\n\n"
    listed = "\n".join(titles) + "\n\n\n"
    return head + listed + "\n\n".join(_BODY.format(title=t, word=t.split()[0].lower()) for t in titles[:bodies])


def test_unnumbered_contents_list_whose_titles_head_the_bodies(tmp_path: Path) -> None:
    titles = ["Godkendelse af dagsorden", "Plan for grøftekanter i Mosedal", "Tilskud til Vindelbakkens spejdere",
              "Ny ordning for fejning af stier", "Udbud af snerydning i Kløverby"]
    doc = parse_text(tmp_path, _list_page(titles, bodies=2))
    assert [it.title for it in doc.items] == titles
    assert all(it.number is None for it in doc.items)
    assert doc.items[1].decisions  # the body under its returning heading is the item's


def test_a_list_whose_lines_never_come_back_is_no_contents_list(tmp_path: Path) -> None:
    """Lines in a row that nothing below prints again stay where they were: no items out of them."""
    page = ("Referat\nKlimaudvalget\n12-03-2024 kl. 16:00\n\n"
            "Deltagere\nBo Kvist Hammer\nLis Engtoft\nOle Brink Sand\n\n"
            + _BODY.format(title="Plan for grøftekanter i Mosedal", word="grøfter"))
    doc = parse_text(tmp_path, page)
    assert "Lis Engtoft" not in [it.title for it in doc.items]


_CASE_BODY = """{title}

Sagsnr.

450-2024-{n}

Initialer

ABC

Sagsfremstilling
Forvaltningen har skrevet et notat om sagen.
Beslutning i Byrådet 4. marts 2024:
Godkendt.
"""


def test_case_label_with_its_value_below_takes_the_title_above(tmp_path: Path) -> None:
    """'Title' / 'Sagsnr.' / '450-2024-1234': the number under the label is its value, not the item's title; the
    title is the line above the label, also the page's first line, and also where the page lost the blank line
    after the last item's text ('Godkendt.' / 'Title')."""
    titles = ["Indkaldelse af suppleanter til mødet", "Spørgetime", "Årsplan for Fjordhaven"]
    page = "".join(_CASE_BODY.format(title=t, n=1000 + k) for k, t in enumerate(titles))
    doc = parse_text(tmp_path, page)
    assert [it.title for it in doc.items] == titles
    assert [it.case_numbers for it in doc.items] == [["450-2024-1000"], ["450-2024-1001"], ["450-2024-1002"]]



# a title printed twice (an unfolding list's entry behind a bullet, then the body's heading; or twice in a row),
# then a case-number label line and a labelled fact the case-label reading would take for the title
_UNFOLDED = {
    "bullet": "  • {title}\n\n    {title}\n    Sagsnr.: 24/77{n}    Dok.nr.: 24/99{n}\n"
              "    Kompetence: Fritidsudvalget\n"
              "    Resume\n    Udvalget drøfter sagen om {word}.\n    Beslutning i Fritidsudvalget den 5. juni 2024:\n"
              "    Drøftet.\n",
    "twice": "{title}\n{title}\nSagsnr.: 24/77{n}                 Dok.nr.: 24/99{n}\nKompetence: Fritidsudvalget\n"
             "Beslutningstema\nUdvalget drøfter sagen om {word}.\nBeslutning i Fritidsudvalget den 5. juni 2024:\n"
             "Drøftet.\n",
}


@pytest.mark.parametrize("form", sorted(_UNFOLDED))
def test_title_printed_twice_in_a_row_heads_an_item(tmp_path: Path, form: str) -> None:
    """'• Title' / 'Title' / 'Sagsnr.: …' / 'Kompetence: …': a page that unfolds each entry of its agenda under it
    prints the title again as the body's heading; with no number anywhere, the pair is the item's header, not the
    labelled line after the case label."""
    titles = ["Godkendelse af dagsorden", "Lys i Egeskovhallen", "Tilskud til Mølleholms ridelejr"]
    page = "Referat\n\nDato: Onsdag, Juni 5, 2024 - 16:00\nSted: Byhuset, lokale 4\n" + "\n".join(
        _UNFOLDED[form].format(title=t, n=k, word=t.split()[-1].lower()) for k, t in enumerate(titles))
    doc = parse_text(tmp_path, page)
    assert [it.title for it in doc.items] == titles
    assert [it.case_numbers for it in doc.items] == [["24/770"], ["24/771"], ["24/772"]]


def test_unnumbered_list_with_a_status_column_over_numbered_headings(tmp_path: Path) -> None:
    """'Åbent Title' lines, then headings that print the number the list leaves out ('2  Title'): the list's entry
    and its heading are one item, numbered by the heading; the entries whose bodies the page does not reach stay,
    with no number."""
    titles = ["Godkendelse af dagsorden", "Plan for grøftekanter i Mosedal", "Tilskud til Vindelbakkens spejdere",
              "Ny ordning for fejning af stier", "Udbud af snerydning i Kløverby"]
    head = "Referat\nKlimaudvalget\n12-03-2024 kl. 16:00\nMødelokale 3, Byhuset\n\nDagsordenspunkter\n"
    listed = "".join(f"  Åbent {t}\n" for t in titles) + "\n\n"
    bodies = "\n".join(f" {k}  {t}\n\nSagsfremstilling\nForvaltningen har skrevet et notat.\nBeslutning\nGodkendt.\n"
                       for k, t in enumerate(titles[:2], 1))
    doc = parse_text(tmp_path, head + listed + bodies)
    assert [it.title for it in doc.items] == titles
    assert [it.number for it in doc.items] == ["1", "2", None, None, None]
    assert doc.items[1].decisions
