"""Probes of the shapes of an item's decision that the other nets do not hold, counted per family as pages read
wrong: each page read as printed ('lined') and flattened the way a PDF transcript prints it ('flat'), the HTML
families as a web page ('html'). No real text; the expected values are the pages' own, by the annotation rules (a
heading with no committee takes the meeting's committee and date, a heading naming the meeting's committee with no
date the meeting's date, a genitive its base name; several treatments oldest first whatever order they are printed
in; a truncated decision counts as printed; an Indstilling is no decision; a block with no outcome is none).

What the other nets hold already (outcome_shapes.py, decision_places.py, decision_absence.py, shape_probes.py,
absence_variants.py, html_shapes.py): 'Beslutning', 'Afgørelse', 'Udvalgets beslutning', genitive headings,
'BESLUTNING', 'Beslutning:', 'Beslutning i X den D' and 'X den D, pkt. N:' lines, 'Beslutning<TAB>Godkendt.',
outcomes with no heading, absence around the outcome, the tune pages' labels reworded and set in HTML.

What they lack (the families here, from how Danish councils print a decision):
- heading-words: the decision under another heading word or form ('Behandling', 'Udvalgets behandling',
  'Beslutningsprotokol', 'Behandling i Økonomiudvalget den 12. marts 2024', 'Beslutning (Økonomiudvalget
  12.03.2024)', 'Beslutning truffet af Økonomiudvalget', 'BESLUTNING:', 'Beslutning –', 'Beslutning i
  Økonomiudvalget den 12-03-2024:'), over the outcome, with and without an absentee;
- run-in-bodies: the body and date run in before the outcome with no heading word ('Økonomiudvalget
  12-03-2024: Godkendt.', 'ØU 12.03.2024: Godkendt.', 'Økonomiudvalget den 12. marts 2024: Godkendt.');
- outcome-sentences: an outcome that names its body under a plain heading ('Indstillingen blev tiltrådt af
  Økonomiudvalget.', 'Økonomiudvalget godkendte indstillingen.');
- body-rows: a decision table of rows, the body's name (with or without its date) in one cell and the outcome in
  the next, under a 'Beslutning' heading and as bare rows;
- date-cells: the date a cell of its own between the heading and the outcome ('Beslutning:' / '12-03-2024' /
  'Godkendt.'), or run onto the heading's line ('Beslutning: 12-03-2024 Godkendt.');
- several-bodies: fagudvalg, then ØU, then KB, each under 'Beslutning i X den D', printed oldest first and newest
  first (both read oldest first);
- truncated: the decision as the page's last, cut-off text (under 'Beslutning' and under a dated heading);
- html-cells: the heading as an HTML cell or label ('<th>Beslutning</th><td>…</td>', '<dt>/<dd>',
  '<strong>Beslutning:</strong> …', '<h3>Beslutning</h3><p>…</p>', a table row per body).

Pages read wrong (lined+flat+html), main at 05c0848 -> after the decisions strand: heading-words 12+12 -> 0+2 (left:
'Beslutning –' flattened, which reads as a dash list under a bare 'Beslutning'), run-in-bodies 0+2 -> 0+0, body-rows
8+4 -> 4+4 (left: the undated rows 'Byrådet<TAB>Godkendt.'), date-cells 4+6 -> 0+0, the rest 0; 48 -> 10 of 127.
After the theads2 strand: heading-words flat 2 -> 0 (the heading's own dash before one sentence, no dash list).

    PYTHONPATH=src python benchmarks/parse_accuracy/decision_shapes.py [--only FAMILY] [--out DIR] [--show]

Why: on the check split (unseen municipalities) decision.full stood at F1 0.830 (44 of 56 gold decisions found)
and decision.absent at 0.632 (recall 0.522) while tune was 0.968/1.000: a decision not found also loses its
absentees. Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator

from decision_places import CASE_TEXT, HEAD, MEETING, NEXT_ITEM, run_probes
from flattened import flatten
from outcome_shapes import ANNE, COMMITTEE, DATE, INDSTILLING, Case, decisions_are

OUTCOME = "Godkendt med den tilføjelse, at grunden udbydes igen."


def _item(block: str, last: bool = False) -> str:
    """A meeting's first item with `block` after its case text and proposal, then a second item (none: `last`)."""
    return MEETING + CASE_TEXT + INDSTILLING + block + ("\n" if last else "\n" + NEXT_ITEM)


