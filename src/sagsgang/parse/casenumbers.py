"""Case numbers (sagsnumre) in every printed ESDH form, and their normalised identity.

Forms (see shared/docs/domain.md): 22/8164 (Acadre), 24-003250 and 21-046857K, 330-2018-3619
(SBSYS), 00.22.00-G01-3-18 (KLE journal numbers), EMN-2025-003383 and S2024-1234 (a register's capitals, a year,
a serial), '2022 - 15608' (F2),
2022-0319547 (eDoc), 053164-2012 (serial and year). Document numbers (Dok.nr., Dokumentnummer) and law
references are not cases.
"""
from __future__ import annotations

import re

from .dashes import DASH_CHARACTERS, NUMBER_DASH, SPACED_DASH, SPACED_DASHES


def _dashed(form: str) -> str:
    """A form with every hyphen ('~') a hyphen or an en dash, as a publisher's style sets it ('21–046857K':
    dashes.NUMBER_DASH); the number is kept as printed."""
    return form.replace("~", f"[{NUMBER_DASH}]")


_EMN = r"EMN~\d{4}~\d{3,}"
_KLE = r"\d{2}\.\d{2}\.\d{2}~[A-ZÆØÅ]\d{2}~\d+~\d{2}"  # KLE journal number
_SBSYS = r"\d{3}~\d{4}~\d{2,}"
# A case system's letters, a year and a serial ('S2024-1234', 'SAG-2024-01234', 'G01-2024-0123', 'EMN-2024-01234'):
# the shape case systems share when they prefix their numbers with a register's letters (optionally with its two
# digits), whatever the system. Capitals only (a word in prose is not a register's code) and a serial of four
# digits or more that is no year: 'B2026-2029' is a budget's years ('B' its letter), no case.
_PREFIXED = r"[A-ZÆØÅ]{1,4}\d{0,2}~?(?:19|20)\d{2}~(?!(?:19|20)\d{2}(?!\d))\d{4,}"
_FORMS = [_dashed(f) for f in (
    _EMN,
    _PREFIXED,
    _KLE,
    r"\d{2}\.\d{2}\.\d{2}[A-ZÆØÅ]\d{2}~\d{4,}",        # Acadre with KLE prefix (85.02.02G00-0011)
    _SBSYS,
    r"(?:19|20)\d{2}\s?[" + SPACED_DASH + r"]\s?\d{4,}",  # F2 / eDoc (its dash spaced too: '2022 - 15608')
    r"(?:19|20)\d{2}/\d{3,}",                        # year/serial (Odense 2007/34364)
    r"\d{2}/\d{2,6}",                                # Acadre
    r"\d{2}~\d{4,7}[A-Z]?",                          # year-serial with optional letter
    r"\d{6}~(?:19|20)\d{2}",                          # serial-year (050527-2012)
)]
# no word, slash or dash goes on behind a case number: a form matches no longer token's start
_NUMBER_ENDS = rf"(?![\w/{NUMBER_DASH}])"
CASE_FORM = re.compile(rf"(?<![\w/.{NUMBER_DASH}])(?:" + "|".join(_FORMS) + ")" + _NUMBER_ENDS)
# The forms that name a case where a flattened page prints one without its label behind an item's title ('Punkt 1:
# Godkendelse af dagsorden EMN-2023-009832 Beslutninger …': title_tidy.BODY_CUE ends the title there): EMN, a
# register's capitals before a year and a serial, KLE and SBSYS numbers and the year-serial form with a six-digit
# serial ('24-003250', '21-046857K'), not every _FORMS form (a pattern's content, for a reader to put in its own
# pattern)
UNLABELLED_CASE_FORM = ("(?:" + "|".join(_dashed(f) for f in (_EMN, _PREFIXED, _KLE, _SBSYS, r"\d{2}~\d{6}[A-Z]?"))
                        + ")" + _NUMBER_ENDS)
# The words of a case-number label, one list for every reader (a line's label, a label inside a flattened line,
# where a title ends on its header's line): 'Sagsnr.', 'Sags ID:', 'SagsID:', 'Sagnr.:', 'Journal nr.', 'ESDH-nr.:'.
# Case-insensitive; not 'Sag nr.', which numbers an item unless its colon says otherwise (each reader decides).
# A case system's name joined to 'sag' by a hyphen ('Acadre-sag:', 'ESDH-sagsnr.:', 'F2-sag:') is such a label
# whatever the system: the hyphen names the kind of case, and no status word ('Åben sag') is hyphenated.
# 'Sag(s)' or 'Journal' and 'nr'/'nummer' are one label however a publisher joins them: run together, or split by a
# space, a hyphen or a full stop ('Sags-nr.:', 'Sags.nr.:', 'Journal-nr.:', 'Jour.nr.:', 'Sags nummer:', 'Sagnummer:',
# 'Sagsnumre:' over two cases; not 'Sag nummer 4', which numbers an item as 'Sag nr. 4' does).
CASE_LABEL_WORDS = (r"Sagsnr|Sags[\s.-]?nr|Sagnr|Sagnummer|Sags[\s-]?num(?:mer|re)|Sags[\s-]?id|J\.?\s?nr"
                    r"|Jour(?:nal)?[\s.-]?nr|Journal[\s-]?nummer"
                    r"|Acadre\s?sagsnr|ESDH[\s-]?nr|[^\W_]{2,12}-sag(?:snr|snummer)?")
