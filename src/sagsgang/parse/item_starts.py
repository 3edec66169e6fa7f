"""Where agenda items start: the printed cues of item headers, and tables of contents.

"Punkt 4:", "Nr.148 -", "Pkt. 115", "• 1", "64. Title", "Sag nr. 11"; a table of contents lists
the same items without bodies and is resolved here, so the body parser sees each item once.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from .casenumbers import CASE_LABEL_WORDS, YEAR_SPAN, case_number_head, labelled_case_numbers, standalone_case_number
from .dashes import NUMBER_DASH, SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, NUMERIC_DMY
from .headings import ATTACHMENT_HEADING, BARE_OUTCOME, LABEL_NUMBER, OUTCOME_WORDS, inline_route, is_heading
from .lines import Line, norm_space
from .list_entry import GROUP, page_prefixes
from .outcome_lines import is_outcome_line
from .people import ABSENT_LABEL
from .restarted_keys import restarted_key
from .sub_items import SUB_NUMBER, base_value, follows, opens_run, sub_parts, sub_printed
from .title_split import OPEN_END

_BULLET_MARK = r"(?:[•·▪●◦\-*]\s*)?"
# "Punkt 4: Title", "Nr.148 - Title", "Pkt. 115 Title", "Punkt 28. Title", "Dagsordenspunkt 3: Title", "Punkt nr. 4 -
# Title", and, capitalised only (a word of prose too), "Sag 4 - Title". Not "Ad 1.": a decision's answer to the
# proposal's points ('Ad 1. Godkendt. Ad 2. …')
ITEM_LABEL_WORDS = (r"(?:(?:Lukket\s+|Åbent?\s+)?(?:Punkt|Pkt\.?|Dagsordens?punkt)(?:\s*nr\.?)?|Nr\.?"
                    r"|(?-i:Sag)(?!\s+nr))")
# a sub-item's number behind an item's label, its letter glued to the digits ('Pkt. 2a', 'Punkt 2a:'): the label vouches
# for the number, the letter for its place after item 2 (sub_items)
_LABELLED_SUB = r"\d{1,3}(?-i:[a-z])(?![\w.])"
LABELLED_START = re.compile(
    # a title starts as titles do: 'Punkt 2 blev behandlet efter punkt 5.' is a sentence of a decision
    # ('Punkt 4 af 12 Title': a count of the items after the number, as a web viewer's pager prints it)
    rf"^{_BULLET_MARK}{ITEM_LABEL_WORDS}\s*(?P<num>{_LABELLED_SUB}|{LABEL_NUMBER})(?:\s+af\s+\d{{1,4}})?\s*[:.{SPACED_DASH}]?"
    r"\s+(?P<title>(?-i:[^\sa-zæøå]).*)$",
    re.IGNORECASE,
)
# "Pkt. 115" alone, title on the next line (also with the count after it, as LABELLED_START reads: "Punkt 4 af 12")
LABELLED_NUMBER_ONLY = re.compile(
    rf"^{ITEM_LABEL_WORDS}\s*(?P<num>{_LABELLED_SUB}|{LABEL_NUMBER})(?:\s+af\s+\d{{1,4}})?\s*[:.]?$", re.IGNORECASE
)
# "• 1" alone (web lists) or "1." alone (a table's number cell), title on the next line, trusted only with a
# case number or cue after it
# a line of numbers and dates only ('14', '12-03-2024', '2024–2025')
_NUMBERS_ONLY = re.compile(rf"\d{{1,3}}|[\d\s./{NUMBER_DASH}]*\d[./{NUMBER_DASH}]\d[\d\s./{NUMBER_DASH}]*")
# ('2a' alone: a sub-item's number cell, read only in its run after item 2's: sub_items)
BARE_NUMBER = re.compile(r"^(?:[•·▪●#]\s*(?P<num>\d{1,4})\.?|(?P<cell>\d{1,3})\.|\[(?P<square>\d{1,3})\]"
                         rf"|(?P<sub>{SUB_NUMBER})\.?)$")
# "64. Godkendelse af dagsorden" — only trusted with supporting cues (see _numbered_is_item); a reading's number
# may open the title ('4. 2. Behandling af budget 2025', '5. 1. behandling af …')
# the stop an item's number is printed with before its title: '3.', '3:', '3)', '[3]', '3/', or a full stop set off by a
# space ('3 . Title'). A header's stop has a space after it (NUMBERED_START's \s+), so '3/4 af udgifterne',
# 'kl. 16:00' and '1:1000' are no number and stop.
NUMBER_STOP = r"(?:[.:)\]/]| \.)"
NUMBERED_START = re.compile(  # '§ 45 Godkendelse af dagsorden': protocols that number their items as paragraphs
    # ('# 45 Godkendelse af dagsorden': the number sign before the number, as an export from a web page prints it)
    rf"^(?:[•·▪●◦]\s*)?(?:[§#]\s*|\((?=\d{{1,3}}\))|\[(?=\d{{1,3}}\]))?(?P<num>{SUB_NUMBER}|\d{{1,3}}(?:\.\d{{1,2}})?){NUMBER_STOP}?\s+(?:[{SPACED_DASH}]\s+)?(?P<title>(?:[A-ZÆØÅ§\"“'(\[]|\d+\.\s+[A-Za-zÆØÅæøå]).{{2,}})$")
# 'IV. Title', 'C. Title', 'c) Title': an item counted in roman numerals or letters, its stop and its title, or the
# count and stop alone over the title; read only where the page counts so (counted_starts: 'A. B. Hansen' is a name)
COUNTED_START = re.compile(r"^(?:[•·▪●◦]\s*)?(?P<num>[IVX]{1,5}|[A-Za-z])(?P<mark>[.)])"
                           r"(?:\s+(?P<title>(?-i:[^\sa-zæøå]).{2,}))?$")
# "Sag nr. 11" with the title on the line before (Rudersdal style); 'Sag nr. 12 udgår.' is a decision's sentence
SAG_NR_START = re.compile(rf"^Sag nr\.\s*(?P<num>{_LABELLED_SUB}|\d{{1,4}}\b)(?!\s+(?-i:[a-zæøå]))", re.IGNORECASE)

# 'Lukket: …', 'Fortroligt - …', and in brackets with or without a separator after them: '(Lukket) …', '[Lukket] …'
# ('Ikke offentlig: …', 'Salg af grund - ikke offentligt punkt': the other word for it)
_CLOSED_WORDS = (r"(?:Lukket(?:\s+(?:dagsordens)?(?:punkt|pkt\.?|sag))?|Fortroligt?(?:\s+(?:punkt|sag))?"
                 r"|Ikke[\s-]offentlig[te]?(?:\s+(?:punkt|sag))?)")
CLOSED_PREFIX = re.compile(
    rf"^(?:[(\[]\s*{_CLOSED_WORDS}\s*[)\]]\s*[:{SPACED_DASH}.]?\s*|{_CLOSED_WORDS}\s*[:{SPACED_DASH}.]\s*)",
    re.IGNORECASE,
)
# ('Salg af grund. Lukket punkt': a full stop after the title's last word sets it off too)
CLOSED_SUFFIX = re.compile(rf"(?:\s*[{SPACED_DASH}(\[]|(?<=\w)\.)\s*(?i:{_CLOSED_WORDS}|for lukkede døre)"
                           # a status column after the title ('2 Salg af grund<TAB>Lukket', '… Lukket punkt')
                           r"[)\]]?\s*$|\s+(?:Lukket|LUKKET)(?:\s+(?i:punkt|sag))?$")
# "Budgetopfølgning (Åben)": an open marker after the title is no part of it either, in square brackets too
# ('… [Åben]'), as CLOSED_SUFFIX reads '[Lukket]'
OPEN_SUFFIX = re.compile(rf"\s*[{SPACED_DASH}(\[]\s*(?i:Åben|Åbent)(?:\s+(?i:punkt|sag))?[)\]]?\s*$"
                         r"|\s+(?:Åben|Åbent|ÅBEN|ÅBENT)(?:\s+(?i:punkt|sag))?\s*$")  # '… Eventuelt Åben sag', '… Åben'
# a line of an item's body that says it is closed ('Lukket punkt', 'Fortroligt', 'Punktet er lukket for offentligheden')
CLOSED_MARKER = re.compile(
    rf"^(?:{_CLOSED_WORDS}|(?:(?:Punktet|Sagen) )?behandles for lukkede døre"
    r"|(?:Punktet|Sagen|Dette punkt|Denne sag) er lukket(?: for offentligheden)?)\.?$", re.IGNORECASE
)
# "(Åben) Meddelelser fra formanden": the open marker is no part of the title (the closed one marks it closed)
OPEN_PREFIX = re.compile(rf"^\((?:Åben|Åbent)\)\s*|^(?:Åben|Åbent)(?:\s+(?:punkt|sag))?\s*[:{SPACED_DASH}]\s*",
                         re.IGNORECASE)
# an item's open/closed status as a word ('Åbent', 'LUKKET'), case as printed (callers wrap it in (?i:) as needed)
STATUS_WORD = r"(?:Åbent|Åben|Lukket)"
OPEN_CLOSED_TAG = re.compile(r"\b(Åben|Åbent|Lukket)\s+(?:sag|punkt)\b", re.IGNORECASE)
# The first character of every item-start pattern above (LABELLED_START, LABELLED_NUMBER_ONLY,
# BARE_NUMBER, SAG_NR_START, NUMBERED_START), case-insensitive like the labels: a line that does
# not start with one of them starts no item, and find_item_starts does not try the five patterns.
_START_CHAR = re.compile(r"[•·▪●◦\-*pndslå\d§#([]", re.IGNORECASE)
_LEADING_BULLET = re.compile(r"^[•·▪●◦]\s*")
TOC_LEADER = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*\d*\s*$|\s+\.{2,}\s*\d+\s*$|\t\s*\d+\s*$")


@dataclass
class ItemStart:
    index: int
    number: str | None
    title: str
    consumed: int = 1  # lines taken by the header (number-only header + title line = 2)
    kind: str = "labelled"
    title_before: bool = False  # title is the line before `index` (Sag nr. style)
    skip: set[int] = field(default_factory=set)  # lines inside this item that are dropped duplicate headers
    closed: bool = False  # marked closed where it was listed ("lukket 101", "(FOR LUKKEDE DØRE)")
    lead: str = ""  # text before the item on its line (a flattened list shares its line with the header)


def clean_title(title: str) -> tuple[str, bool]:
    """Strip open/closed markers and TOC leaders; return (title, is_closed). Type tags such as
    'Beslutningssag:' stay: they are part of the printed title (annotation rules)."""
    t = norm_space(title)
    t = _BARE_CASE_LABEL.sub("", _DATE_TAIL.sub("", _PAGE_REFERENCE.sub("", TOC_LEADER.sub("", t)))).strip()
    t = OPEN_SUFFIX.sub("", OPEN_PREFIX.sub("", t))
    if _WHOLE_MARKER.match(t) and not _MARKER_ONLY.match(t):
        return t.rstrip(" .:"), True  # '7. Fortroligt', '12. LUKKET': the marker is the title, as printed
    closed = False
    m = CLOSED_PREFIX.match(t) or _BARE_STATUS.match(t)
    if m:
        closed, t = m.group(0).lstrip("([ ").lower().startswith(("luk", "fortrolig", "ikke")), t[m.end():]
    m = CLOSED_SUFFIX.search(t)
    if m:
        closed, t = True, t[: m.start()]
    if _MARKER_ONLY.match(t):
        return "Lukket punkt", True  # '16. Lukket punkt.': the marker is the whole title (annotation rules)
    t = t.strip(f" {SPACED_DASHES}:")
    if closed and not t:
        return "Lukket punkt", True
    return t, closed


# a contents entry's page in brackets after its title ('Godkendelse af dagsorden (side 3)', '… (s. 12)'): the page's
# number, part of no field (annotation rules); no title ends in a bracket that names a page alone
_PAGE_REFERENCE = re.compile(r"\s*\((?i:side|s\.)\s*\d{1,4}\)\s*$")
# the meeting's date set off by a spaced dash after the title ('Salg af grund - 12.03.2024'): a header's date
# field, as a publisher prints it beside every item; a title's own date is written in words ('mødet d. 23. marts')
_DATE_TAIL = re.compile(rf"\s+[{SPACED_DASH}]\s+{NUMERIC_DMY}\s*$")
# a case-number label with nothing behind it ('Spørgetid Sagsnr.'): no title ends in a label whose number it lacks;
# a PDF's page break fell between the header's label and its number, which opens the next page (a transcript's next
# page line), so the label is the body's first field, cut off by the break
_BARE_CASE_LABEL = re.compile(rf"\s+(?=[A-ZÆØÅ])(?i:{CASE_LABEL_WORDS})\.?\s*:?$")
# '1 Lukket Salg af grund 6': a contents row's status column before the title (a capital after it: 'Åben
# skole' is a title)
_BARE_STATUS = re.compile(r"^(?:Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET)(?:\s+(?:sag|punkt))?\s+(?=[A-ZÆØÅ][a-zæøå])")
_WHOLE_MARKER = re.compile(rf"^\s*{_CLOSED_WORDS}\s*[.:]?\s*$", re.IGNORECASE)
_MARKER_ONLY = re.compile(r"^\s*Lukket\s+(?:punkt|sag)\s*[.:]?\s*$", re.IGNORECASE)
# a status and nothing else ('Åben', 'Lukket sag.'): no title
STATUS_ONLY = re.compile(r"(?:Åben|Åbent|Lukket)(?:\s+(?:sag|punkt))?\W*$", re.IGNORECASE)


def is_cue(text: str) -> bool:
    """A line that marks an item's body: a section heading (bulleted too: '• Sagsfremstilling', a fold-out's
    button), a case-number label with or without its number on the line ('Sags nr.:' / '450-2018-4075'), an
    open/closed marker."""
    text = _LEADING_BULLET.sub("", text)
    return bool(is_heading(text) or labelled_case_numbers(text) is not None or standalone_case_number(text)
                or text.lower().startswith("sagsbehandler") or CLOSED_MARKER.match(text)
                or OPEN_CLOSED_TAG.search(text))


def marks_body(text: str) -> bool:
    """A line that shows an item's body has begun: a cue (is_cue), or a section heading with its text run in
    after the colon ('INDSTILLING: Der er ikke modtaget afbud', 'Sagsfremstilling: Kommunen har …'), as a page
    prints a heading and a short text on one line."""
    if is_cue(text):
        return True
    head, colon, rest = _LEADING_BULLET.sub("", text).partition(":")
    return bool(colon and rest.strip() and len(head) <= 40 and is_heading(head + ":"))


def next_text_index(lines: list[Line], i: int) -> int:
    """Index of the first non-blank line at or after i (len(lines) when none)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def previous_text_index(lines: list[Line], i: int) -> int:
    """Index of the last non-blank line at or before i (-1 when none)."""
    while i >= 0 and not lines[i].text:
        i -= 1
    return i


