"""Section headings a flattened page prints with a colon, where its known headings have one too.

A PDF transcript runs each page onto one line, so a heading is no line of its own; its only marks are its words
and its print. Where a publisher prints its headings with a colon ('… godkendes. Økonomi: Udgiften …'), the
lexicon finds those it knows, and the page's form tells the rest: an unknown phrase of a few words, in the same
print (capitalised, letters only, its colon) and in the same slot (after a finished sentence or another heading's
colon, before a sentence) is a heading of the page too, printed once or more. It is the flattened twin of
lined_headings.shaped_headings, which reads the same evidence on a page that keeps its lines.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .casenumbers import CASE_LABEL_WORDS
from .dates import MONTH_WORDS
from .headings import OUTCOME_WORDS, PLAIN_DECISION, is_lexicon_heading
from .lines import Line
from .people import ABSENT_LABEL
from .title_marks import STATUS_WORD

# a phrase of one to four words, the first capitalised and the rest in small letters, as a heading is printed; its
# colon and a space after it. Letters only: no digits ('Budget 2015:'), no capital inside ('Model A:', a name). (The
# capital first and what stands before it asked behind it: a pattern that opens on a class of letters is scanned
# for them quickly, one that opens on a look-behind is tried at every character of a page's long run.)
_COLON_LABEL = re.compile(r"(?P<label>[A-ZÆØÅ](?<!\S[A-ZÆØÅ])[a-zæøåé]{2,}(?: [a-zæøåé]{2,}){0,3}):(?=\s)")
# the same phrase printed bare before a capitalised word, after a finished sentence: where a known heading stands
# without its colon
_BARE_LABEL = re.compile(r"(?P<label>[A-ZÆØÅ](?<=[a-zæøå)][.!?] [A-ZÆØÅ])[a-zæøåé]{2,}(?: [a-zæøåé]{2,}){0,3})"
                         r" (?=[A-ZÆØÅ][a-zæøå])")
# a finished sentence right before: a word's full stop (not an item's number, '… Godkendt. 2. Orientering:')
_SENTENCE_BEFORE = re.compile(r"[a-zæøå)][.!?]\s*$")
_CLAIMED = re.compile(rf"^(?:{STATUS_WORD}|{CASE_LABEL_WORDS}|Sag|Dato|Sted|Tid|Kl|Side|Bemærk)\b", re.IGNORECASE)
# a month's name alone ('Maj: Borgersamlingen får …', 'Juni: Planen certificeres …'): an entry of a timeline or a
# calendar the case text prints, each month with what happens then, not a section of the case
_MONTH_ALONE = re.compile(rf"(?:{MONTH_WORDS})", re.IGNORECASE)
# an outcome's words before its colon ('Godkendt med følgende ændring: …', 'Anbefales med den tilføjelse: …'): the
# decision's own text, whose colon leads on to what was changed or added; read as a heading it emptied the decision
_OUTCOME_FIRST = re.compile(rf"{OUTCOME_WORDS}(?![\w-])", re.IGNORECASE)
# the words a sentence ends on before its own colon ('Planen rummer følgende:', 'Der gælder især:', 'Det drejer sig
# om:'): function words and adverbs that lead on to what follows. A heading ends on its head noun ('Administrationens
# vurdering:'), never on one of these, in any publisher's words
_LEADS_ON = frozenset({"følgende", "nemlig", "herunder", "således", "sådan", "især", "eksempelvis", "blandt", "andet",
                       "bl", "fx", "at", "som", "om", "der", "det", "den", "de", "og", "eller", "for", "til", "med",
                       "på", "af", "i", "ved", "er", "var", "har", "blev", "bliver", "kan", "skal", "vil", "være"})
_RUN = 200  # a page's run: a line of several sentences, as caps_labels reads
_TEXT_WORDS = 6  # the words after a label that tell a sentence from a field's value
_SMALL_WORDS = 2  # a sentence's words in small letters among them ('Udgiften afholdes af …'); a name list has one


def colon_labels(lines: list[Line]) -> frozenset[str]:
    """Unknown phrases a flattened page prints as headings with a colon: in the page's form (_in_form) or in a row
    of headings left empty (_empty_rows)."""
    runs = [ln.text for ln in lines if len(ln.text) >= _RUN]
    if not runs:
        return frozenset()
    # each run's colon labels, found once for both readers
    marked = [(run, list(_COLON_LABEL.finditer(run))) for run in runs]
    return _in_form(marked) | _empty_rows(marked)


def _in_form(marked: list[tuple[str, list[re.Match[str]]]]) -> frozenset[str]:
    """Unknown phrases printed as the page's known headings are, with a colon, in a heading's slot: where two or
    more known headings run into the page's text with their colon, and three in four of its known headings that do
    are printed so. Why it holds across publishers: a publisher gives all its headings one print; a colon after a
    capitalised phrase of a few words, right after a finished sentence and before the next one, is a label of that
    page's kind, and a sentence's own colon follows words that run on from a sentence, not a phrase that opens one.
    A field of the page's head (a case number, a date, a place, who is away) has a value of a token or a name, no
    sentence, so it is left to the readers of the head."""
    colon = sum(_known(m.group("label")) for _, marks in marked for m in marks)
    if colon < 2:
        return frozenset()
    bare = sum(_known(m.group("label")) for run, _ in marked for m in _BARE_LABEL.finditer(run))
    if 4 * colon < 3 * (colon + bare):
        return frozenset()
    found: set[str] = set()
    for run, marks in marked:
        for k, m in enumerate(marks):
            label = m.group("label")
            if is_lexicon_heading(label) or claimed_label(label):
                continue
            before = run[max(0, m.start() - 60): m.start()]
            after_heading = k > 0 and _next_to(run, marks[k - 1], m) and is_lexicon_heading(marks[k - 1].group("label"))
            if not (_SENTENCE_BEFORE.search(before) or after_heading):
                continue
            nxt = marks[k + 1] if k + 1 < len(marks) else None
            before_heading = nxt is not None and _next_to(run, m, nxt) and is_lexicon_heading(nxt.group("label"))
            if before_heading or sentence_after(run, m.end()):
                found.add(label)
    return frozenset(found)


def _empty_rows(marked: list[tuple[str, list[re.Match[str]]]]) -> frozenset[str]:
    """The labels of a row of headings left empty, each with its colon and nothing between them ('… Sagsnr.:
    Sagsgrundlag: Fagnotat: Beslutning …', '… til efterretning. Hovedtræk: Tidsforløb: Overvejelser:'): a
    publisher's template prints every heading of its items, and a case that has no text for them leaves the
    headings one after the other. Three in a row, or two before a known heading, after a finished sentence or the
    case number's label: a sentence's colon is followed by its text, and a field of the meeting's head (a place, a
    date) stands among other fields, not after a sentence, and is claimed by the head's readers (_claimed)."""
    found: set[str] = set()
    for run, marks in marked:
        k = 0
        while k < len(marks):
            j = k
            while j + 1 < len(marks) and _next_to(run, marks[j], marks[j + 1]):
                j += 1
            row = [m.group("label") for m in marks[k: j + 1]]
            before = run[max(0, marks[k].start() - 60): marks[k].start()]
            if (len(row) >= _ROW or len(row) == _ROW - 1 and _heading_at(run, marks[j].end())) \
                    and (_SENTENCE_BEFORE.search(before) or _CASE_LABEL_BEFORE.search(before)) \
                    and not any(claimed_label(t) for t in row):
                found |= {t for t in row if not is_lexicon_heading(t)}
            k = j + 1
    return frozenset(found)


