"""Ways Danish minutes print who was away (issue 11), written out as small synthetic pages: a meeting's
header, then items whose decisions print absence in the shape under test. Expected values are read off
each page by hand, by the annotation rules: `meeting.absent` is absence from the whole meeting, a
decision's `absent` only who missed that decision, and a decision block with no outcome (only absence or
substitute lines) is no decision."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

PAGE = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024
Mødetidspunkt: 16:00
Mødested: Rådhuset, mødelokale 1
Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C), Dorte Lund (O), Erik Holm (F)
{head}

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Budget 2025
Sagsnr.: 24/1234
Sagsfremstilling
Forvaltningen fremlægger forslag til budget.
Indstilling
Forvaltningen indstiller, at budgettet godkendes.
Beslutning
{decision}

3. Eventuelt
Beslutning
Intet.
"""


def _parse(tmp_path: Path, head: str = "", decision: str = "Godkendt."):
    p = tmp_path / "page.txt"
    p.write_text(PAGE.format(head=head, decision=decision), encoding="utf-8")
    return parse_file(p)


def _item(doc, number: str):
    return next(it for it in doc.items if it.number == number)


@pytest.mark.parametrize("decision", [
    "Fraværende: Bo Jensen (V)\nKarl Berg (V) deltog som stedfortræder for Bo Jensen.",
    "Afbud: Bo Jensen\nI stedet mødte Karl Berg (V).",
    "Fraværende: Bo Jensen (V)\nI stedet for Bo Jensen deltog Karl Berg (V).",
    "Ikke til stede: Bo Jensen (V)\nStedfortræder: Karl Berg (V)",
    "Fraværende: Bo Jensen (V)\nKarl Berg var indkaldt som suppleant.",
    "Fraværende: Bo Jensen (V)",
])
def test_a_decision_block_of_only_absence_and_substitutes_is_no_decision(tmp_path, decision):
    doc = _parse(tmp_path, decision=decision)
    assert _item(doc, "2").decisions == []
    assert [d.text for d in _item(doc, "1").decisions] == ["Godkendt."]


def test_an_outcome_beside_the_substitute_keeps_the_decision_and_its_absentee(tmp_path):
    doc = _parse(tmp_path, decision="Godkendt.\nFraværende: Bo Jensen (V)\nKarl Berg (V) deltog som stedfortræder.")
    [d] = _item(doc, "2").decisions
    assert d.text == "Godkendt. Karl Berg (V) deltog som stedfortræder."
    assert d.absent == ["Bo Jensen (V)"]


@pytest.mark.parametrize(("head", "decision", "meeting_absent", "decision_absent"), [
    ("", "Godkendt.\n\nFraværende\n • Bo Jensen ()\n • Erik Holm ()\n", [], ["Bo Jensen ()", "Erik Holm ()"]),
    ("", "Godkendt.\nAfbud:\nBo Jensen ()\n", [], ["Bo Jensen ()"]),
    ("Fraværende: Bo Jensen (), Erik Holm ()", "Godkendt.", ["Bo Jensen ()", "Erik Holm ()"], []),
    ("Afbud:\n• Bo Jensen ()\n• Erik Holm ()", "Godkendt.", ["Bo Jensen ()", "Erik Holm ()"], []),
])
def test_a_name_printed_with_an_empty_party_slot_is_kept_as_printed(tmp_path, head, decision, meeting_absent,
                                                                    decision_absent):
    """A template whose party field is empty prints 'Bo Jensen ()': still a person, written as printed."""
    doc = _parse(tmp_path, head=head, decision=decision)
    assert doc.meeting.absent == meeting_absent
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == ("Godkendt.", decision_absent)


@pytest.mark.parametrize("label", ["Meldt afbud", "Deltog ikke", "Ikke mødt", "MELDT AFBUD"])
@pytest.mark.parametrize("layout", ["{label}: Bo Jensen (V) og Erik Holm (F)",
                                    "{label}:\nBo Jensen (V)\nErik Holm (F)"])
def test_less_common_absence_labels_in_the_header(tmp_path, label, layout):
    doc = _parse(tmp_path, head=layout.format(label=label))
    assert doc.meeting.absent == ["Bo Jensen (V)", "Erik Holm (F)"]
    assert all(d.absent == [] for it in doc.items for d in it.decisions)