# Labels that introduce a case number; value on the same line or the next one. A bare 'Sag' is a label only as a
# word of its own: 'Sagen afgøres i: Byrådet 2022-2025' is a sentence about where the case is decided, and its
# period of office ('2022-2025') is no case number.
CASE_LABEL = re.compile(
    r"^\s*(?:[•·▪●]\s*)?(?:Sagsnummer(?:\s+i\s+\w+)?|Sagsnummer\s+\w+|Sag\s+nr\.?\s*(?=:)|"
    rf"{CASE_LABEL_WORDS}|Sag(?![^\W\d_]))\.?\s*:?\s*(.*)$",
    re.IGNORECASE,
)
# The first letter of every CASE_LABEL label, with the same flags: a line without it is no label.
_LABEL_START = re.compile(r"\s*(?:[•·▪●]\s*)?(?:[sjae]|[^\W_]{2,12}-sag)", re.IGNORECASE)
# a document's number, no case's ('Dok.nr.: 99/2345', 'Dokumentnummer: …'): the field a case number's line has beside it
_DOCUMENT_WORDS = r"Dok\.?\s?nr|Dokumentnummer|Dokument\s?nr"
DOCUMENT_LABEL = re.compile(rf"^\s*(?:{_DOCUMENT_WORDS})\b", re.IGNORECASE)
_NOT_CASE_LABEL = re.compile(rf"^\s*(?:{_DOCUMENT_WORDS}|Sag\s+nr\.?\s*\d+\s*$)", re.IGNORECASE)
_BARE_DIGITS = re.compile(r"^(\d{4,9})\b")
_BRACKETED_LINE = re.compile(r"\s*\(([^()]+)\)\s*")  # a whole line in brackets
_SHORT_ACADRE = re.compile(r"^(\d{2}/\d{1,6})(?![\w/])")  # "Sagsnr.: 14/4": a label vouches for a short serial
# A line that is nothing but a case number, optionally with its open/closed marker.
STANDALONE = re.compile(r"^\s*(" + "|".join(_FORMS) + rf")\s*[{SPACED_DASH}]?\s*"
                        r"(?:(?:Åben|Lukket)\s+(?:sag|punkt))?\s*$", re.IGNORECASE)


def find_case_numbers(text: str) -> list[str]:
    """Every case-number-shaped token in `text`, as printed, in order, without duplicates."""
    seen: list[str] = []
    for m in CASE_FORM.finditer(text):
        if m.group(0) not in seen:
            seen.append(m.group(0))
    return seen


# the row's next field after a case number's label and value ('Dok.nr.: …', 'Dok: …', 'Sagsbehandler: …'): a document's
# number is no case's
_NEXT_FIELD = re.compile(r"\b(?:Dok\.?\s?nr|Dokumentnummer|Dok\.?\s*:|Sagsbehandler|Sagen afgøres)", re.IGNORECASE)


def labelled_case_numbers(line: str, next_line: str | None = None) -> list[str] | None:
    """Case numbers given by a 'Sagsnr.: …' style label on `line` (value possibly on `next_line`).

    Returns None when the line is not such a label, [] when the label has no readable value. A label set in
    brackets on a line of its own under the title ('(Sagsnr.: 24/1234)') is read as without them.
    """
    line = bracketed.group(1) if (bracketed := _BRACKETED_LINE.fullmatch(line)) else line
    if not _LABEL_START.match(line) or _NOT_CASE_LABEL.match(line):
        return None
    m = CASE_LABEL.match(line)
    if not m:
        return None
    label = line[: m.start(1)].strip().lstrip("•·▪● ").lower()
    if re.fullmatch(r"(?:[^\W_]+-)?sag[.:\s]*", label) or (
            label.startswith("sag") and not re.match(r"sags?[\s.-]?(?:nr|nummer|id)", label)):
        # A bare "Sag:" label (or a system's 'Acadre-sag:') is only a case label when a case-number form follows.
        value = m.group(1)
        if not value.strip() and label.endswith(":"):
            # 'Sag:' alone is a label by its colon (no title ends 'Sag:'); its number the next line's only text
            # where one follows (a label and its value in two cells of a row)
            alone = standalone_case_number(next_line) if next_line is not None else None
            return [alone] if alone else []
        return find_case_numbers(_NEXT_FIELD.split(value)[0]) or None
    value = m.group(1).strip()
    value = _NEXT_FIELD.split(value)[0]
    if not re.search(r"\d", value) and next_line is not None:
        # "Sagsnummer eDoc" / "Sagsnummer i F2" with the number on the next line
        value = next_line.strip()
    found = find_case_numbers(value)
    if not found:
        bare = _BARE_DIGITS.match(value) or _SHORT_ACADRE.match(value)
        if bare:
            found = [bare.group(1)]
    return found


