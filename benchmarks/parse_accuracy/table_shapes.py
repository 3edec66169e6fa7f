"""Members and attendance printed as a table: the tune lined pages whose gold has participants, with the members'
list reprinted as a table of columns (a head row, then a row a member with its party and attendance cells), set
apart by tabs or aligned by runs of spaces, with or without the head row, and the same pages flattened into
transcript lines. Scored on meeting.participants and meeting.absent (and parse-F1) against the gold, changed as the
annotation rules say: each member as printed with its party (a party column's cell after the name, one space
between), members marked away kept in participants and listed in meeting.absent.

    PYTHONPATH=src python benchmarks/parse_accuracy/table_shapes.py [--only NAME] [--out DIR]

Why (issue 11): on `check` participants miss 49 members and absent 5 while tune is ~1.000; an attendance table
extracted as text ran each row into one entry with its cells ('Carl Olsen (C) X'). Every fourth member (positions
1, 5, 9 …) is marked away. Deterministic: no randomness. Reuses member_shapes' list rewriting.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from facts_variants import _scores, _write
from flattened import flatten
from member_shapes import Entry, Page, _lined, _lines
from real import CORPUS, lined_tune_pages, variant_parser


def _away(k: int) -> bool:
    return k % 4 == 1


# the columns' widths of a table aligned by spaces: a name column wide enough for the longest name, then marks
_WIDTHS = [40, 12, 12, 12]


def _cols(widths: list[int], cells: list[str]) -> str:
    """Cells aligned in columns of `widths` by spaces (the last cell as it is)."""
    return "".join(c.ljust(w) for c, w in zip(cells[:-1], widths, strict=False)) + cells[-1]


def _row(cells: Callable[[str, str, bool], list[str]], sep: str | None, gold: Callable[[str, str], str]) -> Entry:
    """A member's row of `cells` (from name, party, away) joined by `sep` (None: aligned in _WIDTHS' columns)."""
    def entry(n: str, p: str, k: int) -> tuple[str, str]:
        cs = cells(n, p, _away(k))
        row = sep.join(cs) if sep is not None else _cols(_WIDTHS, cs)
        return row.rstrip("\t ") if sep == "\t" and not cs[-1] else row, gold(n, p)
    return entry


def _head_block(head: list[str], sep: str | None, label: str = "") -> Callable[[list[str]], list[str]]:
    def block(rows: list[str]) -> list[str]:
        top = sep.join(head) if sep is not None else _cols(_WIDTHS, head)
        return [*([label] if label else []), top, *rows]
    return block


def _marked_absent(variant: Callable[[str, dict], Page | None]) -> Callable[[str, dict], Page | None]:
    """`variant`'s page with the members at the away positions listed in meeting.absent too."""
    def marked(text: str, gold: dict) -> Page | None:
        got = variant(text, gold)
        if got is None:
            return None
        page, g = got
        ps = g["meeting"]["participants"]
        g["meeting"]["absent"] = list(dict.fromkeys((g["meeting"].get("absent") or [])
                                                    + [e for k, e in enumerate(ps) if _away(k)]))
        return page, g
    return marked


def _flat(variant: Callable[[str, dict], Page | None]) -> Callable[[str, dict], Page | None]:
    """`variant`'s page flattened into transcript lines (flattened.py's shape)."""
    def flat(text: str, gold: dict) -> Page | None:
        got = variant(text, gold)
        return (flatten(got[0], 1200), got[1]) if got else None
    return flat


def _marks(n: str, p: str, away: bool) -> list[str]:
    return [f"{n} ({p})", "", "X"] if away else [f"{n} ({p})", "X", ""]


def _deltog(n: str, p: str, away: bool) -> list[str]:
    return [n, p, "Deltog ikke" if away else "Deltog"]


def _ja_nej(n: str, p: str, away: bool) -> list[str]:
    return [n, p, "Nej" if away else "Ja"]


def _afbud(n: str, p: str, away: bool) -> list[str]:
    return [n, p, "Afbud" if away else "Til stede"]


def _tick(n: str, p: str, away: bool) -> list[str]:
    return [n, p, "" if away else "✓"]


