"""Section headings of agenda items, as municipalities print them.

A line counts as a heading when, as a whole, it is one of the known headings below (optionally
followed by ':'). A lexicon rather than 'any short line': items are full of short lines
("Den videre proces", "Fælles om kvalitet, herunder:") that are sub-headings of the body, which
the contract does not count as sections.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from .area_names import is_area_name
from .bodies import ROLE_WORD, is_body_name, is_printed_body, route_from_text, split_route, without_dates
from .dashes import DASH_BEFORE_DATE, SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, WEEKDAY

# A heading whose head noun is bilag, however the publisher words it: 'Bilag', 'Bilagsliste',
# 'Vedhæftede bilag' (any inflected adjective before it), 'Oversigt over bilag', 'Bilag til punktet'.
_BILAG_WORDS = (r"(?:[a-zæøå]{3,}[dgnt]e\s+)?bilag(?:s?liste|s?fortegnelse)?(?:\s+til\s+(?:punktet|sagen|\w*punktet))?"
                r"|(?:oversigt|liste|fortegnelse)\s+over\s+(?:[a-zæøå]{3,}[dgnt]e\s+)?bilag(?:ene)?")
# The proposal headed by who makes it and the verb ('Forvaltningen indstiller', 'Direktøren indstiller', 'Social- og
# Sundhedsforvaltningen indstiller'), or by a department named by its fields ('Kultur og Borgerservice indstiller'),
# as some councils head the part others call 'Indstilling': the administration's own nouns (as 'Indstilling fra …'
# below), or two plain words joined by 'og' that name no committee or council (a body's 'Økonomiudvalget indstiller,
# at …' is a decision's text). A heading only as the whole line or phrase: the sentence that opens a proposal with
# the same words goes on (', at …', 'at …', 'derfor …'), so it is neither a whole line nor a phrase before a capital;
# right under a proposal heading it is that sentence (item_body, PROPOSER_HEADING)
_ADMINISTRATION = r"(?:[a-zæøå]+- og )?(?:[a-zæøå-]*forvaltningen|administrationen|[a-zæøå-]*direktionen" \
                  r"|[a-zæøå-]*direktøren|[a-zæøå-]*sekretariatet)"
_NO_BODY = r"(?![a-zæøå]*(?:udvalg|råd|bestyrelse))[a-zæøå]{3,}"  # a plain word, no committee's or council's name
_PROPOSER_VERB = rf"(?:{_ADMINISTRATION}|{_NO_BODY} og {_NO_BODY}) indstiller"
_HEADINGS = [
    r"sagsfremstilling(?: og økonomi)?",
    # the account qualified by how it stands to the first one ('Kort sagsfremstilling', 'Revideret sagsfremstilling')
    r"(?:supplerende|uddybende|kort|ny|revideret|opdateret) sagsfremstilling(?: den \d.{5,25})?",
    r"fremstilling",  # FirstAgenda's own word for it (the Greve publications print it on almost every item)
    r"resum[eé](?: og sagens baggrund)?", r"sagens (?:baggrund|kerne|indhold|forløb)", r"baggrund",
    r"sagen", r"sagsbeskrivelse", r"beslutningstema", r"formål", r"indledning", r"problemstilling",
    r"indstilling(?:er)?", r"(?:forvaltningens|administrationens|direktionens|direktørens) indstilling(?:er)?",
    # the same proposal headed by who makes it, as other councils word it ('Indstilling fra direktøren', 'Indstilling
    # fra Kommunaldirektøren'): the administration's own nouns, those the genitive form above names
    r"indstilling fra (?:[a-zæøå-]*direktøren|[a-zæøå-]*direktionen|[a-zæøå-]*forvaltningen|administrationen)",
    # the case's account, as 'Sagsfremstilling' / 'Sagsbeskrivelse' elsewhere: a heading only as the whole line or
    # phrase ('Redegørelse for …' opens a title or a sentence, and goes on in small letters)
    r"redegørelse",
    r"tillægsindstilling", r"beslutningspunkter", r"behandling", r"politisk behandling",
    r"økonomi", r"økonomiske? (?:konsekvenser|forhold|vurdering|overvejelser)", r"økonomi og finansiering",
    r"bevilling", r"bevillingsmæssige konsekvenser", r"bevillingsoversigt", r"finansiering",
    r"retsgrundlag", r"lovgrundlag(?: og praksis)?", r"lovgivning", r"juridiske forhold",
    r"kompetence", r"beslutningskompetence", r"kompetenceforhold", r"kompetenceplacering",
    r"kommunikation", r"kommunikationsplan", r"høring", r"høringer", r"videre proces", r"tidsplan",
    r"proces", r"sagsforløb", r"(?:forventet )?sagsgang(?: og sagstype)?", r"bilag",
    r"bilagsliste", r"bilagsfortegnelse", r"vedlagte bilag", r"beslutning(?:er)?", _BILAG_WORDS,
    r"(?:beslutning|afgørelse)\s*/\s*(?:beslutning|afgørelse)",  # 'Beslutning/Afgørelse' (PLAIN_DECISION)
    r"indstilling og beslutning", r"afgørelse", rf"(?:beslutning|afgørelse)\s*[{SPACED_DASH}]",  # 'Beslutning –'
    r"beskrivelse(?: af sagen)?", r"sagens opståen", r"sagsresum[eé]",
    r"(?:beskrivelse af )?alternativ indstilling", r"øvrige konsekvenser", r"sagshistorik(?:, henvisninger)?",
    r"(?:punktet|sagen) (?:er )?behandlet tidligere", r"[a-zæøå]{4,}konsekvenser",  # 'Handicapkonsekvenser'
    r"anledning", r"bemærkninger", r"supplerende bemærkninger", r"høringssvar", r"sagsbehandling",
    r"sammenhæng (?:til|med) .+", r"fn'?\W?s verdensmål.*", r".+ påtegning", r"påtegning",
    r"personalemæssige konsekvenser", r"(?:miljø|klima)[\w\s,-]*konsekvenser", r"vurdering",
    r"(?:forvaltningens|administrationens) vurdering", r"konsekvenser", r"udtalelser?",
    r"supplerende oplysninger", r"historik", r"tidligere beslutning(?:er)?", r"opfølgning",
    r"(?:forvaltningens|administrationens) bemærkninger", r"risikovurdering", r"bæredygtighed",
    r"handlemuligheder", r"alternativer", r"konklusion", r"lovgrundlag", r"ressourcer", r"hvem beslutter\??",
    r"bemærkninger til dagsordenen", r"effektvurdering", r"(?:retligt|juridisk) grundlag", r"sagens formål",
    r"administrativ indstilling", r"udtalelser? og høring", rf"lovgrundlag(?: og juridisk vurdering"
                                                            rf"| [{SPACED_DASH}] link)",
    r"(?:beskrivelse af )?alternativ indstilling", r"beskrivelse af alternativ indstilling",
    r"indhold", r"sagen afgøres (?:i|af)", r"punkttype",
    r"sagsprocedure", r"beslutningsproces", r"beslutningsvej", r"videre behandling", r"politisk proces",
    r"(?:sagen )?behandles i", r"behandlingsforløb", r"forventet (?:politisk )?behandling",
    r"politisk behandlingsforløb", r"tidsplan for (?:den )?politiske? behandling",
    # by their head noun, however the publisher words the rest: '<Administrative|Sundhedsmæssige> konsekvenser',
    # 'Konsekvenser for borgerne', '<Ældrerådets> bemærkninger', '<Miljø>vurdering', '<Handicappolitisk>
    # vurdering', '<Retlige|Plan>forhold'
    r"[a-zæøå-]{4,}(?:e|ske) konsekvenser", r"konsekvenser for [a-zæøå ]{3,40}",
    # several kinds of consequence under one heading ('Administrative, miljømæssige og sundhedsmæssige konsekvenser')
    r"[a-zæøå-]{4,}(?:e|ske)(?:, [a-zæøå-]{4,}(?:e|ske))+,? (?:og|samt) [a-zæøå-]{4,}(?:e|ske) konsekvenser",
    r"[\w-]{3,40}s bemærkninger",
    r"[a-zæøå-]{3,}vurdering", r"[a-zæøå-]{3,}(?:isk|ig|lig) vurdering", r"[a-zæøå-]{3,}(?:e|ske) forhold",
    r"[a-zæøå]{3,}forhold",
    r"kort resum[eé]", r"sammenfatning", r"evaluering", r"lovhjemmel", r"tidligere behandling(?:er)?",
    r"(?:borger)?inddragelse", r"organisering", r"målgruppe",
    # more of the words any Danish case presentation heads its parts with (the administration's recommendation, the
    # case's earlier political treatment, how it fits the council's strategy, how it is carried out, its risks, a
    # summary, the legal and planning basis): no council's own word, each the whole line or phrase only
    r"(?:forvaltningens|administrationens|direktionens) anbefaling(?:er)?",
    r"(?:sagens )?tidligere politisk behandling(?:er)?", r"sagens tidligere behandling(?:er)?",
    r"(?:strategisk|politisk) sammenhæng", r"implementering", r"løsningsmuligheder", r"risici", r"sammendrag",
    r"hjemmel", r"plangrundlag", r"økonomisk konsekvens",
    # what is put to the vote, and what comes after the decision, in the plain words for them ('Forslag til
    # beslutning', 'Det videre forløb', 'Forventet sagsforløb', 'Næste skridt', 'Høringsperiode')
    r"(?:forslag|indstilling) til beslutning", r"(?:det )?videre forløb", r"forventet (?:sags)?forløb",
    r"næste skridt", r"høringsperiode", r"tillægsoplysninger",
    # whose proposal, recommendation or assessment it is, in the genitive ('Kommunaldirektørens indstilling',
    # 'Centerchefens anbefaling', 'Sekretariatets vurdering'): the head noun makes the heading, whoever the genitive
    # names, as '… bemærkninger' above
    r"[\w-]{3,40}s (?:indstilling(?:er)?|anbefaling(?:er)?|vurdering)",
    _PROPOSER_VERB,
]
PROPOSER_HEADING = re.compile(rf"^{_PROPOSER_VERB}\s*:?$", re.IGNORECASE)

# (a pattern's groups, spelled out by _spelled)
_GROUP = re.compile(r"\(\?:([^()]*)\)(\?)?")


def _spelled(pattern: str, depth: int = 3) -> list[str]:
    """A heading's pattern spelled out in each of its choices ('(?:retligt|juridisk) grundlag' -> 'retligt grundlag',
    'juridisk grundlag'; an optional group with and without it), a few groups deep."""
    m = _GROUP.search(pattern)
    if m is None or depth == 0:
        return _letters_spelled(pattern)
    choices = m.group(1).split("|") + ([""] if m.group(2) else [])
    return [s for c in choices for s in _spelled(pattern[: m.start()] + c + pattern[m.end():], depth - 1)]


# a choice of single letters ('resum[eé]') or one optional letter ('økonomiske? …'): spelled out too, so 'Resumé og
# indstilling' joins as 'Resume og …' does
_LETTERS = re.compile(r"\[([a-zæøåé]+)\]|([a-zæøå])\?")


def _letters_spelled(pattern: str) -> list[str]:
    """`pattern` with each choice of single letters spelled out in each of its letters (an optional one with and
    without it)."""
    m = _LETTERS.search(pattern)
    if m is None:
        return [pattern]
    choices = list(m.group(1)) if m.group(1) else [m.group(2), ""]
    return [s for c in choices for s in _letters_spelled(pattern[: m.start()] + c + pattern[m.end():])]


# Two headings joined by 'og' under one heading ('Høring og inddragelse', 'Baggrund og formål', 'Tidsplan og proces',
# 'Økonomi og bevilling'): a publisher merges two of the parts every case presentation has and names the part by
# both; Danish joins any two so, whichever two a council picks, so the pair is built from the spelled-out headings
# (not from the patterns, whose open tails would run on past the 'og') rather than listed pair by pair
# (joined by 'og' or by a slash: 'Økonomi/finansiering', 'Høring / inddragelse', as a table's cell prints the pair)
_SINGLE = sorted({v for h in _HEADINGS for v in _spelled(h) if re.fullmatch(r"[a-zæøåé' ]+", v)}, key=len, reverse=True)
_JOINED = rf"(?:{'|'.join(_SINGLE)})(?: og |\s?/\s?)(?:{'|'.join(_SINGLE)})"
HEADING = re.compile(r"^(?:" + "|".join([*_HEADINGS, _JOINED]) + r")\s*:?$", re.IGNORECASE)
# the lexicon's headings spelled out in plain words, each capitalised as a heading opens and in capitals, longest
# first: for readers that must find a heading inside a run of text by one pattern (title_tidy.BODY_CUE); not the
# bilag words (a list's label), nor the words that also open sentences ('Sagen', 'Behandling', …)
# (the headings that also begin ordinary sentences, 'Sagen …', 'Behandling af …': one list for every reader that
# finds a heading run into its text, run_in_headings and entry_heads too)
SENTENCE_STARTS = frozenset({"Sagen", "Behandling", "Indhold", "Anledning", "Proces", "Formål"})
HEADING_WORDS = "|".join(w for v in _SINGLE if v.capitalize() not in SENTENCE_STARTS and "bilag" not in v
                         for w in (v[:1].upper() + v[1:], v.upper()))
# "Beslutning i Arbejdsmarkedsudvalget den 17-08-2022", "Beslutning i Byrådet den 25. juni 2018:"
# "Beslutning Byrådet den 03-09-2019", "BESLUTNING: Kommunalbestyrelsen den 25-02-2016",
# "BESLUTNING I BYRÅDET den 14-12-2017", "BESLUTNING I BYRÅDET DEN 14-12-2017". Without 'i/fra/af' the
# date is required, so that a title such as "Beslutning om mødeplan for 2026" is not taken for a
# decision heading.
# (the decision nouns, any case: every decision heading below starts with one, and item_body's two-column row)
DECISION_WORD = r"(?i:Beslutning(?:er)?|Afgørelse)"
# the meeting a heading that prints only its date names as its own ('Beslutning fra mødet 12.03.2024', 'Beslutning på
# mødet den 12. marts 2024'): the meeting's body decided
OWN_MEETING = r"(?i:(?:fra|på)\s+mødet\s+)"
# the word a heading's date follows its body with, maybe behind a comma and the weekday ('Beslutning i
# Økonomiudvalget, tirsdag den 12. marts 2024'): neither the comma nor the weekday is part of the body's name
_ON = rf"(?:,?\s+{WEEKDAY.pattern})?,?\s+(?i:den|d\.)"
DECISION_HEADING = re.compile(
    # 'Beslutning den 12. marts 2024', 'Beslutning (12.03.2024):', 'Beslutning fra mødet 12.03.2024': the meeting's body
    # (or after a spaced dash, where another page prints a colon: 'Beslutning – 12.03.2024'); first, so that in capitals
    # ('BESLUTNING FRA MØDET DEN 12. MARTS 2024') the meeting is not read as a body by its capital
    rf"^{DECISION_WORD}\s*(?:\(|\s[{SPACED_DASH}]\s+(?:(?i:den|d\.)\s+)?|(?:{OWN_MEETING})?(?:(?i:den|d\.)\s+)?)"
    rf"(?P<date4>{DATE_ANY.pattern})\)?\s*:?$"
    # ('Beslutning truffet af Økonomiudvalget': who made it, the participle before 'af')
    rf"|^{DECISION_WORD}(?:\s+(?i:truffet\s+af|i|fra|af)\s+|\s*:\s*)(?P<body>[A-ZÆØÅ§].*?)"
    # (or its date in brackets, as 'Beslutning (12.03.2024)' prints it: 'Beslutning i Økonomiudvalget (12.03.2024)')
    rf"(?:{_ON}\s+(?P<date>.+?)|\s*\((?P<date7>{DATE_ANY.pattern})\))?\s*:?$"
    rf"|^{DECISION_WORD}\s+(?P<body2>[A-ZÆØÅ].*?){_ON}\s+(?P<date2>\d.+?)\s*:?$"
    # 'Beslutning Teknik- og Miljøudvalget 12-03-2024' (a table's cells run together): a body by its name
    # 'Beslutning - Teknik- og Miljøudvalget - 12.03.2024', 'Beslutning (Teknik- og Miljøudvalget den 12.03.2024)'
    # (or after a comma, a table's cells joined so: 'Beslutning, Økonomiudvalget den 12.03.2024')
    rf"|^{DECISION_WORD}(?:\s+|\s*[{SPACED_DASH}(,]\s*)(?P<body3>[A-ZÆØÅ].*?)(?:\s+|\s*[{SPACED_DASH},]\s*)(?:(?i:den|d\.)\s+)?"
    rf"(?P<date3>{DATE_ANY.pattern})\)?\s*:?$"
    # 'Behandling i Økonomiudvalget den 12. marts 2024': a treatment by a body on a date, the other noun some councils
    # head the outcome with; only with 'i', a body and a whole date (_body_and_date), so the bare 'Behandling' (a
    # route's label on some pages) and 'Behandling af …' (a title) stay what they were; the participle so too
    # ('Behandlet i Økonomiudvalget den 12. marts 2024', its body no longer read with it, bodies._INSIDE_BODY)
    # 'Beslutning – Økonomiudvalget', 'Beslutning – Økonomiudvalget den 12. marts 2024': the body after a spaced dash
    # where another page prints a colon; only a body's name (_body_and_date), since an outcome follows such a dash too
    rf"|^{DECISION_WORD}\s+[{SPACED_DASH}]\s+(?P<body6>[A-ZÆØÅ].*?)(?:{_ON}\s+(?P<date6>\d.+?))?\s*:?$"
    # the body and date first, the decision's noun after a spaced dash ('Økonomiudvalget den 12.03.2024 - Beslutning',
    # 'Møde i Økonomiudvalget den 12. marts 2024 – Beslutning'): the same heading with its cells in the other order;
    # only a body's name (_body_and_date) and a whole date before the dash and the bare noun after it
    rf"|^(?P<body8>[A-ZÆØÅ][^:]*?)(?:{_ON}|,)?\s+(?P<date8>{DATE_ANY.pattern})\s+[{SPACED_DASH}]\s+"
    rf"(?P<noun8>{DECISION_WORD})\s*:?$"
    rf"|^(?i:Behandl(?:ing|et))\s+(?i:i)\s+(?P<body5>[A-ZÆØÅ].*?)(?:{_ON})?\s+(?P<date5>{DATE_ANY.pattern})\s*:?$"
    # 'Beslutning Økonomiudvalget', 'Beslutning ØU:': the body's cell run onto the heading's with no date printed; only
    # where all of it is a body's name (_body_and_date), so a title ('Beslutning om mødeplan for 2026') stays one
    rf"|^{DECISION_WORD}\s+(?P<body9>[A-ZÆØÅ][^:]{{1,80}}?)\s*:?$"
)
# "Forretningsudvalgets beslutning den 3. maj 2021:", "BYRÅDETS BESLUTNING": the body in the genitive.
GENITIVE_DECISION = re.compile(
    # ('Udvalgets behandling', 'Økonomiudvalgets behandling': the treatment named as the body's, as some councils head
    # the outcome; a body's name must come first (_genitive), so 'Sagens behandling', a route's label, is none)
    # (the genitive's 's' maybe behind an apostrophe, as English sets it: 'Økonomiudvalget's beslutning')
    # (a body of initials too: "ØU's beslutning den 12.03.2024")
    rf"^(?P<body>[A-ZÆØÅ][\w{SPACED_DASH},. ]{{1,80}}?)['’]?[sS]\s+(?P<noun>(?i:beslutning|afgørelse|behandling))"
    # the date after 'den', or a whole date without it ('Økonomiudvalgets beslutning 12. marts 2024'); or 'den' with
    # its date lost ('Økonomiudvalgets beslutning den', a PDF's date field its text layer left out), as DECISION_HEADING
    # reads 'Beslutning i Økonomiudvalget den': the heading is whole without it, so the meeting's date is the one
    rf"(?:{_ON}(?:\s+(?P<date>\d.*?))?|\s+(?P<bare>{DATE_ANY.pattern}))?\s*:?$")


def _genitive(line: str) -> tuple[str, str | None] | None:
    """(base name, printed date) of a genitive decision heading; the base is the body's name
    ('Forretningsudvalgets' -> 'Forretningsudvalget'), so it must be one."""
    m = GENITIVE_DECISION.match(line)
    if not m:
        return None
    body = m.group("body").strip()
    if m.group("noun").lower() == "behandling" and m.group("date") and not DATE_ANY.fullmatch(m.group("date").strip()):
        # 'Økonomiudvalgets behandling den 27. marts 2023 er der …': a sentence's line that tells of a treatment
        # goes on after the date; as a heading over an outcome the noun takes a whole date and nothing more
        return None
    if _SENTENCE_IN_NAME.search(body):
        return None
    name = body if not body.isupper() else body.capitalize()  # 'SAGENS BESLUTNING' names no body
    # (initials read as printed, 'ØU', which capitalised would spell no body)
    return (body, m.group("date") or m.group("bare")) \
        if is_body_name(_TERM.sub("", name)) or is_printed_body(body) else None


# a sentence's end inside what would be the body's name ('Ingen bilag. Udvalgets beslutning', a flattened page's
# words before the heading): a word of four small letters or more, its full stop and a capital. No body's name holds
# a sentence's end (an abbreviation's stop is after a short word or a capital: 'Udv.', 'Tekn.'), so the words are
# the text before a heading, not its body
_SENTENCE_IN_NAME = re.compile(r"[a-zæøå]{4,}\.\s+[A-ZÆØÅ]")


# a body's name with the term of office it was elected for, bare after it ('Byråd 2022-2025s beslutning den …'):
# a system that keeps one committee per term names it so and puts the genitive after the years. Two four-digit
# years joined by a dash right before the genitive's 's' of a decision heading: no word of prose ends there. Only
# here (the heading's own shape), so a body's name elsewhere is read as before.
_TERM = re.compile(rf"\s+(?:19|20)\d{{2}}\s*[{SPACED_DASH}]\s*(?:19|20)\d{{2}}$")


OUTCOME_WORDS = (r"(?:Anbefales|Anbefalet|Anbefalede|Indstilles|Godkendt|Godkendes|Tiltrådt|Tiltrædes|Vedtaget"
                  r"|Vedtages|Taget til efterretning|Tages til efterretning|Oversendes|Oversendt|Udsat|Udsættes"
                  r"|Forkastet|Ikke godkendt|Afvist|Afvises|Anbefaler)")
# an outcome printed alone as an item's whole text: 'Godkendt.', 'Taget til efterretning.', 'Anbefales med …'
BARE_OUTCOME = re.compile(rf"^{OUTCOME_WORDS}(?:\s+(?!af\b)[^.]{{1,150}})?\.$")


# "Beslutning." with a full stop is the value of a "Punkttype" label, not a heading; "Protokol" on top
# of a document names its kind (beslutningsprotokol).
# Both nouns joined by a slash ('Beslutning/Afgørelse'): a page whose items are decided or ruled on heads either so;
# only the two decision nouns, so 'Indstilling/beslutning' (a proposal's heading too) is not read as one
# ('Beslutning –', 'BESLUTNING -': a dash after the word, as some print a heading, in place of the colon)
PLAIN_DECISION = re.compile(rf"^{DECISION_WORD}(?:\s*/\s*(?:Beslutning|Afgørelse))?\s*(?::|[{SPACED_DASH}])?$",
                            re.IGNORECASE)
HISTORY_HEADING = re.compile(
    r"^(?:Sagsforløb|Sagens forløb|Tidligere beslutning(?:er)?|Tidligere behandling(?:er)?"
    r"|(?:Punktet|Sagen) (?:er )?behandlet tidligere)\s*:?$", re.IGNORECASE)  # (SBSYS: 'PUNKTET BEHANDLET TIDLIGERE')
ATTACHMENT_HEADING = re.compile(rf"^(?:{_BILAG_WORDS})\s*:?$", re.IGNORECASE)
BILAG_WORDS = _BILAG_WORDS  # (its words, for the readers that find the heading run into a flattened text)
# 'Bilag: Udkast til planen': the label with its one bilag on the same line (no section: a field label)
ATTACHMENT_FIELD = re.compile(rf"^(?:{_BILAG_WORDS})\s*:\s*(?P<title>\S.{{0,150}})$", re.IGNORECASE)
# what a PDF's contents list prints after its items, unnumbered: the bilag list and the signature page
BACK_MATTER_NAMES = (r"(?:Samlet\s+)?(?:Bilagsliste|Bilagsoversigt|Underskriftsblad|Underskriftsside|"
                     r"Underskriftsark|Underskrifter)")
# 'Bilag 1: Notat om budget': one link of a bilag list, printed as a line of its own
ATTACHMENT_LINK = re.compile(r"^Bilag\s+\d{1,3}\s*[:.]\s+\S.{0,150}$")
# one attached file's name as a site links it: 'Notat_om_busbetjening.pdf', 'Elevtal 2007.XLS'
FILE_EXTENSION = r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|msg)"
ATTACHED_FILE = re.compile(r"\S.{0,150}?" + FILE_EXTENSION + r"(?=\s|$)", re.IGNORECASE)
FILE_AT_END = re.compile(FILE_EXTENSION + r"\s*$", re.IGNORECASE)  # a line that may hold file names only
ROUTE_HEADING = re.compile(r"^(?:Forventet )?Sagsgang(?: og sagstype)?\s*:?$", re.IGNORECASE)
_INLINE_ROUTE = re.compile(r"^(?:Forventet )?Sagsgang\s*:\s*(?P<route>\S.*)$", re.IGNORECASE)
# the path named by other nouns ('Sagens behandling', 'Behandlingsrækkefølge', 'Politisk forløb', 'Udvalgsbehandling',
# 'Behandlingsplan'): a route only where the value is bodies and nothing else; with or without a colon (_BARE_ROUTE)
_ROUTE_NOUNS = r"Sagens behandling|Behandlingsrækkefølge|Politisk forløb|Udvalgsbehandling|Behandlingsplan"
# Labels whose value, when it is a list of bodies and nothing else, is the route the case takes
# ('Hvem beslutter: Byrådet', 'Videre behandling / Økonomiudvalget, Byrådet', 'Videre sagsgang: ØU, BY', 'Proces' /
# 'Økonomiudvalget og Byrådet': the value's being bodies only is the evidence, the label one of many words for it).
# Not the deciding body alone ('Sagen afgøres i', 'Beslutningskompetence': the annotation keeps those out of
# routes), and 'Sagsforløb' only as a label with its value on the line: alone it heads the history of decisions.
_ROUTE_WORDS = (r"(?:Forventet |Videre |Politisk |Kommende )?Sagsgang(?: og sagstype)?|Sagens gang|Sagsprocedure"
                r"|(?:Videre )?[Pp]roces|Beslutningsproces|Beslutningsvej"
                r"|Hvem beslutter\??|Politisk behandling|Politisk proces|(?:Sagens )?[Vv]idere (?:behandling|forløb)"
                r"|(?:Sagen )?[Bb]ehandles (?:i|af)|Til behandling i|Behandlingsforløb"
                r"|Forventet (?:politisk )?behandling"
                rf"|{_ROUTE_NOUNS}"
                r"|Politisk behandlingsforløb|Tidsplan for (?:den )?politiske? behandling"
                # a route's word coordinated with another heading's ('Tidsplan og sagsgang', 'Proces og videre forløb')
                r"|[A-ZÆØÅ][a-zæøå]{3,} og (?:sagsgang|videre (?:forløb|behandling)|politisk behandling)")
ROUTE_LABEL = re.compile(rf"^(?:{_ROUTE_WORDS})\s*:?$", re.IGNORECASE)
_INLINE_COURSE = re.compile(rf"^(?:{_ROUTE_WORDS}|Sagsforløb)\s*:\s*(?P<route>\S.{{0,120}})$", re.IGNORECASE)


# The headings spelled out (no pattern), for recognising one cut off by the end of an excerpt.
PLAIN_HEADINGS = tuple(h for h in _HEADINGS if re.fullmatch(r"[\wæøåé' ]+", h))
# and those spelled out but for an optional tail or a letter's accent ('sagsfremstilling(?: og økonomi)?',
# 'resum[eé]'): their plain start, so 'Sagsfrems' is known as cut too
_PLAIN = PLAIN_HEADINGS + tuple(dict.fromkeys(
    b for h in _HEADINGS for v in _spelled(h) for b in [" ".join(v.replace("[eé]", "e").split())]
    if b not in PLAIN_HEADINGS and re.fullmatch(r"[\wæøåé' ]+", b)))


def is_cut_heading(line: str) -> bool:
    """'Sagsfrems' as the last line of a cut-off excerpt: the start (5+ letters) of a known heading."""
    s = line.strip().lower()
    return len(s) >= 5 and not is_heading(line) and any(h.startswith(s) and h != s for h in _PLAIN)


# The labels the page being read shows to be its own headings (page_headings.page_labels), while it is read:
# an unseen publisher's headings, known from the page's structure rather than from the lexicon.
_PAGE_LABELS: ContextVar[frozenset[str]] = ContextVar("page_labels", default=frozenset())


@contextmanager
def page_labels_known(labels: frozenset[str]) -> Iterator[None]:
    """Within the block, `labels` (without a trailing ':') count as headings as the lexicon's do: the item
    starts, sections and decision ends of the page are read with them."""
    token = _PAGE_LABELS.set(labels)
    try:
        yield
    finally:
        _PAGE_LABELS.reset(token)


def page_labels_in_force() -> frozenset[str]:
    """The labels page_labels_known holds for the page being read (empty outside it): part of the key of any
    cached reading that asks is_heading, so a reading made under one page's labels never answers for another's."""
    return _PAGE_LABELS.get()


def is_heading(line: str) -> bool:
    """True when the whole line is a section heading (a decision heading counts): a lexicon heading, or a
    label the page being read shows to be one of its headings (page_labels_known)."""
    labels = _PAGE_LABELS.get()
    return is_lexicon_heading(line) or bool(labels) and line.strip().rstrip(":").rstrip() in labels


@lru_cache(maxsize=1 << 16)
def is_lexicon_heading(line: str) -> bool:
    """True when the whole line is one of the lexicon's section headings (a decision heading counts).

    Memoised: line repair asks for every line twice (as the end of one pair and the start of the
    next) and the item parser asks again."""
    s = line.strip()
    if not s or len(s) > 120:
        return False
    return bool(HEADING.match(s) or ROUTE_LABEL.match(s) or decision_body_date(s))


def heading_name(line: str) -> str:
    """The section name as the contract records it: 'Beslutning i X den D' -> 'Beslutning'."""
    s = line.strip()
    m = DECISION_HEADING.match(s)
    if m and not HEADING.match(s):
        # as the plain heading it counts as, in capitals too ('BESLUTNING I BYRÅDET den 14-12-2017' -> 'Beslutning')
        word = m.group("noun8") or s.split()[0].rstrip(":,")  # ('Beslutning, Økonomiudvalget, 12.03.2024')
        return word.capitalize() if word.isupper() else word
    if _genitive(s) and not HEADING.match(s) and not s.rstrip(":").lower().endswith("behandling"):
        return "Beslutning"
    if PLAIN_DECISION.match(s):
        return s.rstrip(f": {SPACED_DASHES}")  # 'Beslutning –' -> 'Beslutning'
    return s.rstrip(":").strip()


def decision_body_date(line: str) -> tuple[str, str | None] | None:
    """(body, printed date or None) of a decision heading line, or None; the body is "" when the heading
    prints a date only, or names the body by its kind alone ('Udvalgets beslutning'): the meeting's body
    decided."""
    found = _body_and_date(line)
    if found and found[0].casefold() in _THE_COMMITTEE:
        return "", found[1]
    return found


_THE_COMMITTEE = frozenset({"udvalget", "udvalg"})  # the meeting's own committee, by its kind


def _body_and_date(line: str) -> tuple[str, str | None] | None:
    m = DECISION_HEADING.match(line.strip())
    if not m:
        return _genitive(line.strip())
    if m.group("body2"):
        return m.group("body2"), m.group("date2")
    if m.group("date4"):
        return "", m.group("date4")
    if m.group("body6"):
        return (m.group("body6"), m.group("date6")) if is_body_name(m.group("body6")) else None
    if m.group("body5"):
        return (m.group("body5"), m.group("date5")) if is_body_name(m.group("body5")) else None
    if m.group("body9"):
        return (m.group("body9"), None) if is_printed_body(m.group("body9")) else None
    # (with the decision's noun and a whole date around it, a committee named by its fields alone is the body:
    # 'Beslutning Teknik og Miljø, 12.03.2024', area_names)
    if m.group("body8"):
        body = _MEETING_OF.sub("", m.group("body8"))
        return (body, m.group("date8")) if is_body_name(body) or is_area_name(body) else None
    if m.group("body3"):
        body = m.group("body3")
        return (body, m.group("date3")) if is_body_name(body) or is_area_name(body) else None
    if m.group("date7"):
        return m.group("body"), m.group("date7")
    # 'Beslutning i Erhvervsudvalget den': the date left blank, the body without the word that led to it
    return _BLANK_DATE.sub("", m.group("body")) if not m.group("date") else m.group("body"), m.group("date")


_BLANK_DATE = re.compile(rf"{_ON}$")
# 'Møde i Økonomiudvalget den …': the meeting named before its body, no part of the body's name
_MEETING_OF = re.compile(r"^(?i:møde\s+i)\s+")


def inline_decision(line: str) -> tuple[str, str] | None:
    """'Beslutning: Godkendt.' -> ('Beslutning', 'Godkendt.'); 'Beslutning i Byrådet den 12-04-2023: Godkendt.'
    -> the heading and its outcome: a decision heading with the decision run onto its line. Not when what
    follows the colon is the deciding body, with or without its date."""
    s = line.strip()
    if dated_heading(s.rstrip(":")):
        return None  # 'BESLUTNING: Kommunalbestyrelsen den 25-02-2016': the colon only leads to the body
    for m in re.finditer(r":\s+", s):
        head, text = s[: m.start()], s[m.end():]
        if not text or _all_bodies(text.rstrip(".:")) or not is_heading(head) \
                or not (PLAIN_DECISION.match(head) or dated_heading(head)):
            continue
        return head, text
    m = DASHED_DECISION.match(s)
    if m and not _all_bodies(m.group("text").rstrip(".:")):
        return m.group("head"), m.group("text")
    return None


# 'Beslutning – Godkendt.': the bare heading, a spaced dash and the outcome on one line, as a page that keeps its
# lines prints it where another prints a colon. Only the bare word: after a body's name or a date a dash sets off the
# date ('Økonomiudvalget - 12-03-2024', DASH_BEFORE_DATE), and only an outcome's capital after it (no date, no list)
DASHED_DECISION = re.compile(rf"^(?P<head>{DECISION_WORD})\s+[{SPACED_DASH}]\s+(?P<text>[A-ZÆØÅ].*)$")


# the number after an item's label: digits ('Punkt 4', 'Pkt. 4.2'), or a count in roman numerals or a capital letter
# ('Punkt IV', 'Pkt. B'), which the label makes an item's count as it does a digit (item_starts' labelled headers)
LABEL_NUMBER = r"(?:\d{1,4}(?:\.\d{1,2})?|(?-i:[IVX]{1,5}|[A-Z])\b)"
# the item's number a treatment had at its meeting, printed after its date ('…, pkt. 5', '…, punkt 5', '…, pkt. IV'
# where the page counts its items so): one pattern for every reader of a treatment's line (body_date_lines,
# inline_treatments and the lead below)
# (behind a comma, or a spaced dash as a table's cells are joined: 'Økonomiudvalget 12.03.2024 - pkt. 5')
ITEM_NUMBER_AFTER = rf"(?:(?:,\s*|\s+[{SPACED_DASH}]\s+)(?i:pkt\.?|punkt)\s*{LABEL_NUMBER})?"


# 'Byrådet, 14.05.2007 Kurt Petersen var fraværende. Godkendt.': who decided and when, run into the text; without
# the comma ('Økonomiudvalget den 12.03.2024: Anbefales.', 'Økonomiudvalget 12.03.2024: Anbefales.') only with the
# colon, which the lead keeps (a sentence may start 'Byrådet den 3. maj 2024 besluttede …')
_BODY_DATE_LEAD = re.compile(rf"^(?P<lead>(?P<body>[A-ZÆØÅ].{{2,90}}?),\s*(?:{DATE_ANY.pattern}))"
                             rf"{ITEM_NUMBER_AFTER}:?\s+(?P<rest>\S.*)$"
                             rf"|^(?P<lead2>(?P<body2>[A-ZÆØÅ][^:]{{1,90}}?)(?:\s+(?:den|d\.)|{DASH_BEFORE_DATE})\s+(?:{DATE_ANY.pattern})"
                             rf"{ITEM_NUMBER_AFTER}\s*:)"
                             r"\s*(?P<rest2>\S.*)$",
                             re.IGNORECASE)


def body_date_lead(text: str) -> tuple[str, str] | None:
    """('Byrådet, 14.05.2007', 'Kurt Petersen var fraværende. …') when a decision's text starts with the
    deciding body and the date, else None."""
    m = _BODY_DATE_LEAD.match(text)
    if m and m.group("body") and is_body_name(m.group("body")):
        return m.group("lead"), m.group("rest")
    if m and m.group("body2") and is_body_name(m.group("body2")):
        return m.group("lead2"), m.group("rest2")
    return None


def dated_heading(head: str) -> bool:
    """'Beslutning i Byrådet den 12-04-2023', 'Byrådets beslutning den 3. maj': a decision heading whose
    body is a body's name and whose date, when printed, is a whole date."""
    found = decision_body_date(head)
    # (a committee named by its fields is a body where the heading prints its date: area_names)
    if found is None or not (found[0] == "" or is_body_name(found[0].strip())
                             or found[1] and is_area_name(found[0])):
        return False
    return found[1] is None or DATE_ANY.fullmatch(found[1].strip()) is not None


