"""Section headings known from a document's own structure, not from the lexicon (headings.py).

An unseen publisher prints headings the lexicon does not hold ('Sagsoplysninger', 'Faglige
overvejelser'). Adding the words one meets is enumeration and does not carry over to the next
publisher; what does is the page's own evidence:
- repetition: a short standalone line that heads a block in two or more items is a section label
  (sub-headings of a case's prose rarely repeat item after item);
- form: where the page's known headings share a distinct form (a trailing ':', capitals), an unknown
  label in that form and frame is one of them;
- slot: the label that opens an item's case text, below its head and above a known heading;
- run: three or more labels, each between a finished sentence and prose, in a case text that prints no
  known heading at all (there nothing else can be its headings);
- grammar: a phrase run in before a sentence that opens on its subject and verb, on such a page.
Plain sub-headings between known headings are left alone: nothing on the page tells them from an
unknown heading, and a false section costs as much as a missed one. The lines found are handed to
item_body.parse_item as `marked_headings`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .bodies import is_body_name
from .body_date_lines import treatment_head
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .colon_labels import claimed_label, colon_labels, sentence_after
from .dashes import SPACED_DASH
from .dates import DATE_ANY
from .document_kind import KIND_WORD
from .headings import (
    ATTACHMENT_HEADING,
    HEADING,
    HISTORY_HEADING,
    OUTCOME_WORDS,
    PLAIN_DECISION,
    PROPOSER_HEADING,
    ROUTE_LABEL,
    decision_body_date,
    is_heading,
    is_lexicon_heading,
)
from .item_start_base import ItemStart, next_text_index
from .lines import Line
from .people import ABSENT_LABEL
from .sentence_openers import no_noun_phrase, opens_sentence
from .title_marks import STATUS_WORD

_HEADING_LIKE = re.compile(rf"^[A-ZÆØÅ][\w{SPACED_DASH},/ ]{{2,48}}:?$")
# Repeated lines that are no headings: outcomes ('Indstillingen godkendt', 'Taget til efterretning') and
# the lead of a proposal ('Center for Ejendomme indstiller, at').
_NO_HEADING = re.compile(r"^(?:(?:Indstillingen|Forslaget|Sagen|Punktet|Dagsordenen)\s+)?" + OUTCOME_WORDS + r"\b"
                         r"|\bat:?$|\bindstiller\b", re.IGNORECASE)
_LIST_ENTRY = re.compile(r"^(?:[-•·–]\s|\d{1,2}[.)]\s)")  # '- Model A', '• Hans Pedersen', '1) Fælles visitation'


def repeated_headings(lines: list[Line], starts: list[ItemStart]) -> frozenset[str]:
    """Short lines that head a block in two or more items' bodies: a publisher's own section headings,
    known by their repetition even where the lexicon does not know them (without a trailing ':'). Also a
    label that heads a block in one item and stands in a heading's place in another (repeated_in_sequence)."""
    bodies = [lines[s.index + s.consumed: starts[k + 1].index if k + 1 < len(starts) else len(lines)]
              for k, s in enumerate(starts)]
    seen: dict[str, set[int]] = {}
    blocks: set[tuple[int, int]] = set()  # (item, line) of each line that heads a block
    for k, body in enumerate(bodies):
        for j, ln in enumerate(body[:-1]):
            if _heads_block(body, j):
                seen.setdefault(ln.text.rstrip(":"), set()).add(k)
                blocks.add((k, j))
    found = frozenset(t for t, items in seen.items() if len(items) >= 2)
    return found | repeated_in_sequence(bodies, seen, found, blocks)


def repeated_in_sequence(bodies: list[list[Line]], heads: dict[str, set[int]], found: frozenset[str],
                         blocks: set[tuple[int, int]]) -> frozenset[str]:
    """Labels a page prints alone on a line in two or more items' bodies, heading a block in one of them
    (`heads`: the items where each does; `blocks`: the lines that do) or stacked above another of the page's
    labels (a heading left empty, as a publisher's template prints every heading of its items), and elsewhere
    standing where a heading stands: above a text of a few words ('Orientering fra direktøren'), in the same
    order against the known headings in every item. An item's body repeats its publisher's sequence of headings;
    a sub-heading of one case's prose is not printed again in the next case in its place, and a table's cells,
    which also repeat, head no block in any item (their value is one token: a date, a status, a name)."""
    texts = [[ln.text.rstrip(":").rstrip() for ln in body] for body in bodies]
    # (only a line printed in two bodies or more can be one; asked first, as the rest is the costly part)
    twice = Counter(t for body in texts for t in set(body) if t and _LABEL_SHAPE.match(t))
    label_like: dict[str, bool] = {}  # (_repeatable_label of each line's words, asked once a page)
    spots = []  # (body, its label line, the next text line, in place already without the page's labels)
    for k, body in enumerate(bodies):
        for j in range(len(body) - 1):
            t = texts[k][j]
            if twice[t] < 2 or body[j].text.endswith("."):
                continue
            if t not in label_like:
                label_like[t] = _repeatable_label(body[j].text)
            if label_like[t] and (spot := _spot(body, j, (k, j) in blocks)) is not None:
                spots.append((k, t, *spot))
    firsts = [_first_known(body) for body in texts]
    new: set[str] = set()
    for _ in range(2):  # a second look: a label stacked above one found ('Resumé' / 'Baggrund' / prose)
        strong: dict[str, set[int]] = {t: set(items) for t, items in heads.items()}
        places: dict[str, set[int]] = {}
        labels = found | new
        for k, t, nxt, in_place in spots:
            above = nxt.rstrip(":").rstrip() in labels and not is_lexicon_heading(nxt)
            if above or in_place:
                places.setdefault(t, set()).add(k)
            if above:  # (above a known heading it may be a metadata cell's value: 'Beslutningssag' / 'Indstilling')
                strong.setdefault(t, set()).add(k)
        new |= {t for t, items in places.items() if t not in found and strong.get(t)
                and len(items | strong[t]) >= 2 and _in_order(t, texts, firsts)}
    return frozenset(new)


_FEW_WORDS = 2  # a text under a heading has two words or more; a table cell's value is one token


def _spot(body: list[Line], j: int, block: bool) -> tuple[str, bool] | None:
    """(the next text line, whether line `j` heads a block or a text of a few words) for a label line `j` of an
    item's body, or None where the line is a decision's text or the names under an absence label
    (repeated_in_sequence)."""
    before = body[j - 1].text if j and body[j - 1].text else (body[j - 2].text if j > 1 else "")
    if before and (decision_body_date(before) is not None or PLAIN_DECISION.match(before)
                   or ABSENT_LABEL.match(before)):
        return None
    k = next_text_index(body, j + 1)
    nxt = body[k].text.strip() if k < len(body) else ""
    if block:  # (it heads a block: _heads_block, asked by the caller)
        return nxt, True
    few = len(nxt.split()) >= _FEW_WORDS and not nxt.endswith(":") and not is_heading(nxt) \
        and not DATE_ANY.search(nxt) and not _STATUS.match(nxt) and not is_body_name(nxt)
    return nxt, few


