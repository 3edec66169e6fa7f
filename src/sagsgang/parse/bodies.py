"""Municipalities, committees and their abbreviations."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .casenumbers import matches_at
from .dashes import NUMBER_DASH, SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, MONTH_WORDS

MUNICIPALITIES = (
    "Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør Egedal Esbjerg Fanø "
    "Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn Frederikssund Furesø Faaborg-Midtfyn "
    "Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund Haderslev Halsnæs Hedensted Helsingør Herlev "
    "Herning Hillerød Hjørring Holbæk Holstebro Horsens Hvidovre Høje-Taastrup Hørsholm Ikast-Brande Ishøj "
    "Jammerbugt Kalundborg Kerteminde Kolding København Køge Langeland Lejre Lemvig Lolland Lyngby-Taarbæk "
    "Læsø Mariagerfjord Middelfart Morsø Norddjurs Nordfyn Nyborg Næstved Odder Odense Odsherred Randers "
    "Rebild Ringkøbing-Skjern Ringsted Roskilde Rudersdal Rødovre Samsø Silkeborg Skanderborg Skive Slagelse "
    "Solrød Sorø Stevns Struer Svendborg Syddjurs Sønderborg Thisted Tønder Tårnby Vallensbæk Varde Vejen "
    "Vejle Vesthimmerland Viborg Vordingborg Ærø Aabenraa Aalborg Aarhus"
).split()

# Abbreviations seen in route lines and decision headings (shared/docs/domain.md).
ABBREVIATIONS = {
    "KB": "Kommunalbestyrelsen", "BR": "Borgerrepræsentationen", "BY": "Byrådet", "ØK": "Økonomiudvalget",
    "ØU": "Økonomiudvalget", "AU": "Arbejdsmarkedsudvalget", "BUU": "Børne- og Ungdomsudvalget",
    "VPU": "Voksen- og Plejeudvalget", "TU": "Teknisk Udvalg", "TMU": "Teknik- og Miljøudvalget",
}

# Other ways pages print a municipality's name, to its name here: a double name with a space for its hyphen
# ('Høje Taastrup Kommune', 'Lyngby Taarbæk Kommune'), and the names in use before 2011 ('Århus Kommune',
# 'Brønderslev-Dronninglund Kommune'; the corpus holds minutes from 2007 on).
_SPELT_OUT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
SPELLINGS = {m.replace("-", " "): m for m in MUNICIPALITIES if "-" in m}
SPELLINGS.update({"Århus": "Aarhus", "Brønderslev-Dronninglund": "Brønderslev",
                  "Brønderslev Dronninglund": "Brønderslev"})
# the letter å for the double a of a name, as older pages print it ('Høje-Tåstrup Kommune', 'Fåborg-Midtfyn')
SPELLINGS.update({v.replace("aa", "å").replace("Aa", "Å"): m for v, m in [*SPELLINGS.items(), *((m, m) for m in
                  MUNICIPALITIES)] if "aa" in v.lower()})
# ... and the double a for the letter å, as pages typed without it print it ('Taarnby Kommune')
SPELLINGS.update({m.replace("å", "aa").replace("Å", "Aa"): m for m in MUNICIPALITIES if "å" in m.lower()})
# ... and every Danish letter spelt out as e-mail addresses and file names do ('Koege_Kommune_referat.pdf',
# 'Hoeje-Taastrup Kommune'): spelt out, a name is still no word of the language
SPELLINGS.update({v.translate(_SPELT_OUT): m for v, m in [*SPELLINGS.items(), *((m, m) for m in MUNICIPALITIES)]
                  if re.search("[æøÆØ]", v)})
_PRINTED = (*MUNICIPALITIES, *SPELLINGS)
_MUNI_ALT = "|".join(sorted((re.escape(m) for m in _PRINTED), key=len, reverse=True))
# The name may be run into the text around it by extraction ('Side 2Vejle Kommune', 'ReferatFaxe Kommune',
# 'FaxeKommune', 'Vejle KommuneDagsorden'): it starts after anything but a capital (the names are capitalised, so
# a lower-case letter before one is a seam, not a longer word) and its word ends before anything but lower case.
_MUNI_MENTION = re.compile(
    rf"(?<![A-ZÆØÅ])({_MUNI_ALT})s?(?:\s+(?=[KkBbR])|(?=[KBR]))"
    r"(?:[Kk]ommunes?|[Bb]yråd|[Bb]yråds|[Kk]ommunalbestyrelses?|Regionskommunes?)(?![a-zæøå])"
    rf"|\b(?:Byrådet|Kommunalbestyrelsen)\s+i\s+({_MUNI_ALT})(?![a-zæøå])"
)
# the five regions publish like municipalities: "Region Syddanmark", "Region Midtjyllands"
REGIONS = ("Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland")
_REGION_MENTION = re.compile(rf"\bRegion\s+({'|'.join(REGIONS)})s?\b")
# names printed in capitals ("SKIVE KOMMUNE", "KOMMUNALBESTYRELSEN FOR NORDFYNS KOMMUNE", "BYRÅDET I SVENDBORG")
_CAPS_RUN = re.compile(r"\b[A-ZÆØÅ][A-ZÆØÅ-]+(?:\s+(?:I\s+)?[A-ZÆØÅ][A-ZÆØÅ-]+)+\b")
_MUNI_DOMAIN = re.compile(r"\b([a-zæøå-]+)\.dk\b", re.IGNORECASE)
# København's council is the one body of that name, in any form ('Borgerrepræsentationen', 'Københavns
# Borgerrepræsentation', 'Borgerrepræsentationens møde'): the word names the municipality as 'X Byråd' does
_SPECIAL = {"Borgerrepræsentation": "København", "Københavns Kommune": "København"}
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_SHORT_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})  # ishoj.dk, fureso.dk, helsingor.dk
_DOMAIN_TO_MUNI = {m.lower().translate(_SHORT_ASCII): m for m in MUNICIPALITIES}
_DOMAIN_TO_MUNI.update({m.lower().translate(_ASCII): m for m in MUNICIPALITIES})
_DOMAIN_TO_MUNI.update({m.lower(): m for m in MUNICIPALITIES})
# the councils whose own domain is their initials (www.ltk.dk, www.kk.dk), which their pages also print as a word
_INITIALS = {"kk": "København", "ltk": "Lyngby-Taarbæk", "htk": "Høje-Taastrup", "rksk": "Ringkøbing-Skjern",
             "fmk": "Faaborg-Midtfyn", "brk": "Bornholm", "rk": "Rødovre"}
# ... and those whose domain is another short form (www.balk.dk, post@egekom.dk, www.rm.dk)
_DOMAIN_TO_MUNI.update(_INITIALS)
_DOMAIN_TO_MUNI.update({"balk": "Ballerup", "egekom": "Egedal", "mors": "Morsø", "regionh": "Region Hovedstaden",
                        "rsyd": "Region Syddanmark",
                        "regionsjaelland": "Region Sjælland",
                        "regionsyddanmark": "Region Syddanmark", "rm": "Region Midtjylland",
                        "rn": "Region Nordjylland", "regionhovedstaden": "Region Hovedstaden",
                        "regionmidtjylland": "Region Midtjylland", "regionnordjylland": "Region Nordjylland"})


# Where a mention can start, found with plain substring search instead of trying the 98-name
# alternation at every word of the text: each mention holds one of these words (branch 1 after the
# name, branch 2 at its start). Candidates are then confirmed by _MUNI_MENTION itself.
_MENTION_WORDS = ("Kommun", "kommun", "Byråd", "Regionskommune")
_MUNI_NAMES = frozenset(_PRINTED)
_MUNI_LENGTHS = sorted({len(m) for m in _PRINTED})
_DOMAIN_END = re.compile(r"\.dk", re.IGNORECASE)
_DOMAIN_CHAR = re.compile(r"[a-zæøå-]", re.IGNORECASE)


def _mention_starts(text: str) -> list[int]:
    """Ascending positions that include every position where _MUNI_MENTION matches."""
    starts: set[int] = set()
    for word in _MENTION_WORDS:
        k = text.find(word)
        while k >= 0:
            starts.add(k)  # "Byrådet i X", "Kommunalbestyrelsen i X"
            j = k
            while j > 0 and text[j - 1].isspace():  # \s: the same characters as str.isspace()
                j -= 1
            if j < k or text[k].isupper():  # "X Kommune", "Xs Byråd", "XKommune": the name ends where the white
                # space (or the 's', or the capital of a word run on to it) starts
                for end in ((j, j - 1) if text[j - 1: j] == "s" else (j,)):
                    for length in _MUNI_LENGTHS:
                        if length <= end and text[end - length: end] in _MUNI_NAMES:
                            starts.add(end - length)
            k = text.find(word, k + 1)
    return sorted(starts)


def _domain_starts(text: str) -> list[int]:
    """Ascending positions that include every position where _MUNI_DOMAIN matches."""
    starts: list[int] = []
    for m in _DOMAIN_END.finditer(text):
        j = m.start()
        while j > 0 and _DOMAIN_CHAR.match(text, j - 1):
            j -= 1
        starts.extend(range(j, m.start()))
    return sorted(set(starts))


# 'Region Hovedstaden · Kongens Vænge 2 · 3400 Hillerød': a region's name opening a line whose fields (set off by
# dots or bars, as a site's letterhead or footer prints them) give its address; not an address in a case's text
# ('sendt til Region Syddanmark, Damhaven 12, 7100 Vejle')
_REGION_ADDRESS = re.compile(rf"(?m)^[ \t]*Region\s+({'|'.join(REGIONS)})[ \t]*[·|•]"
                             r"[^\n]{0,80}?\b\d{4}[ \t]+[A-ZÆØÅ]"
                             # the same set off by middle dots inside a line, where a transcript runs its footer on
                             # after the page's text: no sentence sets its words off by '·'
                             rf"|(?<!\S)Region\s+({'|'.join(REGIONS)})[ \t]*[·•][^\n·•]{{1,40}}[·•]"
                             r"[ \t]*\d{4}[ \t]+[A-ZÆØÅ]"
                             # 'Region Sjælland, Alléen 15, 4180 Sorø': a line of nothing but the region's name and its
                             # address (a building or a street, one or two fields, the postcode and town last), as a
                             # letterhead or footer prints it; a case's sentence that sends a matter there goes on
                             rf"|^[ \t]*Region\s+({'|'.join(REGIONS)})(?:,[ \t]+[A-ZÆØÅ][^\n,]{{0,40}}){{1,2}},"
                             r"[ \t]+\d{4}[ \t]+[A-ZÆØÅ][\w ]{0,25}[ \t]*$")
_HEAD_NEIGHBOUR = re.compile(r"(?i:dagsorden|referat|beslutningsprotokol)\b.*")


def _region_votes(text: str) -> Counter[str]:
    """The regions a page names as its own: every mention on a region's page (one that names the
    Regionsråd), else a region's name as a line of the page's head beside the body or the document's kind
    ('Region Sjælland' / 'Forretningsudvalget'), not a municipality's mention of a region in a case."""
    votes: Counter[str] = Counter()
    if "Regionsråd" in text[:20000]:
        for m in _REGION_MENTION.finditer(text):
            votes[f"Region {m.group(1)}"] += 1
        # and its name in capitals on a line of its own at the head ('REGION NORDJYLLAND' / 'Regionsrådet'), as a
        # letterhead prints it: the same name, only in another case
        for line in text[:3000].splitlines()[:30]:
            if line.strip().isupper() and (m := _REGION_MENTION.fullmatch(line.strip().title())):
                votes[f"Region {m.group(1)}"] += 1
        return votes
    for m in _REGION_ADDRESS.finditer(text):
        votes[f"Region {next(g for g in m.groups() if g)}"] += 1  # its own letterhead or footer, with its address
    head = [ln.strip() for ln in text[:3000].splitlines() if ln.strip()][:30]
    for k, line in enumerate(head):
        line = line.title() if line.isupper() else line  # 'REGION SJÆLLAND' too
        m = _REGION_MENTION.match(line)
        # beside the body or the kind on the next or previous line, or on its own line when flattened
        # ('Region Sjælland Forretningsudvalget Referat …')
        rest = line[m.end():].strip(f" {SPACED_DASHES}|,.:") if m else ""
        near = head[k - 1: k] + head[k + 1: k + 2] if not rest else \
            [" ".join(rest.split()[:n]) for n in range(1, 6)]
        if m and (k < 2 and m.end() == len(line) or any(_HEAD_NEIGHBOUR.match(x) or is_body_name(x) for x in near)
                  or m.end() == len(line) and _line_of_its_own(head, k)):
            # (or alone on one of the page's first two lines: its letterhead, 'Region Hovedstaden' / 'Koncern …';
            # further down a line of a case's text may name a region alone: 'sendes videre til' / 'Region Sjælland')
            votes[f"Region {m.group(1)}"] += 1
        elif not m and (after := _region_after_head(line)):
            votes[after] += 1
    return votes


