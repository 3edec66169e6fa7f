"""Section headings a flattened page runs into its text, known by their repetition item after item in the same place
among the item's headings, where neither the lexicon nor a finished sentence before them tells them.

A PDF viewer's transcript runs each page onto one line, so a heading no lexicon holds stands inside the run
('… Sagsgang Teknisk Udvalg, Byrådet Sagsoplysninger Kommunen har …', '… Sagsnr.: 24/1101 Forhistorie Mødedato …');
the page readers (page_headings) take such a phrase only after a finished sentence or an item's head, and drop it
where the page prints it once inside a sentence. Once the page is cut into items, a publisher's heading shows
otherwise: the same short capitalised phrase runs in before capitalised text in two or more items' bodies, once in
each, on the same side of every known heading in each of them (an item's body repeats its publisher's sequence of
headings), its text beginning each time its own way. Danish capitalises no common noun inside a sentence, so a
capitalised phrase there is a name or a heading; a name follows a preposition or a comma ('i Aarhus Kommune', 'fra
Jesper Kjeldsen'), starts on a given name or goes on into the same surname each time, names a body, or is one of the
items' own titles, none of which is read here. Only on a page whose text stands mostly in such runs (runs_most_text):
a lined page prints its headings on lines of their own (repeated_headings).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .bodies import is_body_name
from .flat_blocks import FLAT_LINE
from .headings import PLAIN_DECISION, decision_body_date, is_heading
from .label_shapes import LABEL_WORD, SHORT_WORD, repeatable_label
from .lines import Line
from .people import given_names_anywhere
from .run_slots import CLAUSE_OPENER, head_end, head_next, stripped_end
from .sentence_openers import no_noun_phrase

# a capitalised word and up to three in small letters ('Uddybning', 'Rammer og forudsætninger'), its colon or none,
# run in before a capitalised word: where a heading's text begins (the capital is no word's inside: '(?<!\S)')
_RUN_IN = re.compile(r"(?<!\S)(?P<label>[A-ZÆØÅ][a-zæøåé]{3,}(?: [a-zæøåé]{2,}){0,3}):?\s+(?=[A-ZÆØÅ][a-zæøå])")
# the small words a name in prose follows ('i Aarhus Kommune', 'fra Jesper Kjeldsen', 'og Socialistisk Folkeparti',
# 'Huset er Pædagogisk Psykiatrisk Vejledningscenters tilbud'): the closed classes of prepositions, conjunctions,
# articles and the copula, never the word before a heading (no sentence ends on them)
_BEFORE_NAME = frozenset({"i", "af", "til", "fra", "med", "for", "på", "ved", "hos", "om", "under", "mellem", "efter",
                          "mod", "over", "og", "eller", "samt", "som", "at", "den", "det", "de", "en", "et", "jf.",
                          "jfr.", "bl.a.", "er", "var", "blev", "bliver"})
# the same phrase ending its line, where the next line is a heading cut already ('… Byrådet Forhistorie' / 'Beslutning
# …'): a section left empty right before the next
_AT_END = re.compile(r"(?<!\S)(?P<label>[A-ZÆØÅ][a-zæøåé]{3,}(?: [a-zæøåé]{2,}){0,3}):?\s*$")
_SPLIT = 2  # items that must print a phrase before it is a heading


_PAGE_RUN = re.compile(r"\d{1,4}\s")  # a transcript's page line opens on the page's number


def runs_most_text(lines: list[Line]) -> bool:
    """Most of the page's text stands in long lines behind a page's number: a viewer's transcript or a page flattened
    by its extraction, where headings run into their text; not a lined page with some long paragraphs, whose
    headings stand on lines of their own (repeated_headings reads those)."""
    total = sum(len(ln.text) for ln in lines)
    runs = sum(len(ln.text) for ln in lines if len(ln.text) > FLAT_LINE and _PAGE_RUN.match(ln.text))
    return total > 0 and 2 * runs >= total


def _marks(text: str, above: str = "", below: str = "") -> list[re.Match[str]]:
    """The phrases of `text` run in before a capitalised word, each where a heading may stand: not after a comma, a
    label's colon (its value: 'Sagsbehandler: Grethe …') or a word a name follows or goes on (a small word of prose,
    a given name: 'fra Jesper Kjeldsen', 'Grethe Wilmoes'), nor on a given name or before one (a person named:
    'Skolechef Espen …'), nor before an item's head (its status word, its case label: a form's row, 'Mødedato Åbent
    punkt …'). `above`: the line before, which a phrase opening the line follows; `below`: the line after, which
    a phrase ending the line runs into where it is a heading (_AT_END)."""
    out = []
    names = given_names_anywhere()
    end = _AT_END.search(text) if below and is_heading(below) else None
    for m in [*_RUN_IN.finditer(text), *([end] if end else [])]:
        before = _before(text, m.start(), above)
        prev = before[before.rfind(" ") + 1:]
        if prev.endswith((",", ":")) or prev.lower() in _BEFORE_NAME or prev in names \
                or not text[:m.start()].strip() and _decision_heading(above):
            continue  # (the first words under a decision heading are its text: 'Beslutning' / 'Tilbagesendes …')
        nxt = _word_after(text, m.end())
        if m.group("label").split()[0] in names or nxt in names or head_next(text, m.end()):
            continue
        out.append(m)
    return out


def _decision_heading(line: str) -> bool:
    """`line` is a decision's heading ('Beslutning', 'Beslutning i Byrådet den 3. maj 2024')."""
    return bool(line) and is_heading(line) and (bool(PLAIN_DECISION.match(line))
                                                or decision_body_date(line) is not None)


