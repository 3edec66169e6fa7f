"""A transcript of a meeting whose items are unnumbered, each title printed over its case-number label: flattened,
each title runs on after the last item's decision ('… Godkendt. Budget for vejene Sagsnr.: 24/12 …'). The title is
cut off where that decision's last sentence ends (case_label_cuts._title_before), so it heads its own item and is no
part of the decision before it. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.inline_lines import split_inline

from .transcript_page import FRAME, parse_text

_ITEMS = [("24/1234", "Trafiksikkerhedsplan for Mosedal"), ("24/2345", "Budgetopfølgning for første kvartal"),
          ("24/3456", "Orientering om vejarbejde på Kløvervej")]


def _page() -> str:
    body = " ".join(f"{title} Sagsnr.: {case} Sagsfremstilling Forvaltningen har skrevet et notat om sagen. "
                    "Beslutning Godkendt." for case, title in _ITEMS)
    cover = "1 Referat Klimaudvalget Mødedato: 12. marts 2024 kl. 16.00 Mødested: Byhuset. "
    return FRAME.format(body="Klimaudvalget", pages=cover + body)


def test_titles_run_on_after_the_last_decision_head_their_items(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page())
    by_case = {it.case_numbers[0]: it for it in doc.items if it.case_numbers}
    assert by_case["24/2345"].title == "Budgetopfølgning for første kvartal"
    assert by_case["24/3456"].title == "Orientering om vejarbejde på Kløvervej"
    assert [d.text for d in by_case["24/1234"].decisions] == ["Godkendt."]  # not '… Godkendt. Budgetopfølgning …'


def _lines(text: str) -> list[str]:
    return [ln.text for ln in split_inline(text, 0)]


def test_no_cut_at_a_number_an_initial_a_label_or_a_list_of_names() -> None:
    """An item's number heads its title; a name's initial ends no sentence; a label's value and a list of names
    before the case label are no title."""
    assert "Budget for vejene" not in _lines("Beslutning Godkendt. 2. Budget for vejene Sagsnr.: 24/12 Tekst")
    assert "Dahl" not in _lines("Medlemmer: Anne Hansen og Jens W. Dahl Sagsnr.: 24/12 Indstilling Tekst")
    assert "Bemærk: se vedlagte notat" not in _lines(
        "Beslutning Godkendt. Bemærk: se vedlagte notat Sagsnr.: 24/12 Tekst")
    assert "Lars Kolling, Mike Maarup, Ib Lund" not in _lines(
        "Afbud fra Bo Hansen. Lars Kolling, Mike Maarup, Ib Lund Sagsnr.: 24/12 Indstilling Tekst")



def _labelled_page(label: str) -> str:
    """The same items, each title followed by `label` (its '{case}' the item's case number) and the body."""
    body = " ".join(f"{title} {label.format(case=case)} Sagsfremstilling Forvaltningen har skrevet et notat om sagen. "
                    "Beslutning Godkendt." for case, title in _ITEMS)
    cover = "1 Referat Klimaudvalget Mødedato: 12. marts 2024 kl. 16.00 Mødested: Byhuset. "
    return FRAME.format(body="Klimaudvalget", pages=cover + body)


def _titles_and_cases(tmp_path: Path, label: str) -> tuple[list[str], list[str]]:
    doc = parse_text(tmp_path, _labelled_page(label))
    return [it.title for it in doc.items], [c for it in doc.items for c in it.case_numbers]


def test_a_case_label_before_a_serial_of_digits_heads_the_item() -> None:
    """'Sagsnr. 249050' (no colon) before a serial of digits is a label as 'Sagsnr.:' is, the title before it cut."""
    lines = _lines("Beslutning Godkendt. Budget for vejene Sagsnr. 249050 Sagsfremstilling Forvaltningen har skrevet.")
    assert lines[1:3] == ["Budget for vejene", "Sagsnr. 249050"]


def test_a_label_of_two_words_is_one_label(tmp_path: Path) -> None:
    """'Acadre sagsnr.: 24/2345': the vendor's word opens the label, no title's last word or line of its own."""
    titles, cases = _titles_and_cases(tmp_path, "Acadre sagsnr.: {case}")
    assert titles[1:] == [t for _, t in _ITEMS][1:]
    assert cases == [c for c, _ in _ITEMS]


def test_the_document_number_under_the_case_number_is_no_title(tmp_path: Path) -> None:
    """'Sagsnr.: 24/2345 Dok.nr.: 99/2345': the document's number is a field of the header, not the item's title."""
    titles, cases = _titles_and_cases(tmp_path, "Sagsnr.: {case} Dok.nr.: 99/5501")
    assert titles[1:] == [t for _, t in _ITEMS][1:]
    assert cases == [c for c, _ in _ITEMS]