def _line_of_its_own(head: list[str], k: int) -> bool:
    """Head line k stands alone, no piece of a sentence wrapped over lines: the line before it ends as a value or a
    sentence does (not on a small word or a comma: 'sendes videre til' / 'Region Sjælland'), and the line after it
    starts no sentence's next word in small letters. A region's name alone on such a line is the page's letterhead
    or a label's value, as a region prints its name; a case's text names a region inside its sentences."""
    before = head[k - 1] if k else ""
    after = head[k + 1] if k + 1 < len(head) else ""
    return not re.search(r"(?:[a-zæøå]|,)$", before) and not after[:1].islower()


def _region_after_head(line: str) -> str | None:
    """'Referat Forretningsudvalget Region Hovedstaden', 'Dagsorden - Regionsrådet - Region Sjælland': a region named
    right behind the document's kind or the body that met, within the first words of a head line (further on, a
    flattened page's text may name another region in a case)."""
    m = _REGION_MENTION.search(line)
    before = line[: m.start()].strip(f" {SPACED_DASHES}|,.:").split() if m else []
    if not before or len(before) > 6:
        return None
    if _HEAD_NEIGHBOUR.match(before[-1]) or is_body_name(before[-1]) or _HEAD_NEIGHBOUR.match(before[0]):
        return f"Region {m.group(1)}"
    return None


