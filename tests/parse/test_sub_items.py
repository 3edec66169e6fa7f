"""Items numbered as sub-items of the item before them ('2a', '2 a', '2.a' between items 2 and 3: an item added late,
benchmarks/parse_accuracy/number_forms.py 'num-sub-beside', '-space', '-dot'), on invented pages: each is an item of
its own, numbered as printed without its space or stop ('2a'), in the contents list, the item headers and a
flattened transcript line alike; a sub-item's number that sits in no run of items ('Vestergade 2a', '§ 2a', a stray
'3a') opens none. Invented words."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare
from sagsgang.parse.sub_items import follows, sub_printed

TITLES = ["Godkendelse af dagsorden", "Ny sti langs fjorden", "Tilskud til bådelauget", "Lys på parkeringspladsen",
          "Eventuelt"]


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


def _numbers(mark: str) -> list[str]:
    """1, 2, 2a, 3, 4 with the sub-item's letter set after its base by `mark`."""
    return ["1", "2", f"2{mark}a", "3", "4"]


def _head() -> str:
    return "Referat\nEngudvalget\nMødedato: 04.06.2024 kl. 17:00\nMødested: Mosesalen\n\n"


def _body(k: int, extra: str = "") -> str:
    return (f"Sagsnr.: 24/10{k}\n\nSagsfremstilling\n\nForvaltningen har skrevet et kort notat om sagen.{extra}\n\n"
            "Beslutning\n\nGodkendt.\n\n")


def _stop(number: str) -> str:
    return "" if number[-1].isalpha() else "."


@pytest.mark.parametrize("mark", ["", " ", "."], ids=["2a", "2 a", "2.a"])
def test_a_sub_item_in_the_contents_list_is_an_item(tmp_path: Path, mark: str) -> None:
    """The contents list alone (the excerpt cut before the bodies): '2a' stands in the run 1, 2, 2a, 3, 4."""
    listed = "".join(f"{n}{_stop(n)} {t}\n" for n, t in zip(_numbers(mark), TITLES, strict=True))
    items = _items(tmp_path, _head() + "Dagsorden\n\n" + listed)
    assert items == [(n, t) for n, t in zip(["1", "2", "2a", "3", "4"], TITLES, strict=True)]


@pytest.mark.parametrize("label", ["Pkt. {n}", "Punkt {n}:", "Punkt {n} -", "Dagsordenspunkt {n}", "Sag nr. {n}"])
@pytest.mark.parametrize("own_line", [False, True])
def test_a_sub_items_number_behind_an_items_label(tmp_path: Path, label: str, own_line: bool) -> None:
    # 'Pkt. 2a' / 'Punkt 2a:' as the other headers print their numbers, the title after it or on the line below
    sep = "\n" if own_line else " "
    heads = "".join(f"{label.format(n=n)}{sep}{t}\n\n{_body(k)}"
                    for k, (n, t) in enumerate(zip(_numbers(""), TITLES, strict=True)))
    assert _items(tmp_path, _head() + heads) == list(zip(["1", "2", "2a", "3", "4"], TITLES, strict=True))


@pytest.mark.parametrize("mark", ["", " ", "."], ids=["2a", "2 a", "2.a"])
def test_a_sub_items_header_opens_its_own_body(tmp_path: Path, mark: str) -> None:
    heads = "".join(f"{n}{_stop(n)} {t}\n\n{_body(k)}"
                    for k, (n, t) in enumerate(zip(_numbers(mark), TITLES, strict=True)))
    doc = parse_file(_write(tmp_path, _head() + heads)).to_contract()
    assert [(it["number"], it["title"]) for it in doc["items"]] == list(zip(["1", "2", "2a", "3", "4"], TITLES,
                                                                            strict=True))
    assert [it["case_numbers"] for it in doc["items"]] == [[f"24/10{k}"] for k in range(5)]


def test_a_sub_items_number_alone_on_its_line(tmp_path: Path) -> None:
    """Each item's header printed twice, as a web page's fold-out prints it: the number and title on one line, then the
    number's cell alone ('2.', '2a') over the title again; the cells are the headers read, '2a' among them."""
    heads = "".join(f"  {n}{_stop(n)} {t}\n\n    {n}{_stop(n)}\n\n    {t}\n\n{_body(k)}"
                    for k, (n, t) in enumerate(zip(_numbers(""), TITLES, strict=True)))
    assert _items(tmp_path, _head() + heads) == list(zip(["1", "2", "2a", "3", "4"], TITLES, strict=True))