def _first_known(texts: list[str]) -> dict[str, int]:
    """Each known heading of an item's lines -> where it is first printed."""
    out: dict[str, int] = {}
    for i, t in enumerate(texts):
        if t and is_lexicon_heading(t):
            out.setdefault(t.casefold(), i)
    return out


def _in_order(label: str, texts: list[list[str]], firsts: list[dict[str, int]]) -> bool:
    """Every known heading printed in two items with `label` (`firsts`: where each item first prints each) stands
    on the same side of it in both: the page's sequence of headings, which a heading keeps and a line that recurs by
    chance does not."""
    side: dict[str, bool] = {}
    for body, known in zip(texts, firsts, strict=True):
        if label not in body:
            continue
        at = body.index(label)
        for t, i in known.items():
            if side.setdefault(t, i < at) != (i < at):
                return False
    return True


def run_headings(lines: list[Line], starts: list[ItemStart]) -> frozenset[str]:
    """Labels that structure a case text the lexicon knows no heading of: where an item's body prints no known
    case-text heading but three or more labels of a few words, each between a finished sentence and prose
    ('Sagsoplysninger' / 'Kommunen har modtaget …' / 'Begrundelse' / …), the run of them is the text's
    headings. With a known heading in the body they are left alone: there they may be its prose's
    sub-headings, which the contract does not count."""
    found: set[str] = set()
    for k, s in enumerate(starts):
        end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        found |= body_run_headings(lines[s.index + s.consumed: end])
    return frozenset(found)


def body_run_headings(body: list[Line]) -> frozenset[str]:
    """run_headings for one item's body (a page of a single case)."""
    if any(ln.text and HEADING.match(ln.text) and not PLAIN_DECISION.match(ln.text)
           and decision_body_date(ln.text) is None for ln in body):
        return frozenset()
    prose = next((i for i, ln in enumerate(body) if len(ln.text) >= _PROSE), len(body))
    # (the first label may follow the head's short metadata lines, 'Sag 306-2009-142584', as opening_heading's)
    labels = [ln.text for i, ln in enumerate(body) if ln.text and _label_between(body, i, after_head=i < prose)]
    return frozenset(t.rstrip(":") for t in labels) if len(labels) >= 3 else frozenset()


def _heads_block(body: list[Line], j: int) -> bool:
    """Line `j` of an item's body has a heading's shape (a few words, a capital, no full stop) and heads a
    block: a paragraph (40+ characters), a sentence however short ('Ingen bemærkninger.') or a list ('- Model A',
    '1) Fælles visitation', '• Hans Pedersen'). Not a line right above a known heading ('Åbent', 'Beslutningssag':
    a metadata cell's value), nor the first line under a decision heading (its text)."""
    t = body[j].text
    if not t or not _HEADING_LIKE.match(t) or len(t.split()) > 5 or t.endswith(".") or _NO_HEADING.search(t):
        return False
    before = body[j - 1].text if j and body[j - 1].text else (body[j - 2].text if j > 1 else "")
    if before and is_heading(before) and decision_body_date(before) is not None or PLAIN_DECISION.match(before):
        return False  # the first line under a decision heading is its text ('Indstillingen godkendt')
    if before and (m := ABSENT_LABEL.match(before)) and not m.group("rest").strip():
        # the line under an absence label alone ('Fraværende:' / 'Bo Jensen'): the label's value, the names of who
        # was away (annotation rules), however often the same member is away item after item
        return False
    k = next_text_index(body, j + 1)
    if k >= len(body):
        return False
    nxt = body[k].text
    return len(nxt) >= 40 or nxt.rstrip().endswith(".") or bool(_LIST_ENTRY.match(nxt)) and not DATE_ANY.match(nxt)


# a label of a few words, letters only (no digits, dates or sentence punctuation), its ':' kept
_LABEL_SHAPE = re.compile(rf"^[A-ZÆØÅ][A-Za-zÆØÅæøåéÉ{SPACED_DASH}/ ]{{2,48}}:?$")
_MAX_WORDS = 4
# 'Åbent', 'Lukket punkt': the item's status, no label
_STATUS = re.compile(rf"^{STATUS_WORD}(?:\s+(?:punkt|sag))?:?$", re.IGNORECASE)
_PROSE = 40  # the shortest line that reads as a paragraph under a heading


def _form(t: str) -> tuple[bool, bool]:
    """(ends with ':', printed in capitals): the form a publisher gives its headings."""
    return t.endswith(":"), t.rstrip(":").isupper()


def _frame(lines: list[Line], i: int) -> tuple[bool, bool]:
    """(a blank line above, a blank line below) line `i`."""
    return i > 0 and not lines[i - 1].text, i + 1 < len(lines) and not lines[i + 1].text


def shaped_headings(lines: list[Line]) -> frozenset[str]:
    """Unknown lines printed in the distinct form the document gives its known headings: when its case-text
    headings (three in four of them) end with ':' or are in capitals ('SAGSFREMSTILLING', 'ØKONOMI:'), a
    label of a few words in that same form and frame (blank lines around it), between a finished paragraph
    and prose, is a heading of the document too (without a trailing ':'). Not for plain headings: a case's
    prose prints its sub-headings in that form ('Den videre proces'), which the contract does not count."""
    known = [i for i, ln in enumerate(lines)
             if ln.text and HEADING.match(ln.text) and not PLAIN_DECISION.match(ln.text)]
    form, frame = _most(_form(lines[i].text) for i in known), _most(_frame(lines, i) for i in known)
    if form is None or frame is None or form == (False, False):
        return frozenset()
    found = set()
    for i, ln in enumerate(lines):
        if _form(ln.text) == form and _frame(lines, i) == frame and _label_between(lines, i):
            found.add(ln.text.rstrip(":"))
    return frozenset(found)


def _most(values: Iterable[tuple[bool, bool]]) -> tuple[bool, bool] | None:
    """The value that two or more and at least three in four of `values` share (a stray 'Bilag' printed plain
    among 'ØKONOMI', 'INDSTILLING' does not hide the page's form), else None."""
    counts = Counter(values)
    if not counts:
        return None
    value, n = counts.most_common(1)[0]
    return value if n >= 2 and 4 * n >= 3 * sum(counts.values()) else None


# a field of the item's head with its value ('Øvrige sagsbehandlere: Jacob Philipsen', 'Sagsnr.: 24/1001'): the
# head ends there, and a label below it opens the text as one below a finished sentence does
_FIELD_LINE = re.compile(r"^[A-ZÆØÅ][\w .-]{1,30}:\s+\S")