def _canonical(printed: str) -> str:
    """'Høje Taastrup' -> 'Høje-Taastrup', 'Århus' -> 'Aarhus': the name the contract uses."""
    return SPELLINGS.get(printed, printed)


# a double name's hyphen as an en dash or set off by spaces ('Lyngby–Taarbæk Kommune', 'Lyngby - Taarbæk'), or
# where a line breaks the name after its hyphen ('Ringkøbing-' / 'Skjern Kommune', joined by a transcript as
# 'Ringkøbing- Skjern'): a capital after it starts the name's second half, not a word the hyphen split
_DASH_IN_NAME = re.compile(r"(?<=[a-zæøå])(?:[‐‑–]| [-‐‑–] |-\s+)(?=[A-ZÆØÅ])")


# a council's word broken across a line by a PDF's hyphen ('Faxe Kom-' / 'mune', 'Kommunal-' / 'bestyrelsen'), also
# where a transcript joined the lines ('Faxe Kom- mune'); not a word's hyphen ('Gentofte Kommune- fase 3'); and so
# the municipality's name ('Vesthim-' / 'merlands Kommune'): a capitalised piece joined to a name it spells
_WORD_BROKEN = re.compile(r"\b(?P<a>[Kk]om[a-zæøå]*|[Bb]y|[A-ZÆØÅ][a-zæøå]+)-\s+(?P<b>[a-zæøå]+)")


_BROKEN_WORDS = frozenset({"kommune", "kommunes", "kommunalbestyrelse", "kommunalbestyrelsen", "kommunalbestyrelses",
                           "byråd", "byrådet", "byråds"})


# the first half of a double name ('Faa-' / 'borg-Midtfyn'), which the broken piece joins up to its own hyphen
_FIRST_HALVES = frozenset(re.split(r"[- ]", n)[0] for n in _PRINTED if re.search(r"[- ]", n))


def _joined(m: re.Match[str]) -> str:
    joined = m.group("a") + m.group("b")
    named = joined in _MUNI_NAMES or joined.endswith("s") and joined[:-1] in _MUNI_NAMES or joined in _FIRST_HALVES
    return joined if joined.lower() in _BROKEN_WORDS or named else m.group(0)


