"""What other publishers print on an item's title line: the tune pages that keep their lines, each item's header
line re-printed with metadata another publishing system sets beside the title (a case number, an open/closed tag, a
status column, a page number, another form of the item's number, a date or a committee's short name, or the whole
line as a table's row of such cells), with the gold changed as the annotation rules say, and the same pages
flattened (flattened.py's transcript layout).

    PYTHONPATH=src python benchmarks/parse_accuracy/title_lines.py [--only NAME] [--layout lined|flat|both]
        [--out DIR] [--fields]

Why: on `check` (unseen municipalities) a third of the wrong item titles have a wrong boundary: the parser keeps or
cuts the wrong words of a header line, because every publisher sets its own metadata there and the parser knows
tune's. Like real.run_lined_variants (not the layout probes) because the header lines and their gold are real: only
the metadata is invented, and the gold can follow it exactly (the probes invent whole pages). It needs the gold
itself, to find each item's header line (a line that is the item's number or nothing, then its gold title) and to
say what the variant changes in it: run_lined_variants's variants see the text only.

Gold per annotation-rules.md ('Titles', 'Case numbers'): a case number printed on the line is the item's case number
and no part of its title; an open tag leaves the title, a closed marker leaves it and sets public:false; a type tag
('Beslutningssag: ', ' (orienteringssag)') stays in the title; a status word in a column of its own, a page number
after a list entry, a date or a committee's short name in a column leave it; a number printed '04.' is '04'.
A variant touches only items whose header line is found; each line says how many items it rewrote.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from lined_and_flat import layout_parser, layouts_of, score_layouts
from real import CORPUS, lined_tune_pages

FIELDS = ("items ", "item.title", "item.number", "item.public", "item.case_numbers")

# A variant: (prefix printed before the title, title, the item's number, its 1-based index on the page) ->
# (new line, gold changes). Gold changes: 'title', 'number', 'public', 'case' (a case number to add).
Variant = Callable[[str, str, str, int], tuple[str, dict]]


def _suffix(tail: str, **gold: object) -> Variant:
    return lambda pre, title, num, k: (f"{pre}{title}{tail}", dict(gold))


def _case(tail: str, case: str, before: bool = False, label: str = "") -> Variant:
    """The case number printed with the title, after its `label` if any: the gold's case number is the number
    alone (annotation rules: 'Sagsnr. 24/1001' is the case 24/1001)."""
    def fn(pre: str, title: str, num: str, k: int) -> tuple[str, dict]:
        c = case.format(k=k)
        printed = label + c
        return (f"{pre}{printed} {title}" if before else f"{pre}{title}{tail.format(c=printed)}"), {"case": c}
    return fn


def _numbered(form: str, gold_number: Callable[[str], str] = str) -> Variant:
    """The item's number printed in `form` ('Pkt. {n}') in place of the page's own prefix: digit numbers only."""
    def fn(pre: str, title: str, num: str, k: int) -> tuple[str, dict]:
        if not num.isdigit() or not re.search(rf"\b{num}\b", pre):
            return f"{pre}{title}", {}
        printed = form.format(n=num, nn=num.zfill(2), total=max(12, int(num) + 3))
        return f"{printed}{title}", {"number": gold_number(num)}
    return fn


def _closed(tail: str) -> Variant:
    """Every second item closed: a page with all its items closed prints no decision, and its meeting facts and
    document type would then be read from nothing (the gold keeps them as the open page prints them)."""
    return lambda pre, title, num, k: (f"{pre}{title}{tail}", {"public": False}) if k % 2 == 0 else (pre + title, {})


def _tagged(form: str) -> Variant:
    """A type tag printed with the title: it stays in the title (annotation rules)."""
    return lambda pre, title, num, k: (pre + form.format(t=title), {"title": form.format(t=title)})


_STATUS = ("Beslutning", "Orientering", "Drøftelse")  # a status column: what the item asks of the committee


def _row(form: str, case: bool = False) -> Variant:
    """The header printed as a table's row of cells apart by tabs ('{n}' the number, '{t}' the title, '{s}' what
    the item asks, '{c}' a KLE case number) in place of the page's own prefix: digit numbers only. The date and
    the committee's name in a row leave the title; the case number is the item's."""
    def fn(pre: str, title: str, num: str, k: int) -> tuple[str, dict]:
        if not num.isdigit() or not re.search(rf"\b{num}\b", pre):
            return f"{pre}{title}", {}
        c = f"00.01.00-P20-{k}-24"
        return form.format(n=num, t=title, s=_STATUS[k % 3], c=c), {"case": c} if case else {}
    return fn


VARIANTS: dict[str, Variant] = {
    "case-paren": _case(" ({c})", "24/1{k:03d}", label="Sagsnr. "),
    "case-dash": _case(" - {c}", "24-00{k:04d}"),
    "case-dot": _case(" · {c}", "EMN-2024-00{k:04d}"),
    "kle-after": _case(" {c}", "00.01.00-P20-{k}-24"),
    "kle-before": _case("", "00.01.00-P20-{k}-24", before=True),
    "open-bracket": _suffix(" [Åben]"),
    "open-paren": _suffix(" (Åbent punkt)"),
    "closed-dash": _closed(" - Lukket sag"),
    "closed-column": _closed("\tLukket"),
    "type-prefix": _tagged("Beslutningssag: {t}"),
    "type-suffix": _tagged("{t} (orienteringssag)"),
    "status-tab": lambda pre, title, num, k: (f"{pre}{title}\t{_STATUS[k % 3]}", {}),
    "status-spaces": lambda pre, title, num, k: (f"{pre}{title}     {_STATUS[k % 3]}", {}),
    "page-leaders": lambda pre, title, num, k: (f"{pre}{title} ....... {k + 2}", {}),
    "page-bare": lambda pre, title, num, k: (f"{pre}{title} {k + 2}", {}),
    "num-pkt": _numbered("Pkt. {n} "),
    "num-paren": _numbered("{n}) "),
    "num-section": _numbered("§ {n} "),
    "num-sag": _numbered("Sag {n}: "),
    "num-of": _numbered("Punkt {n} af {total} "),
    "num-padded": _numbered("{nn}. ", lambda n: n.zfill(2)),
    "num-bar": _numbered("{n} | "),
    "date-dash": _suffix(" - 12.03.2024"),
    "date-tab": _suffix("\t12-03-2024"),
    "committee-tab": _suffix("\tØU"),
    "committee-spaces": _suffix("     TMU"),
    "row-cells-before": _row("{n}\tÅben\t12.03.2026\tTeknik- og Miljøudvalget\t{t}"),
    "row-cells-after": _row("{n}\t{t}\tÅben\t12.03.2026\tTMU"),
    "row-ask-date": _row("{n}\t{t}\t{s}\t12.03.2026"),
    "row-kle": _row("{n}\t{c}\t{t}\t{s}", case=True),
}


def _header_prefix(line: str, title: str, number: str) -> str | None:
    """The prefix before `title` when `line` is an item's header: nothing, or a short prefix holding its number."""
    s = line.strip()
    if not s.endswith(title):
        return None
    pre = s[: len(s) - len(title)]
    if pre and (len(pre) > 20 or not number or not re.search(rf"(?<!\d){re.escape(number)}(?!\d)", pre)):
        return None
    return pre


