"""Pages that keep their lines (HTML pages as text): meeting facts printed as table rows with `|` cell
borders, item numbers before a reading number, closed items, titles and the municipality as such pages print
them. Each page is small and synthetic; the expected value is read off the page by the annotation rules
(shared/spec/annotation-rules.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_HEAD = "| Rss | Tip en ven | Print |\nReferat\n\nØkonomiudvalget\n\n"
_ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Budget 2025\n\nBeslutning\nAnbefales.\n"


def _parse(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()


@pytest.mark.parametrize("rows", [
    # a table of label and value cells, its borders printed as bars
    "| Mødested | Byrådssalen |\n| Dato | 12.03.2024 |\n| Tid | 16:00 |",
    "|Mødested|Byrådssalen|\n|Dato|12.03.2024|\n|Tid|16:00|",
    # a head row of labels over a row of values
    "| Dato | Tid | Sted |\n| 12.03.2024 | 16:00 | Byrådssalen |",
    "| Mødedato | Mødetidspunkt | Mødested |\n|---|---|---|\n| 12.03.2024 | 16:00 | Byrådssalen |",
    # labels with colons in cells of their own, two pairs a row
    "| Dato: | 12.03.2024 | Tid: | 16:00 |\n| Sted: | Byrådssalen | | |",
])
def test_meeting_facts_in_cell_rows(tmp_path: Path, rows: str) -> None:
    m = _parse(tmp_path, _HEAD + rows + _ITEMS)["meeting"]
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == \
        ("Økonomiudvalget", "2024-03-12", "16:00", "Byrådssalen")


def test_label_rows_are_no_toolbar(tmp_path: Path) -> None:
    """A row of two short cells without digits ('| Udvalg | Økonomiudvalget |') is a label and its value,
    not a toolbar of the site (which still goes: '| Rss | Tip en ven | Print |')."""
    page = ("| Rss | Tip en ven | Print |\nReferat\n\n| Udvalg | Økonomiudvalget |\n| Mødedato | 12.03.2024 |\n"
            "| Deltagere | Anne Hansen (A), Bo Jensen (V) |\n| Fraværende | Bo Jensen (V) |" + _ITEMS)
    m = _parse(tmp_path, page)["meeting"]
    assert m["committee"] == "Økonomiudvalget"
    assert m["absent"] == ["Bo Jensen (V)"]
    assert m["participants"] == ["Anne Hansen (A)", "Bo Jensen (V)"]


def test_item_number_before_a_reading_number(tmp_path: Path) -> None:
    """'4. 2. Behandling af budget 2025': the item's number, then the reading's (part of the title)."""
    page = ("Referat\nByrådet\nMødedato: 12.03.2024 kl. 17:00\nMødested: Byrådssalen\n\n"
            "3. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
            "4. 2. Behandling af budget 2025\n\nBeslutning\nVedtaget.\n\n"
            "5. 1. Behandling af lokalplan 45\n\nBeslutning\nAnbefales.\n")
    items = [(it["number"], it["title"]) for it in _parse(tmp_path, page)["items"]]
    assert items == [("3", "Godkendelse af dagsorden"), ("4", "2. Behandling af budget 2025"),
                     ("5", "1. Behandling af lokalplan 45")]


_MINUTES = ("Referat\nByrådet\nMødedato: 12.03.2024 kl. 17:00\nMødested: Byrådssalen\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n")


@pytest.mark.parametrize(("item", "expected"), [
    # the marker is the whole title: kept as printed, the item closed
    ("2. Fortroligt\n\nBeslutning\nGodkendt.\n", ("2", "Fortroligt", False)),
    ("2. Fortrolig sag\n\nBeslutning\nGodkendt.\n", ("2", "Fortrolig sag", False)),
    ("2. Lukket dagsordenspunkt\n", ("2", "Lukket dagsordenspunkt", False)),
    # the marker after a full stop
    ("2. Salg af grund. Lukket punkt\n\nBeslutning\nGodkendt.\n", ("2", "Salg af grund", False)),
    # a sentence of the body says the item is closed (and is what shows the numbered line is an item)
    ("2. Salg af grund\n\nPunktet er lukket\n", ("2", "Salg af grund", False)),
    ("2. Salg af grund\n\nDette punkt er lukket for offentligheden.\n", ("2", "Salg af grund", False)),
])
def test_closed_items_as_pages_mark_them(tmp_path: Path, item: str, expected: tuple) -> None:
    items = _parse(tmp_path, _MINUTES + item)["items"]
    assert [(it["number"], it["title"], it["public"]) for it in items[1:]] == [expected]


_MEETING = ("Referat\nØkonomiudvalget\nMødedato: 12.03.2024 kl. 16.00\nMødested: Byrådssalen\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")


@pytest.mark.parametrize(("page", "expected"), [
    # a double name's hyphen printed as an en dash, or set off by spaces
    ("Lyngby–Taarbæk Kommune\n" + _MEETING, "Lyngby-Taarbæk"),
    ("Økonomiudvalget - Lyngby - Taarbæk Kommune\n" + _MEETING, "Lyngby-Taarbæk"),
    # å for the double a, as older pages print the names
    ("Høje-Tåstrup Kommune\n" + _MEETING, "Høje-Taastrup"),
    (_MEETING + "\nFåborg-Midtfyn Kommune · Tinghuset · 5750 Ringe\n", "Faaborg-Midtfyn"),
    ("ÅBENRÅ KOMMUNE\n" + _MEETING, "Aabenraa"),
])
def test_municipality_in_its_other_typings(tmp_path: Path, page: str, expected: str) -> None:
    assert _parse(tmp_path, page)["municipality"] == expected


@pytest.mark.parametrize("head", [
    # the municipality printed before the body on the body's line: not part of the body's name
    "Referat\nDragør Kommune - Økonomiudvalget\nMødedato: 12.03.2024\n",
    "Referat fra Dragør Kommune, Økonomiudvalget den 12. marts 2024\n",
    # a table's head row over its values
    "Udvalg Dato\nDragør Kommune - Økonomiudvalget 12-03-2024\n",
    # set apart by a middle dot or a bar, as a web page's heading prints them
    "Dagsorden\nDragør Kommune · Økonomiudvalget\nMødedato: 12.03.2024\n",
    "Dagsorden\nDragør Kommune | Økonomiudvalget\nMødedato: 12.03.2024\n",
])
def test_committee_without_the_municipality_before_it(tmp_path: Path, head: str) -> None:
    page = _parse(tmp_path, head + "\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
    assert (page["meeting"]["committee"], page["municipality"]) == ("Økonomiudvalget", "Dragør")


_BODY = "\nSagsfremstilling\nForvaltningen har udarbejdet et forslag.\n\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize(("header", "title"), [
    # a short title line that ends on a word joining it to more: the next line is the title's rest
    ("1. Ansøgning om tilskud til\nDragør Sejlklub", "Ansøgning om tilskud til Dragør Sejlklub"),
    ("1. Udpegning til bestyrelsen for\nFonden for Kultur", "Udpegning til bestyrelsen for Fonden for Kultur"),
    ("1. Status på projekt Dragør Havn -\nEtape 2", "Status på projekt Dragør Havn - Etape 2"),
])
def test_title_wrapped_after_an_open_end(tmp_path: Path, header: str, title: str) -> None:
    page = "Referat\nØkonomiudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n" + header + _BODY
    assert [it["title"] for it in _parse(tmp_path, page)["items"]] == [title]


@pytest.mark.parametrize("row", [
    # a contents list's status column before the number ('åbent 4 2. behandling …', as Acadre pages print it)
    "Åben {n} {t}",
    # the number on a line of its own, with its full stop
    "{n}.\n{t}",
])
def test_listed_item_before_a_reading_number(tmp_path: Path, row: str) -> None:
    """An item number followed by a reading's number is the item's, not a page number before the item's."""
    listed = [(3, "Godkendelse af dagsorden"), (4, "2. Behandling af budget 2025"),
              (5, "1. Behandling af lokalplan 45")]
    page = "Dagsorden\nByrådet\nMødedato: 12.03.2024 kl. 17:00\n\n" + "\n".join(
        row.format(n=n, t=t) for n, t in listed) + "\n"
    assert [(it["number"], it["title"]) for it in _parse(tmp_path, page)["items"]] == [(str(n), t) for n, t in listed]