def detect_municipality(text: str) -> str | None:
    """Most-mentioned municipality ("Norddjurs Kommune", "Aarhus Byråd", "Borgerrepræsentationen"), also in
    the file names a page prints ('Noegletal_i_Roskilde_Kommune_2018.pdf': an underscore is a space there)."""
    text = _DASH_IN_NAME.sub("-", _WORD_BROKEN.sub(_joined, text.replace("_", " ")))
    votes: Counter[str] = Counter()
    own: set[str] = set()  # named as the page's own: not only inside a case's sentences
    head = _head_end(text)
    for m in matches_at(_MUNI_MENTION, text, _mention_starts(text)):
        votes[name := _canonical(m.group(1) or m.group(2))] += 1
        if m.start() < head or not _in_sentence(text, m):
            own.add(name)
    capitals = _capital_votes(text[:20000])  # a letterhead's capitals
    regions = _region_votes(text)
    domains = _domain_votes(text[:20000])
    labelled = Counter(_canonical(m.group(1)) for m in _MUNI_LABEL.finditer(text))
    for got in (capitals, regions, domains, labelled):
        votes.update(got)
        own.update(got)
    for phrase, muni in _SPECIAL.items():
        votes[muni] += text.count(phrase)
    if "Borgerrepræsentation" in text:
        own.add("København")  # its council's own name, as 'X Byråd'
    votes.update(_INITIALS.get(m.group(1).lower()) for m in _PRINTED_INITIALS.finditer(text))
    votes = Counter({k: v for k, v in votes.items() if v > 0 and (k in own or not own & votes.keys())})
    if not votes:
        return _listed_municipality(text)
    return votes.most_common(1)[0][0]


# a name in capitals beside its council's word in small letters, or the other way round, as a letterhead mixes them
# ('ODENSE Kommune', 'Odense KOMMUNE')
_MIXED_CASE = re.compile(r"\b[A-ZÆØÅ][A-ZÆØÅ-]+\s+(?:Kommunes?|Byråds?)\b"
                         r"|\b[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\s+(?:KOMMUNES?|BYRÅDS?)\b")
# the municipality as a label's value ('Kommune: Odense'), as a portal's metadata prints it
_MUNI_LABEL = re.compile(rf"\bKommune\s*:\s*({_MUNI_ALT})(?![\w-])")
# a council's initials of three letters or more printed as a word, also in the genitive ('LTK', 'BRK´s'): the same
# initials it uses for its domain (two letters, 'KK', are other bodies' initials too)
_PRINTED_INITIALS = re.compile(rf"(?<![\w-])({'|'.join(k.upper() for k in _INITIALS if len(k) >= 3)})"
                               r"(?=[´'’]s\b|(?![\w-]))")


def _capital_votes(text: str) -> Counter[str]:
    """Names printed in capitals, wholly ('SKIVE KOMMUNE', 'KOMMUNALBESTYRELSEN I BALLERUP') or in part."""
    votes: Counter[str] = Counter()
    for run in [*_CAPS_RUN.findall(text), *_MIXED_CASE.findall(text)]:
        titled = re.sub(r"\bI\b", "i", run.title())  # 'KOMMUNALBESTYRELSEN I BALLERUP''
        for m in _MUNI_MENTION.finditer(titled):
            votes[_canonical(m.group(1) or m.group(2))] += 1
    return votes


def _domain_votes(text: str) -> Counter[str]:
    """The municipalities whose own web or e-mail domain the text prints."""
    votes: Counter[str] = Counter()
    for m in matches_at(_MUNI_DOMAIN, text, _domain_starts(text)):
        label = m.group(1).lower()
        # faxekommune.dk, nordfynskommune.dk (the genitive before 'kommune')
        bare = re.sub(r"-?(?:regions)?kommune$", "", label)  # (bornholmsregionskommune.dk too)
        muni = _DOMAIN_TO_MUNI.get(label) or _DOMAIN_TO_MUNI.get(bare) \
            or (bare != label and bare.endswith("s") and _DOMAIN_TO_MUNI.get(bare[:-1])) or None
        if muni:
            votes[muni] += 1
    return votes


# A municipality a case's text names inside a sentence ('en aftale med X Kommune', 'X Kommune har godkendt'): a
# word in small letters right before or after the name. A page names its own council on lines of their own or
# set off by punctuation (letterhead, title, running footer, address line: 'X Kommune · Torvet 1', 'Referat -
# X Kommune'); a neighbour it deals with, however often named in a case, is in sentences. Such a neighbour
# loses to any name printed the first way (or in the page's first lines, its title: 'Referat fra X Kommunes …').
_WORD_BEFORE = re.compile(r"[a-zæøå]+[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+[a-zæøå]")


def _in_sentence(text: str, m: re.Match[str]) -> bool:
    return bool(_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _WORD_AFTER.match(text, m.end()))


def _head_end(text: str, lines: int = 2, chars: int = 150) -> int:
    """Where the page's first `lines` filled lines end (its title and letterhead), within its first `chars`
    characters (a flattened page's first line runs on into its items)."""
    at = 0
    for _ in range(lines):
        while text[at: at + 1].isspace():
            at += 1
        nl = text.find("\n", at)
        if nl < 0:
            return min(len(text), chars)
        at = nl
    return min(at, chars)


# 'Varde, Esbjerg og Fanø kommuner': municipalities named as such together, in the plural
_MUNI_LIST = re.compile(rf"\b((?:(?:{_MUNI_ALT}),\s+)*(?:{_MUNI_ALT})\s+og\s+(?:{_MUNI_ALT}))\s+[Kk]ommuner\b")