def rewrite(text: str, gold: dict, variant: Variant) -> tuple[str, dict, int]:
    """The page with each found item header re-printed by `variant`, its gold changed to match, and how many items
    were rewritten."""
    lines = text.split("\n")
    gold = json.loads(json.dumps(gold))
    touched = 0
    for k, item in enumerate(gold.get("items") or [], 1):
        title, number = item.get("title") or "", item.get("number") or ""
        if len(title) < 4:
            continue
        change: dict | None = None
        for i, ln in enumerate(lines):
            pre = _header_prefix(ln, title, number)
            if pre is None:
                continue
            lead = ln[: len(ln) - len(ln.lstrip())]
            new, change = variant(pre, title, number, k)
            lines[i] = lead + new
        if change is not None:
            touched += _apply(item, change)
    return "\n".join(lines), gold, touched


def _apply(item: dict, change: dict) -> int:
    if "title" in change:
        item["title"] = change["title"]
    if "number" in change:
        item["number"] = change["number"]
    if "public" in change:
        item["public"] = change["public"]
        if not change["public"]:
            # A closed item's body is not published (parse-output.md: it keeps number, title and case numbers)
            # and the parser reads none of it: the printed body is the variant's invention, not the item's.
            for field in ("sections", "decisions", "attachments", "route"):
                item[field] = []
    if "case" in change and change["case"] not in (item.get("case_numbers") or []):
        item["case_numbers"] = [*(item.get("case_numbers") or []), change["case"]]
    return 1


def main(argv: list[str] | None = None) -> int:
    args = layout_parser(__doc__.split("\n\n")[0], VARIANTS).parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-titlelines-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-titlelines-docs-"))
    pages = lined_tune_pages(CORPUS)
    layouts = layouts_of(args.layout)
    print(f"{len(pages)} tune pages with their lines; layouts: {', '.join(layouts)}", flush=True)
    status = 0
    for kind in ["plain", *(args.only or VARIANTS)]:
        variant = VARIANTS.get(kind, lambda pre, title, num, k: (f"{pre}{title}", {}))
        rewritten = [(g, d, *rewrite(t, json.loads(g.read_text(encoding="utf-8")), variant)) for g, d, t in pages]
        items = sum(r[4] for r in rewritten)
        status |= score_layouts(kind, 17, [r[:4] for r in rewritten], layouts, root, scratch, f"({items} items)",
                                FIELDS, whole_table=args.fields)
    return status


if __name__ == "__main__":
    sys.exit(main())