def _label_between(lines: list[Line], i: int, after_head: bool = False) -> bool:
    """Line `i` is a label of a few words that no other reading claims (no known heading, body's name,
    absence label, outcome or proposal's lead), after a finished sentence or a heading and before prose."""
    t = lines[i].text
    if not _LABEL_SHAPE.match(t) or len(t.split()) > _MAX_WORDS or is_lexicon_heading(t) or _NO_HEADING.search(t) \
            or is_body_name(t.rstrip(":")) or ABSENT_LABEL.match(t) or _STATUS.match(t):
        return False
    above = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].text), "")
    below = next((lines[k].text for k in range(i + 1, len(lines)) if lines[k].text), "")
    return len(below) >= _PROSE and (after_head or above.endswith((".", ":")) or is_heading(above)
                                     or bool(_FIELD_LINE.match(above)))


def opening_heading(body: list[Line]) -> str | None:
    """The label that opens an item's case text when the lexicon does not know it: the first label of a few
    words below the item's head (its short metadata lines), with prose below it and a known heading further
    on ('Sagsoplysninger' / 'Kommunen har modtaget …' / … / 'Indstilling'). A case's text starts with its
    first section, not a sub-heading; without a known heading below, the line may be the title's rest."""
    field_value = False
    for i, ln in enumerate(body):
        t = ln.text
        if not t:
            continue
        if field_value:  # the route's bodies under its label ('Sagsgang' / 'AU/BUU/VPU, ØK, KB'): the head goes on
            field_value = False
            continue
        if ROUTE_LABEL.match(t):
            field_value = True
            continue
        if is_heading(t) or len(t) >= _PROSE:
            return None  # a known heading or prose comes first: the text is opened already
        if _LABEL_SHAPE.match(t) and _label_between(body, i, after_head=True):
            rest = body[i + 1:]
            return t.rstrip(":") if any(x.text and HEADING.match(x.text) for x in rest) else None
    return None


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
            label_like[t] = _repeatable_label(t)
        if t and label_like[t]:
            spots.append((j, t.rstrip(":").rstrip(), _heads_block(lines, j)))
    found: frozenset[str] = frozenset()
    for look in range(2):  # a second look: a label right above one found ('Redegørelse' / 'Sagsoplysninger:' / …)
        if look and not found:
            break  # (nothing found to look past: the second look would read as the first)
        seen: Counter[str] = Counter(t for j, t, block in spots if block or _heads_sentence(lines, j, found))
        found = frozenset(t for t, n in seen.items() if n >= 2)
    marked = run_in_marks(lines)  # (each run's run-in phrases, found once for the three readers of them)
    return found | run_labels(lines, marked) | caps_labels(lines) | colon_labels(lines) \
        | opening_labels(lines, marked) | subject_labels(marked)


# a phrase of a few words run in after a finished sentence, its colon or none, a capitalised word after it ('… til
# efterretning. Begrundelse Direktøren indstiller …', 'Faglige overvejelser: Direktionen.'). (Its capital first and
# the space before it asked behind that: a pattern that opens on a class of letters is scanned for them quickly,
# one that opens on a look-behind is tried at every character of a long run.)
_RUN_IN = re.compile(r"(?P<label>[A-ZÆØÅ](?<!\S[A-ZÆØÅ])[a-zæøåé]{3,}(?: [a-zæøåé]{2,}){0,2}):? (?=[A-ZÆØÅ][a-zæøå])")
_RUN = 300  # the shortest line that is a flattened page's run, no paragraph a heading stands above
RunInMarks = list[tuple[str, list[re.Match[str]]]]  # each run of a page with its run-in phrases (_RUN_IN)


def run_in_marks(lines: list[Line]) -> RunInMarks:
    """Each run of the page (_CAPS_RUN characters or more) with its run-in phrases: a flattened page's run is long,
    and run_labels (twice), _paired_labels (twice) and opening_labels each read the same phrases, found once here."""
    return [(ln.text, list(_RUN_IN.finditer(ln.text))) for ln in lines if len(ln.text) >= _CAPS_RUN]


def run_labels(lines: list[Line], marked: RunInMarks | None = None) -> frozenset[str]:
    """Labels a flattened page runs in after a finished sentence two or more times, a capitalised word after each:
    on a page printed as long runs, no line of its own tells a heading from its text, but a phrase the runs repeat
    in that slot ('… til efterretning. Begrundelse Direktøren …', '… Høng Skole. Begrundelse Kommunaldirektøren …')
    is the page's heading, as a repeated label on a lined page is. A sentence rarely begins with the same words
    twice and a capitalised word after them; a name does, but the same surname follows it ('Mette Ekstrøm'),
    where a heading's texts begin each its own way. Nor does a heading end in a short word ('Orientering om').
    Right after an item's head (its case number, its status word: '… Sagsnr. 250467 Åbent punkt Redegørelse Sundheds-
    og …') is a heading's slot too, the one that opens the case text; there a phrase counts found in two or more
    items even where each item's text begins with the same words: a sentence does not open item after item at the
    head's end with the same capitalised phrase, which no stop before it tells from the head, but the publisher's
    opening heading does. A field's value naming a person ('Sagsbehandler: Marie Jensen') is no heading's text.
    `marked`: the page's run_in_marks, where the caller has them."""
    marked = [(run, marks) for run, marks in (run_in_marks(lines) if marked is None else marked) if len(run) >= _RUN]
    runs = [run for run, _ in marked]
    # each phrase's slot read once: (run, phrase, where the text before it ends, right after an item's head, in a
    # heading's slot without the page's labels); only the last depends on the labels found, and only by their names
    phrases = []
    for run, marks in marked:
        for m in marks:
            end = _stripped_end(run, m.start())
            head = _head_end(run, end) and not _name_after(run, m.end()) and not _head_next(run, m.end())
            phrases.append((run, m, end, head, head or _in_slot(run, end, frozenset())))
    found: frozenset[str] = frozenset()
    for look in range(2):  # a second look: a phrase right after one found ('Redegørelse Sagsoplysninger Direktionen …')
        if look and not found:
            break  # (nothing found to look past: the second look would read as the first)
        after: dict[str, set[str]] = {}
        heads: Counter[str] = Counter()  # phrases right after an item's head (its case number, its status word)
        spots: dict[str, list[tuple[str, int]]] = {}  # (the run, where the text after the phrase begins)
        for run, m, end, head, slot in phrases:
            if slot or found and _in_slot(run, end, found):
                after.setdefault(m.group("label"), set()).add(_word_at(run, m.end()).strip(".,;:()"))
                spots.setdefault(m.group("label"), []).append((run, m.end()))
                heads[m.group("label")] += head
        # (past a heading right after it, asked only where the next words do not differ: _word_past reads more)
        found = frozenset(t for t, nxt in after.items()
                          if (_differ(nxt) or heads[t] >= 2 or _differ({_word_past(r, i, found) for r, i in spots[t]}))
                          and len(t.split()[-1]) >= _SHORT_WORD
                          and not _CLAUSE_OPENER.fullmatch(t.split()[0])
                          and _repeatable_label(t) and not any(_inside_sentence(t, run, after) for run in runs))
    # (a page may open on a heading where the page before ends on a finished sentence: a section's text ends there)
    opens = [i > 0 and runs[i - 1].rstrip().endswith((".", "!", "?")) for i in range(len(runs))]
    return found | frozenset(k for (run, marks), o in zip(marked, opens, strict=True)
                             for k in _paired_labels(run, marks, runs, o))


