"""The loop of the probe nets that read every page twice, as printed ('lined') and flattened the way a PDF
transcript prints it ('flat'): decision_absence.py, absence_shapes.py, route_shapes.py. One place, so the three
print the same table (family x layout, pages read wrong) and read their pages the same way."""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from decision_places import Case, family_results, probe_parser
from flattened import flatten


def lined_and_flat(make: Callable[[], Iterator[Case]]) -> Iterator[Case]:
    """Each page as printed ('lined') and flattened the way a PDF transcript prints it ('flat')."""
    for name, text, ok in make():
        yield f"lined/{name}", text, ok
        yield f"flat/{name}", flatten(text, 1200), ok


def run_by_layout(doc: str, families: dict[str, Callable[[], Iterator[Case]]], prefix: str,
                  argv: list[str] | None = None) -> int:
    """A probe net's main: every family's pages lined and flat, counted per layout as pages read wrong."""
    args = probe_parser(doc, families).parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix=f"sagsgang-{prefix}-"))
    print("| family | layout | pages | read wrong |\n|---|---|---|---|")
    total_wrong = 0
    for family, names, wrong in family_results(families, scratch, args.only, args.out, cases=lined_and_flat):
        for layout in ("lined", "flat"):
            mine = [name for name in wrong if name.startswith(f"{layout}/")]
            total_wrong += len(mine)
            print(f"| {family} | {layout} | {sum(name.startswith(f'{layout}/') for name in names)} | {len(mine)} |")
            if args.show and mine:
                print("  " + ", ".join(mine), file=sys.stderr)
    print(f"| all | | | {total_wrong} |")
    return 0
