"""Pages cut off anywhere: the tune pages that keep their lines, each cut at several points (line starts spread over
the page, the middle of a word at the same points, just after an item's number, in the middle of an item's title
and of a participant's name), scored against the gold of what stays visible, per kind of cut and beside the uncut
pages' own score.

    PYTHONPATH=src python benchmarks/parse_accuracy/cut_points.py [--only KIND] [--points N] [--misses]

Why: every `extra/` excerpt (tune, check and the unseen pages we are scored on) is the first ~2,000 characters of a
published page, so it ends mid-text; each tune page is cut at ONE point, an unseen page somewhere else: inside the
contents list, just after an item's number, mid-title, mid-name. Whether the parser still finds what is visible
wherever the cut falls is measured nowhere else.

Gold per annotation-rules.md ('Truncation', 'Table of contents'), derived from the page's gold for the fields that
follow exactly from the cut: an item counts when its number or the start of its title is still printed (items
printed only in a contents list count); its title is the visible part of the gold title when the cut falls inside
the title's first printing, `null` when only its number is printed; a closed item whose closed marker follows its
title is left out of item.public until the marker is printed. A participant counts when the start of its name in
the list is printed, with the visible part of it. Pages where a gold title or participant is not found as printed
(a title lost in extraction, a name re-written) are left out: their visible part cannot be derived.

Each cut is counted under its shape (`line`, `mid-word`, `after-number`, `mid-title`, `mid-name`) and under where it
falls (`in-head`: before the first item, `in-list`: among the entries of a contents list, before the first item's
body, `in-body`: after it). `plain` is the uncut pages scored the same way: a loss beside it is the cut's.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from real import CORPUS, SCORER, lined_tune_pages

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file

_spec = importlib.util.spec_from_file_location("score_parse", SCORER)
score_parse = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_parse)

FIELDS = ("items", "item.number", "item.title", "item.public", "meeting.participants")
SHAPES = ("line", "mid-word", "after-number", "mid-title", "mid-name")
REGIONS = ("in-head", "in-list", "in-body")


@dataclass
class Printed:
    """One gold entry located in the page: where it starts to count (`start`: its number, or its title's first
    letter), where its title or name runs (`lo`..`hi`, original offsets), and its gold."""
    start: int
    lo: int
    hi: int
    gold: dict | str
    marker_after: bool = False


@dataclass
class Page:
    name: str
    text: str
    gold: dict
    items: list[Printed] = field(default_factory=list)
    people: list[Printed] = field(default_factory=list)
    body_start: int | None = None   # where the first item's body starts, when its title is printed twice


def _squeezed(text: str) -> tuple[str, list[int]]:
    """`text` with each run of whitespace one space, and each kept character's offset in `text` (gold text fields
    are whitespace-normalized, parse-output.md)."""
    out, where, gap = [], [], True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not gap:
                out.append(" ")
                where.append(i)
            gap = True
        else:
            out.append(ch)
            where.append(i)
            gap = False
    return "".join(out), where


def _find_all(flat: str, where: list[int], wanted: list[str]) -> list[tuple[int, int]] | None:
    """The (start, end) original offsets of each of `wanted` found in order, each after the last one's start;
    None when one is not printed as such."""
    out, pos = [], 0
    for w in wanted:
        k = flat.find(w, pos)
        if not w or k < 0:
            return None
        out.append((where[k], where[k + len(w) - 1] + 1))
        pos = k + 1
    return out


def _number_start(text: str, lo: int, number: str | None) -> int:
    """Where the item's number is printed just before its title (on the title's line, or alone on the line before
    it), else the title's start."""
    if not number:
        return lo
    line_start = text.rfind("\n", 0, lo) + 1
    prev = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    for a in (line_start, prev):
        chunk = text[a:lo]
        if len(chunk.strip()) > 25:
            continue
        m = re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", chunk)
        if m:
            return a + m.start()
    return lo


def _marker_after(text: str, lo: int, item: dict) -> bool:
    """A closed item whose line prints no closed marker before its title: the marker comes after it."""
    if item.get("public", True):
        return False
    line_start = text.rfind("\n", 0, lo) + 1
    return not re.search(r"(?i)lukk|fortrol", text[line_start:lo])


