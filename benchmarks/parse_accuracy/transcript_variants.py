"""Robustness of the contents list of a PDF transcript: the tune transcripts (pages holding a line
'Transkript'), each rewritten in one way that keeps every gold value, scored against the same gold.

    PYTHONPATH=src python benchmarks/parse_accuracy/transcript_variants.py [--only NAME] [--out DIR] [--split check]

With `--split check` the check transcripts are rewritten instead: read their summary numbers only.

Why: the check transcripts lose most of their items (recall ~0.6 against ~0.9 on tune), and removing
the contents heading from the tune transcripts costs about as much. An unseen municipality prints its
contents list under a heading the parser does not know, or with none, or in another shape: a page
number after each title (with dotted leaders or without), 'Punkt 1' or '1)' for '1.', a running page
head above every page. Each variant changes only the contents list's heading or its entries' typing,
so a point lost against 'plain' is the parser depending on that typing. Read it beside `real.py`.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from real import CORPUS, parse_beside_gold, scorer, splits, summary, variant_parser

# the headings the tune transcripts print over their contents list (what the variants remove or replace)
_HEADING = re.compile(r"Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Følgende sager (?:behandles|blev behandlet):?"
                      r"|Til behandling forelå:?|Sagsoversigt:?|Sagsliste:?|Dagsordenspunkter:?"
                      r"|Punkter på dagsordenen:?")
# the column heads a contents table prints under its heading ('Pkt. Tekst Side', 'Sag nr. Side')
_COLUMNS = re.compile(r"(?:\s+(?:Pkt\.|Punkt nr\.|Punkt|Sag nr\.:?|Sagnr\.|Nr\.|Tekst|Emne|Titel|Side)(?=\s))+")


def transcript_pages(split: str) -> list[tuple[Path, Path, str, dict]]:
    """(gold file, document, text, gold) of the `split` pages that are PDF transcripts."""
    out = []
    for gold, doc in splits(CORPUS)[split]:
        text = doc.read_text(encoding="utf-8") if doc.suffix == ".txt" else ""
        if "\nTranskript" in text:
            out.append((gold, doc, text, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def _body(text: str) -> tuple[str, str]:
    """The site's frame (up to and with 'Transkript') and the transcript after it."""
    at = text.index("\nTranskript") + len("\nTranskript")
    return text[:at], text[at:]


def _heading(text: str) -> re.Match[str] | None:
    return _HEADING.search(_body(text)[1])


def _replace_heading(new: str, columns: bool = False) -> Callable[[str, dict], str]:
    def rewrite(text: str, gold: dict) -> str:
        frame, body = _body(text)
        m = _HEADING.search(body)
        if m is None:
            return text
        rest = body[m.end():]
        if columns:
            rest = _COLUMNS.sub("", rest, count=1) if _COLUMNS.match(rest) else rest
        head = body[:m.start()]
        if not new:
            head = head.rstrip(" ") + (" " if head and not head.endswith("\n") else "")
            rest = rest.lstrip(" ")
        return frame + head + new + rest
    return rewrite


# the most a contents list prints between one entry's title and the next one's start (a number, a page number,
# a page break with its running head); an entry whose title the list prints otherwise widens it by its own length
_ENTRY_GAP = 90


def _title_pattern(title: str) -> re.Pattern[str] | None:
    """The title as a list prints it: its words in order, a page number possibly wrapped in between ('samt 3
    eftergivelse'), and possibly cut after its third word (a list that leaves off '2012'). Why words, not the
    first 40 letters: two titles sharing a prefix ('Anlægsprojekter for 2007 og 2008 der afventer dispensation -
    Økonomiudvalget' / '- Teknik- og Miljøudvalget') are then told apart, and a wrapped title is still found."""
    words = title.split()
    if not words or len(title) < 6:
        return None
    sep = r"(?:\s+\d{1,3}(?=\s))?\s+"
    need = min(len(words), 3)
    tail = ""
    for word in reversed(words[need:]):
        tail = f"(?:{sep}{re.escape(word)}{tail})?"
    head = sep.join(re.escape(w) for w in words[:need])
    return re.compile(rf"(?<!\w){head}{tail}(?!\w)")