def _numbered_is_item(lines: list[Line], i: int, title: str) -> bool:
    """A '64. Title' line is an item when item-like cues follow before the next such line."""
    if title.lower().startswith(("at ", "det ", "der ")) or len(title) > 200:
        return False
    if title.endswith((",", ";")):
        return False
    for ln in lines[i + 1: i + 9]:
        if not ln.text:
            continue
        if NUMBERED_START.match(ln.text):
            return False
        if marks_body(ln.text) or is_outcome_line(ln.text):  # ('1. Godkendelse af dagsorden' / 'Godkendt.')
            return True
    return False


def _printed_number(lines: list[Line], k: int) -> str | None:
    """The number line k starts with as a numbered title ('12. Budget' -> '12'), None for no such line."""
    m = NUMBERED_START.match(lines[k].text) if 0 <= k < len(lines) else None
    return sub_printed(m.group("num")) if m else None


def _toc_run(lines: list[Line], i: int) -> bool:
    """Line i is in a run of >= 3 consecutive numbered titles with consecutive numbers (a list of items),
    a title wrapped onto a second line allowed; a sub-number counts as its whole number ('1.1' as 1), and a sub-item
    in its place in the run is stepped over ('2', '2a', '3': sub_items)."""
    def num(k: int) -> int | None:
        printed = _printed_number(lines, k)
        return (base_value(printed) or int(float(printed))) if printed else None

    def step(k: int, d: int) -> int:  # the next line in direction d, over one line a title wrapped onto
        j = k + d
        j = j + d if num(j) is None and num(j + d) is not None and _wrapped_on(lines, j) else j
        while sub(j) is not None and sub(j) == num(k) - (d < 0):
            j += d  # ('2', '2a', '2b', '3': the sub-items of the number the run stands at, or of the one below it)
        return j

    def sub(k: int) -> int | None:
        return base_value(_printed_number(lines, k))

    n = num(i)
    if n is None:
        return False
    run = 1
    for d in (-1, 1):
        want, k = (n if d < 0 and sub(i) is not None else n + d), step(i, d)
        while num(k) is not None and num(k) == want:
            run, want, k = run + 1, want + d, step(k, d)
    return run >= 3 or _letter_run(lines, i)


