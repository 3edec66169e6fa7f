"""Decision heads that name the body and the date without the word 'Beslutning' (issue 11), written out as
small synthetic pages, and the one tune page that prints such a head. Expected values are read off each page
by hand, by the annotation rules: the committee as printed, the date as ISO, the text without its head."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .corpus_pages import extra_page
from .minutes_page import MINUTES

PAGE = MINUTES.replace("{block}", "{head}\nAnbefales.")


def _decisions(tmp_path: Path, page: str, number: str = "1") -> list[tuple[str | None, str | None, str]]:
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == number)
    return [(d.committee, d.date, d.text) for d in item.decisions]


@pytest.mark.parametrize(("head", "committee"), [
    ("ØKONOMIUDVALGET DEN 12. MARTS 2024", "ØKONOMIUDVALGET"),
    ("ÅBENT ØKONOMIUDVALGET DEN 12. MARTS 2024", "ØKONOMIUDVALGET"),  # the item's status before the body
    ("UDVALGET FOR TEKNIK OG MILJØ DEN 12-03-2024", "UDVALGET FOR TEKNIK OG MILJØ"),  # glue words in capitals
])
def test_a_head_in_capitals_names_the_body_and_date_of_the_decision_below(tmp_path, head, committee):
    assert _decisions(tmp_path, PAGE.format(head=head)) == [(committee, "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("head", [
    "Økonomiudvalget 12.03.2024:",
    "Økonomiudvalget 12. marts 2024:",
    "Miljø-, Plan- og Økonomiudvalget den 12. marts 2024:",  # a comma in the body's name
    "Miljø-, Plan- og Økonomiudvalget, d. 12. marts 2024:",
])
def test_a_body_and_date_line_with_its_colon_heads_the_decision(tmp_path, head):
    body = head.split(" 12", 1)[0].removesuffix(" den").removesuffix(", d.")
    assert _decisions(tmp_path, PAGE.format(head=head)) == [(body, "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("head", ["Økonomiudvalget 12.03.2024", "Økonomiudvalget den 12. marts 2024"])
def test_a_body_and_date_line_without_its_colon_over_an_outcome_heads_the_decision(tmp_path, head):
    """The colon left out, a line that names a body and a date and nothing else heads the decision when the line
    below opens with an outcome ('Anbefales.'); a sentence that starts with a body and a date heads nothing."""
    page = PAGE.format(head=head).replace(
        "trafiksikkerhedsplan.\n", "trafiksikkerhedsplan.\nByrådet den 3. maj 2023\nbesluttede at udarbejde den.\n")
    assert _decisions(tmp_path, page) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("head", [
    "Økonomiudvalget den 12.03.2024: Anbefales.",
    "Økonomiudvalget 12.03.2024: Anbefales.",
])
def test_a_body_and_date_run_into_the_decision_text_is_its_head(tmp_path, head):
    # and not a sentence of the case text that starts with a body and a date (no colon after the date)
    page = PAGE.replace("{head}\nAnbefales.", head).replace(
        "trafiksikkerhedsplan.\n", "trafiksikkerhedsplan.\nByrådet den 3. maj 2023 besluttede at udarbejde den.\n")
    assert _decisions(tmp_path, page) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]


def test_several_bodies_under_one_decision_heading_are_decisions_each_oldest_first(tmp_path):
    head = "Beslutning\nByrådet den 26.03.2024: Godkendt.\nØkonomiudvalget den 12.03.2024:"
    assert _decisions(tmp_path, PAGE.format(head=head)) == [
        ("Økonomiudvalget", "2024-03-12", "Anbefales."), ("Byrådet", "2024-03-26", "Godkendt.")]


TRANSCRIPT = """Referat Økonomiudvalget

Transkript

1 REFERAT ØKONOMIUDVALGET Mødedato: 12. marts 2024 Mødested: Rådhuset Mødetidspunkt: 16:00