# the end of an item's head by its labels: the case number's label (its value printed or left empty: 'Sagsnr.: 10/11',
# 'Sagsnr.:') or the item's status ('Åben sag', 'Åbent punkt'); not a bare number, which a year range also is
_LABELLED_HEAD_END = re.compile(rf"(?:(?<!\S)(?:{CASE_LABEL_WORDS})\.?\s*:?(?:\s*\d[\w./-]*)?"
                                rf"|(?<!\S)(?:{STATUS_WORD})(?:\s+(?:punkt|sag))?)\s*$", re.IGNORECASE)
_OPENING_WORDS = 2  # an opening heading printed once is read of one or two words ('Sagsgrundlag', 'Sagens kerne')


def opening_labels(lines: list[Line], marked: RunInMarks | None = None) -> frozenset[str]:
    """The heading that opens an item's case text, printed once, run in right after the item's head ('… Sagsnr.: 10/11
    Sagsgrundlag Kommunalbestyrelsens møder indledes …', '… Åben sag Tilblivelse Udvalget har …'), the slot run_labels
    reads where two or more items print the same phrase. Why it holds across publishers: a case's text begins with
    its first section, and the head ends on its case number or status; a phrase of a word or two there, opening on a
    long word, a sentence after it, is that section's heading, where a sentence would go on in small letters after
    its first word. Not where the phrase is printed anywhere else on the page outside that slot: a title printed
    after the case number is printed in the contents list too. `marked`: the page's run_in_marks, where the caller
    has them."""
    slots: Counter[str] = Counter()
    for run, marks in run_in_marks(lines) if marked is None else marked:
        for m in marks:
            label = m.group("label")
            words = label.split()
            if len(words) > _OPENING_WORDS or len(words[0]) < _LABEL_WORD or len(words[-1]) < _SHORT_WORD \
                    or not _LABELLED_HEAD_END.search(run, max(0, m.start() - _HEAD_TAIL), m.start()):
                continue
            if is_lexicon_heading(label) or claimed_label(label) or _CLAUSE_OPENER.fullmatch(words[0]) \
                    or _head_next(run, m.end()) or _name_after(run, m.end()) or not sentence_after(run, m.end()) \
                    or not _repeatable_label(label):
                continue
            slots[label] += 1
    if not slots:
        return frozenset()
    text = "\n".join(ln.text for ln in lines)
    # (each slot's phrase is a word of its own, so a page printing the phrase no more times than that, word or not,
    # prints it nowhere else: the plain count answers most, the word-bounded one the rest)
    return frozenset(t for t, n in slots.items()
                     if text.count(t) == n or len(re.findall(rf"(?<!\w){re.escape(t)}(?!\w)", text)) == n)


def subject_labels(marked: RunInMarks) -> frozenset[str]:
    """Phrases run in right before a sentence that opens on its subject and verb ('… 2012 Klagens indhold Der er
    modtaget …', '… forretningsorden. Hovedtræk Administrationen indstiller …'), even printed once: a noun phrase with
    no stop after it and a main clause right behind is a heading, as a sentence does not run on into the next one's
    subject, and a name goes on in capitals, not into a verb (sentence_openers). Where the subject is a body's name
    ('… Fagnotat Silkeborg Kommune har …') only after a finished sentence or an item's head: after a word of prose a
    place's name may be the body's own first word ('under Kildeby Lokalråd har'). Not on a page that prints known
    case-text headings run in (beside them it is their prose's sub-heading, _paired_labels), nor a label's value or a
    list's entry (a colon, a bullet before it), nor a phrase the page prints anywhere without a sentence after it (a
    name: 'Herning Svømmehal, …'; a sentence's own words: 'Sagsgrundlag for …'), opening on a short word (a first
    name), ending on one or on a preposition, holding a verb (a clause), or another reading claims. `marked`: the
    page's run_in_marks."""
    seen: set[str] = set()
    runs = [run for run, _ in marked]
    if any(_prints_case_heading(run, run_in=True) for run in runs):
        return frozenset()
    for run, marks in marked:
        for m in [*marks, *_BEFORE_I.finditer(run)]:
            label = m.group("label").rstrip(":")
            words = label.split()
            if label in seen or len(words[0]) < _LABEL_WORD or len(words[-1]) < _SHORT_WORD \
                    or not opens_sentence(run, m.end()):
                continue
            end = _stripped_end(run, m.start())
            if run[end - 1: end] in (":", "") or _LIST_ITEM_MARK.fullmatch(_last_word(run, end)):
                continue  # (a label's value, or a list's entry: 'Bemærkninger: Solcelleanlæg …', 'o Uddannelse …')
            if not (_in_slot(run, end, frozenset()) or _head_end(run, end) or opens_sentence(run, m.end(), False)):
                continue  # (a body's name after it, the phrase after a word of prose: the name's first word)
            if _CLAUSE_OPENER.fullmatch(words[0]) \
                    or no_noun_phrase(label) or claimed_label(label) or not _repeatable_label(label):
                continue
            seen.add(label)
    return frozenset(t for t in seen if all(_heads_text(t, run) for run in runs))


# a phrase run in before the preposition 'I' and a word in small letters ('… Tidsforløb I forbindelse med …'), which
# _RUN_IN's capital and small letter after it does not read (one capital alone)
_BEFORE_I = re.compile(r"(?P<label>[A-ZÆØÅ](?<!\S[A-ZÆØÅ])[a-zæøåé]{3,}(?: [a-zæøåé]{2,}){0,2}):? (?=I [a-zæøå])")
_LIST_ITEM_MARK = re.compile(r"[a-zæøå]|[-•·▪●o*]")  # a list entry's mark before it: a bullet, a letter ('o', 'a')


def _last_word(run: str, end: int) -> str:
    """The word of `run` that ends at `end`."""
    return run[run.rfind(" ", 0, end) + 1: end]


def _heads_text(label: str, run: str) -> bool:
    """Wherever `label` stands in `run`, a sentence follows it (subject_labels)."""
    return all(opens_sentence(run, m.end()) or sentence_after(run, m.end())
               for m in re.finditer(rf"(?<!\w){re.escape(label)}:?\s+", run))