def _letter_run(lines: list[Line], i: int) -> bool:
    """Line i is in a run of >= 3 numbered titles that are sub-items of one number, their letters in turn ('1a',
    '1b', '1c'), a title wrapped onto a second line allowed: a list that numbers its items as the parts of one
    point, its base printed as no item of its own (sub_items.opens_run). The letters count as the numbers do."""
    def parts(k: int) -> tuple[int, str] | None:
        return sub_parts(_printed_number(lines, k)) if 0 <= k < len(lines) else None

    here = parts(i)
    if here is None:
        return False
    run = 1
    for d in (-1, 1):
        want, k = ord(here[1]) + d, i
        while True:
            k += d  # (over one line a title wrapped onto, as _toc_run steps)
            k = k + d if parts(k) is None and parts(k + d) is not None and _wrapped_on(lines, k) else k
            got = parts(k)
            if got is None or got[0] != here[0] or ord(got[1]) != want:
                break
            run, want = run + 1, want + d
    return run >= 3


def _sub_item_in_run(text: str, m: re.Match[str], before: list[ItemStart]) -> bool:
    """A sub-item's header ('2a Title') right after its base's header or the sub-item before it (sub_items.follows),
    and printed bare: '§ 2a', '# 2a' name a paragraph or a reference; or the first header read, opening the list
    (sub_items.opens_run). A sub-item's header read already in the run stands where its first print does: a list
    above named it ('1a', '1b', '1c' listed, then '1a Title' / 'Sagsnr.: …'), or a web page prints each header
    twice (its link, then its heading), as a plain number's header may repeat its listed entry."""
    number = sub_printed(m.group("num"))
    last = max(before, key=lambda s: s.index, default=None)
    before_number = last.number if last else None
    return text[:1].isdigit() and (follows(before_number, m.group("num")) or opens_run(before_number, m.group("num"))
                                   or any(s.number == number for s in before))


def find_item_starts(lines: list[Line], meeting_context: bool = False) -> list[ItemStart]:
    """Item header lines in document order, with table-of-contents duplicates removed.

    Headers are read two ways, by their labels ('Punkt 4', 'Pkt. 115', '• 1', 'Sag nr. 11') and by their
    numbers alone ('64. Title'); the reading that finds more items is the page's (labels on a tie): a page
    that labels its headers labels them all, and one line of a text that looks like a label ('Nr. 12',
    '• 3') does not switch off the numbered headers of the rest. With `meeting_context` (the header says
    Referat/Dagsorden), a run of numbered titles counts as the list of items even where the bodies are
    missing."""
    labelled = _labelled_starts(lines)
    numbered = _numbered_starts(lines, meeting_context, sorted(s.index for s in labelled))
    starts = labelled if labelled and len(labelled) >= len(numbered) - len(_contents_of(numbered, labelled)) \
        else numbered
    if not starts:
        # ('I.', 'II.', 'III.' / 'A.', 'B.', 'C.': a page that counts its items so) only where no digit reads an item:
        # beside digit headers, a run of lettered or roman marks is more often a body's points than the agenda (taken
        # wherever it outnumbered the digits, it cost the check pages printed as HTML 6 of 166 items found)
        from .counted_starts import counted_starts  # (it builds on this module's ItemStart: imported here)
        starts = counted_starts(lines)
    for s in starts:
        _without_column(s, lines)
    titles = {clean_title(s.title)[0].casefold() for s in starts}
    for s in starts:
        _extend_wrapped_title(s, lines, titles)
    return drop_toc_entries(starts, lines)


# the last column of a header line, after a tab or a wide gap: a short cell ('Beslutning', '12-03-2024', 'ØU')
_COLUMN_TAIL = re.compile(r"(?:\t|\s{3,})\s*(?P<col>[^\t(]\S*(?: \S+){0,2})\s*$")


def _without_column(start: ItemStart, lines: list[Line]) -> None:
    """The header's title without the cell a table or a tabbed line prints after it (without_column_cell)."""
    if start.consumed == 1:
        start.title = without_column_cell(start.title, lines[start.index].raw)