# a route label without its colon, its bodies after it on the line ('Sagsgang ØU - BY', a table's row, its two
# cells read as one line: 'Videre behandling ØU, KB', 'Sagsgang og sagstype ØU, KB'), every route label whose words
# cannot start a sentence; not the labels that read as a sentence's start ('Sagen behandles i Byrådet.' is prose)
_BARE_ROUTE = re.compile(r"^(?:(?:Forventet |Videre |Politisk |Kommende )?Sagsgang(?: og sagstype)?|Sagsforløb"
                         r"|Hvem beslutter|Politisk behandling(?:sforløb)?|Behandlingsforløb|Beslutningsproces"
                         r"|(?:Sagens )?[Vv]idere (?:behandling|forløb)|Tidsplan for (?:den )?politiske? behandling"
                         rf"|{_ROUTE_NOUNS})"
                         r"\s+(?P<route>[A-ZÆØÅ].{0,120})$", re.IGNORECASE)
# a route label with its colon inside a flattened line ('Sagsnr.: 24/123 Sagsgang: ØU, KB Sagsfremstilling …'), also
# with its second word in lower case as councils print it ('Forventet sagsgang: ØU, KB')
_MID_ROUTE = re.compile(rf"(?<=\s)(?:{_ROUTE_WORDS.replace('Hvem', '[Hh]vem')}"
                        r"|(?:Forventet|Videre|Politisk|Kommende) sagsgang)\s*:\s*(?P<route>\S.*)$")


