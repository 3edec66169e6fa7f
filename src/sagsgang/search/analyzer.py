"""ONE Danish analyzer, used at index time and at query time (and a `plain` baseline).

Token pipeline for a word: NFC + casefold -> 'aa' becomes 'å' (Aarhus = Århus) -> Snowball Danish
stem of the whole word -> plus the stems of its compound parts (ældreområdet -> ældre + område,
with linking -s-/-e-), split against a curated lexicon of common heads and modifiers -> plus
the expansion of known abbreviations (ØK -> økonomiudvalg). Case numbers (22/8164,
EMN-2025-009242, 24-003250) become one exact token ('22_8164'); numbers stay as they are.

The index (tantivy, with a whitespace tokenizer) then only splits the already analysed strings
on spaces.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer

from ..parse.casenumbers import CASE_FORM, matches_at, normalize_case_number
from ..parse.dashes import NUMBER_DASH

_STEMMER = Stemmer.Stemmer("danish")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"(?P<case>" + CASE_FORM.pattern + r")|(?P<word>\w+)")

# Common heads and modifiers of Danish municipal compounds (surface forms, singular indefinite).
LEXICON = set("""
område aftale udvalg plan pleje politik skole bolig tilbud ældre børn barn velfærd beskæftigelse budget
regnskab lokal trafik parkering vej cykel affald klima miljø teknik kultur social sundhed fritid
erhverv økonomi kommune borger bestyrelse råd byråd hus center institution dagtilbud daginstitution
hjem pleje hjemme pasning tilskud takst ramme strategi projekt proces analyse rapport status
orientering høring forslag beslutning indstilling ansøgning bevilling anlæg drift service
indsats handling handlings program model reform lov regel regler aftale samarbejde fællesskab
forvaltning administration direktion direktør chef medarbejder personale ledelse leder
unge ungdom voksen familie forældre elev lærer lejr udflugt fravær syge sygefravær
renovering byggeri bygning ombygning nybyg areal grund jord ejendom lejlighed leje lejer
havn strand park skov natur vand spildevand varme energi el sol vind mølle vindmølle
bus tog metro letbane station stop sti bro gang gade plads torv marked
kunst græs bane idræt hal sport svømme forening frivillig
skat gæld lån pris indtægt udgift tillæg løn ansættelse job arbejde arbejds marked
handicap psykiatri misbrug udsat hjemløs integration flygtning
kvalitet tilsyn kontrol sikkerhed beredskab brand politi
digital data it system løsning platform
valg folketing region stat minister ministerium styrelse
sag punkt møde dagsorden referat protokol bilag
helhed indsatsplan udvikling vækst by land landsby distrikt kvarter
genbrug storskrald skrald mærkning sortering
hastighed nedsættelse grænse fremkommelighed
plejehjem plejebolig botilbud hjemmepleje
ansøgning tilladelse dispensation
behandling frist svar spørgsmål tid tal nøgle mål opfølgning revision vedtægt styrelse
pulje midler fond støtte lån rente gebyr betaling afgift
uddannelse undervisning klasse fritidshjem klub sfo vuggestue børnehave dagpleje
omsorg rehabilitering træning genoptræning hjælp hjælpemiddel bolig ældrebolig
aktivitet arrangement festival turisme erhvervsfremme iværksætter virksomhed butik
natur landskab skov sø å kyst fjord
grøn omstilling bæredygtighed co2 udledning
lokalplan kommuneplan tillæg helhedsplan spildevandsplan
jubilæum turnering golf fodbold tennis
mødeplan dagsorden kalender
byggeretning udbud licitation kontrakt entreprise
""".split())
LINKS = ("s", "e")
SUFFIXES = ("", "e", "en", "et", "er", "erne", "ene", "ets", "ens", "s", "n", "r", "rne", "ne", "t", "te", "ede",
            "ende", "ing", "inger", "ingen", "ingerne")

# Abbreviations (shared/docs/domain.md) -> the full words they stand for.
ABBREVIATIONS = {
    "øk": "økonomiudvalget", "øu": "økonomiudvalget", "kb": "kommunalbestyrelsen",
    "br": "borgerrepræsentationen", "buu": "børne- og ungdomsudvalget", "au": "arbejdsmarkedsudvalget",
    "vpu": "voksen- og plejeudvalget", "tu": "teknisk udvalg", "tmu": "teknik- og miljøudvalget",
    "kkr": "kommunekontaktråd", "kl": "kommunernes landsforening",
}

STOPWORDS = set("""
og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham
hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når
være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt
meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan
""".split())


def fold(word: str) -> str:
    """NFC + casefold + 'aa' -> 'å' (Aarhus/Århus, Aabenraa/Åbenrå)."""
    return unicodedata.normalize("NFC", word).casefold().replace("aa", "å")


_LEX_FOLDED = {fold(w) for w in LEXICON}


def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def case_token(text: str) -> str:
    return "cn_" + re.sub(r"[^0-9A-ZÆØÅ]+", "_", normalize_case_number(text)).casefold()


def _known(word: str) -> bool:
    """The word is a lexicon word, possibly inflected (samarbejdet, aftalerne): not a compound."""
    return any(word.endswith(suf) and word[: len(word) - len(suf)] in _LEX_FOLDED for suf in SUFFIXES)


def _split(word: str, depth: int = 0) -> list[str] | None:
    """Split `word` (folded) into lexicon parts, longest first prefix; None when it does not split."""
    if depth > 3:
        return None
    for i in range(len(word) - 3, 2, -1):
        head = word[:i]
        if head not in _LEX_FOLDED:
            continue
        rest = word[i:]
        candidates = [rest] + [rest[len(link):] for link in LINKS if rest.startswith(link)]
        for r in candidates:
            if len(r) < 3:
                continue
            base = _lexicon_base(r)
            if base is not None:
                return [head, base]
            deeper = _split(r, depth + 1)
            if deeper:
                return [head, *deeper]
    if depth == 0:
        return _split_head(word)
    return None


def _lexicon_base(rest: str) -> str | None:
    """_split's second part: `rest` as a lexicon word, maybe inflected (the first of SUFFIXES it ends in whose
    removal leaves a lexicon word), or None."""
    for suf in SUFFIXES:
        if suf and not rest.endswith(suf):
            continue
        base = rest[: len(rest) - len(suf)] if suf else rest
        if base in _LEX_FOLDED:
            return base
    return None


def _split_head(word: str) -> list[str] | None:
    """Danish compounds are head-final: a known head (aftale, område, plan, ...) after any modifier
    of at least three letters splits too (magelægsaftale -> magelæg + aftale)."""
    for j in range(3, len(word) - 3):
        tail = word[j:]
        for suf in SUFFIXES:
            if suf and not tail.endswith(suf):
                continue
            base = tail[: len(tail) - len(suf)] if suf else tail
            if len(base) >= 4 and base in _LEX_FOLDED:
                modifier = word[:j]
                for link in LINKS:
                    if modifier.endswith(link) and len(modifier) - len(link) >= 3:
                        modifier = modifier[: -len(link)]
                        break
                return [modifier, base]
    return None


@lru_cache(maxsize=200_000)
def word_variants(word: str, analyzer: str = "danish") -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(whole-word token, compound-part tokens, synonym tokens) for one word."""
    w = fold(word)
    if analyzer == "plain":
        return w, (), ()
    whole = stem(w)
    parts: tuple[str, ...] = ()
    if len(w) >= 7 and not _known(w):
        split = _split(w)
        if split:
            parts = tuple(dict.fromkeys(stem(p) for p in split if stem(p) != whole))
    syn: tuple[str, ...] = ()
    if w in ABBREVIATIONS:
        syn = tuple(stem(fold(x)) for x in _WORD.findall(ABBREVIATIONS[w]) if fold(x) not in STOPWORDS)
    return whole, parts, syn


