"""Cut a run of listed titles whose numbers were lost into one title each.

Where a list skips a number (extraction lost it) or prints no numbers at all, the span between two
numbers holds more than one title, run together on one line. It is cut where a new title most
plausibly starts: a capitalised word after a lower-case content word, preferring words that start
other titles of the same list. This is its own module because every list reader (numbered runs,
unnumbered contents lists, inline bodies, transcripts) needs the same cut and none of them needs
more of the others than `split_titles` and its word lists.
"""
from __future__ import annotations

import re
from importlib.resources import files

from .bodies import MUNICIPALITIES, REGIONS, is_body_name
from .casenumbers import CASE_FORM, CASE_LABEL, YEAR_SPAN
from .dashes import DASH_WORDS, SPACED_DASH, SPACED_DASHES
from .headings import BACK_MATTER_NAMES
from .page_column import page_separators
from .run_shape import (
    dashed_ends,
    repeated_dashed_endings,
    repeated_endings,
    repeated_openings,
    subject_starts,
    tag_led,
    without_open_ends,
)
from .status_column import within_status_column
from .title_cues import more_starts

# the end of a line that cannot end a title: a word that joins it to more ('Ansøgning om tilskud til' / 'Dragør
# Sejlklub'), a dash or a comma (here, not in item_starts, its reader: page_break_headers loads before item_starts can)
OPEN_END = re.compile(rf"(?:\s(?:af|til|for|ved|og|eller|samt|i|på|med|om|fra|mellem|under|hos)|\s[{SPACED_DASH}]|,)$")

FUNCTION_WORDS = frozenset(
    "af til for i og med om på ved fra mellem samt eller under over efter mod hos ad den det de en et nr "
    "vedr vedr. jf jf. inkl inkl. ang ang. samt vedrørende angående omkring gennem via uden blandt ifølge grundet "
    "langs inden trods pga pga. pr pr. at som der hvis når os".split())


# Endings of Danish nouns of action (ophævelse, fornyelse, etablering, regulering, evaluation):
# titles start with them, names of places and people do not end so.
_ACTION_NOUN = ("else", "elser", "ering", "tion", "sion")
# endings of the nouns agenda titles begin with (ombygning, trafikplan, turismepolitik, lejeaftale)
_TITLE_NOUN = ("ning", "plan", "politik", "aftale", "strategi", "ansøgning", "regnskab", "budget", "sag")
# Words that continue a name ("Tønder Kommune", "Rønne Havn"): never the start of a title.
_NAME_PARTS = frozenset("kommune kommunes region regionen byråd havn skole hallen a/s".split())


def lower_words(text: str) -> frozenset[str]:
    """The words the text prints in lower case (4+ letters): its common nouns and verbs."""
    return frozenset(w for w in re.findall(r"(?<![\w-])[a-zæøåé]{4,}(?![\w-])", text))


def _learned_words(name: str) -> frozenset[str]:
    """A word list learned from the tune gold (data/<name>, built by
    benchmarks/parse_accuracy/build_title_starts.py): common nouns only, no names."""
    text = files("sagsgang.parse").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


TITLE_STARTS = _learned_words("title_starts.txt")  # words that start agenda titles
# ... of which titles also go on with after a preposition ('Endelig vedtagelse af Lokalplan …')
TITLE_OBJECTS = _learned_words("title_objects.txt")
# The standing items of Danish agendas, printed as one word: a title of their own wherever they stand.
STANDING_ITEMS = frozenset({"Eventuelt", "Meddelelser", "Spørgetid",
                            "Orienteringssager", "Underskriftsark", "Underskriftsblad", "Underskriftsside"})
MONTHS = frozenset("januar februar marts april maj juni juli august september oktober november december".split())
# the words that lead a name and are capitalised only in one ('Ny Børneinstitution', 'Gl. Havn', 'Sct. Bendts')
_NAME_LEADS = frozenset("ny nye nyt gl gamle store lille nørre sønder øster vester sct sankt".split())
_STATUS = re.compile(r"^(?:Åbent|Åben|Lukket|ÅBENT|LUKKET)$")
_WORD = re.compile(r"\S+")


_YEARS = re.compile(r"(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?")  # a title's last word: '2024', '2016/2017', '2022-25'


_READING = re.compile(r"[1-3]?\.")  # (its digit may be lost with every digit of a list: '. behandling af …')
_READINGS = ("behandling", "udkast")  # a council's reading, a draft's round: '2. behandling af …', '1. udkast til …'


def _opens_reading(prev: str, w: str, nxt: str) -> bool:
    """'1. behandling', '2. Behandling', '1. udkast': the council's first or second reading of a matter, or a draft's
    round, opens its title ('… Forslag til Planstrategi 2023 2. behandling af …', '… Planstrategi . behandling af …'
    where the list lost every digit: the ordinal's stop is left, standing alone, which no title's own words print),
    unless the words before make it theirs: a preposition, a dash or comma ('Budget 2025 - 2. behandling'), a
    genitive ('Byrådets 2. behandling'), or an item or page number ('19. 2. behandling af …': the entry's number,
    then its title)."""
    bare = prev.strip(".,:;()\"”“").lower()
    return bool(_READING.fullmatch(w)) and nxt.lower() in _READINGS and bare not in FUNCTION_WORDS \
        and not prev.endswith((*DASH_WORDS, ",", ":")) and not (prev[:1].isupper() and prev.endswith("s")) \
        and not re.fullmatch(r"\d{1,3}\.?", prev)


def _starts_title(word: str) -> bool:
    return bool(word[:1].isupper() and (len(word) == 1 or word[1:2].islower() or word.isupper()))


NO_CUT: tuple = ()  # a word decided on: no title starts at it


