"""A transcript's contents list that lost every digit ('Budget - - forberedelse af . behandling', 'Regnskab ()'),
over item headers that print their titles whole ('Punkt 2: Budget 2026-29 - forberedelse af 2. behandling'): each
header is found by its listed title (the excerpt ending before the list's run of numbers could be read
from the headers), the marks a lost number left read as that number's token
(inline_headers._word), so the body goes to its own item, not onto the one before; and the item takes the title the
header prints in full (inline_titles._digits_lost). Invented page."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import TITLED_FRAME, parse_text

_LIST = ("2 Indholdsfortegnelse Godkendelse af dagsorden Budget - - forberedelse af Byrådets . behandling "
         "Regnskab () for idrætshallerne Orientering fra formanden Underskriftsark")
_FIRST = ("3 Punkt 1: Godkendelse af dagsorden Sagsnr.: 25-000111 Beslutning Godkendt. Resume Dagsordenen for "
          "mødet i september. Indstilling Forvaltningen indstiller, at dagsordenen godkendes.")
_SECOND = ("Punkt 2: Budget 2026-29 - forberedelse af Byrådets 2. behandling Sagsnr.: 25-000222 Beslutning "
           "Anbefales. Resume Udvalget forbereder budgettets anden behandling. Indstilling Forvaltningen indstiller, "
           "at budgettet anbefales.")


def _doc(tmp_path: Path):
    # (the second header runs on from the first body on its page line, as a flattened page prints it; the excerpt
    # ends in the second body)
    pages = ["1 Referat Økonomiudvalget Mødedato: 8. september 2025 Mødested: Rådhuset", _LIST, f"{_FIRST} {_SECOND}"]
    return parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))


def test_each_body_goes_to_its_own_item(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert [(it.number, len(it.decisions)) for it in doc.items[:3]] == [("1", 1), ("2", 1), (None, 0)]
    assert [s.heading for s in doc.items[0].sections] == ["Beslutning", "Resume", "Indstilling"]
    assert [d.text for d in doc.items[1].decisions] == ["Anbefales."]


def test_the_header_prints_the_title_whole(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert [it.title for it in doc.items[1:3]] == ["Budget 2026-29 - forberedelse af Byrådets 2. behandling",
                                                   "Regnskab () for idrætshallerne"]