2 INDHOLDSFORTEGNELSE 1. Budgetopfølgning marts 2024 2. Trafiksikkerhedsplan for kommunens veje 3. Ny skole

3 1. Budgetopfølgning marts 2024 Sagsnr.: 24/101 Sagsfremstilling Forvaltningen orienterer om budgettet. \
2. Trafiksikkerhedsplan for kommunens veje Sagsnr.: 24/102 Sagsbeh.: Anne Hansen ÅBENT ØKONOMIUDVALGET DEN \
12. MARTS 2024 Fraværende: Carl Nielsen Anbefales. Sagsfremstilling Forvaltningen har udarbejdet en plan. \
3. Ny skole Sagsnr.: 24/103 Sagsfremstilling Forvaltningen orienterer om skolen.
"""


def test_a_head_in_capitals_inside_a_flattened_page_line_is_cut_out_as_the_head(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(TRANSCRIPT, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "2")
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("ØKONOMIUDVALGET", "2024-03-12", "Anbefales.", ["Carl Nielsen"])]


def test_a_body_comma_d_date_line_under_indstilling_og_beslutning_is_the_decision():
    # a tune page: 'Fritids-, Kultur- og Forebyggelsesudvalget, d. 14. august 2013:' above the decision text
    item = next(it for it in parse_file(extra_page("x0039.txt")).items if it.number == "2")
    assert [(d.committee, d.date) for d in item.decisions] == [
        ("Fritids-, Kultur- og Forebyggelsesudvalget", "2013-08-14")]
    assert item.decisions[0].text.startswith("Der udarbejdes et udkast til et kommissorium")


ACCORDION = """Mødedetaljer
Udvalg Dato Type
Byrådet 26-06-2019 16:00 Referat

Punkt 358 Byrådets spørgetid
  • Beslutning i Byrådet den 26-06-2019

    Anne Hansen stillede spørgsmål om trafiksikkerhed.

    Der sendes skriftligt svar.

Punkt 359 Budgetopfølgning
  • Resumé

    Budgetopfølgningen viser et mindreforbrug.

  • Sagsfremstilling

    Forvaltningen orienterer.

  • Sagens bilag fremgår af listen.
"""


def test_headings_behind_an_accordions_bullets_are_headings(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(ACCORDION, encoding="utf-8")
    items = {it.number: it for it in parse_file(p).items}
    assert [(d.committee, d.date, d.text) for d in items["358"].decisions] == [
        ("Byrådet", "2019-06-26", "Anne Hansen stillede spørgsmål om trafiksikkerhed. Der sendes skriftligt svar.")]
    # a bulleted line that is no heading stays text of its section
    assert [s.heading for s in items["359"].sections] == ["Resumé", "Sagsfremstilling"]


@pytest.mark.parametrize(("decision", "text", "absent"), [
    ("Fraværende: Carl Nielsen Indstillingen anbefales.", "Indstillingen anbefales.", ["Carl Nielsen"]),
    ("Fraværende: Carl Nielsen og Bo Jensen Udvalget anbefaler indstillingen.",
     "Udvalget anbefaler indstillingen.", ["Carl Nielsen", "Bo Jensen"]),
    ("Fraværende: Ingen Sagen blev drøftet. Udvalget tog orienteringen til efterretning.",
     "Sagen blev drøftet. Udvalget tog orienteringen til efterretning.", []),
])
def test_absentees_run_on_into_the_decisions_sentence_part_from_it(tmp_path, decision, text, absent):
    # the names end where the next sentence starts (a capitalised word before a word in lower case)
    page = PAGE.replace("{head}\nAnbefales.", f"Beslutning\n{decision}")
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    d = next(it for it in parse_file(p).items if it.number == "1").decisions
    assert [(x.text, x.absent) for x in d] == [(text, absent)]
    # not where the words in lower case are the absentee's own sentence ('Carl Erik Nielsen deltog ikke …')
    own = "Beslutning\nFraværende: Carl Erik Nielsen deltog ikke.\nGodkendt."
    p.write_text(PAGE.replace("{head}\nAnbefales.", own), encoding="utf-8")
    d = next(it for it in parse_file(p).items if it.number == "1").decisions
    assert [x.absent for x in d] == [["Carl Erik Nielsen"]]



SUBSTITUTES = """Referat
Byrådet
Mødedato: 9. oktober 2018