def test_region_named_in_its_footer_with_its_address(tmp_path: Path) -> None:
    """A region's page that names the region only in its footer, with the region's address."""
    page = _MEETING + "\nRegion Hovedstaden · Kongens Vænge 2 · 3400 Hillerød · Tlf. 38 66 50 00\n"
    assert _parse(tmp_path, page)["municipality"] == "Region Hovedstaden"


@pytest.mark.parametrize("inside", [
    "Bilag\n1. Kortbilag\n2. Høringssvar fra Naturstyrelsen",
    "Bilag\n1. Kortbilag.pdf\n2. Høringssvar.pdf",
    "Sagsfremstilling\nPlanen har tre dele:\n1. Boliger\n2. Erhverv",
])
def test_a_numbered_list_inside_a_body_loses_no_later_item(tmp_path: Path, inside: str) -> None:
    """An item's body may print a numbered list of capitalised entries (its bilag, the parts of a plan) that
    starts over at 1 and runs on into the next headers' numbers ('1. Kortbilag', '2. Høringssvar', '3.
    Eventuelt'): the headers above already printed 1 and 2, so the run is the body's list, and items 3 and 4
    are the meeting's, not bilag of item 2 or its text."""
    text = ("Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n1. Godkendelse af dagsorden\nBeslutning\n"
            "Godkendt.\n\n2. Lokalplan 12\nSagsnr.: 24/1234\nSagsfremstilling\nForvaltningen fremlægger forslag.\n"
            f"{inside}\nBeslutning\nGodkendt.\n\n3. Eventuelt\nBeslutning\nIntet.\n\n4. Lukket punkt: Salg af grund\n")
    items = _parse(tmp_path, text)["items"]
    assert [(it["number"], it["title"], it["public"]) for it in items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Lokalplan 12", True), ("3", "Eventuelt", True),
        ("4", "Salg af grund", False)]
    assert [d["text"] for d in items[2]["decisions"]] == ["Intet."]