def _listed_municipality(text: str) -> str | None:
    """A page that names its municipality only in a list of municipalities ('… i Varde, Esbjerg og Fanø
    kommuner'): the one of them the page mentions most by name (its own town's streets and places), when
    that one stands out."""
    named = [_canonical(n) for m in _MUNI_LIST.finditer(text) for n in re.split(r",\s+|\s+og\s+", m.group(1))]
    if not named:
        return None
    counts = Counter({n: len(re.findall(rf"\b{re.escape(n)}\b", text)) for n in set(named)}).most_common(2)
    if len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    return counts[0][0]


# A political body or administrative board, as the last word of a name.
_BODY_END = re.compile(
    r"(?:udvalg|udvalget|udvalgs|byråd|byrådet|kommunalbestyrelse|kommunalbestyrelsen|borgerrepræsentation"
    r"|borgerrepræsentationen|magistrat|magistraten|direktion|direktionen|regionsråd|regionsrådet|råd|rådet"
    r"|bestyrelse|bestyrelsen|forum|forummet|komité|komitéen|nævn|nævnet|kommission|kommissionen"
    r"|styregruppe|styregruppen|repræsentantskab|repræsentantskabet|formandskab|formandskabet|præsidium|præsidiet"
    # the bodies of a kind together, as a route names those heard ('Skolebestyrelserne', 'Handicaprådene')
    r"|udvalgene|rådene|bestyrelserne"
    # a staff body of the co-determination system, the MED bodies ('HovedMED', 'Hoved-MED', 'Center-MED')
    r"|(?-i:[a-zæøå]-?MED))"
    rf"(?:\s*\([\d{NUMBER_DASH}]+\))?$",
    re.IGNORECASE,
)
# "<body> for <what it is for>": the first word names the body (not "… for Nordfyns Kommune": a council's town),
# maybe after the adjectives that say what kind of body it is ('Det Rådgivende Udvalg for Psykiatri', 'Midlertidigt
# udvalg for Nærdemokrati', 'Det Særlige Udvalg for …'): inflected adjectives, not a document's kind before a name
_BODY_FOR = re.compile(r"^(?:(?:Det|Den|De)\s+)?(?:[A-ZÆØÅ][a-zæøå]+(?:ende|ige|igt|ale|ære|ske)\s+)?"
                       r"(\S+) for [A-ZÆØÅ\w]")
# a committee set up under § 17, stk. 4 of the act on municipal government is named by that paragraph ('§ 17, stk.
# 4-udvalget vedr. frivillighed', '§17 stk. 4 udvalg for nærdemokrati'): the paragraph, then its subject
_SECTION_17_BODY = re.compile(r"^§\s*17,?\s*stk\.?\s*4[\s-]*[Uu]dvalg(?:et)?"
                              r"(?:\s+(?:for|om|vedr\.|vedrørende|til)\s+\S.*)?$")


def _names_municipality(text: str) -> bool:
    """'Nordfyns Kommune', 'Nordfyns', 'Region Syddanmark': a council's own town or region."""
    first = text.split()[0] if text.split() else ""
    return first in _MUNI_NAMES or first[:-1] in _MUNI_NAMES or first == "Region"
_ABBREV = re.compile(r"^[A-ZÆØÅ§][A-ZÆØÅ0-9§]{1,5}$")
# the small words of a heading or a sentence printed in capitals ('BESLUTNING DEN 3. APRIL', 'OG', 'TIL'): short as
# a body's initials, but no council abbreviates a body to a word of the language
# ('MED' is left out: the co-determination system's body, as a route lists it beside others ('HMU, MED, ØU'), is
# the one word of the language a council abbreviates a body to)
_WORDS_IN_CAPITALS = frozenset("af at de den der det en et for fra i og om på som til ved".split())


@lru_cache(maxsize=1 << 14)
def is_body_name(text: str) -> bool:
    """True for 'Økonomiudvalget', 'Social- og Seniorudvalget (18-21)', 'Aarhus Byråd', 'KB', 'AU/BUU'.

    Memoised: the same committee names come back in every route and decision line."""
    t = text.strip().rstrip(".")
    if not t or len(t) > 90 or ":" in t:  # 'Organ: Økonomiudvalget': a label and its value, no name
        return False
    if all(_ABBREV.match(p.strip()) and p.strip().casefold() not in _WORDS_IN_CAPITALS for p in t.split("/")):
        return True
    if _SECTION_17_BODY.match(t):
        return True
    words = t.split()
    if len(words) > 9 or not t[0].isupper():
        return False
    # a name printed in capitals prints its glue in capitals too ('UDVALGET FOR KLIMA OG MILJØ'), its town as well;
    # a name ends in a word of its own, never in its glue ('UDVALGET FOR KLIMA OG' is a name cut short)
    glued = t.title().replace(" For ", " for ", 1) if t.isupper() else t
    head = _BODY_FOR.match(glued)
    if head and (head.group(1).lower().startswith("udvalg") or _BODY_END.search(head.group(1))) \
            and not _names_municipality(glued.split(" for ", 1)[1]) and words[-1].lower() not in _NAME_GLUE:
        return True  # "Udvalget for Klima og Miljø", "Bestyrelsen for Vestforbrænding", "Lokaludvalget for Valby"
    last = words[-1].lower()
    if "område" in last or last.endswith(("forbrug", "grundlag")):
        return False  # "dagtilbudsområdet" ends in "rådet" but is no council
    if any(w.isalpha() and w.islower() and w not in _NAME_GLUE for w in words[:-1]):
        return False  # a sentence that ends in a body ('På baggrund af Fritids-, Kultur- og Forebyggelsesudvalget')
    return bool(_BODY_END.search(t))


