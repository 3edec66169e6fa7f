"""Agendas that print no item numbers: the items are found by what holds without them (benchmarks/parse_accuracy/
unnumbered.py). A contents list whose titles come back as the bodies' headings; a title right above a case-number
label whose value stands on the next line. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

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
