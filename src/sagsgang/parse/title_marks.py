"""What a header prints around an item's title, and the title without it.

An item's open/closed status ('Lukket: …', '… (Åben)', 'Fortroligt'), a contents row's leader and page ('… 12',
'(side 3)'), the meeting's date set off after the title: none of it is the title (annotation rules), and the
status is a field of its own. clean_title strips them and says whether the item is closed. Its own module: the
header readers, the contents readers and the body readers all ask it, and it asks none of them.
"""
from __future__ import annotations

import re

from .casenumbers import CASE_LABEL_WORDS
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import NUMERIC_DMY
from .lines import norm_space

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

TOC_LEADER = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*\d*\s*$|\s+\.{2,}\s*\d+\s*$|\t\s*\d+\s*$")


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