def _opening_counts(words: list[tuple[int, str]]) -> dict[str, int]:
    """How often each word opens a title of the run (the run's first word, or a capitalised word after a
    lower-case content word): a word that opens several is where this run's titles start."""
    counts: dict[str, int] = {}
    for k in range(len(words)):
        before = words[k - 1][1] if k else ""
        if k == 0 or (_starts_title(words[k][1]) and before[:1].islower() and before not in FUNCTION_WORDS):
            key = words[k][1].rstrip(SPACED_DASHES)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _pair_counts(words: list[str]) -> dict[tuple[str, str], int]:
    """How often each two words follow each other in the run where no comma or hyphen stands before them (at the
    run's start too): the pairs that open titles elsewhere in the run, not endings titles share behind a comma
    ('… på Hedebo, Opfølgning på …' and '… 39, Opfølgning på …')."""
    counts: dict[tuple[str, str], int] = {}
    for k, pair in enumerate(zip(words, words[1:], strict=False)):
        if not (k and _lost_tail_before(words[k - 1])):
            counts[pair] = counts.get(pair, 0) + 1
    return counts


def _lost_tail_before(prev: str) -> bool:
    """`prev` ends where a title's last digits were lost ('LED-pulje, 2024' printed 'LED-pulje,', 'Covid-19' printed
    'Covid-'): a comma, or a hyphen right behind a letter (not a dash standing as a word). There a pair of words that
    another title of the same list opens with too ('Tillægsbevilling til …' twice) starts a title: a comma or a hyphen
    that joins its title's next words is followed by words of that title, not by another title's opening."""
    return prev.endswith(",") or len(prev) > 2 and prev.endswith("-") and prev[-2].isalpha()


def _opens_on_a_preposition(w: str, nxt: str) -> bool:
    """`w nxt` opens a title as titles do: a capitalised common word, then a preposition ('Tillægsbevilling til',
    'Status på'); not a name's words joined by 'og' ('Kultur og Fritid')."""
    return w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and nxt in FUNCTION_WORDS \
        and nxt not in _COORDINATORS