# a phrase of one to four words in capitals run in before a capitalised word of normal case ('… ført til referat.
# ØKONOMI Udgiften afholdes …', 'HØRING OG INDDRAGELSE I foråret …'); letters only (no 'CO2', no '§'). (Its first
# capital first, what stands before it asked behind it: _RUN_IN's quick scan)
_CAPS_RUN_IN = re.compile(r"(?P<label>[A-ZÆØÅ](?<![\w§-][A-ZÆØÅ])[A-ZÆØÅ]+(?: [A-ZÆØÅ]{2,}){0,3}):?\s+"
                          r"(?=[A-ZÆØÅ][a-zæøå]|I [a-zæøå])")
# a run of several sentences, shorter than _RUN: the case marks a heading on its own, where a phrase in normal case
# needs the page's other runs beside it (a page line cut at its running head is shorter than a flattened page's run)
_CAPS_RUN = 200
_LEADER_NUMBER = re.compile(r"(?:\.\.|…)\d{1,3}$")  # '… Rekvisittilskud...17': a contents row's leader and page
_CAPS_SHARE = 0.2  # the most of a run's words in capitals for it to be prose set in normal case
_CHROME_WORDS = 12  # a run's first and last words, where a page's running head and foot stand (page_chrome)
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,3}\.?\s*$")  # '… 4 BUDGETOPFØLGNING Sagsnr …': an item's title


def caps_labels(lines: list[Line]) -> frozenset[str]:
    """Phrases a flattened page prints in capitals inside prose set in normal case, a sentence after each: a heading,
    even printed once. A publisher sets headings in capitals and prose never, so where the line breaks are lost the
    case still marks them ('… ført til referat. ØKONOMI Udgiften afholdes …'). Not an acronym or a body's initials
    ('KL', 'BUV', 'EU': _initials), a body's name ('ØKONOMIUDVALGET'), the
    document's kind, an item's status or an outcome, an item's title after its number, nor what the runs print
    among their first or last words two times or more (a running head or foot, 'KOMMUNALBESTYRELSEN …')."""
    runs = [ln.text for ln in lines if len(ln.text) >= _CAPS_RUN]
    found: set[str] = set()
    for run in runs:
        labels = {label for m in _CAPS_RUN_IN.finditer(run) if (label := _caps_label(run, m))
                  and not _ITEM_NUMBER_BEFORE.search(run, max(0, m.start() - 6), m.start())}
        if labels and not _in_capitals(run) and not _prints_case_heading(run, caps=False):
            # (beside known headings printed in normal case, capitals are the prose's sub-headings or stress, as
            # shaped_headings leaves them on a lined page; both asked last, for a run with a phrase in capitals)
            found |= labels
    ends = _run_ends(runs) if found else []
    return frozenset(t for t in _apart(found) if not _in_chrome(t, ends))


def _in_capitals(run: str) -> bool:
    """More than _CAPS_SHARE of the run's words are in capitals: a run set in capitals, whose case tells nothing."""
    words = run.split()
    return sum(len(w) > 1 and w.isupper() for w in words) > _CAPS_SHARE * len(words)


def _apart(labels: set[str]) -> set[str]:
    """`labels` with a phrase that begins or ends on another of them cut in two ('SAGSGRUNDLAG TIDSFORLØB' where
    'SAGSGRUNDLAG' stands alone elsewhere): a heading left empty, the next one right after it, as a publisher's
    template prints every heading of its items."""
    out = set(labels)
    for t in sorted(labels, key=len, reverse=True):
        words = t.split()
        cut = next((j for j in range(1, len(words))
                    if " ".join(words[:j]) in labels or " ".join(words[j:]) in labels), None)
        if cut is not None:
            out.discard(t)
            out |= {x for x in (" ".join(words[:cut]), " ".join(words[cut:])) if not _claimed_caps(x)}
    return out


def _caps_label(run: str, m: re.Match[str]) -> str | None:
    """The heading the capitals of `m` print, or None (caps_labels). Where they end on a known heading
    ('INDHOLD INDSTILLING Der er …': a heading left empty before the next), the words before it."""
    words = m.group("label").split()
    before = run[max(0, m.start() - 40): m.start()].split()
    if not before or before[-1].strip(".,:;()").isupper() and any(c.isalpha() for c in before[-1]) \
            or _LEADER_NUMBER.search(before[-1]) \
            or before[-1].isalpha() and before[-1].islower() and not _sentence_after(run, m.end()):
        return None  # (the run's start: a page's top, its title or running head; a longer phrase in capitals: a title
        # or a name, no heading of a few words; a contents row's page number behind its leader: a group of items; a
        # word of a sentence going on, no sentence after it: 'Aarhus som UNESCO Litteraturby, KF …', a name's part)
    while len(words) > 1 and len(words[-1]) <= _SHORT_WORD and is_body_name(words[-1]):
        words.pop()  # a body's initials after it ('… ØKONOMI KKR Kommunerne …'); not in a heading of its own words
    while len(words) > 1 and len(words[0]) <= _SHORT_WORD and is_body_name(words[0]):
        words.pop(0)
    first = next((j for j in range(len(words) - 1, 0, -1) if is_lexicon_heading(" ".join(words[:j]))), 0)
    words = words[first:]  # (a known heading before it is cut by the lexicon: 'INDSTILLING ØKONOMI Udgiften …')
    cut = next((j for j in range(1, len(words))  # (a known heading opens on its noun: 'TIL UDVALGETS AFGØRELSE' no)
                if len(words[j]) >= _SHORT_WORD and is_lexicon_heading(" ".join(words[j:]))), len(words))
    empty, words = cut < len(words), words[:cut]
    label = " ".join(words)
    if not empty and _name_after(run, m.end()) or _head_next(run, m.end()):
        return None  # a name after it ('FORMAND Bente Holm') or an item's head (a contents row's title)
    return None if _claimed_caps(label) else label


def _claimed_caps(label: str) -> bool:
    """Capitals another reading claims (caps_labels): a known heading, initials, a body's name ('ØKONOMIUDVALGET',
    'BØRNE- OG SKOLEUDVALGET'), the document's kind ('REFERAT'), an item's status, an outcome ('GODKENDT'), an
    absence label, two headings glued together, or a phrase opening or ending on a small word ('OG', 'TIL': a part
    of a longer phrase, 'SAGER TIL' before 'UDVALGETS AFGØRELSE'; a heading ends on its noun)."""
    words = label.split()
    return is_lexicon_heading(label) or len(words) == 1 and _initials(label) or is_body_name(label.title()) \
        or any(len(w) > _SHORT_WORD and is_body_name(w.capitalize()) for w in words) or bool(KIND_WORD.search(label)) \
        or bool(_STATUS.match(label) or _NO_HEADING.search(label) or ABSENT_LABEL.match(label.capitalize())) \
        or len(words[0]) < _SHORT_WORD or len(words[-1]) < _SHORT_WORD or _glued_heading(words[-1])


def _glued_heading(word: str) -> bool:
    """A word in capitals that ends on a known heading glued to the word before ('INDHOLDINDSTILLING'): two headings
    run together by the text's extraction, no third one (unglue reads such pairs)."""
    return any(is_lexicon_heading(word[k:]) for k in range(_SHORT_WORD, len(word) - _SHORT_WORD))


