"""Transcripts of one case's page, and transcript pages whose lists are a body's own: the bilag table that ends a case
page, a bulleted list inside a case text, a running head's date after a contents list. Invented pages in the shapes
the transcript_lined net prints the tune pages (a PDF page a line behind its number); no real text copied."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import TITLED_FRAME, parse_text

CASE = ("1 Indstilling om skolestruktur 22/8164 Åben Sag Sagsgang BUU, ØK, KB Sagsfremstilling Forvaltningen har "
        "udarbejdet et forslag til ny skolestruktur. Forslaget har været i høring. Indstilling Direktøren indstiller, "
        "at forslaget godkendes. Beslutning i Børne- og Ungdomsudvalget den 17-08-2022 Godkendt. ")


def _case_page(tmp_path: Path, *pages: str) -> list:
    text = TITLED_FRAME.format(title="Indstilling om skolestruktur", pages="\n\n".join(pages))
    return parse_text(tmp_path, text).items


def test_a_case_pages_bilag_table_is_no_list_of_items(tmp_path: Path) -> None:
    """'Bilag: 1 - Åben Notat … 2 - Åben …' after the decision: the rows' status marks part them like a contents list's,
    and their numbers rise like items'; under the bilag label they are the case's bilag, the page one item."""
    rows = ("Bilag: 1 -\tÅben\tHøringssvar fra\t(108896/22)\t(H) 3338892\t\tskolebestyrelserne 2 -\tÅben\tNotat om "
            "økonomi\t(107782/22)\t(H) 3337598 3 -\tÅben\tKort over skoledistrikter\t(107779/22)\t(H) 3337595 4 -\t"
            "Åben\tBrev fra KL\t(107781/22)\t(H) 3337597")
    items = _case_page(tmp_path, CASE + rows)
    assert [(it.number, it.title) for it in items] == [(None, "Indstilling om skolestruktur")]
    assert items[0].case_numbers == ["22/8164"]


def test_a_case_pages_dashed_bilag_list_does_not_go_on_from_its_page_number(tmp_path: Path) -> None:
    """'Bilag: 1 - Notat 2 - Kort': the list's 1 reads as a reference ('bilag 1'), and its 2 and 3 would go on from
    the page line's number 1, titling the case page item 1 and its bilag items 2 and 3."""
    items = _case_page(tmp_path, CASE + "Bilag: 1 - Høringssvar fra skolebestyrelserne 2 - Notat om økonomi "
                                        "3 - Kort over skoledistrikter")
    assert [(it.number, it.title) for it in items] == [(None, "Indstilling om skolestruktur")]


@pytest.mark.parametrize("label", ["Bilag", "BILAG"])
def test_a_bilag_table_going_on_behind_the_next_page_number(tmp_path: Path, label: str) -> None:
    """The bilag label and its first row end one page line, the rows go on behind the next page's number ('… Bilag:
    1 - 3338892' / '2 Åben Adm. tilkendegivelse … 2 - 3337598 Åben …'): still the case's bilag, the label in capitals
    as much as not."""
    items = _case_page(tmp_path, CASE + f"{label}: 1 - 3338892",
                       "2 Åben Høringssvar fra skolebestyrelserne (108896/22) (H) 2 - 3337598 Åben Notat om økonomi "
                       "(107782/22) (H) 3 - 3337595 Åben Kort over skoledistrikter (107779/22) (H) 4 - 3337597 Åben "
                       "Brev fra KL (107781/22) (H)")
    assert [(it.number, it.title) for it in items] == [(None, "Indstilling om skolestruktur")]


HEADERS = ("2 1: Virksomhedsbesøg Sagsnr: 21-000857 Sagsfremstilling Udvalget besøger en virksomhed. Beslutning "
           "Besøget blev gennemført. 2: Godkendelse af dagsorden Sagsnr:",
           "3 Beslutning Godkendt. 3: Prioritering af lokalplaner Sagsnr: 21-014428 Sagsfremstilling Sagerne foreslås "
           "prioriteret efter følgende principper: • Hastesag: Særlig vægt på en stram tidsplan")
BULLETS = ("4 • 1: Igangværende med 1. prioritet • 2: Arbejdes med periodisk • 3: Der arbejdes ikke på sagen • 4: "
           "Forundersøgelse pågår med henblik på igangsætning. Listen er vedlagt som bilag.")


