"""Bold run-in labels of an HTML page ('<p><b>Sagsfremstilling:</b> Forvaltningen …</p>', read.html's
`run_in_labels`) that head an item's section: the markup sets a label apart so but cannot say whether it heads a
section or names a fact ('Fraværende: …', 'Økonomiudvalget: Indstilles godkendt.'); the parser's own headings
decide."""
from __future__ import annotations

import re

from .header_patterns import LABELLED_NUMBER_ONLY, LABELLED_START, NUMBERED_START
from .headings import ATTACHMENT_HEADING, is_lexicon_heading

# A section's text runs on for a sentence or more; a fact's value is a name or a few words ('Kompetence: Byrådet')
_PROSE_WORDS = 6


def section_labels(labels: frozenset[str]) -> re.Pattern | None:
    """The labels that are section headings the parser knows, as one pattern for a line's start; none for a bilag
    label, whose value on its line the parser reads as the item's attachments ('Bilag: Kort over området')."""
    heads = [lb for lb in labels if is_lexicon_heading(lb) and not ATTACHMENT_HEADING.match(lb)]
    if not heads:
        return None
    names = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"({names})[ \t]*:[ \t]+(\S.*)")


def _item_header(line: str) -> bool:
    """The first item's header ('5. Title', 'Punkt 5: Title', 'Pkt. 5'), as item_starts reads one: the meeting's
    head ends there, at the first section heading on a line of its own, or at its first bold section label with
    prose (kept as the head's fact). The parser's own header patterns, so that a head's line that opens on a number
    ('12 medlemmer var indkaldt') does not end it, and every label item_starts knows does ('Dagsordenspunkt 3')."""
    return bool(NUMBERED_START.match(line) or LABELLED_START.match(line) or LABELLED_NUMBER_ONLY.match(line))


def _split(line: str, heads: re.Pattern) -> str:
    found = heads.fullmatch(line)
    rest = found.group(2) if found else ""
    if found and (len(rest.split()) >= _PROSE_WORDS or rest.rstrip().endswith((".", "!", "?"))):
        return f"{found.group(1)}\n{rest}"
    return line


def split_run_in_text(text: str, labels: frozenset[str]) -> str:
    """The page's text with each bold section label that prose follows on a line of its own, as a text page prints
    it, below the meeting's head: a head's 'Label: prose' line is one of its facts, whatever its label
    ('Bemærkninger: …'). One followed by a few words only ('Kompetence: Byrådet') is the 'Label: value' field a text
    page prints, and stays."""
    heads = section_labels(labels)
    if heads is None:
        return text
    lines = text.split("\n")
    in_head = True
    for i, line in enumerate(lines):
        if in_head and (_item_header(line) or is_lexicon_heading(line)):
            in_head = False
        elif in_head and _split(line, heads) != line:
            in_head = False  # the head's last line: one 'Label: prose' fact of the head, the sections below it
            continue
        if not in_head:
            lines[i] = _split(line, heads)
    return "\n".join(lines)