def _run_ends(runs: list[str]) -> list[str]:
    """The first and the last _CHROME_WORDS words of each run, where a page's running head and foot stand (read once
    for all of a page's phrases in capitals)."""
    return [" ".join(r.split()[:_CHROME_WORDS]) for r in runs] + [" ".join(r.split()[-_CHROME_WORDS:]) for r in runs]


def _in_chrome(label: str, ends: list[str]) -> bool:
    """`label` stands among the run ends (_run_ends) two times or more: a running head or foot (page_chrome)."""
    pattern = re.compile(rf"(?<!\S){re.escape(label)}(?!\S)")
    return sum(bool(pattern.search(e)) for e in ends) >= 2


_VOWELS = frozenset("AEIOUYÆØÅ")


def _initials(word: str) -> bool:
    """A word in capitals is initials or an acronym ('KL', 'BUPL', 'SSP', 'BRN'): four letters or fewer, or fewer than
    two vowels; a word of the language in capitals ('FORMÅL', 'HØRING') is longer and has its vowels."""
    return len(word) <= _SHORT_WORD or sum(c in _VOWELS for c in word) < 2


_NEIGHBOURS = 3  # the most headings stacked one after another that _word_past looks past ('Indhold Indstilling …')


def _word_past(run: str, at: int, labels: frozenset[str]) -> str:
    """The word at `at`, or where a heading stands there (the lexicon's or one of `labels`) the first word past it
    and the headings right after it: a publisher that prints every heading of its template leaves some empty,
    each right before the next ('… godkendt. Indhold Indstilling Der er …'); the word after the empty one is the
    same next heading on every item, and would read as a name going on ('Mette Ekstrøm') where the text past it
    begins each its own way."""
    for _ in range(_NEIGHBOURS):
        words = run[at: at + 80].split()[:_HEADING_WORDS + 1]
        n = next((n for n in range(len(words) - 1, 0, -1) if words[n][:1].isupper()
                  and (" ".join(words[:n]).rstrip(":") in labels or is_lexicon_heading(" ".join(words[:n])))), 0)
        if not n:
            break
        at = run.index(words[n], at + sum(len(w) for w in words[:n]))
    return _word_at(run, at).strip(".,;:()")


_ITEM_NUMBER_STOP = re.compile(r"(?:^|\s)\d{1,3}\.$")  # '… 3.': an item's number, no finished sentence
_LABEL_WORD = 6  # the shortest first word of a label seen once ('Mulige løsninger'); first names are shorter


def _paired_labels(run: str, marks: list[re.Match[str]], runs: list[str], opens: bool = False) -> frozenset[str]:
    """Phrases a flattened run prints in a heading's slot once each, where it prints two or more of them: a case
    text's unknown headings on a page of one or two items, which repeat no label ('… drøftes. Begrundelse Sundheds-
    og Omsorgsudvalget … kort oplæg. Anbefaling Sagen har …'). Each stands after a finished sentence (not an item's
    number) or right after the item's head (its case number, its status word: '… Sagsnr.: 16/31575 Redegørelse
    Borgerservice-, …', the slot run_labels reads), opens on a long word and is followed by a sentence, not a name
    ('… godkendt. Viceborgmester Jens Hansen …': a second capitalised word after it, not a compound's first part cut
    at its hyphen), nor printed twice before the same word (a name and its surname), and stands inside no sentence
    on the page (asked last: it reads every run). `opens`: the run's page number is a heading's slot too. `marks`:
    the run's run-in phrases (run_in_marks)."""
    after: dict[str, list[str]] = {}
    for m in marks:
        if _paired_slot(run, m, opens):
            after.setdefault(m.group("label"), []).append(_word_at(run, m.end()).strip(".,;:()"))
    # (printed twice, the same word after it each time, it is a name: '… fraværende. Kristoffer Storm og …')
    seen = {t for t, nxt in after.items() if len(nxt) == 1 or _differ(set(nxt))}
    if len(seen) < 2 or _prints_case_heading(run):
        return frozenset()
    seen = {t for t in seen if not any(_inside_sentence(t, r, ()) for r in runs)}
    if len(seen) < 2:
        return frozenset()
    return frozenset(seen) | {m.group("label") for m in marks
                              if _after_body_section(run, m, seen) and _paired_shape(run, m)}


_BODY_SECTION = 80  # the most characters a heading and the body's name under it take


def _after_body_section(run: str, m: re.Match[str], labels: set[str]) -> bool:
    """The phrase `m` follows one of the run's headings and the name of a body, that section's whole text
    ('… Begrundelse Sundheds- og Omsorgsudvalget Faglige overvejelser Forvaltningen vil …'): a section that names
    who decides ends there, without a stop, where the next heading begins. Not a phrase that goes on the body's
    name ('… Beslutning Udvalget for Kultur og Fritid den …': 'Fritid' is the name's last word)."""
    end = _stripped_end(run, m.start())
    for x in labels:
        i = run.rfind(x, max(0, end - _BODY_SECTION), end)
        middle = run[i + len(x): end].strip(" :") if i >= 0 else ""
        if middle and middle[0].isupper() and is_body_name(middle) \
                and not is_body_name(f"{middle} {m.group('label')}"):
            return True
    return False


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|^\d{1,4}\s+)(?=[A-ZÆØÅ])")
_HEADING_WORDS = 4  # the most words a case-text heading the run prints is read for ('Økonomi og finansiering')


def _prints_case_heading(run: str, caps: bool = True, run_in: bool = False) -> bool:
    """The run prints a known case-text heading at a sentence's start: its text has headings the lexicon knows,
    and the phrases beside them are its prose's sub-headings or sentences, as run_headings leaves them on a lined
    page. With `caps` False only one printed in normal case ('Sagsfremstilling', not 'SAGSFREMSTILLING'); with
    `run_in` only one a capital follows, in either case (a heading word that also opens sentences, 'Sagen fremlægges
    …', is then a sentence's subject)."""
    for m in _SENTENCE_START.finditer(run):
        words = run[m.end(): m.end() + 80].split()[:_HEADING_WORDS]
        if not caps and (not words or words[0].isupper()):
            continue
        if any(_case_heading(" ".join(words[:n])) and (caps and not run_in and not _clause_goes_on(words, n)
                                                       or n < len(words) and words[n][:1].isupper())
               for n in range(1, len(words) + 1)):
            return True  # (in normal case, run in before a capital: 'Sagen fremlægges …' opens a sentence)
        glued = _GLUED_HEAD.match(words[0]) if run_in and words else None
        if glued and _case_heading(glued.group(0)):
            return True  # ('SagsfremstillingKommunen har …': the heading glued to its text's first word)
    return False


# a word glued to the capitalised word after it, where extraction lost the space between a heading and its text
_GLUED_HEAD = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?=[A-ZÆØÅ][a-zæøå])")