def standalone_case_number(line: str) -> str | None:
    """The case number when `line` holds nothing else (FirstAgenda, Aarhus, Norddjurs headers)."""
    m = STANDALONE.match(line)
    return m.group(1) if m else None


# '1. Salg af grund 24/1233', '… (Sagsnr. 24/1233)', '… - J.nr. 2024-1233': the case number printed at the end of
# the item's title line, no part of the title; '… · EMN-2024-001234': a middle dot sets it off as a dash does
# (every label spelling a line's label takes: CASE_LABEL_WORDS, '(Sagsid: 24/1233)', '(Journal-nr. 24/1233)')
_TITLE_TAIL = re.compile(rf"\s*[{SPACED_DASH},·]?\s*\(?"
                         rf"(?:(?:(?i:{CASE_LABEL_WORDS}|Sag\s+nr)|Sag)\.?\s*:?\s*)?"
                         rf"(?<![\w/.{NUMBER_DASH}])(?P<number>" + "|".join(_FORMS) + r")\)?\s*$")
# '2024-2028', '2024–2028', '2016/2017', '2012/13'
YEAR_SPAN = re.compile(rf"(?:19|20)\d{{2}}\s?[{SPACED_DASH}/]\s?(?:(?:19|20)\d{{2}}|\d{{2}})")


def case_number_tail(title: str) -> tuple[str, str | None]:
    """(the title, the case number its line ends with or None). A year span ('2024-2028', '2016/2017') or a
    date ('19/12-2018') is the title's."""
    m = _TITLE_TAIL.search(title)
    if not m or YEAR_SPAN.fullmatch(m.group("number")) or not title[: m.start()].strip():
        return title, None
    if m.group(0).lstrip().startswith("(") != m.group(0).rstrip().endswith(")"):
        return title, None  # a bracket opened or closed inside the title
    return title[: m.start()].rstrip(f" {SPACED_DASHES},·"), m.group("number")


# '1 24/1231 Godkendelse af dagsorden': a contents table's case-number column between the number and the title,
# its label printed with it or not ('1. Sagsnr. 24/1231 Godkendelse …': the label names the number, whatever follows)
_TITLE_HEAD = re.compile(rf"^(?:(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*)?(?P<number>" + "|".join(_FORMS)
                         + rf")\s*[{SPACED_DASH}:]?\s+(?=[A-ZÆØÅ])")


def case_number_head(title: str) -> tuple[str, str | None]:
    """(the title, the case number its line starts with or None); a year span ('2024-2028 Budget') is the title's."""
    m = _TITLE_HEAD.match(title)
    if not m or YEAR_SPAN.fullmatch(m.group("number")):
        return title, None
    return title[m.end():], m.group("number")


def past_case_head(text: str, pos: int = 0) -> int:
    """Where the title starts behind the case cell that opens `text` at `pos` ('Sagsnr. 24.00.00-A00-1-24 Salg af
    grund': a case column between an entry's number and its title), else `pos`. A body's cue is sought behind it:
    the cell's number has a form that may end a title where it follows one (title_tidy.BODY_CUE), not where it opens
    the title's span."""
    m = _TITLE_HEAD.match(text[pos: pos + 200])  # (its '^' holds at the slice's start only)
    return pos + m.end() if m and not YEAR_SPAN.fullmatch(m.group("number")) else pos


# every dash a publisher may set in a case number read as the hyphen (dashes.DASH_CHARACTERS)
_DASH_AS_HYPHEN = str.maketrans(dict.fromkeys(DASH_CHARACTERS, "-"))


def normalize_case_number(number: str) -> str:
    """Identity key: spaces removed, every dash as a hyphen, upper case ('2022 - 15608', '2022–15608', '2022—15608'
    and '2022−15608' are one case: two bodies' publishers set the same number with different dashes). The key
    every stage joins a case by (link, store, search); the printed number stays as printed."""
    return re.sub(r"\s+", "", number).translate(_DASH_AS_HYPHEN).upper()


def matches_at(pattern: re.Pattern, text: str, candidates: list[int]) -> list[re.Match]:
    """What pattern.finditer(text) yields, trying only the candidate start positions (ascending):
    for scans where a cheap search finds every place a match can start."""
    out: list[re.Match] = []
    pos = 0
    for p in candidates:
        if p >= pos:
            m = pattern.match(text, p)
            if m:
                out.append(m)
                pos = m.end()
    return out