def _below(body: list[Line], i: int) -> str:
    """The next line with text after line `i` of the body."""
    return next((ln.text for ln in body[i + 1:] if ln.text), "")


def _before(text: str, at: int, above: str) -> str:
    """What stands before `at` of `text` (the line `above` where the phrase opens the line), its spaces at the end
    left out."""
    return text[: stripped_end(text, at)] if text[:at].strip() else above.rstrip()


def _word_after(text: str, at: int) -> str:
    """The word at `at` without the stops around it."""
    words = text[at: at + 40].split(maxsplit=1)
    return words[0].strip(".,:;()") if words else ""


def _heading_like(label: str, titles: frozenset[str]) -> bool:
    """A label of a heading's shape no other reading claims: not the lexicon's (cut already) nor a lexicon heading
    going on in small words (its text run in: 'Beslutning ikke frigivet' in a case's history, item after item), a
    body's name, an item's title, a field of its head ('Beslutningssag'), a clause or a sentence's opening word; its
    first word long (no first name), its last no small word a phrase goes on after."""
    words = label.split()
    return len(words[0]) >= LABEL_WORD and len(words[-1]) >= SHORT_WORD and label not in titles \
        and not is_heading(label) and not (len(words) > 1 and is_heading(words[0])) \
        and not CLAUSE_OPENER.fullmatch(words[0]) and not no_noun_phrase(label) \
        and not is_body_name(label) and not head_end(label, len(label)) and repeatable_label(label)


def repeated_run_ins(bodies: list[list[Line]], titles: frozenset[str] = frozenset()) -> frozenset[str]:
    """Phrases run in before capitalised text in the long lines of two or more items' bodies, once in each, on the
    same side of every known heading in each item: the page's own section headings (without a ':'). `titles`: the
    items' own titles, which a body may print again and which are no heading."""
    where: dict[str, dict[int, list[int]]] = {}  # label -> item -> the body's lines that run it in
    after: dict[str, set[str]] = {}  # label -> the words its texts begin with
    heads: dict[str, bool] = {}  # label -> every time right after the item's head (its case number, its status)
    stacked: dict[str, set[str]] = {}  # label -> the phrases run in right after it ('' where none is)
    previous: dict[str, set[str]] = {}  # label -> the words before it
    opens: dict[str, bool] = {}  # label -> some text after it goes on like a sentence, no name or row of capitals
    for k, i, text, m, before, nxt in _spots(bodies):
        t = m.group("label")
        where.setdefault(t, {}).setdefault(k, []).append(i)
        after.setdefault(t, set()).add(_word_after(text, m.end()))
        opens[t] = opens.get(t, False) or not _capitals_on(text, m.end())
        heads[t] = heads.get(t, True) and head_end(before, len(before))
        stacked.setdefault(t, set()).add(nxt)
        previous.setdefault(t, set()).add(before[before.rfind(" ") + 1:])
    if not where:
        return frozenset()
    known = [_known_headings(body) for body in bodies]
    shaped = {t for t, items in where.items()
              if len(items) >= _SPLIT and all(len(at) == 1 for at in items.values())
              and _heading_like(t, titles) and _in_order({k: at[0] for k, at in items.items()}, known)}
    # (the same word after it each time: a name and its surname, 'Teknisk Forvaltning', unless it opens the case's
    # text right after the item's head each time, where a form's first field may follow it: 'Uddybning Mødedato …')
    # (nor the same capitalised word before it each time, no heading's nor a body's: a name's last part, 'Gitte
    # Overgaard Nielsen')
    shaped = {t for t in shaped if heads[t] or _differ(previous[t]) or not _name_part(next(iter(previous[t])), shaped)}
    # (nor a phrase the page prints as a name elsewhere: after a comma or a word a name follows, 'i Karlslunde')
    shaped -= _named_in_prose(shaped, bodies, titles)
    # (its texts begin differently, and one of them as a sentence: a capitalised word and small words, not a name
    # that goes on in capitals each time, 'Projekt Anonym Stofmisbrugsbehandling', nor a table's row of headers)
    found = {t for t in shaped if _differ(after[t]) and opens[t] or heads[t]}
    for _ in range(_STACK):  # (or each time right before another heading: a section left empty, 'Uddybning
        # Sagsoplysninger: Der er …', a template's headings printed one after another, the last before a known one)
        found |= {t for t in shaped if all(x and (x in found or is_heading(x)) for x in stacked[t])}
    return frozenset(found)


