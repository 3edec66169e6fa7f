"""The meeting's head as unseen councils print it (issue 11, strand `heads`): the place on the time's own line or
after a meeting's number or a bare time, a table's head row set off by bars, a region's footer with commas, a
remark that says who missed the meeting, two absence labels, members outside any party, roles on lines of their own,
a minus sign for an absent member, staff titles. Invented pages; expected values by annotation-rules.md (entries as
printed, role titles removed, members marked absent kept and listed absent), read off each page by hand."""
from __future__ import annotations

import pytest

from sagsgang.parse import parse_result
from sagsgang.read import ReadResult

from .flattening import flattened_text

ITEMS = """
1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Tilskud til foreningen Lindely
Sagsfremstilling
Foreningen Lindely har søgt om tilskud til et nyt klubhus ved søen.
Beslutning
Anbefales.
"""


def _meeting(head: str, flat: bool = False) -> dict:
    text = head + "\n" + ITEMS
    text = flattened_text(text) if flat else text
    return parse_result(ReadResult(source="t.txt", kind="text", text=text)).to_contract()


@pytest.mark.parametrize(("facts", "place", "flat"), [
    # the time's own line under the date goes on with the place ('i'/'på', a comma, a dash); flattened, the time
    # and place run on after the date and were read already
    ("Mødedato: 4. maj 2027\nKl. 17.30 i Mødesal Birk", "Mødesal Birk", False),
    ("Mødedato: 4. maj 2027\nKl. 17.30, Lokale 3, Egehuset", "Lokale 3, Egehuset", False),
    ("Mødedato: 4. maj 2027\nKl. 17.30 - Rådssalen", "Rådssalen", False),
    # the meeting's number before its date, time and place
    ("Møde nr. 7, 04.05.2027 kl. 17:30, Mødesal Birk", "Mødesal Birk", False),
    ("Møde nr. 7, 04.05.2027 kl. 17:30, Mødesal Birk", "Mødesal Birk", True),
    # 'Tid og sted' with a bare time (no 'kl.') before the place, on its line or below it
    ("Mødedato: 4. maj 2027\nTid og sted: 17.30, Lokale 3, Egehuset", "Lokale 3, Egehuset", False),
    ("Mødedato: 4. maj 2027\nTid og sted: 17.30, Lokale 3, Egehuset", "Lokale 3, Egehuset", True),
    ("Mødedato: 4. maj 2027\nTid og sted:\n17.30, Lokale 3, Egehuset", "Lokale 3, Egehuset", False),
    ("Mødedato: 4. maj 2027\nTid og sted:\n17.30, Lokale 3, Egehuset", "Lokale 3, Egehuset", True),
    # a table's head row with its cell bars, over its row of values
    ("Dato | Tidspunkt | Sted\n04.05.2027 | 17:30 | Mødesal Birk", "Mødesal Birk", False),
])
def test_place_beside_the_time(facts: str, place: str, flat: bool) -> None:
    meeting = _meeting(f"Referat\nKulturudvalget\n{facts}\nDeltagere: Ulla Krog (A), Per Mose (V), Eja Lind (C)",
                       flat)["meeting"]
    assert meeting["location"] == place
    assert meeting["start_time"] == "17:30"
    assert meeting["date"] == "2027-05-04"


def test_a_dash_after_the_time_sets_off_a_room_not_the_end_hour() -> None:
    head = "Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{time}\nDeltagere: Ulla Krog (A), Per Mose (V)"
    assert _meeting(head.format(time="Kl. 17.30 - Mødesal Birk"))["meeting"]["location"] == "Mødesal Birk"
    # 'Kl. 17.30 - 19.00': a span of hours, and no word of a room or a building after the dash
    assert _meeting(head.format(time="Kl. 17.30 - 19.00"))["meeting"]["location"] is None


def test_region_named_in_its_address_footer() -> None:
    head = "Referat\nForretningsudvalget\nMødedato: 4. maj 2027\nDeltagere: Ulla Krog (A), Per Mose (V)"
    footer = "\nRegion Sjælland, Alléen 15, 4180 Sorø\n"
    assert _meeting(head + "\n" + ITEMS + footer)["municipality"] == "Region Sjælland"
    # the same address in a sentence that goes on is a case's text, no letterhead
    prose = "\nRegion Sjælland, Alléen 15, 4180 Sorø, har svaret på høringen.\n"
    assert _meeting(head + "\n" + ITEMS + prose)["municipality"] is None