def test_a_bulleted_run_inside_a_case_text_is_no_list_of_items(tmp_path: Path) -> None:
    """'• 1: … • 2: … • 3: … • 4: …' in item 3's text, opening the next page line, numbered as the headers are and one
    longer than the three headers an excerpt holds: the bullets make it the body's list."""
    cover = "1 Referat Teknik- og Miljøudvalget Mødedato: 22. juni 2021 kl. 12:00 Deltagere • Anne Hansen • Bo Jensen"
    text = TITLED_FRAME.format(title="Referat Teknik- og Miljøudvalget", pages="\n\n".join([cover, *HEADERS, BULLETS]))
    items = parse_text(tmp_path, text).items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Virksomhedsbesøg"), ("2", "Godkendelse af dagsorden"), ("3", "Prioritering af lokalplaner")]


CONTENTS = ("1 Dagsorden til møde i Kommunalbestyrelsen Mødedato 16. december 2013 Mødetidspunkt 18.00 Mødelokale "
            "Rådssalen Side 1 af 48 Indholdsfortegnelse Kommunalbestyrelsen den 16. december 2013 Åben dagsorden "
            "1 Meddelelser fra formanden 2 Forslag til tillæg 2 til Kommuneplan 2013 3 Anlægsbevilling til "
            "Energihandlingsplan 2014 4 Ansøgning om midler fra velfærdsteknologipuljen 5 Fjernvarmetarif 2014 "
            "6 Telefonisk deltagelse i udvalgsmøder Side 2 af 48 Møde i Kommunalbestyrelsen den 16. december 2013")
FIRST_ITEM = ("2 1 Åbent Meddelelser fra formanden 050527-2012 Møde i Kommunalbestyrelsen den 16. december 2013 "
              "2 Åbent Forslag til tillæg 2 til Kommuneplan 2013 053164-2012 Resumé Forslaget sendes i høring.")


def test_a_running_heads_date_after_a_contents_list_is_no_page(tmp_path: Path) -> None:
    """A contents list of bare numbers whose page line ends in the next page's running head ('… 6 Telefonisk
    deltagelse i udvalgsmøder Side 2 af 48 Møde i Kommunalbestyrelsen den 16. december 2013'): the head's year is
    no page number after the last title, so the numbers are the items', not a page column."""
    text = TITLED_FRAME.format(title="Dagsorden til møde i Kommunalbestyrelsen",
                               pages="\n\n".join([CONTENTS, FIRST_ITEM]))
    items = parse_text(tmp_path, text).items
    assert [it.number for it in items] == ["1", "2", "3", "4", "5", "6"]
    assert items[0].title == "Meddelelser fra formanden"
    assert items[5].title == "Telefonisk deltagelse i udvalgsmøder"


ONE_CASE = ("1 Indstilling om skolestruktur Sagsfremstilling Forvaltningen har udarbejdet et forslag. Forslaget har "
            "været i høring. Indstilling Direktøren indstiller, at forslaget godkendes.")


def test_a_one_case_transcript_whose_viewer_title_runs_into_its_text(tmp_path: Path) -> None:
    """The viewer titles the page by its first words, past the case's title into its first heading ('Indstilling om
    skolestruktur Sagsfremstilling Forvaltningen'); the page line prints the case whole, its title before its first
    heading, its sections after."""
    text = TITLED_FRAME.format(title="Indstilling om skolestruktur Sagsfremstilling Forvaltningen", pages=ONE_CASE)
    (item,) = parse_text(tmp_path, text).items
    assert item.title == "Indstilling om skolestruktur"
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Indstilling"]


def test_a_viewer_title_that_runs_into_a_decisions_heading_in_the_plural(tmp_path: Path) -> None:
    """The case's first heading is 'Beslutninger', one of the words that open an item's body (title_tidy's
    BODY_CUE_WORDS, which the viewer title's check now reads): the title the viewer cut there is no title, the page
    line's is read, with its number, as where the first heading is 'Sagsfremstilling'."""
    page = ("1 Regnskab for havnen 2024 Beslutninger Udvalget godkendte regnskabet. Regnskabet viser et overskud. "
            "Indstilling Direktøren indstiller, at regnskabet godkendes.")
    text = TITLED_FRAME.format(title="Regnskab for havnen 2024 Beslutninger Udvalget", pages=page)
    (item,) = parse_text(tmp_path, text).items
    assert (item.number, item.title) == ("1", "Regnskab for havnen 2024")