def _clause_goes_on(words: list[str], n: int) -> bool:
    """The heading of a proposer and a verb ('Direktøren indstiller', headings.PROPOSER_HEADING) with a word in small
    letters after it: the sentence that opens a proposal ('Direktøren indstiller til Byrådet …'), no heading; a heading
    of nouns is one whatever follows it in capitals ('SAGSFREMSTILLING'), a clause only where it stops."""
    return n < len(words) and words[n][:1].islower() and bool(PROPOSER_HEADING.match(" ".join(words[:n])))


def _paired_slot(run: str, m: re.Match[str], opens: bool = False) -> bool:
    """The phrase `m` stands in a heading's slot of `run` and has a label's shape (_paired_labels): after a finished
    sentence (not a name's initial: 'H.C. Branners Vej'), the item's head, or the page's number that opens the run
    where a sentence follows and the page before ends a sentence (`opens`: a page that begins with a heading; not its
    running head or title, 'Indholdsfortegnelse Side 2', after a page that ends on a contents row or a time)."""
    before = run[max(0, m.start() - 8): m.start()].rstrip()
    end = _stripped_end(run, m.start())
    if not (before and before[-1] in ".!?" and not _ITEM_NUMBER_STOP.search(before[-5:])
            and not _initial_before(run, end) or opens and _digits_only(run, end) and _sentence_after(run, m.end())
            or _head_end(run, end) and not _head_next(run, m.end())):
        return False
    return _paired_shape(run, m)


def _paired_shape(run: str, m: re.Match[str]) -> bool:
    """The phrase `m` has a label's shape and a sentence after it, no name (_paired_labels)."""
    label = m.group("label")
    return not _name_after(run, m.end()) and len(label.split()[0]) >= _LABEL_WORD \
        and len(label.split()[-1]) >= _SHORT_WORD and _repeatable_label(label)


def _sentence_after(run: str, at: int) -> bool:
    """A sentence begins at `at`: a capitalised word and a word in small letters after it ('Stillingtagen til …')."""
    words = run[at: at + 80].split()[:2]
    return len(words) == 2 and words[0][:1].isupper() and words[1][:1].islower()


def _word_at(run: str, at: int) -> str:
    """The word that begins at `at` (`run[at:].split(maxsplit=1)[0]` where a word begins there), read in place
    rather than from a copy of the long run's rest."""
    end = at
    while end < len(run) and not run[end].isspace():
        end += 1
    return run[at:end]


def _stripped_end(run: str, end: int, chars: str | None = None) -> int:
    """Where `run[:end].rstrip(chars)` ends, found without copying the prefix (a flattened run is one long line,
    and its phrases are read by what stands before each)."""
    while end and (run[end - 1] in chars if chars else run[end - 1].isspace()):
        end -= 1
    return end


def _digits_only(run: str, end: int) -> bool:
    """`run[:end].isdigit()`, stopping at the first other character instead of copying the prefix."""
    return end > 0 and all(run[i].isdigit() for i in range(end))


def _initial_before(run: str, end: int) -> bool:
    """The stop before `end` closes a name's initial ('John T. Olsen'), no sentence: one capital alone before it.
    A surname after an initial would otherwise stand in a heading's slot, once for every time the name is printed."""
    return run[end - 1] == "." and end >= 2 and run[end - 2].isupper() and (end == 2 or run[end - 3] == " ")


# words that open a clause and need one after them ('Hvis Byrådet godkender …', 'Såfremt Udvalget …'): a sentence's
# first word before a body's name, never a heading of their own, however often the page starts sentences with them
_CLAUSE_OPENER = re.compile(r"Hvis|Såfremt|Når|Idet|Selvom|Skønt|Fordi|Eftersom|Mens|Inden|Medmindre|Ifald")


def _in_slot(run: str, end: int, labels: frozenset[str]) -> bool:
    """The text before `end` of `run` (its spaces at the end left out) leaves a phrase there in a heading's slot:
    the run's start or its page number ('2 Begrundelse …'), a finished sentence, or one of the run's `labels`
    (with its ':' or none)."""
    end = _stripped_end(run, end, ":")
    return not end or _digits_only(run, end) or run[end - 1] in ".!?" and not _initial_before(run, end) or any(
        run.endswith(x, 0, end) and (end == len(x) or run[end - len(x) - 1] == " ") for x in labels)


# the end of an item's head: its case number ('16/31575', '85.02.02G00-0011', 'Sagsnr. 250467', a label left empty
# 'Sagsnr:') or its status word ('Åben', 'Åbent punkt', 'Lukket sag') right before the phrase
_HEAD_END = re.compile(rf"(?:{CASE_FORM.pattern}|(?<!\S)(?:{CASE_LABEL_WORDS})\.?\s*:?(?:\s*\d[\w./-]*)?"
                       rf"|(?<!\S)(?:{STATUS_WORD})(?:\s+(?:punkt|sag))?)\s*$", re.IGNORECASE)
_HEAD_TAIL = 40  # characters looked at before a phrase for the head's end


def _head_end(run: str, end: int) -> bool:
    """The text of `run` before `end` ends an item's head: a case number or the item's status word. (Its last word
    asked first, cheaply: most phrases follow a word of prose, not a number, a label's stop or a status word.)"""
    last = _stripped_end(run, end, ".:")  # (a number ends in a digit, or a letter after one: '21-046857K')
    if not last:
        return False
    if not (run[last - 1].isdigit() or last > 1 and run[last - 2].isdigit()
            or _HEAD_WORD.fullmatch(run, run.rfind(" ", 0, last) + 1, last)):
        return _head_field_end(run, last)
    return bool(_HEAD_END.search(run, max(0, end - _HEAD_TAIL), end))


# the case's type as an item's head prints it ('Beslutningssag', 'Orienteringssag'): one word on '-sag', capitalised
_CASE_KIND = re.compile(r"(?<!\S)[A-ZÆØÅ][a-zæøå]{3,}ssag")
# a field of the head whose value is a body ('Kompetence: Økonomiudvalget', 'Beslutningskompetence: Byrådet')
_FIELD_TAIL = 70  # characters looked at before a phrase for a field naming a body
_BODY_FIELD = re.compile(r"(?<!\S)[A-ZÆØÅ][a-zæøå]{4,}:\s+(?P<body>[A-ZÆØÅ][^:.]{1,60})$")


def _head_field_end(run: str, last: int) -> bool:
    """The text of `run` before `last` ends with the last field of an item's head other than its number or status:
    the case's type ('Beslutningssag') or a one-word label with a body as its value ('Kompetence: Byrådet'). A
    head's fields are the item's metadata, printed before its text; the phrase after them opens the text as a
    heading does (as after a case number), where a sentence's words would go on in small letters."""
    if run.endswith("ssag", 0, last) and _CASE_KIND.fullmatch(run, run.rfind(" ", 0, last) + 1, last):
        return True
    at = max(0, last - _FIELD_TAIL)
    if run.rfind(": ", at, last) < 0:  # (no label's colon near: most phrases follow prose)
        return False
    m = _BODY_FIELD.search(run, at, last)
    return bool(m) and is_body_name(m.group("body"))


