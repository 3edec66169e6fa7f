"""Section headings known from a document's own structure, not from the lexicon (headings.py).

An unseen publisher prints headings the lexicon does not hold ('Sagsoplysninger', 'Faglige
overvejelser'). Adding the words one meets is enumeration and does not carry over to the next
publisher; what does is the page's own evidence:
- repetition: a short standalone line that heads a block in two or more items is a section label
  (sub-headings of a case's prose rarely repeat item after item): repeated_headings;
- form, slot and run on a page that keeps its lines: lined_headings;
- a flattened page's run-in phrases, in normal case (flat_run_labels) or in capitals (caps_labels);
- grammar: a phrase run in before a sentence that opens on its subject and verb (flat_run_labels).
Plain sub-headings between known headings are left alone: nothing on the page tells them from an
unknown heading, and a false section costs as much as a missed one. This module gathers the labels a
page shows before it is cut into items (page_labels); the lines found per item are handed to
item_body.parse_item as `marked_headings`.
"""
from __future__ import annotations

from collections import Counter

from .caps_labels import caps_labels
from .colon_labels import colon_labels
from .flat_run_labels import opening_labels, run_labels, subject_labels
from .item_start_base import next_text_index
from .label_shapes import repeatable_label
from .lines import Line
from .repeated_headings import heads_block
from .run_slots import run_in_marks


def page_labels(lines: list[Line]) -> frozenset[str]:
    """Labels the page prints two or more times, each alone on its line and heading a block (a paragraph, a
    sentence, a list), that the lexicon does not know: an unseen publisher's own section headings
    ('Sagsoplysninger' / 'Kommunen har modtaget …' … 'Sagsoplysninger' / …), known before the page is cut
    into items, so that its item starts and the ends of its decisions can be read by them as by known
    headings. A case's prose rarely repeats a sub-heading, and a list's rows head no paragraph."""
    # each line with a label's words, asked once (a page repeats its lines: headings, running heads), and whether
    # it heads a block, which does not depend on the labels found; only _heads_sentence does
    label_like: dict[str, bool] = {}
    spots: list[tuple[int, str, bool]] = []
    for j, ln in enumerate(lines[:-1]):
        t = ln.text
        if t and t not in label_like:
            label_like[t] = repeatable_label(t)
        if t and label_like[t]:
            spots.append((j, t.rstrip(":").rstrip(), heads_block(lines, j)))
    found: frozenset[str] = frozenset()
    for look in range(2):  # a second look: a label right above one found ('Redegørelse' / 'Sagsoplysninger:' / …)
        if look and not found:
            break  # (nothing found to look past: the second look would read as the first)
        seen: Counter[str] = Counter(t for j, t, block in spots if block or _heads_sentence(lines, j, found))
        found = frozenset(t for t, n in seen.items() if n >= 2)
    marked = run_in_marks(lines)  # (each run's run-in phrases, found once for the three readers of them)
    return found | run_labels(lines, marked) | caps_labels(lines) | colon_labels(lines) \
        | opening_labels(lines, marked) | subject_labels(marked)


_SENTENCE_WORDS = 5  # an unstopped line of this many words is a sentence, no title or label


def _heads_sentence(lines: list[Line], j: int, labels: frozenset[str]) -> bool:
    """The next line under line `j` is a sentence left without its stop ('Der er ikke modtaget afbud') or a label
    found already: the line heads a section as a heading does. (Not a line above a known heading: that may be a
    metadata cell's value, 'Sagsgang og sagstype' / 'Økonomiudvalget' / 'Beslutningssag' / 'Indstilling'.)"""
    k = next_text_index(lines, j + 1)
    nxt = lines[k].text if k < len(lines) else ""
    return bool(nxt) and (len(nxt.split()) >= _SENTENCE_WORDS and not nxt.rstrip().endswith(":")
                          or nxt.rstrip(":").rstrip() in labels)