# heading over the outcome: (name, heading, committee and date it gives)
HEADINGS = [("behandling", "Behandling", COMMITTEE, DATE),
            ("udvalgets-behandling", "Udvalgets behandling", COMMITTEE, DATE),
            ("beslutningsprotokol", "Beslutningsprotokol", COMMITTEE, DATE),
            ("behandling-i", "Behandling i Økonomiudvalget den 12. marts 2024", COMMITTEE, DATE),
            ("parenthesis", "Beslutning (Økonomiudvalget 12.03.2024)", COMMITTEE, DATE),
            ("truffet-af", "Beslutning truffet af Økonomiudvalget", COMMITTEE, DATE),
            ("caps-colon", "BESLUTNING:", COMMITTEE, DATE),
            ("dash", "Beslutning –", COMMITTEE, DATE),
            ("dated-colon", "Beslutning i Økonomiudvalget den 12-03-2024:", COMMITTEE, DATE),
            ("caps-dated", "BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2024", "ØKONOMIUDVALGET", DATE)]


def heading_words() -> Iterator[Case]:
    """Each heading over the outcome, with and without an absentee line under it."""
    for (name, head, body, iso), absent in itertools.product(HEADINGS, (False, True)):
        block = f"{head}\n{OUTCOME}" + (f"\nFraværende: {ANNE}" if absent else "")
        yield f"{name}/{'abs' if absent else 'none'}", _item(block), \
            decisions_are([(body, iso, OUTCOME, [ANNE] if absent else [])])


RUN_INS = [("body-dashes", "Økonomiudvalget 12-03-2024:", COMMITTEE),
           ("abbrev-dots", "ØU 12.03.2024:", "ØU"),
           ("body-den", "Økonomiudvalget den 12. marts 2024:", COMMITTEE),
           ("body-comma", "Økonomiudvalget, 12.03.2024:", COMMITTEE)]


def run_in_bodies() -> Iterator[Case]:
    """The body and date run in before the outcome, with no heading word, on the outcome's line and over it."""
    for (name, lead, body), under in itertools.product(RUN_INS, (False, True)):
        block = f"{lead}{chr(10) if under else ' '}{OUTCOME}"
        yield f"{name}/{'under' if under else 'runin'}", _item(block), decisions_are([(body, DATE, OUTCOME, [])])


SENTENCES = ["Indstillingen blev tiltrådt af Økonomiudvalget.", "Økonomiudvalget godkendte indstillingen.",
             "Økonomiudvalget tiltrådte indstillingen med den ændring, at fristen forlænges."]


def outcome_sentences() -> Iterator[Case]:
    """An outcome naming its body under a plain 'Beslutning' heading: the meeting's committee and date."""
    for k, text in enumerate(SENTENCES):
        yield f"{k}", _item(f"Beslutning\n{text}"), decisions_are([(COMMITTEE, DATE, text, [])])


EARLIER = ("Teknik- og Miljøudvalget", "2024-03-05", "05-03-2024", "Anbefales.")
OWN = (COMMITTEE, DATE, "12-03-2024", OUTCOME)


def body_rows() -> Iterator[Case]:
    """Decision rows, the body (with its date, or none) in one cell, the outcome in the next, a tab or wide gap
    between; under a 'Beslutning' heading and bare; oldest first."""
    for sep, dated, headed in itertools.product(("\t", "    "), (True, False), (True, False)):
        rows = [f"{b}{' ' + d if dated else ''}{sep}{o}" for b, _, d, o in (EARLIER, OWN)]
        block = ("Beslutning\n" if headed else "") + "\n".join(rows)
        want = [(EARLIER[0], EARLIER[1] if dated else None, EARLIER[3], []), (COMMITTEE, DATE, OUTCOME, [])]
        name = f"{'tab' if sep == chr(9) else 'gap'}/{'dated' if dated else 'undated'}/{'head' if headed else 'bare'}"
        yield name, _item(block), decisions_are(want)


BODIES = [("Teknik- og Miljøudvalget", "2024-03-05", "05-03-2024", "Anbefales."),
          ("Økonomiudvalget", "2024-03-12", "12-03-2024", "Anbefales over for Byrådet."),
          ("Byrådet", "2024-03-20", "20-03-2024", "Godkendt.")]


def several_bodies() -> Iterator[Case]:
    """Three bodies' decisions on one single-item page, each under 'Beslutning i X den D', oldest first and newest
    first, with an absentee under the middle one."""
    for order, absent in itertools.product(("oldest", "newest"), (False, True)):
        blocks = []
        for k, (body, _, d, outcome) in enumerate(BODIES):
            extra = f"\nFraværende: {ANNE}" if absent and k == 1 else ""
            blocks.append(f"Beslutning i {body} den {d}\n{outcome}{extra}")
        if order == "newest":
            blocks.reverse()
        page = HEAD + CASE_TEXT + INDSTILLING + "\n".join(blocks) + "\n"
        want = [(b, iso, o, [ANNE] if absent and k == 1 else []) for k, (b, iso, _, o) in enumerate(BODIES)]
        yield f"{order}/{'abs' if absent else 'none'}", page, decisions_are(want)


