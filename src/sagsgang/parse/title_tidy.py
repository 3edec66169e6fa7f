"""Clean one listed title of what the page printed around it.

A table of contents or a flattened list glues page furniture to its titles: page numbers and dot
leaders, 'Side 3 af 9' footers, running heads, the next entry's label, a status column, a body's
case-number cue (BODY_CUE). These readings are the same whichever way the list was found, so they
live apart from the finders; a title that keeps them would not match the item's header below.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .casenumbers import CASE_LABEL_WORDS, UNLABELLED_CASE_FORM, past_case_head
from .dashes import NUMBER_DASH, SPACED_DASH, SPACED_DASHES
from .dates import NUMERIC_DMY
from .headings import HEADING_WORDS, SENTENCE_STARTS, is_heading, route_inside
from .sentence_openers import SUBJECT_AND_VERB
from .status_column import STATUS_CELL_WORDS
from .title_split import FUNCTION_WORDS, MONTHS

# the heading words that also open sentences ('Sagen', 'Formål'; headings.SENTENCE_STARTS), as a heading and in capitals
_SENTENCE_START_WORDS = "|".join(w for v in sorted(SENTENCE_STARTS) for w in (v, v.upper()))
BARE_INT = re.compile(r"\s+\d{1,3}\s*$")
LEADER_ANYWHERE = re.compile(r"\s*(?:\.{3,}|…{2,}|_{3,})\s*\d")
_LEADER = re.compile(r"\s*(?:\.{2,}|…+|_{3,})\s*\d*\s*$")
_CAPS_TAIL = re.compile(r"(?:\s+[A-ZÆØÅ][A-ZÆØÅ\-/,.:&]{2,}){2,}\s*$")


def page_numbers(spans: list[str]) -> list[int]:
    """The page number each entry of a page-numbered list ends with (the previous one where lost)."""
    out, last = [], 0
    for t in spans:
        m = BARE_INT.search(t)
        last = int(m.group().strip()) if m and int(m.group().strip()) >= last else last
        out.append(last)
    return out


def next_page(spans: list[str], k: int, pages: list[int]) -> int:
    """The page printed at the end of a later entry (its title's page comes before it); without one,
    a little after the last page known (a list rarely spans more than some 40 pages)."""
    for t in spans[k + 1:]:
        m = BARE_INT.search(t)
        if m and int(m.group().strip()) >= pages[k]:
            return int(m.group().strip())
    return pages[k] + 40


# a bare number between two words in small letters (not before the page's own label: in 'Lokalplan 12 side 6' the
# page is 6, the 12 the title's)
_INSIDE_NUMBER = re.compile(r"(?<=[a-zæøå,]) (\d{1,3}) (?=[a-zæøå])(?!(?:side|s\.)\s+\d)")


def drop_page_numbers(span: str, low: int, high: int) -> str:
    """Page numbers a wrapped title took inside it ('… plejeboliger 21 på …', '… i Sindal 36 Hallerne'): a bare
    number between the pages of the entries around it. A number outside that range is the title's own, and so is a
    count (_counts) where another number in range is there to be the page."""
    counts = _counts(span, low, high)

    def keep(m: re.Match[str]) -> str:
        return " " if low <= int(m.group(1)) <= high and m.start(1) not in counts else m.group(0)
    return _WRAPPED_LAST_WORD.sub(keep, _INSIDE_NUMBER.sub(keep, span))


def _counts(span: str, low: int, high: int) -> set[int]:
    """Offsets of the numbers in range inside `span` that count what follows them ('… tilbygning af 26 plejeboliger
    21 på …'): after a preposition, where a number not after one stands in range too. A wrapped line takes its
    title's page once, so of two such numbers one is the title's own, and a Danish title counts things after a
    preposition ('af 26 plejeboliger', 'for 4 vindmøller'); a number alone may be either ('… i forlængelse af 12
    offentlighedsfase …' is a page) and goes as a page, as ever."""
    found = [m for m in _INSIDE_NUMBER.finditer(span) if low <= int(m.group(1)) <= high]
    counts = {m.start(1) for m in found if span[: m.start()].rsplit(" ", 1)[-1] in _PREPOSITIONS}
    return counts if 0 < len(counts) < len(found) else set()


# a page number before the last word of an entry, after a word's letters ('… i Sindal 36 Hallerne', '… Vandselskab
# 49 A/S'): the title's last word wrapped onto the next line; no title ends in a page and a word of its own. Not
# before a page ('Salg af Skolevej 12 8': the house number, then the page) nor a page's label ('Eventuelt 38 Side').
# So too before a company's form anywhere ('… fra Hjørring Vandselskab 49 A/S 19 Godkendelse …'): a firm's name
# does not number it there
_WRAPPED_LAST_WORD = re.compile(r"(?<=[A-Za-zÆØÅæøå]) (\d{1,3}) (?!Side\b)"
                                r"(?=[A-Za-zÆØÅæøå]\S*\s*$|(?:[A-ZÆØÅ]/[A-ZÆØÅ]|ApS)(?:\s|$))")


# a bare number between a preposition and a capitalized word inside a listed title ('… vedtægter for 7 Stadsarkiv'):
# the page column a title's first line ended with, its next line run on after it. Why it holds across publishers: a
# Danish title counts things before a lowercase noun ('for 4 vindmøller', 'af 26 plejeboliger') and numbers a name
# after the name or its label ('Skolevej 12', 'afdeling 22 Skolevænget', 'nr. 513 Sportscollege'); a preposition,
# then a number, then a capitalized word is no title's own wording. Years (four digits) stay.
_PREPOSITIONS = ("af", "til", "for", "i", "med", "om", "på", "ved", "fra", "mellem", "samt", "under", "over", "efter",
                 "mod", "hos")
_PAGE_AFTER_PREPOSITION = re.compile(rf"(?<!\S)((?:{'|'.join(_PREPOSITIONS)})) \d{{1,3}} (?=[A-ZÆØÅ][a-zæøå])")


def without_wrapped_page(title: str) -> str:
    """`title` without a page number its list printed inside it after a preposition (_PAGE_AFTER_PREPOSITION)."""
    return _PAGE_AFTER_PREPOSITION.sub(r"\1 ", title)


# "Title Side 3", "Title - side 3"
_PAGE_LABEL = re.compile(rf"(?:\s+[{SPACED_DASH},]\s+(?i:side)|\s+Side)(?:\s+\d{{1,3}}\.?)?$")
_NEXT_LABEL = re.compile(r"\s+(?:(?:Pkt\.?|Punkt|Sag)(?:\s+nr\.?)?|Nr\.?|Dagsordenspunkt)$")
_FROM_BODY = re.compile(r"\s+(?:Fra|FRA)\s+(?P<body>[A-ZÆØÅ][\w\- ]{2,60})$")
_CAPS_HEAD = re.compile(r"^(?:[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+){2,}(?=[A-ZÆØÅ][a-zæøå])")
# a running footer run onto a title ('… Title Side 3 af 12 Referat …'), cut with all after it; only its whole
# 'Side N af M' (a bare number may be the title's own: 'Lokalplan 12'), unlike lines._PAGE_FOOTER (a line of its own)
# and inline_body's (a page line's last number)
PAGE_FOOTER = re.compile(r"\s+Side \d+ af \d+\b.*$")
# a time slot the list prints before the next entry ('… Title Kl. 15.05 2. Title')
_TIME_SLOT = re.compile(rf"\s+(?i:kl\.?)\s*\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?$")
# the entry's page printed before its title ('Punkt 1 Side 3 Title')
PAGE_FIRST = re.compile(r"^\s*Side\s+\d{1,3}\s+(?=\S)")


# the next entry's bullet, when a bulleted list is read as one run ('… dagsorden * 2. Budget …'; 'o' or 'O' is how
# a word processor's round bullet comes out of a PDF: '… Kultur og Fritid O Kunst i Varde Sommerland O Status …')
_NEXT_BULLET = re.compile(r"\s+(?:[•·▪●◦*]|[oO])$")
# the entry's own bullet before its title ('O Kunst i …'): no Danish title opens on a lone 'O'
_OWN_BULLET = re.compile(r"^(?:[•·▪●◦]|[oO])\s+(?=[A-ZÆØÅ])")


_MONTH_TAIL = re.compile(r"\s(?P<prev>\S+)\s+(?:" + "|".join(sorted(MONTHS)) + r")$")
_MONTH_LEADS = frozenset("ultimo primo medio pr pr. status".split())


def _without_footer_month(t: str) -> str:
    """A title that ends in a bare month after a lower-case noun ('… revisionsopgaven september'): the page's
    footer date, its digits lost, ran onto the page's last title. A month after a number, a preposition or
    'ultimo'/'pr.' ('pr. 30. april', 'møde i juni') is the title's own, and so is one after a month: a period's
    end, its digits lost with the footer's ('for perioden 1. januar [2010 til 31.] december')."""
    m = _MONTH_TAIL.search(t)
    if not m:
        return t
    prev = m.group("prev")
    if not prev.isalpha() or not prev.islower() or prev in FUNCTION_WORDS or prev in _MONTH_LEADS or prev in MONTHS:
        return t
    return t[: m.end("prev")]


def strip_tails(t: str) -> str:
    """What a list prints after a title that is no part of it: a group line of the next titles
    ('Fra Økonomiudvalget', 'TIL EFTERRETNING'), a running page footer, the next entry's bullet and its own."""
    t = _OWN_BULLET.sub("", _NEXT_BULLET.sub("", PAGE_FOOTER.sub("", t)))
    t = _NEXT_LABEL.sub("", t)  # "Title Pkt." of "… Pkt. 2 Title": the next entry's label
    t = _PAGE_LABEL.sub("", t)  # "Title Side 3": the entry's page
    t = _TIME_SLOT.sub("", t)
    t = PAGE_FIRST.sub("", t)
    t = _without_footer_month(t)
    m = _FROM_BODY.search(t)
    if m and is_body_name(m.group("body")):
        t = t[: m.start()]
    caps = _CAPS_TAIL.search(t)
    # a title printed in capitals throughout ('BUDGET 2025 FOR VEJOMRÅDET') has no group line behind it
    return t[: caps.start()] if caps and re.search(r"[a-zæøå]", t[: caps.start()]) else t


# where an item's body begins behind its header on a flattened page: 'Sagsnr.: 15/100',
# 'Beslutning Teknisk Udvalg …', 'Sagsfremstilling Forvaltningen …' (not 'Indstilling af suppleant'),
# 'Sagsnr. 450-2017-25250' (a case-number label with the number behind it, colon or not)
# (the labels as printed, or in capitals: 'SAGSNR.: 24/101 SAGSFREMSTILLING …'; never in lower case, which prose uses)
# ('Resume' without its accent too: a web page's heading, 'Resume I slutningen af …')
BODY_CUE_WORDS = ("Sagsfremstilling", "Indstilling", "Beslutninger", "Beslutning", "Resumé", "Resume",
                  "Sagsbeskrivelse")
BODY_CUE = re.compile(r"\s+(?:(?=[A-ZÆØÅ])(?i:" + CASE_LABEL_WORDS + r"|Dok(?:ument)?\.?\s?nr)\.?\s*"
                      rf"(?::|(?=\d{{2,4}}[{NUMBER_DASH}/.]\d))"
                      # with its full stop, the label before a serial of digits ('Sagsnr. 249050 Sundheds- …')
                      r"|(?:Sagsnr|Sags nr)\.\s*(?=\d{4,9}\s)"
                      # 'Sag nr.:' before a case number's digits ('Sag nr.: 24/1234'); not a list's column head ('Sag
                      # nr.: Emne:') nor an item's number of 1-3 digits ('Sag nr.: 4 Budget …', as 'Sag nr. 4')
                      r"|(?:Sag nr|SAG NR)\.?\s*:(?=\s*\d)(?!\s*\d{1,3}(?![\d/.\-]))"
                      # a bare 'Sag:' before a case number's year or serial and its stroke ('… Industrivej Sag:
                      # 24/1004 | Dok: 24/55512 …'): the colon and the number's form vouch for the label, as 'Sag nr.:'
                      # above
                      r"|(?:Sag|SAG)\s*:(?=\s*\d{2,4}[/\-]\d)"
                      # a heading in capitals without its accent, with its colon ('… RESUME: …')
                      r"|RESUME\s*:"
                      # a decision's head with its body behind a bullet ('… spørgetid 26/6-2019 • Beslutning i
                      # Byrådet den …'; without the bullet it may end a proposal's point: '1. At … Beslutning i')
                      r"|[•·▪]\s*Beslutning\s+i\s+(?=[A-ZÆØÅ])"
                      # any heading the lexicon knows, where a sentence opens on its subject and verb right after it
                      # ('… 2012 Baggrund Direktionen orienterer om …', 'Vurdering Vi vurderer, at …'): a title goes
                      # on in its own words, no clause ('Høring Forslag til …' is a title's); the words that also open
                      # sentences too ('… 2012 Sagen Direktionen orienterer om …'), which no clause's subject follows
                      rf"|(?:{HEADING_WORDS}|{_SENTENCE_START_WORDS})\s*:?\s+(?={SUBJECT_AND_VERB})"
                      rf"|(?:{'|'.join(w for c in BODY_CUE_WORDS for w in (c, c.upper()))})"
                      # 'Beslutning -' at the end: no decision was printed
                      rf"(?=\s*:|\s+[A-ZÆØÅ]|\s+[{SPACED_DASH}]?\s*$"
                      # its text opening on a bullet's list ('Sagsfremstilling • Kommunen har …'; run_in_headings too)
                      r"|\s+[•·▪●]\s*[A-ZÆØÅ0-9]"
                      # at a transcript's page break: its text opens the next page line, behind the page's number
                      r"|[ \t]*\n\s*\d{1,3}[ \t]+[A-ZÆØÅ]"
                      # glued to its text, the space lost ('SagsfremstillingDer er …', 'SagsfremstillingI …',
                      # 'SAGSFREMSTILLINGDer …'; in capitals a capital word only: 'BESLUTNINGSFORSLAG' goes on the word,
                      # or the preposition 'I' before a word in small letters: 'RESUMEI forlængelse af …')
                      r"|(?<=[a-zé])[A-ZÆØÅ]|[A-ZÆØÅ][a-zæøå]|(?<=[A-ZÆØÅÉ])I\s+[a-zæøå])"
                      # a case number of a distinctive form, printed unlabelled after the title ('Punkt 1: Godkendelse
                      # af dagsorden EMN-2023-009832 Beslutninger …': casenumbers' own forms), or behind a bare 'Sag:' /
                      # 'Sag nr:' label, or any case label in brackets or without its colon ('(Sagsnr. S2024-1001)',
                      # 'Sags-ID S2024-1001'), which goes with it (the form vouches for the label: no title ends 'Sag:')
                      rf"|(?:\(?(?:(?:Sag|SAG)(?:\s+(?:nr|NR))?\.?\s*:|(?=[A-ZÆØÅ])(?i:{CASE_LABEL_WORDS})\.?\s*:?)\s*)?"
                      rf"{UNLABELLED_CASE_FORM})")
# what opens an item's body right after its title where nothing is numbered: a body's cue, or the route's heading
# ('Budget for vejene Sagsgang og sagstype Byrådet …'), which a lined page sets as the body's first section
BODY_OPENS = re.compile(BODY_CUE.pattern + r"|\s+(?:Forventet\s+)?Sagsgang(?:\s+og\s+sagstype)?\s*:?\s+(?=[A-ZÆØÅ])")


# the page that ends a title of a list with a page column, or the label in small letters left where the page went
# as a wrapped title's (drop_page_numbers: 'Budget side 4 Pkt.' of '… Pkt. 3 …'), or both ('… Havnen side 6', '…
# s. 6', '…, side 6'); 'Side 6' in capitals goes with strip_tails' _PAGE_LABEL
_PAGE_WITH_LABEL = re.compile(rf"\s*[,{SPACED_DASH}]?\s+(?:side|s\.)(?:\s+\d{{1,3}})?\s*$")
_LABELLED_PAGE = re.compile(_PAGE_WITH_LABEL.pattern + "|" + BARE_INT.pattern)
# the label before the page's number, as a list's column prints it: no stop after it (a transcript's page footer run
# onto the last entry, '… byrådsgruppe 102 Side 2.', is the page line's own; 102 the column's)
_LABEL_THEN_PAGE = re.compile(r"\s(?i:side|s\.)\s+\d{1,3}\s*$")
# a status column's cell ending a title's span ('… Orientering fra formanden Lukket')
STATUS_CELL_TAIL = re.compile(rf"\s+({STATUS_CELL_WORDS})$")


_RUNNING_HEAD = re.compile(r"(?P<body>[A-ZÆØÅ].{2,80}?),?\s+(?:den\s+)?(?:" + NUMERIC_DMY + r"|\d{1,2}\.\s*"
                           r"[a-zæøå]+\s+\d{4})(?:\s+Side\s+\d{1,4})?")


# a route's label and its bodies run on after the title where a flattened page printed the route as the item's
# first field ('Salg af grund Sagsgang: ØU, KB Sagsnr.: …', 'Salg af grund Forventet sagsgang ØU, KB …'): the
# title ends before it when its bodies are a route (route_inside), so a title's own words stay ('… ny sagsgang for
# byggesager' is lower case, and no list of bodies follows)
_ROUTE_AFTER = re.compile(r"\s+(?=(?:(?:Forventet|Videre) [Ss]agsgang|FORVENTET SAGSGANG|Sagsgang|SAGSGANG)"
                          r"(?: og sagstype)?\s*:?\s+[A-ZÆØÅ])")


def _before_route(t: str) -> str:
    """The title without a route run on after it (_ROUTE_AFTER)."""
    for m in _ROUTE_AFTER.finditer(t):
        if m.start() > 0 and route_inside(t[m.start():]):
            return t[: m.start()]
    return t


# the last word in capitals after words in small letters ('Godkendelse af dagsorden INDHOLD'): a section's heading that
# opens the body, run onto the header where a flattened page lost the line between them
_CAPS_LAST = re.compile(r"(?<=[a-zæøå0-9)])\s+(?P<word>[A-ZÆØÅ]{4,})$")
# a heading behind a bullet at the end ('Regnskab 2020 • Resumé'): the body's first heading, set as a fold-out's button
_BULLETED_LAST = re.compile(r"\s+[•·▪●]\s*(?P<heading>[A-ZÆØÅ][^•·▪●]{2,60})$")
# the title printed twice in a row ('Budget for vejene Budget for vejene'): the agenda's entry, then the body's heading
_TWICE = re.compile(r"(?P<title>\S.{7,}?)\s+(?P=title)")


def _without_heading_tail(t: str) -> str:
    """The title without a body's first heading in capitals (_CAPS_LAST) or behind a bullet (_BULLETED_LAST), and
    printed once (_TWICE). Why across publishers: a web page sets each item as a linked entry, its title again as the
    body's heading, then the body's first section heading (in capitals, or as a fold-out's bulleted button); flattened
    they run on one line, and where a page break follows the heading nothing after it tells it from the title. A
    title in capitals throughout keeps its last word (no small letters before it), and only what the section
    vocabulary knows is cut ('Status på IT' stays)."""
    m = _CAPS_LAST.search(t)
    t = t[: m.start()] if m and is_heading(m.group("word")) else t
    m = _BULLETED_LAST.search(t)
    t = t[: m.start()] if m and is_heading(m.group("heading")) else t
    twice = _TWICE.fullmatch(t)
    return twice.group("title") if twice else t


# a case cell and then the page, where a body cue cut the title ('… Greve Main 39 22-011279 11'): the page column
# printed its page after the case cell, so the number the title keeps is its own
_CASE_CELL_THEN_PAGE = re.compile(r"\s+\d[\d./-]*[./-]\d+\s+\d{1,3}\s*$")


def tidy(title: str, page_column: bool) -> str:
    whole = " ".join(title.split())
    # the title ends where its body begins; a case cell that opens it ('Sagsnr. 24.00.00-A00-1-24 Salg af grund': the
    # column between number and title) is no body's cue, and stays for the item's head to read (case_number_head)
    cell = past_case_head(whole)
    t = whole[:cell] + BODY_CUE.split(whole[cell:], 1)[0]
    # (the page stood after the case cell the cut took: no page ends what is left)
    page_column = page_column and not (len(t) < len(whole) and _CASE_CELL_THEN_PAGE.fullmatch(whole, len(t)))
    # a page printed with its label ('Lokalplan 12 Side 6', '… side 6'): the number left before it is the title's own
    labelled = bool(_LABEL_THEN_PAGE.search(t))
    t = _before_route(t) if "agsgang" in t or "AGSGANG" in t else t  # (the cheap test first)
    led = bool(LEADER_ANYWHERE.search(t))
    t = LEADER_ANYWHERE.split(t, 1)[0] if led else t  # the title ends at its leader, its page behind it
    t = _LEADER.sub("", strip_tails(t))
    if page_column and not led:  # ('… afdeling 11 ........ 4': the number before the leader is the title's)
        # the page, and its label where it prints one ('… Havnen side 6')
        t = (_PAGE_WITH_LABEL if labelled else _LABELLED_PAGE).sub("", t)
        # a status column between title and page ('1 Salg af ejendom Lukket 9'): closed, as ' - Lukket' is
        t = STATUS_CELL_TAIL.sub(lambda m: " - Lukket" if m.group(1).lower() == "lukket" else "", t)
    t = _without_heading_tail(_CAPS_HEAD.sub("", t))  # "TIL EFTERRETNING Orientering …": a group heading before
    head = _RUNNING_HEAD.fullmatch(t.strip(f" {SPACED_DASHES}:"))
    if head and is_body_name(head.group("body")):
        return ""  # 'Økonomiudvalget 14-03-2023 Side 2': the page's running header, no title
    return t.strip(f" {SPACED_DASHES}:|")  # ('4 | Title': a table's column rule after the number's cell)