def test_a_sub_item_without_a_cue_after_its_base(tmp_path: Path) -> None:
    """'4.', '4a', '5.' and '6.' at the end with no body under the first three: the headers' run numbers them all
    (the bodies above are long, so no list reads them)."""
    long = (" Notatet beskriver sagens baggrund, de økonomiske forhold og de muligheder, som udvalget har for at vælge"
            " mellem de tre forslag, der er kommet fra borgerne i området.") * 2
    heads = "".join(f"{k + 1}. {t}\n\n{_body(k, long)}" for k, t in enumerate(TITLES[:3]))
    tail = ("4. Lys på parkeringspladsen\n\n4a Skilte ved stranden\n\n5. Orientering\n\n6. Eventuelt\n\n"
            "Beslutning\n\nIntet.\n")
    assert [n for n, _ in _items(tmp_path, _head() + heads + tail)] == ["1", "2", "3", "4", "4a", "5", "6"]


def test_a_flattened_list_runs_its_sub_item_into_its_base_entry(tmp_path: Path) -> None:
    """A transcript's list on one line: the number chain reads whole numbers, so '2a' ran on inside entry 2."""
    listed = " ".join(f"{n}{_stop(n)} {t}" for n, t in zip(_numbers(""), TITLES, strict=True))
    text = ("Referat Engudvalget\n\nTranskript\n\n1 Referat Engudvalget 04.06.2024 kl. 17:00 Mosesalen "
            f"Dagsordenspunkter {listed}\n")
    assert _items(tmp_path, text) == list(zip(["1", "2", "2a", "3", "4"], TITLES, strict=True))


def test_a_flattened_run_of_headers_holds_the_sub_items_header(tmp_path: Path) -> None:
    """Headers with their bodies behind them on one line, each title cut at its case label."""
    heads = " ".join(f"{n}{_stop(n)} {t} Sagsnr.: 24/10{k} Sagsfremstilling Forvaltningen har skrevet et notat. "
                     "Beslutning Godkendt." for k, (n, t) in enumerate(zip(["1", "2", "2a"], TITLES, strict=False)))
    text = ("Referat Engudvalget\n\nTranskript\n\n1 Referat Engudvalget 04.06.2024 kl. 17:00 Mosesalen Deltagere "
            f"Ida Skov, Bo Holm {heads}\n")
    assert _items(tmp_path, text) == list(zip(["1", "2", "2a"], TITLES, strict=False))


@pytest.mark.parametrize("line", ["Vestergade 2a Rønne", "§ 2a Stk. 1 gælder fortsat.", "3a Fortsat drøftelse",
                                  "2a-3 Bilag til sagen", "2.3.2024 Mødet blev holdt"])
def test_a_sub_items_number_outside_its_run_opens_no_item(tmp_path: Path, line: str) -> None:
    """In item 2's text: an address, a paragraph, a sub-number whose base is not the item before ('3a' under item 2),
    a number run on by a dash, a date: none is the run's next."""
    heads = "".join(f"{k + 1}. {t}\n\n{_body(k, chr(10) * 2 + line if k == 1 else '')}"
                    for k, t in enumerate(TITLES[:4]))
    assert [n for n, _ in _items(tmp_path, _head() + heads)] == ["1", "2", "3", "4"]


def test_the_run_a_sub_item_sits_in() -> None:
    assert follows("2", "2a") and follows("2a", "2b") and follows("2", "2 a") and follows("2", "2.a")
    assert not follows("2", "3a") and not follows("2", "2b") and not follows("2a", "2c") and not follows(None, "2a")
    assert [sub_printed(n) for n in ("2 a", "2.a", "2A", "12")] == ["2a", "2a", "2A", "12"]


def _write(tmp_path: Path, text: str) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return page


def test_the_agenda_order_puts_a_sub_item_after_its_base(tmp_path: Path) -> None:
    """The contents list above the bodies of items 1 and 2 (an excerpt cut there): the agenda's order is the
    numbers', '2a' right after 2 and before 3."""
    listed = "".join(f"{n}{_stop(n)} {t}\n" for n, t in zip(_numbers(""), TITLES, strict=True))
    heads = "".join(f"{k + 1}. {t}\n\n{_body(k)}" for k, t in enumerate(TITLES[:2]))
    items = _items(tmp_path, _head() + "Dagsorden\n\n" + listed + "\n" + heads)
    assert [n for n, _ in items] == ["1", "2", "2a", "3", "4"]


def test_a_long_sub_item_title_does_not_cut_its_bases_title() -> None:
    """Entry 2 and its long sub-item read as one overlong span, which the list cuts at a capital ('Orientering om' /
    'Personalepolitisk …'): the text on each side of '2a' is the two titles."""
    titles = ["Godkendelse af dagsorden", "Orientering om Personalepolitisk redegørelse 2017",
              "Forslag fra et medlem om at holde udvalgets møder ude i lokalområderne, skiftevis i de fire største"
              " byer",
              "Budget 2025", "Eventuelt", "Lys på stien"]
    listed = "".join(f"{n} {t}\n" for n, t in zip(["1.", "2.", "2a", "3.", "4.", "5."], titles, strict=True))
    entries = find_item_list(prepare("Dagsorden\n\n" + listed))
    assert [(e.number, e.title) for e in entries] == list(zip(["1", "2", "2a", "3", "4", "5"], titles, strict=True))


