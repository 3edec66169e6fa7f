"""A PDF transcript whose meeting facts stand on a page of their own behind the cover and the contents list (page
line 1 the cover, 2 the contents, 3 'Mødested: … Deltagere: … Afbud: …', then the first item's page): the block is
the meeting's facts, also where a label ends its page line and its value opens the next one behind that page's
running head. A labelled place inside the first item's body is the case's, not the meeting's. Invented pages."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text, viewer_text

_BODY = ("Sagsnr.: 16/{n} Sagsfremstilling Forvaltningen har udarbejdet et notat om sagen. Indstilling Forvaltningen "
         "indstiller, at sagen godkendes. Beslutning Godkendt.")
_COVER = "Referat Miljøudvalget Mødedato: 12. maj 2026 Kl. 16:00"
_CONTENTS = ("Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Vandplan for Kløverdal 4 3. Cykelsti ved "
             "Rønnebæk 4")
_HEAD = "Miljøudvalget 12. maj 2026 Side {n}"
_FACTS = ("Mødested: Byrådssalen, Kløverdal Rådhus Deltagere: Ida Holm (A), Bo Lund (V), Per Kræn (F) "
          "Afbud: Sanne Wiig (O)")
_ITEMS = (f"1. Godkendelse af dagsorden {_BODY.format(n=1)} 2. Vandplan for Kløverdal {_BODY.format(n=2)} "
          f"3. Cykelsti ved Rønnebæk {_BODY.format(n=3)}")


def _meeting(tmp_path: Path, *pages: str):
    return parse_text(tmp_path, viewer_text("Referat Miljøudvalget", _COVER, _CONTENTS, *pages)).meeting


def test_a_page_of_facts_between_the_contents_and_the_first_item(tmp_path: Path) -> None:
    m = _meeting(tmp_path, f"{_HEAD.format(n=3)} {_FACTS}", f"{_HEAD.format(n=4)} {_ITEMS}")
    assert m.location == "Byrådssalen, Kløverdal Rådhus"
    assert m.participants == ["Ida Holm (A)", "Bo Lund (V)", "Per Kræn (F)"]
    assert m.absent == ["Sanne Wiig (O)"]


def test_a_label_ending_a_page_line_takes_the_next_page_lines_first_words(tmp_path: Path) -> None:
    facts = "Deltagere: Ida Holm (A), Bo Lund (V), Per Kræn (F) Afbud: Sanne Wiig (O) Mødested:"
    m = _meeting(tmp_path, f"{_HEAD.format(n=3)} {facts}",
                 f"{_HEAD.format(n=4)} Byrådssalen, Kløverdal Rådhus {_ITEMS}")
    assert m.location == "Byrådssalen, Kløverdal Rådhus"
    assert m.participants == ["Ida Holm (A)", "Bo Lund (V)", "Per Kræn (F)"]


def test_a_place_inside_the_first_items_body_is_not_the_meetings(tmp_path: Path) -> None:
    items = _ITEMS.replace("Sagsfremstilling", "Sagsfremstilling Sted: Engvej 4, Kløverdal Deltagere: Forvaltningen "
                           "og lodsejerne", 1)
    m = _meeting(tmp_path, f"{_HEAD.format(n=3)} Forvaltningen orienterer om kommende sager.",
                 f"{_HEAD.format(n=4)} {items}")
    assert m.location is None
    assert m.participants == []


def test_facts_before_a_first_header_printed_without_its_number(tmp_path: Path) -> None:
    """The body's pages print the headers without the numbers the contents list gives them."""
    items = " ".join(f"{t} {_BODY.format(n=n)}" for n, t in enumerate(
        ("Godkendelse af dagsorden", "Vandplan for Kløverdal", "Cykelsti ved Rønnebæk"), 1))
    m = _meeting(tmp_path, f"{_HEAD.format(n=3)} {_FACTS}", f"{_HEAD.format(n=4)} {items}")
    assert m.location == "Byrådssalen, Kløverdal Rådhus"
    assert m.participants == ["Ida Holm (A)", "Bo Lund (V)", "Per Kræn (F)"]
