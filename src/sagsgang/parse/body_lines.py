"""An item's lines set right before they are read: what is no part of the item blanked or unmarked.

The group line that heads the next items ('Fra Børne- og Skoleudvalget'), a form's two status boxes printed one
under the other, a bullet before a heading: each would otherwise end a decision or close an open item.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .headings import BACK_MATTER_NAMES, is_heading
from .lines import Line

_BACK_MATTER_LINE = re.compile(rf"^{BACK_MATTER_NAMES}\s*(?:\.{{2,}}\s*)?(?:Side\s+)?\d*$", re.IGNORECASE)


_GROUP_LINE = re.compile(r"(?:Fra|FRA)\s+(?P<body>[A-ZÆØÅ][\w\- ]{2,60})")


def without_group_line(lines: list[Line]) -> list[Line]:
    """An item's lines without the group line that heads the NEXT items ('Fra Børne- og
    Skoleudvalget' printed alone between two items): it names where those came from, and would
    otherwise end this item's last decision. Nothing when they are a contents list's back matter."""
    last = max((k for k, ln in enumerate(lines) if ln.text), default=-1)
    if last > 0:
        m = _GROUP_LINE.fullmatch(lines[last].text.strip())
        if m and is_body_name(m.group("body").strip()):
            lines = lines[:last]
    if all(not ln.text or _BACK_MATTER_LINE.match(ln.text) for ln in lines):
        return []  # 'Bilagsoversigt' after the last entry of a contents list: the list's back matter
    return lines


_STATUS_BOX = re.compile(r"^(?:Åben|Åbent|Lukket)\s+(?:punkt|sag)$", re.IGNORECASE)


def without_status_boxes(lines: list[Line]) -> list[Line]:
    """An item's lines with a form's two status boxes blanked ('Åbent punkt' / 'Lukket punkt' printed one under
    the other, the mark that told them apart lost in extraction): both statuses say nothing of the item, and
    'Lukket punkt' read alone would close an open item and drop its text."""
    texts = [(k, ln.text.strip()) for k, ln in enumerate(lines) if ln.text]
    boxes: set[int] = set()
    for (a, t), (b, u) in zip(texts, texts[1:], strict=False):
        if _STATUS_BOX.match(t) and _STATUS_BOX.match(u) and t[:3].lower() != u[:3].lower():
            boxes |= {a, b}
    return [Line("", ln.offset) if k in boxes else ln for k, ln in enumerate(lines)] if boxes else lines


_BULLET = re.compile(r"^[•·▪●◦]\s*(?=\S)")


def unbulleted_headings(lines: list[Line]) -> list[Line]:
    """Headings an accordion page prints behind a bullet ('• Beslutning i Byrådet den 26-06-2019', '• Resumé'):
    the heading without it. A bulleted line that is no heading stays as printed (a list's entry)."""
    out: list[Line] = []
    for ln in lines:
        m = _BULLET.match(ln.text)
        rest = ln.text[m.end():] if m else ""
        out.append(Line(rest, ln.offset + m.end(), rest) if m and is_heading(rest) else ln)
    return out