class _Run:
    """A run of titles read word by word: what the whole run says (words that open several titles,
    shared endings, committee tags, a status or case column) and, for each word, whether a title
    starts at it (`cut`). The questions are asked in the order they rank: the run's structure,
    markers, function words, the run's own words, names, then the guess from the word itself."""

    def __init__(self, span: str, common: frozenset[str], known: frozenset[str]) -> None:
        self.words = words = [(m.start(), m.group()) for m in _WORD.finditer(span)]
        plain = [w for _, w in words]
        self.common, self.known = common, known
        self.counts = _opening_counts(words)
        self.pairs = _pair_counts(plain)
        self.ends = _shared_endings(plain)
        self.tags = _tags(plain)
        self.trailing = not (words and _STATUS.match(words[0][1].rstrip(":")))  # a status column after each title
        self.statuses = sum(1 for w in plain if _STATUS.match(w.rstrip(":"))) > 1  # status words: more than one
        self.cases = case_column(plain)
        self.cells, self.leading = set(self.cases.values()), 0 in self.cases.values()  # case column before each title

    def cut(self, k: int) -> tuple:
        """(score, offset, length of a separator word to drop) where a title starts at word k, else NO_CUT."""
        words = self.words
        pos, w = words[k]
        prev = words[k - 1][1]
        bare = prev.strip(".,:;()\"”“").lower()
        nxt = words[k + 1][1] if k + 1 < len(words) else ""
        verdict = self.structure(k, pos, w, prev)
        if verdict is None:
            verdict = self.marker(pos, w, prev, nxt)
        if verdict is None:
            verdict = self.after_function_word(k, pos, w, prev, bare, nxt)
        if verdict is None:
            verdict = self.run_word(k, pos, w, prev, bare)
        if verdict is None:
            verdict = self.name_goes_on(k, w, prev, bare, nxt)
        return self.guess(k, pos, w, prev, nxt) if verdict is None else verdict

    def structure(self, k: int, pos: int, w: str, prev: str) -> tuple | None:
        """What the run's structure decides: a group heading, a case column, a later header's words."""
        words, cases, leading = self.words, self.cases, self.leading
        if w == GROUP_MARK:
            return (3.0, pos, len(w) + 1)  # a group heading: the titles around it part for sure
        if (k - 1 in cases and not leading and _starts_title(w)) or (k in self.cells and leading):
            return (3.0, pos, 0)  # a case column: after each title, or before each where the run opens with one
        if k in self.cells or k in cases or (leading and k - 1 in cases):
            return NO_CUT  # 'Sagsnr. 24/1207' inside the column, the title behind a leading one: one entry's cells
        if self.known and " ".join(x for _, x in words[k:k + 3]) in self.known:
            return (3.0, pos, 0)  # the words an item's header starts with later on
        if k == 1 and any(ch.isdigit() for ch in prev):
            return NO_CUT  # '22/9001 Salg af …': a case number printed before its title is no title of its own
        if prev == GROUP_MARK or (k >= 2 and words[k - 2][1] == GROUP_MARK and prev.isdecimal()):
            return NO_CUT  # 'Lukkede sager 15 Salg af areal': the entry's number and title go on after the mark
        return None

    def marker(self, pos: int, w: str, prev: str, nxt: str) -> tuple | None:
        """A status word (open/closed) or a council reading ('2. behandling')."""
        if _STATUS.match(w.rstrip(":")):
            if w.endswith(":") or nxt in ("-", "–", ":") or nxt.startswith(("-", ":")) \
                    or _MARKER_NOUN.fullmatch(nxt) and prev not in DASH_WORDS:
                return (2.0, pos, 0)  # "Lukket - Title", "Lukket punkt: Title": the marker opens the next title
            if not nxt and prev.rstrip(".:") in STANDING_ITEMS and not self.statuses:
                return (2.0, pos, 0)  # "… Eventuelt Lukket": no status column, and a standing item is never closed
            if _starts_title(nxt):
                # "Title Lukket Title Åben": a status column, after each title where the run does not open with one
                # (it closes the title before it: clean_title reads ' Lukket' at a title's end), else before it
                return (2.0, pos + len(w) + 1, 0) if self.trailing else (2.0, pos, 0)
            return NO_CUT
        if _opens_reading(prev, w, nxt):
            return (1.0, pos, 0)  # '… Planstrategi 2023 2. behandling af …': a council reading opens a title
        return None

    def after_function_word(self, k: int, pos: int, w: str, prev: str, bare: str, nxt: str) -> tuple | None:
        """No title starts at a word not capitalised, after a status word or after a dash, comma or
        ampersand; after a function word only one of the words titles start with, or a committee tag."""
        if _lost_tail_before(prev) and self.pairs.get((w, nxt), 0) >= 1 and _opens_on_a_preposition(w, nxt) \
                and not self.names_a_body(k):
            return (2.0, pos, 0)  # '… LED-pulje, Tillægsbevilling til …' beside '… Tillægsbevilling til …'
        if not _starts_title(w) or _STATUS.match(prev) or prev.endswith((*DASH_WORDS, ",", "&", "/", ":")):
            return NO_CUT
        if bare not in FUNCTION_WORDS:
            return None
        if w in TITLE_STARTS and w not in STANDING_ITEMS and w not in TITLE_OBJECTS and not _YEARS.match(nxt) \
                and nxt not in DASH_WORDS:
            # "… optagelse af lån i Endelig godkendelse …": the title's last word (a year) was lost;
            # "… budgetprocessen for Budget 2019 …" names its object, also where its year was lost with every digit
            # of the list and a dash is left ('… behandling af Budget - …')
            return (1.0, pos, 0)
        if w.rstrip(SPACED_DASHES) in self.tags:
            return (2.0, pos, 0)  # "… mødeplan for ØU - Det …": a committee's tag opens its title
        return NO_CUT

    def names_a_body(self, k: int) -> bool:
        """Words from word k on name a body ('Udvalget for Kultur og Fritid'): a committee tag, which many titles of a
        list end with, not a title's opening."""
        words = [x for _, x in self.words[k:k + 5]]
        return any(is_body_name(" ".join(words[:n])) for n in range(2, len(words) + 1))

    def run_word(self, k: int, pos: int, w: str, prev: str, bare: str) -> tuple | None:
        """What the run's own words decide: a name going on, a word that opens several titles, a shared
        ending, a standing item, a date's body."""
        if bare in _NAME_LEADS:
            return NO_CUT  # 'til Ny Børneinstitution', 'Sct. Bendts Børnehave': a name goes on
        key = w.rstrip(SPACED_DASHES)
        if self.counts.get(key, 0) >= 2 or k in self.ends or key in self.tags:
            return (2.0, pos, 0)  # a word that starts several titles of this run, or after a shared ending
        if w.rstrip(".:") in STANDING_ITEMS or prev.rstrip(".:") in STANDING_ITEMS or BACK_MATTER.fullmatch(w):
            # "… 31. juli Meddelelser Eventuelt Eventuel overtagelse …", "… Greve Fjernvarme Bilagsliste …"
            return (2.0, pos, 0)
        if bare in MONTHS and w not in TITLE_STARTS and not w.isupper() and is_body_name(w):
            return NO_CUT  # "30. april Udvalget for …": a date then the body it is about
        return None

    def name_goes_on(self, k: int, w: str, prev: str, bare: str, nxt: str) -> tuple | None:
        """A coordinated compound after a genitive, or a committee tag that ends a title: no cut."""
        words = self.words
        if w.endswith("-") and nxt in ("og", "eller") and bare.endswith("s"):
            # "skolernes Miniklub- og Juniorklubtilbud": a genitive's noun goes on in one coordinated compound;
            # after a title's last word one starts a title ("… Økonomiudvalget Plan- og Tryghedsudvalgets …")
            return NO_CUT
        tag = w if not w.endswith("-") else " ".join(x for _, x in words[k:k + 3])  # 'Social- og Handicapudvalget'
        after = words[k + len(tag.split())][1] if k + len(tag.split()) < len(words) else ""
        if is_body_name(tag) and (prev[:1].islower() or prev.endswith(")")) and after not in DASH_WORDS \
                and not _opens_on_its_subject(after):
            # "Forslag til budgetbemærkninger Erhvervsudvalget", "Budgetopfølgning 2 (2023) Social- og
            # Handicapudvalget": the committee tag ends a title
            return NO_CUT
        return None

    def guess(self, k: int, pos: int, w: str, prev: str, nxt: str) -> tuple:
        """The guess from the word and its neighbours: a coordinated compound opening a title, a word after
        a body's name, else the start score of the word."""
        words = self.words
        if len(w.rstrip(",.:;")) == 1 and prev[:1].islower() and not nxt[:1].isupper():
            # '… af skema C, ældreboliger …': a letter names its noun's kind, it opens no title (a letter before a
            # capitalised word may be a list's mark: '… lokaletilskud O Aftenskolernes …')
            return NO_CUT
        if _coordinated_compound(w, nxt, words[k + 2][1] if k + 2 < len(words) else ""):
            return (1.0, pos, 0)  # '… til Greve Golfklub Husholdnings- og erhvervsaffald, gebyrer …'
        if _ends_on_its_number(words[k - 2][1] if k >= 2 else "", prev) and w[1:2].islower() \
                and not _STREET_END.search(w) and w.lower() not in _NAME_PARTS and nxt.rstrip(",") not in _TOWNSHIP \
                and not nxt[:1].isdigit():
            return (1.0, pos, 0)  # '… udbud af buslinje 224 Tryghedsvandring …': the number ends its title
        if _repeats_before(words, k):
            return (1.0, pos, 0)  # '… besøg af Greve Bibliotek Greve Bibliotek, initiativer …': no title says it twice
        lead = words[k - 2][1].strip(".,:;()").lower() if k >= 2 else ""
        tagged = _ends_body_name([x for _, x in words[max(0, k - 6):k]])
        score = 1.0 if tagged else _start_score(prev, w, self.common, lead, nxt)
        return (score, pos, 0) if score else NO_CUT


# the word a cadastral district's name ends on ('matrikel 47 Kildebrønde By, Kildebrønde', 'Byvejen 27 Kildebrønde
# Landsby'): the place after a plot's or a house's number, not the next title
_TOWNSHIP = ("By", "Landsby")