_ROW = 3  # the labels of a row of empty headings (two before a known heading)
# the case number's label right before, its value left empty or printed ('Sagsnr.:', 'Sagsnr.: 14/4')
_CASE_LABEL_BEFORE = re.compile(rf"(?<!\S)(?:{CASE_LABEL_WORDS})\.?\s*:(?:\s*\d[\w./-]*)?\s*$", re.IGNORECASE)


def _next_to(run: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Label `b` follows label `a` with nothing but spaces between them."""
    return not run[a.end(): b.start()].strip()


def _heading_at(run: str, at: int) -> bool:
    """A known heading begins at `at` (its first word or two: 'Beslutning Økonomiudvalget den …')."""
    words = run[at: at + 60].split()[:2]
    return any(is_lexicon_heading(" ".join(words[:n]).rstrip(":")) for n in range(1, len(words) + 1))


def _known(label: str) -> bool:
    """A case-text heading of the lexicon (not a decision's, which many print with a colon whatever their form)."""
    return is_lexicon_heading(label) and not PLAIN_DECISION.match(label)


def claimed_label(label: str) -> bool:
    """A label another reading claims: a body's name, an absence label, a field of the item's head, an item's
    status, a month (a timeline's entry), an outcome's words (the decision's text); or a sentence's words before its
    own colon (_LEADS_ON)."""
    return is_body_name(label) or bool(ABSENT_LABEL.match(label) or _CLAIMED.match(label)) \
        or bool(_MONTH_ALONE.fullmatch(label) or _OUTCOME_FIRST.match(label)) \
        or label.split()[-1].casefold() in _LEADS_ON


def sentence_after(run: str, at: int) -> bool:
    """A sentence begins at `at`: a capitalised word, and words in small letters among the next few (a field's value,
    a name or a list of names, has none or one: 'Anne Hansen, Bo Jensen og Lis Holm')."""
    words = run[at:].split()[:_TEXT_WORDS]
    if not words or not words[0][:1].isupper() or words[0].endswith(":"):
        return False
    return sum(w.isalpha() and w.islower() and len(w) >= 2 for w in words[1:]) >= _SMALL_WORDS