1. Indkaldelse af stedfortrædere
Sagsfremstilling
Byrådsgruppen har meddelt, at Martin Holm og Poul Erik Lund har forfald til Byrådsmødet 9. oktober 2018, hvorfor
liste A ønsker at indkalde Merete Bang. Venstres gruppe har meddelt, at Peter Ravn har forfald til mødet.
Lis Berg havde forfald til byrådsmødet 4. september 2018. Ib Holm har meldt afbud til mødet i Kontaktrådet.
Indstilling
Det indstilles, at stedfortræderindkaldelserne godkendes.
Beslutning i Byrådet 9. oktober 2018:
Fraværende: Martin Holm (A), Peter Ravn (V), Poul Erik Lund (A)
Godkendt.
"""


def test_members_a_case_says_will_miss_this_meeting_are_its_absentees(tmp_path):
    # as the decision's absence line prints them (with their parties); not who misses another meeting
    p = tmp_path / "page.txt"
    p.write_text(SUBSTITUTES, encoding="utf-8")
    assert parse_file(p).meeting.absent == ["Martin Holm (A)", "Poul Erik Lund (A)", "Peter Ravn (V)"]


def test_a_decision_head_in_initials_keeps_the_body_as_printed(tmp_path):
    # annotation rules: committee names are taken as written ('KB'); the page's other bodies do not rename it
    page = PAGE.replace("en trafiksikkerhedsplan.", "en plan, som Teknik- og Miljøudvalget har drøftet.")
    assert _decisions(tmp_path, page.format(head="TMU 12.03.2024:")) == [("TMU", "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("sentence", [
    "Bo Jensen (V) var inhabil og deltog ikke i sagens behandling.",
    "Bo Jensen (V) blev erklæret inhabil og deltog ikke i behandlingen.",
    "Bo Jensen (V) erklærede sig inhabil og forlod mødet.",
    "Bo Jensen (V) forlod mødet under punktet.",
    "Bo Jensen (V) mødte ikke.",
    "Bo Jensen (V) ikke til stede.",
])
def test_absence_sentences_under_a_decision_name_its_absentee(tmp_path, sentence):
    # the sentence stays in the decision's text (annotation rules); who left after another item is no absentee
    later = "Lis Berg (A) forlod mødet efter punkt 3."
    page = PAGE.replace("{head}\nAnbefales.", f"Beslutning\nAnbefales. {sentence}\n{later}")
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    d = next(it for it in parse_file(p).items if it.number == "1").decisions
    assert [(x.text, x.absent) for x in d] == [
        (f"Anbefales. {sentence} {later}", ["Bo Jensen (V)"])]


def test_a_routes_bodies_with_their_meeting_dates_are_the_route_not_decisions(tmp_path):
    head = "Sagsgang\nØkonomiudvalget, 12.03.2024\nByrådet, 26.03.2024\nBeslutning"
    p = tmp_path / "page.txt"
    p.write_text(PAGE.format(head=head), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    assert item.route == ["Økonomiudvalget", "Byrådet"]
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]


CAPS_TITLES = """Referat Folkeoplysningsudvalget

Transkript

1 ÅBENT REFERAT FOLKEOPLYSNINGSUDVALGET Mødedato: 28. september 2010 Mødested: Byrådssalen Mødetidspunkt: 17:00 \
Deltagere: Just Sørensen, Rita Primdahl, Carsten Høj, Morten Enggaard