def _repeats_before(words: list[tuple[int, str]], k: int) -> bool:
    """The two or three words from word k say again the words right before them ('Greve Bibliotek Greve Bibliotek'):
    a title does not repeat a name back to back; the second says it as the next title's first words."""
    plain = [w.rstrip(",.:;").casefold() for _, w in words]
    return any(k >= n and plain[k:k + n] == plain[k - n:k] for n in (2, 3))


def _ends_on_its_number(before: str, prev: str) -> bool:
    """`prev` is a bare number (no year) behind a word in lower case or a street's name ('buslinje 224',
    'Grevevej 93', 'lokalplan 1098'): the end of a title that names its object by number. A title goes on
    after such a number in a capitalised word hardly ever (3 of Greve's 4,292 captions, each a township's name:
    _TOWNSHIP), so the next title starts there where the list prints no page column. Not after a function word
    ('vedtægter for 7 Stadsarkiv': a page number printed inside a wrapped title); its caller leaves the title
    going on into a street's name ('afdeling 22 Skolevænget, Knabstrup'), a township's, a running foot ('Side 2.')."""
    return (prev.isdecimal() and len(prev) <= 4 and not _YEARS.fullmatch(prev) and before not in FUNCTION_WORDS
            and (before.isalpha() and before[:1].islower() or bool(_STREET_END.search(before))))


def boundaries(span: str, common: frozenset[str] = frozenset(),
                known: frozenset[str] = frozenset()) -> list[tuple[float, int, int]]:
    """Where a new title may start inside a run of titles whose numbers were lost.

    (score, offset, length of a separator word to drop there). A capitalised word after a
    lower-case content word starts a title (Danish titles capitalise only their first word and
    names); so does a word that starts several titles of the same run (`ØU - `, `Ansøgning`), and
    an open/closed status word between two titles is a separator. A capitalised word the
    document also prints in lower case (`common`) is a common noun capitalised only because it
    starts a title ("… Bækhede Plantage Lokalplan - …"). A title a later item header prints (`known`: its
    first three words) starts where those words stand, whatever the rest says."""
    run = _Run(span, common, known)
    out = [c for c in map(run.cut, range(1, len(run.words))) if c]
    if run.cases:
        out = [c for c in out if c[0] >= 2.0]  # a case column marks where each entry ends: a guess from words does not
    return _outside_quotes(span, _without_places(span, out))


# a word that names a street ('Nørlev Strandvej', 'Aage Nielsensvej 1-35', 'Gl. Torv')
_STREET_END = re.compile(r"(?:vej|gade|stræde|allé|vænge|vænget|plads|torv|torvet),?$", re.IGNORECASE)
# a house number before the town it is in ('37, Durup', '1-35, Skive'); a bare number may be a page or a year
_HOUSE_NUMBER = re.compile(rf"\d{{1,4}}(?:[{SPACED_DASH}]\d{{1,4}})?[A-Za-z]?,")
_PLACES = frozenset(MUNICIPALITIES) | frozenset(REGIONS)


def _names_a_place(piece: str, before: str = "") -> bool:
    """True for a piece that is an address or a place's name alone ('Nørlev Strandvej', 'Hovedgaden 37,
    Durup', 'H.C. Branners Vej 1 R, 8600 Silkeborg', 'Vordingborg'): in capitals and numbers only, no
    tag's dash, not opening on a word titles open on, and naming a street, a house number or a
    municipality or region alone. No agenda title is a place alone; the place ends the title before."""
    words = piece.split()
    if not words or len(words) > 8 or any(w in DASH_WORDS for w in words) \
            or not all(w[:1].isupper() or w[:1].isdigit() or _COMPANY_END.fullmatch(w) for w in words):
        return False
    first = words[0].rstrip(",.")
    if len(words) == 1:
        return first in _PLACES
    if first in TITLE_STARTS or first in STANDING_ITEMS or first.lower().endswith(_ACTION_NOUN + _TITLE_NOUN):
        return False
    return any(_STREET_END.search(w) or _HOUSE_NUMBER.fullmatch(w) for w in words[1:]) or _a_name_alone(words, before)


# the form a company's name ends on ('Greve Spildevand A/S', 'Greve Vandværk A.m.b.a.', 'Strandparken I/S')
_COMPANY_END = re.compile(r"(?:[A-ZÆØÅ]/[A-ZÆØÅ]|ApS|[Aa]\.?m\.?b\.?a\.?),?")
# the endings of a long common noun a title opens on ('Indtægtsbevilling Kunst, …', 'Tryghed …', 'Ophævelse …'),
# which a town's or firm's name of that length does not end on
_COMMON_NOUN_END = re.compile(r"^\w{3,}(?:ing|hed|else|tion|sion|skab)$")
_DEFINITE = re.compile(r"^[a-zæøå]{3,}(?:en|et|ne)$")  # a definite noun: 'institutionen', 'byggeriet', 'skolerne'
_NAME_PART = 12  # letters: a name's words are short ('Kildebrønde', 'Spildevand'); a longer one is a compound noun
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ]?[a-zæøåéü]+)*,?")  # 'Lunas', 'Høje-Taastrup', 'By,'


def _a_name_alone(words: list[str], before: str = "") -> bool:
    """Two to four words, each a capitalised name's word ('Lunas Ark', 'Strandby Høje', 'Mosede By, Karlslunde'),
    maybe with a company's form at the end ('Greve Vandværk A.m.b.a.'), right after a noun in its definite form
    (`before`: 'daginstitutionen', 'byggeriet', 'skolerne'): the name the noun is, in apposition ('Placering af
    daginstitutionen Lunas Ark', 'Orientering om skurby ved byggeriet Strandby Høje'), which ends the title it
    stands in. A title may be a name alone ('Midtjysk Iværksætterhus'), but not one naming what the noun before
    it already said it was about. Not a piece that opens like a title (its first word ending like a common noun
    a title opens on, _COMMON_NOUN_END, or like an adjective) or holds a compound longer than a name's words
    run (_NAME_PART), a status word or a standing item ('… formanden | Åben Eventuelt')."""
    body = words[:-1] if _COMPANY_END.fullmatch(words[-1]) else words
    return 2 <= len(words) <= 4 and bool(_DEFINITE.search(before)) and _names_words(body) \
        and not any(w in STANDING_ITEMS for w in body)


