"""Meeting facts in header shapes an unseen publisher plausibly prints, written out as small synthetic pages
(a header in the shape under test, then two items), each on its own lines and flattened onto one page line
as a PDF transcript site prints it. Expected values are read off each page by hand, by the annotation rules:
participants as printed with their party, role titles removed; `meeting.absent` is absence from the whole
meeting."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

BODY_LINED = """
1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Budget 2025
Sagsnr.: 24/1234
Beslutning
Godkendt.
"""
BODY_FLAT = ("1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen forelægges til godkendelse. Beslutning "
             "Godkendt. 2. Budget 2025 Sagsnr.: 24/1234 Sagsfremstilling Forvaltningen fremlægger budgettet. "
             "Beslutning Godkendt.")
HEAD = "Referat\nTeknik- og Miljøudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n"
MEMBERS = ["Jens Hansen (A)", "Bo Nielsen (V)", "Anne Berg (F)", "Ib Holm (O)"]


def _parse(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()


def _lined(tmp_path: Path, head: str) -> dict:
    return _parse(tmp_path, head + BODY_LINED)


def _flat(tmp_path: Path, head: str) -> dict:
    flat = " ".join(ln.strip() for ln in head.splitlines() if ln.strip())
    return _parse(tmp_path, "Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
                            f"1 {flat}\n\n2 {BODY_FLAT}\n")


# ---------------------------------------------------------------------------------------------
# a members' list whose lines print each member's role: after the party as a table's column prints it, or as
# the label of the member's line; the role goes, the member stays (and the list goes on past the role)

@pytest.mark.parametrize("lines", [
    ["Jens Hansen (A) Formand", "Bo Nielsen (V) Næstformand", "Anne Berg (F)", "Ib Holm (O)"],
    ["Formand: Jens Hansen (A)", "Næstformand: Bo Nielsen (V)", "Anne Berg (F)", "Ib Holm (O)"],
    ["Jens Hansen (A)", "Anne Berg (F)", "Ib Holm (O) Borgmester", "Bo Nielsen (V)"],
], ids=["role-after-party", "role-as-label", "role-after-party-mid-list"])
def test_member_lines_with_their_roles(tmp_path: Path, lines: list[str]) -> None:
    d = _lined(tmp_path, HEAD + "Medlemmer:\n" + "\n".join(lines) + "\n")
    want = [ln.split(": ")[-1].replace(" Formand", "").replace(" Næstformand", "").replace(" Borgmester", "")
            for ln in lines]
    assert d["meeting"]["participants"] == want
    assert len(d["items"]) == 2


# ---------------------------------------------------------------------------------------------
# a committee named by its fields, capitalised and set off by commas ('Udvalget for Teknik, Klima og Miljø'): the
# whole name, on its own title line and on a flattened page line that runs on into the facts

@pytest.mark.parametrize("name", ["Udvalget for Teknik, Klima og Miljø", "Udvalget for Børn, Unge og Familie",
                                  "Udvalg for Erhverv, Beskæftigelse og Uddannelse"])
@pytest.mark.parametrize("form", ["lined", "flat"])
def test_committee_named_by_fields_with_commas(tmp_path: Path, name: str, form: str) -> None:
    head = f"Referat\n{name}\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["committee"] == name
    assert d["meeting"]["date"] == "2024-03-14"
    assert d["meeting"]["location"] == "Byrådssalen"


# ---------------------------------------------------------------------------------------------
# a clock time printed right after the date in the date's value, without the 'kl.' a time is known by, or with the
# colon of a label after it: the meeting's start time (and the place below is still the place)

@pytest.mark.parametrize("when, want", [
    ("14. marts 2024 16.30", "16:30"),
    ("14.03.2024 16.00 - 18.00", "16:00"),
    ("14. marts 2024 Kl.: 16.00", "16:00"),
    ("14. marts 2024 klokken 16.00", "16:00"),
])
@pytest.mark.parametrize("form", ["lined", "flat"])
def test_time_right_after_the_date(tmp_path: Path, when: str, want: str, form: str) -> None:
    head = f"Referat\nTeknik- og Miljøudvalget\nDato: {when}\nSted: Byrådssalen\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["date"] == "2024-03-14"
    assert d["meeting"]["start_time"] == want
    assert d["meeting"]["location"] == "Byrådssalen"


# ---------------------------------------------------------------------------------------------
# an absentees' label with nothing under it, then the members' label and the members one a line: no absentee,
# every member a participant (not a column of two labels whose first value is the absentee)

@pytest.mark.parametrize("label", ["Afbud:", "Fraværende:", "Afbud"])
def test_empty_absence_label_over_the_members_label(tmp_path: Path, label: str) -> None:
    d = _lined(tmp_path, HEAD + f"{label}\nMedlemmer:\n" + "\n".join(MEMBERS) + "\n")
    assert d["meeting"]["participants"] == MEMBERS
    assert d["meeting"]["absent"] == []


# ---------------------------------------------------------------------------------------------
# a members' table: the list's label over the heads of its other columns ('Medlemmer  Fremmøde', 'Deltagere  Parti
# Fremmøde'), a row per member with the party and a status; a status of absence marks the member absent

@pytest.mark.parametrize("head, rows, want, absent", [
    ("Medlemmer\tFremmøde", ["Jens Hansen (A)\tDeltog", "Bo Nielsen (V)\tAfbud", "Anne Berg (F)\tDeltog"],
     ["Jens Hansen (A)", "Bo Nielsen (V)", "Anne Berg (F)"], ["Bo Nielsen (V)"]),
    ("Deltagere\tParti\tFremmøde", ["Jens Hansen\tA\tDeltog", "Bo Nielsen\tV\tAfbud", "Anne Berg\tF\tDeltog"],
     ["Jens Hansen A", "Bo Nielsen V", "Anne Berg F"], ["Bo Nielsen V"]),
    ("Medlemmer\nNavn\tParti\tFremmøde", ["Jens Hansen\tA\tTil stede", "Bo Nielsen\tSF\tFraværende",
                                         "Anne Berg\tF\tTil stede"],
     ["Jens Hansen A", "Bo Nielsen SF", "Anne Berg F"], ["Bo Nielsen SF"]),
], ids=["members-status", "party-status", "navn-parti-status"])
def test_members_table_with_column_heads(tmp_path: Path, head: str, rows: list[str], want: list[str],
                                         absent: list[str]) -> None:
    d = _lined(tmp_path, HEAD + head + "\n" + "\n".join(rows) + "\n")
    assert d["meeting"]["participants"] == want
    assert d["meeting"]["absent"] == absent


# ---------------------------------------------------------------------------------------------
# a member with a remark in brackets that names another member with the party in brackets too ('(stedfortræder
# for Lars Lund (O))'): the remark goes, the member stays, and so does the rest of the list

@pytest.mark.parametrize("form", ["lined", "flat"])
def test_remark_naming_a_member_with_party(tmp_path: Path, form: str) -> None:
    head = HEAD + ("Deltagere: Jens Hansen (A), Ib Holm (O) (stedfortræder for Lars Lund (O)), Bo Nielsen (V), "
                   "Anne Berg (F)\n")
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["participants"] == ["Jens Hansen (A)", "Ib Holm (O)", "Bo Nielsen (V)", "Anne Berg (F)"]


def test_remark_naming_a_member_ends_a_members_line(tmp_path: Path) -> None:
    d = _lined(tmp_path, HEAD + "Deltagere:\n" + "\n".join(
        ["Jens Hansen (A)", "Ib Holm (O) (stedfortræder for Lars Lund (O))", "Bo Nielsen (V)"]) + "\n")
    assert d["meeting"]["participants"] == ["Jens Hansen (A)", "Ib Holm (O)", "Bo Nielsen (V)"]


# ---------------------------------------------------------------------------------------------
# names from abroad ('Ümit Özdemir') and names with a particle in lower case ('Karen la Cour Mikkelsen') in a members'
# list: one a line, and run on without commas where each name ends in its party

ABROAD = ["Jens Hansen (A)", "Ümit Özdemir (F)", "Jens Chr. Larsen (V)", "Karen la Cour Mikkelsen (C)",
          "Éva Nagy (Ø)", "Bo Nielsen (V)"]


def test_names_from_abroad_one_a_line(tmp_path: Path) -> None:
    d = _lined(tmp_path, HEAD + "Deltagere:\n" + "\n".join(ABROAD) + "\n")
    assert d["meeting"]["participants"] == ABROAD


@pytest.mark.parametrize("form", ["lined", "flat"])
def test_names_with_parties_run_on(tmp_path: Path, form: str) -> None:
    head = HEAD + "Medlemmer: " + " ".join(ABROAD) + "\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["participants"] == ABROAD


# ---------------------------------------------------------------------------------------------
# a flattened head that says where the meeting is held right after its date, then its time: the place ends where
# the time begins

@pytest.mark.parametrize("place", ["Byrådssalen", "Mødelokale 2, Rådhuset", "Hotel Sixtus, Middelfart"])
def test_place_held_in_then_time(tmp_path: Path, place: str) -> None:
    d = _flat(tmp_path, f"Referat Økonomiudvalget 14. marts 2024 Mødet afholdes i {place} kl. 16.00 "
                        "Deltagere: Jens Hansen (A), Bo Nielsen (V)")
    assert d["meeting"]["location"] == place
    assert d["meeting"]["start_time"] == "16:00"
    assert d["meeting"]["participants"] == ["Jens Hansen (A)", "Bo Nielsen (V)"]


# ---------------------------------------------------------------------------------------------
# a flattened header's sentence of absence from the meeting, printed right after the members' list on the same
# page line: the meeting's absentees, as on a header's own line; a sentence about one item only is not

@pytest.mark.parametrize("sentence, absent", [
    ("Anne Berg (F) havde meldt afbud.", ["Anne Berg (F)"]),
    ("Anne Berg (F) deltog ikke i mødet.", ["Anne Berg (F)"]),
    ("Anne Berg (F) og Bo Nielsen (V) havde meldt forfald.", ["Anne Berg (F)", "Bo Nielsen (V)"]),
    ("Der var afbud fra Anne Berg (F).", ["Anne Berg (F)"]),
    ("Anne Berg (F) forlod mødet kl. 17.30.", []),
])
def test_absence_sentence_after_a_flattened_members_list(tmp_path: Path, sentence: str, absent: list[str]) -> None:
    d = _flat(tmp_path, HEAD + "Deltagere: Jens Hansen (A), Bo Nielsen (V), Anne Berg (F)\n" + sentence + "\n")
    assert d["meeting"]["participants"] == ["Jens Hansen (A)", "Bo Nielsen (V)", "Anne Berg (F)"]
    assert d["meeting"]["absent"] == absent


# an agenda says it ahead of the meeting, in the present tense: 'Anne Berg (F) er fraværende.'
@pytest.mark.parametrize("form", ["lined", "flat"])
def test_absence_in_the_present_tense(tmp_path: Path, form: str) -> None:
    head = HEAD + "Deltagere: Jens Hansen (A), Bo Nielsen (V), Anne Berg (F)\nAnne Berg (F) er fraværende.\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["absent"] == ["Anne Berg (F)"]


# ---------------------------------------------------------------------------------------------
# a role set off by a dash after the member's party in a list run on one line ('Jens Hansen (A) – formand, Bo …'):
# the role goes and the list goes on

@pytest.mark.parametrize("form", ["lined", "flat"])
@pytest.mark.parametrize("dash", ["–", "-"])
def test_role_after_a_dash_inside_a_list(tmp_path: Path, form: str, dash: str) -> None:
    head = HEAD + (f"Medlemmer: Jens Hansen (A) {dash} formand, Bo Nielsen (V) {dash} næstformand, Anne Berg (F), "
                   "Ib Holm (O)\n")
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["participants"] == MEMBERS


# ---------------------------------------------------------------------------------------------
# more labels of the lists: 'Deltagerliste:', 'Deltagende medlemmer:', 'Meddelt afbud:', 'Afbud meldt af:'

@pytest.mark.parametrize("members, away", [("Deltagerliste", "Meddelt afbud"),
                                           ("Deltagende medlemmer", "Afbud meldt af"),
                                           ("Medlemmer til stede", "Fraværende medlemmer")])
@pytest.mark.parametrize("form", ["lined", "flat"])
def test_more_list_labels(tmp_path: Path, members: str, away: str, form: str) -> None:
    head = HEAD + f"{members}: Jens Hansen (A), Bo Nielsen (V), Anne Berg (F)\n{away}: Ib Holm (O)\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["participants"] == MEMBERS[:3]
    assert d["meeting"]["absent"] == ["Ib Holm (O)"]


# ---------------------------------------------------------------------------------------------
# a title's time printed as the hour alone ('fra kl. 16'): the start time is that hour, and the place after it
# is no '16 på Rådhuset'

@pytest.mark.parametrize("when", ["fra kl. 16", "kl. 16", "Kl 9"])
def test_hour_alone_in_a_title(tmp_path: Path, when: str) -> None:
    d = _lined(tmp_path, f"Referat\nBørne- og Skoleudvalget\nMødet afholdes onsdag den 14. marts 2024 {when} på "
                         "Rådhuset\n")
    hour = int(when.split()[-1])
    assert d["meeting"]["start_time"] == f"{hour:02d}:00"
    assert d["meeting"]["location"] == "Rådhuset"
    assert d["meeting"]["date"] == "2024-03-14"


# ---------------------------------------------------------------------------------------------
# a transcript whose first page holds only the title line: the place at its end is not run on into the next page's
# number ('Byrådssalen  2')

@pytest.mark.parametrize("title, place", [
    ("Referat Børne- og Skoleudvalget - 14. marts 2024 - Byrådssalen", "Byrådssalen"),
    ("Referat Børne- og Skoleudvalget den 14. marts 2024 i Mødelokale 2, Rådhuset", "Mødelokale 2, Rådhuset"),
])
def test_title_place_before_the_next_page(tmp_path: Path, title: str, place: str) -> None:
    d = _parse(tmp_path, "Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
                         f"1 {title}\n\n2 {BODY_FLAT}\n")
    assert d["meeting"]["location"] == place
    assert d["meeting"]["committee"] == "Børne- og Skoleudvalget"


# ---------------------------------------------------------------------------------------------
# '<body> - <date> - <place>': the place set off by a dash after the date also where no word of it names a room or a
# building ('Industrien, Aarup'); what such a title prints there that is no place stays no place

@pytest.mark.parametrize("last, place", [
    ("Industrien, Aarup", "Industrien, Aarup"),
    ("Fænøsund, Middelfart", "Fænøsund, Middelfart"),
    ("Byrådssalen", "Byrådssalen"),
    ("Ordinært møde", None),
    ("Åben dagsorden", None),
    ("Økonomiudvalget", None),
])
@pytest.mark.parametrize("form", ["lined", "flat"])
def test_place_after_a_dash_behind_the_date(tmp_path: Path, last: str, place: str | None, form: str) -> None:
    head = f"Referat\nByrådet - 31. maj 2017 - {last}\n\nMedlemmer: Jens Hansen (A), Bo Nielsen (V)\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["location"] == place
    assert d["meeting"]["date"] == "2017-05-31"


# ---------------------------------------------------------------------------------------------
# a date's value that goes on with the time and the place, set off by commas only ('Dato: 14. marts 2024, kl. 16.00,
# Byrådssalen'); a time printed with a label's colon ('Kl.: 16.00') is no place

@pytest.mark.parametrize("value, place", [
    ("14. marts 2024, kl. 16.00, Byrådssalen", "Byrådssalen"),
    ("14.03.2024 kl. 16:00, Mødelokale 2, Rådhuset", "Mødelokale 2, Rådhuset"),
])
@pytest.mark.parametrize("form", ["lined", "flat"])
def test_date_value_with_time_and_place(tmp_path: Path, value: str, place: str, form: str) -> None:
    head = f"Referat\nØkonomiudvalget\nDato: {value}\n"
    d = _lined(tmp_path, head) if form == "lined" else _flat(tmp_path, head)
    assert d["meeting"]["location"] == place
    assert d["meeting"]["start_time"] == "16:00"
    assert d["meeting"]["date"] == "2024-03-14"


# ---------------------------------------------------------------------------------------------
# a transcript whose members' list crosses into the next page line: after its label at the first page's end, or
# wrapped after a comma; the list ends where the contents or the next label begin

def _pages(tmp_path: Path, first: str, second: str) -> dict:
    return _parse(tmp_path, "Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
                            f"1 {first}\n\n2 {second}\n\n3 {BODY_FLAT}\n")


FIRST = "Referat Byrådet Mødedato: 14. marts 2024 Mødested: Byrådssalen"
CONTENTS = "Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025"


def test_members_on_the_next_page_line(tmp_path: Path) -> None:
    d = _pages(tmp_path, FIRST + " Medlemmer:", ", ".join(MEMBERS) + " " + CONTENTS)
    assert d["meeting"]["participants"] == MEMBERS


@pytest.mark.parametrize("rest", [CONTENTS, "Fraværende: Ingen " + CONTENTS])
def test_members_wrapped_onto_the_next_page_line(tmp_path: Path, rest: str) -> None:
    d = _pages(tmp_path, FIRST + " Medlemmer: " + ", ".join(MEMBERS[:2]) + ",", ", ".join(MEMBERS[2:]) + " " + rest)
    assert d["meeting"]["participants"] == MEMBERS
    assert d["meeting"]["absent"] == []