def without_column_cell(title: str, raw: str) -> str:
    """`title` without the cell a table or a tabbed line (`raw`, tabs kept) prints after it: a status
    ('Beslutning'), a date or a committee's short name set in a column of its own is no part of the title, as the
    gap shows (a title sets its words one space apart). An open/closed status stays on the title for clean_title to
    read. A cell in brackets ('   (B)') is a type tag, the title's own (annotation rules)."""
    m = _COLUMN_TAIL.search(raw)
    if not m or len(m.group("col")) > 25:
        return title
    col = norm_space(m.group("col"))
    head = title[: len(title) - len(col)].rstrip()
    # (a title that ends in a dash, a colon or a comma runs on into the cell: any dash the rules read, dashes.py)
    if title.endswith(col) and len(head) > 3 and not head.endswith((*SPACED_DASHES, ":", ",")):
        return head + (" " + col if STATUS_ONLY.fullmatch(col) else "")
    return title


def _contents_of(numbered: list[ItemStart], labelled: list[ItemStart]) -> list[ItemStart]:
    """The numbered titles above the first labelled header that a labelled header below repeats (its number, its
    title with or without the contents row's page): a contents table ('1 Godkendelse af dagsorden 3') of the
    labelled headers ('Punkt 1 …' / 'Godkendelse af dagsorden'). They name the same items again, so they are no
    items of their own when the two readings are counted: a list above its headers can only repeat them."""
    if not labelled:
        return []
    first = min(s.index for s in labelled)
    titles: dict[str | None, list[str]] = {}
    for s in labelled:
        titles.setdefault(s.number, []).append(clean_title(s.title)[0].casefold())
    out = []
    for s in numbered:
        row = _ROW_PAGE.sub("", clean_title(s.title)[0]).casefold()
        if s.index < first and row and any(t and (t.startswith(row) or row.startswith(t))
                                           for t in titles.get(s.number, [])):
            out.append(s)
    return out


_ROW_PAGE = re.compile(r"\s+\d{1,3}$")  # a contents row's page after its title


