"""Item headers counted in roman numerals or letters, labelled 'Punkt IV', or numbered '# 3' / '[3]', on invented pages
that keep their lines (benchmarks/parse_accuracy/number_forms.py, session 45): each test goes red when its rule is
reverted. The number as printed, without its punctuation."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_TITLES = ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej", "Trafiksikkerhedsplan 2025"]
_BODIES = [["Sagsnr.: 24/1001", "", "Beslutning", "", "Godkendt."],
           ["Sagsnr.: 24/1002", "", "Sagsfremstilling", "", "Forslaget omfatter et boligområde.", "",
            "Beslutning", "", "Anbefales."],
           ["Sagsnr.: 24/1003", "", "Sagsfremstilling", "", "Planen gælder for hele kommunen.", "",
            "Beslutning", "", "Godkendt."]]


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


def _page(marks: list[str], alone: bool = False, listed: bool = True) -> str:
    """A lined meeting page: its contents list, then each item's header (the mark before the title, or alone over
    it) and body."""
    head = ["Referat", "", "Teknik- og Miljøudvalget", "", "Mødedato: 04-06-2024", "", "Mødested: Rådhuset", ""]
    contents = ["Dagsordenspunkter", "", *[f"{m} {t}" for m, t in zip(marks, _TITLES, strict=True)], ""] \
        if listed else []
    bodies = []
    for m, t, b in zip(marks, _TITLES, _BODIES, strict=True):
        bodies += [m, "", t, "", *b, ""] if alone else [f"{m} {t}", "", *b, ""]
    return "\n".join(head + contents + bodies) + "\n"


_GOLD = list(zip(["I", "II", "III"], _TITLES, strict=True))


def test_roman_headers_on_a_lined_page(tmp_path):
    assert _items(tmp_path, _page(["I.", "II.", "III."])) == _GOLD


def test_roman_marks_alone_over_their_titles(tmp_path):
    """'II.' / 'Forslag til …': the count alone on its line, the title under it, as '2.' / title is read."""
    assert _items(tmp_path, _page(["I.", "II.", "III."], alone=True)) == _GOLD


def test_lettered_headers_on_a_lined_page(tmp_path):
    assert [n for n, _ in _items(tmp_path, _page(["A.", "B.", "C."]))] == ["A", "B", "C"]


def test_small_letters_open_their_lines(tmp_path):
    """'b) Forslag …' under a long line is no sentence going on there (lines._continues): its own header."""
    text = _page(["a)", "b)", "c)"]).replace("Mødested: Rådhuset", "Mødested: Rådhuset, mødelokale 2 på første sal")
    text = text.replace("Dagsordenspunkter\n\n", "")
    assert [n for n, _ in _items(tmp_path, text)] == ["a", "b", "c"]


def test_a_count_that_opens_no_bodies_is_no_header(tmp_path):
    """A lettered list inside an item's text ('A. Vejen …', 'B. Stien …') counts from A but opens no body: the items
    stay the numbered ones."""
    text = _page(["1.", "2.", "3."]).replace(
        "Forslaget omfatter et boligområde.",
        "Forslaget omfatter tre dele:\n\nA. Vejen ved skolen\n\nB. Stien langs åen\n\nC. Pladsen ved kirken")
    assert [n for n, _ in _items(tmp_path, text)] == ["1", "2", "3"]


def test_roman_count_after_the_item_label(tmp_path):
    """'Punkt IV: Title': the label makes a roman numeral or a capital letter the item's count, as a digit."""
    items = _items(tmp_path, _page(["Punkt I:", "Punkt II:", "Punkt III:"]))
    assert items == _GOLD
    assert [n for n, _ in _items(tmp_path, _page(["Pkt. A", "Pkt. B", "Pkt. C"]))] == ["A", "B", "C"]


def test_number_sign_before_the_number(tmp_path):
    assert _items(tmp_path, _page(["# 1", "# 2", "# 3"])) == list(zip(["1", "2", "3"], _TITLES, strict=True))


def test_number_sign_on_a_page_of_one_item(tmp_path):
    """'# 148 Title' over one case's body: the page is the item's, not unreadable (the header read by its number)."""
    text = "# 148 Frikommuneforsøg og landspolitisk udvikling\n\nSagsnr.: 16/31575\n\nBeslutningstema\n\n" \
           "Udvalget orienteres om udviklingen.\n\nBeslutning\n\nOrienteringen taget til efterretning.\n"
    assert _items(tmp_path, text) == [("148", "Frikommuneforsøg og landspolitisk udvikling")]


