"""Cuts that the shape of a whole run of titles asks for or rules out, where a word-by-word cue misreads it.

title_split reads each word of a run of titles whose numbers were lost (a PDF transcript's contents
list printed as one long line) against the word before it. Some title starts can only be judged from
the run around them:

- Some words never end a title, so the capitalised word after them is no title's start: a plan whose
  number was lost ('Endelig godkendelse af Lokalplan [123] Udvidelse af golfbane …', 'Kommuneplantillæg
  nr [45] og Lokalplan nr [67] Udvidelse af feriecenter …') goes on with the plan's name; an adjective
  in capitals goes on with its noun ('… til den Forberedende Grunduddannelse …'); a name's genitive in
  small letters goes on with what it owns ('Randers kommunes Kunstfond'); a budget whose year was lost
  goes on with its title ('Budget [2009] Budgetbemærkninger for …'); a subject pronoun goes on with its verb
  or object ('Kender du Vordingborg Kommune …'), and a bare noun after a preposition with the name it is an
  instance of ('i region Syddanmark').
- A run whose titles open on a committee's tag before a dash ('ØU - …', 'TM - …', 'KB - …'),
  each or nearly each of them, starts its titles at the tags only: a capitalised word inside one
  ('… for Roskilde og Lejre Kommuner …', 'BU - Genoptaget. Frigivelse af …') is the title's own.
- A title in the shape 'Name - Action' ends on its one word after the dash where that word is a
  common noun ('Bogense Havn og Marina - Investeringsplan | Regler for …', 'Otterup - Huslejefastsættelse
  | Boligselskabet …'): a capitalised word after it opens the next title, as after any lower-case noun.
- A title 'Name - Action' opens on its name, two capitalised words or compounds before the dash ('… på
  Design Højskolen Højer | Tønder Sport- og Fritidscenter - Budgetforslag', '… i Særslev | Bogense
  Andelsboligforening - Regnskab'): where three or more stand there, the first ends the title before.
- Titles that end on the same words ('… byggemodning Ansøgning om anlægsbevilling Lokalplan 506, … -
  kloakanlæg. Ansøgning om anlægsbevilling') end where those words end, and no title starts among them.
- Titles that open on the same words ('De Enkelte Fagudvalgs Omplaceringer De Enkelte Fagudvalgs
  Tillægsbevillingsansøgninger Takstændringer …', a bilag list run into one line) start where those
  words stand again, not inside them (nor right after them where they end on a genitive), and each is as
  long as the first.
- Titles 'Subject - action' that share the action's words after their dash ('… - frigivelse af midler') end
  where those words end, each time, also before a quotation.
"""
from __future__ import annotations

import re

from .casenumbers import CASE_LABEL_WORDS
from .dashes import DASH_WORDS, SPACED_DASHES
from .title_cues import COMMITTEE_TAG

_WORD = re.compile(r"\S+")
_NUMBER_WORDS = frozenset({"nr", "nr."})
_ADJECTIVE_ENDINGS = ("ende", "ede")  # 'Forberedende', 'Genberegnede': participles, before their noun
# a definite noun's genitive ('kommunes', 'regionens', 'udvalgets', 'borgernes'); not a verb's passive, which may
# end a title ('… skoler og SFO godkendes', '… drøftes')
_GENITIVE_ENDINGS = ("nes", "ens", "ets")
_STATUS = re.compile(r"(?:Åbent|Åben|Lukket):?")  # a status column after a title ('- Bevillingssag Åbent'): no title
# endings of the nouns of action and the document nouns the word after a title's dash is ('Huslejefastsættelse',
# 'Investeringsplan', 'Regnskab', 'Budget'): a place's or company's name ('- Hvidbjerg Strand') does not end so
_DOCUMENT_ENDINGS = ("plan", "politik", "strategi", "aftale", "regnskab", "budget", "forslag", "garanti", "tilskud")
_NOUN_ENDINGS = ("else", "elser", "ering", "ning", "tion", "sion", *_DOCUMENT_ENDINGS)

# A personal pronoun as a subject ('Kender du Vordingborg Kommune …', 'Hvordan vil vi …') stands before its verb or
# object: a title in the shape of a question or statement goes on after it, none ends on it.
_SUBJECT_PRONOUNS = frozenset("du jeg vi han hun man".split())
# Common nouns written in small letters right before the proper name they are an instance of ('i region
# Syddanmark', 'af projekt Åbne haller'): after a preposition the bare noun needs the name, its apposition, so a
# capital after it goes on the title; after a name the noun ends one ('Orientering om KaMiBe projekt'), and so it does
# before a capital and its own preposition ('støtte til projekt | Orientering om …'), the next title's opening.
_APPOSITIVE_NOUNS = frozenset("region projekt".split())


