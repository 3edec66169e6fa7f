"""Item bodies on pages whose list's last line runs on into the first body (extraction lost the line break), lined
and flattened the way a PDF transcript prints them: the header glued to the list's end is cut off it, every such
header on the line, and the body behind it is cut into its headings though it opens on none of the case-number cues
(parse/glued_headers.split_glued_headers, parse/list_line_bodies.run_on_body); and a heading that names several kinds of
consequence (parse/headings.py). Each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.casenumbers import standalone_case_number
from sagsgang.parse.headings import heading_name, is_cut_heading, is_heading
from sagsgang.parse.inline_lines import split_inline

from .flattening import parse_flattened, tune_page

_SAGSGANG_PAGE = """UDVALG
Byrådet
MØDE
Referat
STED
Byrådssalen
STARTTIDSPUNKT
10-09-2014 18:00:00
PUNKTER
133. Godkendelse af dagsorden til mødet 10. september 2014
134. Beslutning om byudviklingsinitiativer i havneområdet
135. Salg af ejendomme og grunde - Lukket punkt133. Godkendelse af dagsorden til mødet 10. september 2014 \
Sagsgang og sagstype Byrådet Beslutningssag Indstilling Kommunaldirektøren indstiller, at: 1. dagsordenen bliver \
godkendt. Alternativ indstilling Beskrivelse af sagen Der er ingen bemærkninger. Beslutning i Byrådet den \
10-09-2014 Godkendt. Referat Sagsfremstilling134. Beslutning om byudviklingsinitiativer i havneområdet
Sagsgang og sagstype
Byrådet
Beslutningssag
Indstilling
Direktøren indstiller, at udviklingen fortsætter.
"""


def _item(doc, number: str):
    return next(it for it in doc.items if it.number == number)


def test_a_body_opening_on_a_route_heading_behind_its_glued_header(tmp_path: Path) -> None:
    """'… - Lukket punkt133. Godkendelse af dagsorden … Sagsgang og sagstype Byrådet Beslutningssag Indstilling …':
    the header cut off the list's line holds its body, opening on 'Sagsgang og sagstype' (no case-number cue), cut
    into its headings as the lined page prints them, the first heading too."""
    page = tmp_path / "page.txt"
    page.write_text(_SAGSGANG_PAGE, encoding="utf-8")
    item = _item(parse_file(page), "133")
    assert [s.heading for s in item.sections][:4] == \
        ["Sagsgang og sagstype", "Indstilling", "Alternativ indstilling", "Beskrivelse af sagen"]
    assert item.route == ["Byrådet"]


def test_every_header_glued_on_a_line_is_cut_off(tmp_path: Path) -> None:
    """'… Godkendt. Referat Sagsfremstilling134. Beslutning om …': the second glued header on the same line starts its
    own item, so the first item's decision ends before it and the second reads its own route."""
    page = tmp_path / "page.txt"
    page.write_text(_SAGSGANG_PAGE, encoding="utf-8")
    doc = parse_file(page)
    assert "134" not in " ".join(d.text for d in _item(doc, "133").decisions)
    assert _item(doc, "134").route == ["Byrådet"]


def test_glued_headers_of_a_flattened_tune_page(tmp_path: Path) -> None:
    """x0295 flattened: '… juni 201586. Godkendelse af dagsorden … Sagsfremstilling87. Bevilling til …': item 86
    reads its headings from 'Sagsgang og sagstype' on, item 87 its route."""
    doc = parse_flattened(tmp_path, "x0295.txt")
    assert [s.heading for s in _item(doc, "86").sections][:3] == \
        ["Sagsgang og sagstype", "Indstilling", "Alternativ indstilling"]
    assert _item(doc, "87").route == ["Udvalget for Klima og Miljø", "Økonomiudvalget", "Byrådet"]


def test_a_heading_naming_several_kinds_of_consequence() -> None:
    """'Administrative, miljømæssige og sundhedsmæssige konsekvenser' heads a section as 'Miljømæssige konsekvenser'
    does; two kinds without the comma ('Økonomiske og administrative …') stay as they were."""
    assert is_heading("Administrative, miljømæssige og sundhedsmæssige konsekvenser")
    assert not is_heading("Administrative, miljømæssige og sundhedsmæssige forhold blev drøftet")