def test_square_brackets_on_a_lined_page(tmp_path):
    assert _items(tmp_path, _page(["[1]", "[2]", "[3]"])) == list(zip(["1", "2", "3"], _TITLES, strict=True))
    assert [n for n, _ in _items(tmp_path, _page(["[1]", "[2]", "[3]"], alone=True))] == ["1", "2", "3"]


def test_square_bracket_alone_over_its_title(tmp_path):
    """'[2]' / 'Forslag til …' with no contents list: the bracketed number alone on its line, as '2.' is read."""
    assert [n for n, _ in _items(tmp_path, _page(["[1]", "[2]", "[3]"], alone=True, listed=False))] == ["1", "2", "3"]


def test_counted_items_in_the_agenda_order(tmp_path):
    """A contents list whose last entry has no body printed below (a closed item): the items still in their count's
    order, as digits order them, not the list's entry before the bodies' headers."""
    text = _page(["I.", "II.", "III."])
    text = text[: text.rindex("III. Trafik")] + "\n"
    assert [n for n, _ in _items(tmp_path, text)] == ["I", "II", "III"]


def test_counted_header_printed_twice(tmp_path):
    """'II. Title' / 'II. Title': a page's header printed again over its body is no rest of the title."""
    text = _page(["I.", "II.", "III."], listed=False)
    text = text.replace("II. Forslag til lokalplan for Skovvej\n", "II. Forslag til lokalplan for Skovvej\n\n"
                        "II. Forslag til lokalplan for Skovvej\n")
    assert _items(tmp_path, text) == _GOLD


def test_one_item_counted_in_the_list_and_over_its_body(tmp_path):
    """A page of one item counts to one twice, its contents entry and its header: 'I' is read."""
    head = "Referat\n\nTeknik- og Miljøudvalget\n\nMødedato: 04-06-2024\n\nDagsordenspunkter\n\n"
    text = head + f"I. {_TITLES[1]}\n\nI. {_TITLES[1]}\n\n" + "\n".join(_BODIES[1]) + "\n"
    assert _items(tmp_path, text) == [("I", _TITLES[1])]


def test_numbers_signed_without_bodies_between_headers(tmp_path):
    """'# 2 Title' and '# 3 Title' with no body under them, between headers that have one: their numbers fill the
    count the headers leave a place for, the number sign marking them as a stop does."""
    text = ("Referat\nTeknik- og Miljøudvalget\nMødedato: 04-06-2024\n\n"
            f"# 1 {_TITLES[0]}\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n# 2 {_TITLES[1]}\n\n"
            f"# 3 {_TITLES[2]}\nSagsnr.: 24/1003\nBeslutning\nGodkendt.\n")
    assert [n for n, _ in _items(tmp_path, text)] == ["1", "2", "3"]


def test_number_sign_alone_over_its_title(tmp_path):
    """'# 2' / 'Forslag til …': the signed number alone on its line, as '• 2' is read."""
    assert [n for n, _ in _items(tmp_path, _page(["# 1", "# 2", "# 3"], alone=True, listed=False))] == ["1", "2", "3"]


def test_number_sign_on_a_flattened_page(tmp_path):
    """'… Godkendelse af dagsorden # 2 Forslag …' on one line: the sign is the next entry's, no end of a title."""
    text = ("Referat Teknik- og Miljøudvalget\n\nTranskript\n\n1 Referat Teknik- og Miljøudvalget 04-06-2024 "
            "kl. 16:00 Rådhuset Dagsordenspunkter # 1 Godkendelse af dagsorden # 2 Forslag til lokalplan for Skovvej "
            "# 3 Eventuelt # 1 Godkendelse af dagsorden Beslutning Godkendt. # 2 Forslag til lokalplan for Skovvej "
            "Sagsfremstilling Forslaget omfatter et boligområde. Beslutning Anbefales. # 3 Eventuelt Beslutning "
            "Intet.\n")
    assert [t for _, t in _items(tmp_path, text)] == ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej",
                                                       "Eventuelt"]
