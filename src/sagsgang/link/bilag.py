"""Which agenda item a bilag (attachment file) belongs to: pure functions over plain facts.

A bilag arrives as a file with text and no structure of its own. What ties it to an item is
evidence the documents and their provenance carry, tried strongest first:

1. `hentet`      a harvested link: the publisher's page listed this very file (same bytes) under
                 an item (the harvest's `bilag` table names document and item number).
2. `bilagsliste` the item's printed bilag list names the file: its file name or its first line
                 equals a listed title ('Bilag 2: Høringssvar' ~ 'Høringssvar.pdf', '2 Høringssvar'),
                 numbers and 'Bilag N:' prefixes aside. When several cases list the title, the
                 case's title printed on the bilag, a quotation, then the bilag number (the file's
                 'Bilag 2' against the number or place in each list) choose.
3. `sagsnummer`  the bilag prints a case number that items of exactly one case carry.
4. `mappe`       the file lies in a folder holding exactly one meeting's documents: the items of
                 that meeting are the only candidates, chosen by content with a lower bar.
5. `indhold`     only where none of the above says anything: content similarity between the bilag
                 text and the items of the same municipality (TF-IDF cosine over word stems), linked
                 only above a threshold AND with a margin over the best item of another case;
                 otherwise the bilag stays unlinked (kept, searchable, shown as unlinked).

Several items may list the same bilag: a case travels through committees and every treatment
lists its bilag again. Candidates of the same case are one group; within it the file goes to
the item in its own folder, else the most recent treatment. Items of different cases that tie are
never guessed between: the bilag stays unlinked and the reason says so.

Nothing here reads a database or names a publisher; the store gathers the facts and calls `link`.
"""
from __future__ import annotations

import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..model import Document
from ..parse.casenumbers import normalize_case_number
from ..parse.dashes import DASH_CHARACTERS, SPACED_DASH

HEAD_LINES = 15          # lines of a bilag's top where it names what it is about
SIMILARITY_MIN = 0.12     # cosine a content-only link needs (measured: right items 0.2-0.6, others < 0.08)
SIMILARITY_MARGIN = 1.8   # ... and the best case must beat the runner-up case by this factor
FOLDER_MIN = 0.05         # within a one-meeting folder the candidates are few: a lower bar
MAX_WORDS = 20000         # words of a long bilag used for similarity (the first pages say what it is)


@dataclass
class BilagFacts:
    """What is known of a bilag file: its name and folder, its text, where it came from."""

    name: str                          # file name ('Bilag 2 Høringssvar.pdf') or last URL segment
    folder: str | None                 # absolute folder of a file; None for a URL
    text: str                          # page texts joined (may be long)
    municipality: str | None = None
    harvested: list[tuple[str, str | None]] = field(default_factory=list)  # (document origin, item number)

    @cached_property
    def keys(self) -> set[str]:
        """The titles it may be listed under (name_keys), computed once."""
        return name_keys(self.name, self.first_lines)

    @cached_property
    def tf(self) -> Counter:
        return stems(self.text)

    @cached_property
    def shingles(self) -> set[int]:
        return shingles(self.text[:60000])

    @cached_property
    def numbers(self) -> set[str]:
        """Its words holding a digit, trimmed and normalised like case numbers."""
        words = [w.strip(".,;:()[]»«\"'") for w in self.text[:200000].split()]
        out = {normalize_case_number(w) for w in words if any(c.isdigit() for c in w)}
        # numbers printed with spaces around the dash or slash ('2024 - 52597', '2024 — 52597'): any dash the
        # key reads as a hyphen (dashes.DASH_CHARACTERS)
        out.update(normalize_case_number(a + b + c) for a, b, c in zip(words, words[1:], words[2:], strict=False)
                   if (b == "/" or b in DASH_CHARACTERS) and a[-1:].isdigit() and c[:1].isdigit())
        return out

    @cached_property
    def head(self) -> str:
        """Its first lines, plain (where it names what it is about)."""
        return _plain("\n".join(self.text[:5000].splitlines()[:HEAD_LINES]))

    @cached_property
    def head_stems(self) -> set[str]:
        return set(stems("\n".join(self.text[:5000].splitlines()[:HEAD_LINES])))

    @cached_property
    def number(self) -> str | None:
        """The number it carries as a bilag ('Bilag 2 Tidsplan.pdf', a first line 'Bilag 2: ...'):
        publishers number a item's bilag in the order the item lists them."""
        stem = os.path.splitext(os.path.basename(self.name))[0].replace("_", " ")
        for text in (stem, *self.first_lines):
            m = _BILAG_PREFIX.match(text)
            if m and m.group(1):
                return m.group(1).lower()
        return None

    @property
    def first_lines(self) -> list[str]:
        """The first three non-empty lines: a letterhead may stand above the title."""
        out: list[str] = []
        for line in self.text[:5000].splitlines():
            if line.strip():
                out.append(line.strip())
                if len(out) == 3:
                    break
        return out


