"""Case numbers a publisher prints on the line above each item's header, not under it ('Sagsnr.: 24/1002' /
'2. Salg af grund' / 'Sagsfremstilling …').

Read in line order, the case line closes the item above (its decision's last line: 'Godkendt. Sagsnr.: 24/1002') and
the item it names gets none. Which item a case line belongs to is a page's layout, so the page's own repetition
decides: where the line right above every header after the first is a case line (two or more of them) and no header
has one right under it, each is the case of the header below it. A single case line above a header is the text of
the item above, as before."""
from __future__ import annotations

from .casenumbers import labelled_case_numbers, standalone_case_number
from .item_start_base import next_text_index, previous_text_index
from .lines import Line


def _case_line(text: str) -> bool:
    """'24/1002', 'Sagsnr.: 24/1002': a line that is a case number and nothing else, or its labelled field."""
    return bool(standalone_case_number(text) or labelled_case_numbers(text))


def case_lines_above(lines: list[Line], headers: list[tuple[int, int]]) -> dict[int, Line]:
    """By header (its position in `headers`, each a header's (first line, lines it takes)): the case line printed
    right above it, where the page prints one so above every header after the first and none right under any."""
    above: dict[int, Line] = {}
    for k, (index, consumed) in enumerate(headers):
        under = next_text_index(lines, index + consumed)
        if under < len(lines) and _case_line(lines[under].text):
            return {}  # the page prints its case numbers under the headers
        over = previous_text_index(lines, index - 1)
        if over >= 0 and _case_line(lines[over].text):
            above[k] = lines[over]
    later = range(1, len(headers))
    return above if len(later) >= 2 and all(k in above for k in later) else {}


def with_case_line(body: list[Line], k: int, above: dict[int, Line]) -> list[Line]:
    """Header k's body with the case line printed above it first, less the case line of the header below it."""
    nxt = above.get(k + 1)
    body = [ln for ln in body if ln is not nxt]
    return [above[k], *body] if k in above else body