def _entries(body: str, gold: dict) -> list[tuple[int, int, int, str]]:
    """Where the contents list prints each gold item: (start of its number or title, end of its title as
    printed, rank, number or ''). Found by list order and position, not by a prefix search over the page: each
    entry comes after the one before it and close to it (`_ENTRY_GAP`), so the search never runs on into the
    bodies; a title the list prints too differently to be found is left as it is. A page where only one
    entry is found and its title is not printed again after it has no contents list (its items are only its
    bodies, far apart): no entries."""
    out: list[tuple[int, int, int, str]] = []
    m = _HEADING.search(body)
    pos = m.end() if m is not None else 0
    slack = _ENTRY_GAP
    for rank, item in enumerate(gold.get("items") or []):
        title = (item.get("title") or "").strip()
        pat = _title_pattern(title)
        hit = pat.search(body, pos) if pat else None
        if hit is None or (out or m is not None) and hit.start() - pos > slack:
            slack += len(title) + _ENTRY_GAP
            continue
        at = hit.start()
        num = item.get("number") or ""
        start = at
        if num:
            lead = re.search(rf"(?:(?<=\s)|^)(?:Punkt\s+|Pkt\.\s+)?{re.escape(num)}[.)]?\s+$", body[max(0, at - 12):at])
            if lead:
                start = at - (len(body[max(0, at - 12):at]) - lead.start())
            else:
                num = ""
        end = hit.end()
        while end < len(body) and body[end] in ":;,":
            end += 1  # 'LUKKET PUNKT:': the page goes after the title's colon, not inside it
        out.append((start, end, rank, num))
        pos, slack = end, _ENTRY_GAP
    if len(out) != 1:
        return out  # two entries or more, each close to the one before it: a list (an excerpt may end in it)
    printed_again = any((pat := _title_pattern((gold["items"][rank].get("title") or "").strip()))
                        and pat.search(body, out[-1][1]) for _, _, rank, _ in out)
    return out if printed_again else []


def _words_matched(printed: str, title: str) -> int:
    """How many of the title's words `printed` holds (a page number wrapped in between is not one of them)."""
    words, n = title.split(), 0
    for w in printed.split():
        if n < len(words) and w == words[n]:
            n += 1
    return n


# 'Title 3 2 Next', 'Title...31', 'Title...24 SAGER TIL …': the page an entry printed
_PRINTED_PAGE = re.compile(r"[ ]*\.{2,}[ ]*\d{1,3}\b|[ ]+\d{1,3}(?=[ ]+\d{1,3}\b|[ ]*\n|[ ]*$)")


def _rewrite_entries(entry: Callable[[str, str, str, int], str], paged: bool = False) -> Callable[[str, dict], str]:
    """Each contents entry rewritten by `entry(number, title as printed, title, rank)`; `paged` drops the page
    number an entry already prints (the variant prints its own)."""
    def rewrite(text: str, gold: dict) -> str:
        frame, body = _body(text)
        entries = _entries(body, gold)
        if not entries:
            return text
        out, last = [], 0
        for k, (start, end, rank, num) in enumerate(entries):
            title = (gold["items"][rank].get("title") or "").strip()
            at = _title_pattern(title).search(body, start).start()  # type: ignore[union-attr]
            # the title as printed, without a page number wrapped into it (the variant prints its own)
            printed = body[at:end].rstrip(":;,")
            if printed.split() != title.split()[: len(printed.split())]:
                printed = " ".join(title.split()[: _words_matched(printed, title)])
            printed += body[at:end][len(body[at:end].rstrip(":;,")):]
            out.append(body[last:start])
            out.append(entry(num if at > start else "", printed, title, k))
            last = end
            if paged and (page := _PRINTED_PAGE.match(body, end)):
                last = page.end()
        out.append(body[last:])
        return frame + "".join(out)
    return rewrite


