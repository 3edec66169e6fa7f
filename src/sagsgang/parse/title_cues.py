"""More places where a new title starts inside a run of titles whose separators were lost.

A PDF transcript prints a table of contents as one long line: the item numbers and page
numbers are gone, and the titles run together ('… Affaldsplan Ny fordeling af …'). title_split's
_boundaries cuts such a run where a capitalised word follows a lower-case content word, and
where words that open titles stand. These cues add the cuts it leaves out, each read from the
shape of Danish titles, not from any one publisher's words:

- Danish titles capitalise their first word and names only. A capitalised word followed by a
  lower-case content word is a name only rarely ('Skive Kommunes budget' is a genitive); an
  adjective or participle there ('… Storebæltshallen Genberegnede takster …') opens a title.
- A title that ended in a year loses it with the numbers ('… årsberetning for [2013]
  Spørgetid'): a preposition then seems to run on into the next title. After a preposition a
  capitalised word that is a title's shape (a standing item, an adjective before a
  lower-case word: '… for [2013] Tværgående energibesparende …', or a noun of action with a
  phrase of its own: '… til [2009] Oplevelser for alle …') starts one.
- Committee tags in capitals before a dash ('ØU - …', 'TM - …', 'SSÆ - …') open the titles of
  a run that prints several of them; a tag printed once in such a run opens its title too.
- 'Ny' before a lower-case noun, a plan or policy with its preposition after a town's name, and a
  council reading whose number was lost ('… privatinstitution behandling af …') open titles too.
"""
from __future__ import annotations

import re

from .dashes import DASH_WORDS, SPACED_DASHES

# Danish adjective and participle endings ('genberegnede', 'tværgående', 'ændret', 'økonomisk'):
# a word so ended before a lower-case noun is an adjective phrase, not a name's part ("-et" is left out: it ends
# the definite nouns committees are named by, "Udvalget beslutter")
ADJECTIVE_ENDINGS = ("ede", "ende", "ig", "isk", "eret", "dret", "uel", "iel", "rel", "nal")
# a committee's tag in capitals before a dash ('ØU - …', 'TM- …'); run_shape reads the same tags
COMMITTEE_TAG = re.compile(r"[A-ZÆØÅ]{2,5}")
# an article or a number's label before an adjective: the adjective is the phrase's own ('som en Folkeoplysende
# forening'), or the number it labelled was lost and the title goes on ('Revisionsberetning nr Afsluttende …')
_PHRASE_LEADS = frozenset("en et den det de nr nr.".split())
_NEW = frozenset({"Ny", "Nye", "Nyt"})
_PLAN_ENDINGS = ("plan", "politik", "strategi", "aftale")
_COORDINATORS = frozenset({"og", "eller", "samt"})
# words that tell which reading a matter has, before 'behandling' ('fornyet behandling', 'videre behandling')
_READING_ADJECTIVES = frozenset({"fornyet", "videre", "anden", "fortsat"})
_READING_OBJECTS = frozenset({"af", "vedrørende", "vedr", "om"})
_LOWER_WORD = re.compile(r"[a-zæøå][a-zæøå\-]{2,}[.,]?")


def _capitalised(word: str) -> bool:
    """A word written with a capital then small letters ('Genberegnede'), not an acronym or a number."""
    return len(word) >= 3 and word[:1].isupper() and word[1:2].islower()


def _content_word(word: str, function_words: frozenset[str]) -> bool:
    """A lower-case word of three or more letters that is no preposition or conjunction ('takster')."""
    return bool(_LOWER_WORD.fullmatch(word)) and word.rstrip(".,") not in function_words


def adjective_phrase(w: str, nxt: str, function_words: frozenset[str]) -> bool:
    """`w` is an adjective or participle before a lower-case noun ('Genberegnede takster', 'Ændret
    samarbejde', 'Tværgående energibesparende'): the start of a title, since a name goes on in capitals."""
    return _capitalised(w) and w.lower().endswith(ADJECTIVE_ENDINGS) and not w.endswith("s") \
        and _content_word(nxt, function_words)