def _words(span: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _WORD.finditer(span)]


def _open_end(words: list[tuple[int, str]], k: int, objects: frozenset[str]) -> bool:
    """Word `k - 1` is one no title ends on (see the module's docstring): a plan's word (`objects`) or it and 'nr'
    (in small letters, before the plan's code: 'lokalplan E-2.1'), an adjective or participle in capitals
    ('Forberedende', 'Genberegnede'), or a genitive in small letters after a capitalised word ('Randers
    kommunes'); a budget opening a title, its year lost ('Budget [2010] Budgetønsker fra
    …', not after a dash or a preposition: '… - Projekt LAG - Budget', 'forslag til Budget'); a subject pronoun
    ('Kender du') or a bare noun naming its instance after a preposition ('i region', _APPOSITIVE_NOUNS)."""
    prev = words[k - 1][1]
    before = words[k - 2][1] if k >= 2 else ""
    if prev in objects or (prev in _NUMBER_WORDS and before in objects):
        return True
    if prev.capitalize() in objects and any(ch.isdigit() for ch in words[k][1]):
        return True  # 'Aflysning af lokalplan E-2.1 (…)': the plan's code, not a title
    if prev == "Budget" and before not in DASH_WORDS and before not in _PREPOSITIONS:
        return True
    if prev[:1].isupper() and prev[1:2].islower() and prev.isalpha() and prev.endswith(_ADJECTIVE_ENDINGS):
        return True
    if prev in _SUBJECT_PRONOUNS or (prev in _APPOSITIVE_NOUNS and before in _PREPOSITIONS
                                      and (k + 1 >= len(words) or words[k + 1][1] not in _PREPOSITIONS)):
        return True
    return prev.isalpha() and prev.islower() and prev.endswith(_GENITIVE_ENDINGS) \
        and before[:1].isupper() and before.isalpha()


def without_open_ends(span: str, cuts: list[tuple[float, int, int]], objects: frozenset[str]
                      ) -> list[tuple[float, int, int]]:
    """The cuts but those right after a word no title ends on (_open_end): the title goes on there. A cut of
    score 2 or more (a status word, a group heading, a committee's tag, a later header's words) stands."""
    words = _words(span)
    shut = {words[k][0] for k in range(1, len(words)) if _open_end(words, k, objects)}
    return [c for c in cuts if c[0] >= 2.0 or c[1] not in shut]


def _tag_at(words: list[tuple[int, str]], k: int) -> bool:
    """Word `k` is a committee's tag before a dash ('ØU - Udbud', 'ØU- Udbud')."""
    w = words[k][1]
    tag = w.rstrip(SPACED_DASHES)
    if not COMMITTEE_TAG.fullmatch(tag):
        return False
    return w != tag or (k + 1 < len(words) and words[k + 1][1] in DASH_WORDS)