2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Budget Aftenskoler 2. Foreninger og klubber 3. Ansøgninger til puljen \
4. Orienteringssager september Underskriftsark...15 SIDE 1

3 1. BUDGET AFTENSKOLER Sagsnr Dok.nr Sagsbeh. Nanna Sand ÅBENT FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010 \
Fraværende: Carsten Høj, Morten Enggaard anmoder Byrådet om at drøfte nedskæringer på aftenskoleområdet. \
Sagsfremstilling Kultur og Fritid har drøftet budgettet.

4 2. FORENINGER OG KLUBBER Sagsnr Dok.nr Sagsbeh. Nanna Sand ÅBENT FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010 \
Godkendt. Sagsfremstilling Foreningerne søger tilskud.
"""


def test_an_item_printed_in_capitals_at_its_body_gets_its_decision_whose_subject_was_lost(tmp_path):
    # the list prints '1. Budget Aftenskoler', the body '1. BUDGET AFTENSKOLER'; the decision's first word (the
    # body's name) was lost, so the absentees' names run on into a sentence that starts in lower case
    p = tmp_path / "page.txt"
    p.write_text(CAPS_TITLES, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("FOLKEOPLYSNINGSUDVALGET", "2010-09-28", "anmoder Byrådet om at drøfte nedskæringer på aftenskoleområdet.",
         ["Carsten Høj", "Morten Enggaard"])]


@pytest.mark.parametrize(("head", "committee"), [
    ("Økonomiudvalgets beslutning 12. marts 2024", "Økonomiudvalget"),
    ("ØKONOMIUDVALGETS BESLUTNING 12-03-2024:", "ØKONOMIUDVALGET"),
])
def test_a_genitive_decision_heading_with_its_date_and_no_den(tmp_path, head, committee):
    assert _decisions(tmp_path, PAGE.format(head=head)) == [(committee, "2024-03-12", "Anbefales.")]


def test_a_plans_bodies_with_dates_are_no_decisions(tmp_path):
    plan = "Økonomiudvalget 12.03.2024: Godkendelse af forslag\nByrådet 26.03.2024: Endelig vedtagelse"
    head = f"Tidsplan\n{plan}\nBeslutning"
    assert _decisions(tmp_path, PAGE.format(head=head)) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]


RUNNING_HEAD = """Referat Økonomiudvalget

Transkript

1 REFERAT ØKONOMIUDVALGET Mødedato: 12. marts 2024 Mødested: Rådhuset Mødetidspunkt: 16:00

2 ØKONOMIUDVALGET DEN 12. MARTS 2024 Indholdsfortegnelse 1. Budgetopfølgning for marts \
2. Trafiksikkerhedsplan for kommunens veje 3. Ny skole i bydelen

3 ØKONOMIUDVALGET DEN 12. MARTS 2024 1. Budgetopfølgning for marts Sagsnr.: 24/101 Sagsfremstilling \
Forvaltningen orienterer. Beslutning Økonomiudvalget den 12. marts 2024: Taget til efterretning. \
2. Trafiksikkerhedsplan for kommunens veje Sagsnr.: 24/102 Sagsfremstilling Forvaltningen har udarbejdet en plan, som

4 ØKONOMIUDVALGET DEN 12. MARTS 2024 beskrives her. Indstilling Forvaltningen indstiller, at planen godkendes. \
Beslutning Økonomiudvalget den 12. marts 2024: Anbefales. 3. Ny skole i bydelen Sagsnr.: 24/103 Sagsfremstilling \
Forvaltningen orienterer om skolen.
"""


def test_a_pages_running_header_in_capitals_heads_no_decision(tmp_path):
    # too few pages to tell the running header by its repetition: it stands right after the page's number
    p = tmp_path / "page.txt"
    p.write_text(RUNNING_HEAD, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "2")
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]
    assert "som beskrives her." in item.sections[0].text