@pytest.mark.parametrize("label", ["Meldt afbud", "Deltog ikke", "Ikke mødt", "Forfald", "Fravær"])
@pytest.mark.parametrize("layout", ["Godkendt.\n{label}: Bo Jensen (V)", "{label}: Bo Jensen (V)\nGodkendt.",
                                    "Godkendt. {label}: Bo Jensen (V)."])
def test_less_common_absence_labels_under_a_decision(tmp_path, label, layout):
    """The label line is the decision's absence, not its text (annotation rules: labelled lines removed)."""
    doc = _parse(tmp_path, decision=layout.format(label=label))
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == ("Godkendt.", ["Bo Jensen (V)"])
    assert doc.meeting.absent == []


def test_a_sentence_that_starts_like_a_label_is_no_label(tmp_path):
    doc = _parse(tmp_path, decision="Godkendt.\nDeltog ikke i afstemningen om ændringsforslaget.")
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == ("Godkendt. Deltog ikke i afstemningen om ændringsforslaget.", [])


@pytest.mark.parametrize("entry", [
    "Bo Jensen (V), pkt. 1-2", "Bo Jensen (V) til og med punkt 2", "Bo Jensen (V) fra og med punkt 2",
    "Bo Jensen (V) indtil kl. 17.30", "Bo Jensen (V) (ankom kl. 17.30)", "Bo Jensen (V) (forlod mødet kl. 18.00)",
    "Bo Jensen (V) forlod mødet efter punkt 2", "Bo Jensen (V) – punkt 1-2", "Bo Jensen (V) (delvis)",
    "Bo Jensen (V) (punkterne 1-2)", "Bo Jensen (V) mødte kl. 17.00", "Bo Jensen (V) - deltog ikke under punkt 2",
    "Bo Jensen (V) (dagsordenens pkt. 1)",
])
def test_a_header_absentee_for_some_items_or_hours_is_no_absentee_of_the_meeting(tmp_path, entry):
    """Who missed part of the meeting is not absent from it (annotation rules: meeting.absent is absence from
    the whole meeting); the whole-meeting absentee printed with them stays."""
    doc = _parse(tmp_path, head=f"Fraværende: Erik Holm (F), {entry}")
    assert doc.meeting.absent == ["Erik Holm (F)"]
    doc = _parse(tmp_path, head=f"Afbud:\n{entry}\nErik Holm (F)")
    assert doc.meeting.absent == ["Erik Holm (F)"]


@pytest.mark.parametrize("sentence", [
    "Bo Jensen (V) deltog ikke i mødet under punkt 2.", "Bo Jensen (V) var fraværende under punkt 2.",
    "Bo Jensen (V) var fraværende fra kl. 18.00.", "Bo Jensen (V) havde meldt afbud til punkt 2.",
    "Bo Jensen (V) deltog ikke i mødet efter kl. 18.",
])
def test_a_header_sentence_of_absence_for_part_of_the_meeting_is_no_absentee_of_it(tmp_path, sentence):
    doc = _parse(tmp_path, head=f"Erik Holm (F) havde meldt afbud.\n{sentence}")
    assert doc.meeting.absent == ["Erik Holm (F)"]


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Som inhabil deltog Erik Holm (F) ikke i behandlingen.", ["Erik Holm (F)"]),
    ("Under punktets behandling var Erik Holm (F) og Bo Jensen (V) fraværende.", ["Erik Holm (F)", "Bo Jensen (V)"]),
    ("Ved sagens behandling var Erik Holm ikke til stede.", ["Erik Holm"]),
    ("Der var afbud fra Erik Holm (F) og Bo Jensen (V).", ["Erik Holm (F)", "Bo Jensen (V)"]),
    ("Der er modtaget afbud fra Erik Holm.", ["Erik Holm"]),
    ("Erik Holm (F) fraværende.", ["Erik Holm (F)"]),
    ("Ved afstemningen deltog Dansk Folkeparti ikke.", []),
])
def test_absence_sentences_in_other_word_orders_under_a_decision(tmp_path, sentence, absent):
    """Sentences stay in the decision's text (annotation rules); the names are its absentees."""
    doc = _sentence_after_outcome(tmp_path, sentence, absent)
    assert doc.meeting.absent == []


def _sentence_after_outcome(tmp_path: Path, sentence: str, absent: list[str]):
    """The page with `sentence` after item 2's outcome, checked: the sentence stays in the decision's text
    and `absent` are the decision's absentees."""
    doc = _parse(tmp_path, decision=f"Godkendt.\n{sentence}")
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == (f"Godkendt. {sentence}", absent)
    return doc