def is_printed_body(text: str) -> bool:
    """is_body_name, also for a name printed in capitals ('UDVALGET FOR VOKSNE', whose glue words are capitals
    too): read as the name it spells, unless it is as short as initials ('ØU')."""
    t = text.strip()
    return is_body_name(t.capitalize() if t.isupper() and not _ABBREV.match(t) else t)


# the lower-case words a body's name holds between its capitalised ones ('Social- og Sundhedsudvalget',
# 'Udvalget for Teknik og Miljø', 'Kommunalbestyrelsen i Lejre')
_NAME_GLUE = frozenset({"og", "for", "i", "med", "til", "på", "af", "samt", "under", "&"})


# the kinds of a body's part in a case's treatment, as a route prints them beside the body ('(indstilling)')
_ROLE_NOUNS = r"(?:indstilling|beslutning|orientering|høring|drøftelse|godkendelse|udtalelse|anbefaling)"
# The treatment's verbs, one vocabulary for every pattern that reads a body's part as a verb (_DATE_THEN_BODY,
# _ROLE_NOTE, _VERB_END here; ROLE_VERB_AFTER, ROLE_WORD and ROLE_VERB_RUN for the route's readers of lines, tables and
# flattened rows). What a body does to a case, said in the present by any council ('Økonomiudvalget indstiller',
# 'Byrådet beslutter', 'Udvalget behandler'), and the other verbs a 'Hvem beslutter' list prints for the same part
# ('Byrådet godkender', 'Udvalget drøfter', 'Økonomiudvalget anbefaler', 'Byrådet vedtager', 'Udvalget afgør'):
_ACTING_VERBS = "indstiller|beslutter|behandler|godkender|drøfter|anbefaler|vedtager|afgør"
# ... and, beside a body in a route, what is done to it (it is informed, it is heard): a role as the nouns are
_ROLE_VERBS = rf"(?:{_ACTING_VERBS}|orienteres|høres)"
# the verb ending a route's entry ('KB beslutter', 'Økonomiudvalget 19.03.2024 godkender.'), a verb as a word of its
# own ('beslutter.' among a flattened row's words), and the verb where the next body's cell runs on after it
# ('Børne- og Skoleudvalget indstiller Kommunalbestyrelsen beslutter': a cell a line, the verb kept)
ROLE_VERB_AFTER = re.compile(rf"\s+{_ROLE_VERBS}\.?$", re.IGNORECASE)
ROLE_WORD = re.compile(rf"^{_ROLE_VERBS}\.?$")
ROLE_VERB_RUN = re.compile(rf"\b(?P<verb>{_ROLE_VERBS})[ \t]+(?=[A-ZÆØÅ])")
# ... and, ending a sentence's subject before 'til', what its subject does to a body ('Direktionen orienterer til …')
_SUBJECT_VERBS = rf"(?:{_ACTING_VERBS}|orienterer)"


# a bullet, dash or number before a body listed one a line ('• Økonomiudvalget' / '• Byrådet', '1. Økonomiudvalget'
# / '2. Byrådet': the order of treatment, no part of the name; a name never starts with a figure)
_ROUTE_BULLET = re.compile(rf"^(?:[•·▪●◦*]|[{SPACED_DASH}](?=\s)|\d{{1,2}}[.)](?=\s+[A-ZÆØÅ]))\s*")


# what councils print between the bodies of a route: a comma, an arrow ('→', '->', '=>', '>', '↓' on a line of
# its own), a semicolon, a table's cell bar, or a dash or slash set off by spaces ('ØU - BY', 'Økonomiudvalget /
# Byrådet'); no split after "Økonomi-,": the comma of a compound name ("Økonomi-, Erhvervs- og Planudvalget"), and
# none at a slash without spaces: 'AU/BUU/VPU' is one joint treatment
_ROUTE_SEP = re.compile(rf"(?<!-)\s*(?:(?<!-),|→|->|=>|⇒|➔|➜|»|>|↓|\||;|\s[{SPACED_DASH}/]\s|\s[•·▪●]\s"
                        r"|\s(?=\d{1,2}[.)]\s+[A-ZÆØÅ]))\s*")
# a word of sequence between two bodies ('Økonomiudvalget og derefter Byrådet', 'ØU, herefter KB'): Danish says
# the next step so in any council's text; it parts two steps as a comma does (the parts must still be bodies)
_STEP_WORD = re.compile(r"\s*(?:,\s*|\s(?:og|samt)\s+)?\b(?:derefter|herefter|dernæst|efterfølgende)\s+(?=[A-ZÆØÅ])")
# abbreviations joined by hyphens alone ('TMU-ØU-BY'): each one a body; a name's hyphen is followed by a space
# or lower case ('Børne- og Skoleudvalget', 'Miljø-udvalget')
_ABBREV_CHAIN = re.compile(rf"^[A-ZÆØÅ]{{2,6}}(?:[{SPACED_DASH}][A-ZÆØÅ]{{2,6}})+$")


