"""Unknown headings a flattened page runs into its text, in normal case.

On a page printed as long runs no line of its own tells a heading from its text; a phrase the runs repeat in a
heading's slot (run_labels), several phrases printed once each in those slots on a page of one case
(_paired_labels), the phrase right after an item's head (opening_labels) and a noun phrase run in before a
sentence's subject and verb (subject_labels) are the page's headings. Headings in capitals are caps_labels'.
"""
from __future__ import annotations

import re
from collections import Counter

from .bodies import is_body_name
from .casenumbers import CASE_LABEL_WORDS
from .colon_labels import claimed_label, sentence_after
from .headings import (
    is_lexicon_heading,
)
from .label_shapes import LABEL_WORD, SHORT_WORD, repeatable_label
from .lines import Line
from .run_slots import (
    CLAUSE_OPENER,
    HEAD_TAIL,
    HEADING_WORDS,
    RunInMarks,
    digits_only,
    head_end,
    head_next,
    in_slot,
    initial_before,
    inside_sentence,
    name_after,
    prints_case_heading,
    run_in_marks,
    sentence_begins,
    stripped_end,
    word_at,
)
from .sentence_openers import no_noun_phrase, opens_sentence
from .title_marks import STATUS_WORD

_RUN = 300  # the shortest line that is a flattened page's run, no paragraph a heading stands above


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
            end = stripped_end(run, m.start())
            head = head_end(run, end) and not name_after(run, m.end()) and not head_next(run, m.end())
            phrases.append((run, m, end, head, head or in_slot(run, end, frozenset())))
    found: frozenset[str] = frozenset()
    for look in range(2):  # a second look: a phrase right after one found ('Redegørelse Sagsoplysninger Direktionen …')
        if look and not found:
            break  # (nothing found to look past: the second look would read as the first)
        after: dict[str, set[str]] = {}
        heads: Counter[str] = Counter()  # phrases right after an item's head (its case number, its status word)
        spots: dict[str, list[tuple[str, int]]] = {}  # (the run, where the text after the phrase begins)
        for run, m, end, head, slot in phrases:
            if slot or found and in_slot(run, end, found):
                after.setdefault(m.group("label"), set()).add(word_at(run, m.end()).strip(".,;:()"))
                spots.setdefault(m.group("label"), []).append((run, m.end()))
                heads[m.group("label")] += head
        # (past a heading right after it, asked only where the next words do not differ: _word_past reads more)
        found = frozenset(t for t, nxt in after.items()
                          if (_differ(nxt) or heads[t] >= 2 or _differ({_word_past(r, i, found) for r, i in spots[t]}))
                          and len(t.split()[-1]) >= SHORT_WORD
                          and not CLAUSE_OPENER.fullmatch(t.split()[0])
                          and repeatable_label(t) and not any(inside_sentence(t, run, after) for run in runs))
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
            if len(words) > _OPENING_WORDS or len(words[0]) < LABEL_WORD or len(words[-1]) < SHORT_WORD \
                    or not _LABELLED_HEAD_END.search(run, max(0, m.start() - HEAD_TAIL), m.start()):
                continue
            if is_lexicon_heading(label) or claimed_label(label) or CLAUSE_OPENER.fullmatch(words[0]) \
                    or head_next(run, m.end()) or name_after(run, m.end()) or not sentence_after(run, m.end()) \
                    or not repeatable_label(label):
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
    if any(prints_case_heading(run, run_in=True) for run in runs):
        return frozenset()
    for run, marks in marked:
        for m in [*marks, *_BEFORE_I.finditer(run)]:
            label = m.group("label").rstrip(":")
            words = label.split()
            if label in seen or len(words[0]) < LABEL_WORD or len(words[-1]) < SHORT_WORD \
                    or not opens_sentence(run, m.end()):
                continue
            end = stripped_end(run, m.start())
            if run[end - 1: end] in (":", "") or _LIST_ITEM_MARK.fullmatch(_last_word(run, end)):
                continue  # (a label's value, or a list's entry: 'Bemærkninger: Solcelleanlæg …', 'o Uddannelse …')
            if not (in_slot(run, end, frozenset()) or head_end(run, end) or opens_sentence(run, m.end(), False)):
                continue  # (a body's name after it, the phrase after a word of prose: the name's first word)
            if CLAUSE_OPENER.fullmatch(words[0]) \
                    or no_noun_phrase(label) or claimed_label(label) or not repeatable_label(label):
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