def _names_words(body: list[str]) -> bool:
    """Each word a capitalised name's word and no status, the piece not opening like a title (its first word ending
    like a common noun a title opens on, _COMMON_NOUN_END, or like an adjective) nor holding a compound longer than
    a name's words run (_NAME_PART): the words of a name (a place's, a firm's, an institution's)."""
    return bool(body) and all(_NAME_WORD.fullmatch(w) and not _STATUS.match(w) for w in body) \
        and not _COMMON_NOUN_END.search(body[0]) and not body[0].lower().endswith(_ADJECTIVE) \
        and all(len(part) <= _NAME_PART for w in body for part in w.strip(",").split("-"))


def _a_company_alone(words: list[str]) -> bool:
    """One to three capitalised name's words and a company's form after them ('Greve Spildevand A/S', 'Fjernvarme
    A.m.b.a.'): a firm's name, which a title names what it is about ('Kommunal lånegaranti Greve Spildevand A/S',
    'Garantistillelse Greve Fjernvarme A.m.b.a.'), never a title alone; whatever word stands before it. Not a
    piece that opens like a title (a common noun's ending, an adjective, a compound longer than a name's words run:
    'Garantistillelse Greve Fjernvarme A.m.b.a.' is a title)."""
    return 2 <= len(words) <= 4 and bool(_COMPANY_END.fullmatch(words[-1])) and _names_words(words[:-1])


def _word_before(span: str, at: int) -> str:
    """The last word of `span[:at]` (`span[:at].split()[-1]`, "" where there is none), read back from `at`:
    splitting the prefix for each cut made a long run's reading quadratic."""
    end = min(at, len(span))
    while end and span[end - 1].isspace():
        end -= 1
    begin = end
    while begin and not span[begin - 1].isspace():
        begin -= 1
    return span[begin:end]


