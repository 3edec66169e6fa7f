"""The loop of the probe nets that read every page twice, as printed ('lined') and flattened the way a PDF
transcript prints it ('flat'): decision_absence.py, absence_shapes.py, route_shapes.py. One place, so the three
print the same table (family x layout, pages read wrong) and read their pages the same way."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from decision_places import Case, run_probes
from flattened import flatten


def lined_and_flat(make: Callable[[], Iterator[Case]]) -> Iterator[Case]:
    """Each page as printed ('lined') and flattened the way a PDF transcript prints it ('flat')."""
    for name, text, ok in make():
        yield f"lined/{name}", text, ok
        yield f"flat/{name}", flatten(text, 1200), ok


def run_by_layout(doc: str, families: dict[str, Callable[[], Iterator[Case]]], prefix: str,
                  argv: list[str] | None = None) -> int:
    """A probe net's main: every family's pages lined and flat, counted per layout as pages read wrong."""
    return run_probes(doc, families, prefix, argv, cases=lined_and_flat, layouts=("lined", "flat"))