# labels that name a case's treatment or where it goes next, with their colon ('Behandling: ØU, KB', 'Videresendes
# til: Økonomiudvalget, Byrådet', 'Behandlingsvej: MU, ØU, KB'): a route only where the value lists two bodies or more
# and nothing else. One body after them is the body that treats or gets the case, not the path it takes, and
# 'Behandling' alone heads a section (or a table of the bodies' dates), so the colon and the list are the evidence
_TREATMENT_ROUTE = re.compile(r"(?:^|(?<=\s))(?:Behandling|Videresendes til|Oversendes til|Behandlingsvej)\s*:"
                              r"\s*(?P<route>[A-ZÆØÅ].*)$")


def _treatment_route(line: str, whole: bool) -> str | None:
    """The two bodies or more after a treatment label (_TREATMENT_ROUTE): all that follows it when `whole`, else
    the longest run of bodies up to the next capitalised word (a flattened line's next label or heading)."""
    m = _TREATMENT_ROUTE.search(line)
    if not m or (whole and m.start() > 0):
        return None
    words = m.group("route").split()
    for n in range(len(words) if whole else min(len(words), 24), 0, -1):
        route = ", ".join(without_dates(split_route(" ".join(words[:n]).rstrip(",;."))))
        if _all_bodies(route):
            ok = len(split_route(route)) >= 2 and (n == len(words) or words[n][:1].isupper())
            return route if ok else None
        if whole:
            return None
    return None


