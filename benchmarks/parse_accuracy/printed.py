"""Real meetings printed to real PDFs and read back through sagsgang's PDF reader: the Greve FirstAgenda
meetings (shared/corpus/publications/firstagenda-greve) laid out as HTML in four layout templates, printed by
headless Chromium and parsed with `parse_file(pdf)`, with gold written from the JSON by the annotation rules.

    PYTHONPATH=src python benchmarks/parse_accuracy/printed.py [--meetings 40] [--greve dev|held|all]
        [--template NAME ...] [--seed 11] [--out DIR] [--cache DIR] [--per-doc] [--as-transcript]

Why: users hand sagsgang the PDFs a municipality prints, and the other nets rewrite *text* (transcribed.py
prints the meetings as docplayer transcripts, transcript_variants.py rewrites contents lists). None goes
through a real page layout and a real text layer: titles wrapped inside a contents table's cell, the order
in which a table's columns come out of the text layer, running headers and footers on every page
('Side 3 af 12', the committee and date), words broken by hyphenation, a cover page, bold item headings,
a decision in a box. This net shows what such a layout does to the parse.

What: each meeting is printed in every template (same content, different layout), so the templates'
numbers can be compared with each other:
  table  labelled cover table (Udvalg/Mødedato/…, members one per line), contents as a table with a page
         column, 'N. Title' headings one item per page, labels bold on their own line, 'Beslutning i
         <udvalg> den <dd-mm-yyyy>', closed items 'Lukket: Title', running header committee + date and
         footer 'Side N af M'
  list   cover in lines ('Dagsorden', committee, a sentence with date, time and place, 'Deltagere: a, b'),
         a numbered contents list without pages, 'Punkt N: Title' headings in one flow, labels run in
         ('Indstilling: …'), 'Beslutning:', closed items 'Title - Lukket punkt', footer 'Side N af M'
  plain  cover in a sentence, no contents, 'N) Title' headings in one flow, labels on their own line,
         'Beslutning', closed items printed only as 'Lukket punkt', a bare page number in the footer
  boxed  a cover with the members in two columns, a contents table 'Punkt | Titel | Side', 'Punkt N' on its
         own line above the title, the case number in a right-hand cell, justified text with words broken
         by (soft) hyphenation, the decision in a bordered box under 'Beslutning i <udvalg> den <date>',
         closed items 'Lukket punkt. Title', running header with 'Greve Kommune' and 'Side N af M'
The variation inside a template (Referat or Dagsorden, date forms, absence label) is seeded per meeting,
so every meeting prints the same in any subset and any half. The page numbers in a contents list are
plausible, not measured (the gold does not score them).

Gold says only what the printed PDF shows (annotation-rules.md), through transcribed.py's gold writer:
running headers and footers belong to no field; a hyphenated word is the word as written (the printed
text without the break); a closed item printed only as 'Lukket punkt' has that title and no case number;
a bold run-in label heading a paragraph ('Indstilling: …') counts as a section, like docplayer's run-in
headings (a judgement call: annotation-rules.md leaves field labels with a value out, and these are
section headings, not fields); the decision's absentees ('Fraværende: …' below it) are that decision's. Not
known to the gold: where Chromium breaks a line after a hyphen the printed text is 'skal-' / 'opgaver', which
parse-output.md reads 'skal- opgaver'; the gold keeps 'skal-opgaver' (a few titles and names per run).

Halves: as transcribed.py, meeting k of the sorted folder is `dev` when k is even (its misses may be
printed and studied) and `held` when odd (read its numbers only, never its per-document output). The
default subset (--meetings 40) takes 20 evenly spread pairs (2j, 2j+1), so each half gets 20 meetings.

How: needs Debian's `chromium` (skipped with a message when absent). PDFs are cached by the sha1 of their
HTML in --cache (default: sagsgang-printed-cache in the temp dir), so a second run prints nothing.

--as-transcript: each printed PDF is read the way a docplayer-like viewer shows it (demo/transcribe.py's
pdf_as_transcript: each page's text flattened into one line behind its page number) inside the viewer's frame
as the tune transcripts show it (the title line, 'Størrelse: px', 'Starte visningen fra side:', 'Download
"<title>"', 'Transkript'), and that .txt page is parsed and scored against the same gold (the whole meeting,
uncut). Why: on `check` the PDF transcripts are the weakest form by far, while the tune transcripts score
high, so the tune nets do not show what an unseen publisher's PDF looks like once flattened: a contents
table read column-wise, running headers and footers ('Side 3 af 12') inside a page's line, hyphenation, a
cover page, a boxed decision. transcribed.py writes its transcripts from text; these come from real layouts.
The frame is fixed text (no seed), so the mode is deterministic; the default mode is unchanged.

It is a regression net built from ONE municipality's content in layouts written for it, not the measure:
`check` (real.py) is. A rule tuned until this scores well can still fail other municipalities' PDFs.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from gold_absence import absence_apart, only_absence
from real import parse_beside_gold, scorer, summary
from transcribed import GREVE, MONTHS, WEEKDAYS, Item, Page, _in_half, gold, load

from sagsgang.demo.transcribe import pdf_as_transcript

TEMPLATES = ("table", "list", "plain", "boxed")
CHROMIUM = ("chromium", "chromium-browser")

_CSS = """@page { size: A4; margin: 22mm 20mm 20mm 22mm; %(margins)s }
body { font-family: %(font)s; font-size: 10.5pt; line-height: 1.3; }
h1 { font-size: 20pt; margin: 0 0 8mm 0; } h2 { font-size: 13pt; margin: 6mm 0 3mm 0; }
h3 { font-size: 11pt; margin: 4mm 0 1mm 0; } p { margin: 0 0 2mm 0; }
table { border-collapse: collapse; } td, th { vertical-align: top; padding: 1mm 2mm; text-align: left; }
.page { break-before: page; } .cover td:first-child { font-weight: bold; width: 38mm; }
.toc { width: 100%%; } .toc td.no { width: 12mm; } .toc td.pg { width: 12mm; text-align: right; }
.justify { text-align: justify; } .box { border: 1px solid #444; padding: 2mm 3mm; margin: 3mm 0; }
.meta { float: right; border: 1px solid #999; margin: 0 0 2mm 4mm; font-size: 9pt; }
.cols { columns: 2; width: 120mm; }
"""


class Sheet:
    """The HTML being written beside the transcribed.Page that records the printed facts' spans (the gold)."""

    def __init__(self) -> None:
        self.page = Page()
        self.parts: list[str] = []

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def put(self, text: str, tag: tuple | None = None, shown: str | None = None) -> None:
        """Print `text` (escaped; `shown` is its markup when it differs, e.g. with soft hyphens) and note it."""
        self.page.add(text, tag)
        self.parts.append((shown if shown is not None else html.escape(text)) + " ")

    def html(self, title: str, margins: str, font: str) -> str:
        css = _CSS % {"margins": margins, "font": font}
        return (f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                f"<style>{css}</style></head><body>{''.join(self.parts)}</body></html>")


_LONG_WORD = re.compile(r"\w{13,}")


def soft_hyphens(text: str) -> str:
    """`text` escaped, with a soft hyphen in the middle of every word of 13 letters or more: where the line
    ends there, the browser prints the word broken with a hyphen, as a hyphenating publisher does."""
    out, last = [], 0
    for m in _LONG_WORD.finditer(text):
        word = m.group()
        half = len(word) // 2
        out += [html.escape(text[last:m.start()]), html.escape(word[:half]), "&shy;", html.escape(word[half:])]
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def margin_boxes(top: str = "", bottom: str = "") -> str:
    """CSS page-margin boxes: a running header (`top`, a fixed string) and footer (`bottom`: 'side' for
    'Side N af M', 'number' for a bare page number)."""
    out = []
    if top:
        esc = top.replace("\\", "\\\\").replace('"', '\\"')
        out.append(f'@top-right {{ content: "{esc}"; font-size: 8pt; }}')
    if bottom == "side":
        out.append('@bottom-center { content: "Side " counter(page) " af " counter(pages); font-size: 8pt; }')
    elif bottom == "number":
        out.append("@bottom-right { content: counter(page); font-size: 8pt; }")
    return " ".join(out)


def _facts(tree: dict) -> dict:
    moede = tree.get("Moede") or {}
    iso = (moede.get("Dato") or "")[:16]
    y, mo, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    day = datetime.date(y, mo, d)
    return {"committee": " ".join(((tree.get("Udvalg") or {}).get("Navn") or "").split()),
            "date": day.isoformat(), "time": iso[11:16], "place": " ".join((moede.get("Sted") or "").split()),
            "people": [p for p in moede.get("Moededeltagere") or [] if p.get("Name")],
            "dmy": f"{d:02d}-{mo:02d}-{y}", "dotted": f"{d:02d}.{mo:02d}.{y}",
            "long": f"{d}. {MONTHS[mo - 1]} {y}", "weekday": WEEKDAYS[day.weekday()]}


def _names(sheet: Sheet, label: str, names: list[str], tag: Callable[[str], tuple]) -> None:
    """A labelled line of people ('Deltagere: a, b, c'): each name tagged for the gold."""
    sheet.put(label)
    sheet.raw(" ")
    for k, name in enumerate(names):
        sheet.put(name + ("," if k + 1 < len(names) else ""), tag(name))
        sheet.raw(" ")


def _present_absent(f: dict) -> tuple[list[str], list[str]]:
    return ([p["Name"] for p in f["people"] if not p.get("Absent")],
            [p["Name"] for p in f["people"] if p.get("Absent")])


def _cover_rows(sheet: Sheet, rows: list[tuple[str, str, tuple]]) -> None:
    """A cover table's labelled rows ('Mødedato:' | its value), each value tagged for the gold; a row with no value
    (a meeting whose place the publication leaves out) is not printed."""
    for label, value, tag in rows:
        if value:
            sheet.raw(f"<tr><td>{label}</td><td>")
            sheet.put(value, tag)
            sheet.raw("</td></tr>")


def _when_and_where(sheet: Sheet, f: dict) -> None:
    """A cover sentence's date, time and place ('… mandag den 10. januar 2022 kl. 08:00 i Mødelokale 1'), tagged."""
    sheet.put(f"{f['weekday']} den {f['long']}", ("date",))
    sheet.put(f"kl. {f['time']}", ("time",))
    if f["place"]:
        sheet.put("i")
        sheet.put(f["place"], ("location",))


def _cover(sheet: Sheet, t: str, f: dict, v: dict) -> None:
    present, absent = _present_absent(f)
    if t == "table":
        sheet.put("Greve Kommune", None, "<p>Greve Kommune</p>")
        sheet.raw("<h1>")
        sheet.put(v["label"], ("label",))
        sheet.raw("</h1><table class=cover>")
        date = f["dmy"] if v["datefmt"] else f"{f['weekday'].capitalize()} den {f['long']}"
        _cover_rows(sheet, [("Udvalg:", f["committee"], ("committee",)), ("Mødedato:", date, ("date",)),
                            ("Mødetidspunkt:", f"kl. {f['time']}", ("time",)),
                            ("Mødested:", f["place"], ("location",))])
        sheet.raw("<tr><td>")
        sheet.put("Medlemmer:")
        sheet.raw("</td><td>")
        for k, name in enumerate(present):
            sheet.put(name, ("participant", name))
            sheet.raw("<br>" if k + 1 < len(present) else "")
        if absent:
            sheet.raw("</td></tr><tr><td>")
            sheet.put(v["absence"])
            sheet.raw("</td><td>")
            for k, name in enumerate(absent):
                sheet.put(name, ("absent", name))
                sheet.raw("<br>" if k + 1 < len(absent) else "")
        sheet.raw("</td></tr></table>")
    elif t == "list":
        sheet.raw("<h1>")
        sheet.put(v["label"], ("label",))
        sheet.raw("</h1><h2>")
        sheet.put(f["committee"], ("committee",))
        sheet.raw("</h2><p>")
        sheet.put("Mødet blev holdt" if v["label"] == "Referat" else "Mødet holdes")
        _when_and_where(sheet, f)
        sheet.raw("</p><p>")
        _names(sheet, "Deltagere:", present, lambda n: ("participant", n))
        sheet.raw("</p>")
        if absent:
            sheet.raw("<p>")
            _names(sheet, v["absence"], absent, lambda n: ("absent", n))
            sheet.raw("</p>")
    elif t == "plain":
        sheet.raw("<h1>")
        sheet.put(v["label"], ("label",))
        sheet.raw("</h1><p>")
        sheet.put("fra mødet i" if v["label"] == "Referat" else "til mødet i")
        sheet.put(f["committee"], ("committee",))
        _when_and_where(sheet, f)
        sheet.raw("</p>")
    else:
        sheet.raw("<h1>")
        sheet.put(v["label"], ("label",))
        sheet.raw("</h1><h2>")
        sheet.put(f["committee"], ("committee",))
        sheet.raw("</h2><table class=cover>")
        _cover_rows(sheet, [("Mødedato:", f["dotted"], ("date",)), ("Mødetidspunkt:", f["time"], ("time",)),
                            ("Mødested:", f["place"], ("location",))])
        sheet.raw("</table><h3>")
        sheet.put("Deltagere")
        sheet.raw("</h3><div class=cols>")
        for name in present:
            sheet.raw("<div>")
            sheet.put(name, ("participant", name))
            sheet.raw("</div>")
        sheet.raw("</div>")
        if absent:
            sheet.raw("<h3>")
            sheet.put(v["absence"].rstrip(":"))
            sheet.raw("</h3>")
            for name in absent:
                sheet.raw("<div>")
                sheet.put(name, ("absent", name))
                sheet.raw("</div>")


def _closed_title(t: str, it: Item) -> list[tuple[str, bool]]:
    """The closed item's title as the template prints it: pieces and whether each is the title (gold)."""
    if t == "table":
        return [("Lukket:", False), (it.title, True)]
    if t == "list":
        return [(it.title, True), ("- Lukket punkt", False)]
    if t == "plain":
        return [("Lukket punkt", True)]
    return [("Lukket punkt.", False), (it.title, True)]


def _title(sheet: Sheet, t: str, it: Item, tag: tuple) -> None:
    for piece, is_title in _closed_title(t, it) if it.closed else [(it.title, True)]:
        sheet.put(piece, tag if is_title else None)


def _contents(sheet: Sheet, t: str, items: list[Item], rnd: random.Random) -> None:
    if t == "plain":
        return
    pg = 2 + (t != "list")
    if t == "table":
        sheet.raw("<h2>")
        sheet.put("Indholdsfortegnelse")
        sheet.raw("</h2><table class=toc>")
    elif t == "boxed":
        sheet.raw("<h2>")
        sheet.put("Indhold")
        sheet.raw("</h2><table class=toc><tr><th>Punkt</th><th>Titel</th><th>Side</th></tr>")
        sheet.page.add("Punkt Titel Side")
    else:
        sheet.raw("<h3>")
        sheet.put("Dagsordenpunkter")
        sheet.raw("</h3>")
    for k, it in enumerate(items):
        if t == "list":
            sheet.raw("<p>")
            sheet.put(f"{it.number}.", ("toc_num", k))
            sheet.raw(" ")
            _title(sheet, t, it, ("toc_title", k))
            sheet.raw("</p>")
            continue
        sheet.raw("<tr><td class=no>")
        sheet.put(f"{it.number}." if t == "table" else it.number, ("toc_num", k))
        sheet.raw("</td><td>")
        _title(sheet, t, it, ("toc_title", k))
        sheet.raw("</td><td class=pg>")
        sheet.put(str(pg))
        sheet.raw("</td></tr>")
        pg += 1 if t == "table" or rnd.random() < 0.6 else 2
    if t != "list":
        sheet.raw("</table>")


def _item(sheet: Sheet, t: str, it: Item, f: dict, v: dict) -> None:
    head = {"table": "{n}.", "list": "Punkt {n}:", "plain": "{n})", "boxed": "Punkt {n}"}[t].format(n=it.number)
    sheet.raw("<div class=page>" if t in ("table", "boxed") else "<div>")
    if t == "boxed":
        if it.case:
            sheet.raw("<table class=meta><tr><td>")
            sheet.put("Sagsnr.")
            sheet.raw("</td><td>")
            sheet.put(it.case, ("case", it))
            sheet.raw("</td></tr></table>")
        sheet.raw("<p><b>")
        sheet.put(head, ("head_num", it))
        sheet.raw("</b></p><h2>")
    else:
        sheet.raw("<h2>")
        sheet.put(head, ("head_num", it))
        sheet.raw(" ")
    _title(sheet, t, it, ("head_title", it))
    sheet.raw("</h2>")
    if it.case and t != "boxed" and not (it.closed and t == "plain"):
        sheet.raw("<p>")
        sheet.put("Sagsnr.:")
        sheet.put(it.case, ("case", it))
        sheet.raw("</p>")
    for h, text in it.sections:
        if h == "Beslutning":
            if v["label"] == "Referat":
                _decision(sheet, t, it, text, f, v)
            continue
        body = soft_hyphens(text) if t == "boxed" else html.escape(text)
        if t == "list":
            sheet.raw("<p><b>")
            sheet.put(f"{h}:", ("section", it, h))
            sheet.raw("</b> ")
            sheet.put(text, None, body)
            sheet.raw("</p>")
        else:
            sheet.raw("<h3>")
            sheet.put(h, ("section", it, h))
            sheet.raw("</h3><p class=justify>" if t == "boxed" else "</h3><p>")
            sheet.put(text, None, body)
            sheet.raw("</p>")
    sheet.raw("</div>")


def _decision(sheet: Sheet, t: str, it: Item, text: str, f: dict, v: dict) -> None:
    heading = {"table": f"Beslutning i {f['committee']} den {f['dmy']}", "list": "Beslutning:",
               "plain": "Beslutning", "boxed": f"Beslutning i {f['committee']} den {f['long']}"}[t]
    sheet.raw("<div class=box>" if t == "boxed" else "")
    if t == "list":
        sheet.raw("<p><b>")
        sheet.put(heading, ("section", it, "Beslutning"))
        sheet.raw("</b> ")
        sheet.put(text, ("decision", it))
        sheet.raw("</p>")
    else:
        sheet.raw("<h3>")
        sheet.put(heading, ("section", it, "Beslutning"))
        sheet.raw("</h3><p>")
        sheet.put(text, ("decision", it), soft_hyphens(text) if t == "boxed" else None)
        sheet.raw("</p>")
    if it.absent:
        sheet.raw("<p>")
        _names(sheet, v["absence"], it.absent, lambda n: ("dabsent", it, n))
        sheet.raw("</p>")
    sheet.raw("</div>" if t == "boxed" else "")


def render(tree: dict, items: list[Item], t: str, rnd: random.Random) -> tuple[str, Page, dict]:
    """The meeting as HTML in template `t`, the Page of its printed facts and the facts (for the gold)."""
    f = _facts(tree)
    decided = any(h == "Beslutning" for it in items for h, _ in it.sections)
    v = {"label": "Referat" if decided and rnd.random() < 0.85 else "Dagsorden", "cover": t,
         "datefmt": rnd.random() < 0.5, "absence": rnd.choice(["Fraværende:", "Afbud:"])}
    sheet = Sheet()
    _cover(sheet, t, f, v)
    sheet.raw("<div class=page>" if t != "plain" else "")
    _contents(sheet, t, items, rnd)
    sheet.raw("</div>" if t != "plain" else "")
    for it in items:
        _item(sheet, t, it, f, v)
    running = {"table": f"{f['committee']} - {f['dmy']}", "boxed": f"Greve Kommune · {f['committee']} · {f['dotted']}"}
    if t == "boxed":
        sheet.page.add("Greve Kommune")  # printed in the running header
    margins = margin_boxes(running.get(t, ""), "number" if t == "plain" else "side")
    font = '"Liberation Sans", Arial, sans-serif' if t in ("table", "list") else '"DejaVu Serif", serif'
    facts = {"v": v, "items": items, "committee": f["committee"], "date": f["date"], "time": f["time"],
             "people": f["people"]}
    return sheet.html(f"{v['label']} {f['committee']}", margins, font), sheet.page, facts


def printed_gold(name: str, page: Page, facts: dict) -> dict:
    """transcribed.py's gold of the whole page, with the absence each decision's text prints read as the
    annotation rules read it (gold_absence.py), less the decisions whose text is then punctuation only (a printed
    'Beslutning' over '.': by parse-output.md an empty decision, as 'Beslutning: -' is; a decision of absence
    lines or sentences alone is none either, annotation-rules.md)."""
    out = gold(name, page, facts, len(page.text), lambda it: _printed_bilag(page, it))
    for it in out["items"]:
        for d in it["decisions"]:
            d["text"], d["absent"] = absence_apart(d["text"], d["absent"])
        it["decisions"] = [d for d in it["decisions"] if re.search(r"\w", d["text"]) and not only_absence(d["text"])]
    return out


def _printed_bilag(page: Page, it: Item) -> list[dict]:
    """A printed 'Bilag' section (the export's list of the item's bilag as links, printed as one paragraph under
    its heading) is the item's attachment list: its text as printed, one entry, no number (as annotation-rules.md
    keeps a link text whole)."""
    if not page.spans.get(("section", it, "Bilag")):
        return []
    return [{"number": None, "title": t, "public": not it.closed} for h, t in it.sections if h == "Bilag" and t]


def subset(count: int, meetings: int) -> list[int]:
    """Indices of `meetings` meetings out of `count`, as evenly spread pairs (2j, 2j+1): half dev, half held."""
    pairs = count // 2
    want = min(pairs, max(1, meetings // 2))
    picked = sorted({j * pairs // want for j in range(want)})
    return [i for j in picked for i in (2 * j, 2 * j + 1) if i < count]


def chromium() -> str | None:
    return next((p for name in CHROMIUM if (p := shutil.which(name))), None)


def printed_pdf(markup: str, cache: Path, browser: str) -> Path:
    """The PDF Chromium prints of `markup` (cached by the HTML's sha1). Two runs sharing the cache may print the
    same PDF at once: each prints from and into files of its own (the process id in their names) and moves its PDF
    into place atomically, so neither finds the other's half-written or already moved file."""
    key = hashlib.sha1(markup.encode("utf-8")).hexdigest()[:20]
    pdf = cache / f"{key}.pdf"
    if not pdf.exists():
        src = cache / f"{key}.{os.getpid()}.html"
        src.write_text(markup, encoding="utf-8")
        tmp = cache / f"{key}.{os.getpid()}.part.pdf"
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={tmp}", src.as_uri()], check=True, capture_output=True, timeout=120)
        tmp.replace(pdf)
        src.unlink()
    return pdf


def viewer_transcript(pdf: Path) -> str:
    """The PDF as a docplayer-like viewer prints it: pdf_as_transcript's title line and flattened pages,
    with the viewer's frame between them as the tune transcripts carry it (fixed text, no seed)."""
    title, pages = pdf_as_transcript(pdf).split("\n\nTranskript\n\n", 1)
    return (f'{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "{title}"\n\n'
            f"Transkript\n\n{pages}")


def main(argv: list[str] | None = None,
         report: Callable[[str], None] = lambda s: print(s, flush=True),
         templates_known: tuple[str, ...] = TEMPLATES, draw: Callable | None = None, doc: str = __doc__) -> int:
    """Print, parse and score; another net (vendor_prints.py) passes its own templates and `draw` (render's
    signature) and reuses the rest, so both score the same way."""
    draw = draw or render
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--meetings", type=int, default=40, help="meetings to print (default 40; 0 = all 288)")
    ap.add_argument("--greve", choices=("dev", "held", "all"), default="all",
                    help="score the even-indexed (dev), odd-indexed (held) or all meetings of the subset")
    ap.add_argument("--template", choices=templates_known, action="append", help="print in these templates only")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", type=Path, default=None, help="keep docs, gold and predictions here")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "sagsgang-printed-cache")
    ap.add_argument("--per-doc", action="store_true", help="the scorer's per-document lines (dev only!)")
    ap.add_argument("--as-transcript", action="store_true",
                    help="parse each PDF as a viewer's transcript (.txt, pages flattened), not the PDF itself")
    args = ap.parse_args(argv)
    browser = chromium()
    if browser is None:
        report("printed.py: chromium is not installed (apt-get install chromium); skipped")
        return 0
    args.cache.mkdir(parents=True, exist_ok=True)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-printed-"))
    meetings = sorted(GREVE.glob("*.json"))
    chosen = subset(len(meetings), args.meetings) if args.meetings else list(range(len(meetings)))
    templates = args.template or list(templates_known)
    done = 0
    for k in chosen:
        if not _in_half(k, args.greve):
            continue
        for t in templates:
            tree, items = load(meetings[k])  # fresh items per template (the gold keys spans by item)
            if not items:
                continue
            rnd = random.Random(f"{args.seed}/{k}/{t}")
            markup, page, facts = draw(tree, items, t, rnd)
            name = f"p{k:03d}-{t}." + ("txt" if args.as_transcript else "pdf")
            docs = root / "docs"
            docs.mkdir(parents=True, exist_ok=True)
            pdf = printed_pdf(markup, args.cache, browser)
            if args.as_transcript:
                (docs / name).write_text(viewer_transcript(pdf), encoding="utf-8")
            else:
                (docs / name).write_bytes(pdf.read_bytes())
            g = docs / f"{name}.json"
            g.write_text(json.dumps(printed_gold(name, page, facts), ensure_ascii=False, indent=1), encoding="utf-8")
            for group in (t, "all"):
                parse_beside_gold(docs / name, g, root / group, name)
            g.unlink()
            done += 1
    report(f"{done} prints of {len([k for k in chosen if _in_half(k, args.greve)])} Greve meetings "
           f"({args.greve}) in {len(templates)} templates (seed {args.seed})"
           + (" read as transcripts" if args.as_transcript else "") + f"; docs, gold, pred in {root}")
    status = 0
    for group in [*templates, "all"]:
        if not (root / group / "gold").exists():
            continue
        res = subprocess.run(scorer(root / group, args.per_doc), capture_output=True, text=True)
        status |= res.returncode
        if args.per_doc:
            report(res.stdout)
        report(f"== {group}: " + " | ".join(summary(res.stdout)))
    return status


if __name__ == "__main__":
    sys.exit(main())
