"""A list of items interrupted in the middle: the tune pages that keep their lines and print a run of four or more
item entries (a contents list, or the items' headers below it), each re-printed with ONE interruption between two
entries in the middle of the run, the gold unchanged unless the interruption changes what an item is, lined and
flattened (flattened.py's transcript layout).

    PYTHONPATH=src python benchmarks/parse_accuracy/list_breaks.py [--only NAME] [--layout lined|flat|both]
        [--out DIR] [--fields]

Why: on `check` one page that keeps its lines finds 12 of its 24 items while every other lined page finds all: a
list that stops being read half-way. Every other net varies a whole list the same way (each entry renumbered,
wrapped or taken off), so none prints a list that goes on after something that is not an entry. Publishers print
such things inside a list all the time: a page break (a footer `Side 2 af 9`, `2` or `- 2 -` alone, a running head
with the committee and the date, a printed timestamp and URL, blank lines), the contents heading again after the
break (`Indholdsfortegnelse (fortsat)`, or the page's own heading over the list: `PUNKTER`), a group heading (`Åbne
punkter`, `Lukkede punkter`, `Sager til beslutning`, `Fra Økonomiudvalget`), numbering that starts again after a
group heading (from the run's first number: 1 where the list counts from 1), an entry wrapped over the break, a
page-number column only after it. The pages and gold are real; only the interruption is invented.

The run: each gold item's printed occurrences (unnumbered.py's `occurrences` for a numbered item, a line that is
its title for an unnumbered one), split as unnumbered.py does into contents-list entries (another item's
occurrence follows, or the item is printed again below) and headers; a variant family (`list-*`, `heads-*`)
takes the longest run of four or more consecutive gold items in that part and inserts its interruption before
the run's middle entry. Gold (annotation-rules.md): a page's chrome and a group heading are no item's text, so the
gold is the same, except that items under `Lukkede punkter` are not public (their body is not published: the
gold drops it as title_lines.py does) and items renumbered from 1 keep the number as printed. Each line says how
many pages the variant changed.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from lined_and_flat import layout_parser, layouts_of, score_layouts
from number_forms import wrap_parts
from real import CORPUS, lined_tune_pages, next_filled
from title_lines import FIELDS, _apply
from unnumbered import occurrences

_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december")

# What is printed at the break: lines, with {committee} and {date} the page's meeting as its gold has it.
BREAKS: dict[str, list[str]] = {
    "page-side": ["", "Side 2 af 9", ""],
    "page-bare": ["", "2", ""],
    "page-dash": ["", "- 2 -", ""],
    "running-head": ["", "Dagsorden - {committee} - {date}", ""],
    "page-and-head": ["", "Side 2 af 9", "", "{committee}", "{date}", ""],
    "stamp-url": ["", "06-12-2024 10:15", "https://dagsorden.example.dk/vis/4711", ""],
    "blanks": ["", "", "", "", "", ""],
    "contents-cont": ["", "Side 2 af 9", "", "Indholdsfortegnelse (fortsat)", ""],
    "contents-again": ["", "Side 2 af 9", "", "{heading}", ""],
    "group-open": ["", "Åbne punkter", ""],
    "group-closed": ["", "Lukkede punkter", ""],
    "group-decide": ["", "Sager til beslutning", ""],
    "group-inform": ["", "Sager til orientering", ""],
    "from-ou": ["", "Fra Økonomiudvalget", ""],
    "from-committee": ["", "Fra Teknik- og Miljøudvalget", ""],
    "restart-closed": ["", "Lukkede punkter", ""],
    "restart-inform": ["", "Sager til orientering", ""],
    "wrap-break": ["", "Side 2 af 9", ""],
    "page-column": ["", "Side 2 af 9", ""],
}
# Breaks a contents list prints only (the contents heading, a page-number column).
_LIST_ONLY = {"contents-cont", "contents-again", "page-column"}
VARIANTS = [f"{family}-{b}" for family in ("list", "heads") for b in BREAKS
            if family == "list" or b not in _LIST_ONLY]

Occurrence = tuple[int, int | None]  # (line of the title, line of a number-only prefix above it or None)


def _occurrences(lines: list[str], item: dict) -> list[Occurrence]:
    """Where the item is printed: unnumbered.occurrences for a numbered item, a line that is its title alone (or
    a closed item's title with its marker) for an unnumbered one."""
    title, number = item["title"], item.get("number") or ""
    if number:
        return occurrences(lines, title, number, item.get("public", True) is not False)
    return [(i, None) for i, ln in enumerate(lines)
            if ln.strip() == title or (ln.strip().startswith(title) and "lukket" in ln.strip()[len(title):].lower())]


def _runs(lines: list[str], items: list[dict], found: list[list[Occurrence]]
          ) -> dict[str, list[tuple[int, Occurrence]]]:
    """The longest run of consecutive gold items (index, occurrence) among the contents-list entries ('list') and
    among the headers ('heads'), each in the order the page prints it."""
    starts = {i if pre is None else pre for occ in found for i, pre in occ}
    parts: dict[str, list[tuple[int, Occurrence]]] = {"list": [], "heads": []}
    for k, occ in enumerate(found):
        for n, (i, pre) in enumerate(occ):
            entry = n < len(occ) - 1 or next_filled(lines, i) in starts
            parts["list" if entry else "heads"].append((k, (i, pre)))
    out = {}
    for part, seen in parts.items():
        best: list[tuple[int, Occurrence]] = []
        run: list[tuple[int, Occurrence]] = []
        for k, occ in sorted(seen, key=lambda x: x[1][0]):
            if run and (k != run[-1][0] + 1):
                run = []
            run.append((k, occ))
            if len(run) > len(best):
                best = list(run)
        out[part] = best
    return out


def _meeting(gold: dict) -> dict[str, str]:
    """The committee and the date (`12. marts 2024`) a running head prints: the gold's meeting, else invented."""
    meeting = gold.get("meeting") or {}
    committee = meeting.get("committee") or "Økonomiudvalget"
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", meeting.get("date") or "")
    date = f"{int(m.group(3))}. {_MONTHS[int(m.group(2)) - 1]} {m.group(1)}" if m else "12. marts 2024"
    return {"committee": committee, "date": date}


def _heading(lines: list[str], first: Occurrence) -> str:
    """The heading the page prints over its run (the filled line above the first entry: 'PUNKTER',
    'Dagsordenspunkter'), printed again after the break; 'Indholdsfortegnelse' where that line is no heading."""
    i, pre = first
    j = (pre if pre is not None else i) - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    above = lines[j].strip() if j >= 0 else ""
    return above if 0 < len(above) <= 40 and not re.search(r"\d", above) else "Indholdsfortegnelse"


def _restart(lines: list[str], item: dict, occ: list[Occurrence], new: int) -> None:
    """Each occurrence's printed number replaced by `new` (the numbering starts again after a group heading)."""
    num = re.compile(rf"(?<!\d)0*{re.escape(item['number'])}(?!\d)")
    for i, pre in occ:
        at = pre if pre is not None else i
        s = lines[at]
        if pre is None:
            cut = s.rfind(item["title"])
            lines[at] = num.sub(str(new), s[:cut], count=1) + s[cut:]
        else:
            lines[at] = num.sub(str(new), s, count=1)
    item["number"] = str(new)


def _wrap(line: str, title: str, middle: list[str]) -> list[str] | None:
    """The entry broken after the middle word of its title with `middle` between its halves (None: too short)."""
    parts = wrap_parts(line, title)
    return None if parts is None else [parts[0], *middle, parts[1] + parts[2]]


def rewrite(text: str, gold: dict, kind: str) -> tuple[str, dict, int]:
    """The page with `kind`'s interruption inserted before the middle entry of its run, its gold changed to match,
    and 1 when the page was changed (0: no run of four entries, or the variant does not apply)."""
    family, brk = kind.split("-", 1)
    lines = text.split("\n")
    gold = json.loads(json.dumps(gold))
    items = [it for it in gold.get("items") or [] if len(it.get("title") or "") >= 4]
    found = [_occurrences(lines, it) for it in items]
    run = _runs(lines, items, found)[family]
    if len(run) < 4:
        return text, gold, 0
    mid = len(run) // 2
    after = [k for k, _ in run[mid:]]
    if brk.startswith("restart") and not all((items[k].get("number") or "").isdigit() for k in after):
        return text, gold, 0
    middle = [ln.format(**_meeting(gold), heading=_heading(lines, run[0][1])) for ln in BREAKS[brk]]
    inserts: dict[int, list[str]] = {}
    if brk == "wrap-break":
        i, _ = run[mid - 1][1]
        wrapped = _wrap(lines[i], items[run[mid - 1][0]]["title"], middle)
        if wrapped is None:
            return text, gold, 0
        lines[i] = "\n".join(wrapped)
    else:
        i, pre = run[mid][1]
        inserts[pre if pre is not None else i] = middle
    if brk == "page-column":
        for page, (_k, (i, _)) in enumerate(run[mid:], 3):
            lines[i] = f"{lines[i].rstrip()}  {page}"
    first = int(items[run[0][0]].get("number") or 1) if brk.startswith("restart") else 1
    for n, k in enumerate(after, first):
        if brk.startswith("restart"):
            _restart(lines, items[k], found[k], n)
        if brk in ("group-closed", "restart-closed"):
            _apply(items[k], {"public": False})
    out: list[str] = []
    for i, ln in enumerate(lines):
        out.extend(inserts.get(i, []))
        out.append(ln)
    return "\n".join(out), gold, 1


def _has_run(text: str, gold: dict) -> bool:
    """The page prints a run of four or more entries in its contents list or its headers."""
    lines = text.split("\n")
    items = [it for it in gold.get("items") or [] if len(it.get("title") or "") >= 4]
    return any(len(run) >= 4 for run in _runs(lines, items, [_occurrences(lines, it) for it in items]).values())


def main(argv: list[str] | None = None) -> int:
    args = layout_parser(__doc__.split("\n\n")[0], VARIANTS).parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-listbreaks-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-listbreaks-docs-"))
    pages = [(g, d, t, json.loads(g.read_text(encoding="utf-8"))) for g, d, t in lined_tune_pages(CORPUS)]
    pages = [p for p in pages if _has_run(p[2], p[3])]
    layouts = layouts_of(args.layout)
    print(f"{len(pages)} tune pages with their lines and a run of 4 entries; layouts: {', '.join(layouts)}",
          flush=True)
    status = 0
    for kind in ["plain", *(args.only or VARIANTS)]:
        done = [(g, d, *rewrite(t, gold, kind)) if kind != "plain" else (g, d, t, gold, 0) for g, d, t, gold in pages]
        label = f"({sum(r[4] for r in done)} pages changed)"
        status |= score_layouts(kind, 22, [r[:4] for r in done], layouts, root, scratch, label, FIELDS,
                                counts=True, whole_table=args.fields)
    return status


if __name__ == "__main__":
    sys.exit(main())