# a meeting's date or the body's role between two bodies where nothing else parts them ('Økonomiudvalget 12.03.2024
# Byrådet 20.03.2024', 'Økonomiudvalget indstiller Byrådet beslutter': the bodies listed one a line with their
# dates or roles, the lines run together on a flattened page): it ends its body's entry, where every entry so parted
# names a body (not a running page head's 'Børne- og Skoleudvalget 30.01.2018 Side 2' inside a table: a page's
# chrome, no second body)
# (the date maybe followed by the body's part in brackets: 'Økonomiudvalget 12.03.2024 (indstilling) Byrådet …')
_DATE_THEN_BODY = re.compile(rf"(?:(?:{DATE_ANY.pattern})\)?(?:\s*\((?:til\s+|endelig\s+)?{_ROLE_NOUNS}\))?"
                             rf"|\b{_ROLE_VERBS}\.?)(?=\s+[A-ZÆØÅ])")


def split_route(text: str) -> list[str]:
    """'AU/BUU/VPU, ØK, KB' -> ['AU/BUU/VPU', 'ØK', 'KB']; also '→', ' - ', ' / ' and 'TMU-ØU-BY' separated
    routes, bodies listed one a line behind bullets, and bodies whose lines a flattened page ran together."""
    return list(_split_route_once(text))


@lru_cache(maxsize=1 << 12)
def _split_route_once(text: str) -> tuple[str, ...]:
    """split_route, memoised (a tuple, so no caller can change what the next one gets). Why: the parts hang on the
    text alone (is_body_name and fixed patterns), and the same text is asked for again and again: several readers
    ask of one line whether it is a route, and a page repeats its routes' values item after item (a lined page
    asked 474 times of 315 texts; 20 copies of a flattened page 8,113 times of 363)."""
    t = text.strip().rstrip(".")
    dated = _DATE_THEN_BODY.sub(lambda m: m.group(0) + ",", t)
    parts = _route_parts(dated)
    if dated != t and not all(is_body_name(p) for p in without_dates(parts)):
        parts = _route_parts(t)
    return tuple(parts)


def _route_parts(t: str) -> list[str]:
    """split_route's parts of a route's text."""
    parts = [_ROUTE_BULLET.sub("", p.strip()) for p in _ROUTE_SEP.split(_STEP_WORD.sub(", ", t))]
    parts = [q for p in parts for q in (re.split(rf"[{SPACED_DASH}]", p) if _ABBREV_CHAIN.match(p) else [p])]
    parts = [r for p in parts if p.strip() for q in _split_and(p.strip()) for r in _run_together(q)]
    return _rejoin_names(parts)


def _run_together(part: str) -> list[str]:
    """'Økonomiudvalget Byrådet' -> both, 'ØU KB' -> both: bodies printed one a line whose lines a flattened page
    ran together, nothing between them. Cut only where both sides name a body and the left ends in a body's own
    word, so one name of several words stays whole ('Aarhus Byråd', 'Udvalget for Klima og Miljø': no side of
    any cut in them is a body)."""
    words = part.split()
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if (_ABBREV.match(words[k - 1]) or _BODY_END.search(words[k - 1])) and is_body_name(left) \
                and (rest := _run_together(right)) and all(is_body_name(r) for r in rest):
            return [left, *rest]
    return [part]


def _rejoin_names(parts: list[str]) -> list[str]:
    """Rejoin a name that holds a comma ('Udvalget for Kultur, Fritid og Turisme'): a part that names no body,
    capitalised words joined by 'og' (the last of the name's list), after an 'Udvalget for …' part, is that
    name's rest; not a word alone ('Beslutningssag', the case's type printed on the next line)."""
    out: list[str] = []
    for p in parts:
        words = p.split()
        rest = len(words) <= 4 and ("og" in words or "&" in words) and not is_body_name(p) \
            and all(w[:1].isupper() or w in _NAME_GLUE for w in words)
        if out and rest and _BODY_FOR.match(out[-1]):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out


def _split_and(part: str) -> list[str]:
    """'Økonomiudvalget og Kommunalbestyrelsen' -> both; 'Udvalget for Klima og Miljø' stays one (its
    halves are not both bodies). 'ØU til KB' -> both too: a route said as where the case goes next ('til'), its
    halves both bodies ('Udvalget til Fremme af X' is one name: its second half names no body)."""
    pieces = re.split(r"( (?:og|til) )", part)
    for k in range(2, len(pieces), 2):
        left, right = "".join(pieces[:k - 1]), "".join(pieces[k:])
        if not _names_body(left) or pieces[k - 1] == " til " and _VERB_END.search(left):
            continue  # ('Direktionen indstiller til Økonomiudvalget': a sentence of who recommends to whom, no route)
        rest = _split_and(right)
        if _names_body(right) or all(_names_body(r) for r in rest):
            return [left, *rest]
    return [part]


# a treatment's verb ending the left half before 'til' ('Direktionen indstiller til Økonomiudvalget'): the text is a
# sentence, its subject recommending to a body, not two steps of a route (a route's 'til' joins two bodies' names)
_VERB_END = re.compile(rf"\s{_SUBJECT_VERBS}\.?$")


def _names_body(part: str) -> bool:
    """A body's name, maybe with its meeting's date or its part beside it ('ØU den 12.03.2024', 'Byrådet til
    beslutning'): where 'og' joins two dated steps ('ØU den 12.03.2024 og KB den 20.03.2024') each half is a body
    once its date is set aside, as without_dates sets it aside after the split."""
    return is_body_name(part) or is_body_name(_bare(part))


# a meeting's date as a route prints it beside a body: a whole date, or the day and month alone ('12/3', '12. marts')
# or the month ('marts 2024') when the year is plain from the page, after a weekday or 'den', maybe in brackets
_WHEN = (rf"\(?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?(?:{DATE_ANY.pattern}"
         rf"|\d{{1,2}}/\d{{1,2}}(?!\d)|\d{{1,2}}\.\s*(?:{MONTH_WORDS})\b\.?|(?:{MONTH_WORDS})\s+\d{{4}})\)?")