def _opens_tagged(words: list[str], k: int) -> bool:
    """Word `k` is a tag before a dash and a capitalised word ('SSÆ - Godkendelse', 'ØU- Udbud'); before a
    small word it is a term of the title ('regler for EU - støtte')."""
    after = words[k + 1] if words[k].endswith(DASH_WORDS) else (words[k + 2] if words[k + 1] in DASH_WORDS else "")
    return after[:1].isupper()


def tag_starts(words: list[str]) -> set[int]:
    """The positions of committee tags before a dash ('SSÆ - Godkendelse', 'BU - Genoptaget') in a run that
    prints two or more such tags: each opens a title, whether or not the same tag is printed twice (after a
    preposition only a tag printed twice does: title_split's _tags)."""
    at = [k for k in range(len(words) - 2)
          if COMMITTEE_TAG.fullmatch(words[k].rstrip(SPACED_DASHES)) and _opens_tagged(words, k)]
    return set(at) if len(at) >= 2 else set()


def _new_thing(prev: str, w: str, nxt: str, function_words: frozenset[str]) -> bool:
    """'… Affaldsplan Ny fordeling af …': 'new' before a lower-case noun opens a title; in a name it goes on in
    capitals ('Ny Børneinstitution'). The one adjective titles open on that is too short for ADJECTIVE_ENDINGS."""
    return w in _NEW and _content_word(nxt, function_words) and prev.strip(".,:;()").lower() not in function_words


def _plan_after_name(lead: str, prev: str, w: str, nxt: str, function_words: frozenset[str]) -> bool:
    """'… på Rugmarken i Løgumkloster Gebyrpolitik for benyttelse …': a plan or policy and its preposition open a
    title even after a one-word name behind a preposition, where title_split's _opens_phrase reads one name (a
    school or club's name does not end in a plan or policy: 'fra Skamby Friskole om'). Not after a genitive
    ('Skive Kommunes Indkøbspolitik'), whose noun it is."""
    bare = nxt.rstrip(".,:;")
    return lead in function_words and _capitalised(prev) and not prev.endswith(("s", ".")) and _capitalised(w) \
        and w.lower().endswith(_PLAN_ENDINGS) and bare in function_words and bare not in _COORDINATORS


def _lost_reading(prev: str, w: str, nxt: str, function_words: frozenset[str]) -> bool:
    """'… drift af s privatinstitution [2.] behandling af analysen …': a council reading whose number was lost opens
    a title after a noun (title_split's _opens_reading reads it where its '2.' is printed). Not after an
    adjective or a genitive ('tekniske behandling', 'sagens behandling', 'endelig behandling', 'fornyet
    behandling'), and only before the preposition the reading's matter follows ('af', 'vedrørende')."""
    return w == "behandling" and prev.isalpha() and prev.islower() and len(prev) >= 4 \
        and prev not in function_words and prev not in _READING_ADJECTIVES \
        and not prev.endswith(("e", "s", "ig", "isk")) and nxt.rstrip(".") in _READING_OBJECTS


# the prepositions a title's closing year stands after ('Årsberetning for 2014', 'fra 2008 til 2009')
_YEAR_PREPOSITIONS = frozenset({"for", "til", "fra"})
# the reports of a period, which a title names with its year ('Årsberetningen for 2014', 'Regnskab for 2023')
_PERIOD_REPORTS = ("beretning", "beretningen", "regnskab", "regnskabet", "rapport", "rapporten", "budget", "budgettet")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# endings of nouns of action ('Budgetopfølgning', 'Oplevelser', 'Etablering'): titles open on one
_ACTION_ENDINGS = ("ning", "else", "elser", "ering", "tion", "sion")


def _after_lost_year(lead: str, prev: str, w: str, nxt: str, function_words: frozenset[str]) -> bool:
    """'… godkendelse af Årsberetningen for [2014] Budgetopfølgning pr. 30. april …', '… fra 2008 til [2009]
    Oplevelser for alle …': where the year a title ended on was lost, a capitalised noun of action with a phrase
    of its own after it (a preposition, or 'pr.') opens the next title. Only where the words before the
    preposition ask for a year (`lead`: a year, a range's 'fra 2008 til', or a period's report, _PERIOD_REPORTS): a
    plan's preposition names its object ('Lokalplan nr. 11.58 for Daginstitution ved …'). After a preposition a
    name goes on in capitals ('til Søndersø Kommuneplan', 'fra Skamby Friskole om')."""
    bare = nxt.rstrip(".,:;")
    asks_year = _YEAR.fullmatch(lead) is not None or lead.lower().endswith(_PERIOD_REPORTS)
    return asks_year and prev.lower() in _YEAR_PREPOSITIONS and _capitalised(w) and w.isalpha() and len(w) >= 7 \
        and w.lower().endswith(_ACTION_ENDINGS) \
        and (bare in function_words and bare not in _COORDINATORS or bare == "pr")