def _numbered(style: str) -> Callable[[str, str, str, int], str]:
    def entry(num: str, printed: str, title: str, k: int) -> str:
        if not num:
            return printed
        return {"punkt": f"Punkt {num} ", "paren": f"{num}) ", "bare": f"{num} ", "dot": f"{num}. "}[style] + printed
    return entry


def _paged(leader: str, numbered: bool = True) -> Callable[[str, str, str, int], str]:
    def entry(num: str, printed: str, title: str, k: int) -> str:
        return (f"{num}. " if num and numbered else "") + printed + f"{leader}{3 + 2 * k}"
    return entry


def _gold_numbered(rewrite: Callable[[str, str, str, int], str]) -> Callable[[str, dict], str]:
    """`rewrite` applied to each entry with its gold number, printed or lost (a list that kept every number)."""
    def entries(text: str, gold: dict) -> str:
        def entry(num: str, printed: str, title: str, k: int) -> str:
            item = next((it for it in gold["items"] if (it.get("title") or "").strip() == title), {})
            return rewrite(num or item.get("number") or "", printed, title, k)
        return _rewrite_entries(entry)(text, gold)
    return entries


def _item_of(gold: dict, title: str) -> dict:
    return next((it for it in gold["items"] if (it.get("title") or "").strip() == title), {})


def _gold_status(style: str) -> Callable[[str, dict], str]:
    """Each entry with its open/closed status, as a column after its title or before its number."""
    def entries(text: str, gold: dict) -> str:
        def entry(num: str, printed: str, title: str, k: int) -> str:
            public = _item_of(gold, title).get("public", True)
            lead = f"{num}. " if num else ""
            if style == "after":
                return lead + printed + (" Åbent punkt" if public else " Lukket punkt")
            return ("Åben " if public else "Lukket ") + lead + printed
        return _rewrite_entries(entry, paged=True)(text, gold)
    return entries


def _labelled(label: str, colon: bool) -> Callable[[str, str, str, int], str]:
    def entry(num: str, printed: str, title: str, k: int) -> str:
        return (f"{label} {num}{':' if colon else ''} " if num else "") + printed
    return entry


def _page_first(num: str, printed: str, title: str, k: int) -> str:
    """The page column printed before the entry ('3 1. Budget'), as a table read right to left may come out."""
    return f"{3 + 2 * k} " + (f"{num}. " if num else "") + printed


# what may stand between two entries of one row of a table (a page number, a number extraction kept)
_ROW_GAP = re.compile(r"(?:\s|\.|\d{1,3}(?!\S))*")


def _column_runs(body: str, gold: dict) -> list[list[tuple[int, int, str, str]]]:
    """Runs of three entries or more, each numbered (printed or in the gold), nothing but page numbers between
    them: (start, end with its page, number, title as printed) of each."""
    runs: list[list[tuple[int, int, str, str]]] = [[]]
    last = None
    for start, end, rank, num in _entries(body, gold):
        item = gold["items"][rank]
        title = (item.get("title") or "").strip()
        number = num or item.get("number") or ""
        at = _title_pattern(title).search(body, start).start()  # type: ignore[union-attr]
        printed = body[at:end]
        page = _PRINTED_PAGE.match(body, end)
        stop = page.end() if page else end
        joined = last is not None and _ROW_GAP.fullmatch(body, last, start) is not None
        if not number or printed.split() != title.split() or not joined:
            runs.append([])
        if number and printed.split() == title.split():
            runs[-1].append((start, stop, number, printed))
        last = stop
    return [r for r in runs if len(r) >= 3]