@dataclass
class ItemFacts:
    """A candidate agenda item: where it is printed and what it says."""

    key: int                           # the store's item id
    origin: str                        # its document's origin (path or URL)
    number: str | None
    title: str
    public: bool
    case_numbers: list[str]
    attachments: list[tuple[str | None, str]]   # (number, title) as the item lists them
    text: str                          # title, body and decisions: what similarity compares with
    municipality: str | None = None
    date: str | None = None            # the meeting's date (ISO)

    @property
    def folder(self) -> str | None:
        return None if "://" in self.origin else os.path.dirname(self.origin)

    @cached_property
    def case(self) -> str:
        """The case the item treats (its first case number), else the item itself."""
        return normalize_case_number(self.case_numbers[0]) if self.case_numbers else f"item:{self.key}"

    @cached_property
    def listed(self) -> list[tuple[str | None, str, str]]:
        """(number, title, plain title) of its bilag list, computed once."""
        out = []
        for number, title in self.attachments:
            prefix_number, plain = listed_parts(title)
            out.append((number or prefix_number, title, plain))
        return out

    def numbered(self, plain: str) -> set[str]:
        """The numbers under which it lists the title `plain`: the printed number, else its place
        in the list (an unnumbered list is numbered in order where the files are)."""
        return {(number or str(n)).lower() for n, (number, _, p) in enumerate(self.listed, start=1) if p == plain}

    @cached_property
    def shingles(self) -> set[int]:
        return shingles(self.text[:60000])

    @cached_property
    def tf(self) -> Counter:
        """Its word stems; its title and listed bilag titles count twice."""
        tf = stems(self.text)
        tf.update(stems(" ".join([self.title, *(t for _, t in self.attachments)])))
        return tf


@dataclass
class Link:
    """The outcome: the item (None = unlinked), how it was found, and a line saying why."""

    item: int | None
    method: str | None
    score: float
    reason: str
    listed_as: str | None = None       # the title the item lists it under
    number: str | None = None          # its number in the item's list ('2' for 'Bilag 2: ...')


# -- names ------------------------------------------------------------------------------------------

_BILAG_PREFIX = re.compile(rf"^\s*(?:bilag|appendix)\s*(?:nr\.?\s*)?(\d+[a-z]?)?\s*[:.{SPACED_DASH})]?\s*",
                           re.IGNORECASE)
_LEADING_NUMBER = re.compile(rf"^\s*(\d+[a-z]?)\s*[:.{SPACED_DASH})_ ]\s*", re.IGNORECASE)
_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


