"""A contents list printed with no heading on the tail of one of the first page lines, after the meeting's header
('2 Kommunalbestyrelsen … Fraværende: … tages af dagsordenen. Anmodning om … Budget …'): read by a rising page
column after each title (paged_tail) or by titles and nothing else (titles_tail).

Why apart: these readers look past a sentence's or a label's end on a header line, where the other first-entry
finders (contents_first_entry) look at a line's start; both answer with where the list begins.
"""
from __future__ import annotations

import re

from .contents_base import BODY_LABEL, EMPTY_NUMBER, PROPOSAL_LEAD, SENTENCE, TEXT_END, meeting_head, titles_only
from .headings import is_heading
from .list_entry import MAX_TITLE_WORDS
from .page_column import page_separators as _page_separators
from .title_split import split_titles
from .title_tidy import BODY_CUE

_PAGE_LINE_START = re.compile(r"(?m)^\d{1,3} +(?=\S)")


def _page_tails(text: str) -> list[tuple[re.Match[str], str]]:
    """(cut, tail) of the first page lines' tails after a sentence's or a label's end, 200 characters or more,
    with no label of an item's body: where a headless contents list may stand (titles_tail, paged_tail)."""
    tails = []
    for k, line in enumerate(_PAGE_LINE_START.finditer(text)):
        if k >= 3:
            break
        nl = text.find("\n", line.end())
        end = nl if nl >= 0 else len(text)
        tails += [(cut, text[cut.end():end]) for cut in TEXT_END.finditer(text, line.end(), end)
                  if end - cut.end() >= 200]
    tails = [(cut, tail) for cut, tail in tails if not BODY_LABEL.search(tail)]
    return tails


def paged_tail(text: str) -> re.Match[str] | None:
    """The start of a headless contents list that prints a page after each title (_paged_titles), tried before
    a title page (title_page): the rising page column is surer evidence than a page line whose pieces split
    like titles, which the first body's page line may also be ('3 Kommunalbestyrelsen … Side: 3 TIL …')."""
    paged = [(cut, len(_page_separators(tail))) for cut, tail in _page_tails(text) if _paged_titles(tail)]
    if not paged:
        return None
    # the latest cut that keeps every page of the column: the list's first title, not a sentence or the names
    # of the absent before it ('Fraværende: … Petersen. TIL KOMMUNALBESTYRELSENS AFGØRELSE Fjernvarme … 3 …')
    most = max(n for _, n in paged)
    return EMPTY_NUMBER.match(text, max(cut.end() for cut, n in paged if n == most))


# the lead, then the first point's mark: 'Forvaltningen indstiller følgende: a) …', 'Direktionen anbefaler, at 1) …'
_PROPOSAL_POINTS = re.compile(PROPOSAL_LEAD + r"\s+(?:\d{1,2}|[a-h])[.)]\s", re.IGNORECASE)


def titles_tail(text: str) -> re.Match[str] | None:
    """The contents list printed with no heading and no number on the page line of the meeting's header
    ('2 Kommunalbestyrelsen … Fraværende: … tages af dagsordenen. Anmodning om … Antal … Budget …'): the
    longest tail of one of the first page lines, after a sentence's or a label's end, that prints four titles
    or more and nothing else (titles_only; no label of an item's body, no section heading). Failing that, the
    longest such tail after the header's last sentence (none ends in it), where two titles left as one may run
    longer than a title alone; not after a label's end, which would take the label's value in."""
    # a tail holding a proposal's points is an item's body, its points no titles (body_lists.py's 'a) …' read flat)
    tails = [(cut, tail) for cut, tail in _page_tails(text) if not _PROPOSAL_POINTS.search(tail)]
    for cut, tail in tails:
        if titles_only(tail) and _listed_titles(tail):
            return EMPTY_NUMBER.match(text, cut.end())
    for cut, tail in tails:
        if cut.group()[0] == "." and not SENTENCE.search(tail) and titles_only(tail, 2 * MAX_TITLE_WORDS) \
                and _listed_titles(tail):
            return EMPTY_NUMBER.match(text, cut.end())
    return None


def _paged_titles(tail: str) -> bool:
    """A page line that prints titles each followed by its page number, and nothing else ('… dagsordenen.
    Evaluering af bogbilordningen 3 Otterup Produktionshøjskole - lån af geværfabrikken 5 …'): a column of three
    page numbers or more that never falls (_page_separators) parts it into runs, each a title or two, hardly
    a sentence and none a section's heading (_listed_titles' test, run by run). Why: the numbers glue each title to the
    next, so the runs split as one long title and titles_only refuses the line; the rising page column is the
    list's own evidence."""
    seps = _page_separators(tail)
    if len(seps) < 3 or BODY_CUE.search(tail) or meeting_head(tail):
        return False
    bounds = [0, *(x for start, end, _ in seps for x in (start, end)), len(tail)]
    runs = [tail[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    runs = [r for r in runs if r]
    # a title may print an abbreviation's full stop ('L.A.B. Fyn, afd. Elmehaven'): a few such, not a text's
    stops = sum(bool(SENTENCE.search(r)) for r in runs)
    return len(runs) >= 4 and stops <= len(runs) // 5 and all(
        len(r.split()) <= 2 * MAX_TITLE_WORDS and not (is_heading(r) and not r.isupper()) for r in runs)


def _listed_titles(tail: str) -> bool:
    """Four titles or more, none a section's heading ('Administrativ indstilling': the tail of an item's text; a
    group heading in capitals, 'TIL KOMMUNALBESTYRELSENS AFGØRELSE', is the list's own)."""
    titles = split_titles(tail)
    return len(titles) >= 4 and not any(is_heading(t) and not t.isupper() for t in titles)