# a meeting date printed beside a body in a route ('Økonomiudvalget 19.03.2024', 'Byrådet - den 26.03.2024')
DATE_BESIDE = re.compile(rf"\s*(?:[{SPACED_DASH},:]\s*)?{_WHEN}\s*$", re.IGNORECASE)
# ... or before it, as a plan of meetings prints it ('12.03.2024 Økonomiudvalget', '12.03.2024: Byrådet')
_DATE_BEFORE = re.compile(rf"^\s*{_WHEN}\s*(?:[{SPACED_DASH},:]\s*)?(?=[A-ZÆØÅ])", re.IGNORECASE)
# the body's part in the route in brackets after its name ('Økonomiudvalget (indstilling)', 'Byrådet (beslutning)'),
# or as a verb, as a 'Behandling' table prints it and a route's list may ('KB beslutter', 'Sagsgang: Økonomiudvalget
# indstiller, Byrådet beslutter'): the route keeps the body
# The same part may be printed without brackets after 'til' ('Økonomiudvalget til orientering, Byrådet til
# beslutning'): 'til' and a noun of the treatment's kinds names no further body.
# The part may be printed as its code, one capital in brackets behind each body ('Økonomiudvalget (I), Byrådet (B)':
# indstilling, beslutning; a legend elsewhere on the page spells the codes out): no body's name ends in a lone
# letter in brackets (a party's letters stand behind a person's name, never a body's)
_ROLE_NOTE = re.compile(rf"\s*\((?:til\s+|endelig\s+)?{_ROLE_NOUNS}\)$|\s+{_ROLE_VERBS}\.?$|\s*\([A-ZÆØÅ]\)$"
                        rf"|\s+til\s+(?:endelig\s+)?{_ROLE_NOUNS}$", re.IGNORECASE)


# the case's type run on after the bodies where a flattened page lost the line between them ('Sagsgang og sagstype' /
# 'Udvalget for Voksne Beslutningssag'): no body's name ends in it
_CASE_TYPE_AFTER = re.compile(r"\s+(?:Beslutnings|Orienterings|Drøftelses|Godkendelses|Debat|Temadrøftelses)sag\.?$")


def route_entry_kind(text: str) -> str | None:
    """'role', 'date' or 'bare' for a line that names one body and at most its part or its meeting's date
    ('Byrådet beslutter', 'Økonomiudvalget 12.03.2024', 'Byrådet'); None for anything else. A route listed one body a
    line prints every line in the same shape (the cells of one table row each), so the shape tells its lines."""
    parts = split_route(text)
    bare = without_dates(parts)
    if len(parts) != 1 or len(bare) != 1 or not is_body_name(bare[0]):
        return None
    if _ROLE_NOTE.search(parts[0]):
        return "role"
    return "date" if DATE_BESIDE.search(parts[0]) or _DATE_BEFORE.search(parts[0]) else "bare"


def without_dates(parts: list[str]) -> list[str]:
    """A route's bodies without the meeting dates, the bracketed roles and the case's type printed beside them."""
    bare = (_bare(p) for p in parts)
    return [b for b in bare if b]  # a table's date cell ('Økonomiudvalget | 12.03.2024') leaves nothing


# the item's number at the body's meeting after its date ('ØU 12.03.2024 pkt. 5'): no part of the body's name
_ITEM_AT = re.compile(r",?\s*(?:pkt|punkt)\.?\s*\d{1,3}\s*$", re.IGNORECASE)


def _bare(part: str) -> str:
    """One route entry without its date, its part and the case's type. The part goes first: a row prints it after
    the date as often as after the name ('Økonomiudvalget 12.03.2024 (indstilling)'), and the date is then at
    the entry's end only once the part is gone."""
    p = _ROLE_NOTE.sub("", _CASE_TYPE_AFTER.sub("", _ITEM_AT.sub("", part)))
    return _ROLE_NOTE.sub("", _DATE_BEFORE.sub("", DATE_BESIDE.sub("", p))).strip()


def route_from_text(text: str) -> list[str] | None:
    """A route when the whole text is a list of bodies, else None."""
    if not text or len(text) > 300 or "\n\n" in text.strip():
        return None
    parts = split_route(text.replace("\n", ", "))
    if parts and all(is_body_name(p) for p in parts):
        return parts
    return None


_COUNCIL = re.compile(r"byråd|kommunalbestyrelse|borgerrepræsentation|regionsråd|^(?:BY|KB|BR|RR)$", re.IGNORECASE)
_FINANCE = re.compile(r"økonomiudvalg|forretningsudvalg|magistrat|^(?:ØU|ØK|FU)$", re.IGNORECASE)


def body_rank(name: str | None) -> int:
    """Where a body stands in the usual sagsgang (fagudvalg -> Økonomiudvalget -> the council): 0, 1
    or 2. Orders treatments printed without a date among dated ones."""
    t = (name or "").strip()
    return 2 if _COUNCIL.search(t) else 1 if _FINANCE.search(t) else 0


def is_meeting_body(text: str) -> bool:
    """A body's name, also with its period of office as printed: 'Kommunalbestyrelsen 2022-25',
    '14-17 Byrådet', 'Hjørring Byråd 2014-2017'."""
    t = text.strip()
    bare = re.sub(r"^\d{2,4}\s*-\s*\d{2,4}\s+|\s+\(?\d{2,4}\s*-\s*\d{2,4}\)?$", "", t)
    return is_body_name(t) or bare != t and is_body_name(bare)