def _paren(n: str, p: str) -> str:
    return f"{n} ({p})"


def _spaced(n: str, p: str) -> str:
    return f"{n} {p}"


def _table(cells: Callable[[str, str, bool], list[str]], head: list[str], sep: str | None,
           gold: Callable[[str, str], str], label: str = "") -> Callable[[str, dict], Page | None]:
    return _marked_absent(_lined(_row(cells, sep, gold), _head_block(head, sep, label)))


def _headless(cells: Callable[[str, str, bool], list[str]], sep: str | None, gold: Callable[[str, str], str],
              label: str = "Deltagere:") -> Callable[[str, dict], Page | None]:
    return _marked_absent(_lined(_row(cells, sep, gold), _lines(label)))


_X_HEAD = ["Navn", "Til stede", "Fraværende"]
_DELTOG_HEAD = ["Medlem", "Parti", "Deltagelse"]
_JA_HEAD = ["Navn", "Parti", "Fremmødt"]
_AFBUD_HEAD = ["Navn", "Parti", "Status"]
_TICK_HEAD = ["Navn", "Parti", "Til stede"]

VARIANTS: dict[str, Callable[[str, dict], Page | None]] = {
    # tabs between cells
    "tab-x-columns": _table(_marks, _X_HEAD, "\t", _paren, "Deltagere:"),
    "tab-x-columns-nolabel": _table(_marks, _X_HEAD, "\t", _paren),
    "tab-deltog": _table(_deltog, _DELTOG_HEAD, "\t", _spaced),
    "tab-ja-nej": _table(_ja_nej, _JA_HEAD, "\t", _spaced, "Deltagere"),
    "tab-afbud": _table(_afbud, _AFBUD_HEAD, "\t", _spaced),
    "tab-tick": _table(_tick, _TICK_HEAD, "\t", _spaced),
    # columns aligned by runs of spaces
    "spaces-x-columns": _table(_marks, _X_HEAD, None, _paren, "Deltagere:"),
    "spaces-deltog": _table(_deltog, _DELTOG_HEAD, None, _spaced),
    "spaces-ja-nej": _table(_ja_nej, _JA_HEAD, None, _spaced, "Deltagere"),
    # no head row: the rows share one shape, the last cell says attendance in words
    "headless-tab-deltog": _headless(_deltog, "\t", _spaced),
    "headless-spaces-afbud": _headless(_afbud, None, _spaced),
    # one cell a line (a table extracted row by row), under a head printed the same way
    "cell-lines-ja-nej": _table(_ja_nej, _JA_HEAD, "\n", _spaced, "Deltagere"),
    "cell-lines-deltog": _table(_deltog, _DELTOG_HEAD, "\n", _spaced),
    # the same tables flattened into transcript lines (one status column: its words still tell)
    "flat-deltog": _flat(_table(_deltog, _DELTOG_HEAD, "\t", _spaced)),
    "flat-ja-nej": _flat(_table(_ja_nej, _JA_HEAD, None, _spaced, "Deltagere")),
    "flat-afbud": _flat(_table(_afbud, _AFBUD_HEAD, "\t", _spaced)),
}


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS, keeps="pages, gold and predictions")
    args = ap.parse_args(argv)
    kinds = args.only or list(VARIANTS)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-tables-"))
    pages = [(doc.name, text, json.loads(g.read_text(encoding="utf-8"))) for g, doc, text in lined_tune_pages(CORPUS)]
    print(f"{'variant':24} {'pages':>5}  {'parse-F1':>8}  participants (ok/gold/pred)  absent (ok/gold/pred)")
    for kind in kinds:
        n = 0
        for name, text, gold in pages:
            got = VARIANTS[kind](text, gold)
            if not got or got[0] == text or not re.search(r"\S", got[0]):
                continue
            n += 1
            _write(root / kind, name, *got)
        if not n:
            print(f"{kind:24} {0:>5}  (applies to no page)")
            continue
        v = _scores(root / kind, ("meeting.participants", "meeting.absent"))
        print(f"{kind:24} {n:>5}  {v.get('parse-F1', '-'):>8}  {v.get('meeting.participants', '-'):26}  "
              f"{v.get('meeting.absent', '-')}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
