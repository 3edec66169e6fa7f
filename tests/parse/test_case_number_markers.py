"""Unnumbered items marked by their case number on a line of its own, under or over the title: bare ('24/1234') or
as a label in brackets ('(Sagsnr.: 24/1234)'). The number repeats item after item, as a case-number label does
(marker_starts); a label's value on the line under the label ('Sagsnr.' / '24/1234') is no second marker. Invented
titles and wording only."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.casenumbers import labelled_case_numbers

from .transcript_page import parse_text

_ITEMS = [("24/1234", "Trafiksikkerhedsplan for Mosedal"), ("24/2345", "Budgetopfølgning for første kvartal"),
          ("24/3456", "Orientering om vejarbejde på Kløvervej")]
_BODY = "Sagsfremstilling\nForvaltningen har skrevet et notat om sagen.\nBeslutning\nGodkendt."


def _page(head: str) -> str:
    items = "\n\n".join(head.format(title=t, case=c) + "\n" + _BODY for c, t in _ITEMS)
    return "Referat\nKlimaudvalget\nMødedato: 12. marts 2024 kl. 16.00\nMødested: Byhuset\n\n" + items


def _read(tmp_path: Path, head: str) -> list[tuple[str | None, list[str]]]:
    return [(it.title, it.case_numbers) for it in parse_text(tmp_path, _page(head)).items]


def test_a_bare_case_number_under_or_over_each_title_marks_the_items(tmp_path: Path) -> None:
    want = [(t, [c]) for c, t in _ITEMS]
    assert _read(tmp_path, "{title}\n{case}") == want
    assert _read(tmp_path, "{case}\n{title}") == want


def test_a_label_under_its_label_line_is_one_marker(tmp_path: Path) -> None:
    """'Sagsnr.' / '24/1234': the label marks the item, its value on the next line is no marker of another."""
    assert _read(tmp_path, "{title}\nSagsnr.\n{case}") == [(t, [c]) for c, t in _ITEMS]


def test_a_case_label_in_brackets_on_its_own_line() -> None:
    assert labelled_case_numbers("(Sagsnr.: 24/1234)") == ["24/1234"]
    assert labelled_case_numbers("(jf. Sagsnr.: 24/1234 fra sidste år)") is None


def test_an_item_whose_case_label_is_in_brackets(tmp_path: Path) -> None:
    assert _read(tmp_path, "{title}\n(Sagsnr.: {case})") == [(t, [c]) for c, t in _ITEMS]




def test_a_numbered_contents_list_whose_titles_head_the_bodies_below_without_numbers(tmp_path: Path) -> None:
    """The list numbers its entries ('åbent 1 Title'), the bodies print the titles again without them under their
    status, each over its case number (the excerpt ends after the second): each body is its entry's item (its
    number, its case number), not a second item beside the list's."""
    more = ["Tilskud til spejderne i Mosedal", "Ny ordning for fejning af stier", "Eventuelt"]
    listed = "\n".join(f"  åbent {k} {t}" for k, t in enumerate([t for _, t in _ITEMS] + more, 1))
    bodies = "\n\n".join(f" Åbent  punkt\n\n {t}\n\n{c}\n\nSagsfremstilling\n\nForvaltningen har skrevet et notat om "
                         "sagen.\n\nBeslutning\n\nGodkendt." for c, t in _ITEMS[:2])
    page = ("Referat\nKlimaudvalget\n12-03-2024 kl. 16:00\nByhuset\nDagsordenspunkter\n\n"
            f"{listed}\n\nTil indholdsfortegnelse\n\n{bodies}")
    items = [(it.number, it.title, it.case_numbers) for it in parse_text(tmp_path, page).items]
    assert items == [("1", _ITEMS[0][1], [_ITEMS[0][0]]), ("2", _ITEMS[1][1], [_ITEMS[1][0]]),
                     *((str(k), t, []) for k, t in enumerate([_ITEMS[2][1], *more], 3))]
