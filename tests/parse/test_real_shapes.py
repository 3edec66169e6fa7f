"""Shapes of real pages (shared/corpus/extra, tune split), with the expected values read off the
pages by hand. Each test names the shape, not the municipality: the rule behind it must hold for
any publisher that prints it so."""
from __future__ import annotations

from sagsgang.parse import parse_file

from .corpus_pages import corpus_file, extra_page


def item(doc, number):
    return next(it for it in doc.items if it.number == number)


def test_attendance_item_names_the_meeting_absentees_though_the_contents_list_comes_first():
    # 'åbent 1 Fraværende og bemærkninger til dagsordenen' in a list above; the body further down:
    # 'Fraværende' / 'Afbud fra Bente Helms'
    doc = parse_file(extra_page("x0025.txt"))
    assert doc.meeting.absent == ["Bente Helms"]
    assert [s.heading for s in item(doc, "1").sections] == [
        "Behandling", "Fraværende", "Bemærkninger til dagsordenen"]


def test_next_items_header_printed_twice_is_not_the_decisions_text():
    # 'Godkendt.' / '2. Budgetopfølgning 1 for 2020 - Økonomiudvalget (B)' / '2.     Budgetopfølgning …'
    doc = parse_file(extra_page("x0108.txt"))
    [d] = item(doc, "1").decisions
    assert (d.committee, d.date, d.text, d.absent) == (
        "Økonomiudvalget", "2020-02-17", "Godkendt.", ["Villum Christensen (I)"])


def test_flattened_decision_heading_without_colon_then_absence_label_then_outcome():
    # '… Åben sag Beslutning Udvalget for Kultur og Fritid den Fraværende: Ingen Godkendt Side 601'
    doc = parse_file(extra_page("x0094.txt"))
    [d] = item(doc, "284").decisions
    assert (d.committee, d.date, d.text, d.absent) == ("Udvalget for Kultur og Fritid", "2015-06-09", "Godkendt", [])
    # '… Beslutning Byrådet den Fraværende: Anders Linde, Søren Laulund Godkendt. Side 1027'
    doc = parse_file(extra_page("x0095.txt"))
    [d] = item(doc, "436").decisions
    assert (d.committee, d.date, d.absent) == ("Byrådet", "2015-06-30", ["Anders Linde", "Søren Laulund"])
    assert d.text.startswith("Godkendt.")


def test_flattened_contents_list_runs_on_to_the_next_pages_line():
    # '… Orientering om befordringsområdet juni' / '3 15 Turismepolitik Rømø-Tønder …': page number 3,
    # then the list goes on at item 15 (the numbers of 10-14 were lost in extraction)
    doc = parse_file(extra_page("x0089.txt"))
    numbers = [it.number for it in doc.items if it.number]
    assert numbers == ["1", "2", "3", "5", "6", "7", "9", "15"]
    assert item(doc, "15").title.startswith("Turismepolitik")
    # '… Udbud af revisionsopgaven september' / '3 Refer 14 Ændring af udbudsvilkår …' (a running header)
    doc = parse_file(extra_page("x0305.txt"))
    assert item(doc, "14").title.startswith("Ændring af udbudsvilkår for 4 parcelhusgrunde")


def test_flattened_list_without_a_cue_confirmed_by_the_next_items_body():
    # '2 1. Budgetprocedure Prioriteringskatalog energibesparende foranstaltninger Udviklingspuljen - …'
    # with no 'Indholdsfortegnelse'; later 'Punkt 2. Prioriteringskatalog energibesparende …' confirms it
    doc = parse_file(extra_page("x0285.txt"))
    titles = [it.title for it in doc.items]
    assert len(titles) >= 10 and doc.items[0].number == "1"
    # letters then a capitalised word go on with one name: 'AOF Nord', 'FC Aalborg'
    assert "Ny forening - FC Aalborg søger om godkendelse" in titles
    assert not any(t.startswith(("Nord", "Aalborg søger")) for t in titles)