def tag_led(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts of a run whose titles open on committee tags: the run opens on a tag and three or more tags stand
    in it, so the titles start at the tags, or where a sure cue (score 2 or more: a status word, a group heading)
    says, and nowhere else. Other runs keep every cut."""
    words = _words(span)
    tags = {words[k][0] for k in range(len(words)) if _tag_at(words, k)}
    if len(tags) < 3 or not words or words[0][0] not in tags:
        return cuts
    return [c for c in cuts if c[0] >= 2.0 or c[1] in tags]


def _common_noun(word: str, common: frozenset[str]) -> bool:
    """A capitalised word that is a common noun: the document prints it in small letters too, or it ends as a noun of
    action or a document's noun does."""
    low = word.lower()
    return word[:1].isupper() and word[1:2].islower() and word.isalpha() \
        and (low in common or low.endswith(_NOUN_ENDINGS))


def _opening_tag(words: list[tuple[int, str]], k: int) -> bool:
    """Word `k` is a committee's tag in capitals that opens its title ('ØU' of '… omegn ØU - Kloakrenovering'): no
    capitalised word before it, as one names a project ('Projekt LAG - Budget')."""
    if k < 0 or not COMMITTEE_TAG.fullmatch(words[k][1]):
        return False
    before = words[k - 1][1] if k >= 1 else ""
    return not (before[:1].isupper() and before[1:2].islower())


def dashed_ends(span: str, common: frozenset[str]) -> list[tuple[float, int, int]]:
    """(1.0, offset, 0) of the capitalised words right after a dash and a common noun ('… Marina - Investeringsplan
    Regler for …'): the noun closes a title 'Name - Action', so the word after it opens the next. Not before a word in
    capitals or one that goes on with a dash or comma ('- Projekt LAG - Budget', '- Kloakrenovering Tranemosevej,
    Bogårdsvej …'): there the noun is followed by its own name; nor before a status word ('- Bevillingssag Åbent'),
    which title_split reads as the title's column; nor before one word and a noun of action ('- Tilbygning Irma
    Dispensation …'): that one word is the name the noun goes on with, and the next title opens after it. After a
    committee's tag that opens its title only a document's noun ends it ('ØK - Indkøbspolitik | Skive …'): a noun of
    action goes on with what it acts on ('ØU - Kloakrenovering Tranemosevej og omegn')."""
    words = _words(span)
    out = []
    for k in range(2, len(words) - 1):
        if words[k - 2][1] not in DASH_WORDS or not _common_noun(words[k - 1][1], common):
            continue
        if _opening_tag(words, k - 3) and not words[k - 1][1].lower().endswith(_DOCUMENT_ENDINGS):
            continue
        w = words[k][1]
        nxt = words[k + 1][1] if k + 1 < len(words) else ""
        if w[:1].isupper() and w[1:2].islower() and not w.endswith((",", *DASH_WORDS)) and nxt not in DASH_WORDS \
                and not _STATUS.fullmatch(w) and not _common_noun(nxt, frozenset()):
            out.append((1.0, words[k][0], 0))
    return out


_PREPOSITIONS = frozenset("af til for i og med om på fra ved".split())


def _goes_on(word: str) -> bool:
    """A phrase ending on this word goes on: a name's genitive ('De Enkelte Fagudvalgs') or a preposition."""
    return word in _PREPOSITIONS or (word[:1].isupper() and word.isalpha() and len(word) >= 4 and word.endswith("s"))


def _opening_phrase(words: list[str]) -> int:
    """The length (2-4 words) of the longest phrase the run opens on that stands again later in it, opening on a
    capitalised word, of words alone (a tag and its dash, 'ØU -', is tag_led's); 0 where none does."""
    for n in (4, 3, 2):
        head = words[:n]
        if len(words) >= 2 * n and head[0][:1].isupper() and all(w.isalpha() for w in head) and any(
                words[k:k + n] == head for k in range(n, len(words) - n + 1)):
            return n
    return 0


def repeated_openings(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts of a run whose first title's opening words stand again later: a sure cut (2.0) where they stand, none
    inside them (nor right after them where they end on a genitive or a preposition, which no title ends on; a cut of
    score 3 stands), and one after the last of them where its title is as
    many words long as the first (before a capitalised word). Other runs keep their cuts."""
    found = _words(span)
    words = [w for _, w in found]
    n = _opening_phrase(words)
    if not n:
        return cuts
    again = [k for k in range(n, len(words) - n + 1) if words[k:k + n] == words[:n]]
    again = [k for j, k in enumerate(again) if j == 0 or k >= again[j - 1] + n]
    reach = n + 1 if _goes_on(words[n - 1]) else n  # the words cannot end a title: none starts right after them
    inside = {found[k + i][0] for k in [0, *again] for i in range(1, reach) if k + i < len(words)}
    # not behind a status word or a dash ('Lukket: Godkendelse af …'): the opening words go on with it
    heads = [k for k in again if not words[k - 1].endswith((":", *DASH_WORDS)) and not _STATUS.fullmatch(words[k - 1])]
    out = [c for c in cuts if c[0] >= 3.0 or c[1] not in inside] + [(2.0, found[k][0], 0) for k in heads]
    first = again[0]  # the first title's words: its opening phrase and what follows it up to the next
    last = again[-1] + first
    if first - n <= 2 and last < len(words) and words[last][:1].isupper():
        out.append((2.0, found[last][0], 0))
    best: dict[int, tuple[float, int, int]] = {}
    for c in out:
        if c[1] not in best or best[c[1]][0] < c[0]:
            best[c[1]] = c
    return sorted(best.values(), key=lambda c: c[1])


def _units_before(words: list[str], end: int) -> list[int]:
    """The starts of the capitalised words or coordinated compounds ('Sport- og Fritidscenter') that run up to word
    `end` (exclusive), first to last: a name's words before a dash."""
    starts: list[int] = []
    k = end - 1
    while k >= 0:
        w = words[k]
        if not (w[:1].isupper() and w[1:2].islower() and not w.endswith((",", ".", ":"))):
            break
        if k >= 2 and words[k - 1] in ("og", "&") and words[k - 2].endswith("-") and words[k - 2][:1].isupper():
            k -= 2  # 'Sport- og Fritidscenter': one compound
        starts.insert(0, k)
        k -= 1
    return starts


def subject_starts(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts, and one (1.0) before the name a title 'Name - Action' opens on, where three or more capitalised words
    or compounds stand before its dash and no cut parts them: the name is the last two ('Bogense Andelsboligforening',
    'Tønder Sport- og Fritidscenter'), the words before it end the title before ('… i Særslev')."""
    found = _words(span)
    words = [w for _, w in found]
    sure = {pos for score, pos, _ in cuts if score >= 1.0}
    out = list(cuts)
    for d in range(3, len(words) - 1):
        if words[d] not in DASH_WORDS or not words[d + 1][:1].isupper():
            continue
        units = _units_before(words, d)
        if len(units) < 3 or any(found[k][0] in sure for k in units[1:]):
            continue
        if any(not words[k].isalpha() and "-" not in words[k] for k in units[-2:]):
            continue  # a name in capitals or with digits ('BSB', '4A'): no town and its club
        out.append((1.0, found[units[-2]][0], 0))
    return sorted(out, key=lambda c: c[1])


def repeated_endings(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts of a run whose last three to five words stand earlier in it too, each time before a capitalised word:
    the words end a title each time, so a sure cut (2.5) after each of them and none at or inside them, surer than a
    word that opens several titles ('Ansøgning'; a cut of score 3 stands). Not where the run opens on them: that is a
    whole title printed again (a flattened page's header after its list entry), no shared ending. Other runs keep
    their cuts."""
    found = _words(span)
    words = [w.rstrip(".,") for _, w in found]
    for n in (5, 4, 3):
        tail = words[-n:]
        if len(words) < 2 * n or not all(w.isalpha() for w in tail):
            continue
        earlier = [k for k in range(1, len(words) - 2 * n + 1) if words[k:k + n] == tail
                   and found[k + n][1][:1].isupper() and found[k + n][1] not in DASH_WORDS]
        if not earlier:
            continue
        shut = {found[k + i][0] for k in [*earlier, len(words) - n] for i in range(n)}
        at = {found[k + n][0] for k in earlier}
        kept = [c for c in cuts if (c[0] >= 3.0 or c[1] not in shut) and c[1] not in at]
        return sorted(kept + [(2.5, pos, 0) for pos in at], key=lambda c: c[1])
    return cuts


def _dashed_tail(words: list[str], d: int) -> tuple[str, ...]:
    """The words in small letters right after the dash at `d`, two to four of them, up to a capitalised or quoted
    word that follows them ('- frigivelse af midler | Videreføring …'); () where they run on or stop otherwise."""
    tail: list[str] = []
    for w in words[d + 1:d + 6]:
        if w.isalpha() and w.islower():
            tail.append(w)
            continue
        opens = w.lstrip("\"'«“„")
        # (not before a case number's label: 'Sagsnr. 24/1249' is the title's own column, printed behind it)
        return tuple(tail) if 2 <= len(tail) <= 4 and opens[:1].isupper() and not _CASE_LABEL_WORD.match(w) else ()
    return ()


_CASE_LABEL_WORD = re.compile(rf"(?:{CASE_LABEL_WORDS})\b", re.IGNORECASE)


def repeated_dashed_endings(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts, with a sure one (2.0) after each of the dashed endings that two or more titles of the run share
    ('Oplevelser for alle - frigivelse af midler | Videreføring af den grønne sti - frigivelse af midler | "Sluk
    lyset Danmark" kampagne'), and none inside them. Why: a list whose titles follow one pattern 'Subject -
    action' prints the same action in the same words each time, and the words in small letters after a dash are
    that action, so where they end the title ends, also before a quotation that a word's cue cannot read."""
    found = _words(span)
    words = [w for _, w in found]
    tails: dict[tuple[str, ...], list[int]] = {}
    for d, w in enumerate(words):
        if w in DASH_WORDS and (tail := _dashed_tail(words, d)):
            tails.setdefault(tail, []).append(d)
    ends = {d + len(t) + 1 for t, ds in tails.items() if len(ds) >= 2 for d in ds}
    if not ends:
        return cuts
    inside = {found[d + i][0] for t, ds in tails.items() if len(ds) >= 2 for d in ds for i in range(1, len(t) + 1)}
    at = {found[k][0] for k in ends}
    kept = [c for c in cuts if (c[0] >= 3.0 or c[1] not in inside) and c[1] not in at]
    return sorted(kept + [(2.0, pos, 0) for pos in at], key=lambda c: c[1])