def test_region_footer_set_off_by_dots_in_a_flattened_page() -> None:
    head = "Referat\nForretningsudvalget\nMødedato: 4. maj 2027\nDeltagere: Ulla Krog (A), Per Mose (V)"
    text = flattened_text(head + "\n" + ITEMS + "\nRegion Sjælland · Regionshuset · 4180 Sorø\n")
    assert parse_result(ReadResult(source="t.txt", kind="text", text=text)).to_contract()["municipality"] == \
        "Region Sjælland"


MEMBERS = "Deltagere: Ulla Krog (A), Per Mose (V), Eja Lind (C)"


def test_remark_that_a_member_missed_the_meeting() -> None:
    meeting = _meeting(f"Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{MEMBERS}\n"
                       "Bemærkninger: Tove Kragh (F) deltog ikke i mødet.")["meeting"]
    assert meeting["absent"] == ["Tove Kragh (F)"]


def test_two_absence_labels_add_up() -> None:
    meeting = _meeting(f"Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{MEMBERS}\n"
                       "Fraværende med afbud: Tove Kragh (F)\nFraværende uden afbud: Sune Holt (O)")["meeting"]
    assert meeting["absent"] == ["Tove Kragh (F)", "Sune Holt (O)"]


def test_a_second_absence_label_naming_the_same_member_adds_nobody() -> None:
    # 'Afbud: X' then 'Fraværende: X Y (V) deltog som stedfortræder.': the same absence again, a substitute beside
    # it, as a transcript runs an item's lines into the head; no run-on 'X Y' absentee
    meeting = _meeting(f"Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{MEMBERS}\nAfbud: Tove Kragh (F)\n"
                       "Fraværende: Tove Kragh Sune Holt (F) deltog som stedfortræder.", True)["meeting"]
    assert meeting["absent"] == ["Tove Kragh (F)"]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("members", [
    "Deltagere: Ulla Krog (A), Per Mose (Løsgænger), Eja Lind (C)",
    "Deltagere:\nUlla Krog (A)\nPer Mose (Løsgænger)\nEja Lind (C)",
])
def test_member_outside_any_party_keeps_the_marker(members: str, flat: bool) -> None:
    meeting = _meeting(f"Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{members}", flat)["meeting"]
    assert meeting["participants"] == ["Ulla Krog (A)", "Per Mose (Løsgænger)", "Eja Lind (C)"]


@pytest.mark.parametrize("members", [
    "Deltagere:\nFormand\nUlla Krog (A)\nNæstformand\nPer Mose (V)\nEja Lind (C)",
    "Deltagere:\nUlla Krog (A)\nFormand\nPer Mose (V)\nNæstformand\nEja Lind (C)",
])
def test_roles_on_lines_of_their_own(members: str) -> None:
    meeting = _meeting(f"Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{members}")["meeting"]
    assert meeting["participants"] == ["Ulla Krog (A)", "Per Mose (V)", "Eja Lind (C)"]


@pytest.mark.parametrize(("mark", "flat"), [(" ÷", False), (" ÷", True), (", fraværende", True)])
def test_member_marked_absent_in_the_list(mark: str, flat: bool) -> None:
    meeting = _meeting("Referat\nKulturudvalget\nMødedato: 4. maj 2027\nDeltagere:\nUlla Krog (A)\n"
                       f"Per Mose (V){mark}\nEja Lind (C)", flat)["meeting"]
    assert meeting["participants"] == ["Ulla Krog (A)", "Per Mose (V)", "Eja Lind (C)"]
    assert meeting["absent"] == ["Per Mose (V)"]


def test_staff_titles_leave_the_names() -> None:
    meeting = _meeting(f"Referat\nKulturudvalget\nMødedato: 4. maj 2027\n{MEMBERS}\n"
                       "Desuden deltog: Kulturchef Rie Dam, Kommunaldirektør Jon Eg")["meeting"]
    assert meeting["participants"][-2:] == ["Rie Dam", "Jon Eg"]


def test_members_marked_present_and_absent_flattened() -> None:
    # a transcript runs the list on: 'Ulla Krog (A) - til stede Per Mose (V) - afbud Eja Lind (C) - til stede'
    meeting = _meeting("Referat\nKulturudvalget\nMødedato: 4. maj 2027\nDeltagere:\nUlla Krog (A) - til stede\n"
                       "Per Mose (V) - afbud\nEja Lind (C) - til stede", flat=True)["meeting"]
    assert meeting["participants"] == ["Ulla Krog (A)", "Per Mose (V)", "Eja Lind (C)"]
    assert meeting["absent"] == ["Per Mose (V)"]