def locate(name: str, text: str, gold: dict) -> Page | None:
    flat, where = _squeezed(text)
    items = gold.get("items") or []
    titles = [re.sub(r"\s+", " ", it.get("title") or "").strip() for it in items]
    found = _find_all(flat, where, titles)
    if found is None or not items:
        return None
    page = Page(name, text, gold)
    for it, (lo, hi) in zip(items, found, strict=True):
        page.items.append(Printed(_number_start(text, lo, it.get("number")), lo, hi, it, _marker_after(text, lo, it)))
    # a title printed a second time: the first was a contents list's entry, the second its body's header
    again = [flat.find(t, where.index(lo) + len(t)) for t, (lo, _) in zip(titles, found, strict=True)]
    seconds = [where[k] for k in again if k >= 0]
    page.body_start = min(seconds) if seconds else None
    meeting = gold.get("meeting") or None
    names = [re.sub(r"\s+", " ", p).strip() for p in (meeting or {}).get("participants") or []]
    people = _find_all(flat, where, names) if meeting else []
    if people is None:
        page.gold = {**gold, "meeting": None}   # names not printed as listed: participants left out
    else:
        page.people = [Printed(lo, lo, hi, p) for p, (lo, hi) in zip(names, people, strict=True)]
    return page


def _visible(text: str, lo: int, hi: int, cut: int) -> str | None:
    """The printed part of text[lo:hi] before `cut`, whitespace-normalized; None when nothing of it is printed."""
    part = re.sub(r"\s+", " ", text[lo:min(hi, cut)]).strip()
    return part or None


def expected(page: Page, cut: int) -> dict:
    """The page's gold for what stays visible when it is cut at `cut` (the module's rules)."""
    items = []
    for p in page.items:
        if p.start >= cut:
            continue
        title = _visible(page.text, p.lo, p.hi, cut) if cut < p.hi else p.gold.get("title")
        public = p.gold.get("public", True)
        line_end = page.text.find("\n", p.hi)
        if p.marker_after and cut < (len(page.text) if line_end < 0 else line_end):
            public = None
        items.append({"number": p.gold.get("number") if cut > p.start else None, "title": title, "public": public})
    out = {"items": items, "meeting": None}
    if page.gold.get("meeting"):
        out["meeting"] = {"participants": [v for p in page.people if p.start < cut
                                           for v in [_visible(page.text, p.lo, p.hi, cut)] if v]}
    return out


def _line_points(text: str, n: int) -> list[int]:
    """Up to `n` line starts spread evenly over the page (the first line left out: nothing would be printed)."""
    starts = [m.end() for m in re.finditer(r"\n(?=[^\n]*\S)", text)]
    if not starts:
        return []
    picks = sorted({min(starts, key=lambda s: abs(s - len(text) * k / (n + 1))) for k in range(1, n + 1)})
    return picks


def _mid_word(text: str, at: int) -> int | None:
    """The middle of the first word of four letters or more on the line starting at `at`."""
    end = text.find("\n", at)
    m = re.search(r"[^\W\d_]{4,}", text[at: len(text) if end < 0 else end])
    return at + m.start() + len(m.group()) // 2 if m else None


def _spread(seq: list, n: int) -> list:
    if len(seq) <= n:
        return seq
    return [seq[round(k * (len(seq) - 1) / (n - 1))] for k in range(n)] if n > 1 else seq[:1]


