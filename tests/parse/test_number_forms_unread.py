"""Item numbers printed in forms the parser did not read (benchmarks/parse_accuracy/number_forms.py, session 44),
on invented pages: each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


# --- 'Nr. 3 Title': capitalised 'Nr.' labels the item's number, as 'Sag nr.' does; 'lokalplan nr. 3' is a reference

_NR_FLAT = ("Referat Teknik- og Miljøudvalget\n\nTranskript\n\n"
            "1 Referat Teknik- og Miljøudvalget 04-06-2024 kl. 16:00 Rådhuset Dagsordenspunkter "
            "Nr. 1 Godkendelse af dagsorden Nr. 2 Forslag til lokalplan nr. 3 for Skovvej "
            "Nr. 3 Trafiksikkerhedsplan 2025 Nr. 4 Eventuelt "
            "Nr. 1 Godkendelse af dagsorden 24-001122 Beslutning Godkendt. "
            "Nr. 2 Forslag til lokalplan nr. 3 for Skovvej 24-001123 Sagsfremstilling Forslaget omfatter et "
            "boligområde ved Skovvej. Beslutning Anbefales. "
            "Nr. 3 Trafiksikkerhedsplan 2025 24-001124 Sagsfremstilling Planen gælder for hele kommunen. "
            "Beslutning Godkendt. Nr. 4 Eventuelt Beslutning Intet.\n")


def test_flattened_items_numbered_nr(tmp_path):
    items = _items(tmp_path, _NR_FLAT)
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
    assert items[1][1] == "Forslag til lokalplan nr. 3 for Skovvej"
    assert items[3][1] == "Eventuelt"


# --- 'IV. Title', 'C. Title', '[3] Title': a roman numeral, a letter or a square bracket counting the items, read
# where a run of them counts from the first (number_runs); the number as printed, without its punctuation


def _flat_page(marks: list[str], extra: str = "") -> str:
    titles = ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej", "Trafiksikkerhedsplan 2025",
              "Eventuelt"]
    bodies = ["Beslutning Godkendt.", "Sagsfremstilling Forslaget omfatter et boligområde. Beslutning Anbefales.",
              "Sagsfremstilling Planen gælder for hele kommunen. Beslutning Godkendt.", "Beslutning Intet."]
    listed = " ".join(f"{m} {t}" for m, t in zip(marks, titles, strict=True))
    heads = " ".join(f"{m} {t} {b}" for m, t, b in zip(marks, titles, bodies, strict=True))
    return ("Referat Teknik- og Miljøudvalget\n\nTranskript\n\n1 Referat Teknik- og Miljøudvalget 04-06-2024 "
            f"kl. 16:00 Rådhuset {extra}Dagsordenspunkter {listed} {heads}\n")


def test_flattened_items_numbered_in_roman_numerals(tmp_path):
    items = _items(tmp_path, _flat_page(["I.", "II.", "III.", "IV."]))
    assert items == [("I", "Godkendelse af dagsorden"), ("II", "Forslag til lokalplan for Skovvej"),
                     ("III", "Trafiksikkerhedsplan 2025"), ("IV", "Eventuelt")]


def test_flattened_items_numbered_by_letters(tmp_path):
    assert [n for n, _ in _items(tmp_path, _flat_page(["A.", "B.", "C.", "D."]))] == ["A", "B", "C", "D"]
    assert [n for n, _ in _items(tmp_path, _flat_page(["a)", "b)", "c)", "d)"]))] == ["a", "b", "c", "d"]


def test_flattened_items_numbered_in_square_brackets(tmp_path):
    """The number without its brackets; the last entry's title ends where the first is printed again ('[1] …')."""
    items = _items(tmp_path, _flat_page(["[1]", "[2]", "[3]", "[4]"]))
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
    assert items[3][1] == "Eventuelt"


def test_initials_of_names_count_no_items(tmp_path):
    """Members' initials ('Jens A. Hansen, Lise B. Berg, Ole C. Nielsen') rise as letters do, but run from no
    list's first entry: the items stay the numbered ones."""
    names = "Deltagere Jens A. Hansen, Lise B. Berg, Ole C. Nielsen, Per D. Holm "
    items = _items(tmp_path, _flat_page(["1.", "2.", "3.", "4."], names))
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
    assert items[0][1] == "Godkendelse af dagsorden"


