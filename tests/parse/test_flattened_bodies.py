"""Item bodies of tune pages flattened the way a PDF transcript prints them (benchmarks/parse_accuracy/flattened.py:
each page's lines joined into one long line behind its page number), read for the gold's decisions, sections,
case numbers and titles: decision lines and headings found again inside the run of text, the first body's header
right after the list, a list that ends where the bodies begin (parse/inline_body.py, parse/item_list.py).
Each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import parse_flattened

_DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra" / "docs"


def _item(doc, number: str):
    return next(it for it in doc.items if it.number == number)


def _decisions(item) -> list[tuple[str | None, str | None, str]]:
    return [(d.committee, d.date, d.text) for d in item.decisions]


def _sections(item) -> list[str]:
    return [s.heading for s in item.sections]


def test_treatment_line_with_the_items_number_is_the_decision(tmp_path: Path) -> None:
    """x0031: '• Pkt. 34 Beslutninger om dagsordenen Pkt. 34 … Sagsnr. 249050 … Åbent punkt Sundheds- og
    Omsorgsudvalget, 03-04-2014, pkt. 34 Godkendt. Fraværende: Claus Larsen. • Pkt. 35 …': the headers without a
    list are found by 'Sagsnr. <digits>', the number after the treatment's date is no list entry, the treatment's
    line is the decision's head wherever it runs in, the bullet before the next header no part of the text."""
    doc = parse_flattened(tmp_path, "x0031.txt")
    assert [(it.number, it.title) for it in doc.items] == [
        ("34", "Beslutninger om dagsordenen"), ("35", "Fællesmøde med Handicaprådet"),
        ("36", "Orientering om ventetider til genoptræning")]
    first, second = _item(doc, "34"), _item(doc, "35")
    assert _decisions(first) == [("Sundheds- og Omsorgsudvalget", "2014-04-03", "Godkendt.")]
    assert [list(d.absent) for d in first.decisions] == [["Claus Larsen"]]
    assert _decisions(second) == [("Sundheds- og Omsorgsudvalget", "2014-04-03", "Drøftet.")]
    assert first.case_numbers == ["249050"] and second.case_numbers == ["230743"]


def test_treatment_line_before_a_dash_list(tmp_path: Path) -> None:
    """x0040: '… Kultur- og Idrætsudvalget, 06-09-2017, pkt. 116 - Indvielse af Eventcirklen …': the decision is the
    dash list after the treatment's line."""
    doc = parse_flattened(tmp_path, "x0040.txt")
    item = _item(doc, "116")
    assert [(d.committee, d.date) for d in item.decisions] == [("Kultur- og Idrætsudvalget", "2017-09-06")]
    assert item.decisions[0].text.startswith("- Indvielse af Eventcirklen på Kildegården")
    assert item.case_numbers == ["249033"]


def test_list_ends_where_the_first_body_begins(tmp_path: Path) -> None:
    """x0092: '… 172. Salg af grund i Sig - Lukket punkt 145. Godkendelse af dagsorden Godkendelse af dagsorden
    Beslutning Udvalget for Økonomi og Erhverv den 23-05-2018 Godkendt.': 145 after the list is its first body's
    header, not a closed entry numbered apart."""
    doc = parse_flattened(tmp_path, "x0092.txt")
    item = _item(doc, "145")
    assert item.title == "Godkendelse af dagsorden"
    assert _decisions(item) == [("Udvalget for Økonomi og Erhverv", "2018-05-23", "Godkendt.")]
    assert [it.number for it in doc.items].count("145") == 1


def test_decision_ends_before_the_items_toolbar(tmp_path: Path) -> None:
    """x0099: '… Beslutning Virksomhedsbesøg blev foretaget. Kopier link til punktet - Print 2: …'."""
    doc = parse_flattened(tmp_path, "x0099.txt")
    assert _decisions(_item(doc, "1")) == [
        ("Teknik- og Miljøudvalget", "2021-06-22", "Virksomhedsbesøg blev foretaget.")]
    assert _decisions(_item(doc, "2")) == [
        ("Teknik- og Miljøudvalget", "2021-06-22", "Teknik- og Miljøudvalget godkendte dagsordenen.")]


