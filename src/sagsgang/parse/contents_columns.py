"""Contents tables whose extraction read them column by column: the numbers, then the titles, maybe the pages.
column_list reads such a table behind its cue; interleaved_columns puts a block of one back row by row inside a
list, padded so every offset after it stays.

Why apart: the evidence is the column's numbers going up by one and as many titles between them, not the
lines and cues the other readers look at.
"""
from __future__ import annotations

import re

from .list_entry import ListEntry
from .title_marks import clean_title
from .title_split import cut_pieces, lower_words, split_points
from .title_tidy import tidy

# A contents table read column by column: its numbers, then its titles, maybe its pages ('Indholdsfortegnelse
# Pkt. Tekst Side 1 2 3 Godkendelse af dagsorden Budget 2024 Eventuelt 3 4 6')
_COLUMN_CUE = re.compile(r"(?i:Indholdsfortegnelse|Indhold|Dagsordenspunkter|Punkter på dagsordenen)"
                         r"(?:\s+(?:Side|Punkt(?:\s+nr\.)?|Pkt\.|Tekst|Sag(?:\s+nr\.)?|Emne|Titel|Nr\.)\s*:?)*"
                         r"\s+(?P<nums>(?:\d{1,3}\.?\s+){2,}\d{1,3}\.?)\s+(?=[A-ZÆØÅ])")
_PAGE_COLUMN = re.compile(r"(?:\s+\d{1,3}){3,}\s*$")


def column_list(text: str) -> list[ListEntry]:
    """The entries of a contents table whose number column came out before its titles: as many titles
    as the column has numbers (going up by one), cut where titles start, numbered in order."""
    m = _COLUMN_CUE.search(text)
    if not m:
        return []
    nums = [int(n.rstrip(".")) for n in m.group("nums").split()]
    if any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)):
        return []
    nl = text.find("\n", m.end())
    span = text[m.end(): nl if nl >= 0 else len(text)]
    pages = _PAGE_COLUMN.search(span)
    span = span[: pages.start()] if pages else span
    pieces = cut_pieces(span, split_points(span, len(nums), common=lower_words(text)))
    if len(pieces) != len(nums):
        return []
    entries = []
    for n, (off, piece) in zip(nums, pieces, strict=True):
        title, closed = clean_title(tidy(piece, False))
        entries.append(ListEntry(str(n), title, not closed, m.end() + off, m.end() + off + len(piece)))
    return entries


# a run of item numbers going up by one before a title, inside a line ('… Åbne dagsordenspunkter 4 5 6 Frigivelse …')
_NUMBER_BLOCK = re.compile(r"(?<!\S)(?P<nums>\d{1,3}(?:[ ]+\d{1,3}){2,})[ ]+(?=[A-ZÆØÅ][a-zæøå])")


def interleaved_columns(text: str) -> str:
    """`text` with each block of a contents table that came out column by column inside a list ('2 Ledelses…
    4 5 6 Frigivelse af … Udpegning til … Ansøgning om … 3 5 7 Tønder …': its numbers, its titles, its pages) put
    back row by row ('4 Frigivelse af … 5 Udpegning til … 6 Ansøgning om …'), padded to its length so every offset
    after it stays. Only where the numbers go up by one, a run of as many rising pages follows within the line,
    and the titles between part into as many as there are numbers. The pages are left out: after the last row a
    page before the next title reads as that title's number."""
    out, last, common = [], 0, None
    for m in _NUMBER_BLOCK.finditer(text):
        if m.start() < last:
            continue
        common = lower_words(text) if common is None else common  # (once a text: it reads the whole text)
        row = _rows_of(text, m, common) or _titles_first(text, m, common)
        if row is not None:
            out += [text[last:row[0]], row[1]]
            last = row[2]
    return "".join(out) + text[last:] if out else text


def _rows_of(text: str, m: re.Match[str], common: frozenset[str]) -> tuple[int, str, int] | None:
    """Where the block at `m` starts, the block read row by row and padded, and where it ends; None where it is
    not one. The block's numbers are the run's last ones that go up by one ('… Økonomiudvalget 6 4 5 6 …': the
    6 before them is the entry before's page)."""
    words = list(re.finditer(r"\d+", m.group("nums")))
    first = len(words) - 1
    while first > 0 and int(words[first - 1].group()) + 1 == int(words[first].group()):
        first -= 1
    nums = [int(w.group()) for w in words[first:]]
    if len(nums) < 3:
        return None
    start = m.start() + words[first].start()
    nl = text.find("\n", m.end())
    line_end = nl if nl >= 0 else len(text)
    pages = re.compile(rf"(?<!\S)\d{{1,3}}(?:[ ]+\d{{1,3}}){{{len(nums) - 1}}}(?!\S)").search(text, m.end(), line_end)
    if pages is None:
        return None
    column = [int(p) for p in pages.group().split()]
    if any(b <= a for a, b in zip(column, column[1:], strict=False)):
        return None
    pieces = _column_titles(text[m.end():pages.start()], len(nums), common)
    if len(pieces) != len(nums) or not all(pieces):
        return None
    return start, _as_rows(nums, pieces, pages.end() - start), pages.end()  # (its pages: read, then left out)


def _column_titles(span: str, count: int, common: frozenset[str]) -> list[str]:
    """A block's titles column (`span`) parted at its likeliest title starts into `count` titles, or into as many
    as it will part into (the caller refuses a block whose count differs)."""
    return [p.strip() for _, p in cut_pieces(span, split_points(span, count, common=common))]


def _as_rows(nums: list[int], titles: list[str], width: int) -> str:
    """'4 Title 5 Title …': a block's numbers and titles row by row, padded to the block's `width` so every offset
    after it stays."""
    return " ".join(f"{n} {t}" for n, t in zip(nums, titles, strict=True)).ljust(width)


# where a table's titles column starts on its line: after the last number a capital follows (the entry before's
# page or number, '… Fritidscenter 11 Frigivelse …'), a column head or a group heading ('Pkt. Tekst Side',
# 'Åbne dagsordenspunkter')
_TITLES_START = re.compile(r"(?:(?<!\S)\d{1,3}|(?<!\S)(?:Pkt\.|Tekst|Side|Emne|Titel)"
                           r"|(?<!\S)(?i:åben|åbne|lukket|lukkede)\s+(?i:sager|punkter|dagsordenspunkter|dagsorden))"
                           r":?[ ]+(?=[A-ZÆØÅ])")


def _titles_first(text: str, m: re.Match[str], common: frozenset[str]) -> tuple[int, str, int] | None:
    """The block at `m` read row by row where its titles came out before its numbers ('… 11 Frigivelse af …
    Ekstraordinært tilskud … Ansøgning om … 6 7 8 Den kommunale …'): the titles between the last number before
    them on the line (or a column head, a group heading) and the numbers part into as many as there are numbers,
    all going up by one. (start, the rows padded to the block's length, end); None where they do not part so."""
    words = list(re.finditer(r"\d+", m.group("nums")))
    nums = [int(w.group()) for w in words]
    if len(nums) < 3 or any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)):
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    heads = list(_TITLES_START.finditer(text, line_start, m.start()))
    start = heads[-1].end() if heads else line_start
    pieces = _column_titles(text[start:m.start()], len(nums), common)
    if len(pieces) != len(nums) or not all(p[:1].isupper() for p in pieces):
        return None
    end = m.start("nums") + words[-1].end()
    return start, _as_rows(nums, pieces, end - start), end
