"""Absentees an item prints outside its decision block: a labelled absence line in the item's head ('1. Godkendelse
af dagsorden' / 'Fraværende: Bo Jensen (A)' / 'Indstilling …'), a 'Fraværende' block of its own, a label after
the item's attachments, or a sentence of the item's own ('Bo Jensen (A) deltog ikke i behandlingen af punktet.'
under the case text, above the 'Beslutning' heading). Councils print the absence of an item where their layout has
room for it; wherever it stands inside the item, it says who missed this item's treatment at this meeting, so it is
that decision's (annotation rules: absence printed for an item is its decision's `absent`, never the meeting's)."""
from __future__ import annotations

import re

from .people import ABSENT_LABEL, ABSENT_SENTENCE, SENTENCE_END, is_names_line, split_names

# what may follow an absence sentence's verb to the sentence's end, outside a decision: nothing, or this item's
# treatment ('… deltog ikke i behandlingen af dette punkt.', '… var inhabil i sagen.', '… forlod mødet under
# punktet.', '… var forhindret i at deltage.'). A sentence that goes on names something else ('… har meldt afbud til
# borgermødet den 3. april', a case's account of another meeting), so it says nothing about this item.
_THIS_ITEM = re.compile(r"\s*(?:i\s+at\s+deltage\s*)?(?:(?:i|af|ved|under)\s+)*"
                        r"(?:(?:sagens|punktets)\s+behandling|behandlingen|dette\s+punkt|punktet|sagen|denne\s+sag)?"
                        r"(?:\s+(?:af|i)\s+(?:dette\s+punkt|punktet|sagen|denne\s+sag))?"
                        r"\s*[.!]?\s*$", re.IGNORECASE)


def _labelled_names(t: str) -> list[str]:
    """The names of a labelled absence line with a colon whose value is names and nothing else ('Fraværende:
    Bo Jensen (A), Lis Berg (V)'); [] for any other line: case text may start with 'Fravær' or 'Afbud' as a
    word of a sentence ('Fraværet blandt medarbejdere …'), and only a colon makes such a word a label."""
    m = ABSENT_LABEL.match(t.strip())
    if not m or not t.strip()[: m.start("rest")].rstrip().endswith(":"):
        return []
    rest = m.group("rest").strip()
    return split_names(rest) if rest and is_names_line(rest) else []


def sentence_absentees(t: str) -> list[str]:
    """The absentees of the absence sentences of a line outside the decision whose subject opens the sentence and
    whose verb ends it or names this item's treatment ('Bo Jensen (A) deltog ikke i behandlingen af dette punkt.'
    in the item's head or under its case text): a council prints the absence of an item where its layout has room,
    and such a sentence says who missed this item (annotation rules: that decision's `absent`)."""
    out: list[str] = []
    for sentence in re.split(rf"{SENTENCE_END}\s+", t.strip()):
        m = ABSENT_SENTENCE.match(sentence)
        if m and len(sentence) <= 200 and _THIS_ITEM.match(sentence, m.end()):
            out += [n for n in split_names(m.group("names")) if n not in out]
    return out


def _bare_label(t: str) -> bool:
    """An absence label alone on its line ('Fraværende', 'Afbud:'): its names follow on the lines below."""
    m = ABSENT_LABEL.match(t.strip())
    return bool(m) and not m.group("rest").strip()


def _names_lines(lines: list[str]) -> int:
    """How many of `lines`, from the first, are names and nothing else."""
    return next((k for k, t in enumerate(lines) if not (t.strip() and is_names_line(t) and split_names(t))),
                len(lines))


def _block_names(text: str) -> list[str]:
    """The names of a 'Fraværende' block's lines, up to the first line that is more than names."""
    out: list[str] = []
    for t in text.split("\n"):
        names = split_names(t) if t.strip() and is_names_line(t) else []
        if not names:
            break
        out += [n for n in names if n not in out]
    return out


def absent_outside_decisions(lines: list[str], blocks: list[tuple[str, str]]) -> tuple[list[str], set[str]]:
    """(the absentees, the lines that named them) of an item's lines outside its decision blocks (its head, its
    case text, its attachments' lines) and of its sections headed by an absence label alone (`blocks`: heading,
    text)."""
    out: list[str] = []
    used: set[str] = set()
    for k, t in enumerate(lines):
        names = _labelled_names(t) or sentence_absentees(t)
        if not names and _bare_label(t):
            # 'Bilag' / '1. Kort' / 'Fraværende' / 'Bo Jensen (A)': a block the attachments' lines ran on into
            names = _block_names("\n".join(lines[k + 1:]))
            if names:
                used.update([t, *lines[k + 1: k + 1 + _names_lines(lines[k + 1:])]])
        if names:
            used.add(t)
            out += [n for n in names if n not in out]
    for head, text in blocks:
        m = ABSENT_LABEL.match(head.strip())
        if m and not m.group("rest").strip():
            out += [n for n in _block_names(text) if n not in out]
    return out, used