def cuts(page: Page, n: int) -> list[tuple[str, int]]:
    """(shape, offset) of each cut of the page."""
    out = []
    for at in _line_points(page.text, n):
        out.append(("line", at))
        mid = _mid_word(page.text, at)
        if mid is not None:
            out.append(("mid-word", mid))
    for p in _spread([p for p in page.items if p.start < p.lo], 4):
        m = re.match(r"[.):]?", page.text[p.start + len(p.gold["number"]):])
        out.append(("after-number", p.start + len(p.gold["number"]) + m.end()))
    for p in _spread(page.items, 4):
        out.append(("mid-title", (p.lo + p.hi) // 2))
    for p in _spread(page.people, 3):
        out.append(("mid-name", (p.lo + p.hi) // 2))
    return sorted(set(out), key=lambda c: c[1])


def region(page: Page, cut: int) -> str:
    first = min((p.start for p in page.items), default=len(page.text))
    if cut <= first:
        return "in-head"
    if page.body_start is not None and cut <= page.body_start:
        return "in-list"
    return "in-body"


def tally(t: score_parse.Tally, want: dict, got: dict) -> list[str]:
    """Count `got` against `want` in FIELDS (score_parse's item alignment and counts); the misses, one per line."""
    gi, pi = want["items"], got.get("items") or []
    pairs = score_parse.align_items(gi, pi)
    t.add("items", len(pairs), len(gi), len(pi))
    paired_g, paired_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    misses = [f"  missed item {g.get('number')} {g.get('title')!r}" for g in gi if id(g) not in paired_g]
    misses += [f"  extra item {p.get('number')} {p.get('title')!r}" for p in pi if id(p) not in paired_p]
    alone = [*((g, {}) for g in gi if id(g) not in paired_g), *(({}, p) for p in pi if id(p) not in paired_p)]
    for g, p in [*pairs, *alone]:
        t.scalar("item.number", g.get("number"), p.get("number"))
        t.scalar("item.title", g.get("title"), p.get("title"),
                 eq=lambda a, b: score_parse.norm_title(a) == score_parse.norm_title(b))
        if g and p and score_parse.norm_title(g.get("title")) != score_parse.norm_title(p.get("title")):
            misses.append(f"  title {g.get('title')!r} -> {p.get('title')!r}")
        if g and g.get("public") is None:
            continue
        both = bool(g) and bool(p)
        t.add("item.public", int(both and g["public"] == bool(p.get("public", True))), int(bool(g)), int(bool(p)))
    if want["meeting"] is not None:
        gp, pp = want["meeting"]["participants"], (got.get("meeting") or {}).get("participants")
        t.sets("meeting.participants", gp, pp)
        gs, ps = {score_parse.norm(x) for x in gp}, {score_parse.norm(x) for x in pp or []}
        misses += [f"  participant missed {x!r}" for x in sorted(gs - ps)]
        misses += [f"  participant extra {x!r}" for x in sorted(ps - gs)]
    return misses


def _parse(text: str, scratch: Path, name: str) -> dict:
    page = scratch / name
    page.write_text(text, encoding="utf-8")
    try:
        return parse_file(page).to_contract()
    except DocumentError:
        return {}


def _line(kind: str, t: score_parse.Tally, count: int) -> str:
    f1s = [t.f1(f)[0] for f in FIELDS if t.c[f][1] or t.c[f][2]]
    mean = sum(f1s) / len(f1s) if f1s else 1.0
    cells = " | ".join(f"{f} {t.f1(f)[0]:.3f}" for f in FIELDS if t.c[f][1] or t.c[f][2])
    return f"== {kind:12s} {count:4d} cuts: F1 {mean:.3f} | {cells}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=SHAPES, action="append", help="cut these shapes only")
    ap.add_argument("--points", type=int, default=8, help="line starts per page (default 8)")
    ap.add_argument("--misses", action="store_true", help="print what each cut page misses (tune pages only)")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-cuts-"))
    pages = [p for g, d, text in lined_tune_pages(CORPUS)
             if (p := locate(d.name, text, json.loads(g.read_text(encoding="utf-8")))) is not None]
    print(f"{len(pages)} tune pages with their lines whose gold is printed as such", flush=True)
    tallies: dict[str, score_parse.Tally] = defaultdict(score_parse.Tally)
    counts: dict[str, int] = defaultdict(int)
    for page in pages:
        tally(tallies["plain"], expected(page, len(page.text)), _parse(page.text, scratch, page.name))
        counts["plain"] += 1
        for shape, cut in cuts(page, args.points):
            if args.only and shape not in args.only:
                continue
            want, got, where = expected(page, cut), _parse(page.text[:cut], scratch, page.name), region(page, cut)
            misses = tally(tallies[shape], want, got)
            tally(tallies[where], want, got)
            counts[shape] += 1
            counts[where] += 1
            if args.misses and misses:
                print(f"-- {page.name} {shape}/{where} at {cut}: ...{page.text[max(cut - 40, 0):cut]!r}")
                print("\n".join(misses))
    for kind in ("plain", *SHAPES, *REGIONS):
        if counts[kind]:
            print(_line(kind, tallies[kind], counts[kind]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