def _labelled_starts(lines: list[Line]) -> list[ItemStart]:
    """Headers known by their label: 'Punkt 4: Title', 'Pkt. 115' / title, '• 1' / title, 'Sag nr. 11'."""
    starts: list[ItemStart] = []
    start_char = _START_CHAR.match
    page_below = sag_nr_titles_below(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        if not t or not start_char(t):
            continue
        m = LABELLED_START.match(t)
        if m and labelled_case_numbers(m.group("title")):
            starts.extend(_case_beside_label(lines, i, m.group("num")))
            continue
        if m and _labelled_header(t):
            # 'Lukket punkt 5: Salg af grund': the status before the label marks the item closed
            starts.append(ItemStart(i, m.group("num"), m.group("title"), closed=t[:6].lower() == "lukket"))
            continue
        m = LABELLED_NUMBER_ONLY.match(t)
        if m:
            starts.extend(_number_only_start(lines, i, m.group("num")))
            continue
        m = BARE_NUMBER.match(t)
        before = starts[-1].number if starts else None
        if m and m.group("sub") and not (follows(before, m.group("sub")) or opens_run(before, m.group("sub"))):
            continue  # a sub-item's cell only after its base's header ('2.' … '2a'), or opening the list ('1a')
        if m:
            j = next_text_index(lines, i + 1)
            after = [x.text for x in lines[j + 1: j + 5] if x.text and x.text != lines[j].text]
            # the line under the number opens no body: 'Lovgrundlag: Lov om … § 124-' / '136.' / 'Økonomiske
            # konsekvenser: Ingen.' is a sentence's number wrapped onto a line of its own above a run-in section
            # (or the excerpt was cut under the title, before its body, where the number goes on from the last)
            printed = m.group("num") or m.group("cell") or m.group("square") or ""
            cut = _cut_off_after(lines, i) and _next_header(starts, printed)
            if (j < len(lines) and not marks_body(lines[j].text) and (cut or any(marks_body(x) for x in after[:3]))
                    and not LABEL_ALONE.fullmatch(lines[j].text) and (m.group("num") or _title_like(lines[j].text))):
                starts.append(ItemStart(i, m.group("num") or m.group("cell") or m.group("square")
                                        or sub_printed(m.group("sub")), lines[j].text,
                                        consumed=j - i + 1))
            continue
        m = SAG_NR_START.match(t)
        if m:
            starts.extend(_sag_nr_start(lines, i, m, starts[-1].index if starts else -1, page_below))
    return starts


# '4. 00.01.00-P20-1-24 Title', '4. 24/1233 Title': a publisher prints the item's case number between its number and
# its title; NUMBERED_START wants the title's own first letter, so the line is read here, where it is a header's, and
# only when what follows the number is a case number and then a title (the item's header reads it off: case_number_head)
_CASE_FIRST = re.compile(r"^(?:[•·▪●◦]\s*)?(?P<num>\d{1,3})[.:)]?\s+(?P<title>\d.{2,})$")


def _numbered_header(text: str) -> re.Match[str] | None:
    """NUMBERED_START's match of a header line, or _CASE_FIRST's when a case number opens its title."""
    m = NUMBERED_START.match(text)
    if m is None and (m := _CASE_FIRST.match(text)) and case_number_head(m.group("title"))[1] is None:
        return None
    return m


def _numbered_starts(lines: list[Line], meeting_context: bool, labelled: list[int]) -> list[ItemStart]:
    """Headers known by their number alone ('64. Title'), trusted with cues after them, in a run of
    consecutive numbered titles, or as a closed item's. `labelled`: the lines of the headers known by
    their labels, in line order, which open items too (a numbering inside one is its text's)."""
    # the numbered titles in a run of them (each asked once: a long list's run is walked for each of its lines)
    runs = {i for i, ln in enumerate(lines) if meeting_context and NUMBERED_START.match(ln.text) and _toc_run(lines, i)}
    toc = {(m.group("num"), m.group("title").casefold()) for i in runs if (m := NUMBERED_START.match(lines[i].text))}
    pages = _page_numbered_lines(lines)
    starts: list[ItemStart] = []
    unsure: list[ItemStart] = []  # numbered titles with no cue of their own (an empty body, one sentence under it)
    for i, ln in enumerate(lines):
        m = _numbered_header(ln.text)
        if not m or i in pages:
            continue  # ('3 1. Godkendelse …': a transcript's page number opens the line, no item's)
        if base_value(m.group("num")) is not None:
            if not _sub_item_in_run(ln.text, m, starts + unsure):
                continue  # '2a Title' only in its run after item 2 ('§ 2a', a stray '3a' in the text: no item)
        elif starts and "." in m.group("num") and m.group("num").split(".")[0] == starts[-1].number:
            continue  # '2.2 Økonomi' under item 2: a point of item 2's text, no item
        above = bisect_left(labelled, i)  # the last labelled header above line i (`labelled` is in line order)
        last = max([s.index for s in starts[-1:]] + labelled[above - 1: above], default=None)
        lead = _run_lead(lines, i)
        if lead is not None and (ATTACHMENT_HEADING.match(lines[lead].text) or last is not None and last < lead):
            # 'Bilag' / '1. Notat' / '2. Oversigt': a bilag list numbers its entries from 1; so do the points
            # of a proposal inside an item ('Direktionen indstiller, at' / '1. Budgettet godkendes' / …)
            continue
        if _proposal_point(lines, i, m.group("num")):
            continue  # 'Forvaltningen indstiller følgende:' / '4. Planen godkendes.': a proposal's point, no item
        if last is not None and _numbered_again(lines, i, m.group("num"), last) \
                and not (_next_header(starts, m.group("num")) and _body_right_below(lines, i)):
            # '1. Baggrund' … '2. Økonomi' … '3. Vurdering': an item's text numbers its own headings; but the number
            # after the last header's, with an item's body opening right below it, goes on from the headers ('4. Salg
            # af grund' / 'Bilag' / '1. Kortbilag' … '4. Tidsplan' / '5. Eventuelt' / 'Sagsnr.: …')
            continue
        if (_numbered_is_item(lines, i, m.group("title")) or clean_title(m.group("title"))[1]
                or meeting_context and (i in runs or (m.group("num"), m.group("title").casefold()) in toc)):
            starts.append(ItemStart(i, sub_printed(m.group("num")), m.group("title"), kind="numbered"))
        else:
            unsure.append(ItemStart(i, sub_printed(m.group("num")), m.group("title"), kind="numbered"))
    return _in_sequence(starts, unsure, lines)


def _in_sequence(starts: list[ItemStart], unsure: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """The headers with their cues, and the numbered titles without one whose numbers the headers' own numbering
    leaves a place for: the run n + 1 … m - 1 between headers n and m, a run on from the last header, or one
    counting up to the first; printed alike with their mark ('4.'), each opening its block and not listed
    already. An item with nothing under it but a sentence ('2. Godkendelse af dagsorden' / 'Dagsordenen
    godkendt.') or nothing at all ('3. Eventuelt') is still the item its number says."""
    if not starts or not unsure:
        return starts
    numbers = {s.number for s in starts}
    fit = [c for c in unsure if c.number.isdecimal() and c.number not in numbers and _mark(lines[c.index].text)
           and len(c.title) <= 150 and (_opens_block(lines, c.index) or _cut_off_after(lines, c.index)
                                        or _under_field(lines, c.index))]
    # ('1 Referat …': a transcript's page number)
    at = [s.index for s in starts]  # in line order, as `starts` is
    gaps: dict[int, list[ItemStart]] = {}
    for c in fit:
        gaps.setdefault(bisect_left(at, c.index), []).append(c)
    added: list[ItemStart] = []
    for k, cands in gaps.items():
        prev, nxt = (starts[k - 1] if k else None), (starts[k] if k < len(starts) else None)
        mark = _mark(lines[(prev or nxt).index].text)
        cands = [c for c in cands if _mark(lines[c.index].text) == mark and all(
            _mark(lines[s.index].text) == mark for s in (prev, nxt) if s)]
        if prev is not None:
            run = _counting(cands, _num(prev.number), 1)
            if run and (nxt is None or _num(nxt.number) == int(run[-1].number) + 1):
                added += run
        elif nxt is not None:
            run = _counting(cands[::-1], _num(nxt.number), -1)
            added += run
    return _with_sub_items(sorted(starts + added, key=lambda s: s.index) if added else starts, unsure, lines)


def _with_sub_items(starts: list[ItemStart], unsure: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """The starts with each numbered title without a cue that is a sub-item in its run ('6. Title' / '6a Title' /
    '7. Title', sub_items.follows): the header right before it is its base's or its sibling's, it opens its block."""
    out = list(starts)
    for c in unsure:
        if base_value(c.number) is None or not _opens_block(lines, c.index):
            continue
        at = bisect_left([s.index for s in out], c.index)
        if at and follows(out[at - 1].number, c.number or "") or not at and opens_run(None, c.number or ""):
            out.insert(at, c)
    return out


def _counting(cands: list[ItemStart], number: float | None, step: int) -> list[ItemStart]:
    """The candidates, in the order given, that go on counting from `number` by `step` (one each, skipping the
    rest): the numbers a run of headers leaves out."""
    if number is None or number != int(number):
        return []
    run, want = [], int(number) + step
    for c in cands:
        if int(c.number) == want:
            run.append(c)
            want += step
    return run


def _opens_block(lines: list[Line], i: int) -> bool:
    """Line i stands at the top of a block: the page's first line or one under a blank line."""
    return i == 0 or not lines[i - 1].text


# a label with its value on one line ('Mødested: Byrådssalen', 'Sagsnr.: 24/1001'): a field, whole on its line
_FIELD_ABOVE = re.compile(r"^[A-ZÆØÅ][\w. /-]{1,30}:\s+\S")


def _under_field(lines: list[Line], i: int) -> bool:
    """Line i is right under a field's line ('Mødested: Byrådssalen' / '1. Godkendelse af dagsorden' / '2. Budget' /
    'Sagsnr.: …'): a page that sets no blank line between its blocks ends the meeting's facts, or a body's field, with
    the field's own line, as a blank line would; a numbered line under it opens a block of its own, and the sequence
    of the numbers does the rest (_in_sequence). Not a sentence's line: a point of a text runs on under its lead."""
    k = previous_text_index(lines, i - 1)
    return k == i - 1 and bool(_FIELD_ABOVE.match(lines[k].text.strip()))


def _cut_off_after(lines: list[Line], i: int) -> bool:
    """Line i is among the page's last three, under a finished sentence ('Godkendt.' / '3. Køb af ejendom' and at
    most two lines more: the title's wrapped end, the first words of its body): the excerpt was cut right after the
    next item's header, before any cue of its body could vouch for it. A sentence ends the block above as a blank
    line would; the sequence of the numbers does the rest (_in_sequence)."""
    # (asked of every unsure header: the scan stops at a third line after it, not at the page's end)
    later = (k for k in range(i + 1, len(lines)) if lines[k].text)
    if next(islice(later, 2, None), None) is not None:
        return False
    k = previous_text_index(lines, i - 1)
    above = lines[k].text.strip() if k >= 0 else ""
    return bool(above) and (above.endswith((".", "!")) or bool(_OUTCOME_ALONE.fullmatch(above)))


# an outcome printed alone without its full stop ('Godkendt', 'Taget til efterretning', 'Intet'): a decision's whole
# text, which ends its block as a sentence does
_OUTCOME_ALONE = re.compile(rf"{OUTCOME_WORDS}|Intet|Ingen bemærkninger")


def _body_right_below(lines: list[Line], i: int) -> bool:
    """The line under line i opens an item's body: a cue ('Sagsnr.: …') or a section heading ('Beslutning'),
    not the text a numbered heading inside a body has under it ('3. Vurdering' / 'Forvaltningen anbefaler.')."""
    j = next_text_index(lines, i + 1)
    return j < len(lines) and (marks_body(lines[j].text) or is_heading(lines[j].text))


def _next_header(starts: list[ItemStart], number: str) -> bool:
    """`number` is the one after the last header's."""
    last = starts[-1].number if starts else None
    return bool(last and last.isdecimal() and number.isdecimal() and int(number) == int(last) + 1)


def _page_numbered_lines(lines: list[Line]) -> set[int]:
    """The lines a transcript opens with its pages' numbers (list_entry.page_prefixes), by index."""
    text = "\n".join(ln.text for ln in lines)
    prefixes = page_prefixes(text)
    if not prefixes:
        return set()
    out, at = set(), 0
    for i, ln in enumerate(lines):
        if at in prefixes:
            out.add(i)
        at += len(ln.text) + 1
    return out


def _labelled_header(text: str) -> bool:
    """'Punkt 4: Budget 2025' heads an item; 'Punkt 2: Godkendt.' (a decision per point) and a heading after
    the label do not."""
    m = LABELLED_START.match(text)
    return bool(m) and not is_heading(m.group("title")) and not BARE_OUTCOME.match(m.group("title"))


def _run_lead(lines: list[Line], i: int) -> int | None:
    """The line above the run of lines numbered 1, 2, 3 …, one right under the other, that holds line i:
    the heading or sentence the run belongs to. None where line i is in no such run of two or more (whole
    numbers only: '1.1' is a point of point 1, in no such run)."""
    def num(k: int) -> int | None:
        printed = _printed_number(lines, k)
        return int(printed) if printed and printed.isdecimal() else None

    n = num(i)
    if n is None or not (num(i + 1) == n + 1 or n >= 2):
        return None
    first = i - n + 1
    if first < 0 or any(num(k) != k - first + 1 for k in range(first, i)):
        return None
    k = next((j for j in range(first - 1, -1, -1) if lines[j].text), -1)
    return k if k >= 0 else None


# a sentence that introduces a list of points: 'Forvaltningen indstiller, at', 'Det indstilles følgende:' (three
# words or more: 'Dagsorden:' heads a list of items)
_LIST_INTRO = re.compile(r"^\S+(?:\s+\S+){2,}(?::|,?\s+at|\s+følgende)$", re.IGNORECASE)
# how a point of a sentence's list ends: a full stop, or a comma, semicolon or 'og' running on to the next point
_POINT_END = re.compile(r"(?:[.,;]|\s(?:og|samt|eller))$")


def _proposal_point(lines: list[Line], i: int, number: str) -> bool:
    """Line i ('4. Planen godkendes.') is a point of a list a sentence introduces: the lines above it, without a
    blank line, are the points before it counting down and their wrapped lines, under a line introducing a list
    ('Forvaltningen indstiller følgende:'), and its point ends like a sentence. Why: an item header is a title,
    not a sentence's point, and a body numbers its proposals from any number (a list may go on from an earlier
    one, or its numbers be the next items')."""
    if not number.isdecimal():
        return False
    want, k = int(number) - 1, i - 1
    while k >= 0 and lines[k].text and k > i - 40:
        printed = _printed_number(lines, k)
        if printed is not None:
            if printed != str(want):
                return False
            want -= 1
        elif _LIST_INTRO.match(lines[k].text.strip()):
            return _point_ends(lines, i)
        k -= 1
    return False


def _point_ends(lines: list[Line], i: int) -> bool:
    """The point opened by line i, run on over its wrapped lines (to a blank or numbered line), ends like a
    sentence's point."""
    k = i
    while k + 1 < len(lines) and lines[k + 1].text and _printed_number(lines, k + 1) is None \
            and not marks_body(lines[k + 1].text) and k < i + 8:
        k += 1
    return bool(_POINT_END.search(lines[k].text.strip()))


def _numbered_again(lines: list[Line], i: int, number: str, after: int) -> bool:
    """Line i, numbered `number` (2 or more), is preceded, after line `after` (the last item start), by lines
    numbered number - 1 … 1, the nearest first: a numbering that began again inside an item."""
    if not number.isdecimal() or int(number) < 2:
        return False
    mark = _mark(lines[i].text)
    want = int(number) - 1
    for k in range(i - 1, after, -1):
        m = NUMBERED_START.match(lines[k].text)
        if m and (m.group("num") != str(want) or _mark(lines[k].text) != mark):
            return False  # the nearest numbered lines above count down to 1, printed alike, or it is no such numbering
        if m:
            want -= 1
            if want == 0:
                return True
    return False


def _mark(text: str) -> str:
    """What follows a numbered line's number: '.', ')', ':' or nothing ('3. Vurdering' against '1 Bilag'); or the
    number sign before it ('# 3 Title'), which marks the number as a stop does."""
    m = NUMBERED_START.match(text)
    return ("#" if text.startswith("#") else text[m.end("num"): m.end("num") + 1].strip()) if m else ""


def _number_only_start(lines: list[Line], i: int, num: str) -> list[ItemStart]:
    """'Pkt. 115' alone on line i: the title is the next line ('Punkt 3' / 'Sagsnr.: 24/1234' / title:
    after a case number, which stays in the item's body)."""
    j = next_text_index(lines, i + 1)
    if j < len(lines) and _title_like(lines[j].text):
        return [ItemStart(i, num, lines[j].text, consumed=j - i + 1)]
    if j < len(lines) and _case_number_line(lines[j].text):
        k = next_text_index(lines, j + 1)
        if k < len(lines) and _title_like(lines[k].text):
            return [ItemStart(i, num, lines[k].text, skip={k})]
    b = i - 1 if i and lines[i - 1].text else -1
    if j < len(lines) and is_heading(lines[j].text) and b >= 0 and _title_like(lines[b].text) \
            and not lines[b].text.endswith((".", ":", ";", ",")):
        # 'Lokalplan for Søvej' / 'Punkt 3' / 'Sagsfremstilling': the title right above its label
        return [ItemStart(b, num, lines[b].text, consumed=i - b + 1, title_before=True)]
    return []


def _case_beside_label(lines: list[Line], i: int, num: str) -> list[ItemStart]:
    """'Punkt 1 Sagsnr. 21-014420' / 'Godkendelse af dagsorden': a header whose label line holds the case
    number (a layout that prints the case cell to the right of the label, the title in large type below
    it: the text layer reads the label's line across). A case field is never a title (a title states a
    subject; 'Sagsnr. X' is a label and its value), so the title is the next line, read as for a label alone;
    the case number stays on the header's line, which assemble reads as the body run on there."""
    j = next_text_index(lines, i + 1)
    if j < len(lines) and (_title_like(lines[j].text) or _closed_title(lines[j].text)) \
            and not _case_number_line(lines[j].text):
        return [ItemStart(i, num, lines[j].text, skip={j})]
    return []


def _closed_title(text: str) -> bool:
    """'Lukket punkt. Salg af grund': a closed item's title printed after its status, where the header's label
    stands on the line above. The status is a cue when it stands alone, but a status set off by its stop and
    followed by a capitalised title is that title's prefix (clean_title strips it and marks the item closed),
    as on a contents line or a numbered header: a body's closed marker does not go on with a title."""
    m = CLOSED_PREFIX.match(text)
    rest = text[m.end():] if m else ""
    return bool(rest[:1].isupper() and _title_like(rest) and not CLOSED_MARKER.match(rest))


def _title_like(text: str) -> bool:
    """A line that can be a title below its header: no heading, no cue, not a label with no value ('Lukket:',
    'Sagsnr.:': a form's empty field), and not a sentence going on in lower case ('Nr. 12' / 'og er på 800 m2.':
    a house number in a text)."""
    return not text[:1].islower() and not is_heading(text) and not is_cue(text) and not LABEL_ALONE.fullmatch(text)


# a label with no value ('Lukket:', 'Sagsnr.:'): a form's empty field, where a title would stand
LABEL_ALONE = re.compile(r"[\w. -]{1,30}:\s*")


def _sag_nr_start(lines: list[Line], i: int, m: re.Match[str], last_start: int,
                  page_below: bool | None = None) -> list[ItemStart]:
    """'Sag nr. 3: Budget for vejene' with its title after it, a bare 'Sag nr. 3' with the title on the line below
    it or with the title on the line right before (Rudersdal style), unless that line already starts an item
    (`last_start`). Which of the two a bare label has is the page's layout (`page_below`, sag_nr_titles_below),
    else, where the page does not tell, the label's own lines: the title below where the line above can be none or
    where the label hugs the line below and a blank line sets it off from the one above."""
    rest = m.string[m.end():].strip(f" :.{SPACED_DASHES}")
    j, k = _text_around(lines, i)
    title = lines[j].text if j >= 0 else ""
    # 'Sag nr. 5 Eventuelt': one word is the title too where the line above ends the last item's text or is
    # a field of the meeting's facts ('Mødested: Rådhuset'), no title
    if rest[:1].isupper() and (len(rest.split()) >= 2 or not STATUS_ONLY.match(rest)
                               and (title.endswith(":") or not _above_is_title(title))):
        return [ItemStart(i, m.group("num"), rest)]
    below = lines[k].text if k < len(lines) else ""
    # (on a page whose labels head their titles, a title's own stop is no sentence's: 'Lån til skatter m.v.')
    if page_below and _below_is_title(below.rstrip(".")) or page_below is None and _below_is_title(below) \
            and (not _above_is_title(title) or k == i + 1 and j < i - 1):
        return [ItemStart(i, m.group("num"), below, skip={k})]
    if title and not is_heading(title) and last_start < j:
        return [ItemStart(j, m.group("num"), title, consumed=i - j + 1, kind="sagnr", title_before=True)]
    return []


def _text_around(lines: list[Line], i: int) -> tuple[int, int]:
    """The indexes of the printed lines right above and right below line `i` (-1 / len(lines) where none)."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    return j, next_text_index(lines, i + 1)


# a field with its short value ('Beslutningskompetence: KB', 'Mødedato: 12.03.2024', 'Mødested: Rådhuset, lokale 1'):
# no title, above or below a label; a title's colon goes on with a phrase ('Bolværksprojektet: Stillingtagen til …')
_FIELD_LINE = re.compile(r"^[\w. /-]{1,40}:\s+\S+(?:\s+\S+){0,2}$")


def _below_is_title(below: str) -> bool:
    """The line under a bare 'Sag nr. 3' can be its title: no heading, field, case type, status or sentence."""
    return bool(below) and _title_like(below) and not below.endswith(".") and not _case_number_line(below) \
        and not _FIELD_LINE.match(below) and not _CASE_TYPE_LINE.match(below) and not STATUS_ONLY.match(below)


def _above_is_title(above: str) -> bool:
    """The line over a bare 'Sag nr. 3' can be its title: something printed, no finished sentence, no field."""
    return bool(above) and not above.endswith((".", "!", "?")) and not _FIELD_LINE.match(above)


def sag_nr_titles_below(lines: list[Line]) -> bool | None:
    """Whether the page's bare 'Sag nr. 3' labels head the titles printed under them ('Sag nr. 3' / 'Budget for
    vejene', as under 'Punkt 3') or close the titles printed over them (Rudersdal's 'Budget for vejene' / 'Sag nr.
    3' / 'Sagens kerne'); None where the page does not tell. A publisher prints every item alike, so the labels
    where only one side can be a title (a finished sentence or a field above, a heading below) decide for the
    others; where none does, the side the labels hug (no blank line between) does, and labels that stand between
    blank lines on both sides head what follows them, as any label over its item does."""
    votes, hugs = Counter(), Counter()
    bare = 0
    for i, ln in enumerate(lines):
        m = SAG_NR_START.match(ln.text) if ln.text[:3].casefold() == "sag" else None
        if m is None or m.string[m.end():].strip(f" :.{SPACED_DASHES}"):
            continue
        bare += 1
        j, k = _text_around(lines, i)
        above = _above_is_title(lines[j].text) if j >= 0 else False
        below = _below_is_title(lines[k].text) if k < len(lines) else False
        if above != below:
            votes[below] += 1
        hugs["above"] += j == i - 1
        hugs["below"] += k == i + 1
    if votes[True] != votes[False]:
        return votes[True] > votes[False]
    if hugs["above"] != hugs["below"]:
        return hugs["below"] > hugs["above"]
    return True if bare and not hugs["above"] else None


def _case_number_line(text: str) -> bool:
    return bool(standalone_case_number(text) or labelled_case_numbers(text))


# the case's type on a line of its own under the title ('Orienteringssag', 'Beslutningssag', 'Drøftelsessag'): a
# field of the item, no part of its title
_CASE_TYPE_LINE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,}ssag\.?$")


def _extend_wrapped_title(start: ItemStart, lines: list[Line], titles: set[str]) -> None:
    """PDF titles wrap: 'Punkt 2: … sikre Havnens' / 'Perles fremtid på Aarhus Ø' / 'EMN-2025-003383'.

    A line between the header and a case-number line that is no cue itself continues the title; not a line
    that is another header's title (`titles`, casefolded): a contents list's last entry, then the first item's
    body under its title alone ('4. Salg af grund' / '' / 'Godkendelse af dagsorden' / 'Sagsnr.: …'); nor a route
    with its bodies ('Sagsgang: ØU, KB' / 'Sagsnr.: …'): the first of the item's fields, as a block of fields
    under the title prints it, is never a title's rest (the route was lost and the title held it)."""
    if start.title_before:
        return
    i = next_text_index(lines, start.index + start.consumed)  # a title in a larger font ends in a block break
    j = next_text_index(lines, i + 1)
    if j >= len(lines) and not OPEN_END.search(start.title):
        return  # (the page's last line is a title's rest only where the title ends open: the excerpt cut under it)
    cont, nxt = (lines[i].text if i < len(lines) else ""), (lines[j].text if j < len(lines) else "")
    if cont and nxt and len(cont) < 120 and norm_space(cont).casefold() not in titles and not is_cue(cont) \
            and not LABELLED_START.match(cont) \
            and not NUMBERED_START.match(cont) and not COUNTED_START.match(cont) \
            and not _CASE_TYPE_LINE.match(cont) and not ABSENT_LABEL.match(cont) \
            and inline_route(cont) is None and (standalone_case_number(nxt) or labelled_case_numbers(nxt)):
        start.title = start.title + " " + cont
        start.consumed = i + 1 - start.index
    elif _wrapped_on(lines, start.index + start.consumed):
        start.title = start.title + " " + lines[start.index + start.consumed].text
        start.consumed += 1




def _wrapped_on(lines: list[Line], k: int) -> bool:
    """Line k, right under a header's long last line (or one that ends open: OPEN_END), is the rest of its
    title a page's column broke off
    ('… for Udvalget for Økonomi og' / 'Erhverv'): no cue (a heading's word in lower case is the title's:
    '… - efter' / 'høring'), label, number, outcome or sentence, no longer
    than the line it continues, and the header's block ends with it (a blank line or the next header)."""
    if not 0 < k < len(lines) or not lines[k].text:
        return False
    head, cont = lines[k - 1].text, lines[k].text
    after = lines[k + 1].text if k + 1 < len(lines) else ""
    if len(head) < 50 and not OPEN_END.search(head) or head.endswith((":", "?", "!")) \
            or re.search(r"[^\W\d]{4}\.$", head) \
            or len(cont) > len(head) or ":" in cont or head.endswith(f" {cont}"):
        # a sentence's full stop ends the line ('… godkendes.'), not a date's ('den 14.'); and the header's title
        # printed again as its body's first line ('147. Godkendelse af dagsorden …' / 'Godkendelse af dagsorden …',
        # each a paragraph of a web page) is no rest of it
        return False
    if is_cue(cont) and not cont[0].islower() or BARE_OUTCOME.match(cont) or LABELLED_START.match(cont) \
            or NUMBERED_START.match(cont) or COUNTED_START.match(cont) or SAG_NR_START.match(cont) \
            or standalone_case_number(cont) or _NUMBERS_ONLY.fullmatch(cont) \
            and not YEAR_SPAN.fullmatch(cont):
        # a page number, a date or a number of any other form ('053164-2012') is no title's rest; a year or a
        # span of years is ('… d. 8. august' / '2018', '… for skoleåret' / '2016/17')
        return False
    if cont.endswith(".") and len(cont.split()) > 8:
        return False  # a sentence: the item's text begins
    return not after or bool(NUMBERED_START.match(after) or LABELLED_START.match(after) or is_cue(after))


def _body_size(starts: list[ItemStart], k: int, lines: list[Line], head: set[str]) -> int:
    """The item's non-empty lines up to the next start; `head`, the document's lines above its first start."""
    end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
    body = [ln.text for ln in lines[starts[k].index + starts[k].consumed: end] if ln.text]
    if starts[k].kind == "listed":
        # a contents list's last entry runs on to the first item's header over the page's foot and the next
        # page's head ('25. juni 2015' / '2' / 'Byrådet' / 'Dagsorden'): the meeting's date, a page number and
        # the lines the document's head printed above the list, which are no body; counted as one, the entry
        # took the place of the item whose header follows, and that item was lost
        body = [t for t in body if not _page_chrome(norm_space(t), head)]
    return len(body)


def _page_chrome(text: str, head: set[str]) -> bool:
    """A line a page break prints: a bare page number, a bare date, or a line of the document's own head."""
    return text in head or bool(re.fullmatch(r"\d{1,4}", text)) or bool(DATE_ANY.fullmatch(text))


def drop_toc_entries(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """Resolve numbers listed more than once (tables of contents, fold-out headers).

    An item is known by its number: a bodiless listing (table of contents) is replaced by the
    later listing that has a body; a bodiless repeat right before its body (fold-out header) is
    dropped. Numbered items must rise, but only items with a body count for that, so a table of
    contents does not block the items it lists."""
    head = {norm_space(ln.text) for ln in lines[: starts[0].index] if ln.text} if starts else set()
    sizes = [_body_size(starts, k, lines, head) for k in range(len(starts))]
    key = restarted_key(starts)
    kept: dict[object, tuple[ItemStart, int]] = {}
    order: list[ItemStart] = []
    last_real: float | None = None
    for k, s in enumerate(starts):
        size = sizes[k]
        if size <= 2 and s.number is not None and any(key(o) == key(s) for o in starts[k + 1:]):
            if size and starts[k + 1].number == s.number:
                _open_at_fold_out(starts[k + 1], s)
            elif order:  # a fold-out header inside the previous item's span is no part of its text
                max(order, key=lambda o: o.index).skip.update(range(s.index, s.index + s.consumed))
            continue
        n = _num(s.number)
        # (a group numbered apart: its items are no repeats of the first group's)
        kept, last_real = ({}, None) if _opens_group(lines, starts, k, size, last_real) else (kept, last_real)
        if s.number is not None and key(s) in kept:
            prev, prev_size = kept[key(s)]
            if prev_size <= 2 < size:
                order[order.index(prev)] = s
                kept[key(s)] = (s, size)
                last_real = _num(s.number) if _num(s.number) is not None else last_real
            continue
        if s.kind == "numbered" and size > 2 and n is not None and last_real is not None and n <= last_real:
            continue
        below = last_real if last_real is not None else 0
        if s.kind == "numbered" and size > 2 and n is not None and n > below + 1 and any(
                sizes[j] > 2 and (m := _num(o.number)) is not None and below < m < n
                for j, o in enumerate(starts[k + 1:], start=k + 1)):
            continue  # '3. Vurdering' in item 1's text with item 2 still to come: the text's heading, not item 3
        order.append(s)
        kept[key(s)] = (s, size)
        if size > 2 and n is not None:
            last_real = n
    return sorted(order, key=lambda o: o.index)


def _opens_group(lines: list[Line], starts: list[ItemStart], k: int, size: int, last_real: float | None) -> bool:
    """Start k, a numbered header with a body (`size` lines) numbered no higher than the last such item before it
    (`last_real`), stands under a group heading on a line of its own ('Åbne punkter' … '3. Title' / body / 'Lukkede
    punkter' / '1. Title'), with no numbered line between the two: its group is numbered apart from 1, as a contents
    list's groups are (restarted_runs), so its numbers repeat none of the first group's. Why across publishers: a
    body's numbered points never start over behind such a heading."""
    n = _num(starts[k].number)
    if starts[k].kind != "numbered" or size <= 2 or n is None or last_real is None or n > last_real:
        return False
    begin = starts[k - 1].index + starts[k - 1].consumed if k else 0
    heads = [i for i in range(begin, starts[k].index) if GROUP.fullmatch(lines[i].text)]
    return bool(heads) and not any(NUMBERED_START.match(ln.text) for ln in lines[heads[-1] + 1: starts[k].index])


def _open_at_fold_out(start: ItemStart, fold_out: ItemStart) -> None:
    """A fold-out header ('• Pkt. 102 Dialogmøde') with lines of its own before the header it unfolds
    ('Pkt. 102' / 'Dialogmøde'): those lines (the bilag a site links above the text) are the item's, so
    the item opens at the fold-out, both headers left out of its body."""
    start.skip.update(range(fold_out.index, fold_out.index + fold_out.consumed),
                      range(start.index, start.index + start.consumed))
    start.index, start.consumed = fold_out.index, 0


def _num(number: str | None) -> float | None:
    try:
        return float(number) if number else None
    except ValueError:
        return None
