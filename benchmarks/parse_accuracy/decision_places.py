"""Probes that move a decision's facts rather than reword them: the same decisions, absentees and routes printed
where councils put them, counted per family as pages read wrong. No real text; the expected values are the
pages' own, by the annotation rules (earlier treatments oldest first, labelled absence lines out of the text,
absence printed for an item is its decision's, only labelled routes, a decision only where an outcome is printed).

    PYTHONPATH=src python benchmarks/parse_accuracy/decision_places.py [--only FAMILY] [--out DIR] [--show]

Why: on the check split's lined pages decision.absent had recall 0.52 and item.route 0.50 while tune and
absence_variants.py (which rewords the labels of tune pages in ~45 ways) stayed at ~1.000; so the unseen pages
differ in where the facts sit. These families found dated decision lines with the item's number
('Økonomiudvalget den 12. marts 2024, pkt. 5:') read as one decision swallowing the next, 'Med afbud:' not read
as absence, an item's head 'Fraværende:' taken into its title, a 'Fraværende' block after the bilag read as
bilag, and decisions printed under 'Politisk behandling' lost. Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from sagsgang.parse import parse_file

Expect = list[tuple[str | None, str | None, str, list[str]]]  # (committee, date, text, absent) per decision
Case = tuple[str, str, Callable[[dict], bool]]
Maker = Callable[[], Iterator[Case]]  # a family: makes its pages

ANNE, BO = "Anne Hansen (V)", "Bo Jensen (A)"
TREATMENTS = [("Økonomiudvalget", "2024-03-12", "Anbefales.", ANNE, 5), ("Byrådet", "2024-03-20", "Godkendt.", BO, 7)]
MONTHS = {"03": "marts"}
HEAD = "Salg af grund ved Skolevej\nSagsnr.: 24-000456\n"
CASE_TEXT = "Sagsfremstilling\nKommunen har modtaget et bud på grunden.\n"
MEETING = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n1. Salg af grund ved Skolevej\n"
NEXT_ITEM = "\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n"


def _dates(iso: str) -> list[str]:
    y, m, d = iso.split("-")
    return [f"{int(d)}. {MONTHS[m]} {y}", f"{d}.{m}.{y}", f"{d}-{m}-{y}"]


# a decision line's shapes: (name, head's template, the outcome run onto the head's line)
LINE_SHAPES = [("den-pkt", "{body} den {date}, pkt. {num}:", False),
               ("comma-pkt", "{body}, {date}, pkt. {num}:", False), ("space", "{body} {date}:", False),
               ("beslutning", "Beslutning {body} {date}", False),
               ("beslutning-i", "Beslutning i {body} den {date}", False), ("den", "{body} den {date}:", False),
               ("runin-pkt", "{body} den {date}, pkt. {num}:", True),
               ("runin-comma", "{body}, {date}, pkt. {num}:", True)]
ABSENCE_LABELS = ["Fraværende: {name}", "Afbud: {name}", "Med afbud: {name}", "Fraværende uden afbud: {name}",
                  "Ikke til stede: {name}", "Fraværende:\n{name}", "Fraværende\n{name}"]


def _decisions_are(expect: Expect, route: list[str] | None = None, title: str | None = None,
                   item: int = 0) -> Callable[[dict], bool]:
    def ok(d: dict) -> bool:
        if not d["items"]:
            return False
        it = d["items"][item]
        got = [(x["committee"], x["date"], x["text"], x["absent"]) for x in it["decisions"]]
        return got == expect and (route is None or it["route"] == route) and (title is None or it["title"] == title)
    return ok


def _block(shape: tuple[str, str, bool], date_form: int, label: str | None, order: list[int]) -> str:
    name, head, runin = shape
    out = []
    for k in order:
        body, iso, outcome, person, num = TREATMENTS[k]
        line = head.format(body=body, date=_dates(iso)[date_form], num=num)
        out.append(f"{line} {outcome}" if runin else f"{line}\n{outcome}")
        if label:
            out.append(label.format(name=person))
    return "\n".join(out) + "\n"


def decision_lines() -> Iterator[Case]:
    """A single item's earlier treatments as dated lines, oldest or newest first, with or without an absentee each,
    at the page's top, after the case text, or under a history heading."""
    places = {"top": (HEAD + "{block}" + CASE_TEXT), "below": (HEAD + CASE_TEXT + "{block}"),
              "sagsforloeb": (HEAD + CASE_TEXT + "Sagsforløb\n{block}"),
              "tidligere": (HEAD + CASE_TEXT + "Tidligere beslutninger\n{block}")}
    for shape, date_form, label, order, (place, page) in itertools.product(
            LINE_SHAPES, range(3), [None, ABSENCE_LABELS[0]], ([0, 1], [1, 0]), places.items()):
        if shape[0].startswith("beslutning") and place in ("sagsforloeb", "tidligere"):
            continue  # a 'Beslutning' heading ends a history block: a shape of the item's own decisions
        expect = [(b, iso, o, [p] if label else []) for b, iso, o, p, _ in TREATMENTS]
        name = f"{shape[0]}/{date_form}/{'abs' if label else 'none'}/{''.join(map(str, order))}/{place}"
        yield name, page.format(block=_block(shape, date_form, label, order)), _decisions_are(expect)