def test_contents_without_numbers_run_on_to_the_next_page():
    # 'Sag nr.: Emne: 1. Forlængelse af løbetiden …… Midtjysk Iværksætterhus... 40' / '2 23. Vedtægter …'
    doc = parse_file(extra_page("x0084.txt"))
    assert item(doc, "23").title == "Vedtægter Midtjyllands EU-kontor"
    assert doc.items[-1].title.startswith("Servicepakker på ældrecen")
    # but an item's body on the next page ('3 436. Godkendelse af dagsorden Dok.nr.: …') is no entry
    doc = parse_file(extra_page("x0095.txt"))
    assert [it.number for it in doc.items].count("436") == 1


def test_page_numbers_beside_item_numbers_in_a_flattened_contents_list():
    # '… Indenrigsministeriet 4 3 Godkendelse af Beskæftigelsesplan …': page 4, then item 3
    doc = parse_file(extra_page("x0334.txt"))
    assert item(doc, "1").title == "Budget, regnskab og likviditet"
    assert item(doc, "3").title == "Godkendelse af Beskæftigelsesplan"
    # a page number wrapped into a title ('… Undervisningsforvaltningens 28 område') is no part of it
    assert "Fremtidig brug af ejendomme på Børne- og Undervisningsforvaltningens område" in [
        it.title for it in doc.items]


def test_group_headings_leaders_and_closed_markers_in_a_flattened_contents_list():
    # '… Ansøgning fra Otterup Friluftsspil...5 SAGER TIL ØKONOMIUDVALGETS/KOMMUNALBESTYRELSENS AFGØRELSE
    # Budget …': the leader ends a title, the group heading in capitals is none
    doc = parse_file(extra_page("x0171.txt"))
    titles = [it.title for it in doc.items]
    assert "Ansøgning fra Otterup Friluftsspil" in titles
    assert not any(t.isupper() for t in titles)
    # '… pr. 31. juli Meddelelser Eventuelt Eventuel overtagelse …': standing items stand alone
    assert "Meddelelser" in titles and "Eventuelt" in titles
    # 'LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT: LUKKET PUNKT:... 28': three closed entries
    doc = parse_file(extra_page("x0310.txt"))
    assert [(it.title, it.public) for it in doc.items[-3:]] == [("Lukket punkt", False)] * 3


def test_a_closed_marker_alone_is_the_title():
    from sagsgang.parse.title_marks import clean_title

    assert clean_title("Lukket punkt.") == ("Lukket punkt", True)
    assert clean_title("Lukket punkt") == ("Lukket punkt", True)
    assert clean_title("Lukket: Køb af grund") == ("Køb af grund", True)
    assert clean_title("Lukket pkt.: Køb af grund") == ("Køb af grund", True)  # the label abbreviated


def test_case_history_lines_dated_before_the_body_are_earlier_treatments():
    # FirstAgenda 'Sagens forløb': '24-01-2022 Økonomiudvalget' / 'Økonomiudvalget anbefaler overfor Byrådet …'
    doc = parse_file(corpus_file("publications/firstagenda-greve/"
                                 "Byråd_2022-2025_2022-01-31T19:00:00+01:00_779d518b-25e9-4d46-9111-1d3f7c1175a9.json"))
    assert [(d.committee, d.date) for d in item(doc, "10").decisions] == [
        ("Økonomiudvalget", "2022-01-24"), ("Byråd 2022-2025", "2022-01-31")]
    assert item(doc, "10").decisions[0].text.startswith("Økonomiudvalget anbefaler overfor Byrådet")


def test_meeting_facts_printed_on_the_first_body_page_of_a_flattened_list():
    # '… LUKKET' / '3 AALBORG BYRÅD Tid Mødet den , Sted … Fraværende Stine Sørensen Til stede Bente
    # Graversen, Lis Rom Andersen, Erik Kristensen Åben Punkt 1. Budgetprocedure …'
    doc = parse_file(extra_page("x0285.txt"))
    assert doc.meeting.absent == ["Stine Sørensen"]
    assert doc.meeting.participants[:3] == ["Bente Graversen", "Lis Rom Andersen", "Erik Kristensen"]
