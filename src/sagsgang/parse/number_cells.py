"""Items headed by their number alone on a line over their title, a table's number cell, with nothing else marking
them: no item label, no case-number label, no section heading every item opens with.

Why: a page that prints each item's head as a table row ('358' | 'Byrådets spørgetid 26/6-2019') loses the row in
its text layer: the number stands alone on a line and the title on the next, and the body follows under whatever
headings the page's items happen to open with ('• Beslutning i Byrådet den …' under one, '• Resumé' under the
next). One such pair is any table's row; a run of them whose numbers count up one by one (358, 359, …), each over a
title of its own and each heading a body that a body's cue marks (a section heading, a case number, a decision
heading), is the page's items, whatever the number or the headings.
"""
from __future__ import annotations

import re

from .bullets import BULLETS
from .dashes import SPACED_DASH
from .item_start_base import ItemStart, marks_body, next_text_index
from .lines import Line
from .list_entry import fold_title
from .marker_starts import LEADING_BULLET, NUMBER_CELL_ANY, TITLE_LINES, title_line

_WRAPPED = re.compile(rf"[a-zæøå0-9{SPACED_DASH}]")  # a wrapped title's next line opens with the title's words


def number_cell_starts(lines: list[Line]) -> list[ItemStart]:
    """The items of a page whose heads are number cells over titles (see the module): the longest run of two or more
    pairs numbered one after the other whose blocks head bodies (_bodies_marked: two or more marked by a body's cue,
    the others a closed item's head alone or, the last, cut off by an excerpt's end). A pair printed twice in a row
    (the agenda's entry, then the same row as the body's head) is one item's head."""
    pairs = _cell_pairs(lines)
    best: list[ItemStart] = []
    run: list[ItemStart] = []
    for p in pairs:
        if run and int(p.number) == int(run[-1].number) + 1 \
                and fold_title(p.title) not in {fold_title(r.title) for r in run}:
            run.append(p)
        else:
            run = [p]
        if len(run) > len(best) and _bodies_marked(lines, run):
            best = list(run)
    return best if len(best) >= 2 else []


def cell_over_title(lines: list[Line], i: int) -> tuple[str, str, int] | None:
    """(number, title, index of the title's last line) where line i is a number cell with a title on the next filled
    line (wrapped onto the lines below it: _title_end), else None. A case published on its own prints its head so
    too ('140' / 'Regulativ for husholdningsaffald')."""
    cell = NUMBER_CELL_ANY.fullmatch(lines[i].text.strip())
    j = next_text_index(lines, i + 1)
    if cell is None or j >= len(lines):
        return None
    title = lines[j].text.strip()
    if not title_line(title) or title[:1].islower() or NUMBER_CELL_ANY.fullmatch(title) or marks_body(title) \
            or LEADING_BULLET.match(title):
        return None
    k = _title_end(lines, j)
    return cell.group(1), " ".join(x.text.strip() for x in lines[j: k + 1]), k


def _cell_pairs(lines: list[Line]) -> list[ItemStart]:
    """Every number cell with a title on the next filled line, a pair printed again right below taken into the
    first (its number and title the same)."""
    out: list[ItemStart] = []
    for i in range(len(lines)):
        pair = cell_over_title(lines, i)
        if pair is None:
            continue
        number, title, k = pair
        last = out[-1] if out else None
        if last is not None and last.number == number and fold_title(last.title) == fold_title(title) \
                and not any(x.text for x in lines[last.index + last.consumed: i]):
            last.consumed = k - last.index + 1  # the same row again: one head
            continue
        out.append(ItemStart(i, number, title, consumed=k - i + 1, kind="marker"))
    return out


def _title_end(lines: list[Line], j: int) -> int:
    """The last line of the title that opens on line j: a title wraps in its cell onto the lines right below it (no
    blank line between), up to TITLE_LINES lines. Where a blank line, a body's cue or the next cell follows them,
    the lines are the title's whatever they open with ('Lokalplan nr. 416 for boligområde ved' / 'Lappedykkervej i
    Mørke vest'); where text goes on below them, only lines going on with the title's words (a small letter, a digit
    or a dash first: 'Status sygefravær' / 'marts 2024'): a capital there opens the body's first line."""
    k = j
    while k + 1 < len(lines) and k - j + 1 < TITLE_LINES and _goes_on(lines[k + 1].text.strip()):
        k += 1
    after = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
    if not after or marks_body(LEADING_BULLET.sub("", after)) or NUMBER_CELL_ANY.fullmatch(after):
        return k
    k = j
    while k + 1 < len(lines) and k - j + 1 < TITLE_LINES and _WRAPPED.match(nxt := lines[k + 1].text.strip()) \
            and _goes_on(nxt):
        k += 1
    return k


def _goes_on(text: str) -> bool:
    """A line that can go on with a title: a title's words, no body's cue, no bullet's mark (a dash may go on with a
    wrapped title: '- Høng Skole'), no number cell."""
    return title_line(text) and not marks_body(text) and text[:1] not in BULLETS \
        and not NUMBER_CELL_ANY.fullmatch(text)


def _bodies_marked(lines: list[Line], run: list[ItemStart]) -> bool:
    """The run's pairs head bodies: two blocks or more (each from its pair to the next pair, the last to the page's
    end) hold a body's cue, and every other block but the last holds no text at all (a closed item printed by its
    head alone); the last may have been cut off by an excerpt's end. A table's rows hold no cue between them."""
    ends = [*(p.index for p in run[1:]), len(lines)]
    blocks = [[x.text.strip() for x in lines[p.index + p.consumed: end] if x.text.strip()]
              for p, end in zip(run, ends, strict=True)]
    marked = [any(marks_body(LEADING_BULLET.sub("", x)) for x in b) for b in blocks]
    return sum(marked) >= 2 and all(m or not b for m, b in zip(marked[:-1], blocks[:-1], strict=True))
