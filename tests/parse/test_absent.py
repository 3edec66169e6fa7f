"""Absentees written the ways councils other than the tune pages' write them (the `absence_variants` net):
names below a bare label ended by the next line of text, the meeting's attendance item and header saying
who was away in a sentence. Small pages in the shapes handled; expected values read off each page by the
annotation rules (a decision's `absent` only who missed that decision, `meeting.absent` the whole
meeting)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

PAGE = """Referat
Byrådet
Mødedato: 12. marts 2024
Mødetidspunkt: 16:00
Mødested: Byrådssalen
{head}

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Spørgetid
Sagsnr.: 24/1234
Sagsfremstilling
Borgerne kan stille spørgsmål til byrådet.
Beslutning i Byrådet den 12. marts 2024:
{decision}

3. Eventuelt
Beslutning
Intet.
"""


def _parse(tmp_path: Path, head: str = "", decision: str = "Godkendt.", page: str = PAGE):
    p = tmp_path / "page.txt"
    p.write_text(page.format(head=head, decision=decision), encoding="utf-8")
    return parse_file(p)


def _item(doc, number: str):
    return next(it for it in doc.items if it.number == number)


def test_bulleted_absentees_under_a_bare_label_end_at_the_decisions_text(tmp_path):
    """'Fraværende' / bullets / a speaker's line: the speaker is the decision's text, no absentee."""
    doc = _parse(tmp_path, decision="Fraværende\n • Bo Jensen (V)\n • Erik Holm (F)\n\n"
                                    "Anne Hansen: Spørgsmål om skolernes rengøring. Borgmesteren svarede.")
    [d] = _item(doc, "2").decisions
    assert d.absent == ["Bo Jensen (V)", "Erik Holm (F)"]
    assert d.text == "Anne Hansen: Spørgsmål om skolernes rengøring. Borgmesteren svarede."


ATTENDANCE = """Referat
Kommunalbestyrelsen
Mødedato: 26. marts 2015
Mødetidspunkt: 17:00
Mødested: Rådhuset

1. Fraværende og bemærkninger til dagsordenen
Sagsfremstilling
{sentence}
Karl Berg er indkaldt som suppleant.

2. Kommuneplantillæg for Nexø
Sagsfremstilling
Forvaltningen fremlægger forslag.
Beslutning
Godkendt.
"""


@pytest.mark.parametrize("sentence", ["Bo Jensen og Erik Holm var fraværende.",
                                      "Bo Jensen og Erik Holm havde meldt forfald.",
                                      "Bo Jensen og Erik Holm deltog ikke i mødet."])
def test_the_attendance_items_sentence_names_the_meetings_absentees(tmp_path, sentence):
    """The meeting's own item on who is away says it in a sentence: those are the meeting's absentees."""
    doc = _parse(tmp_path, head=sentence, page=ATTENDANCE.replace("{sentence}", "{head}"))
    assert doc.meeting.absent == ["Bo Jensen", "Erik Holm"]
    assert all(d.absent == [] for it in doc.items for d in it.decisions)


_TWO = ["Bo Jensen (V)", "Erik Holm (F)"]


@pytest.mark.parametrize(("decision", "text", "absent"), [
    ("Godkendt.\nAfbud fra Bo Jensen (V).", "Godkendt. Afbud fra Bo Jensen (V).", ["Bo Jensen (V)"]),
    ("Afbud fra Bo Jensen (V) og Erik Holm (F).\nGodkendt.",
     "Afbud fra Bo Jensen (V) og Erik Holm (F). Godkendt.", _TWO),
    ("- Orientering om skolernes rengøring\nAfbud fra Bo Jensen (V) og Erik Holm (F).",
     "- Orientering om skolernes rengøring Afbud fra Bo Jensen (V) og Erik Holm (F).", _TWO),
])
def test_afbud_fra_is_a_sentence_that_stays_in_the_decisions_text(tmp_path, decision, text, absent):
    """'Afbud fra X.' (no colon) is an absence sentence: it stays in the text (annotation rules), its names
    are the decision's absentees, also after a line with no full stop."""
    doc = _parse(tmp_path, decision=decision)
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == (text, absent)


@pytest.mark.parametrize(("decision", "absent"), [
    ("Godkendt Afbud fra Bo Jensen (V)", ["Bo Jensen (V)"]),
    ("Ad 3 anbefales Afbud fra Bo Jensen (V) og Erik Holm (F)", _TWO),
])
def test_afbud_fra_run_on_after_an_outcome_with_no_stop_names_the_absentee(tmp_path, decision, absent):
    """'Godkendt Afbud fra X': the outcome's line and the absence sentence below it joined on one line with no
    stop between them (a page that lost the line break); the capital 'Afbud fra' opens the sentence, which stays in
    the text and names the decision's absentees."""
    doc = _parse(tmp_path, decision=decision)
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == (decision, absent)


def test_afbud_fra_in_lower_case_inside_a_sentence_names_nobody(tmp_path):
    """'… sendte afbud fra Bo Jensen (V) videre …' in lower case is prose, not an opened sentence."""
    doc = _parse(tmp_path, decision="Sekretariatet sendte afbud fra Bo Jensen (V) videre til formanden.")
    [d] = _item(doc, "2").decisions
    assert d.absent == []


@pytest.mark.parametrize("decision", ["Afbud fra Bo Jensen (V)", "Bo Jensen (V) var ikke til stede.",
                                      "Afbud fra Bo Jensen (V). Erik Holm (F) deltog ikke i sagens behandling."])
