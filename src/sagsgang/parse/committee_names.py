"""The name of the body that meets, read from a title or a label's value.

Why a module: a head prints the body's name with words around it (the document's kind, 'mødet i', the
municipality, a date or a place run on after it) and the label, column, title and fallback readers all need the
same cleaning (clean_committee) and the same choice among several bodies (longest_body)."""
from __future__ import annotations

import re

from .bodies import REGIONS, is_body_name, is_meeting_body
from .dashes import DASH_WORDS, SPACED_DASH, SPACED_DASHES
from .fact_labels import START_LABEL
from .page_lines import CONTENTS_WORDS

# "REFERAT Direktionen d. 18-03-2024", "Dagsorden Aarhus Byråd den 8. oktober 2025", "Referat 1. oktober 2025"
TITLE_LINE = re.compile(
    r"^(?P<kind>Referat|Dagsorden|Beslutningsprotokol|Protokol|Tillægsdagsorden)\b\s*(?:for|fra|til)?\s*(?:mødet\s+i\s+)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?P<label>Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Starttidspunkt|Mødestart|Mødested|Sted|Mødelokale|"
    r"Lokale|Mødedeltagere|Deltagere|Medlemmer|Til stede|Tilstede|Fraværende|Afbud fra|Afbud|Udvalg|"
    r"Møde(?:forum)?)\b\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "Referat til mødet i Kommunalbestyrelsen", "Kommunalbestyrelsen - Referat"
_COMMITTEE_NOISE = re.compile(
    r"^(?:(?:Åbent?\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\b\.?\s*(?:til|fra|for)?\s*)?(?:(?:til\s+)?mødet\s+i\s+)?"
    rf"|\s*[{SPACED_DASH}.]\s*(?:Åbent?\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\.?$",
    re.IGNORECASE,
)

# the kinds of meeting a head line names beside the body ('ordinært møde', 'ekstraordinært møde')
_MEETING_KINDS = r"ordinært|ekstraordinært|konstituerende"
# ('Temamøde for Byrådet', 'Dialogmøde i Økonomiudvalget': the kind of meeting before the body that holds it)
# (public: unlabelled_facts reads it too)
CONNECTOR = re.compile(rf"^(?:\s*(?:[{SPACED_DASH}.:,|]|(?:til|fra|for|af|over|(?:(?:{_MEETING_KINDS})\s+)?"
                       r"\w*møde(?:t)?\s+(?:i|for)|mødet|i)\b)\s*)*", re.IGNORECASE)
# 'Økonomiudvalget Møde 12.03.2024', 'Byrådet - ordinært møde nr. 3 den …': the kind of meeting after the body's name on
# the head line that dates it; without it the line named no body and its date went unread
MEETING_AFTER_BODY = re.compile(rf"(?:\s*[{SPACED_DASH},])?\s+(?:(?:{_MEETING_KINDS})\s+)?møde"
                                r"(?:\s+nr\.?\s*\d{1,3})?$", re.IGNORECASE)
# 'Referat fra Byrådets møde den …', 'Dagsorden til Kommunalbestyrelsens ekstraordinære møde': the body in the genitive
# (public: unlabelled_facts reads it too)
GENITIVE_MEETING = re.compile(r"^(?P<body>\S.{0,80}?)s\s+(?:(?:ordinære|ekstraordinære|konstituerende)\s+)?møde\b",
                              re.IGNORECASE)


def clean_committee(name: str) -> str:
    """'Tønder Kommune – Kommunalbestyrelsen' -> 'Kommunalbestyrelsen'; 'KOMMUNALBESTYRELSEN FOR NORDFYNS
    KOMMUNE' -> 'KOMMUNALBESTYRELSEN': the municipality is not part of the body's name here."""
    m = _COUNCIL_BEFORE.match(name)
    if m and is_body_name(m.group("rest")):
        name = m.group("rest")
    name = re.sub(r"\s+for\s+\S+\s+Kommune$", "", name, flags=re.IGNORECASE)
    # 'Udvalget for Klima og Miljø Tværby Kommune': nor is it after the body, where a title ran on into the letterhead
    # line below it; no body's name ends in a municipality ('X Kommune' is the council's town, not a body)
    m = _MUNICIPALITY_AFTER.match(name)
    if m and is_body_name(m.group("body")):
        name = m.group("body")
    name = _MEETING_NOUN_AFTER.sub("", name)
    # 'Organ: Økonomiudvalget', 'Politisk udvalg: …': a label the header reader does not know, before the body
    m = UNKNOWN_LABEL.match(name)
    if m and is_body_name(m.group("rest").strip(f" ,{SPACED_DASHES}.:")):
        name = m.group("rest")
    return name.strip(f" ,{SPACED_DASHES}.:")


# the municipality or the region a letterhead prints before the body ('Svendborg Kommune Udvalget for …', 'Region
# Syddanmark Regionsrådet', 'Bornholms Regionskommune Kommunalbestyrelsen'): the council's town or region, no part of
# the body's name (a region is named by one of its five names, as the municipality by its own); a dash, a point, a
# comma, a colon, a middle dot, a bar or a bullet may set the two apart ('Region Midtjylland · Regionsrådet')
_COUNCIL_BEFORE = re.compile(rf"^(?:.*?(?:\b|regions)Kommunes?|Region\s+(?:{'|'.join(REGIONS)}))"
                             rf"\s*[{SPACED_DASH}.,:·|•]?\s+(?P<rest>\S.*)$", re.IGNORECASE)
_MUNICIPALITY_AFTER = re.compile(r"^(?P<body>\S.*?)\s+[A-ZÆØÅ][\w-]*\s+(?i:kommunes?)$")
# 'Udvalget for Kultur og Fritid Mødet afholdes 9. juni …': a flattened cover runs the sentence that gives the meeting's
# time and place on after the body's name, and its subject ('Mødet', 'the meeting') is capitalised as a name's word
# is; no body's name ends in the bare noun (a body is a council, a committee or a board, never the meeting itself)
_MEETING_NOUN_AFTER = re.compile(r"\s+(?:Mødet|MØDET)$")
# (public: labelled_facts reads it too)
UNKNOWN_LABEL = re.compile(r"^[A-ZÆØÅ][\w.é]*(?:\s+[\w.é]+){0,2}\s*:\s+(?P<rest>\S.*)$")


_NAME_GLUE = {"for", "og", "i", "med", "til", "på", "af", "&", *DASH_WORDS}


# 'Udvalget for plan, udvikling og kultur (PUK) Ekstraordinært PUK': a committee named by its fields in
# lower case, up to its abbreviation or the next capitalised word
_UDVALG_FOR = re.compile(r"^(Udvalg(?:et)? for [a-zæøå][\w\-]*(?:,? (?:og |samt )?[a-zæøå][\w\-]*)*"
                         r"(?: \([A-ZÆØÅ]{2,8}\))?)(?=\s+[A-ZÆØÅ\d]|\s*$)")


# 'Udvalget for Teknik, Klima og Miljø', 'Udvalget for Børn, Unge og Familie': a committee named by its fields,
# capitalised, set off by commas up to the last one's 'og' (a name's commas, not a place's before the body)
_UDVALG_FOR_FIELDS = re.compile(r"^(Udvalg(?:et)? for [A-ZÆØÅ][\w\-]*(?:, [A-ZÆØÅa-zæøå][\w\-]*)+,? (?:og|samt) "
                                r"[A-ZÆØÅa-zæøå][\w\-]*(?: \([A-ZÆØÅ]{2,8}\))?)(?![\w-])")
_PERIOD = re.compile(r"\(\d{2,4}(?:\s*-\s*\d{2,4})?\)")


def _glue_in_small(text: str) -> str:
    """'UDVALGET FOR BØRN, UNGE OG FAMILIE' -> 'Udvalget for Børn, Unge og Familie' (as long): a name printed in
    capitals, read in the shape the committee patterns know, whose glue words are in small letters."""
    return re.sub(r"\b\w+\b", lambda w: w.group(0).lower() if w.group(0).lower() in _NAME_GLUE else w.group(0),
                  text.title())


# (public: fact_values, label_columns, labelled_facts and unlabelled_facts call it too)
def longest_body(text: str) -> str | None:
    """The longest run of leading words that names a body: 'Hjørring Byråd Borgmesterkontoret' -> 'Hjørring Byråd',
    'Byrådet Byrådet Vis medlemmer' -> 'Byrådet'. A name's words are capitalised or glue ('for', 'og'); the
    municipality before the body is not part of its name ('Dragør Kommune - Økonomiudvalget', as clean_committee)."""
    council = _COUNCIL_BEFORE.match(text)
    if council and (named := longest_body(council.group("rest"))):
        return named  # the letterhead's municipality or region before the body ('Svendborg Kommune Udvalget for …')
    probe = _glue_in_small(text) if text.isupper() else text
    probe = probe if len(probe) == len(text) else text  # (the same span in both)
    m = _UDVALG_FOR.match(probe) or _UDVALG_FOR_FIELDS.match(probe)
    if m:
        return text[: m.end(1)]
    words = text.split()
    ok = 0
    while ok < min(len(words), 9):
        w = words[ok]
        # a period of office in brackets is part of the name as printed ('Økonomiudvalget (2022-2025)')
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_GLUE or _PERIOD.fullmatch(w)) \
                or ok and w == words[ok - 1]:
            break
        ok += 1
    for n in range(ok, 0, -1):
        cand = " ".join(words[:n]).strip(f" ,{SPACED_DASHES}.:")
        if re.search(r"(?<!-),", clean_committee(cand)):
            continue  # 'Mødelokale 1, Rådhuset Økonomiudvalget': a place, then the body; a name's commas follow a dash
        if cand and is_meeting_body(cand) and not START_LABEL.fullmatch(cand):
            return _last_of_two_bodies(clean_committee(cand))
    return None