def test_body_after_its_case_number_and_a_table_of_treatments(tmp_path: Path) -> None:
    """x0324: '… Til indholdsfortegnelse Åbent punkt 1 Fraværende og bemærkninger til dagsorden 00.01.00P35-0098
    Behandling Mødedato Åbent punkt Lukket punkt Kommunalbestyrelsen 04-01-2021 1 Fraværende Ingen. Bemærkninger til
    dagsordenen Ingen.': the web page's back link ends the list, the case number after the title is the item's, the
    'Behandling' table heads its cells (the route), 'Fraværende Ingen' heads its block."""
    doc = parse_flattened(tmp_path, "x0324.txt")
    assert [it.title for it in doc.items][:2] == ["Fraværende og bemærkninger til dagsorden", "Valg af borgmester"]
    first, second = _item(doc, "1"), _item(doc, "2")
    assert first.case_numbers == ["00.01.00P35-0098"] and second.case_numbers == ["00.22.02A30-0026"]
    assert _sections(first) == ["Behandling", "Fraværende", "Bemærkninger til dagsordenen"]
    assert _sections(second) == ["Behandling", "Hvem beslutter", "Resumé", "Indstilling og beslutning"]
    assert first.route == ["Kommunalbestyrelsen"]


def test_first_body_on_the_lists_own_line_and_its_first_heading(tmp_path: Path) -> None:
    """x0187: '… 5. ØU/KB - Ny tidsplan for budgetproces 2020 1. ØU - Orientering fra kommunaldirektøren Anledning
    Orientering fra …': the first body begins on the list's line, 'Anledning' at its start heads it."""
    doc = parse_flattened(tmp_path, "x0187.txt")
    item = _item(doc, "1")
    assert _sections(item) == ["Anledning", "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"]
    assert item.decisions and item.decisions[0].text.startswith("Taget til efterretning, idet man ønsker")


def test_no_decision_heading_inside_a_sentence(tmp_path: Path) -> None:
    """x0039: '… Sagsfremstilling På baggrund af Fritids-, Kultur- og Forebyggelsesudvalgets beslutning d. 3. april
    2013 anmodede udvalget …': a body's name after a comma, its date going on into the year, heads nothing."""
    doc = parse_flattened(tmp_path, "x0039.txt")
    assert _decisions(_item(doc, "2")) == [(
        "Fritids-, Kultur- og Forebyggelsesudvalget", "2013-08-14",
        "Der udarbejdes et udkast til et kommissorium til ny kulturstrategi, hvilket drøftes på næste udvalgsmøde.")]


def test_the_date_label_of_a_flattened_head_gives_the_meetings_date(tmp_path: Path) -> None:
    """x0187: '… Læs dagsordener og referater til og med den 10. februar 2016 … Udvalg: Økonomiudvalget Dato: Tirsdag
    den 13. august 2019 Tid: Kl. 17:00 …': the 'Dato:' label's date, not the page's date before the labels, dates the
    meeting and the decisions headed without a date."""
    doc = parse_flattened(tmp_path, "x0187.txt")
    assert doc.meeting is not None and doc.meeting.date == "2019-08-13"
    assert [(d.committee, d.date) for d in _item(doc, "1").decisions] == [("Økonomiudvalget", "2019-08-13")]


def test_a_kind_word_cut_by_the_title_window_is_no_kind(tmp_path: Path) -> None:
    """x0187: the flattened head's 200th character falls inside 'Dagsordener og referater': 'Dagsorden' cut out of
    'Dagsordener' does not make the minutes an agenda."""
    doc = parse_flattened(tmp_path, "x0187.txt")
    assert doc.document_type == "referat"


