"""A header's title that wraps onto the next line ('… for Udvalget for Økonomi og' / 'Erhverv').

A PDF or a narrow column breaks a long title; the rest is the line under the header that no other reading
claims (no cue, number, label or sentence). Asked by the header readers and by the runs of numbered titles,
which step over a wrapped line.
"""
from __future__ import annotations

import re

from .casenumbers import YEAR_SPAN, labelled_case_numbers, standalone_case_number
from .header_patterns import COUNTED_START, LABELLED_START, NUMBERED_START, NUMBERS_ONLY, SAG_NR_START
from .headings import BARE_OUTCOME, inline_route
from .item_start_base import CASE_TYPE_LINE, ItemStart, is_cue, next_text_index
from .lines import Line, norm_space
from .people import ABSENT_LABEL
from .title_split import FUNCTION_WORDS, OPEN_END


def extend_wrapped_title(start: ItemStart, lines: list[Line], titles: set[str]) -> None:
    """PDF titles wrap: 'Punkt 2: … sikre Havnens' / 'Perles fremtid på Aarhus Ø' / 'EMN-2025-003383'.

    A line between the header and a case-number line that is no cue itself continues the title; not a line
    that is another header's title (`titles`, casefolded): a contents list's last entry, then the first item's
    body under its title alone ('4. Salg af grund' / '' / 'Godkendelse af dagsorden' / 'Sagsnr.: …'); nor a route
    with its bodies ('Sagsgang: ØU, KB' / 'Sagsnr.: …'): the first of the item's fields, as a block of fields
    under the title prints it, is never a title's rest (the route was lost and the title held it)."""
    if start.title_before:
        return
    below = _title_line_below(start, lines)
    if below is not None:
        # 'Punkt 3 Sagsnr. 22-002926' / 'Dispensation vedr. …, Nylandsvej 22,' / 'Karlslunde Landsby': the title
        # stands on a line of its own under the label's (skipped there), and wraps as any title does
        if wrapped_on(lines, below + 1) and below + 1 not in start.skip:
            start.title = start.title + " " + lines[below + 1].text
            start.skip.add(below + 1)
        return
    i = next_text_index(lines, start.index + start.consumed)  # a title in a larger font ends in a block break
    j = next_text_index(lines, i + 1)
    if j >= len(lines) and not OPEN_END.search(start.title):
        return  # (the page's last line is a title's rest only where the title ends open: the excerpt cut under it)
    cont, nxt = (lines[i].text if i < len(lines) else ""), (lines[j].text if j < len(lines) else "")
    if cont and nxt and len(cont) < 120 and norm_space(cont).casefold() not in titles and not is_cue(cont) \
            and not LABELLED_START.match(cont) \
            and not NUMBERED_START.match(cont) and not COUNTED_START.match(cont) \
            and not CASE_TYPE_LINE.match(cont) and not ABSENT_LABEL.match(cont) \
            and inline_route(cont) is None and (standalone_case_number(nxt) or labelled_case_numbers(nxt)):
        start.title = start.title + " " + cont
        start.consumed = i + 1 - start.index
    elif wrapped_on(lines, start.index + start.consumed):
        start.title = start.title + " " + lines[start.index + start.consumed].text
        start.consumed += 1


def wrapped_on(lines: list[Line], k: int) -> bool:
    """Line k, right under a header's long last line (or one that ends open: OPEN_END), is the rest of its
    title a page's column broke off
    ('… for Udvalget for Økonomi og' / 'Erhverv'): no cue (a heading's word in lower case is the title's:
    '… - efter' / 'høring'), label, number, outcome or sentence, no longer
    than the line it continues, and the header's block ends with it (a blank line or the next header)."""
    if not 0 < k < len(lines) or not lines[k].text:
        return False
    head, cont = lines[k - 1].text, lines[k].text
    after = lines[k + 1].text if k + 1 < len(lines) else ""
    if len(head) < 50 and not OPEN_END.search(head) or head.endswith((":", "?", "!")) \
            or re.search(r"[^\W\d]{4}\.$", head) and head.rsplit(None, 1)[-1].lower() not in FUNCTION_WORDS \
            or len(cont) > len(head) or ":" in cont or head.endswith(f" {cont}"):
        # a sentence's full stop ends the line ('… godkendes.'), not a date's ('den 14.'); and the header's title
        # printed again as its body's first line ('147. Godkendelse af dagsorden …' / 'Godkendelse af dagsorden …',
        # each a paragraph of a web page) is no rest of it
        return False
    if not YEAR_SPAN.fullmatch(cont) and (
            is_cue(cont) and not cont[0].islower() or BARE_OUTCOME.match(cont) or LABELLED_START.match(cont)
            or NUMBERED_START.match(cont) or COUNTED_START.match(cont) or SAG_NR_START.match(cont)
            or standalone_case_number(cont) or NUMBERS_ONLY.fullmatch(cont)):
        # a page number, a date or a number of any other form ('053164-2012') is no title's rest; a year or a
        # span of years is ('… d. 8. august' / '2018', '… for skoleåret' / '2016/17', '… Kajakklub' / '2025-2028',
        # which a case number's shape also fits)
        return False
    if cont.endswith(".") and len(cont.split()) > 8:
        return False  # a sentence: the item's text begins
    return not after or bool(NUMBERED_START.match(after) or LABELLED_START.match(after) or is_cue(after))


def _title_line_below(start: ItemStart, lines: list[Line]) -> int | None:
    """The line under the header's own that holds its title and is skipped as the body's (a label line with the
    case number beside it, the title below in large type: labelled_starts._case_beside_label), or None."""
    if start.consumed != 1:
        return None
    below = [k for k in start.skip if k > start.index and lines[k].text == start.title]
    return below[0] if len(below) == 1 else None