def item_absence() -> Iterator[Case]:
    """An item's absentee printed under its decision in each label's shape, in the item's head (over or under its
    case number), as a block after its bilag, in a two-column table read column by column, in a meeting's
    minutes."""
    decided = [("Økonomiudvalget", "2024-03-12", "Anbefales.", [ANNE])]
    for k, label in enumerate(ABSENCE_LABELS):
        a = label.format(name=ANNE)
        pages = {"under": f"{CASE_TEXT}Beslutning\nAnbefales.\n{a}\n",
                 "before-outcome": f"{CASE_TEXT}Beslutning i Økonomiudvalget den 12. marts 2024\n{a}\nAnbefales.\n",
                 "head": f"{a}\n{CASE_TEXT}Beslutning\nAnbefales.\n",
                 "head-over-case": f"{a}\nSagsnr.: 24-000456\n{CASE_TEXT}Beslutning\nAnbefales.\n",
                 "after-bilag": f"{CASE_TEXT}Beslutning\nAnbefales.\nBilag\n1. Kort over grunden\n{a}\n"}
        if "\n" in a:  # a two-column table ('Beslutning | Anbefales.', 'Fraværende | X') read column by column
            pages["columns"] = f"{CASE_TEXT}Beslutning\n{a.split(chr(10))[0]}\nAnbefales.\n{ANNE}\n"
        for place, item in pages.items():
            if place.startswith("head") and "\n" in a:
                continue  # a label over its names in the head is a 'Fraværende' section: tested as 'under'
            yield (f"{place}/{k}", MEETING + item + NEXT_ITEM,
                   _decisions_are(decided, title="Salg af grund ved Skolevej"))


ROUTES = {"inline-dates": "Sagsgang: ØU 12.03.2024 – KB 20.03.2024",
          "below": "Sagsgang:\nØU 12.03.2024 – KB 20.03.2024",
          "bullets": "Sagsgang\n• ØU\n• KB", "arrows": "Sagsgang: ØU → KB", "dashes": "Sagsgang: ØU - KB",
          "forloeb": "Behandlingsforløb\nØU 12.03.2024\nKB 20.03.2024", "proces": "Beslutningsproces:\nØU, KB",
          "politisk": "Politisk behandling\nUdvalg Dato\nØU 12.03.2024\nKB 20.03.2024",
          "forventet": "Forventet sagsgang: ØU den 12. marts 2024, KB den 20. marts 2024"}


def routes() -> Iterator[Case]:
    """A labelled route in each shape, above or below the case text; a route in prose is none."""
    for (name, route), where in itertools.product(ROUTES.items(), ("head", "tail")):
        page = HEAD + (f"{route}\n{CASE_TEXT}" if where == "head" else f"{CASE_TEXT}{route}\n")
        yield f"{name}/{where}", page, _decisions_are([], route=["ØU", "KB"])
    for k, prose in enumerate(["Sagen behandles i ØU og derefter i KB.", "Sagen sendes via ØU til KB."]):
        yield f"prose/{k}", HEAD + CASE_TEXT + prose + "\n", _decisions_are([], route=[])


