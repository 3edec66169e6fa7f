"""A contents list whose entries print a bullet and no number, run onto one transcript page line ('PUNKTER •
Godkendelse af dagsorden • Orientering om X • Budget 2025 • Godkendelse af dagsorden Sagsgang …'): where it begins
(bulleted_first_entry), where its bullets part the titles (bullet_separators) and that a run between two bullets is
one title (bullet_closes).

Why apart: a lined page prints each entry on its line behind its bullet, and the line break parts the titles; on a
flattened page the bullet is the one mark left between them. A bullet stands in prose too ('Betingelserne er; •
at …'), so a run of bullets is read as the meeting's list only where its pieces are titles and come back below as
the headings of the items' bodies, as an unnumbered list's titles do (returning_titles).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .bullets import BULLETS
from .contents_base import EMPTY_NUMBER, SENTENCE
from .list_entry import MAX_TITLE, fold_title

# a list's bullet between two entries, with the blanks around it ('… Ung & Rus • Beslutning af …')
_BULLET_SEPARATOR = re.compile(rf"\s*(?<!\S)[{BULLETS}](?=\s)\s*")
# an entry's bullet before a title's capital
_ENTRY_BULLET = re.compile(rf"(?<!\S)[{BULLETS}]\s+(?=[A-ZÆØÅ])")
_RUN_NEEDED = 3  # bulleted titles in a row on one line: two may be a sentence's points
_RETURNS_NEEDED = 2  # of them printed again below (a title quoted once in a body is no list)


def bulleted_first_entry(text: str) -> re.Match[str] | None:
    """The first title of the first run of bulleted titles on one page line (a match with no number, ending where
    the title begins): three bullets or more in a row, each piece between two of them title-shaped (a capital, a
    title's length, no sentence in it), most of them named as titles are, and two of them printed again after the
    run. None where no run holds."""
    for first in _ENTRY_BULLET.finditer(text):
        end = text.find("\n", first.end())
        pieces, after = _pieces(text, first.end(), len(text) if end < 0 else end)
        if len(pieces) >= _RUN_NEEDED and _named_like_titles(pieces) and _come_back(pieces, text[after:]):
            return EMPTY_NUMBER.match(text, first.end())
    return None


def bullet_separators(span: str) -> list[tuple[int, int, bool]]:
    """(start, end, closes a closed entry: never) of each bullet that parts two titles of a list's run: where the run
    prints three bullets or more and most runs between two of them are title-shaped and named as titles are. One or
    two bullets are a header's mark ('… Yilmaz. • Pkt. 117 …') or a sentence's points, which part no list's titles;
    nor do bullets before names ('Deltagere • Anne Berg • Bo Holm • …', a members' list a list read from an earlier
    cue runs on into) or dots between headers and bodies ('• 12. Title · SAG-2021-2 Title · SAG-2021-2 INDHOLD …
    godkendes. BESLUTNING …', the runs a number, a case number or sentences): those runs are no entries."""
    return list(_separators(span))


@lru_cache(maxsize=8)
def _separators(span: str) -> tuple[tuple[int, int, bool], ...]:
    """bullet_separators, kept for the span: contents_lists asks bullet_closes of each run of one span, and
    contents_cuts.separated_runs asks for the same span's separators, so each span's bullets are read once."""
    seps = tuple((m.start(), m.end(), False) for m in _BULLET_SEPARATOR.finditer(span))
    if len(seps) < _RUN_NEEDED:
        return ()
    between = [" ".join(span[a[1]: b[0]].split()) for a, b in zip(seps, seps[1:], strict=False)]
    shaped = sum(1 for p in between if _title_shaped(p))
    return seps if 2 * shaped > len(between) and _named_like_titles(between) else ()


def bullet_closes(span: str, end: int) -> bool:
    """A list's bullet closes the run of `span` that ends at `end`: that run is one title ('… • Orientering om
    handleplan for bostedet Solgården • …'), to be cut no further where the span's bullets part titles
    (bullet_separators), as the line break parts the titles of a lined list."""
    return _BULLET_SEPARATOR.match(span, end) is not None and bool(_separators(span))


def _pieces(text: str, begin: int, end: int) -> tuple[list[str], int]:
    """The title-shaped pieces between the bullets of the run that begins at `begin` (up to the first piece that is
    no title: the last piece runs on into the page's next text), and where the run's last bullet ends."""
    out: list[str] = []
    pos = begin
    for sep in _BULLET_SEPARATOR.finditer(text, begin, end):
        piece = " ".join(text[pos: sep.start()].split())
        if not _title_shaped(piece):
            break
        out.append(piece)
        pos = sep.end()
    return out, pos


def _title_shaped(piece: str) -> bool:
    """A piece that may be a list's title: opens with a capital, a title's length, no sentence inside."""
    return 3 <= len(piece) <= MAX_TITLE and piece[0].isupper() and not SENTENCE.search(piece)


def _come_back(pieces: list[str], later: str) -> bool:
    """Two of the pieces printed again after the run (`later`: from its last bullet on, where the first body's
    heading may follow the list's last title on the same line): the titles return as the bodies' headings."""
    folded = fold_title(later)
    return len({p for p in pieces if fold_title(p) in folded}) >= _RETURNS_NEEDED


def _named_like_titles(pieces: list[str]) -> bool:
    """Most pieces hold a word in small letters ('Godkendelse af dagsorden', 'Pølsebod på Torvet'): titles, not a
    bulleted list of members ('• Anne Berg • Bo Holm • …'), whose names return in the absence lists below
    and whose words are all capitalised."""
    return 2 * sum(1 for p in pieces if _SMALL_WORD.search(p)) > len(pieces)


# a word in small letters: a title's common noun, preposition or verb
_SMALL_WORD = re.compile(r"(?<!\S)[a-zæøå]{2,}(?=[\s,.]|$)")
