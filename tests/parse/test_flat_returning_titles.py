"""Flattened agendas that number nothing: a list of titles on the first page line whose titles come back further on
as the headers of their bodies, printed twice in a row or once before the body's first cue (Sagsnr., Sagsgang, …).
The returning titles vouch for the list and cut it (parse/returning_titles.returning_heads), and each listed title
finds its body behind its doubled header (parse/inline_headers._past_copy). Invented text. Each test goes red when its
rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.inline_lines import split_inline
from sagsgang.parse.returning_titles import returning_heads

from .transcript_page import parse_text, viewer_text

_PAGE = viewer_text(
    "UDVALG",
    "UDVALG Skovudvalget MØDE Referat STED Mødelokale 2 STARTTIDSPUNKT 02-03-2021 16:00:00 PUNKTER "
    "Godkendelse af dagsorden Orientering om vandløbene Plan for nye stier ved søen Salg af grund ved Bakkevej "
    "Godkendelse af dagsorden Godkendelse af dagsorden Sagsgang og sagstype Skovudvalget Indstilling Direktøren "
    "indstiller, at dagsordenen godkendes. Beslutning i Skovudvalget den 02-03-2021 Godkendt. "
    "Orientering om vandløbene Orientering om vandløbene Sagsnr.: 21/1234 Sagsfremstilling Vandløbene blev renset "
    "i efteråret. Beslutning i Skovudvalget den 02-03-2021 Taget til efterretning.",
    "Plan for nye stier ved søen Plan for nye stier ved søen Sagsnr.: 21/2345 Sagsfremstilling Stierne skal gå "
    "rundt om søen. Beslutning i Skovudvalget den 02-03-2021 Godkendt.")


def test_a_flattened_list_whose_titles_come_back_as_headers(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _PAGE)
    assert [it.title for it in doc.items] == ["Godkendelse af dagsorden", "Orientering om vandløbene",
                                              "Plan for nye stier ved søen", "Salg af grund ved Bakkevej"]


def test_each_listed_title_takes_the_body_behind_its_doubled_header(tmp_path: Path) -> None:
    items = {it.title: it for it in parse_text(tmp_path, _PAGE).items}
    assert [d.text for d in items["Godkendelse af dagsorden"].decisions] == ["Godkendt."]
    assert items["Orientering om vandløbene"].case_numbers == ["21/1234"]
    assert items["Plan for nye stier ved søen"].case_numbers == ["21/2345"]
    assert not items["Salg af grund ved Bakkevej"].decisions


def test_a_title_printed_once_before_its_body_after_a_sentence() -> None:
    text = ("1 Dagsorden Budget for vejene Nye skilte ved havnen Budget for vejene Budget for vejene Sagsnr.: 21/1 "
            "Sagsfremstilling Vejene er slidte. Nye skilte ved havnen Sagsnr.: 21/2 Sagsfremstilling Skiltene mangler.")
    assert [t for _, t in returning_heads(text)] == ["Budget for vejene", "Nye skilte ved havnen"]


def test_a_header_label_before_a_case_number_is_no_title() -> None:
    # ('Nr.12 -' before the case number, the title after it: one header, not two returning titles)
    text = "Nr.12 - 00.01.00-P20-1-24 Lån til hallen\n\n1 Nr.12 - 00.01.00-P20-1-24 Lån til hallen Sagsnr.: 21/3 Tekst."
    assert [t for _, t in returning_heads(text)] == ["Lån til hallen"]


_NO_LIST = viewer_text(
    "Skovudvalget – Referat – 2. marts 2021",
    "Skovudvalget – Referat – 2. marts 2021 Godkendelse af dagsorden (B) Godkendelse af dagsorden (B) "
    "Sagsnr.: 330-2021-1111 Beslutningstema Dagsordenen skal godkendes. Beslutning i Skovudvalget den 2. marts "
    "2021: Godkendt. "
    "Nye stier ved søen (B) Nye stier ved søen (B) Sagsnr.: 330-2021-2222 Beslutningstema Stierne skal gå rundt "
    "om søen. Beslutning i Skovudvalget den 2. marts 2021: Godkendt.")


def test_doubled_titles_head_the_items_of_a_flattened_page_with_no_list(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _NO_LIST)
    assert [(it.title, it.case_numbers) for it in doc.items] == [
        ("Godkendelse af dagsorden (B)", ["330-2021-1111"]), ("Nye stier ved søen (B)", ["330-2021-2222"])]


def test_a_doubled_title_behind_its_number_stays_on_the_header_line() -> None:
    lines = [ln.text for ln in split_inline(" • Pkt. 12 Budget for vejene Budget for vejene Sagsnr. 123456 Tekst.", 0)]
    assert not any(t == "Budget for vejene" for t in lines)


def test_the_route_after_its_heading_is_no_returning_title() -> None:
    # ('Skovudvalget for Vest' printed before, then as the route's value before 'Indstilling': no header)
    text = ("Skovudvalget for Vest Referat Budget for vejene Budget for vejene Sagsgang og sagstype Skovudvalget for "
            "Vest Indstilling Direktøren indstiller, at budgettet godkendes.")
    assert [t for _, t in returning_heads(text)] == ["Budget for vejene"]


def test_the_tail_of_a_title_after_an_abbreviation_is_no_returning_title() -> None:
    # two titles on one matter share their tail after 'vedr.': the second's tail was printed before, inside the
    # first, but its stop is an abbreviation's, so it is no header of its own
    text = ("2 Indhold Regnskab vedr. Fjordstien, etape 1 og Sagsnr. 21/11 Regnskab vedr. Fjordstien, etape "
            "Sagsnr. 21/12 Salg af byggegrunde Sagsnr. 21/13")
    assert returning_heads(text) == []