def routes_with_outcomes() -> Iterator[Case]:
    """Bodies listed under a route's label with their meetings' dates, an outcome printed under some: a decision
    there only, the route all the listed bodies."""
    for label, decided in itertools.product(("Politisk behandling", "Sagsgang", "Behandlingsforløb"), (0, 1, 2)):
        lines = []
        for k, (body, iso, outcome, person, num) in enumerate(TREATMENTS):
            lines.append(f"{body}, {_dates(iso)[0]}, pkt. {num}")
            if k < decided:
                lines += [outcome, f"Fraværende: {person}"]
        expect = [(b, iso, o, [p]) for b, iso, o, p, _ in TREATMENTS[:decided]]
        page = HEAD + CASE_TEXT + label + "\n" + "\n".join(lines) + "\n"
        yield f"{label}/{decided}", page, _decisions_are(expect, route=["Økonomiudvalget", "Byrådet"])


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "decision-lines": decision_lines, "item-absence": item_absence, "routes": routes,
    "routes-with-outcomes": routes_with_outcomes}


def probe_parser(doc: str, families: dict) -> argparse.ArgumentParser:
    """A probe net's command line: the families to run, where to keep the pages read wrong, whether to name them."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--only", choices=sorted(families), action="append", help="run these families only")
    ap.add_argument("--out", type=Path, default=None, help="keep the pages read wrong and their parses here")
    ap.add_argument("--show", action="store_true", help="name the pages read wrong")
    return ap


def read_wrong(scratch: Path, text: str, ok: Callable[[dict], bool], out: Path | None, stem: str) -> bool:
    """Parse `text` as a page and say whether it was read wrong (`ok` fails on its contract); a page read wrong is
    kept with its parse in `out` as <stem>.txt/.json for reading (--out)."""
    page = scratch / "page.txt"
    page.write_text(text, encoding="utf-8")
    got = parse_file(page).to_contract()
    if ok(got):
        return False
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        (out / f"{stem}.json").write_text(json.dumps(got, ensure_ascii=False, indent=1), "utf-8")
    return True


def family_results(families: dict[str, Maker], scratch: Path, only: list[str] | None = None,
                   out: Path | None = None, cases: Callable[[Maker], Iterator[Case]] | None = None,
                   ) -> Iterator[tuple[str, list[str], list[str]]]:
    """(family, its pages' names, the names of those read wrong) for each family `only` admits, in order: the loop
    every probe net runs before printing its own table. `cases` turns a family's maker into its pages (default: the
    pages it makes); a page read wrong is kept in `out` (read_wrong)."""
    for family, make in families.items():
        if only and family not in only:
            continue
        pages = list(cases(make) if cases else make())
        wrong = [name for name, text, ok in pages
                 if read_wrong(scratch, text, ok, out, f"{family}-{name.replace('/', '_')}")]
        yield family, [name for name, _, _ in pages], wrong


def run_probes(doc: str, families: dict[str, Maker], prefix: str, argv: list[str] | None = None,
               cases: Callable[[Maker], Iterator[Case]] | None = None, layouts: tuple[str, ...] = ()) -> int:
    """A probe net's main: its families' pages read, counted as pages read wrong per family, and per layout where
    `cases` prints each page in `layouts` (its pages then named '<layout>/…', layout_probes.py)."""
    args = probe_parser(doc, families).parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix=f"sagsgang-{prefix}-"))
    groups = [(f"{layout}/", f" {layout} |") for layout in layouts] or [("", "")]
    print("| family |" + (" layout |" if layouts else "") + " pages | read wrong |\n|---|"
          + ("---|" if layouts else "") + "---|---|")
    total_wrong = 0
    for family, names, wrong in family_results(families, scratch, args.only, args.out, cases=cases):
        for start, column in groups:
            count = sum(name.startswith(start) for name in names)
            if layouts and not count:
                continue  # (a family printed in some layouts only: decision_shapes.py's HTML pages)
            mine = [name for name in wrong if name.startswith(start)]
            total_wrong += len(mine)
            print(f"| {family} |{column} {count} | {len(mine)} |")
            if args.show and mine:
                print("  " + ", ".join(mine), file=sys.stderr)
    print("| all | |" + (" |" if layouts else "") + f" {total_wrong} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_probes(__doc__, FAMILIES, "places", argv)


if __name__ == "__main__":
    sys.exit(main())