# an item's head right after a phrase ('… Sagsnr. 24/1221 Åbent Erhvervskontoret Sagsnr. 24/1228 Åbent …'): the phrase
# is a contents row's title between two rows' cells, no heading (a heading opens its section's text)
_HEAD_NEXT = re.compile(rf"\s*(?:(?:{CASE_LABEL_WORDS})\b|(?:{STATUS_WORD})\b|{CASE_FORM.pattern})", re.IGNORECASE)


def _head_next(run: str, at: int) -> bool:
    """An item's head (its case label or number, its status word) follows at `at` (_HEAD_NEXT)."""
    return _HEAD_NEXT.match(run, at) is not None


_HEAD_WORD = re.compile(rf"(?:{STATUS_WORD}|punkt|sag|{CASE_LABEL_WORDS})", re.IGNORECASE)


def _name_after(run: str, at: int) -> bool:
    """Two capitalised words stand at `at` ('Marie Jensen …'): a field's value naming a person, where a heading's text
    begins with a sentence ('Økonomiudvalget indstiller …', 'Sundheds- og …')."""
    after = run[at: at + 80].split(maxsplit=2)[:2]
    return len(after) == 2 and after[0][:1].isupper() and after[1][:1].isupper() and not after[0].endswith(("-", "-,"))


def _differ(words: set[str]) -> bool:
    """Two of `words` differ beyond an ending ('Kjeldsen' / 'Kjeldsen,', 'Folkeparti' / 'Folkepartis' are one)."""
    return any(not (a.startswith(b) or b.startswith(a)) for a in words for b in words)


def _inside_sentence(label: str, run: str, labels: Iterable[str]) -> bool:
    """`label` stands inside a sentence somewhere in `run` (after a word or a comma, not a finished sentence nor
    another of the run's `labels`: 'Redegørelse Sagsoplysninger'): a proper name's start ('i Aarhus Kommune', 'og
    Socialistisk Folkeparti', 'fra Jesper Kjeldsen'), no heading."""
    for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", run):
        end = _stripped_end(run, m.start())  # (what stands before it, read in place: the run is long)
        if end and not _digits_only(run, end) and run[end - 1] not in ".!?:" and not _head_end(run, end) \
                and not any(run.endswith(" " + x, 0, end) for x in labels):  # ('2 Begrundelse …': a page's number)
            return True
    return False


_SHORT_WORD = 4  # 'om', 'på', 'og', 'til': the words a phrase goes on after


_SENTENCE_WORDS = 5  # an unstopped line of this many words is a sentence, no title or label


def _heads_sentence(lines: list[Line], j: int, labels: frozenset[str]) -> bool:
    """The next line under line `j` is a sentence left without its stop ('Der er ikke modtaget afbud') or a label
    found already: the line heads a section as a heading does. (Not a line above a known heading: that may be a
    metadata cell's value, 'Sagsgang og sagstype' / 'Økonomiudvalget' / 'Beslutningssag' / 'Indstilling'.)"""
    k = next_text_index(lines, j + 1)
    nxt = lines[k].text if k < len(lines) else ""
    return bool(nxt) and (len(nxt.split()) >= _SENTENCE_WORDS and not nxt.rstrip().endswith(":")
                          or nxt.rstrip(":").rstrip() in labels)


def _repeatable_label(t: str) -> bool:
    """A label of a few words in a heading's case, no other reading claims: not a name ('Hans Pedersen', every
    word capitalised), a running page header naming a body ('KOMMUNALBESTYRELSEN FOR NORDFYNS KOMMUNE',
    'Økonomiudvalget Åben beslutningsprotokol') or the document's kind ('Dagsorden', 'Referat': its title, which
    a page's header repeats above its facts and contents), an absence label, an outcome or the item's status."""
    words = t.rstrip(":").split()
    if not _LABEL_SHAPE.match(t) or len(words) > _MAX_WORDS:
        return False  # (the shape first: asking each word whether it names a body is the costly part)
    named = len(words) >= 2 and all(w[:1].isupper() for w in words) and not t.isupper() \
        or any(is_body_name(w) for w in words)
    return not named and not is_lexicon_heading(t) \
        and not _NO_HEADING.search(t) and not is_body_name(t.rstrip(":")) and not ABSENT_LABEL.match(t) \
        and not _STATUS.match(t) and not KIND_WORD.fullmatch(t.rstrip(":").rstrip())


def holds_case_text(block: list[Line]) -> bool:
    """The block holds a case's text: a known heading, or a label of a few words heading prose (an unseen
    publisher's heading: 'Sagsoplysninger' / 'Kommunen har modtaget …'), as the block under an item's header
    does and a list's rows or a history's entries do not."""
    return any(is_heading(ln.text) or treatment_head(ln.text) or ln.text and _label_between(block, i, after_head=True)
               for i, ln in enumerate(block))


def label_after_sentence(lines: list[Line], i: int) -> bool:
    """Line `i` is a label of a few words that no other reading claims, between a finished sentence and prose
    ('Taget til efterretning.' / 'Anbefaling' / 'Der er indgået budgetforlig …'): a heading the lexicon does
    not know, which ends the text above it (a decision's)."""
    return bool(lines[i].text) and _label_between(lines, i)


def _case_heading(t: str) -> bool:
    """A known heading of a case's text: no decision's, route's, history's or bilag's, which a site prints in
    forms of their own ('Sagsgang' plain above 'SAGSFREMSTILLING')."""
    return bool(HEADING.match(t)) and not (PLAIN_DECISION.match(t) or ROUTE_LABEL.match(t) or HISTORY_HEADING.match(t)
                                           or ATTACHMENT_HEADING.match(t)) and decision_body_date(t) is None


def form_mates(body: list[Line], found: frozenset[str]) -> frozenset[str]:
    """Labels printed in the distinct form of the headings found in an item's body already (its known case-text
    headings, its opening label, the page's repeated labels): where every one of those is in capitals
    ('REDEGØRELSE') or ends with ':' ('Redegørelse:'), another label in that form between a finished sentence and
    prose is a heading of the same text ('SAGSOPLYSNINGER', 'Sagsoplysninger:'). A case's prose rarely prints its
    sub-headings in the form its headings are printed in; a plain form tells nothing, and is left alone."""
    forms = {_form(ln.text) for ln in body
             if ln.text and (ln.text.rstrip(":").rstrip() in found or _case_heading(ln.text))}
    if len(forms) != 1 or forms == {(False, False)}:
        return frozenset()
    (form,) = forms
    return frozenset(ln.text.rstrip(":").rstrip() for i, ln in enumerate(body)
                     if ln.text and _form(ln.text) == form and _label_between(body, i))
