"""Whole council pages in the markup the sites print: the tune pages that keep their lines, each written as HTML
in one of the shapes a Danish council site uses for its content, read by the HTML reader and scored against the
same gold.

    PYTHONPATH=src python benchmarks/parse_accuracy/html_shapes.py [--only NAME] [--fields] [--out DIR] [--split check]

With `--split check` the check pages are written instead: read their numbers only, as `real.py`'s.

Why: sagsgang harvests whole HTML pages from about a hundred sites, and the HTML reader turns their markup into
the lines the parser reads. The tune pages are text, so no net showed what a site's markup does to them: an
agenda numbered by `<ol start="190">` (the browser shows '190.', the text holds no number), item headers in
<h2> and section headings in <h3>, the head's facts as `<dl><dt>Dato</dt><dd>…</dd>` or `<th>`/`<td>` rows, a
paragraph's lines joined by <br>, run-in labels (`<strong>Beslutning:</strong> Godkendt.`), and pages where every
line is its own <div><span>. Every shape keeps every gold value visible as a browser shows it, so every point
lost against `plain` (each line a <p>, as site_chrome.py's html-plain) is the reader losing what the browser shows
or the parser reading the markup's lines differently from the text's.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

from real import CORPUS, lined_tune_pages, run_lined_variants

_GOLD: dict[str, dict] = {}  # a page's text -> its gold (filled before the variants run)
_HEAD_FACT = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ. -]{1,30}?):\s+(\S.*)")
_NUMBERED = re.compile(r"(\d{1,4})\.\s+(\S.*)")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class _Page:
    """A page's paragraphs (blank-separated) of lines, and what its gold says each line is: an item's header
    (its number printed 'N.' or not), a section heading of an item, or one of the head's 'Label: value' facts."""

    def __init__(self, text: str) -> None:
        gold = _GOLD.get(text) or {}
        items = gold.get("items") or []
        self.paras: list[list[str]] = []
        for block in re.split(r"\n\s*\n", text.strip("\n")):
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            if lines:
                self.paras.append(lines)
        flat = [ln for p in self.paras for ln in p]
        self.sections = {_norm(s) for it in items for s in it.get("sections") or []}
        self.headers: dict[str, str] = {}  # header line -> the item's number ('' when it has none)
        self.listed: set[str] = set()  # every line naming an item: its header and its line in a contents list
        for it in items:
            title, num = _norm(it.get("title") or ""), it.get("number") or ""
            found = [ln for ln in flat if title and _norm(ln).endswith(title) and len(ln) <= len(title) + 25
                     and (_norm(ln) == title or num and num in ln[:len(ln) - len(title)])]
            if found:
                self.headers[found[-1]] = num
                self.listed.update(found)
        numbers = [int(it["number"]) for it in items if (it.get("number") or "").isdigit()]
        # only a numbered run (two items or more, numbers one apart) is what an <ol> prints
        self.run = {n for n in numbers if n - 1 in numbers or n + 1 in numbers}
        first = next((i for i, ln in enumerate(flat) if ln in self.headers or _norm(ln) in self.sections), len(flat))
        self.head = set(flat[:first])

    def ol_number(self, line: str) -> int | None:
        m = _NUMBERED.fullmatch(line)
        return int(m.group(1)) if m and int(m.group(1)) in self.run else None

    def fact(self, line: str) -> tuple[str, str] | None:
        m = _HEAD_FACT.fullmatch(line)
        return (m.group(1), m.group(2)) if m and line in self.head else None


def _render(text: str, ol: str = "", headings: bool = False, facts: str = "", br: bool = False,
            strong: bool = False, soup: bool = False, bold_facts: bool = False, rows: bool = False) -> str:
    page = _Page(text)
    out: list[str] = []
    pending = ""  # a run-in label waiting for the paragraph it leads (strong)
    for para in page.paras:
        if strong and len(para) == 1 and _norm(para[0]) in page.sections:
            pending = f"<strong>{escape(para[0])}:</strong> "
            continue
        out.extend(_paragraph(page, para, pending, ol, headings, facts, br, soup, bold_facts, rows))
        pending = ""
    if pending:
        out.append(f"<p>{pending}</p>")
    return "<html><body><main>\n" + "\n".join(out) + "\n</main></body></html>\n"


def _kind(page: _Page, line: str, ol: str, headings: bool, facts: str, rows: bool = False) -> str:
    if rows and _NUMBERED.fullmatch(line) and line in page.listed:
        return "row"
    if ol and page.ol_number(line) is not None:
        return "ol"
    if headings and line in page.headers:
        return "h2"
    if headings and _norm(line) in page.sections:
        return "h3"
    if facts and page.fact(line):
        return "fact"
    return "text"


def _bold_fact(line: str) -> str:
    """A 'Label: value' line (a label of three words or fewer) with its label in <strong>."""
    m = _HEAD_FACT.fullmatch(line)
    if not m or len(m.group(1).split()) > 3:
        return escape(line)
    return f"<strong>{escape(m.group(1))}:</strong> {escape(m.group(2))}"