def _plain(text: str) -> str:
    """Lower case, Danish letters spelled out (file names often drop them), only letters and
    digits: 'Høringssvar_(2).PDF' and 'Hoeringssvar 2' compare equal."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_TRANSLIT)
    return " ".join(re.findall(r"[a-z0-9]+", text))


@lru_cache(maxsize=65536)
def listed_parts(title: str) -> tuple[str | None, str]:
    """'Bilag 2: Høringssvar' -> ('2', 'hoeringssvar'); '3. Tidsplan' -> ('3', 'tidsplan')."""
    m = _BILAG_PREFIX.match(title)
    if m and (m.group(1) or m.end() > 0):
        number, rest = m.group(1), title[m.end():]
    else:
        n = _LEADING_NUMBER.match(title)
        number, rest = (n.group(1), title[n.end():]) if n else (None, title)
    return number, _plain(rest)


def name_keys(name: str, first_lines: list[str]) -> set[str]:
    """The titles a file may be listed under: its name without extension and its first lines,
    each without a 'Bilag N' prefix or leading number ('Tidsplan (2).pdf' is 'Tidsplan')."""
    stem = os.path.splitext(os.path.basename(name))[0].replace("_", " ")
    stem = re.sub(r"\s*\(\d+\)$", "", stem)
    keys = {listed_parts(stem)[1], _plain(stem), *(listed_parts(line)[1] for line in first_lines)}
    return {k for k in keys if len(k) >= 4}


def listed_match(bilag: BilagFacts, item: ItemFacts) -> tuple[str | None, str] | None:
    """The (number, title) under which `item` lists the bilag, by name or first line; or None."""
    keys = bilag.keys
    for number, title, plain in item.listed:
        if plain and (plain in keys or any(_same_title(plain, k) for k in keys)):
            return number, title
    return None


TRUNCATED_MIN = 30  # characters a cut title must keep to stand for the whole


def _same_title(listed: str, key: str) -> bool:
    """Equal, or one cut short of the other (file names are cut at a length, long listed titles
    wrap), as long as the shorter keeps TRUNCATED_MIN characters."""
    if listed == key:
        return True
    short, long = sorted((listed, key), key=len)
    return len(short) >= TRUNCATED_MIN and long.startswith(short)


# -- content ----------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset("""
alle andet anden andre blev bliver blive både dags deres dette disse eller efter flere foran fordi fra
have havde hele hende heller hvad hvem hvis hvor hvordan ikke kommune kommunen kunne lige mange meget
mellem men mere mest nogle noget når også over samt sagen sager selv sidste skal skulle som store sådan
under uden vedr vedrørende være været vores ville with that this from
""".split())


def stems(text: str, limit: int = MAX_WORDS) -> Counter:
    """Word stems (the first six letters of every word of four or more letters, stop words out):
    crude, language-blind and cheap; enough to tell which item a letter is about."""
    out: Counter = Counter()
    for n, m in enumerate(_WORD.finditer(text)):
        if n >= limit:
            break
        w = m.group(0).casefold()
        if w not in _STOP:
            out[w[:6]] += 1
    return out


SHINGLE = 8        # words of a passage: eight words in a row shared are a quotation, not vocabulary
PASSAGES_MIN = 12  # shared passages (overlapping) a case needs: ~20 words quoted, more than a stock sentence


def shingles(text: str) -> set[int]:
    """Hashes of every run of SHINGLE words (lower case, letters and digits only)."""
    words = re.findall(r"\w+", text.casefold())
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def _by_passage(bilag: BilagFacts, items: list[ItemFacts]) -> ItemFacts | None:
    """The case whose text the bilag repeats word for word (a notat repeating the case's
    background, a letter quoting it): passages of eight words the bilag shares with the items of
    exactly one of the cases (boilerplate every case prints tells nothing), at least
    PASSAGES_MIN of them (about twenty words in a row: one stock sentence that happens to recur
    is not enough), and at least twice as many as any other case has."""
    cases_of: dict[int, set[str]] = {}
    for it in items:
        for h in bilag.shingles & it.shingles:
            cases_of.setdefault(h, set()).add(it.case)
    best: dict[str, int] = {}
    for cases in cases_of.values():
        if len(cases) == 1:
            (case,) = cases
            best[case] = best.get(case, 0) + 1
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < PASSAGES_MIN or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return latest([it for it in items if it.case == ranked[0][0]], bilag.folder)


def _idf(docs: list[Counter]) -> dict[str, float]:
    df: Counter = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs) + 1
    return {t: math.log(n / c) + 0.1 for t, c in df.items()}


def _vector(tf: Counter, idf: dict[str, float], default: float) -> dict[str, float]:
    return {t: (1 + math.log(c)) * idf.get(t, default) for t, c in tf.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def similarities(bilag_text: str | Counter, items: list[ItemFacts]) -> dict[int, float]:
    """Cosine of the bilag's stems with each item's (title and listed bilag titles count twice),
    weighted by rarity among the candidates: words every item has decide nothing."""
    vecs = [it.tf for it in items]
    idf = _idf(vecs)
    top = math.log(len(items) + 1) + 0.1
    target = _vector(bilag_text if isinstance(bilag_text, Counter) else stems(bilag_text), idf, top)
    return {it.key: _cosine(target, _vector(v, idf, top)) for it, v in zip(items, vecs, strict=True)}


# -- choosing ---------------------------------------------------------------------------------------

def latest(items: Iterable[ItemFacts], folder: str | None) -> ItemFacts:
    """Of items of one case, the one in the bilag's folder, else the most recent treatment."""
    items = list(items)
    here = [it for it in items if folder and it.folder == folder]
    return max(here or items, key=lambda it: (it.date or "", it.key))