def test_lettered_groups_over_numbered_items_are_no_items(tmp_path):
    """'A. Åbne punkter' / 'B. Lukkede punkter' head the groups of a numbered list, in the list and over the
    bodies alike: printed twice and counting from A, they are still no items."""
    listed = ("A. Åbne punkter 1. Godkendelse af dagsorden 2. Trafiksikkerhedsplan 2025 "
              "B. Lukkede punkter 3. Salg af grund ved Skovvej")
    heads = ("A. Åbne punkter 1. Godkendelse af dagsorden Beslutning Godkendt. 2. Trafiksikkerhedsplan 2025 "
             "Sagsfremstilling Planen gælder for hele kommunen. Beslutning Godkendt. "
             "B. Lukkede punkter 3. Salg af grund ved Skovvej Beslutning Godkendt.")
    text = ("Referat Teknik- og Miljøudvalget\n\nTranskript\n\n1 Referat Teknik- og Miljøudvalget 04-06-2024 "
            f"kl. 16:00 Rådhuset Dagsordenspunkter {listed} {heads}\n")
    items = _items(tmp_path, text)
    assert [n for n, _ in items] == ["1", "2", "3"]
    assert items[1][1] == "Trafiksikkerhedsplan 2025"


def test_flattened_items_numbered_sag_of_count(tmp_path):
    """'Sag 2 af 4 Title': 'Sag' alone, capitalised, labels the number and its count after it, as 'Punkt 2 af 4'
    does; a count after no label ('3 af 5 Medlemmer') still numbers nothing."""
    text = _flat_page(["Sag 1 af 4", "Sag 2 af 4", "Sag 3 af 4", "Sag 4 af 4"], "3 af 5 Medlemmer mødt ")
    assert [n for n, _ in _items(tmp_path, text)] == ["1", "2", "3", "4"]


def test_members_parties_in_brackets_count_no_items(tmp_path):
    # a council's members one a line, the parties after the names cycling as the seats fall (A, V, C, F, O, Ø, B, I):
    # A, B, C come in order and '(A)' stands twice before the same first name, as a list's mark and its item's
    # header would; the bracketed letter is the party's, never an item's mark
    first = ["Jens", "Marie", "Anne", "Zoë", "Mehmet", "Ahmed", "Jean-Luc", "Hülya", "Séverine", "Bjørn", "Niels",
             "Ida"]
    last = ["Holm", "Berg", "Lund", "Müller", "Çelik", "Amrani", "Dam", "Öztürk", "Dubois", "Bech", "Sand", "Kjær",
            "Ry"]
    names = [f"{first[k % 12]} {last[k % 13]} ({'AVCFOØBI'[k % 8]})" for k in range(31)]
    page = ("Byrådet\n\nDeltagere:\n" + "\n".join(names) + "\n\nMøde lokation\n\nRådhuset\n\nDagsorden\n\n"
            "Punkt Titel\n16 Budget 2025\nResume\n\nKommunen har lavet et budget.\n\nSagsfremstilling\n\n"
            "Budgettet er lagt efter de vedtagne rammer.\n")
    assert _items(tmp_path, page) == [("16", "Budget 2025")]


# --- '3 . Title', '3/ Title': the item's number with another stop on a lined page (header_patterns.NUMBER_STOP); a
# ratio or a scale in a body line ('3/4 af området', '1:1000') has no space after its stop and numbers nothing


def _lined_page(marks: list[str]) -> str:
    titles = ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej", "Trafiksikkerhedsplan 2025",
              "Eventuelt"]
    bodies = [["Beslutning", "Godkendt."],
              ["Sag nr. 24-001123", "Sagsfremstilling", "3/4 af området ligger ved Skovvej.", "Beslutning",
               "Anbefales."],
              ["Sag nr. 24-001124", "Sagsfremstilling", "1:1000 er kortets målestok.", "Beslutning", "Godkendt."],
              ["Beslutning", "Intet."]]
    lines = ["Referat", "Teknik- og Miljøudvalget", "Mødedato: 04-06-2024 kl. 16:00", "Mødested: Rådhuset", "",
             "Indholdsfortegnelse", *(f"{m} {t}" for m, t in zip(marks, titles, strict=True))]
    for m, t, b in zip(marks, titles, bodies, strict=True):
        lines += ["", f"{m} {t}", "", *b]
    return "\n".join(lines) + "\n"


def test_lined_items_numbered_with_a_spaced_full_stop_or_a_slash(tmp_path):
    for marks in (["1 .", "2 .", "3 .", "4 ."], ["1/", "2/", "3/", "4/"]):
        items = _items(tmp_path, _lined_page(marks))
        assert items == [("1", "Godkendelse af dagsorden"), ("2", "Forslag til lokalplan for Skovvej"),
                         ("3", "Trafiksikkerhedsplan 2025"), ("4", "Eventuelt")], marks
