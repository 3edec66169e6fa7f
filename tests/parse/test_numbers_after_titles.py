"""Item numbers printed after their titles ('Godkendelse af dagsorden - pkt. 145', 'Eventuelt (4)'), in the contents
list and over each item's text, on invented pages lined and flattened (trailing_numbers): each number is its own
title's, not the next one's."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.trailing_numbers import numbers_before_titles

from .flattening import flattened_text

_TITLES = ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej", "Trafiksikkerhedsplan 2025",
           "Salg af grund i Horne"]
_BODIES = ["Beslutning\nGodkendt.", "Sagsfremstilling\nForslaget omfatter et boligområde ved Skovvej.\n"
           "Beslutning\nAnbefales.", "Sagsfremstilling\nPlanen gælder for hele kommunen.\nBeslutning\nGodkendt.",
           "Beslutning\nGodkendt."]


def _page(mark: str, first: int = 145) -> str:
    """A lined minutes page whose list and heads print each item's number after its title as `mark` ('- pkt. {n}',
    '({n})'), the last item closed."""
    after = [" - Lukket punkt" if k == 3 else "" for k in range(4)]
    listed = "\n".join(f"{t} {mark.format(n=first + k)}{a}"
                       for k, (t, a) in enumerate(zip(_TITLES, after, strict=True)))
    heads = "\n\n".join(f"{t} {mark.format(n=first + k)}\n{b}" for k, (t, b) in enumerate(zip(_TITLES, _BODIES,
                                                                                               strict=True)))
    return ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Rådhuset, mødelokale 1\n\n"
            f"PUNKTER\n{listed}\n\n{heads}\n")


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


def _expected(first: int = 145) -> list[tuple[str, str]]:
    return [(str(first + k), t) for k, t in enumerate(_TITLES)]


def test_numbers_after_titles_behind_item_label_lined(tmp_path):
    assert _items(tmp_path, _page("- pkt. {n}")) == _expected()


def test_numbers_after_titles_behind_item_label_flattened(tmp_path):
    assert _items(tmp_path, flattened_text(_page("- pkt. {n}"))) == _expected()


def test_numbers_after_titles_in_brackets_lined_and_flattened(tmp_path):
    assert _items(tmp_path, _page("({n})", 1)) == _expected(1)
    assert _items(tmp_path, flattened_text(_page("({n})", 1))) == _expected(1)


def test_numbers_moved_keep_the_texts_length():
    text = flattened_text(_page("- pkt. {n}"))
    moved = numbers_before_titles(text)
    assert len(moved) == len(text)
    assert "pkt. 146 - Forslag til lokalplan for Skovvej" in moved


def test_dated_treatment_line_and_sentence_parts_stay_as_printed():
    """A treatment's dated line names the item's number after a dash ('Økonomiudvalget 12.03.2024 - pkt. 146'), a
    sentence counts its parts in brackets ('følgende: (1) at …, (2) at …'): neither ends the item's title."""
    text = _page("- pkt. {n}").replace("Anbefales.", "Økonomiudvalget 12.03.2024 - pkt. 146\nAnbefales.")
    assert "Økonomiudvalget 12.03.2024 - pkt. 146" in numbers_before_titles(text)
    prose = "Forvaltningen indstiller følgende: (1) at planen godkendes, (2) at den sendes i høring, (3) at …\n"
    assert numbers_before_titles(prose) == prose