def _columns(order: str) -> Callable[[str, dict], str]:
    """A contents table extracted column by column: all its numbers, then all its titles, then all its pages
    ('numbers-titles-pages'), or the titles first ('titles-numbers')."""
    def rewrite(text: str, gold: dict) -> str:
        frame, body = _body(text)
        out, last = [], 0
        for run in _column_runs(body, gold):
            nums = " ".join(n for _, _, n, _ in run)
            titles = " ".join(t for _, _, _, t in run)
            pages = " ".join(str(3 + 2 * k) for k in range(len(run)))
            block = f"{nums} {titles} {pages}" if order == "numbers-titles-pages" else f"{titles} {nums}"
            out += [body[last:run[0][0]], block]
            last = run[-1][1]
        return frame + "".join(out) + body[last:]
    return rewrite


def _case_number(k: int) -> str:
    return f"24/{1200 + 7 * k}"


def _with_case_numbers(label: str) -> Callable[[str, dict], str]:
    """Each entry followed by its case number ('1. Budget 2025 Sagsnr. 24/1207'), as a contents table with a
    case column prints it; the gold then holds that number for the item (every case number printed for it)."""
    def entry(num: str, printed: str, title: str, k: int) -> str:
        return (f"{num}. " if num else "") + printed + f" {label}{_case_number(k)}"
    return _rewrite_entries(entry, paged=True)


def _gold_with_case_numbers(text: str, gold: dict) -> dict:
    out = json.loads(json.dumps(gold))
    for k, (_, _, rank, _) in enumerate(_entries(_body(text)[1], gold)):
        out["items"][rank]["case_numbers"] = [*(out["items"][rank].get("case_numbers") or []), _case_number(k)]
    return out


def _closed_group(text: str, gold: dict) -> str:
    """The closed entries under a group heading of their own, their titles replaced by 'Lukket punkt' (a list
    that does not print what a closed item is about)."""
    frame, body = _body(text)
    entries = [e for e in _entries(body, gold) if not gold["items"][e[2]].get("public", True)]
    if not entries:
        return text
    out, last = [], 0
    for n, (start, end, _, num) in enumerate(entries):
        page = _PRINTED_PAGE.match(body, end)
        marker = re.search(r"(?i:lukket)(?:\s+(?i:punkt|sag))?\s*[-–:]\s*$", body[last:start])
        start = last + marker.start() if marker else start  # 'Lukket - Ejendomssag': the marker goes too
        head = "Lukkede punkter " if n == 0 and not re.search(r"(?i:lukke(?:t|de))\s+\S+\s*$", body[:start]) else ""
        out += [body[last:start], head + (f"{num}. " if num else "") + "Lukket punkt"]
        last = page.end() if page else end
    return frame + "".join(out) + body[last:]


def _gold_closed_group(text: str, gold: dict) -> dict:
    out = json.loads(json.dumps(gold))
    for _, _, rank, _ in _entries(_body(text)[1], gold):
        if not out["items"][rank].get("public", True):
            out["items"][rank]["title"] = "Lukket punkt"
    return out


def _running_heads(text: str, gold: dict) -> str:
    """A running head at the top of every transcript page after the first: the body and the date."""
    frame, body = _body(text)
    lines = body.split("\n")
    for i, ln in enumerate(lines):
        m = re.match(r"^(\d{1,3}) (?=\S)", ln)
        if m and int(m.group(1)) > 1:
            lines[i] = f"{m.group(1)} Økonomiudvalget 12-03-2024 Side {m.group(1)} " + ln[m.end():]
    return frame + "\n".join(lines)


def _both(*fns: Callable[[str, dict], str]) -> Callable[[str, dict], str]:
    def rewrite(text: str, gold: dict) -> str:
        for fn in fns:
            text = fn(text, gold)
        return text
    return rewrite