def test_a_bare_sub_item_cell_outside_its_run_is_no_header(tmp_path: Path) -> None:
    """'3a' alone over a title under item 2's cell (its base is not the item before): no item, as '2a' there is."""
    heads = "".join(f"  {n}. {t}\n\n    {n}.\n\n    {t}\n\n{_body(k)}" for k, (n, t) in enumerate(zip(
        ["1", "2", "3"], TITLES, strict=False)))
    stray = heads.replace("Beslutning\n\nGodkendt.\n\n  3.", "3a\n\nSkilte ved stranden\n\nSagsnr.: 24/999\n\n"
                          "Beslutning\n\nGodkendt.\n\n  3.")
    assert stray != heads
    assert [n for n, _ in _items(tmp_path, _head() + stray)] == ["1", "2", "3"]


def test_a_contents_run_goes_on_over_its_sub_item(tmp_path: Path) -> None:
    """'1.', '2.', '2a', '3.' one a line over item 1's body: the numbered titles are a run of the list's (2 then 3,
    2a in its place between them), so item 2 is listed, not only its sub-item."""
    listed = "".join(f"{n}{_stop(n)} {t}\n" for n, t in zip(_numbers(""), TITLES, strict=True))
    items = _items(tmp_path, _head() + "PUNKTER\n\n" + listed + "\n\n" + f"1. {TITLES[0]}\n\n{_body(0)}")
    assert items == list(zip(["1", "2", "2a", "3", "4"], TITLES, strict=True))


@pytest.mark.parametrize("item", [2, 3], ids=["inside", "last"])
@pytest.mark.parametrize("sentence", ["Ejendommen Vestergade {n}a Rønne er solgt.", "Se § {n}a Stk. 1 i loven.",
                                      "Sagen {n}a Hovedgaden blev udsat."])
def test_a_sub_items_number_in_a_flattened_body_opens_no_item(tmp_path: Path, sentence: str, item: int) -> None:
    """In an item's flattened body (item 2's, or the last item's, whose body the list reads to the text's end): an
    address, a paragraph, a number before a title-like word. A header of the page runs its title to the cue every
    header prints first ('Sagsnr:'); these run to the body's 'Beslutning'."""
    heads = " ".join(f"Print {n}. {t} Sagsnr: 24/10{k} Sagsfremstilling Forvaltningen har skrevet et notat. "
                     f"{sentence.format(n=item) if k == item - 1 else ''} Beslutning Godkendt."
                     for k, (n, t) in enumerate(zip(["1", "2", "3"], TITLES, strict=False)))
    text = ("Referat Engudvalget\n\nTranskript\n\n1 Referat Engudvalget 04.06.2024 kl. 17:00 Mosesalen Deltagere "
            f"Ida Skov, Bo Holm {heads}\n")
    assert _items(tmp_path, text) == list(zip(["1", "2", "3"], TITLES, strict=False))


def test_a_paragraph_in_a_flattened_list_title_is_no_sub_item(tmp_path: Path) -> None:
    """'§ 2a' in entry 2's title: the paragraph sign makes the number a law's paragraph."""
    titles = ["Godkendelse af dagsorden", "Tilladelse efter § 2a Stk. 3", "Budget 2025", "Eventuelt"]
    listed = " ".join(f"{k}. {t}" for k, t in enumerate(titles, 1))
    text = ("Referat Engudvalget\n\nTranskript\n\n1 Referat Engudvalget 04.06.2024 kl. 17:00 Mosesalen "
            f"Dagsordenspunkter {listed}\n")
    assert [n for n, _ in _items(tmp_path, text)] == ["1", "2", "3", "4"]


def test_a_title_wrapped_before_an_address_number_and_the_preposition_i_is_no_sub_item(tmp_path: Path) -> None:
    """'28) Forslag til Lokalplan for … Nørregade' / '41 i Tune': the title's wrapped house number and the preposition
    'i' (in), no sub-item '41i' - the letter set off by a space is never the preposition."""
    page = ("Referat\nByrådet\nMødedato: 12. marts 2024\n\n27) Fleksibel udlejning i boligområder\n\nSagsnr.: 22-013796"
            "\n\nResume\nTekst om sagen.\n\n28) Forslag til Lokalplan nr. 15.25 - Vandværket - Nørregade\n41 i Tune\n\n"
            "Sagsnr.: 22-013797\n\nResume\nVandværket ønsker at udvide.\n\n29) Energibesparelsesprojekter\n\n"
            "Sagsnr.: 22-013798\n\nResume\nTekst.\n")
    assert _items(tmp_path, page)[1] == ("28", "Forslag til Lokalplan nr. 15.25 - Vandværket - Nørregade 41 i Tune")