def test_a_decision_of_absence_sentences_alone_is_no_decision(tmp_path, decision):
    """A decision block that only says who was away, in sentences (no outcome), is no decision (annotation
    rules), as one of absence labels alone is none."""
    doc = _parse(tmp_path, decision=decision)
    assert _item(doc, "2").decisions == []


def test_afbud_with_a_colon_stays_a_label(tmp_path):
    doc = _parse(tmp_path, decision="Godkendt.\nAfbud: Bo Jensen (V)")
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == ("Godkendt.", ["Bo Jensen (V)"])


TREATMENT_TABLE = """Referat
Kommunalbestyrelsen
Mødedato: 26. marts 2015
Mødetidspunkt: 17:00
Mødested: Rådhuset

1. Bemærkninger til dagsordenen

85.02.02G00-0011

Behandling

Mødedato

Åbent punkt

Kommunalbestyrelsen

26-03-2015

1

{head}

2. Kommuneplantillæg for Nexø
Sagsfremstilling
Forvaltningen fremlægger forslag.
Beslutning
Godkendt.
"""


@pytest.mark.parametrize("absence", [
    "Fraværende: Bo Jensen (V), Erik Holm (F), Anne Marie Hansen (A), Carl Nielsen (C)",
    "Bo Jensen (V), Erik Holm (F) og Anne Marie Hansen (A) var fraværende."])
def test_a_treatment_tables_route_ends_at_the_absence_printed_below_it(tmp_path, absence):
    """The 'Behandling' table read cell by cell ends where an absence label or sentence follows it (a line
    longer than a cell there made the table no table)."""
    doc = _parse(tmp_path, head=absence, page=TREATMENT_TABLE)
    assert _item(doc, "1").route == ["Kommunalbestyrelsen"]


@pytest.mark.parametrize("heading", ["Beslutning (Byrådet den 12. marts 2024)", "Beslutning - Byrådet den 12-03-2024:",
                                     "Beslutning (Byrådet d. 12.03.2024)"])
def test_a_decision_heading_with_den_inside_brackets_or_after_a_dash(tmp_path, heading):
    """'Beslutning (X den D)', 'Beslutning - X den D': who decided and when, as 'Beslutning (X D)' is read."""
    doc = _parse(tmp_path, page=PAGE.replace("Beslutning i Byrådet den 12. marts 2024:", heading))
    [d] = _item(doc, "2").decisions
    assert (d.committee, d.date, d.text) == ("Byrådet", "2024-03-12", "Godkendt.")


FLAT = ("Børne- og Skoleudvalget\n\nTranskript\n\n1 Børne- og Skoleudvalget 14-02-2012 Medlemmer Torben Petersen(F) "
        "Annie Arnoldsen Petersen(A) Bente Hylleborg(A) Fraværende {absent} Sager 11 - 21 Fold alle ud Meddelelser "
        "Sag nr. 11 Sagens kerne Meddelelsespunkter: 1. Nyhedsliste for Undervisning. Beslutning Taget til "
        "efterretning\n")


@pytest.mark.parametrize(("absent", "names"), [
    ("Claus Olsen(V) Flemming Lunde Hansen(A)", ["Claus Olsen(V)", "Flemming Lunde Hansen(A)"]),
    ("Per Roos (PR) V, Kim Bonde (KB) A", ["Per Roos (PR) V", "Kim Bonde (KB) A"]),
])
def test_a_flattened_absentees_list_ends_at_its_last_party_marker(tmp_path, absent, names):
    """A transcript's header runs the absentees' names on into the page's next text ('… Hansen(A) Sager 11 - 21
    …'): the list ends at the last name's party marker, that name kept."""
    p = tmp_path / "page.txt"
    p.write_text(FLAT.format(absent=absent), encoding="utf-8")
    assert parse_file(p).meeting.absent == names


MEMBERS = """Referat
Børne- og Skoleudvalget
Mødedato: 14. februar 2012
Mødested: Rådhuset
Medlemmer
Anne Hansen (A)
Bo Jensen (V)
Carl Nielsen (C)

{head}

1. Godkendelse af dagsorden
Beslutning
Godkendt.
"""


@pytest.mark.parametrize("sentence", ["Dorte Lund (O) og Erik Holm (F) var fraværende.",
                                      "Dorte Lund (O) og Erik Holm (F) havde meldt forfald."])
def test_a_sentence_below_the_members_list_names_members_away(tmp_path, sentence):
    """Right below a members' list whose names print a party, a sentence of absence naming people printed the
    same way names members who were away: the meeting's absentees, and no members of the list."""
    doc = _parse(tmp_path, head=sentence, page=MEMBERS)
    assert doc.meeting.absent == ["Dorte Lund (O)", "Erik Holm (F)"]
    assert doc.meeting.participants == ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)"]


def test_a_wrapped_absentees_list_goes_on_inside_its_brackets(tmp_path):
    """A PDF wraps the absentees' label line inside a name's remark ('Fraværende: Marianne Zangenberg' /
    '(stedfortræder: Per Andersen) og Anne Hjorth (stedfortræder: Gitte' / 'H. Terndrup)'): one list."""
    head = ("Fraværende: Marianne Zangenberg\n(stedfortræder: Per Andersen) og Anne Hjorth (stedfortræder: Gitte\n"
            "H. Terndrup)")
    doc = _parse(tmp_path, head=head)
    assert doc.meeting.absent == ["Marianne Zangenberg", "Anne Hjorth"]