VARIANTS: dict[str, Callable[[str, dict], str]] = {
    "plain": lambda text, gold: text,
    # the contents heading left out, or printed as another plausible heading
    "no-heading": _replace_heading(""),
    "no-heading-columns": _replace_heading("", columns=True),
    "Oversigt": _replace_heading("Oversigt"),
    "Indhold": _replace_heading("Indhold"),
    "Punktoversigt": _replace_heading("Punktoversigt"),
    "Sager til behandling": _replace_heading("Sager til behandling"),
    "Åbne punkter": _replace_heading("Åbne punkter"),
    "Dagsorden": _replace_heading("Dagsorden"),
    # the entries' numbers typed another way (where the contents list prints them)
    "punkt-numbers": _rewrite_entries(_numbered("punkt")),
    "paren-numbers": _rewrite_entries(_numbered("paren")),
    "bare-numbers": _rewrite_entries(_numbered("bare")),
    # every entry printing its number '1. ' (the ones extraction lost put back): what the lost numbers cost
    "numbers-kept": _gold_numbered(_numbered("dot")),
    # a page number after each entry's title, with dotted leaders or a space
    "dotted-pages": _rewrite_entries(_paged(" .......... "), paged=True),
    "trailing-pages": _rewrite_entries(_paged(" "), paged=True),
    "dotted-pages-only": _rewrite_entries(_paged(" .......... ", numbered=False), paged=True),
    "running-heads": _running_heads,
    # the shapes a contents table takes when its columns come out in another order or with more columns
    "columns-numbers-titles-pages": _columns("numbers-titles-pages"),
    "columns-titles-numbers": _columns("titles-numbers"),
    "status-after": _gold_status("after"),
    "status-before": _gold_status("before"),
    "sag-numbers": _rewrite_entries(_labelled("Sag", False)),
    "pkt-colon-numbers": _rewrite_entries(_labelled("Pkt.", True)),
    "page-first": _rewrite_entries(_page_first, paged=True),
    "case-numbers": _with_case_numbers("Sagsnr. "),
    "bare-case-numbers": _with_case_numbers(""),
    "closed-group": _closed_group,
    # two at once: no heading, and a page number after each title
    "no-heading+pages": _both(_replace_heading(""), _rewrite_entries(_paged(" "), paged=True)),
    "Oversigt+dotted": _both(_replace_heading("Oversigt"), _rewrite_entries(_paged(" .......... "), paged=True)),
}


# the variants that print a value the gold must hold: the gold rewritten alongside
GOLD_EDITS: dict[str, Callable[[str, dict], dict]] = {
    "case-numbers": _gold_with_case_numbers,
    "bare-case-numbers": _gold_with_case_numbers,
    "closed-group": _gold_closed_group,
}


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS)
    ap.add_argument("--split", choices=("tune", "check"), default="tune",
                    help="whose pages (check: read the numbers only, never its misses one by one)")
    args = ap.parse_args(argv)
    kinds = args.only or list(VARIANTS)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-tvariants-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-tvariants-docs-"))
    pages = transcript_pages(args.split)
    print(f"{len(pages)} {args.split} transcripts, {sum(_heading(t) is not None for _, _, t, _ in pages)} with a "
          "known contents heading", flush=True)
    status = 0
    for kind in ["plain"] + [k for k in kinds if k != "plain"]:
        folder = kind.replace(" ", "_")
        (scratch / folder).mkdir(exist_ok=True)
        changed = 0
        for gold, doc, text, tree in pages:
            page = scratch / folder / doc.name
            new = VARIANTS[kind](text, tree)
            changed += new != text
            page.write_bytes(new.encode("utf-8"))
            if kind in GOLD_EDITS:  # the variant prints a value the gold must then hold (annotation rules)
                (scratch / folder / "gold").mkdir(exist_ok=True)
                gold = scratch / folder / "gold" / gold.name
                gold.write_text(json.dumps(GOLD_EDITS[kind](text, tree), ensure_ascii=False), encoding="utf-8")
            parse_beside_gold(page, gold, root / folder, doc.name)
        res = subprocess.run(scorer(root / folder), capture_output=True, text=True)
        status |= res.returncode
        print(f"== {kind} ({changed} changed): " + " | ".join(" ".join(s.split()) for s in summary(res.stdout)),
              flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