@pytest.mark.parametrize("decision", [
    "Godkendt. (Fraværende: Erik Holm (F))", "Godkendt.\n(Afbud: Erik Holm (F))", "Godkendt. (Fravær: Erik Holm (F)).",
])
def test_a_labelled_absence_in_brackets_is_the_label(tmp_path, decision):
    doc = _parse(tmp_path, decision=decision)
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == ("Godkendt.", ["Erik Holm (F)"])


@pytest.mark.parametrize(("decision", "text", "absent"), [
    ("Fraværende: Anders Rohr Jørgensen Lars Boel (V) deltog som stedfortræder. Godkendt.",
     "Lars Boel (V) deltog som stedfortræder. Godkendt.", ["Anders Rohr Jørgensen"]),
    ("Godkendt.\nFraværende: Erik Holm (F) Karl Berg (F) deltog som stedfortræder.",
     "Godkendt. Karl Berg (F) deltog som stedfortræder.", ["Erik Holm (F)"]),
    ("Godkendt.\nFraværende: Erik Holm (F), Bo Jensen (V) og Karl Berg (F) mødte som suppleant.",
     "Godkendt. Karl Berg (F) mødte som suppleant.", ["Erik Holm (F)", "Bo Jensen (V)"]),
    ("Godkendt.\nFraværende:\nErik Holm Karl Berg deltog i stedet.", "Godkendt. Karl Berg deltog i stedet.",
     ["Erik Holm"]),
])
def test_absentees_run_on_into_the_substitutes_sentence(tmp_path, decision, text, absent):
    """A flattened page runs the substitute's sentence on after the absentees' names: the last name before
    the verb is the substitute's, and the sentence stays in the text."""
    doc = _parse(tmp_path, decision=decision)
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == (text, absent)


def test_absentee_and_substitute_run_on_without_an_outcome_is_no_decision(tmp_path):
    doc = _parse(tmp_path, decision="Fraværende: Erik Holm (F) Karl Berg (F) deltog som stedfortræder.")
    assert _item(doc, "2").decisions == []


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Karl Berg (F) deltog som stedfortræder for Erik Holm (F).", ["Erik Holm (F)"]),
    ("I stedet for Erik Holm (F) deltog Karl Berg (F).", ["Erik Holm (F)"]),
    ("Karl Berg mødte i stedet for Erik Holm og Bo Jensen.", ["Erik Holm", "Bo Jensen"]),
    ("Stedfortræder for Erik Holm: Karl Berg", ["Erik Holm"]),
    ("Byrådet godkendte, at Karl Berg indkaldes som stedfortræder for Erik Holm.", []),
])
def test_whom_a_substitute_came_for_missed_the_decision(tmp_path, sentence, absent):
    _sentence_after_outcome(tmp_path, sentence, absent)


def test_whom_a_substitute_came_for_is_listed_once_whatever_party_marker_each_mention_prints(tmp_path):
    doc = _parse(tmp_path, decision="Godkendt.\nFraværende: Erik Holm (F)\n"
                                    "Karl Berg (F) deltog som stedfortræder for Erik Holm.")
    [d] = _item(doc, "2").decisions
    assert d.absent == ["Erik Holm (F)"]


@pytest.mark.parametrize("body", [
    "Beslutning\nGodkendt.\n\nBemærkninger\nKarl Berg (F) deltog som stedfortræder for Erik Holm (F).",
    "Bemærkninger\nKarl Berg (F) deltog som stedfortræder for Erik Holm (F).\nBeslutning\nGodkendt.",
])
def test_a_substitute_noted_outside_the_decision_block_names_its_absentee(tmp_path, body):
    """Printed in the item, outside the decision's block: the one replaced missed this meeting's treatment."""
    page = PAGE.replace("Beslutning\n{decision}", body)
    p = tmp_path / "page.txt"
    p.write_text(page.format(head=""), encoding="utf-8")
    doc = parse_file(p)
    [d] = _item(doc, "2").decisions
    assert (d.text, d.absent) == ("Godkendt.", ["Erik Holm (F)"])
    assert doc.meeting.absent == []