def test_dated_treatment_lines_without_their_colons_head_the_outcomes_after_them() -> None:
    """'… om budget. Økonomiudvalget den 12. marts 2024 Anbefales. Byrådet den 20. marts 2024 Godkendt.': each
    body with its date, after a sentence and before an outcome, is a treatment's head, as the lined page prints it
    on a line of its own (no colon: the outcome word after the date tells it)."""
    from sagsgang.parse.inline_lines import split_inline
    from sagsgang.parse.item_body import parse_item
    lines = split_inline(" Sagsfremstilling Sagen handler om budgettet. Økonomiudvalget den 12. marts 2024 Anbefales. "
                         "Byrådet den 20. marts 2024 Godkendt.", 0)
    item = parse_item(lines, "1", "Budget")
    assert _decisions(item) == [("Økonomiudvalget", "2024-03-12", "Anbefales."), ("Byrådet", "2024-03-20", "Godkendt.")]


def test_a_heading_in_capitals_with_its_colon_begins_a_body(tmp_path: Path) -> None:
    """x0110: '• 136. Beslutningssag: Godkendelse af dagsorden Beslutningssag: Godkendelse af dagsorden INDHOLD
    INDSTILLING: Direktionen indstiller: …': the heading in capitals with its colon begins the body, so the header
    is read with its title and the body's decision."""
    doc = parse_flattened(tmp_path, "x0110.txt")
    item = _item(doc, "136")
    assert item.title == "Beslutningssag: Godkendelse af dagsorden"
    assert [(d.date, d.text) for d in item.decisions] == [("2017-12-14", "Dagsordenen godkendt")]


def test_a_web_pages_link_after_the_lists_last_title_is_no_part_of_it(tmp_path: Path) -> None:
    """x0323: '… lukket 101 Lukket punkt: salg af areal Til indholdsfortegnelse Åbent punkt 1 …'."""
    doc = parse_flattened(tmp_path, "x0323.txt")
    item = _item(doc, "101")
    assert (item.title, item.public) == ("salg af areal", False)


@pytest.mark.parametrize("label", ["Sag: 24/1234", "Sagsnummer: 24/1234"])
def test_a_case_label_run_in_after_other_text(label: str) -> None:
    """'… Åben sag Sag: 24/1234 Sagsfremstilling …': the label with its number on a line of its own ('Sag:' only
    where a case number follows it), so the item reads its case number."""
    from sagsgang.parse.inline_lines import split_inline
    from sagsgang.parse.item_body import parse_item
    item = parse_item(split_inline(f" Åben sag {label} Sagsfremstilling Sagen handler om budgettet.", 0), "1", "Budget")
    assert item.case_numbers == ["24/1234"]
    assert _sections(item) == ["Sagsfremstilling"]


@pytest.mark.parametrize("flat", [False, True])
def test_a_heading_cut_by_the_excerpts_end_counts(tmp_path: Path, flat: bool) -> None:
    """x0092 ends '… 146. Oplæg vedrørende turismeindsats Oplæg vedrørende turismeindsats Sagsfrems': the start of
    'Sagsfremstilling' (a heading with an optional tail in the lexicon) cut by the excerpt's end is a heading as
    printed (annotation rules), on the page that keeps its lines and on its flattened line."""
    if flat:
        doc = parse_flattened(tmp_path, "x0092.txt")
    else:
        if not (_DOCS / "x0092.txt").exists():
            pytest.skip("the shared corpus is not here")
        doc = parse_file(_DOCS / "x0092.txt")
    assert _sections(_item(doc, "146")) == ["Sagsfrems"]