def _one_case(items: list[ItemFacts]) -> bool:
    return len({it.case for it in items}) == 1


def printed_case_numbers(bilag: BilagFacts, known: Iterable[str]) -> set[str]:
    """The known case numbers (normalised) that the bilag's text prints as a word of its own
    ('Sagsnr. 24/1234' prints 24/1234, not 24/123): the text's words holding a digit, trimmed
    of punctuation, intersected with the known numbers."""
    return {normalize_case_number(c) for c in known if c} & bilag.numbers


def title_cover(bilag: BilagFacts, item: ItemFacts) -> float:
    """Share of the item title's word stems printed in the bilag's first lines (a bilag's heading
    often repeats its case's title: 'Tidsplan / Renovering af Nørregade skole')."""
    want = set(stems(item.title))
    if not want:
        return 0.0
    return len(want & bilag.head_stems) / len(want)


def _title_cases(bilag: BilagFacts, items: list[ItemFacts]) -> list[str]:
    """The cases whose title the bilag's first lines print word for word, the longest such
    title only (several cases when they share it)."""
    head = bilag.head
    printed: dict[str, int] = {}
    for it in items:
        plain = _plain(it.title)
        if len(plain) >= 8 and f" {plain} " in f" {head} ":
            printed[it.case] = max(printed.get(it.case, 0), len(plain))
    longest = max(printed.values(), default=0)
    return [c for c, n in printed.items() if n == longest]


def _by_title(bilag: BilagFacts, items: list[ItemFacts]) -> ItemFacts | None:
    """The case whose title the bilag's first lines print: the longest title printed there word
    for word (when one case has it), else the title whose words it prints (nearly) all, clearly
    more than any other case's."""
    cases = _title_cases(bilag, items)
    if len(cases) == 1:
        return latest([it for it in items if it.case == cases[0]], bilag.folder)
    best: dict[str, float] = {}
    for it in items:
        best[it.case] = max(best.get(it.case, 0.0), title_cover(bilag, it))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 0.75 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.2):
        return None
    return latest([it for it in items if it.case == ranked[0][0]], bilag.folder)


def _by_number(bilag: BilagFacts, listed: list[tuple[ItemFacts, tuple[str | None, str]]]) -> ItemFacts | None:
    """Among items listing the bilag's title, the one case that lists it under the number the file
    carries ('Bilag 2 Tidsplan.pdf' and a case listing 'Tidsplan' second); None when the file
    carries no number or several cases (or none) list the title under it. A tie-breaker only:
    weaker than the case's title or a quotation, so it is tried after them, and among the cases
    whose title the bilag prints when it prints one several cases share."""
    if bilag.number is None:
        return None
    if titled := _title_cases(bilag, [it for it, _ in listed]):
        listed = [(it, m) for it, m in listed if it.case in titled]
    hits = [it for it, (_, title) in listed if bilag.number in it.numbered(listed_parts(title)[1])]
    return latest(hits, bilag.folder) if hits and _one_case(hits) else None


