"""An item's number in a table's column of its own ('358' on a line, the title on the next) where nothing else marks
the items: no item label, no case-number label, no section heading that every item opens with. A run of such cells
counting up one by one, each heading a body that a body's cue marks, is the page's items. Invented pages; the
expected items are read off each page by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Mødedetaljer\n\nUdvalg Dato Type\nByrådet 26-06-2024 16:00 Referat\n\nVideo fra mødet\n\n"
# (number, title lines, body): the bodies open with whatever heading each item happens to have, behind a bullet
ITEMS = [("358", ["Byrådets spørgetid 26/6-2024"],
          "  • Beslutning i Byrådet den 26-06-2024\n\n    Der sendes skriftligt svar.\n\nShow video\n"),
         ("359", ["Budgetopfølgning 2024: Samlet", "- Første kvartal"],
          "  • Resumé\n\n    Budgetopfølgningen indeholder den samlede økonomirapportering.\n\nShow video\n"),
         ("360", ["Lokalplan nr. 416 for boligområde ved", "Lappedykkervej i Mørke vest"],
          "  • Sagsfremstilling\n\n    Lokalplanen har været i høring i otte uger.\n"),
         ("361", ["Salg af grund"], ""),  # a closed item printed by its head alone
         ("362", ["Anlægsbevilling til", "renovering af Tune Skole"],
          "  • Beslutning i Byrådet den 26-06-2024\n\n    Godkendt.\n")]


def _items(tmp_path: Path, text: str) -> list[tuple]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it.number, it.title, [d.text for d in it.decisions]) for it in parse_file(page).items]


def _page(doubled: bool = False, items: list = ITEMS) -> str:
    heads = ["{n}\n{t}\n\n".format(n=n, t="\n".join(t)) for n, t, _ in items]
    return HEAD + "".join((h + h if doubled else h) + body + "\n" for h, (_, _, body) in zip(heads, items,
                                                                                           strict=True))


EXPECTED = [("358", "Byrådets spørgetid 26/6-2024", ["Der sendes skriftligt svar."]),
            ("359", "Budgetopfølgning 2024: Samlet - Første kvartal", []),
            ("360", "Lokalplan nr. 416 for boligområde ved Lappedykkervej i Mørke vest", []),
            ("361", "Salg af grund", []),
            ("362", "Anlægsbevilling til renovering af Tune Skole", ["Godkendt."])]


@pytest.mark.parametrize("doubled", [False, True], ids=["once", "row-printed-twice"])
def test_number_cells_over_titles_are_the_items(tmp_path, doubled):
    """Each cell and title is one item, its wrapped title whole (a capital, a dash or a small letter going on in the
    cell), its decision its own; a row printed twice in a row (the agenda's entry, then the body's head) is one."""
    assert _items(tmp_path, _page(doubled)) == EXPECTED


def test_cells_that_do_not_count_up_are_no_items(tmp_path):
    """Numbers that do not follow one another ('358', '12', '7'): no run, no items from the cells."""
    items = [(n, t, b) for (_, t, b), n in zip(ITEMS[:3], ["358", "12", "7"], strict=True)]
    assert [n for n, _, _ in _items(tmp_path, _page(items=items))] == [None]


def test_a_table_of_numbered_rows_inside_a_case_is_no_item_list(tmp_path):
    """'1' / 'Drift' / '2' / 'Anlæg' …: a table's numbered rows with no body's cue between them are one case's
    text, not items."""
    text = ("Sagsfremstilling\nForvaltningen har opgjort budgettet således\n\n1\nDrift og service\n\n2\nAnlæg og "
            "renovering\n\n3\nFinansiering af lån\n\nBeslutning\nGodkendt.\n")
    assert [n for n, _, _ in _items(tmp_path, text)] == [None]


def test_a_bullet_right_under_a_title_opens_the_body(tmp_path):
    """'Salg af grund' / '• Vis video' with no blank line between: the bullet's line is the body's, not the title
    going on in its cell."""
    text = HEAD + "".join(f"{n}\n{t}\n  • Vis video fra behandlingen\n  • Beslutning i Byrådet den 26-06-2024\n\n"
                          f"    Godkendt.\n\n" for n, t in [("7", "Salg af grund"), ("8", "Køb af ejendom")])
    assert _items(tmp_path, text) == [("7", "Salg af grund", ["Godkendt."]), ("8", "Køb af ejendom", ["Godkendt."])]


def test_a_field_with_its_value_under_the_case_label_is_no_title(tmp_path):
    """'1' / 'Godkendelse af dagsorden (B)' printed twice, then 'Sagsnr.: …' and 'Kompetence: Økonomiudvalget': the
    field under the case label is the item's metadata, the cell's title is the item's."""
    rows = [("1", "Godkendelse af dagsorden (B)"), ("2", "Opfølgning på Budgetaftale 2024-2027 (B)")]
    text = "Økonomiudvalget – Referat – 18. november 2024\n\n\n" + "".join(
        f"{n}\n{t}\n\n{n}\n{t}\n\nSagsnr.: 330-2024-21{n}    Åbent\nKompetence: Økonomiudvalget\nBeslutningstema\n"
        f"Udvalget skal tage stilling.\nBeslutning i Økonomiudvalget den 18. november 2024:\nGodkendt.\n\n"
        for n, t in rows)
    assert _items(tmp_path, text) == [(n, t, ["Godkendt."]) for n, t in rows]