def test_a_substitute_in_the_case_text_of_an_earlier_meeting_is_nobodys_absence(tmp_path):
    page = PAGE.replace("Forvaltningen fremlægger forslag til budget.",
                        "Byrådet besluttede den 5. maj, at Karl Berg indtrådte som stedfortræder for Erik Holm.")
    p = tmp_path / "page.txt"
    p.write_text(page.format(head="", decision="Godkendt."), encoding="utf-8")
    [d] = _item(parse_file(p), "2").decisions
    assert d.absent == []


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Bo Jensen var fraværende.", ["Bo Jensen"]),  # a member, printed without the list's party marker
    ("Bo Jensen (V) og Karen Mogensen var fraværende.", ["Bo Jensen (V)"]),  # Karen Mogensen is no member
    ("Karen Mogensen havde meldt afbud.", []),
])
def test_a_header_sentence_names_the_meetings_absentees_among_its_listed_members(tmp_path, sentence, absent):
    """The page lists its members: someone else a header sentence says was away (staff, a guest) is no
    absentee of the meeting."""
    doc = _parse(tmp_path, head=sentence)
    assert doc.meeting.absent == absent


def test_a_header_sentence_without_a_members_list_names_the_absentees(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE.replace("Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C), Dorte Lund (O), "
                              "Erik Holm (F)\n", "").format(head="Karen Mogensen havde meldt afbud.",
                                                            decision="Godkendt."), encoding="utf-8")
    assert parse_file(p).meeting.absent == ["Karen Mogensen"]


@pytest.mark.parametrize("value", ["Dansk Folkeparti", "Socialdemokratiet", "Formanden", "-", "Ingen afbud",
                                   "Alle mødt"])
def test_an_absence_label_whose_value_is_no_person_names_nobody(tmp_path, value):
    doc = _parse(tmp_path, head=f"Fraværende: {value}", decision=f"Godkendt.\nAfbud: {value}")
    assert doc.meeting.absent == []
    [d] = _item(doc, "2").decisions
    assert d.absent == []


@pytest.mark.parametrize("members", [
    "Medlemmer:\nAnne Hansen (A) Deltog\nBo Jensen (V) Afbud\nCarl Nielsen (C) Deltog",
    "Medlemmer:\nAnne Hansen (A) - til stede\nBo Jensen (V) - afbud\nCarl Nielsen (C) - til stede",
])
def test_a_members_table_with_a_status_column(tmp_path, members):
    """Each member with whether they came: all are participants, those marked away the meeting's absentees."""
    p = tmp_path / "page.txt"
    p.write_text(PAGE.replace("Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C), Dorte Lund (O), "
                              "Erik Holm (F)", members).format(head="", decision="Godkendt."), encoding="utf-8")
    m = parse_file(p).meeting
    assert m.participants == ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)"]
    assert m.absent == ["Bo Jensen (V)"]


ROW_OF_LABELS = ("Åbent Referat til Kommunalbestyrelsen Mødedato: Torsdag den 7. marts 2024 Mødetidspunkt: 17:00-19:30 "
                 "Mødested: Deltagere: Fraværende: Referent: Rådhuset, Byrådssalen {values}\n\n"
                 "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")


@pytest.mark.parametrize(("values", "participants", "absent"), [
    ("Anne Hansen, Carl Nielsen, Dorte Lund Bo Jensen, Erik Holm Karen Mogensen",
     ["Anne Hansen", "Carl Nielsen", "Dorte Lund"], ["Bo Jensen", "Erik Holm"]),
    ("Anne Hansen, Carl Nielsen, Dorte Lund Ingen Karen Mogensen", ["Anne Hansen", "Carl Nielsen", "Dorte Lund"], []),
    # the empty list printed as nothing: which list the last name is cannot be told, so only the members are sure
    ("Anne Hansen, Carl Nielsen, Dorte Lund Karen Mogensen", ["Anne Hansen", "Carl Nielsen", "Dorte Lund"], []),
])
def test_a_row_of_empty_list_labels_then_their_lists_in_order(tmp_path, values, participants, absent):
    """'Deltagere: Fraværende: Referent:' printed as a row, the lists after it in the labels' order: a list ends
    where two names meet without a comma."""
    p = tmp_path / "page.txt"
    p.write_text(ROW_OF_LABELS.format(values=values), encoding="utf-8")
    m = parse_file(p).meeting
    assert (m.location, m.participants, m.absent) == ("Rådhuset, Byrådssalen", participants, absent)