@dataclass
class Token:
    text: str          # the raw word as printed
    start: int
    end: int
    whole: str
    extra: tuple[str, ...] = field(default_factory=tuple)  # compound parts and synonyms

    @property
    def all(self) -> tuple[str, ...]:
        return (self.whole, *self.extra)


def word_matches(text: str, analyzer: str = "danish") -> Iterator[re.Match]:
    """The words of (NFC) text as the analyzer sees them: a case number is one word."""
    return (_WORD if analyzer == "plain" else _TOKEN).finditer(text)


def match_forms(m: re.Match, analyzer: str = "danish") -> tuple[str, tuple[str, ...]]:
    """(whole-word token, extra tokens) of one word found by word_matches."""
    if analyzer != "plain" and m.group("case"):
        # the parts stay searchable as numbers too
        return case_token(m.group(0)), tuple(fold(x) for x in _WORD.findall(m.group(0)))
    whole, parts, syn = word_variants(m.group(0), analyzer)
    return whole, parts + syn


def tokens(text: str, analyzer: str = "danish") -> list[Token]:
    """Analyse running text; every word keeps its character span in the NFC form of the text."""
    text = unicodedata.normalize("NFC", text or "")
    return [Token(m.group(0), m.start(), m.end(), *match_forms(m, analyzer)) for m in word_matches(text, analyzer)]