def test_a_flattened_heading_naming_several_kinds_of_consequence(tmp_path: Path) -> None:
    """x0318 flattened: the heading run into its text mid-line is cut onto a line of its own."""
    doc = parse_flattened(tmp_path, "x0318.txt")
    assert "Administrative, miljømæssige og sundhedsmæssige konsekvenser" in \
        [s.heading for s in _item(doc, "140").sections]



def test_a_bulleted_header_starts_its_line_inside_a_flattened_body() -> None:
    """'… Fraværende: Marianne Hansen (V). • Pkt. 117 Udvikling af … Udvikling.pdf Hoering.pdf Pkt. 117': the bulleted
    header begins a line of its own, as the web page prints it, its files on theirs."""
    texts = [ln.text for ln in split_inline(" Godkendt. Fraværende: Marianne Hansen (V). • Pkt. 117 Udvikling af de "
                                            "musiske skoler Udvikling.pdf Hoering.pdf Pkt. 117", 0)]
    assert "• Pkt. 117 Udvikling af de musiske skoler" in texts


def test_bulleted_headers_of_a_flattened_tune_page(tmp_path: Path) -> None:
    """x0040 flattened: '… • Pkt. 117 Udvikling af … .pdf … .pdf Pkt. 117' / '2 Udvikling … Sagsnr. 278527 Resume …':
    the last item, its title printed again only past the page break, is read with its files, case number and
    headings, not lost to the two items a list read inside the page line holds (flat_blocks._headers_beat_list)."""
    doc = parse_flattened(tmp_path, "x0040.txt")
    assert [it.number for it in doc.items] == ["115", "116", "117"]
    last = _item(doc, "117")
    assert [a.title for a in last.attachments] == [
        "AlleTidersMusikby_-_udvikling_af_de_musiske_skoler_i_Roskilde.pdf", "Hoeringssvar_Roskilde_Musiske_Skole.pdf",
        "Hoeringssvar_Roskilde_Kulturskole.pdf"]
    assert last.case_numbers == ["278527"]
    assert [s.heading for s in last.sections] == ["Resume", "Indstilling", "Beslutningskompetence", "Sagsfremstilling"]
    assert _item(doc, "116").attachments == []


def test_a_heading_of_choices_cut_off_by_the_excerpts_end() -> None:
    """'Retligt grundl': the start of '(?:retligt|juridisk) grundlag', a heading whose pattern holds a choice, spelled
    out in each of its choices so the cut start is known too; a sentence's start is not ('Retten har')."""
    assert is_cut_heading("Retligt grundl")
    assert is_cut_heading("Juridisk grundl")
    assert not is_cut_heading("Retten har")


def test_a_heading_of_several_words_cut_at_a_flattened_bodys_end() -> None:
    """'… skal vurdere. Retligt grundl' (the excerpt's end): the cut heading on a line of its own, its words after a
    sentence's end."""
    texts = [ln.text for ln in split_inline(" Baggrund Økonomiudvalget besluttede, at alle fagudvalg drøfter "
                                            "budgetaftalen. Bilag 1 indeholder en oversigt. Retligt grundl", 0)]
    assert texts[-1] == "Retligt grundl"


def test_a_lined_tune_page_cut_inside_a_heading_of_choices(tmp_path: Path) -> None:
    """x0107, its lines kept and flattened: item 2 ends on 'Retligt grundl', a section as printed."""
    page = tmp_path / "x0107.txt"
    page.write_text(tune_page("x0107.txt").read_text(encoding="utf-8"), encoding="utf-8")
    for doc in (parse_file(page), parse_flattened(tmp_path, "x0107.txt")):
        assert [s.heading for s in _item(doc, "2").sections][-1] == "Retligt grundl"