def _last_of_two_bodies(name: str) -> str:
    """'Kommunalbestyrelsen i Bornholm Børne- og Skoleudvalget' -> 'Børne- og Skoleudvalget': a title run over its
    lines names the council (the letterhead) and then the body that met; where the name splits into two whole
    bodies' names, the later one met. A name with glue between its words ('Udvalget for Børn og Unge') has no
    body's name before its last words, so it stays whole."""
    words = name.split()
    for n in range(1, len(words)):
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if _names_a_council(head) and is_meeting_body(tail) and words[n].lower() not in _NAME_GLUE \
                and not words[n - 1].endswith("-"):
            return tail
    return name


# 'Kommunalbestyrelsen i Bornholm', 'Byrådet i Aarhus': a body named with its municipality, as a letterhead prints it
_BODY_IN_PLACE = re.compile(r"(?P<body>\S+)\s+i\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?")


def _names_a_council(text: str) -> bool:
    """A body's name, or a body named with its municipality ('Kommunalbestyrelsen i Bornholm')."""
    bm = _BODY_IN_PLACE.fullmatch(text)
    return is_meeting_body(text) or bool(bm and is_meeting_body(bm.group("body")))


# 'Indholdsfortegnelse Økonomiudvalget den 18. august 2014': a contents page's heading before the body its head names
_CONTENTS_LEAD = re.compile(rf"^(?:{CONTENTS_WORDS})\s+(?=[A-ZÆØÅ])")


