"""Flattened pages whose items print no number, only the bullets or dashes of their list: a title printed twice in
a row behind its bullet over its body ('• Budget for vejene • Budget for vejene Sagsnr.: …', parse/inline_lines
_DOUBLED_TITLE), such a page read as a meeting although its head names none (parse/flat_blocks.flat_meeting), and a
contents list of bulleted titles run onto one page line (parse/bulleted_contents). Invented text. Each test goes red
when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.bulleted_contents import bulleted_first_entry
from sagsgang.parse.case_label_cuts import case_label_cuts

from .transcript_page import parse_text, viewer_text

# a web page's print: its frame's first words, then each item's bulleted entry unfolded over its body, no number
_DOUBLED_UNDER_FRAME = viewer_text(
    "Du er her",
    "Du er her Referat Dato: Torsdag, Marts 4, 2021 - 08:00 Sted: Mødelokale 2 "
    "• Godkendelse af dagsordenen Godkendelse af dagsordenen Sagsnr. 310001 Skovudvalget Åbent punkt "
    "Skovudvalget, 04-03-2021 Godkendt. "
    "• Plan for nye stier ved søen Plan for nye stier ved søen Sagsnr. 310002 Skovudvalget Åbent punkt "
    "Resume Stierne skal gå rundt om søen. Indstilling Forvaltningen indstiller, at planen godkendes. "
    "Skovudvalget, 04-03-2021 Godkendt.")


def test_doubled_bulleted_titles_make_a_meeting_of_a_page_whose_head_names_none(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _DOUBLED_UNDER_FRAME)
    assert [(it.title, it.case_numbers) for it in doc.items] == [
        ("Godkendelse af dagsordenen", ["310001"]), ("Plan for nye stier ved søen", ["310002"])]


_BULLET_EACH_COPY = viewer_text(
    "Skovudvalget – Referat – 2. marts 2021",
    "Skovudvalget – Referat – 2. marts 2021 • Godkendelse af dagsorden (B) • Godkendelse af dagsorden (B) "
    "Sagsnr.: 330-2021-1111 Beslutningstema Dagsordenen skal godkendes. Beslutning i Skovudvalget den 2. marts "
    "2021: Godkendt. "
    "- Nye stier ved søen (B) - Nye stier ved søen (B) Sagsnr.: 330-2021-2222 Beslutningstema Stierne skal gå "
    "rundt om søen. Beslutning i Skovudvalget den 2. marts 2021: Godkendt.")


def test_a_title_printed_twice_each_behind_its_bullet_or_dash_heads_an_item(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _BULLET_EACH_COPY)
    assert [(it.title, it.case_numbers) for it in doc.items] == [
        ("Godkendelse af dagsorden (B)", ["330-2021-1111"]), ("Nye stier ved søen (B)", ["330-2021-2222"])]


_BULLETED_LIST = viewer_text(
    "UDVALG",
    "UDVALG Skovudvalget MØDE Referat STED Mødelokale 2 STARTTIDSPUNKT 02-03-2021 16:00:00 PUNKTER "
    "• Godkendelse af dagsorden • Orientering om vandløbene • Plan for nye stier ved søen "
    "• Salg af grund ved Bakkevej • Godkendelse af dagsorden Sagsgang og sagstype Skovudvalget Indstilling "
    "Direktøren indstiller, at dagsordenen godkendes. Beslutning i Skovudvalget den 02-03-2021 Godkendt. "
    "• Orientering om vandløbene Sagsgang og sagstype Skovudvalget Sagsfremstilling Vandløbene blev renset i "
    "efteråret. Beslutning i Skovudvalget den 02-03-2021 Taget til efterretning.")


def test_a_bulleted_contents_list_on_one_page_line_lists_the_items(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _BULLETED_LIST)
    assert [it.title for it in doc.items] == ["Godkendelse af dagsorden", "Orientering om vandløbene",
                                              "Plan for nye stier ved søen", "Salg af grund ved Bakkevej"]


def test_each_bulleted_title_takes_the_body_behind_its_bulleted_header(tmp_path: Path) -> None:
    # (the first body runs on from the list's last bullet, the second opens behind a stop and a bullet)
    items = parse_text(tmp_path, _BULLETED_LIST).items
    assert [[d.text for d in it.decisions] for it in items] == [["Godkendt."], ["Taget til efterretning."], [], []]


def test_a_title_between_two_bullets_is_one_title(tmp_path: Path) -> None:
    # ('… bostedet Solgården' ends in a name: a run of titles with no mark between them may part there, a bullet's not)
    text = _BULLETED_LIST.replace("• Plan for nye stier ved søen", "• Orientering om handleplan for bostedet Solgården")
    assert [it.title for it in parse_text(tmp_path, text).items][2] == "Orientering om handleplan for bostedet " \
                                                                         "Solgården"


def test_a_bulleted_list_of_members_is_no_contents_list() -> None:
    # (the names return in the absence list below, but no name is a title's: no word in small letters)
    text = ("1 Deltagere • Anne Berg • Bo Holm • Carl Lund • Dorte Juhl\n\n2 Godkendelse af dagsorden Sagsnr.: 21/1 "
            "Godkendt. Fraværende: • Anne Berg • Bo Holm")
    assert bulleted_first_entry(text) is None


def test_bulleted_points_whose_titles_do_not_come_back_are_no_contents_list() -> None:
    text = ("1 Sagsfremstilling Planen har tre mål: • Flere stier ved søen • Nye bænke på torvet • Bedre lys i "
            "parken • og mere. Indstilling Forvaltningen indstiller, at planen godkendes.")
    assert bulleted_first_entry(text) is None


def _case_headed(mark: str) -> str:
    """A transcript whose items print no number: each title run on after the last item's text, then its header's
    cells (case number, initials, status), each title behind `mark` ('' or the list's bullet). Each body longer
    than a title: a header's label stands alone, where a contents table prints one behind each title."""
    return viewer_text(
        "Godkendelse af dagsorden",
        f"{mark}Godkendelse af dagsorden Sagsnr. 450-2021-1001 Initialer ABC Åbent Sagsfremstilling Dagsordenen skal "
        "godkendes, og udvalget skal tage stilling til, om sagerne på dagsordenen kan behandles i den rækkefølge, "
        "som forvaltningen har foreslået. Beslutning i Byrådet den 2. marts 2021 Godkendt. "
        f"{mark}Spørgetid Sagsnr. 450-2021-1002 Initialer ABC Åbent Sagsfremstilling Der blev ikke stillet spørgsmål. "
        "Borgerne kan stille spørgsmål til byrådet om sager, der er på dagsordenen, og spørgsmålene skal være sendt "
        "til forvaltningen senest fem dage før mødet. Beslutning i Byrådet den 2. marts 2021 Taget til efterretning. "
        f"{mark}Budget 2022 med overslagsårene (2. behandling) Sagsnr. 450-2021-1003 Initialer DEF Åbent "
        "Sagsfremstilling Budgettet skal vedtages. Beslutning i Byrådet den 2. marts 2021 Vedtaget.")


def test_a_title_run_on_after_a_stop_heads_the_case_label_behind_it(tmp_path: Path) -> None:
    # (not the initials' cell after the case number: 'Initialer ABC' is the header's field, the title stands above)
    items = parse_text(tmp_path, _case_headed("")).items
    assert [(it.title, it.case_numbers) for it in items][1:] == [
        ("Spørgetid", ["450-2021-1002"]), ("Budget 2022 med overslagsårene (2. behandling)", ["450-2021-1003"])]


def test_a_contents_tables_case_column_is_not_cut_as_headers_are() -> None:
    # (a label behind each title, within a title's length of the next: the list's column, read by its titles)
    text = " Budget for vejene Sagsnr. 24/1207 Mødeplan for 2022 Sagsnr. 24/1214 Salg af grund Sagsnr. 24/1221"
    assert case_label_cuts(text) == set()


def test_a_bulleted_title_run_on_after_a_stop_heads_the_case_label_behind_it(tmp_path: Path) -> None:
    items = parse_text(tmp_path, _case_headed("• ")).items
    assert [(it.title, it.case_numbers) for it in items][1:] == [
        ("Spørgetid", ["450-2021-1002"]), ("Budget 2022 med overslagsårene (2. behandling)", ["450-2021-1003"])]


_RUN_ON_TITLES = viewer_text(
    "Skovudvalget – Referat – 2. marts 2021",
    "Skovudvalget – Referat – 2. marts 2021 Godkendelse af dagsorden (B) Beslutning Godkendt. Kompetence "
    "Skovudvalget Beslutningstema Skovudvalget skal godkende dagsordenen. Indstilling Direktøren indstiller, at "
    "dagsordenen godkendes. Nye stier ved søen (B) Beslutning Indstilles til Byrådets godkendelse. Kompetence "
    "Byrådet Beslutningstema Byrådet skal godkende planen for nye stier ved søen. Indstilling Direktøren indstiller, "
    "at planen godkendes.")


def test_a_title_run_on_before_the_heading_every_item_opens_with_heads_an_item(tmp_path: Path) -> None:
    # (the first title behind the page's cover repeated, the second behind the last item's stop; 'Beslutning' opens
    # each item)
    items = parse_text(tmp_path, _RUN_ON_TITLES).items
    assert [(it.title, [d.text for d in it.decisions]) for it in items] == [
        ("Godkendelse af dagsorden (B)", ["Godkendt."]),
        ("Nye stier ved søen (B)", ["Indstilles til Byrådets godkendelse."])]


def test_a_title_run_on_before_the_heading_every_item_opens_with_where_a_list_was_read(tmp_path: Path) -> None:
    # (the proposal's and the decision's points, 'At 1:', '1. at', read as a list inside the page line: the titles
    # over the heading each item opens with explain more items)
    body = "Natur- og Miljøudvalget"
    text = viewer_text(
        f"{body} – Referat – 2. marts 2021",
        f"{body} – Referat – 2. marts 2021 Godkendelse af dagsorden (B) Beslutning At 1: Godkendt. Kompetence {body} "
        f"Beslutningstema {body} skal godkende dagsordenen. Indstilling Direktøren indstiller, 1. at {body} godkender "
        "dagsordenen. Nye stier ved søen (B) Beslutning At 1: Indstilles til Byrådets godkendelse. Kompetence: Byrådet "
        "Beslutningstema Byrådet skal godkende planen for nye stier ved søen. Indstilling Direktøren indstiller, 1. at "
        "Byrådet godkender planen.")
    assert [it.title for it in parse_text(tmp_path, text).items] == ["Godkendelse af dagsorden (B)",
                                                                     "Nye stier ved søen (B)"]