def test_a_dated_treatment_line_opening_on_an_absence_sentence() -> None:
    """'… Godkendt. Udvalg for Økonomi, Personale og overordnet Planlægning, 07.05.2007 Kurt Petersen var fraværende.
    Anbefales.': the body and date on a line of their own, as the lined page prints them over the decision, though an
    absence sentence and not the outcome follows the date."""
    flat = (" Beslutning Udvalg for Børn og Familie, 11.04.2007 Dusan Jovanovic og Søren Revsbæk var fraværende. "
            "Godkendt. Udvalg for Økonomi, Personale og overordnet Planlægning, 07.05.2007 Kurt Petersen var "
            "fraværende. Anbefales.")
    texts = [ln.text for ln in split_inline(flat, 0)]
    assert "Udvalg for Økonomi, Personale og overordnet Planlægning, 07.05.2007:" in texts


def test_treatment_history_of_a_flattened_tune_page(tmp_path: Path) -> None:
    """x0291 flattened: each earlier treatment a decision of its own, its absentees its own."""
    doc = parse_flattened(tmp_path, "x0291.txt")
    decisions = doc.items[0].decisions
    assert [(d.committee, d.date) for d in decisions][:2] == [
        ("Udvalg for Børn og Familie", "2007-04-11"), ("Udvalg for Økonomi, Personale og overordnet Planlægning",
                                                        "2007-05-07")]
    assert decisions[0].text == "Dusan Jovanovic og Søren Revsbæk var fraværende. Godkendt."
    assert decisions[1].absent == ["Kurt Petersen"]


def test_a_bilag_printed_twice_on_its_flattened_line_is_one() -> None:
    """'Bilag 1 Notat om jordbundsforhold på grunden Notat om jordbundsforhold på grunden Tilbage …': the link's text
    beside its title is one bilag (attachments reads the doubled line once), not a list of two titles."""
    texts = [ln.text for ln in split_inline(" Beslutning Taget til efterretning. Bilag 1 Notat om jordbundsforhold på "
                                            "grunden Notat om jordbundsforhold på grunden", 0)]
    assert texts[-1] == "1 Notat om jordbundsforhold på grunden Notat om jordbundsforhold på grunden"


def test_a_serial_year_case_number_alone_on_its_line(tmp_path: Path) -> None:
    """'053164-2012' under the item's header: a case number of six digits and its year, alone on its line as other
    forms are (x0128, lined and flattened)."""
    assert standalone_case_number("053164-2012") == "053164-2012"
    assert _item(parse_flattened(tmp_path, "x0128.txt"), "2").case_numbers == ["053164-2012"]


def test_a_decision_on_the_page_after_its_treatment_line(tmp_path: Path) -> None:
    """x0029 flattened into short pages: '… konsekvenser i 2016. Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16' /
    '3 Drøftet. Fraværende: Merete Dea Larsen (O). • Pkt. 17 …': the item number ending the page is no page footer,
    and the text before the next bulleted header is the item's, which ran on to this page, no page's lead."""
    doc = parse_flattened(tmp_path, "x0029.txt", chars=500)
    decisions = _item(doc, "16").decisions
    assert [(d.committee, d.date, d.text, d.absent) for d in decisions] == [
        ("Sundheds- og Omsorgsudvalget", "2016-03-03", "Drøftet.", ["Merete Dea Larsen (O)"])]


def test_a_decision_heading_in_capitals_counts_as_beslutning() -> None:
    """'BESLUTNING I BYRÅDET den 14-12-2017' heads a section recorded as 'Beslutning', as 'Beslutning i Byrådet den …'
    is (parse-output: a 'Beslutning i X den D' heading counts as 'Beslutning'); a plain heading keeps its print."""
    assert heading_name("BESLUTNING I BYRÅDET den 14-12-2017") == "Beslutning"
    assert heading_name("Beslutning i Byrådet den 14-12-2017") == "Beslutning"
    assert heading_name("BESLUTNING") == "BESLUTNING"


def test_a_body_on_the_page_after_a_header_cut_off_the_list(tmp_path: Path) -> None:
    """x0295 flattened: '… Sagsfremstilling87. Bevilling til oprensning af olieforurening' / '2 Sagsgang og sagstype
    Udvalget for Klima og Miljø, … Indstilling …': the header cut off the glued line stands alone, and its body's
    page line is cut into its headings as the lined page prints them."""
    doc = parse_flattened(tmp_path, "x0295.txt")
    assert [s.heading for s in _item(doc, "87").sections] == \
        ["Sagsgang og sagstype", "Indstilling", "Alternativ indstilling", "Beskrivelse af sagen"]