def _coordinated_end(words: list[str], k: int) -> bool:
    """The word before `k` closes a coordinated compound after a word in small letters ('skolernes Miniklub- og
    Juniorklubtilbud'): capitalised only as its first part is, a noun all the same (_lost_reading reads it as one).
    After a capitalised word the compound is a name's ('Rødby Sejl- og Kajakklub')."""
    return k >= 4 and words[k - 2] in _COORDINATORS and words[k - 3].endswith("-") and words[k - 3][:1].isupper() \
        and words[k - 4][:1].islower()


# abbreviations a title ends on ('… udvalgsammensætningen m.v Indkommet materiale', '… anlæg m.m. Budget …')
_CLOSING_ABBREVIATIONS = frozenset({"m.v", "mv", "m.m", "mm", "m.fl", "etc", "o.l", "o.lign"})
_STATUS_WORDS = frozenset({"Åben", "Åbent", "Lukket"})  # a status column after the title: title_split parts there


def _after_closing(prev: str, w: str) -> bool:
    """A capitalised word after an abbreviation that closes a phrase ('… m.v Indkommet materiale'): a title ends on
    such an abbreviation ('og udvalgsammensætningen m.v.'), so the next word opens one (a status word after it is
    the title's column, 'referater mv. Åbent', which title_split reads)."""
    return prev.rstrip(".").lower() in _CLOSING_ABBREVIATIONS and _capitalised(w) and not w.isupper() \
        and w.rstrip(":") not in _STATUS_WORDS


def _start_at(words: list[str], k: int, function_words: frozenset[str], standing: frozenset[str],
              objects: frozenset[str]) -> bool:
    """Whether a cue of this module opens a title at word `k` (the committee tags aside)."""
    prev, w = words[k - 1], words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    lead = words[k - 2].strip(".,:;()").lower() if k >= 2 else ""
    if adjective_phrase(w, nxt, function_words):
        return prev.lower() not in _PHRASE_LEADS and prev not in objects
    if prev.strip(".,:;()").lower() in function_words:
        return w.rstrip(".:") in standing or _after_lost_year(lead, prev, w, nxt, function_words)
    noun = prev.lower() if _coordinated_end(words, k) else prev  # 'Miniklub- og Juniorklubtilbud' ends on a noun
    if _new_thing(prev, w, nxt, function_words) or _lost_reading(noun, w, nxt, function_words) \
            or _after_closing(prev, w):
        return True
    return _plan_after_name(lead, prev, w, nxt, function_words)


def more_starts(span: str, function_words: frozenset[str], standing: frozenset[str],
                objects: frozenset[str] = frozenset()) -> list[tuple[float, int, int]]:
    """(score, offset, 0) of the title starts these cues find in `span` (see the module's docstring). `objects`
    are the words a plan's number follows ('Lokalplan', 'Kommuneplantillæg'): where the number was lost the
    plan's name goes on after it ('Endelig vedtagelse af Lokalplan Bevarende lokalplan for …'), no new title."""
    found = [(m.start(), m.group()) for m in re.finditer(r"\S+", span)]
    words = [w for _, w in found]
    tags = tag_starts(words)
    out: list[tuple[float, int, int]] = []
    for k in range(1, len(words)):
        prev = words[k - 1]
        if prev.endswith((*DASH_WORDS, ",", "&", "/", ":")) or prev in DASH_WORDS:
            continue
        if k in tags and prev.strip(".,:;()").lower() not in function_words:
            out.append((2.0, found[k][0], 0))
        elif _start_at(words, k, function_words, standing, objects):
            out.append((1.0, found[k][0], 0))
    return out