@pytest.mark.parametrize("k", [2, 3, 4])
def test_a_bilag_list_as_long_as_the_headers_above_it_loses_no_later_item(tmp_path: Path, k: int) -> None:
    """Item k's bilag list numbers 1 … k, the headers above printed 1 … k too, and the next header k + 1
    follows the list: it goes on from the headers (its body opens right below it), not from the list."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund",
              "Eventuelt"]
    entries = ["Kortbilag", "Høringssvar", "Notat om økonomi", "Tidsplan"][:k]
    bilag = "Bilag\n" + "\n".join(f"{n}. {t}" for n, t in enumerate(entries, 1))
    parts = [f"{n}. {t}\nSagsnr.: 24/10{n}\n" + (bilag + "\n" if n == k else "") + "Beslutning\nGodkendt."
             for n, t in enumerate(titles, 1)]
    items = _parse(tmp_path, "Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n" + "\n\n".join(parts) + "\n")
    assert [(it["number"], it["title"]) for it in items["items"]] == [(str(n), t) for n, t in enumerate(titles, 1)]
    assert [len(it["attachments"]) for it in items["items"]] == [k if n == k else 0 for n in range(1, 6)]


def test_the_case_type_under_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """'Orienteringssag' / 'Beslutningssag' on a line of its own under the title, above the case number, is the
    case's type, not the rest of a wrapped title."""
    text = ("Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt."
            "\n\n2. Budgetopfølgning 2024\nOrienteringssag\nSagsnr.: 24/102\nSagsfremstilling\nForvaltningen "
            "fremlægger.\nBeslutning\nTaget til efterretning.\n")
    assert [it["title"] for it in _parse(tmp_path, text)["items"]] == ["Godkendelse af dagsorden",
                                                                      "Budgetopfølgning 2024"]


def test_a_contents_lists_group_headings_close_its_entries_and_only_those(tmp_path: Path) -> None:
    """'Åbne punkter' / 1, 2 / 'Lukkede punkter' / 3, 4 in the contents list, then every item's header with its
    body: the group heading of the list closes items 3 and 4 (and keeps their decisions out), not the headers
    below the whole list; items 1 and 2 stay open with their decisions."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund"]
    contents = (f"Åbne punkter\n1. {titles[0]}\n2. {titles[1]}\nLukkede punkter\n3. {titles[2]}\n4. {titles[3]}\n")
    bodies = "\n\n".join(f"{n}. {t}\nSagsnr.: 24/10{n}\nBeslutning\nGodkendt." for n, t in enumerate(titles, 1))
    items = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n{contents}\n{bodies}\n")["items"]
    assert [(it["number"], it["public"], len(it["decisions"])) for it in items] == [
        ("1", True, 1), ("2", True, 1), ("3", False, 0), ("4", False, 0)]


@pytest.mark.parametrize("tag", ["Åben sag\n", "Punkt {n}\n", ""])
def test_unnumbered_item_blocks_take_the_title_above_their_tag(tmp_path: Path, tag: str) -> None:
    """Items printed without numbered headers, each a block: its title, its status or number on a line of its
    own ('Åben sag', 'Punkt 2'), or a bullet before the title, then its case-number label and sections. The title
    above the tag (behind the bullet) is the item's, a closed status closes it, and the tag's number is its."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund"]
    blocks = []
    for n, t in enumerate(titles, 1):
        own = ("Lukket sag\n" if n == 4 else tag) if tag.startswith("Åben") else tag.format(n=n)
        blocks.append(("• " if not tag else "") + f"{t}\n{own}Sagsnr.: 24/10{n}\nBeslutning\nGodkendt.")
    items = _parse(tmp_path, "Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n" + "\n\n".join(blocks) + "\n")
    assert [it["title"] for it in items["items"]] == titles
    if tag.startswith("Åben"):
        assert [it["public"] for it in items["items"]] == [True, True, True, False]
    if tag.startswith("Punkt"):
        assert [it["number"] for it in items["items"]] == ["1", "2", "3", "4"]


def test_an_items_sub_numbered_points_are_its_text(tmp_path: Path) -> None:
    """'2.1 Baggrund' / '2.2 Økonomi' under item 2 number the points of item 2's text: no item of their own."""
    text = ("Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt."
            "\n\n2. Budget 2025\nSagsfremstilling\n2.1 Baggrund\nTekst om baggrund.\n2.2 Økonomi\nTekst om økonomi.\n"
            "Beslutning\nGodkendt.\n\n3. Eventuelt\nBeslutning\nIntet.\n")
    items = _parse(tmp_path, text)["items"]
    assert [(it["number"], it["title"], len(it["decisions"])) for it in items] == [
        ("1", "Godkendelse af dagsorden", 1), ("2", "Budget 2025", 1), ("3", "Eventuelt", 1)]