def _by_content(bilag: BilagFacts, items: list[ItemFacts], minimum: float, method: str) -> Link | None:
    if not items:
        return None
    scores = similarities(bilag.tf, items)
    best_per_case: dict[str, tuple[float, ItemFacts]] = {}
    for it in items:
        s = scores[it.key]
        if it.case not in best_per_case or s > best_per_case[it.case][0]:
            best_per_case[it.case] = (s, it)
    ranked = sorted(best_per_case.values(), key=lambda p: -p[0])
    best, item = ranked[0]
    runner = ranked[1][0] if len(ranked) > 1 else 0.0
    if best < minimum:
        return Link(None, None, round(best, 3), f"indholdet ligner intet punkt nok ({best:.2f} < {minimum})")
    if runner and best < SIMILARITY_MARGIN * runner:
        return Link(None, None, round(best, 3),
                    f"indholdet ligner flere sager næsten lige meget ({best:.2f} mod {runner:.2f})")
    same_case = [it for it in items if it.case == item.case and scores[it.key] >= best * 0.8]
    chosen = latest(same_case, bilag.folder)
    return Link(chosen.key, method, round(best, 3), f"indholdet ligner punktet ({best:.2f}, næste sag {runner:.2f})")


def link(bilag: BilagFacts, items: list[ItemFacts]) -> Link:
    """The item `bilag` belongs to among `items` (all candidate items; the caller passes the
    items of the bilag's municipality, or all when it names none), with the evidence used."""
    return by_evidence(bilag, items) or by_content(bilag, items)


def by_evidence(bilag: BilagFacts, items: list[ItemFacts]) -> Link | None:
    """Steps 1-4 of `link`: what the documents print or where the file lies; None when they say
    nothing. Only items that list a title the file carries, print a case number it prints, lie
    in its folder or are its harvested listing count here, so passing just those (a superset of
    them) gives the same answer as passing all: the store finds them by key (store/bilag_index).
    The steps are tried strongest first; the first that says something decides."""
    return (_by_harvest(bilag, items) or _by_listing(bilag, items) or _by_case_number(bilag, items)
            or _by_folder(bilag, items))


def _by_harvest(bilag: BilagFacts, items: list[ItemFacts]) -> Link | None:
    """1. harvested: the publisher listed exactly these bytes under an item."""
    for origin, number in bilag.harvested:
        hits = [it for it in items if it.origin == origin and it.number == number]
        if len(hits) == 1:
            return Link(hits[0].key, "hentet", 1.0, f"hentet fra punktets bilagsliste ({origin})")
    return None


def _by_listing(bilag: BilagFacts, items: list[ItemFacts]) -> Link | None:
    """2. the item's printed bilag list names the file: the one item that does (after the tie-breakers),
    else no link, saying that several cases list it."""
    listed = [(it, m) for it in items if (m := listed_match(bilag, it))]
    if not listed:
        return None
    chosen = _listing_choice(bilag, _listing_candidates(bilag, [it for it, _ in listed]), listed)
    if chosen is not None:
        number, title = dict((it.key, m) for it, m in listed)[chosen.key]
        return Link(chosen.key, "bilagsliste", 1.0, f"punktet lister »{title}«", listed_as=title, number=number)
    titles = sorted({m[1] for _, m in listed})
    return Link(None, None, 0.0, f"flere sager lister »{titles[0]}«, og intet afgør hvilken")


