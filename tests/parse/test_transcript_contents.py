"""PDF-transcript pages (title line, 'Størrelse: px', 'Transkript', each PDF page flattened onto one line
behind its page number) whose contents list lost every item number, so its titles run into each other on
one line. Synthetic pages in the shapes of the tune transcripts; no real text copied."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_PAGE = """Referat {body}

Størrelse: px
Starte visningen fra side:

Download "Referat {body}"

Transkript

1 Referat {body} Dato 12. maj 2016 Mødetidspunkt 16:00 Sted Mødelokale 3, Rådhuset

2 Indholdsfortegnelse Sag nr. Side 1. {contents}

{later}
"""


def _titles(tmp_path: Path, contents: str, later: str = "", body: str = "Teknisk Udvalg") -> list[str | None]:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(body=body, contents=contents, later=later), encoding="utf-8")
    return [it.title for it in parse_file(page).items]


def test_a_place_alone_ends_the_title_before_it(tmp_path):
    """A title that ends on a street, an address or a municipality ('… ved nedkørslen Torvegade', '… beliggende
    Møllevej 12, Ribe', '… nyt rådhus Vordingborg') is one title: a place alone is never an agenda title,
    though its capital after a lower-case word looks like a title's start."""
    contents = ("Godkendelse af dagsorden Trafiksikring ved nedkørslen Nørre Torvegade Salg af grund "
                "beliggende Møllevej 12, Ribe Udbud af totalrådgivning, nyt rådhus Vordingborg Orientering fra "
                "formanden Eventuelt")
    assert _titles(tmp_path, contents) == [
        "Godkendelse af dagsorden", "Trafiksikring ved nedkørslen Nørre Torvegade",
        "Salg af grund beliggende Møllevej 12, Ribe", "Udbud af totalrådgivning, nyt rådhus Vordingborg",
        "Orientering fra formanden", "Eventuelt"]