def _paragraph(page: _Page, para: list[str], lead: str, ol: str, headings: bool, facts: str, br: bool,
               soup: bool, bold_facts: bool = False, rows: bool = False) -> list[str]:
    """One paragraph's HTML: runs of lines of one kind each in their element."""
    esc = _bold_fact if bold_facts else escape
    out: list[str] = []
    runs: list[tuple[str, list[str]]] = []
    for line in para:
        kind = _kind(page, line, ol, headings, facts, rows)
        if runs and runs[-1][0] == kind and kind in ("ol", "fact", "text", "row"):
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    for kind, lines in runs:
        if kind == "ol":
            out.append(_ol(page, lines, ol))
        elif kind == "row":
            out.append(_rows(lines))
        elif kind in ("h2", "h3"):
            out.extend(f"<{kind}>{escape(ln)}</{kind}>" for ln in lines)
        elif kind == "fact":
            out.append(_facts([page.fact(ln) for ln in lines], facts))
        elif soup:
            out.extend(f"<div><span>{lead if i == 0 else ''}{esc(ln)}</span></div>" for i, ln in enumerate(lines))
        elif br:
            out.append(f"<p>{lead}" + "<br>".join(esc(ln) for ln in lines) + "</p>")
        else:
            out.extend(f"<p>{lead if i == 0 else ''}{esc(ln)}</p>" for i, ln in enumerate(lines))
        lead = ""
    return out


def _ol(page: _Page, lines: list[str], how: str) -> str:
    """Numbered lines as a list whose numbers the browser prints: `<ol start=N>` (one apart after it) or each
    item's own `<li value=N>`; the number is gone from the item's text."""
    nums = [page.ol_number(ln) for ln in lines]
    texts = [escape(_NUMBERED.fullmatch(ln).group(2)) for ln in lines]
    if how == "value":
        return "<ol>" + "".join(f'<li value="{n}">{t}</li>' for n, t in zip(nums, texts, strict=True)) + "</ol>"
    parts, start = [], 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or nums[i] != nums[i - 1] + 1:
            parts.append(f'<ol start="{nums[start]}">' + "".join(f"<li>{t}</li>" for t in texts[start:i]) + "</ol>")
            start = i
    return "".join(parts)


def _rows(lines: list[str]) -> str:
    """Numbered item lines as an agenda table: one row per item, its number and its title in cells of their own and
    an 'Åben' column, as agenda tables print them; a list of items (two rows or more) under a header row."""
    cells = [_NUMBERED.fullmatch(ln).groups() for ln in lines]
    head = "<tr><th>Nr.</th><th>Punkt</th><th>Status</th></tr>" if len(lines) > 1 else ""
    return ("<table>" + head
            + "".join(f"<tr><td>{n}</td><td>{escape(t)}</td><td>Åben</td></tr>" for n, t in cells) + "</table>")


def _facts(pairs: list, how: str) -> str:
    if how == "dl":
        return "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pairs) + "</dl>"
    cell = "td" if how == "td" else "th"
    rows = "".join(f"<tr><{cell}>{escape(k)}</{cell}><td>{escape(v)}</td></tr>" for k, v in pairs)
    return f"<table>{rows}</table>"


def _plain(text: str) -> str:
    body = "\n".join(f"<p>{escape(ln.strip())}</p>" for ln in text.split("\n") if ln.strip())
    return f"<html><body><main>{body}</main></body></html>\n"


VARIANTS: dict[str, Callable[[str], str]] = {
    # each line a paragraph: what the others are read beside
    "plain": _plain,
    # a numbered run of item lines ('5. Title') as <ol start="5"> (the number printed by the browser), or each
    # item's <li value="5">
    "ol": lambda t: _render(t, ol="start"),
    "ol-value": lambda t: _render(t, ol="value"),
    # item header lines as <h2>, the items' section headings as <h3>
    "headings": lambda t: _render(t, headings=True),
    # the head's 'Label: value' lines as <dt>Label</dt><dd>value</dd>, or as <th>Label</th><td>value</td> rows
    "dl-facts": lambda t: _render(t, facts="dl"),
    "table-facts": lambda t: _render(t, facts="table"),
    # the same rows with the label in a plain <td> ('<td>Mødedato</td><td>12-03-2024</td>')
    "td-facts": lambda t: _render(t, facts="td"),
    # the items' numbered header lines and contents-list lines as an agenda table ('<td>5</td><td>Title</td>
    # <td>Åben</td>' per item, a list under a 'Nr. | Punkt | Status' header row): number and title are cells of a row
    "table-items": lambda t: _render(t, rows=True),
    # a paragraph's lines joined by <br> in one <p>
    "br-lines": lambda t: _render(t, br=True),
    # a section heading run into its paragraph: <p><strong>Beslutning:</strong> Godkendt.</p>
    "strong-labels": lambda t: _render(t, strong=True),
    # every 'Label: value' line of the page (a label of three words or fewer) with its label in <strong>
    # ('<strong>Sagsnr.:</strong> 24/1234'): the label of a fact, not of a section
    "strong-facts": lambda t: _render(t, bold_facts=True),
    # every line its own <div><span>, no paragraph break anywhere
    "div-soup": lambda t: _render(t, soup=True),
    # every shape at once (facts as table rows, paragraphs with <br>)
    "all": lambda t: _render(t, ol="start", headings=True, facts="table", br=True, strong=True, bold_facts=True),
}


def main(argv: list[str] | None = None) -> int:
    for split in ("tune", "check"):
        for gold, _, text in lined_tune_pages(CORPUS, split):
            _GOLD[text] = json.loads(Path(gold).read_text(encoding="utf-8"))
    return run_lined_variants(VARIANTS, "html-shapes", __doc__.split("\n\n")[0], argv, counted=True,
                              suffixes=dict.fromkeys(VARIANTS, ".html"))


if __name__ == "__main__":
    sys.exit(main())