def _leading_route(value: str) -> str | None:
    """The route a 'Sagsgang:' label's value prints: all of it where it is bodies only; else the longest run of its
    first words that lists bodies, where a capitalised word follows (the next field a row ran on, 'ØU, KB Sagstype:
    Beslutning'); else none. A value in words ('Beslutning i Byrådet', 'Behandles i ØU og KB') is no list of
    bodies, and a wrong route is worse than none (the bodies are named in the text the line stays in)."""
    if _all_bodies(", ".join(without_dates(split_route(value)))):
        return value
    words = value.split()
    for n in range(min(len(words), 24) - 1, 0, -1):
        route = ", ".join(without_dates(split_route(" ".join(words[:n]).rstrip(",;"))))
        if _all_bodies(route) and words[n][:1].isupper():
            return route
    return None


def inline_route(line: str) -> str | None:
    """'Sagsgang: AU/BUU/VPU, ØK, KB' on one line -> the route text; 'Sagsgang ØU - BY' too when all
    that follows the label is bodies."""
    m = _INLINE_ROUTE.match(line.strip())
    if m:
        return _leading_route(m.group("route"))
    treatment = _treatment_route(line.strip(), whole=True)
    if treatment:
        return treatment
    bare = _BARE_ROUTE.match(line.strip())
    if bare and not _INLINE_COURSE.match(line.strip()):
        route = ", ".join(without_dates(split_route(bare.group("route"))))
        return route if _all_bodies(route) else None
    m = _INLINE_COURSE.match(line.strip())
    if not m:
        return None
    # 'Forventet behandling: Økonomiudvalget 12.03.2024, Byrådet 26.03.2024': the bodies, without their dates
    route = ", ".join(without_dates(split_route(m.group("route"))))
    return route if _all_bodies(route) else None