DATE_CELLS = {"colon-under": "Beslutning:\n12-03-2024\n{o}", "under": "Beslutning\n12. marts 2024\n{o}",
              "colon-runin": "Beslutning: 12-03-2024 {o}", "dots-runin": "Beslutning: 12.03.2024 {o}"}


def date_cells() -> Iterator[Case]:
    """The date as a cell of its own between the heading and the outcome, over it or run onto its line, with and
    without an absentee: the meeting's committee, the printed date."""
    for (name, block), absent in itertools.product(DATE_CELLS.items(), (False, True)):
        extra = f"\nFraværende: {ANNE}" if absent else ""
        yield f"{name}/{'abs' if absent else 'none'}", _item(block.format(o=OUTCOME) + extra), \
            decisions_are([(COMMITTEE, DATE, OUTCOME, [ANNE] if absent else [])])


CUT = "Godkendt med den tilføjelse, at grunden udb"


def truncated() -> Iterator[Case]:
    """The decision as the page's last text, cut off mid-word: under 'Beslutning', a dated heading, and run in."""
    for name, head, body in (("plain", "Beslutning\n", COMMITTEE),
                             ("dated", "Beslutning i Økonomiudvalget den 12-03-2024\n", COMMITTEE),
                             ("runin", "Beslutning: ", COMMITTEE)):
        yield name, _item(head + CUT, last=True), decisions_are([(body, DATE, CUT, [])])


HTML_MEETING = ("<h1>Referat</h1><p>Økonomiudvalget</p><p>Mødedato: 12. marts 2024 kl. 16:00</p>"
                "<h2>1. Salg af grund ved Skolevej</h2><h3>Sagsfremstilling</h3>"
                "<p>Kommunen har modtaget et bud på grunden.</p><h3>Indstilling</h3>"
                "<p>Direktionen indstiller, at buddet accepteres.</p>")
HTML_NEXT = "<h2>2. Budget 2025</h2><h3>Sagsfremstilling</h3><p>Budgettet.</p><h3>Beslutning</h3><p>Godkendt.</p>"
HTML_BLOCKS = {"th-td": "<table><tr><th>Beslutning</th><td>{o}</td></tr></table>",
               "td-td": "<table><tr><td>Beslutning</td><td>{o}</td></tr></table>",
               "dl": "<dl><dt>Beslutning</dt><dd>{o}</dd></dl>",
               "strong": "<p><strong>Beslutning:</strong> {o}</p>",
               "h3": "<h3>Beslutning</h3><p>{o}</p>",
               "strong-dated": "<p><strong>Beslutning i Økonomiudvalget den 12-03-2024</strong></p><p>{o}</p>"}


def _html(block: str) -> str:
    return f"<!DOCTYPE html><html><body><main>{HTML_MEETING}{block}{HTML_NEXT}</main></body></html>\n"


def html_cells() -> Iterator[Case]:
    """The decision heading as an HTML cell, term or label beside or over its outcome, with and without an absentee
    after it; and a table of rows per body (oldest first)."""
    for (name, block), absent in itertools.product(HTML_BLOCKS.items(), (False, True)):
        extra = f"<p>Fraværende: {ANNE}</p>" if absent else ""
        yield f"{name}/{'abs' if absent else 'none'}", _html(block.format(o=OUTCOME) + extra), \
            decisions_are([(COMMITTEE, DATE, OUTCOME, [ANNE] if absent else [])])
    rows = "".join(f"<tr><td>{b} {d}</td><td>{o}</td></tr>" for b, _, d, o in (EARLIER, OWN))
    yield "body-rows", _html(f"<h3>Beslutning</h3><table>{rows}</table>"), \
        decisions_are([(EARLIER[0], EARLIER[1], EARLIER[3], []), (COMMITTEE, DATE, OUTCOME, [])])


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "heading-words": heading_words, "run-in-bodies": run_in_bodies, "outcome-sentences": outcome_sentences,
    "body-rows": body_rows, "date-cells": date_cells, "several-bodies": several_bodies, "truncated": truncated,
    "html-cells": html_cells}


def _cases(make: Callable[[], Iterator[Case]]) -> Iterator[Case]:
    """The HTML family's pages as web pages; every other page as printed and flattened (layout_probes.py)."""
    for name, text, ok in make():
        if text.startswith("<!DOCTYPE"):
            yield f"html/{name}", text, ok
            continue
        yield f"lined/{name}", text, ok
        yield f"flat/{name}", flatten(text, 1200), ok


def main(argv: list[str] | None = None) -> int:
    return run_probes(__doc__, FAMILIES, "decision-shapes", argv, cases=_cases, layouts=("lined", "flat", "html"))


if __name__ == "__main__":
    sys.exit(main())
