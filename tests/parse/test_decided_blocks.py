"""Unnumbered items whose bodies open with different headings ('Resumé' under one title, 'Baggrund' under the next):
each block a title over a section heading opens holds the item's decision, so the blocks are the page's items. A line
over a heading inside a case opens no item. Invented pages; the expected items are read off each page by hand."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Rådhuset\n\n"
ITEMS = [("Godkendelse af dagsorden", "Resumé", "Dagsordenen er udsendt.", "Godkendt."),
         ("Budgetopfølgning 2024", "Sagsfremstilling", "Forvaltningen har lavet et notat.", "Anbefales."),
         ("Lokalplan 123 for Kløvervej", "Baggrund", "Planen har været i høring.", "Vedtaget."),
         ("Eventuelt", "Indstilling", "Direktøren indstiller, at punktet drøftes.", "Drøftet.")]


def _items(tmp_path: Path, text: str) -> list[tuple]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it.title, [s.heading for s in it.sections], [d.text for d in it.decisions])
            for it in parse_file(page).items]


def _page(items=ITEMS, extra: str = "", cut_last: bool = False) -> str:
    blocks = [f"{t}\n\n{h}\n{body}\n\n" + (extra if k == 1 else "") + f"Beslutning\n{outcome}\n\n"
              for k, (t, h, body, outcome) in enumerate(items)]
    if cut_last:
        blocks[-1] = blocks[-1].split("Beslutning")[0]
    return HEAD + "".join(blocks)


def test_titles_over_different_first_headings_each_with_its_decision(tmp_path):
    assert _items(tmp_path, _page()) == [(t, [h, "Beslutning"], [o]) for t, h, _, o in ITEMS]


def test_the_last_block_cut_off_before_its_decision_still_counts(tmp_path):
    """An excerpt ends inside the last item, before its decision: the blocks before it each hold theirs."""
    got = _items(tmp_path, _page(cut_last=True))
    assert got == [(t, [h, "Beslutning"], [o]) for t, h, _, o in ITEMS[:-1]] + [("Eventuelt", ["Indstilling"], [])]


def test_a_line_over_a_heading_inside_a_case_opens_no_item(tmp_path):
    """'Status for projektet ved Kløvervej' over 'Baggrund' inside the second item: the block it would open holds
    that item's decision and leaves the item's own block without one, so the reading fails; no item is titled by it."""
    extra = "Status for projektet ved Kløvervej\n\nBaggrund\nSagen blev udsat i januar.\n\n"
    assert "Status for projektet ved Kløvervej" not in [t for t, _, _ in _items(tmp_path, _page(extra=extra))]


def test_titles_under_an_agendas_time_column(tmp_path):
    """'16:30' / 'Budgetopfølgning 2024' / 'Sagsfremstilling': the time an agenda schedules each item for, read as a
    line above its title, leaves the titles over the heading every item opens with the page's items."""
    text = HEAD + "".join(f"{16 + k}:30\n{t}\n\nSagsfremstilling\n{body}\n\nBeslutning\n{outcome}\n\n"
                          for k, (t, _, body, outcome) in enumerate(ITEMS))
    assert _items(tmp_path, text) == [(t, ["Sagsfremstilling", "Beslutning"], [o]) for t, _, _, o in ITEMS]


def test_an_outcome_without_its_stop_over_the_next_heading_is_no_title(tmp_path):
    """'Beslutning' / 'Taget til efterretning' / 'Bilag': the decision's text printed without a full stop, a blank line
    between it and its heading and the next: that section's text, not an item's title."""
    text = HEAD + "".join(f"{t}\n\n{h}\n{body}\n\nBeslutning\n\n{outcome.rstrip('.')}\n\nBilag\n\nBilag 1: Kort\n\n"
                          for t, h, body, outcome in ITEMS)
    assert [t for t, _, _ in _items(tmp_path, text)] == [t for t, _, _, _ in ITEMS]
