"""Meeting covers in shapes the facts nets lacked (benchmarks/parse_accuracy/cover_shapes.py): a members list one a
line marking an absent member with ', deltog ikke'; a sentence 'Mødet blev holdt kl. T i P.' under the date; a
region's name in capitals over 'Regionsrådet'; a row of empty labels whose last is a list's common word ('Afbud')
before the values, as a transcript reads a two-column table. Small invented pages, no real text."""
from __future__ import annotations

from pathlib import Path

from tests.parse.transcript_page import ITEM_BODY, parse_text, parse_transcript

_ITEMS = """Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Lokalplan for boligområde ved Engvej
1. Godkendelse af dagsorden
Sagsnr.: 27/1101
Beslutning
Godkendt.
2. Lokalplan for boligområde ved Engvej
Sagsnr.: 27/1102
Sagsfremstilling
Forslaget til lokalplan har været i offentlig høring, og der er kommet tre høringssvar.
Beslutning
Godkendt.
"""


def _meeting(tmp_path: Path, cover: str, top: str = "", body: str = "Plan- og Miljøudvalget") -> dict:
    return parse_text(tmp_path, f"{top}Referat\n{body}\n{cover}\n{_ITEMS}").to_contract()


def test_a_member_marked_deltog_ikke_keeps_the_list_going(tmp_path: Path) -> None:
    # the mark after one member's name is no sentence below the list: the names after it are members too
    c = _meeting(tmp_path, "Mødested: Mødesal 2\nMedlemmer:\nIda Krog (B)\nPer Vang (A), deltog ikke\nSøs Lind (V)\n"
                           "Tom Ravn (Ø)")
    assert c["meeting"]["participants"] == ["Ida Krog (B)", "Per Vang (A)", "Søs Lind (V)", "Tom Ravn (Ø)"]
    assert c["meeting"]["absent"] == ["Per Vang (A)"]


def test_a_sentence_below_the_list_still_ends_it(tmp_path: Path) -> None:
    c = _meeting(tmp_path, "Mødested: Mødesal 2\nMedlemmer:\nIda Krog (B)\nSøs Lind (V)\nPer Vang var fraværende.")
    assert c["meeting"]["participants"] == ["Ida Krog (B)", "Søs Lind (V)"]


def test_held_sentence_with_its_time_under_the_date(tmp_path: Path) -> None:
    c = _meeting(tmp_path, "Mødedato: 04.05.2027\nMødet blev holdt kl. 17.30 i Mødesal 2.\nDeltagere: Ida Krog (B), "
                           "Søs Lind (V)")
    assert (c["meeting"]["date"], c["meeting"]["start_time"]) == ("2027-05-04", "17:30")
    assert c["meeting"]["location"] == "Mødesal 2"


def test_region_in_capitals_over_its_council(tmp_path: Path) -> None:
    c = _meeting(tmp_path, "Mødested: Regionshuset\nDeltagere: Ida Krog (B), Søs Lind (V)",
                 top="REGION SYDDANMARK\n", body="Regionsrådet")
    assert c["municipality"] == "Region Syddanmark"


def test_afbud_closes_a_row_of_empty_labels(tmp_path: Path) -> None:
    # 'Mødedato Mødetidspunkt Mødested Afbud' then their values in order: the last value is the absentee
    head = ("1 Referat Plan- og Miljøudvalget Mødedato Mødetidspunkt Mødested Afbud 04.05.2027 17:30 Mødesal 2 "
            "Per Vang (A) Medlemmer: Ida Krog (B), Per Vang (A), Søs Lind (V)")
    m = parse_transcript(tmp_path, head, f"2 1. Godkendelse af dagsorden {ITEM_BODY.format(n=102)}",
                         body="Plan- og Miljøudvalget").to_contract()["meeting"]
    assert m["location"] == "Mødesal 2"
    assert m["absent"] == ["Per Vang (A)"]
    assert m["participants"] == ["Ida Krog (B)", "Per Vang (A)", "Søs Lind (V)"]