@pytest.mark.parametrize("label", ["Bilag", "BILAG"])
def test_a_bilag_table_on_the_decisions_page_line(tmp_path: Path, label: str) -> None:
    """The decision and the table on the case's second page line ('2 … Drøftet. BILAG: 1 - Åben …'), the label in
    capitals as the page's other headings or not: the same table."""
    first = CASE[: CASE.index(" Beslutning i")]
    second = (f"2 Beslutning i Børne- og Ungdomsudvalget den 17-08-2022 Drøftet. Et enigt udvalg ønsker at indstille "
              f"forslaget. {label}: 1 -\tÅben\tHøringssvar fra\t(108896/22)\t(H) 3338892\t\tskolebestyrelserne inkl. "
              "bilag 2 -\tÅben\tNotat om økonomi\t(107782/22)\t(H) 3337598 3 -\tÅben\tKort over skoledistrikter\t"
              "(107779/22)\t(H) 3337595 4 -\tÅben\tBrev fra KL\t(107781/22)\t(H) 3337597")
    items = _case_page(tmp_path, first, second)
    assert [(it.number, it.title) for it in items] == [(None, "Indstilling om skolestruktur")]


def test_an_item_under_column_heads_whose_headings_print_in_capitals(tmp_path: Path) -> None:
    """'Punkt Titel 16 Udpegningssager … RESUME: I forlængelse … SAGSFREMSTILLING: Efter …': a web page's item
    header under its column heads, flattened with its body, headings in capitals with a colon; one item, not a
    list of the body's sentences."""
    page = ("1 Byrådet Mødedeltagere Anne Hansen, Bo Jensen, Carl Nielsen Møde lokation Det gamle Rådhus Dagsorden "
            "Punkt Titel 16 Udpegningssager til hverv, råd og bestyrelser 2014 - 2017 RESUME: I forlængelse af "
            "kommunalvalget 2013 skal byrådet udpege medlemmer til en række råd. SAGSFREMSTILLING: Efter "
            "kommunalvalget skal byrådet udpege medlemmer til en række hverv. Der henvises til vedlagte oversigt "
            "over hvervene. Den vedhæftede oversigt indeholder alle kommunale hverv. Enkelte sager behandles som "
            "særskilte sager. Der er "
            "i oversigten anført to valggrupper.")
    items = parse_text(tmp_path, TITLED_FRAME.format(title="Byrådet Mødedeltagere", pages=page)).items
    assert [(it.number, it.title) for it in items] == [
        ("16", "Udpegningssager til hverv, råd og bestyrelser 2014 - 2017")]


def test_a_flattened_meeting_header_cut_mid_name_keeps_its_members(tmp_path: Path) -> None:
    """An excerpt of one long line that ends inside the members' list ('… Mødeafholdelse Rådssalen … Tilstede: Anne
    Hansen, …, Frida Lu'): no case text runs on behind it, so the line is no case page's title to be cut; the
    meeting keeps its members and place, and no place reads as a section."""
    line = ("KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 Mødeafholdelse Rådssalen "
            "Protokollen blev læst og mødet hævet kl.: 20.35 Tilstede: Anne Hansen, Bo Jensen, Carl Nielsen, "
            "Dorte Holm, Erik Berg, Gitte Olsen, Hans Toft, Ib Lund, Jens Mortensen, Karen Riis Kjølbye, Lone Vad, "
            "Mogens Borch, Nina Levy, Frida Lu")
    doc = parse_text(tmp_path, line)
    assert doc.meeting is not None and doc.meeting.location == "Rådssalen"
    assert len(doc.meeting.participants) == 14
    assert [it.sections for it in doc.items] == [[]]


def test_a_flattened_meeting_page_of_one_case_cut_before_its_case_text(tmp_path: Path) -> None:
    """The meeting's header and its one case run onto one line ('… Fraværende: Frida Lund Sagsfremstilling …
    Indstilling … Beslutning Godkendt.'): cut as printed, the absentee's name ends before the case's first heading."""
    line = ("Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 Mødeafholdelse Rådssalen Protokollen "
            "blev læst og mødet hævet kl.: 20.35 Tilstede: Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Holm, Erik Berg "
            "Fraværende: Frida Lund Sagsfremstilling Forvaltningen har udarbejdet et forslag til en ny skolestruktur, "
            "som nu forelægges. Indstilling Direktøren indstiller, at forslaget godkendes. Beslutning Godkendt.")
    doc = parse_text(tmp_path, line)
    assert doc.meeting is not None and doc.meeting.absent == ["Frida Lund"]
    assert [[s.heading for s in it.sections] for it in doc.items] == [["Sagsfremstilling", "Indstilling", "Beslutning"]]
