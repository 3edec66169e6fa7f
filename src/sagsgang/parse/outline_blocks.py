"""Items printed as an outline: each title right over its sections' headings set as a bulleted list ('Spørgetid' /
'• Sagsfremstilling' … 'Revisionsberetning 2019' / '• Resumé' …), as a site prints each item as a fold-out whose
sections are the entries of a list under it.

Why: where no number, marker or case label heads the items, titled_blocks knows them by the heading every item opens
with and decided_blocks by a decision in every block; an outline's items open with whatever section each case needs
and a minutes page may show a decision for one item only. What the outline itself prints is the title with no blank
line between it and its first bulleted heading, where the headings inside a body each follow a blank line.
"""
from __future__ import annotations

from .headings import is_heading
from .item_start_base import ItemStart
from .lines import Line
from .marker_starts import LEADING_BULLET, title_line


def outline_blocks(lines: list[Line]) -> list[ItemStart]:
    """The titles right over a bulleted section heading (see the module), two or more; [] where there are fewer."""
    out = []
    for i in range(1, len(lines)):
        bullet = LEADING_BULLET.match(lines[i].text)
        # (the title may be the outer list's entry, behind a bullet of its own: '• Spørgetid' / '  • Resumé'; not
        # where a line without one stands right above it, whose list it is an entry of: 'Salg af grund' / '• Vis
        # video' / '• Beslutning …')
        title = LEADING_BULLET.sub("", lines[i - 1].text)
        above = lines[i - 2].text if i >= 2 else ""
        listed = title != lines[i - 1].text and bool(above) and not LEADING_BULLET.match(above)
        if bullet and is_heading(lines[i].text[bullet.end():]) and title_line(title) and not is_heading(title) \
                and not listed:
            out.append(ItemStart(i - 1, None, title, kind="marker"))
    return out if len(out) >= 2 else []
