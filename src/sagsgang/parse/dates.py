"""Danish dates and times as councils print them -> ISO strings."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .dashes import NUMBER_DASH as D

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # English month names appear on some sites (Drupal defaults).
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10,
}
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))

# ('14/3 2024': after a slash's day and month, the year set off by a space, where it has its four digits)
# (a date's hyphens an en dash too: dashes.NUMBER_DASH)
NUMERIC_DATE = re.compile(rf"(?<![\d/.{D}])(\d{{1,2}})[{D}./](\d{{1,2}})(?:[{D}./]|(?:(?<=/\d)|(?<=/\d\d))\s"
                          rf"(?=\d{{4}}(?![\d/{D}])))(\d{{4}}|\d{{2}})(?![\d/{D}])")
# a day, a month and a year in digits, as another pattern's part (a running head's date): '12-03-2024', '12–03–24'
NUMERIC_DMY = rf"\d{{1,2}}[{D}./]\d{{1,2}}[{D}./]\d{{2,4}}"
ISO_DATE = re.compile(rf"(?<!\d)(\d{{4}})[{D}](\d{{2}})[{D}](\d{{2}})(?!\d)")
# (the month and the weekday case-blind inside their own patterns, so that a reader that builds its pattern from
# theirs, `.pattern` without the flag, reads a heading in capitals too: 'BESLUTNING FRA MØDET DEN 12. MARTS 2024')
WORD_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s*((?i:{MONTH_WORDS}))\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
ENGLISH_DATE = re.compile(rf"\b((?i:{MONTH_WORDS}))\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
TIME = re.compile(r"\bkl\.?\s*(\d{1,2})[.:](\d{2})\b|(?<![\d.:])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])", re.IGNORECASE)
# a weekday's name, before a date ('Tirsdag den 12. marts 2024') as after a date label ('Dato Torsdag 20. juni …'):
# one list for every reader of a dated line
WEEKDAY = re.compile(r"\b(?i:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", re.IGNORECASE)
DATE_ANY = re.compile("|".join(p.pattern for p in (NUMERIC_DATE, ISO_DATE, WORD_DATE)), re.IGNORECASE)


def _iso(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """All dates in `text` as (start, end, iso), in order of appearance."""
    found = sorted(
        [*_dated(WORD_DATE, text, lambda m: (int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))),
         *_dated(ENGLISH_DATE, text, lambda m: (int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))),
         *_dated(ISO_DATE, text, lambda m: (int(m.group(1)), int(m.group(2)), int(m.group(3)))),
         *_dated(NUMERIC_DATE, text, lambda m: (int(m.group(3)), int(m.group(2)), int(m.group(1))))])
    # Drop matches that overlap an earlier one (e.g. "2025-10-01" also looks numeric).
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _dated(pattern: re.Pattern[str], text: str,
           year_month_day: Callable[[re.Match[str]], tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    """find_dates' (start, end, iso) of one way of printing a date: each match that is a real day (not '31.02')."""
    found: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        iso = _iso(*year_month_day(m))
        if iso:
            found.append((m.start(), m.end(), iso))
    return found


def parse_date(text: str | None) -> str | None:
    """First date in `text` as ISO 'YYYY-MM-DD', or None."""
    if not text:
        return None
    found = find_dates(text)
    return found[0][2] if found else None


def parse_time(text: str | None) -> str | None:
    """First clock time ('kl. 15.45', '12:30') as 'HH:MM', or None."""
    if not text:
        return None
    for m in TIME.finditer(text):
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(h) < 24 and int(mi) < 60:
            return f"{int(h):02d}:{mi}"
    return None