def _spots(bodies: list[list[Line]]) -> Iterator[tuple[int, int, str, re.Match[str], str, str]]:
    """Each phrase run in where a heading may stand (_marks) in the items' bodies: (item, line, the line's text, the
    phrase, what stands before it, the phrase or heading right after it or '')."""
    for k, body in enumerate(bodies):
        above = ""
        for i, ln in enumerate(body):
            below = _below(body, i)
            for m in _marks(ln.text, above, below):
                nxt = _RUN_IN.match(ln.text, m.end())
                yield k, i, ln.text, m, _before(ln.text, m.start(), above), \
                    nxt.group("label") if nxt else below if m.end() == len(ln.text) else ""
            above = ln.text or above


_STACK = 3  # the most empty sections stacked before one with its text that are looked past
_WORD = re.compile(r"\S+")


def _capitals_on(text: str, at: int) -> bool:
    """The two words at `at` of `text` both begin on a capital: a name or a row of a table's headers goes on, where
    a sentence goes on in small letters after its first word ('Kommunen har …', 'Der er …')."""
    words = _WORD.findall(text, at, at + 80)[:2]
    return len(words) == 2 and all(w[:1].isupper() for w in words)


def _named_in_prose(labels: set[str], bodies: list[list[Line]], titles: frozenset[str]) -> set[str]:
    """Those of `labels` the page prints, capitalised, after a comma or a small word a name follows ('i Karlslunde',
    'Egedalsvej 25, Karlslunde'), in a body or a title: a name, which Danish capitalises inside a sentence where it
    writes a heading's word in small letters."""
    if not labels:
        return set()
    small = "|".join(re.escape(w) for w in sorted(_BEFORE_NAME, key=len, reverse=True))
    pattern = re.compile(rf"(?:,|(?<!\S)(?:{small}))\s+(?P<label>{'|'.join(map(re.escape, labels))})(?![\w-])")
    texts = [ln.text for body in bodies for ln in body] + list(titles)
    return {m.group("label") for text in texts for m in pattern.finditer(text)}


def _name_part(word: str, labels: set[str]) -> bool:
    """`word`, the same before a phrase each time, may be a name's part before it: capitalised, and no heading (the
    lexicon's or one of `labels`) nor a body's name, which a section's text may end on ('Sagsgang Byrådet')."""
    w = word.rstrip(":")
    return w[:1].isupper() and w not in labels and not is_heading(w) and not is_body_name(w)


def _differ(words: set[str]) -> bool:
    """Two of `words` differ beyond an ending ('Kjeldsen' / 'Kjeldsens' are one)."""
    return any(not (a.startswith(b) or b.startswith(a)) for a in words for b in words)


def _known_headings(body: list[Line]) -> dict[str, int]:
    """Each heading line of an item's body (the lexicon's and the page's, cut onto lines of their own) -> where it
    is first printed."""
    out: dict[str, int] = {}
    for i, ln in enumerate(body):
        if ln.text and is_heading(ln.text):
            out.setdefault(ln.text.rstrip(":").casefold(), i)
    return out


def _in_order(at: dict[int, int], known: list[dict[str, int]]) -> bool:
    """Every known heading printed in two of the items (`at`: item -> the line running the phrase in) stands on the
    same side of the phrase in both: the publisher's sequence of headings, which a heading keeps and a phrase that
    recurs by chance does not."""
    side: dict[str, bool] = {}
    for k, i in at.items():
        for t, j in known[k].items():
            if side.setdefault(t, j < i) != (j < i):
                return False
    return True


def cut_run_ins(body: list[Line], labels: frozenset[str]) -> list[Line]:
    """The body with each of `labels` run in before its text (where _marks reads one) cut onto a line of its own,
    its text onto the next, as the lined page prints them."""
    if not labels:
        return body
    out: list[Line] = []
    above = ""
    for i, ln in enumerate(body):
        cuts = [m for m in _marks(ln.text, above, _below(body, i)) if m.group("label") in labels]
        above = ln.text or above
        if not cuts:
            out.append(ln)
            continue
        done = 0
        for m in cuts:
            head = ln.text[done: m.start()].strip()
            if head:
                out.append(Line(head, ln.offset))
            out.append(Line(m.group("label"), ln.offset))
            done = m.end()
        if ln.text[done:].strip():
            out.append(Line(ln.text[done:].strip(), ln.offset))
    return out