# (public: unlabelled_facts calls it)
def body_of_line(text: str) -> str | None:
    """The body a head line names ('§ 17, stk. 4 Udvalget for …', 'Byrådet -'), or None; a decision heading's
    line ('Beslutning Byrådet den …') names the decider, not the meeting."""
    if _DECISION_LEAD.match(text):
        return None
    # ('§ 17, stk. 4 Udvalget for …': the paragraph before a body's own name; '§ 17, stk. 4-udvalget vedr. …' is
    # the name itself)
    candidate = re.sub(r"^(?:§\s*17,?\s*stk\.?\s*4,?\s*)(?=[A-ZÆØÅ])", "", text.strip(f" ,{SPACED_DASHES}")).strip()
    candidate = clean_committee(_COMMITTEE_NOISE.sub("", candidate).strip(f" ,{SPACED_DASHES}."))
    candidate = _CONTENTS_LEAD.sub("", candidate, count=1)  # a contents page's running head names the body after it
    # 'Ordinært møde i Økonomiudvalget', 'Økonomiudvalgets møde': the body that met, without the words of the meeting
    candidate = re.sub(r"\s+(?:den|d\.)$", "", CONNECTOR.sub("", candidate))
    gm = GENITIVE_MEETING.match(candidate)
    if gm and is_meeting_body(gm.group("body")) and not candidate[gm.end():].strip():
        candidate = gm.group("body")
    else:
        candidate = MEETING_AFTER_BODY.sub("", candidate)
    return candidate if candidate and is_meeting_body(candidate) and not _LABEL.fullmatch(candidate) else None


_DECISION_LEAD = re.compile(r"(?i:beslutning|indstilling|afgørelse)\b")


def as_printed_plainly(name: str, text: str) -> str:
    """The body's name as the page also prints it in ordinary letters, where the head set it in capitals
    ('KOMMUNALBESTYRELSEN FOR X KOMMUNE' above, 'Kommunalbestyrelsen 26. februar 2009 Side: 2' in the pages'
    heads): the same name, and the form its text and its decisions use; capitals alone stay as printed
    ('ØKONOMIUDVALG'), and a name in small letters inside a sentence ('… til byrådet') is no such form."""
    if not name.isupper():
        return name
    # (no small letter on either side, so no part of a longer word; a capital may stand glued before it, where a
    # heading in capitals ran into its value: 'SAGEN AFGØRES IByrådet.')
    for m in re.finditer(rf"(?<!(?-i:[a-zæøå])){re.escape(name)}(?!(?-i:[a-zæøå]))", text, re.IGNORECASE):
        found = m.group(0)
        if found[0].isupper() and not found.isupper():
            return found
    return name
