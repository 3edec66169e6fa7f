"""Item lists whose numbers only their run shows on a flattened page (session 50, number_forms.py's weak rows):
'1a Title 1b Title …' (a point's lettered parts), '145: Title 146: Title …' (bare numbers with a colon) and a long
'a) … e)' run flattened into the page's head line, where no line start anchors its first letter. Invented pages;
each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.header_runs import list_numbers
from sagsgang.parse.number_candidates import candidates
from sagsgang.parse.number_runs import form_marks

_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning for Plimsted Skole",
           "Ansøgning om tilskud til Vrondel Forening", "Lokalplan for Grubbenkvarteret",
           "Salg af areal ved Trolsvej", "Orientering fra formanden"]


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


def _flat_list(marks: list[str], count: int = len(_TITLES)) -> str:
    """A transcript whose one page line holds the meeting's head and its list of `count` items, each title printed
    once behind its mark."""
    listed = " ".join(f"{m} {t}" for m, t in zip(marks, _TITLES[:count], strict=True))
    return ("Referat Plimudvalget\n\nTranskript\n\n1 Referat Plimudvalget UDVALG Plimudvalget MØDE Referat "
            f"STED Rådhuset STARTTIDSPUNKT 12-03-2024 16:00:00 PUNKTER {listed}\n")


def test_flattened_list_of_lettered_parts_of_one_point(tmp_path: Path) -> None:
    # '1a', '1b', …: the point's number glued to a letter counting its parts; the digits anchor the run's first,
    # four parts are enough
    items = _items(tmp_path, _flat_list([f"1{c}" for c in "abcd"], 4))
    assert items == [(f"1{c}", t) for c, t in zip("abcd", _TITLES, strict=False)]


def test_an_address_with_a_letter_is_no_count() -> None:
    # one '2a' behind a street's name, or two parts, counts nothing: a run is three lettered parts or more
    assert form_marks("Ansøgning om byggeri på Trolsvej 2a Sagsnr. 24/0001 Vrondel 3b Gade") == []
    assert [mk.printed for mk in form_marks("Punkter 2a Alfa sag 2b Beta sag 2c Gamma sag")] == ["2a", "2b", "2c"]


def test_flattened_list_numbered_with_colons(tmp_path: Path) -> None:
    # '145: Title 146: Title …': bare numbers with a colon count up one title apart, a running number from 145
    items = _items(tmp_path, _flat_list([f"{k}:" for k in range(145, 151)]))
    assert items == [(str(k), t) for k, t in zip(range(145, 151), _TITLES, strict=True)]


def test_a_decisions_points_with_colons_are_no_list(tmp_path: Path) -> None:
    # a decision's points '1: Godkendt. 2: …' end in sentences: the items stay the listed ones, the outcome whole
    titles = ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej", "Eventuelt"]
    bodies = ["Beslutning Godkendt.", "Sagsfremstilling Forslaget omfatter et boligområde. Beslutning 1: Godkendt. "
              "2: Anbefales over for byrådet. 3: Taget til efterretning.", "Beslutning Intet."]
    listed = " ".join(f"{k}. {t}" for k, t in enumerate(titles, 1))
    heads = " ".join(f"{k}. {t} {b}" for k, (t, b) in enumerate(zip(titles, bodies, strict=True), 1))
    text = ("Referat Teknik- og Miljøudvalget\n\nTranskript\n\n1 Referat Teknik- og Miljøudvalget 04-06-2024 "
            f"kl. 16:00 Rådhuset Dagsordenspunkter {listed} {heads}\n")
    assert _items(tmp_path, text) == [(str(k), t) for k, t in enumerate(titles, 1)]


def test_colon_numbers_count_as_a_list_only_one_title_apart() -> None:
    # three '1:' … '3:' points each ending in a sentence are a decision's, not entries; titles between them are
    points = "Beslutning 1: Godkendt. 2: Anbefales over for byrådet. 3: Taget til efterretning. Sagsfremstilling"
    assert list_numbers(candidates(points), points) == []
    listed = "PUNKTER 145: Godkendelse af dagsorden 146: Oplæg om turisme 147: Budget 2025 Sagsfremstilling"
    assert [c.printed for c in list_numbers(candidates(listed), listed)] == ["145", "146", "147"]


def test_flattened_long_letter_run_needs_no_anchor(tmp_path: Path) -> None:
    # 'a) … f)' printed once, inside the page's head line: six letters counting up from 'a' are a list
    items = _items(tmp_path, _flat_list([f"{c})" for c in "abcdef"]))
    assert items == list(zip("abcdef", _TITLES, strict=True))


def test_initials_in_alphabetical_order_are_no_long_run() -> None:
    # members' initials may count up A, B, C … however many: a capital with a full stop still needs its anchor
    names = "Deltagere Jens A. Hansen, Lise B. Berg, Ole C. Nielsen, Per D. Holm, Eva E. Lund, Bo F. Krag"
    assert form_marks(names) == []
    assert [mk.printed for mk in form_marks("Punkter a) Alfa b) Beta c) Gamma")] == []  # three, once, unanchored


def test_lettered_parts_beside_whole_numbers_keep_their_place(tmp_path: Path) -> None:
    # '2a', '2b', '2c' after item 2 in a run of whole numbers: their own run of three letters joins that run,
    # it does not replace it
    numbers = ["1.", "2.", "2a", "2b", "2c", "3."]
    listed = " ".join(f"{n} {t}" for n, t in zip(numbers, _TITLES, strict=True))
    heads = " ".join(f"{n} {t} Beslutning Godkendt." for n, t in zip(numbers, _TITLES, strict=True))
    text = ("Referat Plimudvalget\n\nTranskript\n\n1 Referat Plimudvalget 12-03-2024 kl. 16:00 Rådhuset "
            f"Dagsordenspunkter {listed} {heads}\n")
    assert _items(tmp_path, text) == [(n.rstrip("."), t) for n, t in zip(numbers, _TITLES, strict=True)]