def _listing_candidates(bilag: BilagFacts, cands: list[ItemFacts]) -> list[ItemFacts]:
    """The listing items narrowed to those in the bilag's folder, then to those whose case numbers the
    bilag prints (each narrowing only where it leaves some)."""
    here = [it for it in cands if bilag.folder and it.folder == bilag.folder]
    cands = here or cands
    printed = printed_case_numbers(bilag, (c for it in cands for c in it.case_numbers))
    if printed:
        cands = [it for it in cands if printed & {normalize_case_number(c) for c in it.case_numbers}] or cands
    return cands


def _listing_choice(bilag: BilagFacts, cands: list[ItemFacts], listed: list) -> ItemFacts | None:
    """Of listing items, the one the bilag belongs to: the latest where they are one case, else the
    tie-breakers strongest first (the case's title, a quotation, the number it is listed under, then
    likeness); None when none tells."""
    if _one_case(cands):
        return latest(cands, bilag.folder)
    keys = {it.key for it in cands}
    return (_by_title(bilag, cands) or _by_passage(bilag, cands)
            or _by_number(bilag, [(it, m) for it, m in listed if it.key in keys]) or _by_likeness(bilag, cands))


def _by_likeness(bilag: BilagFacts, cands: list[ItemFacts]) -> ItemFacts | None:
    """The listing item the bilag's content is most like; None where another case of the same title lists
    it too (likeness cannot tell them)."""
    by = _by_content(bilag, cands, 0.0, "bilagsliste")
    if not by or by.item is None:
        return None
    chosen = next(it for it in cands if it.key == by.item)
    if any(it.case != chosen.case and _plain(it.title) == _plain(chosen.title) for it in cands):
        return None  # another case of the same title lists it too: likeness cannot tell them
    return chosen


def _by_case_number(bilag: BilagFacts, items: list[ItemFacts]) -> Link | None:
    """3. a printed case number that exactly one case carries."""
    printed = printed_case_numbers(bilag, (c for it in items for c in it.case_numbers))
    if not printed:
        return None
    cands = [it for it in items if printed & {normalize_case_number(c) for c in it.case_numbers}]
    if cands and _one_case(cands):
        chosen = latest(cands, bilag.folder)
        return Link(chosen.key, "sagsnummer", 1.0, f"bilaget nævner sagsnummer {', '.join(sorted(printed))}")
    return None


def _by_folder(bilag: BilagFacts, items: list[ItemFacts]) -> Link | None:
    """4. a folder holding one meeting's documents: the item of its meeting the content is most like."""
    if not bilag.folder:
        return None
    here = [it for it in items if it.folder == bilag.folder]
    if here and len({it.origin for it in here}) == 1:
        by = _by_content(bilag, here, FOLDER_MIN, "mappe")
        if by and by.item is not None:
            by.reason = f"i samme mappe som mødets dokument; {by.reason}"
            return by
    return None


def by_content(bilag: BilagFacts, items: list[ItemFacts]) -> Link:
    """Step 5 of `link`: content alone, with threshold and margin, over all candidate items."""
    return (_by_content(bilag, items, SIMILARITY_MIN, "indhold")
            or Link(None, None, 0.0, "ingen punkter at sammenligne med"))


# -- which files are bilag ------------------------------------------------------------------------

def is_bilag(doc: Document | None, kind: str) -> bool:
    """True when a read file is a bilag rather than a meeting document. The rule: it is a PDF
    (the form bilag are published in) and it is no meeting document: either parse found no
    council material in it (`doc` None), or it found no dated meeting and at most one item with no
    decision, no route and fewer than two headed sections. Minutes, agendas, write-ups and notes
    always carry one of those (a meeting, a 'Beslutning', a 'Sagsgang', 'Sagsfremstilling' and
    'Indstilling'); a letter, report, plan or map read as if it were a write-up carries none, at
    most a printed case number or one heading-like line ('Tidsplan'), as many bilag do.
    Text and HTML files stay what they are."""
    if kind != "pdf":
        return False
    if doc is None:
        return True
    return ((doc.meeting is None or not doc.meeting.date) and len(doc.items) <= 1
            and not any(it.decisions or it.route or len(it.sections) >= 2 for it in doc.items))