@pytest.mark.parametrize("label", ["Forfald", "Ikke til stede", "Meldt afbud", "Fravær"])
def test_an_absence_label_after_an_outcome_statement_is_that_decisions(tmp_path, label):
    """'Økonomiudvalget anbefaler indstillingen.' printed without a heading is a decision; the absence label
    under it is its own, whichever word of the vocabulary it uses."""
    page = PAGE.replace("Beslutning\n{decision}",
                        "Økonomiudvalget anbefaler indstillingen.\n{decision}\nBilag\nBudgetnotat")
    p = tmp_path / "page.txt"
    p.write_text(page.format(head="", decision=f"{label}: Erik Holm (F)"), encoding="utf-8")
    [d] = _item(parse_file(p), "2").decisions
    assert (d.text, d.absent) == ("Økonomiudvalget anbefaler indstillingen.", ["Erik Holm (F)"])


# ------------------------------------------------------------------- shapes added on branch dabsent

@pytest.mark.parametrize("sentence,absent", [
    # a given name's short form or an initial inside a name ends no sentence
    ("Jens Chr. Hansen (V) deltog ikke i behandlingen af sagen.", ["Jens Chr. Hansen (V)"]),
    ("Jens Ø. Hansen deltog ikke i sagens behandling.", ["Jens Ø. Hansen"]),
    # left the room while the case was treated, 'behandling' without its article
    ("Bo Jensen (V) forlod mødet under behandling af sagen.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) forlod salen under behandlingen af punktet.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) havde forladt mødet under sagens behandling.", ["Bo Jensen (V)"]),
    # inhabil, in the other ways it is said, before the verb
    ("Bo Jensen (V) erklærede sig inhabil, og deltog ikke i sagens behandling.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) var inhabil i sagen og deltog ikke i behandlingen.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) var inhabil og deltog derfor ikke i behandlingen.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) var erklæret inhabil og forlod mødet.", ["Bo Jensen (V)"]),
    # 'tilstede' in one word, the party after a dash, the terse mark after a dash
    ("Bo Jensen (V) var ikke tilstede.", ["Bo Jensen (V)"]),
    ("Bo Jensen - V og Erik Holm - F var fraværende.", ["Bo Jensen - V", "Erik Holm - F"]),
    ("Bo Jensen (V) - fraværende", ["Bo Jensen (V)"]),
])
def test_more_absence_sentences_under_a_decision(tmp_path, sentence, absent):
    _sentence_after_outcome(tmp_path, sentence, absent)


@pytest.mark.parametrize("sentence", [
    "Bo Jensen (V) forlod mødet kl. 17.30.",
    "Bo Jensen (V) orienterede om sagen.",
    "Sagen genoptages, når Bo Jensen er til stede.",
])
def test_prose_that_names_people_without_absence_names_no_absentee(tmp_path, sentence):
    doc = _parse(tmp_path, decision=f"Godkendt.\n{sentence}")
    assert _item(doc, "2").decisions[0].absent == []


def test_a_labelled_name_with_a_short_form_stays_whole(tmp_path):
    doc = _parse(tmp_path, head="Fraværende: Jens Chr. Hansen (V)",
                 decision="Fraværende: Jens Chr. Hansen (V)\nGodkendt.")
    assert doc.meeting.absent == ["Jens Chr. Hansen (V)"]
    assert _item(doc, "2").decisions[0].absent == ["Jens Chr. Hansen (V)"]
    assert _item(doc, "2").decisions[0].text == "Godkendt."


def test_der_var_afbud_fra_on_a_line_of_its_own_after_a_list_in_the_decision(tmp_path):
    doc = _parse(tmp_path, decision="Godkendt med bemærkningen:\n- Støtte til løbet\nDer var afbud fra Bo Jensen (V).")
    d = _item(doc, "2").decisions[0]
    assert d.absent == ["Bo Jensen (V)"]
    assert d.text.endswith("Der var afbud fra Bo Jensen (V).")  # a sentence: it stays in the text


@pytest.mark.parametrize("head,absent", [
    ("Bo Jensen (V) var ikke til stede.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) mødte ikke.", ["Bo Jensen (V)"]),
    ("Bo Jensen (V) var forhindret i at deltage.", ["Bo Jensen (V)"]),
    ("Der var afbud fra Bo Jensen (V).", ["Bo Jensen (V)"]),
    ("Der er meldt afbud fra Bo Jensen (V) og Erik Holm (F).", ["Bo Jensen (V)", "Erik Holm (F)"]),
    ("Ikke tilstede: Bo Jensen (V)", ["Bo Jensen (V)"]),
    ("Forhindret: Bo Jensen (V)", ["Bo Jensen (V)"]),
])
def test_more_shapes_of_absence_from_the_whole_meeting(tmp_path, head, absent):
    doc = _parse(tmp_path, head=head)
    assert doc.meeting.absent == absent
    assert all(d.absent == [] for it in doc.items for d in it.decisions)  # the header's, no decision's


