"""The document's kind as a transcript's cover prints it: the cover (the PDF's first page line) outranks the viewer's
title where the two name different kinds, and the cover's title words that make the kind word the document's name
('Offentligt referat', 'Økonomiudvalget Udskrift af beslutningsprotokol'). Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text, viewer_text

_FACTS = "Mødedato: 12. marts 2027 Mødested: Byrådssalen Deltagere: Gunnar Ravn (A), Helle Kobbers (V)"
_CONTENTS = "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Tilskud til foreninger 4"


def _items(decided: bool) -> tuple[str, str]:
    end = "Beslutning Godkendt." if decided else "Indstilling Forvaltningen indstiller, at sagen godkendes."
    return (f"1. Godkendelse af dagsorden Sagsnr.: 27/101 Sagsfremstilling Dagsordenen forelægges. {end}",
            f"2. Tilskud til foreninger Sagsnr.: 27/102 Sagsfremstilling Forvaltningen har lavet en indstilling. {end}")


def _type(tmp_path: Path, title: str, cover: str, decided: bool = True) -> str:
    text = viewer_text(title, f"Fritidsudvalget {cover} {_FACTS}", _CONTENTS, *_items(decided))
    return parse_text(tmp_path, text).to_contract()["document_type"]


@pytest.mark.parametrize(("title", "cover", "want"), [
    ("Dagsorden - Fritidsudvalget", "Referat", "referat"),
    ("Referat Fritidsudvalget", "Dagsorden", "dagsorden"),
    ("Dagsorden", "Beslutningsprotokol", "beslutningsprotokol"),
])
def test_the_cover_names_the_kind_over_the_viewers_title(tmp_path: Path, title: str, cover: str, want: str) -> None:
    """The viewer's title is the site's name for the file; the cover is the document's own."""
    assert _type(tmp_path, title, cover) == want


def test_a_neuter_title_adjective_before_the_kind_word(tmp_path: Path) -> None:
    """'Offentligt referat' on a page with no decision printed: the kind word is the title's."""
    assert _type(tmp_path, "Fritidsudvalget", "Offentligt referat", decided=False) == "referat"


def test_an_extract_named_after_the_body(tmp_path: Path) -> None:
    assert _type(tmp_path, "Fritidsudvalget", "Udskrift af beslutningsprotokol") == "beslutningsprotokol"
