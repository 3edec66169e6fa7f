"""Demo corpus generator: plausible Danish council documents plus their ground truth.

Why: the parser needs data at any scale with known answers. `generate()` simulates each
municipality's committees meeting week by week, renders every meeting's minutes in one of the
requested formats (FirstAgenda text, PDF, HTML) and some finished cases as Acadre write-ups, and
writes DIR/docs/<file> next to DIR/gold/<file>.json. One seeded RNG per municipality makes the
output byte-identical for a seed; documents are written as they are made (constant memory)."""
from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import vocabulary as V
from .cases import Meeting, World, kommune
from .render_text import (
    acadre_case_text,
    digest_entries,
    digest_text,
    firstagenda_text,
    fredensborg_case_text,
    kbh_note_text,
    listed_meeting_text,
    transcript_meeting_text,
)
from .truth import (
    case_truth,
    digest_truth,
    fredensborg_truth,
    kbh_note_truth,
    listed_meeting_truth,
    meeting_truth,
    transcript_meeting_truth,
)

FORMATS = ("txt", "html", "pdf")
LISTED_SHARE = 0.15  # meetings also published as a listed-items page (render_text.listed_meeting_text)
TRANSCRIPT_SHARE = 0.1  # ... and as a PDF transcript page (render_text.transcript_meeting_text)
DIGEST_SHARE = 0.05  # minutes also reported as a digest of their decisions (render_text.digest_text)
__all__ = ["FORMATS", "Stats", "generate"]


@dataclass
class Stats:
    documents: int = 0
    items: int = 0


def _slug(s: str) -> str:
    s = s.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _muni_of(text: str, muni: str) -> str | None:
    """The municipality when the document names it (the parser cannot know it otherwise)."""
    named = kommune(muni) in text or (muni == "København" and "Borgerrepræsentationen" in text)
    return muni if named else None


def _render_meeting(m: Meeting, fmt: str, name: str) -> tuple[bytes, dict]:
    text = firstagenda_text(m)
    muni = _muni_of(text, m.municipality)
    if fmt == "pdf":
        from .render_pdf import text_to_pdf
        return text_to_pdf(text), meeting_truth(name, m, muni)
    if fmt == "html":
        from .render_html import meeting_html
        from .truth import html_meeting_truth
        page = meeting_html(m)
        return page.encode("utf-8"), html_meeting_truth(name, m, _muni_of(page, m.municipality))
    return text.encode("utf-8"), meeting_truth(name, m, muni)


def generate(out: str | Path, municipalities: int = 3, years: int = 1, formats: Iterable[str] = FORMATS,
             seed: int = 1, first_year: int = 2024, max_items: int | None = None,
             progress: Callable[[Stats], None] | None = None, bilag: bool = False,
             scans: float = 0.0) -> Stats:
    """Write documents to OUT/docs and their ground truth to OUT/gold; return counts.

    Stops early once `max_items` agenda items are written (handy for fixed-size benchmarks).
    With `bilag`, the files of the bilag the items list are written too (demo/bilag_files.py;
    a share `scans` of them as image-only scans) with their truth in OUT/gold/bilag.json; every
    other file stays byte-identical (the bilag draw from RNGs of their own)."""
    formats = [f for f in FORMATS if f in set(formats)]
    if not formats:
        raise ValueError("no known format requested (txt, html, pdf)")
    docs, gold = Path(out) / "docs", Path(out) / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    stats = Stats()
    chosen = V.MUNICIPALITIES[:max(1, municipalities)] if municipalities <= len(V.MUNICIPALITIES) \
        else V.MUNICIPALITIES
    year_list = list(range(first_year, first_year + max(1, years)))

    def write(name: str, data: bytes, truth: dict) -> None:
        (docs / name).write_bytes(data)
        (gold / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        stats.documents += 1
        stats.items += len(truth["items"])
        if progress and stats.documents % 200 == 0:
            progress(stats)

    worlds = [World(random.Random(f"{seed}:{muni}"), muni, council, year_list) for muni, council in chosen]
    files = _bilag_writer(docs, scans) if bilag else None
    # Round-robin over municipalities so a size-capped corpus still covers all of them; every
    # world draws only from its own RNG, so the interleaving does not change any file.
    streams = [(w, w.meetings()) for w in worlds]
    while streams:
        alive = []
        for world, meetings in streams:
            m = next(meetings, None)
            if m is None:
                continue
            alive.append((world, meetings))
            if m.items:
                name = _emit(world, m, formats, write)
                if files is not None:
                    files.meeting(m, name)
            if max_items is not None and stats.items >= max_items:
                break
        else:
            streams = alive
            continue
        break
    if files is not None:
        files.finish(gold / "bilag.json")
    return stats


def _bilag_writer(docs: Path, scans: float) -> Any:
    """The writer of the bilag files; imported here, as fpdf is needed only for them."""
    from .bilag_files import BilagWriter

    return BilagWriter(docs, scans)


def _emit(world: World, m: Meeting, formats: list[str], write: Callable[[str, bytes, dict], None]) -> str:
    """Write one meeting's minutes and, for cases it finished, some single-case documents; return
    the minutes' file name."""
    rng, muni = world.rng, world.muni
    fmt = formats[rng.randrange(len(formats))]
    kind = "dagsorden" if m.agenda else "referat"
    name = f"{_slug(muni)}_{_slug(m.committee)}_{m.date}_{m.seq:04d}_{kind}.{fmt}"
    data, truth = _render_meeting(m, fmt, name)
    write(name, data, truth)
    if "txt" not in formats:
        return name
    # The same meeting as a site that lists its items first (flattened table of contents, or
    # åbent/lukket rows): its own RNG, so every other file stays byte-identical.
    if random.Random(f"{name}:listed").random() < LISTED_SHARE:
        text = listed_meeting_text(m)
        lname = name.rsplit(".", 1)[0] + "_listet.txt"
        write(lname, text.encode("utf-8"), listed_meeting_truth(lname, m, _muni_of(text, muni)))
    if random.Random(f"{name}:transcript").random() < TRANSCRIPT_SHARE:
        text = transcript_meeting_text(m)
        tname = name.rsplit(".", 1)[0] + "_transkript.txt"
        write(tname, text.encode("utf-8"), transcript_meeting_truth(tname, m, _muni_of(text, muni)))
    if not m.agenda and random.Random(f"{name}:digest").random() < DIGEST_SHARE and len(digest_entries(m)) >= 2:
        text = digest_text(m)
        dname = name.rsplit(".", 1)[0] + "_besluttet.txt"
        write(dname, text.encode("utf-8"), digest_truth(dname, m, _muni_of(text, muni)))
    for it in m.items:
        c = it.case
        done = it.kind == "case" and c.step == len(c.route) and len(c.route) > 1
        if not (done and rng.random() < 0.3):
            continue
        cname = f"{_slug(muni)}_sag_{_slug(c.number)}_{m.seq:04d}.txt"
        if world.case_style == "kbh_note":
            cname = cname.replace("_sag_", "_orientering_")
            text = kbh_note_text(c, m.date)
            truth = kbh_note_truth(cname, c, _muni_of(text, muni))
        elif world.case_style == "fredensborg":
            text = fredensborg_case_text(c)
            truth = fredensborg_truth(cname, c, _muni_of(text, muni))
        else:
            text = acadre_case_text(c)
            truth = case_truth(cname, c, _muni_of(text, muni))
        write(cname, text.encode("utf-8"), truth)
    return name