_NEIGHBOURS = 3  # the most headings stacked one after another that _word_past looks past ('Indhold Indstilling …')


def _word_past(run: str, at: int, labels: frozenset[str]) -> str:
    """The word at `at`, or where a heading stands there (the lexicon's or one of `labels`) the first word past it
    and the headings right after it: a publisher that prints every heading of its template leaves some empty,
    each right before the next ('… godkendt. Indhold Indstilling Der er …'); the word after the empty one is the
    same next heading on every item, and would read as a name going on ('Mette Ekstrøm') where the text past it
    begins each its own way."""
    for _ in range(_NEIGHBOURS):
        words = run[at: at + 80].split()[:HEADING_WORDS + 1]
        n = next((n for n in range(len(words) - 1, 0, -1) if words[n][:1].isupper()
                  and (" ".join(words[:n]).rstrip(":") in labels or is_lexicon_heading(" ".join(words[:n])))), 0)
        if not n:
            break
        at = run.index(words[n], at + sum(len(w) for w in words[:n]))
    return word_at(run, at).strip(".,;:()")


_ITEM_NUMBER_STOP = re.compile(r"(?:^|\s)\d{1,3}\.$")  # '… 3.': an item's number, no finished sentence


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
            after.setdefault(m.group("label"), []).append(word_at(run, m.end()).strip(".,;:()"))
    # (printed twice, the same word after it each time, it is a name: '… fraværende. Kristoffer Storm og …')
    seen = {t for t, nxt in after.items() if len(nxt) == 1 or _differ(set(nxt))}
    if len(seen) < 2 or prints_case_heading(run):
        return frozenset()
    seen = {t for t in seen if not any(inside_sentence(t, r, ()) for r in runs)}
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
    end = stripped_end(run, m.start())
    for x in labels:
        i = run.rfind(x, max(0, end - _BODY_SECTION), end)
        middle = run[i + len(x): end].strip(" :") if i >= 0 else ""
        if middle and middle[0].isupper() and is_body_name(middle) \
                and not is_body_name(f"{middle} {m.group('label')}"):
            return True
    return False


def _paired_slot(run: str, m: re.Match[str], opens: bool = False) -> bool:
    """The phrase `m` stands in a heading's slot of `run` and has a label's shape (_paired_labels): after a finished
    sentence (not a name's initial: 'H.C. Branners Vej'), the item's head, or the page's number that opens the run
    where a sentence follows and the page before ends a sentence (`opens`: a page that begins with a heading; not its
    running head or title, 'Indholdsfortegnelse Side 2', after a page that ends on a contents row or a time)."""
    before = run[max(0, m.start() - 8): m.start()].rstrip()
    end = stripped_end(run, m.start())
    if not (before and before[-1] in ".!?" and not _ITEM_NUMBER_STOP.search(before[-5:])
            and not initial_before(run, end) or opens and digits_only(run, end) and sentence_begins(run, m.end())
            or head_end(run, end) and not head_next(run, m.end())):
        return False
    return _paired_shape(run, m)


def _paired_shape(run: str, m: re.Match[str]) -> bool:
    """The phrase `m` has a label's shape and a sentence after it, no name (_paired_labels)."""
    label = m.group("label")
    return not name_after(run, m.end()) and len(label.split()[0]) >= LABEL_WORD \
        and len(label.split()[-1]) >= SHORT_WORD and repeatable_label(label)


def _differ(words: set[str]) -> bool:
    """Two of `words` differ beyond an ending ('Kjeldsen' / 'Kjeldsen,', 'Folkeparti' / 'Folkepartis' are one)."""
    return any(not (a.startswith(b) or b.startswith(a)) for a in words for b in words)