def test_a_numbered_list_inside_one_items_body_is_no_item_list(tmp_path):
    """'1. Den kollektive bustrafik …' / '2. …' under the second cell's proposal: that item's text, not three items
    beating the cells around it."""
    decision = ("  Resume\n\n  Der skal tages stilling til busdriften.\n\n  Indstilling\n\n"
                "  Forvaltningen indstiller, at:\n\n"
                "  1. Den kollektive bustrafik i kommunen videreføres uændret i 2025.\n"
                "  2. De 6 afgange på linje 215 fortsættes frem til juni 2026\n"
                "  3. Der tilkøbes grønne certifikater svarende til forbruget.\n")
    text = HEAD + f"129\nBeslutninger om dagsordenen\n\n{ITEMS[0][2]}\n130\nBusbestilling 2025\n\n{decision}"
    assert [(n, t) for n, t, _ in _items(tmp_path, text)] == [("129", "Beslutninger om dagsordenen"),
                                                               ("130", "Busbestilling 2025")]


def test_a_case_published_alone_under_its_number_cell(tmp_path):
    """'140' / 'Regulativ for husholdningsaffald' heading a case published on its own: the item's number and title
    (not a title '140')."""
    text = ("140\nRegulativ for husholdningsaffald\n\nSag 306-2019-142584\n\nÅbent\n\nKompetence\n\nByrådet.\n\n"
            "Beslutningstema\n\nEndelig godkendelse af revideret regulativ.\n")
    assert [(n, t) for n, t, _ in _items(tmp_path, text)] == [("140", "Regulativ for husholdningsaffald")]


def test_titled_blocks_under_a_meeting_title_that_names_its_kind_mid_line(tmp_path):
    """'Børne- og Ungeudvalget – Referat – 2. maj 2023' over unnumbered titles, each over the 'Beslutning' every item
    opens with: a meeting page of two items, not one case titled by the page's head."""
    text = ("Børne- og Ungeudvalget – Referat – 2. maj 2023\n\n\n\nGodkendelse af dagsorden (B)\n\nBeslutning\n\n"
            "Godkendt.\n\nKompetence\n\nBørne- og Ungeudvalget\n\nIndstilling\n\nDirektøren indstiller, at "
            "dagsordenen godkendes.\n\nBudgetopfølgning 1 - forventet regnskab 2023 (B)\n\nBeslutning\n\n"
            "Indstilles til Byrådets godkendelse.\n\nKompetence\n\nByrådet\n\nBeslutningstema\n\nByrådet skal godkende "
            "budgetopfølgningen.\n")
    assert _items(tmp_path, text) == [(None, "Godkendelse af dagsorden (B)", ["Godkendt."]),
                                      (None, "Budgetopfølgning 1 - forventet regnskab 2023 (B)",
                                       ["Indstilles til Byrådets godkendelse."])]


def test_numbered_headers_with_bodies_under_a_run_of_cells_stay_the_items(tmp_path):
    """Two cells over titles high on the page ('7' / 'Orientering', '8' / 'Budget', each over a heading), then items
    numbered '1. …', '2. …', '3. …', each heading a body of its own: the numbered headers are the page's items, not a
    list of points inside the last cell's body (only a list printed line under line is that)."""
    body = "Sagsfremstilling\nForvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n\n"
    text = (HEAD + "7\nOrientering fra formanden\n\n" + body + "8\nBudgetopfølgning 2024\n\n" + body
            + "".join(f"{n}. {t}\n\n" + body for n, t in [(1, "Godkendelse af dagsorden"), (2, "Lokalplan 12"),
                                                          (3, "Salg af grund")]))
    assert [n for n, _, _ in _items(tmp_path, text)][-3:] == ["1", "2", "3"]
