"""A contents row's case number given to its item.

A table's row holds one entry's cells, so the case number after a title on the list's line is that entry's,
whatever body the item is given later, or where its own header and body print none.
"""
from __future__ import annotations

import re

from ..model import AgendaItem
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS, UNLABELLED_CASE_FORM
from .dashes import SPACED_DASH
from .item_list import joined_text, line_at
from .item_start_base import ItemStart
from .lines import Line
from .list_entry import ListEntry

# a case-number cell right after a contents entry's title ('… Højer Sagsnr. 24/1256 Tønder Sport …'), in brackets
# ('… (Sagsnr. 24/1256)'), or unlabelled after a dash, a middle dot or a space ('… Højer - 24-001256', '… ·
# EMN-2024-001256') where its form is one no title's own words take (UNLABELLED_CASE_FORM: title_tidy ends a listed
# title there, so what follows the title is that cell)
# (a bare 'Sag:' / 'Sag nr:' with its colon labels the cell too, as on an item's own lines: casenumbers.CASE_LABEL)
_CASE_CELL_AFTER = re.compile(rf"[\s:;,]*(?:\(?(?i:{CASE_LABEL_WORDS}|Sag(?:\s+nr)?\.?\s*(?=:))\.?\s*:?\s*"
                              rf"({CASE_FORM.pattern})"
                              rf"|[{SPACED_DASH}·]?\s*({UNLABELLED_CASE_FORM}))")


def listed_case_cells(lines: list[Line], starts: list[ItemStart], items: list[AgendaItem], titles: list[str]
                       ) -> None:
    """Each item of a contents list that prints a case column gets the case number of its own row: the labelled
    number right after its title on the list's line. Why: a table's row holds one entry's cells, so the number
    after a title is that entry's, whatever body the item is given later (or none: a body found by number alone
    runs from one printed number to the next over the rows of entries whose numbers were lost). Each row is found by
    the title as the list printed it (`titles`), whatever its header printed."""
    for s, item, listed in zip(starts, items, titles, strict=True):
        if s.kind != "listed" or not listed:
            continue
        title = r"\s+".join(re.escape(w) for w in listed.split())
        cells = {m.group(1) or m.group(2)
                 for m in re.finditer(rf"(?<!\w){title}(?!\w){_CASE_CELL_AFTER.pattern}", lines[s.index].text)}
        # one number wherever the title stands on the line (a flattened page's list row and the item's header
        # print the same): a title printed before several numbers ('Lukket', a label read as a title) names no row
        number = next(iter(cells)) if len(cells) == 1 else None
        if number and number not in item.case_numbers:
            item.case_numbers.append(number)


def contents_row_cases(lines: list[Line], listed: list[ListEntry], starts: list[ItemStart],
                        items: list[AgendaItem]) -> None:
    """An item headed below a contents list whose row prints the item's case number after its title ('3. Salg af
    grund  Sagsnr. 24/1233' above, '3. Salg af grund' over the body) gets that number where its own header and body
    print none. Why: the row is the item's by its number and its title, both printed again by the header, and a
    table's row holds one entry's cells whichever publisher sets it; the headers won the reading (segment_items), so
    listed_case_cells, which reads the rows of list-read items, never saw the row."""
    wanting = [(s, it) for s, it in zip(starts, items, strict=True)
               if s.kind != "listed" and it.number and it.title and not it.case_numbers]
    if not listed or not wanting:
        return
    _, offsets = joined_text(lines)
    rows: dict[str, list[int]] = {}
    for e in listed:
        if e.number and e.title:
            rows.setdefault(e.number, []).append(line_at(offsets, e.start))
    for s, item in wanting:
        above = [i for i in rows.get(item.number or "", []) if i < s.index]
        title = r"\s+".join(re.escape(w) for w in (item.title or "").split())
        cells = {m.group(1) or m.group(2) for i in above
                 for m in re.finditer(rf"(?<!\w){title}(?!\w){_CASE_CELL_AFTER.pattern}", lines[i].text)}
        if len(cells) == 1:  # (one row, one number: two rows with two numbers name no one case)
            item.case_numbers.append(cells.pop())