def test_a_sentence_of_afbud_below_the_members_is_no_member(tmp_path):
    page = ("Referat\nByrådet\nMødedato: 12. marts 2024\nMødested: Rådhuset\nDeltagere\n\n • Anne Hansen\n"
            " • Carl Nielsen\n\nDer var afbud fra Bo Jensen og Erik Holm.\n\n1. Godkendelse af dagsorden\nBeslutning\n"
            "Godkendt.\n")
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    assert parse_file(p).meeting.participants == ["Anne Hansen", "Carl Nielsen"]


ITEM_PAGE = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024
Mødested: Rådhuset, mødelokale 1

1. Godkendelse af dagsorden
{head}Indstilling
Borgmesteren indstiller, at dagsordenen godkendes.
Beslutning
Godkendt.
{tail}
2. Budget 2025
Indstilling
Forvaltningen indstiller, at budgettet godkendes.
Beslutning
Godkendt.
"""


@pytest.mark.parametrize("head,tail", [
    ("Fraværende: Bo Jensen (V)\n", ""),  # in the item's head, before its case text
    ("Fraværende\nBo Jensen (V)\n", ""),  # a block of its own there
    ("", "Bilag\nNotat.pdf\nFraværende: Bo Jensen (V)\n"),  # after the item's attachments
])
def test_absence_printed_in_the_item_outside_its_decision_is_the_decisions(tmp_path, head, tail):
    p = tmp_path / "page.txt"
    p.write_text(ITEM_PAGE.format(head=head, tail=tail), encoding="utf-8")
    doc = parse_file(p)
    assert _item(doc, "1").decisions[0].absent == ["Bo Jensen (V)"]
    assert _item(doc, "2").decisions[0].absent == []
    assert doc.meeting.absent == []
    assert all("Fraværende" not in (a.title or "") for a in _item(doc, "1").attachments)


def test_a_word_of_case_text_that_starts_like_a_label_names_no_absentee(tmp_path):
    p = tmp_path / "page.txt"
    case_text = "Sagsfremstilling\nFraværet blandt Bo Jensens medarbejdere er faldet.\n"
    p.write_text(ITEM_PAGE.format(head=case_text, tail=""), encoding="utf-8")
    assert _item(parse_file(p), "1").decisions[0].absent == []


def test_a_role_after_a_labelled_absentee_is_no_text_of_the_decision(tmp_path):
    d = _item(_parse(tmp_path, decision="Godkendt.\nFraværende: Bo Jensen (V), formand"), "2").decisions[0]
    assert (d.absent, d.text) == (["Bo Jensen (V)"], "Godkendt.")


@pytest.mark.parametrize("decision", [
    "Godkendt.\nFraværende:\n– Bo Jensen (V)\n– Erik Holm (F)",  # en-dash bullets
    "Godkendt.\nFraværende:\nBo Jensen (V) og\nErik Holm (F)",  # the list's line broke after 'og'
    "Godkendt.\nFraværende: Bo Jensen (V),\nErik Holm (F)",
    "Godkendt.\nFraværende: Bo Jensen,\nErik Holm",  # broke after a comma, no party to tell the rest by
])
def test_a_labelled_list_of_absentees_broken_over_lines(tmp_path, decision):
    d = _item(_parse(tmp_path, decision=decision), "2").decisions[0]
    assert [n.split(" (")[0] for n in d.absent] == ["Bo Jensen", "Erik Holm"]
    assert d.text == "Godkendt."


@pytest.mark.parametrize(("decision", "absent", "text"), [
    ("Fraværende: Bo Jensen (V), formand Godkendt.", ["Bo Jensen (V)"], "Godkendt."),
    ("Fraværende: Bo Jensen (V) Godkendt.", ["Bo Jensen (V)"], "Godkendt."),
    ("Afbud: Bo Jensen (V), Erik Holm (F) Taget til efterretning.", ["Bo Jensen (V)", "Erik Holm (F)"],
     "Taget til efterretning."),
])
def test_names_run_on_into_a_one_word_outcome_keep_both(tmp_path, decision, absent, text):
    """Extraction that lost the line break after an absence label's names runs them into the outcome with no
    full stop between: the names are the decision's absentees and the outcome its text, neither is lost."""
    [d] = _item(_parse(tmp_path, decision=decision), "2").decisions
    assert (d.absent, d.text) == (absent, text)
