"""A contents list whose every title ends in a leader and its page, and the first item's body on the same transcript
page line behind it: the body's header is no further entry of the list, whatever capitals' headings cut its text.

Why: a contents page prints one row per entry, so where the leaders part every title, they part the last one too;
the text behind the last leader is the first body ('Punkt 1: Title 24-001234 Beslutning … SAGENS BAGGRUND …'). Cut by
its capitals' headings into several runs, it was read as more entries: the first item listed twice, and where the
list is taken over the headers below it, its body left empty (contents_cuts.through_last_leader). Invented page."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare

from .transcript_page import TITLED_FRAME, parse_text

_CONTENTS = ("Indholdsfortegnelse Godkendelse af ny vejplan for bymidten.....3 Lukket: Køb af jord ved havnen.....4 "
             "Tilskud til foreningernes sommerlejre.....5 Lukket: Salg af byggegrund i Nordby.....6 "
             "Status på budget 2025.....7 Eventuelt.....9")
_FIRST = ("Punkt 1: Godkendelse af ny vejplan for bymidten 25-004417 Beslutning Godkendt. SAGENS BAGGRUND "
          "Forvaltningen har udarbejdet en ny plan for vejene i bymidten efter dialog med de handlende. "
          "ØKONOMISKE KONSEKVENSER Ingen. INDSTILLING Forvaltningen indstiller, at planen godkendes.")
_TITLES = ["Godkendelse af ny vejplan for bymidten", "Køb af jord ved havnen", "Tilskud til foreningernes sommerlejre",
           "Salg af byggegrund i Nordby", "Status på budget 2025", "Eventuelt"]


def _page() -> str:
    # (the excerpt ends in the first body, as a page cut after 2,000 characters does)
    pages = [f"1 Referat Vejudvalget Mødedato: 3. juni 2025 Mødested: Rådhuset {_CONTENTS} {_FIRST}",
             "2 Forvaltningen vil følge op på planen i efteråret."]
    return TITLED_FRAME.format(title="Referat Vejudvalget", pages="\n\n".join(pages))


def test_the_list_ends_at_its_last_leader() -> None:
    listed = find_item_list(prepare(_page()))
    assert [(e.number, e.title, e.public) for e in listed] == [
        (None, t, t not in ("Køb af jord ved havnen", "Salg af byggegrund i Nordby")) for t in _TITLES]


def test_first_body_after_a_leadered_list_keeps_its_sections(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page())
    assert [it.title for it in doc.items] == _TITLES
    first = doc.items[0]
    assert first.number == "1"
    assert [d.text for d in first.decisions] == ["Godkendt."]
    assert [s.heading for s in first.sections] == ["Beslutning", "SAGENS BAGGRUND", "ØKONOMISKE KONSEKVENSER",
                                                   "INDSTILLING"]


def test_closed_entries_after_the_last_title_stay_entries() -> None:
    # closed entries printed as their marker behind the last title ('LUKKET PUNKT: ….. 8'): rows of the list, not text
    text = ("Referat Vejudvalget\n\nTranskript\n\n1 Referat Vejudvalget Mødedato: 3. juni 2025 Indholdsfortegnelse "
            "Godkendelse af ny vejplan for bymidten .......... 3 Tilskud til foreningernes sommerlejre .......... 5 "
            "Status på budget 2025 .......... 7 ¶ LUKKET PUNKT: .......... 8 LUKKET PUNKT: .......... 9\n\n"
            "2 Punkt 1: Godkendelse af ny vejplan for bymidten Beslutning Godkendt.\n")
    assert [(e.title, e.public) for e in find_item_list(prepare(text))] == [
        ("Godkendelse af ny vejplan for bymidten", True), ("Tilskud til foreningernes sommerlejre", True),
        ("Status på budget 2025", True), ("Lukket punkt", False), ("Lukket punkt", False)]
