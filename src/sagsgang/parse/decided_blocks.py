"""Items printed without numbers or markers whose bodies open with whatever section each case needs ('Resumé' under
one title, 'Sagsfremstilling' or 'Baggrund' under the next), each holding its decision.

Why: marker_starts.titled_blocks knows an unnumbered item by the heading every item opens with, and a page whose
items open with different headings gives it nothing: the whole page became one item. What such a page of minutes
still prints for every item is a decision heading. A title's line (a blank line above it, no sentence's end) right
over any section heading opens a block; where every block so opened holds a decision heading of its own (the last
one's may have been cut off by an excerpt's end), two blocks or more, the blocks are the page's items. A line over a
heading inside a case ('Direktøren indstiller' / 'Beslutning', 'Godkendt' / 'Bilag') opens a block that holds no
decision, or leaves its item's block without one, and the reading fails as a whole.
"""
from __future__ import annotations

import re

from .headings import DECISION_WORD, heading_name, is_heading
from .item_start_base import ItemStart
from .lines import Line, nearest_text
from .marker_starts import titles_over

_DECISION = re.compile(DECISION_WORD)


def decided_blocks(lines: list[Line]) -> list[ItemStart]:
    """The page's items as blocks, each opened by a title over a section heading and holding a decision heading (see
    the module); [] where no such reading explains the page."""
    heads = [i for i, ln in enumerate(lines) if ln.text and is_heading(ln.text)]
    decisions = [i for i in heads if _DECISION.fullmatch(heading_name(lines[i].text))]
    if len(decisions) < 2:
        return []
    # (not a heading's own text over the next heading: 'Beslutning' / 'Taget til efterretning' / 'Bilag')
    out = [s for s in titles_over(lines, heads) if not _under_a_heading(lines, s.index)]
    if len(out) < 2 or decisions[0] < out[0].index:
        return []
    bounds = [*(s.index for s in out), len(lines)]
    decided = [any(a <= d < b for d in decisions) for a, b in zip(bounds, bounds[1:], strict=False)]
    return out if all(decided[:-1]) and sum(decided) >= 2 else []


def _under_a_heading(lines: list[Line], k: int) -> bool:
    """The nearest line with text above line k is a section heading: line k is that section's text (an outcome
    printed without its stop, 'Godkendt'), whatever heading follows it."""
    above = nearest_text(lines, k - 1, -1)
    return above is not None and is_heading(lines[above].text)