def test_a_header_printed_twice_is_one_item(tmp_path: Path) -> None:
    """x0294: '• Pkt. 102 Dialogmøde med Udsatterådet <four files> Pkt. 102 Dialogmøde med Udsatterådet Sagsnr.
    311870 …': one item 102, with the files as its bilag and the body's case number, sections and decision."""
    doc = parse_flattened(tmp_path, "x0294.txt")
    items = [it for it in doc.items if it.number == "102"]
    assert len(items) == 1
    assert [it.title for it in doc.items if it.number is None] == []  # nor are the files an item of their own
    item = items[0]
    assert item.case_numbers == ["311870"]
    assert len(item.attachments) == 4
    assert _decisions(item) == [("Beskæftigelses- og Socialudvalget", "2020-09-10",
                                 "Udvalget ønsker på det kommende møde e")]
    assert _sections(item) == ["Resume", "Indstilling", "Beslutningskompetence", "Sagsfremstilling", "Økonomi"]


def test_a_header_before_a_bulleted_decision_head(tmp_path: Path) -> None:
    """x0161: 'Punkt 358 Byrådets spørgetid 26/6-2019 • Beslutning i Byrådet den 26-06-2019 Molly Thomsen, …': the
    decision's head with its body begins the body, so the header is read (it had been lost)."""
    doc = parse_flattened(tmp_path, "x0161.txt")
    item = _item(doc, "358")
    assert item.title == "Byrådets spørgetid 26/6-2019"
    assert [(d.committee, d.date) for d in item.decisions] == [("Byrådet", "2019-06-26")]
    assert item.decisions[0].text.startswith("Molly Thomsen, Ryomgaard, stillede spørgsmål")


@pytest.mark.parametrize("flat", [False, True])
def test_a_video_link_is_no_part_of_the_decision(tmp_path: Path, flat: bool) -> None:
    """x0162: '… Der sendes et skriftligt svar. Show video Punkt 233 …': the page's video link is chrome."""
    if flat:
        doc = parse_flattened(tmp_path, "x0162.txt")
    else:
        if not (_DOCS / "x0162.txt").exists():
            pytest.skip("the shared corpus is not here")
        doc = parse_file(_DOCS / "x0162.txt")
    assert _item(doc, "232").decisions[0].text.endswith("”Dykkerskole”. Der sendes et skriftligt svar.")


def test_absentees_end_where_a_speakers_label_begins(tmp_path: Path) -> None:
    """x0207: 'Beslutning i Byrådet 9. oktober 2018: Fraværende: Martin Stenmann (A), Peter Wagner Mollerup (V), Poul
    Erik Knudsen (A) Melissa Meulengracht: Spørgsmål til punkt 3 …': a name with a colon after the last party marker
    is the decision's text, not one more absentee."""
    doc = parse_flattened(tmp_path, "x0207.txt")
    item = next(it for it in doc.items if it.title == "Spørgetid")
    assert _decisions(item) == [("Byrådet", "2018-10-09", "Melissa Meulengracht: Spørgsmål til punkt 3, budget 2018 - "
                                 "Lederne i dagtilbud skal indgå med 10 % af deres arbejdstid, i normeringen.")]
    assert [list(d.absent) for d in item.decisions] == [
        ["Martin Stenmann (A)", "Peter Wagner Mollerup (V)", "Poul Erik Knudsen (A)"]]


def test_an_items_bilag_list_going_on_over_a_page_is_no_item_list(tmp_path: Path) -> None:
    """001 (shared gold): '… Bilag: 1 - 3338892 Åben Adm. tilkendegivelse …' / '8 (108896/22) (H) 2 - 3337598 Åben
    Borgmesterbrev …': the numbers going on from the bilag label's first are its bilag, not the meeting's items; the
    page stays one case with its decision."""
    doc = parse_flattened(tmp_path, "001_af3f98d7004bd649.txt")
    assert [it.title for it in doc.items] == ["Indstilling til velfærdsaftale"]
    item = doc.items[0]
    assert item.case_numbers == ["22/8164"]
    assert [(d.committee, d.date) for d in item.decisions] == [("Børne- og ungdomsudvalget", "2022-08-18")]