def index_text(text: str, analyzer: str = "danish") -> str:
    """The analysed token string of one index field: every token of every word, in order."""
    return index_words(text, analyzer).replace(GROUP, " ")


GROUP = "|"  # joins the tokens of one word in index_words; no token holds it (tokens are \w+ runs)
PAIR = "+"   # joins two words' tokens into a word-pair token; no token holds it either


def index_words(text: str, analyzer: str = "danish") -> str:
    """The analysed words of one index field, in order: words separated by spaces, the tokens of
    one word (its whole-word token first, then its compound parts, synonyms or case-number parts)
    joined by GROUP. This is what the store queues for the index: index_text is it with GROUP as a
    space, and word_pairs needs to know where each word starts.

    The same tokens as `tokens()` without building a Token per word (the hot path of ingest):
    the case numbers _TOKEN would find are exactly CASE_FORM's matches (both start only where no
    word character precedes, and end before one), and between them _TOKEN finds the words."""
    text = unicodedata.normalize("NFC", text or "")
    if analyzer == "plain":
        return " ".join([word_variants(w, analyzer)[0] for w in _WORD.findall(text)])
    out: list[str] = []
    pos = 0
    for m in _case_numbers(text):
        out.extend(map(_word_tokens, _WORD.findall(text, pos, m.start())))
        case = m.group(0)
        out.append(GROUP.join([case_token(case), *(fold(x) for x in _WORD.findall(case))]))
        pos = m.end()
    out.extend(map(_word_tokens, _WORD.findall(text, pos)))
    return " ".join(out)


def pair_token(first: str, second: str) -> str:
    """The token of two words next to each other (their whole-word tokens): a phrase is looked
    up as its word pairs instead of checking positions of each word in every document."""
    return first + PAIR + second


def word_pairs(words: str) -> str:
    """The word-pair tokens of an index_words string, in order ('tag+til til+efterretning' for
    'taget til efterretning'): compound parts and synonyms between two words do not separate them."""
    wholes = [w.split(GROUP, 1)[0] for w in words.split()]
    return " ".join(pair_token(a, b) for a, b in zip(wholes, wholes[1:], strict=False))


# Every case form starts with two digits or with up to four capitals and then a digit, a dash between or not
# ('EMN-2025-…', 'S2024-…', 'G01-2024-…'), after no word character, slash, dot or dash: the character before each
# possible start, found without trying CASE_FORM's look-behind at every position. The dash is CASE_FORM's own
# (dashes.NUMBER_DASH: a hyphen or an en dash, 'EMN–2025–009242' as a publisher's style sets it).
_CASE_HINT = re.compile(rf"[^\w/.{NUMBER_DASH}](?:\d\d|[A-ZÆØÅ]{{1,4}}[{NUMBER_DASH}]?\d)")


def _case_numbers(text: str) -> list[re.Match]:
    """CASE_FORM.finditer(text), tried only at the possible starts."""
    return matches_at(CASE_FORM, text, [0, *(h.start() + 1 for h in _CASE_HINT.finditer(text))])


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> str:
    """A word's tokens joined by GROUP (never empty: the whole-word stem comes first), so that
    index_words joins one string per word; word_variants only tells 'plain' from the rest."""
    whole, parts, syn = word_variants(word, "danish")
    return GROUP.join((whole, *parts, *syn))