# a route label run into a flattened line without its colon, as only a label prints it ('… dagsorden Sagsgang og
# sagstype Udvalget for Voksne Beslutningssag Indstilling …', '… Hvem beslutter Byrådet beslutter. Resumé …'); not the
# labels a sentence may start with ('Sagen behandles i Byrådet')
_MID_BARE_ROUTE = re.compile(r"(?:^|(?<=\s))(?:Forventet sagsgang|FORVENTET SAGSGANG|Sagsgang(?: og sagstype)?|SAGSGANG"
                             r"|Hvem beslutter\??|Politisk behandlingsforløb|Beslutningsproces|Behandlingsforløb"
                             r"|Tidsplan for politisk behandling)\s+(?P<route>[A-ZÆØÅ].*)$")
# what ends a route's bodies on a flattened line: the case's type ('Beslutningssag', 'Orienteringssag') or a heading
_CASE_TYPE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+ssag\.?$")
# the 'Behandling' table flattened: its column heads, then a row per body with its meeting's date and item number
# ('Behandling Mødedato Åbent punkt Lukket punkt Børne- og Skoleudvalget 30-01-2018 2 Hvem beslutter …')
_COLUMN = r"(?:Mødedato|Dato|Udvalg|Organ|Åbent punkt|Lukket punkt|Punkt(?:nr\.?)?)"
_TABLE_ROUTE = re.compile(rf"(?:^|(?<=\s))Behandling(?:\s+{_COLUMN})+\s+(?P<rows>[A-ZÆØÅ].*)$")
_TABLE_ROW = re.compile(rf"\s*(?P<body>[A-ZÆØÅ].{{1,80}}?)\s+(?:{DATE_ANY.pattern})(?:\s+\d{{1,3}}(?!\S))?")


