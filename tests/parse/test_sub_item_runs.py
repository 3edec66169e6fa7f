"""A list that opens at a sub-item, its base printed as no item of its own ('1a', '1b', '1c': an agenda that numbers its
items as the parts of one point, benchmarks/parse_accuracy/number_forms.py 'num-sub-letter'), on invented pages: each
sub-item is an item, numbered as printed, in a contents list, under it and in headers printed twice. Invented words."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

TITLES = ["Godkendelse af dagsorden", "Ny sti langs fjorden", "Tilskud til bådelauget", "Lys på parkeringspladsen"]
LETTERS = ["1a", "1b", "1c", "1d"]
HEAD = "Referat\nEngudvalget\nMødedato: 04.06.2024 kl. 17:00\nMødested: Mosesalen\n\n"


def _body(k: int) -> str:
    return (f"Sagsnr.: 24/10{k}\n\nSagsfremstilling\n\nForvaltningen har skrevet et kort notat om sagen.\n\n"
            "Beslutning\n\nGodkendt.\n\n")


def _contract(tmp_path: Path, text: str) -> list[dict]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page).to_contract()["items"]


def _numbered(items: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(it["number"], it["title"]) for it in items]


def test_a_list_that_opens_at_a_sub_item(tmp_path: Path) -> None:
    """'1a.', '1b.' then '2.', '3.': no item 1 is printed, the list starts at its first part."""
    numbers = ["1a", "1b", "2", "3"]
    heads = "".join(f"{n}. {t}\n\n{_body(k)}" for k, (n, t) in enumerate(zip(numbers, TITLES, strict=True)))
    items = _contract(tmp_path, HEAD + heads)
    assert _numbered(items) == list(zip(numbers, TITLES, strict=True))
    assert [it["case_numbers"] for it in items] == [[f"24/10{k}"] for k in range(4)]


def test_a_contents_list_of_sub_items_alone(tmp_path: Path) -> None:
    """The contents list only (an excerpt cut before the bodies): '1a' … '1d', their letters in turn, are a run of
    the list's as 1, 2, 3, 4 are."""
    listed = "".join(f"{n} {t}\n" for n, t in zip(LETTERS, TITLES, strict=True))
    assert _numbered(_contract(tmp_path, HEAD + "Dagsordenspunkter\n\n" + listed)) == list(zip(LETTERS, TITLES,
                                                                                                 strict=True))


def test_the_headers_under_a_contents_list_of_sub_items(tmp_path: Path) -> None:
    """The list, then each item's header and body: the header of '1a' comes after the list's '1d', yet it is the
    header of the item the list named, and '1b' goes on from it."""
    listed = "".join(f"  {n} {t}\n" for n, t in zip(LETTERS, TITLES, strict=True))
    heads = "".join(f"Åbent punkt\n\n {n} {t}\n\n{_body(k)}" for k, (n, t) in enumerate(zip(LETTERS, TITLES,
                                                                                            strict=True)))
    items = _contract(tmp_path, HEAD + "Dagsordenspunkter\n\n" + listed + "\n" + heads)
    assert _numbered(items) == list(zip(LETTERS, TITLES, strict=True))
    assert [it["case_numbers"] for it in items] == [[f"24/10{k}"] for k in range(4)]


def test_a_sub_items_header_printed_twice(tmp_path: Path) -> None:
    """Each header printed as a web page's link and again as its heading ('1a Title' / '1a Title' / 'Sagsnr.: …'): the
    second print stands in the run where the first does."""
    heads = "".join(f"{n} {t}\n\n{n} {t}\n\n{_body(k)}" for k, (n, t) in enumerate(zip(LETTERS, TITLES,
                                                                                     strict=True)))
    items = _contract(tmp_path, "Engudvalget – Referat – 4. juni 2024\n\n" + heads)
    assert _numbered(items) == list(zip(LETTERS, TITLES, strict=True))
    assert [it["case_numbers"] for it in items] == [[f"24/10{k}"] for k in range(4)]


def test_a_sub_item_after_an_item_not_its_base_still_opens_no_list(tmp_path: Path) -> None:
    """Only the list's first header may open it at a sub-item: '3a' in item 2's text is that text's."""
    heads = "".join(f"{k + 1}. {t}\n\n{_body(k)}" for k, t in enumerate(TITLES[:3]))
    stray = heads.replace("Beslutning\n\nGodkendt.\n\n3.", "3a Fortsat drøftelse\n\nBeslutning\n\nGodkendt.\n\n3.")
    assert stray != heads
    assert [n for n, _ in _numbered(_contract(tmp_path, HEAD + stray))] == ["1", "2", "3"]
