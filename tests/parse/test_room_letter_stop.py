"""A sentence that says where the meeting is held ends in its full stop, also after a room's letter ('Mødet blev
holdt på Udvalgsværelse D.'): the stop is the sentence's, since a room's letter takes none of its own, while a town
abbreviated to its letter keeps it ('… Parkvej 37, Nykøbing F.'). Invented pages (benchmarks/parse_accuracy/
place_shapes.py `place-held-på`, `place-afholdes-i`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_PAGE = """Referat
Økonomiudvalget
Mødedato: 12.03.2027
Mødetidspunkt: 16:00
{place_line}
Deltagere: Gunnar Ravn (A), Helle Kobbers (V)

1. Godkendelse af dagsorden
Sagsnr.: 27/101
Beslutning
Godkendt.
"""


def _location(tmp_path: Path, place_line: str) -> str | None:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE.format(place_line=place_line), encoding="utf-8")
    return parse_file(p).to_contract()["meeting"]["location"]


@pytest.mark.parametrize(("line", "place"), [
    ("Mødet blev holdt på Udvalgsværelse D.", "Udvalgsværelse D"),
    ("Mødet afholdes i Mødelokale B.", "Mødelokale B"),
    ("Mødested: Rådhuset, lokale C.", "Rådhuset, lokale C"),
])
def test_a_rooms_letter_leaves_the_sentences_stop(tmp_path: Path, line: str, place: str) -> None:
    assert _location(tmp_path, line) == place


@pytest.mark.parametrize(("line", "place"), [
    ("Mødet afholdes i Byrådssalen, Parkvej 37, Nykøbing F.", "Byrådssalen, Parkvej 37, Nykøbing F."),
    ("Mødested: Byrådssalen, Parkvej 37, Nykøbing F.", "Byrådssalen, Parkvej 37, Nykøbing F."),
])
def test_a_towns_letter_keeps_its_stop(tmp_path: Path, line: str, place: str) -> None:
    assert _location(tmp_path, line) == place