def _without_places(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts but those at a capitalised word after a lower-case one that would leave a place alone as a
    title ('… ved nedkørslen | Nørlev Strandvej | Bortfald …', '… beliggende | Hovedgaden 37, Durup'): the
    place ends the title its phrase began. Nor a cut at a street's word alone, after whatever word ('…
    Nørlev | Strandvej | Bortfald …'): it ends the street's name; nor one leaving a firm's name alone
    (_a_company_alone). The piece runs to the next sure cut."""
    sure = [pos for score, pos, _ in cuts if score >= 1.0]
    out = []
    for cut in cuts:
        score, pos, drop = cut
        before = [_word_before(span, pos)]
        piece = span[pos:next((p for p in sure if p > pos), len(span))]
        street = len(piece.split()) == 1 and bool(_STREET_END.search(piece.strip()))
        if score < 3.0 and drop == 0 and (street or _a_company_alone(piece.split())
                                          or before[0][:1].islower() and _names_a_place(piece, before[0])):
            continue
        out.append(cut)
    return out


_QUOTED = re.compile(r"[\"“„«][^\"“”„«»\n]{1,80}[\"“”»]")  # a short quoted name ('"Den Gode Modtagelse"')


def _outside_quotes(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts not inside a quotation that closes again in the span: a quoted name or slogan ('Leje af
    lokaler til "Den Gode Modtagelse"', 'kampagnen "Sluk lyset Danmark"') is printed whole within one title."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(span)]
    return [c for c in cuts if not any(a < c[1] < b - 1 for a, b in quoted)]


_COMPANY_FORM = re.compile(r"[A-ZÆØÅ]/[A-ZÆØÅ]")  # 'I/S', 'A/S': the end of a company's name, no tag


def _tags(words: list[str]) -> set[str]:
    """The tags in capitals that open several titles of the run before a dash ('ØU - …', 'SSÆ - …', 'ØU- …'):
    a committee's short name, so a title starts there even after a preposition (the year that ended the
    title before was lost: '… mødeplan for ØU - Det …')."""
    seen: dict[str, int] = {}
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        tag = w.rstrip(SPACED_DASHES)
        if tag.isupper() and len(tag) >= 2 and (w != tag or nxt in DASH_WORDS) and not _COMPANY_FORM.fullmatch(tag):
            seen[tag] = seen.get(tag, 0) + 1
    return {t for t, n in seen.items() if n >= 2}


def case_column(words: list[str]) -> dict[int, int]:
    """The case numbers a contents table prints beside each title ('Budget 2025 24/1207 Lokalplan 12 Sagsnr.
    24/1214 …'), when the run holds two of them or more: the position of each number -> where its cell starts
    (its label, if one is printed before it). Each one parts two titles. A lone case number, or a span of years
    ('2025-2028'), is no column."""
    found = {}
    for k, w in enumerate(words):
        if CASE_FORM.fullmatch(w.rstrip(".,;:")) and not YEAR_SPAN.fullmatch(w.rstrip(".,;:")):
            label = k > 0 and (m := CASE_LABEL.fullmatch(words[k - 1])) is not None and not m.group(1)
            found[k] = k - 1 if label else k
    return found if len(found) >= 2 else {}


def _shared_endings(words: list[str]) -> set[int]:
    """The positions after a word that follows a dash and ends several titles of the run, each time after
    another name ('Bogense Andelsboligforening - Regnskab Boligselskabet BSB Søndersø - Regnskab …'): each title
    ends there. After the same word each time it is a tag or phrase the titles start with ('ØU - Det …', 'Ny
    forening - Aalborg …')."""
    before: dict[str, list[str]] = {}
    for k in range(2, len(words)):
        if words[k - 1] in DASH_WORDS:
            before.setdefault(words[k], []).append(words[k - 2])
    ending = {w for w, b in before.items() if len(b) >= 2 and len(set(b)) == len(b)}
    return {k + 1 for k in range(2, len(words)) if words[k - 1] in DASH_WORDS and words[k] in ending}


def _start_score(prev: str, w: str, common: frozenset[str], lead: str = "", nxt: str = "") -> float:
    """How surely a capitalised word `w` after the word `prev` starts a title in a run of titles, where no
    surer cue (a status word, a standing item, a word that starts several titles) has decided it: 1.0
    where the words say so, 0.4-0.5 for a capitalised word after a name (taken only where the list's
    numbers ask for more titles), 0 where a name goes on."""
    bare = prev.strip(".,:;()\"”“").lower()
    tail = prev.rsplit("-", 1)[-1].rstrip(".")  # 'it-sikkerhedspolitik', 'EU-kontor': a common noun
    named = is_body_name(f"{prev} {w}")  # 'Skive Byråd', 'Teknisk Udvalg': one name
    if _apposed_name(prev, w):
        return 0.0
    if (tail[:1].islower() and tail.isalpha() and (not prev.endswith(".") or len(prev) > 5)
            or prev.endswith((")", "\"", "”")) or _YEARS.fullmatch(prev)
            # 'Ejendomssag Ejendomssag': a title never repeats its word; '… i Skive Kommune Helhedsplaner …'
            or w == prev or bare in ("kommune", "regionskommune")
            or prev[:1].isupper() and w.lower() in common and w.lower() not in _NAME_PARTS):
        return 1.0
    # a word that starts agenda titles ("… Dige Tilskud til URS …"), maybe with the colon of a title 'Subject:
    # detail' ('… Svend Erik Pedersen Kommuneplantillæg: Skive Midtby')
    if not named and (w.removesuffix(":") in TITLE_STARTS
                      # a noun of action ("… Søby Skole Ophævelse af …"): titles start with one
                      or len(w) >= 7 and w.lower().endswith(_ACTION_NOUN)
                      # "… Erhvervsudvalget Cykelpuljeprojektet …": a tagged title ended; after letters alone
                      # ("AOF Nord", "FC Aalborg") a capitalised word goes on with the name
                      or is_body_name(prev) and not prev.isupper()
                      # "… Fjernvarme Griskørsel for …": a noun and its preposition open a title
                      or _opens_phrase(lead, prev, w, nxt)):
        return 1.0
    if w.lower() not in _NAME_PARTS and not named and len(w) >= 3 and not w.isupper() and not prev.endswith("."):
        # any other capitalised word after a name: a title may start there, taken only where the
        # list's numbers say more titles are in the span than the surer cuts give
        if _document_noun(w) and not _genitive_name(prev):
            return 1.0
        return 0.5 if w.lower().endswith(_TITLE_NOUN) or prev.isupper() else 0.4
    return 0.0


# the nouns of organisations in their definite form, which a name after them names ('puljeinstitutionen Dragen')
_ORGANISATIONS_DEFINITE = ("foreningen", "selskabet", "skolen", "institutionen", "børnehaven", "klubben")


def _apposed_name(prev: str, w: str) -> bool:
    """A capitalised word right after an organisation's noun in its definite form, in small letters ('Ansøgning fra
    puljeinstitutionen Dragen om …', 'Tilskud til foreningen Bakkehuset'): the organisation's name in apposition,
    no title's start, unless it is a word titles open on, a noun of action or a genitive ('… med kreditforeningen
    Kommunernes løbende økonomirapportering …': a genitive owns a noun of its own title). Only after a compound
    naming the organisation's kind ('puljeinstitutionen', 'daginstitutionen'): the bare noun refers back to one
    named before and ends its title ('… lån til skolen | Trafiksikring af …')."""
    kind = prev.endswith(_ORGANISATIONS_DEFINITE) and not any(prev == n for n in _ORGANISATIONS_DEFINITE)
    return prev.isalpha() and prev.islower() and kind and not w.endswith("s") \
        and w not in TITLE_STARTS and w not in STANDING_ITEMS and not w.lower().endswith(_ACTION_NOUN)


# endings of the nouns of the documents a council adopts ('Erhvervspolitik', 'Affaldsplan', 'Entreprenøraftaler',
# 'Mødekalender') and of the funds it shares out ('Ældrepuljen', 'Puljen til kulturelle arrangementer')
_DOCUMENT_NOUN = ("plan", "politik", "aftale", "aftaler", "strategi", "regnskab", "kalender", "pulje", "puljen")


def _document_noun(word: str) -> bool:
    """A capitalised compound naming a document a council adopts opens a title even after a name ('… Benløse
    Floorball | Erhvervspolitik', '… Jungshovedvej/Neblevej | Affaldsplan'): names of places, clubs and firms do
    not end so. Not a compound that opens on a name's own word ('Søndersø Kommuneplan', 'Rønne Havneplan'): the
    place's own plan, one name with the word before it."""
    low = word.lower()
    return low.endswith(_DOCUMENT_NOUN) and not low.startswith(tuple(_NAME_PARTS))


def _genitive_name(word: str) -> bool:
    """A capitalised genitive ('Ringsteds', 'Kommunens'): it owns the noun after it ('Ringsteds Ungepulje',
    'Kommunens Udviklingsplan'), which goes on its phrase rather than opening a title."""
    return word[:1].isupper() and word.endswith("s") and not word.endswith(("ss", "us")) and word.isalpha()


_MARKER_NOUN = re.compile(r"(?i:punkt|sag):")  # 'Lukket punkt: Salg …', 'LUKKET SAG: …': a closed title's prefix


def _ends_body_name(before: list[str]) -> bool:
    """The words before a capitalised word end in a committee's name of several words, whole (the word before
    it makes no longer name: '… 30. april Udvalget for Kultur og Fritid | Budgetforslag …', '… Budgetforslag
    Udvalget for Kultur og Fritid | Budgetønske …'): the committee tag a title ends on, so the word after it
    starts the next title."""
    return any(before[-n][:1].isupper() and is_body_name(" ".join(before[-n:]))
               and not is_body_name(" ".join(before[-n - 1:])) for n in range(2, len(before)))


_COORDINATORS = frozenset("og eller samt".split())  # 'Sønder Rubjerg og Vejby': a name goes on
_ADJECTIVE = ("ig", "isk", "som", "bar", "ende", "ede")  # Danish adjective and participle endings


def _opens_on_its_subject(after: str) -> bool:
    """The word after a committee's name is a common noun in small letters ('… administrationen Kultur- og
    Fritidsudvalget mødekalender 2023'): the name opens a title about it, where a tag that ends a title is
    followed by the next title's capital or a preposition of its own."""
    bare = after.rstrip(",.:;")
    return bare[:1].islower() and bare.isalpha() and len(bare) >= 5 and bare not in FUNCTION_WORDS


def _coordinated_compound(w: str, nxt: str, after: str) -> bool:
    """A capitalised compound's first part coordinated with a common noun ('Husholdnings- og erhvervsaffald',
    'Indtægts- og udgiftsbevilling', 'Drifts- og anlægsoverførsler'): a title's opening noun phrase, which a
    name never goes on with (a name's coordinated parts are capitalised both: 'Greve Idræts- og Fritidscenter',
    'Social- og Handicapudvalget')."""
    return w.endswith("-") and len(w) >= 4 and nxt in ("og", "eller") and after[:1].islower() \
        and after.rstrip(",.").isalpha() and len(after) >= 5


def _compound_noun(word: str) -> bool:
    """A capitalised word longer than a name's words run (_NAME_PART), in small letters after its first
    ('Benchmarkanalysen', 'Krogårdskolen'): a compound common noun that ends a phrase, no part of a name of
    several words; a brand's name keeps capitals inside ('FrivilligCenter', 'MiljøCenter')."""
    return len(word) > _NAME_PART and word[1:].isalpha() and word[1:].islower()


def _opens_phrase(lead: str, prev: str, w: str, nxt: str) -> bool:
    """A capitalised word after a name, itself followed by a preposition, opens a title ('… Løgumkloster
    Fjernvarme Griskørsel for …', '… Dagskolen Orion Renoveringsplan for …'): Danish titles open on a noun
    and its preposition (or an adjective and its noun: 'Gensidig orientering'), while a name goes on in
    capitals ('Sindal Hallerne', 'Nørlev Strandvej'). Not
    where the name is one word after a preposition itself ('fra Skamby Friskole om …', 'med Greve
    Gymnasium om …'): there the two capitalised words are one name, unless the one word is a street's, whole
    in itself ('… for cyklister på Lillevangsvej Udbud af …') or a compound common noun, no name's word ('… og
    Benchmarkanalysen Program for …', _compound_noun); nor right after a tag's dash ('ØU -
    Kloakrenovering Ellekærgårdområdet ved …'): the title's first word, then what it is about."""
    if w.lower() in _MORE_OR_NEW and prev[:1].isupper() and not prev.endswith(".") and nxt[:1].islower() \
            and nxt.isalpha() and len(nxt) >= 3:
        return True  # (whatever the name before: no name goes on in a comparative or a word of quantity)
    if lead in FUNCTION_WORDS and not _STREET_END.search(prev) and not _compound_noun(prev) \
            or lead in DASH_WORDS or not prev[:1].isupper() \
            or prev.endswith(".") or len(w) < 3 or w.isupper() or w.endswith("-") or w.lower() in _NAME_PARTS:
        return False
    bare = nxt.rstrip(".,:;")
    if bare in FUNCTION_WORDS:
        return bare not in _COORDINATORS
    # an adjective, by its ending, before a lower-case noun ('… Aflandshage Gensidig introduktion …'): in a
    # name an adjective goes on with a capitalised noun ('Socialistisk Folkeparti', 'Teknisk Udvalg')
    return w.lower().endswith(_ADJECTIVE) and bare[:1].islower() and bare.isalpha() and len(bare) >= 3


# comparatives and words of quantity or novelty that open a noun phrase ('… til Tollundskolen Flere penge til …',
# '… Varde Nyt erhvervsområde …'): a title opens on one before a lower-case noun, and no name goes on in one
_MORE_OR_NEW = frozenset("flere færre mere mindre bedre større øget øgede nye nyt ny".split())


def split_titles(span: str) -> list[str]:
    """The titles of a run whose separators were lost ('Referat fra dialogmøde Kortbilag Høringssvar …'),
    cut at every likely title start (boundaries). A page column printed bare between the titles ('…
    Turismepuljen 8 Anlægsprojekter …', page_column) parts them for sure and is no title's word: the runs
    between its numbers are split each on its own."""
    common, out, begin = lower_words(span), [], 0
    for start, end, _ in [*page_separators(span), (len(span), len(span), False)]:
        part = span[begin:start]
        out += [t.strip() for _, t in cut_pieces(part, split_points(part, None, common=common)) if t.strip()]
        begin = end
    return out


def split_points(span: str, pieces: int | None, earliest: bool = False, common: frozenset[str] = frozenset(),
                  known: frozenset[str] = frozenset(), whole: frozenset[str] = frozenset(),
                  pages: list[tuple[int, int]] | None = None, long: bool = False) -> list[tuple[int, int]]:
    """(offset, separator length) of the starts of the titles after the first in `span`:
    `pieces - 1` of them where the count is known from the numbers, else every likely one; the titles
    later headers print (`known`: their first words, `whole`: all of them) start (and end) where they stand,
    and a page number that parts two titles (`pages`, from _rising_pages) is surer than a word's cue. With `long`
    (a contents list's run, where the count is unknown), a piece longer than a title runs is cut once more at its
    surest weak cue (_with_long_cuts)."""
    options = within_status_column(
        span, _held_titles(span, _with_more_starts(span, boundaries(span, common, known), common), whole))
    if pages:
        at = {pos for pos, _ in pages}
        options = sorted([o for o in options if all(abs(o[1] - p) > 5 for p in at)]
                         + [(2.5, pos, drop) for pos, drop in pages], key=lambda o: o[1])
    if pieces is None:
        chosen = [o for o in options if o[0] >= 1.0]
        chosen = _with_long_cuts(span, chosen, options) if long else chosen
    elif earliest:
        chosen = [o for o in options if o[0] >= 1.0][: pieces - 1]
    else:
        chosen = sorted(sorted(options, key=lambda o: (-o[0], o[1]))[: pieces - 1], key=lambda o: o[1])
    cuts, last = [], 0
    for _, pos, drop in chosen:
        if pos - last >= 5:  # no title shorter than a word
            cuts.append((pos, drop))
            last = pos
    return cuts


LONG_TITLE = 100  # characters: 1 in 20 agenda titles runs longer; two titles run together mostly do
_SIDE = 25  # characters: the fewest each side of a cut inside a long piece keeps (a few words)


def _with_long_cuts(span: str, chosen: list[tuple[float, int, int]], options: list[tuple[float, int, int]]
                    ) -> list[tuple[float, int, int]]:
    """The sure cuts, and in each piece they leave that is longer than a title mostly runs (LONG_TITLE) the surest
    weak cut (a capitalised word after a name, 0.4-0.5; the nearest the piece's middle among equals): where no
    number says how many titles a run holds, a long piece's length says it holds two ('… speciallægepraksis i Region
    Nordjylland | Den Konservative Byrådsgruppe ønsker …'). Not where the name before it goes on (_name_goes_on).
    Only where a contents list is read (its runs, its last entry's span): a line that may or may not be a list is
    judged by its sure cuts alone (split_titles)."""
    out = list(chosen)
    bounds = [0, *(o[1] for o in chosen), len(span)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a <= LONG_TITLE:
            continue
        weak = [o for o in options if a + _SIDE <= o[1] <= b - _SIDE and 0 < o[0] < 1.0
                and not _name_goes_on(span, o[1])]
        if weak:
            out.append(max(weak, key=lambda o: (o[0], -abs(o[1] - (a + b) / 2))))
    return sorted(out, key=lambda o: o[1])


def _name_goes_on(span: str, at: int) -> bool:
    """The name before `at` goes on with the capitalised word there: that word is a genitive before a word in small
    letters ('i Socialt | Boligbyggeris afd. 11': it owns what follows, as a name's genitive does, and no title opens
    on one) or a street's word ('beliggende Aage | Nielsensvej 1-35', 'H.C. Branners | Vej 1 R'), or the word
    before it is a name of one word right after a preposition or 'og' ('til Søndersø | Kommuneplan', 'fra
    Skamby | Friskole', 'Viborg og Århus | Amter'), which the capitalised word after it goes on more often than
    it opens a title."""
    word = span[at:].split()[0]
    before = span[:at].split()[-2:]
    return _genitive_at(span, at) or bool(_STREET_END.search(word)) \
        or len(before) == 2 and before[0].strip(".,:;()").lower() in FUNCTION_WORDS


def _genitive_at(span: str, at: int) -> bool:
    """The word at `at` is a genitive before a word in small letters ('Boligbyggeris afd.', 'Boligselskabs
    afdeling'): it owns what follows, as a name's genitive does; no title opens on one."""
    words = span[at:].split()[:2]
    nxt = words[1] if len(words) > 1 else ""
    return words[0].endswith("s") and not words[0].endswith(("ss", "us")) and nxt[:1].islower()


def _with_more_starts(span: str, cuts: list[tuple[float, int, int]], common: frozenset[str] = frozenset()
                      ) -> list[tuple[float, int, int]]:
    """The cuts boundaries found, and those title_cues finds (an adjective phrase after a name, a standing
    item or a title's shape after the preposition a lost year left, a committee tag once among several), each
    place once at its surest score; quotations and places keep their words as ever, and so do the words no title
    ends on, a run whose titles open on tags and one whose titles open or end on the same words
    (run_shape)."""
    best = {pos: (score, pos, drop) for score, pos, drop in cuts}
    found = more_starts(span, FUNCTION_WORDS, STANDING_ITEMS, TITLE_OBJECTS) + dashed_ends(span, common)
    for score, pos, drop in found:
        if pos not in best or best[pos][0] < score:
            best[pos] = (score, pos, best[pos][2] if pos in best else drop)
    cuts = without_open_ends(span, sorted(best.values(), key=lambda c: c[1]), TITLE_OBJECTS)
    cuts = tag_led(span, _outside_quotes(span, _without_places(span, subject_starts(span, cuts))))
    return repeated_dashed_endings(span, repeated_endings(span, repeated_openings(span, cuts)))


def _held_titles(span: str, options: list[tuple[float, int, int]], whole: frozenset[str]
                 ) -> list[tuple[float, int, int]]:
    """The cut options of a run of titles, with the titles a later item header prints whole (`whole`, from
    _whole_header_titles) kept whole: where one stands in the run at a sure title start, no cut inside it, and a
    sure cut at its end ('ØU - Orientering Januar ØU - Udvalgets …' under '2. ØU - Orientering Januar
    Sagsnr.: …')."""
    starts = {0} | {pos for score, pos, _ in options if score >= 1.0}
    for title in (t for t in whole if len(t.split()) >= 2):
        at = span.find(title)
        end = at + len(title)
        if at not in starts or end >= len(span) or span[end] != " ":
            continue
        options = [o for o in options if not at < o[1] <= end] + [(3.0, end + 1, 0)]
    return sorted(options, key=lambda o: o[1])


def cut_pieces(span: str, cuts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, text) of the titles between the cuts."""
    out, begin = [], 0
    for pos, drop in cuts:
        out.append((begin, span[begin:pos]))
        begin = pos + drop
    out.append((begin, span[begin:]))
    return out


# the back matter of a contents list (its bilag list and signature page), with their pages
BACK_MATTER = re.compile(rf"(?:{BACK_MATTER_NAMES}\s*(?:\.{{2,}}\s*)?(?:Side\s+)?\d*\s*)+"
                          r"|Side\s+\d{1,4}"  # the last entry's page, cut off it: '… 7. Eventuelt Side 8'
                          r"|(?:Sagsnr|Sags nr|Sag nr|J\.\s?nr)\.?\s*:?\s*\S+", re.IGNORECASE)  # its case number
GROUP_MARK = "\u00b6"  # stands for a group heading inside a run of titles: a cut for sure (boundaries)