def route_inside(line: str) -> str | None:
    """The route a flattened line prints after other text: the bodies after a route label, up to where the next
    text begins ('… Sagsgang: ØU, KB Sagsfremstilling …' -> 'ØU, KB'), else the bodies of a 'Behandling' table."""
    return _route_after_colon(line) or _route_after_bare_label(line) or _table_route(line) \
        or _treatment_route(line, whole=False)


def _route_after_bare_label(line: str) -> str | None:
    """The bodies after a route label without its colon, up to the case's type or the next heading."""
    m = _MID_BARE_ROUTE.search(line)
    words = m.group("route").split()[:25] if m else []
    for k in range(1, len(words) + 1):
        rest = words[k:]
        if rest and not (_CASE_TYPE.match(rest[0]) or any(is_heading(" ".join(rest[:j])) for j in (1, 2, 3, 4))):
            continue
        # a body's part printed after it ('Børne- og Skoleudvalget indstiller Kommunalbestyrelsen beslutter.')
        bodies = " ".join("," if ROLE_WORD.match(w) else w for w in words[:k]).strip(" ,")
        route = ", ".join(without_dates(split_route(bodies)))
        if _all_bodies(route):
            return route
    return None


def _table_route(line: str) -> str | None:
    """The bodies of a flattened 'Behandling' table, one a row beside its date."""
    m = _TABLE_ROUTE.search(line)
    bodies: list[str] = []
    at = m.start("rows") if m else len(line)
    while (row := _TABLE_ROW.match(line, at)) and is_body_name(row.group("body")):
        bodies.append(row.group("body"))
        at = row.end()
    return ", ".join(bodies) or None


def _route_after_colon(line: str) -> str | None:
    """The bodies after a route label with its colon: the longest run of words that is a list of bodies."""
    m = _MID_ROUTE.search(line)
    if not m:
        return None
    words = m.group("route").split()
    for n in range(min(len(words), 24), 0, -1):  # the longest run of words that is a list of bodies
        route = ", ".join(without_dates(split_route(" ".join(words[:n]).rstrip(",;"))))
        if _all_bodies(route):
            # what follows is the next label or heading, not the rest of a sentence ('Byrådet har drøftet …')
            return route if n == len(words) or words[n][:1].isupper() else None
    return None


def _all_bodies(text: str) -> bool:
    """A list of bodies (route_from_text) whose names are capitalised words and glue only, so prose
    ending in a body ('Sagen har været drøftet i udvalget') is none."""
    parts = route_from_text(text) or []
    glue = {"for", "og", "i", "&"}
    return bool(parts) and all(w[:1].isupper() or w in glue for p in parts for w in p.split())
