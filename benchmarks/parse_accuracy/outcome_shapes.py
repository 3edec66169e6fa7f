"""Probes of the shapes councils print an item's outcome in that the other nets lack, and of what must stay no
decision, counted per family as pages read wrong. Each page is read as printed and flattened onto one line per
page the way a PDF transcript prints it. No real text; the expected values are the pages' own, by the annotation
rules (a heading with no committee takes the meeting's committee and date, a genitive its base name; earlier
treatments oldest first; labelled absence lines leave the text; an Indstilling and 'X indstiller …' are no
decision; a decision block with no outcome and 'Beslutning: -' are none).

What the nets cover already: decision_places.py dated decision lines ('X den D, pkt. N:', 'X, D, pkt. N:',
'X D:', 'Beslutning X D', 'Beslutning i X den D', run-in after 'pkt. N:') in three date forms ('12. marts 2024',
'12.03.2024', '12-03-2024') at the top, below the text, under 'Sagsforløb'/'Tidligere beslutninger'; absence
labels around a plain 'Beslutning'; routes and bodies with outcomes under 'Politisk behandling'/'Sagsgang'/
'Behandlingsforløb' ('X, D, pkt. N' over the outcome). decision_absence.py: 'Beslutning i X den D',
'Xs beslutning den D', 'Beslutning den D' with absence on the heading's or the outcome's line. shape_probes.py
'headless outcomes': an outcome with no heading under or behind an item's title ('Godkendt.', 'Intet.',
'Foretoges.', 'Taget til efterretning'); 'not outcomes': an Indstilling, 'X anbefaler over for byrådet, at …',
'X indstiller den D, pkt. N, at …', an absence-only decision block, history prose. absence_variants.py rewords
the labels of tune pages.

What they lack (the families here, from how Danish council minutes print outcomes):
- heading-words: the heading's word ('Afgørelse', 'Udvalgets beslutning', 'Økonomiudvalgets beslutning',
  'Beslutning/Afgørelse', 'BESLUTNING', 'Beslutning:', 'Beslutning i Økonomiudvalget' with no date), over the
  outcome or run in on its line ('Beslutning: Godkendt.', 'Afgørelse: Godkendt.'), with and without an absentee;
- outcome-words: the outcome's own words under 'Beslutning' ('Tiltrådt.', 'Vedtaget.', 'Godkendt som
  indstillet.', 'Udsat.', 'Oversendes til Byrådet.', 'Taget til efterretning.', 'Indstillingen blev godkendt.',
  'Sagen blev drøftet.', a vote);
- dated-lines: earlier treatments as 'X den D: outcome' / 'X, D: outcome' lines with the outcome run on, under
  'Behandling', 'Politisk behandling', 'Tidligere behandling', and '<BODY> <DATE>' headings in capitals over the
  outcome, in the date forms the other nets lack ('12/3 2024', '2024-03-12', '12.03.24', '12.3.2024');
- columns: a two-column row read across ('Beslutning<TAB>Godkendt.', 'Beslutning | Godkendt.');
- not-decisions: what must stay none: 'Forslag til beslutning' and 'Indstilling' over a proposal, 'Beslutning: -',
  'Beslutningskompetence: Byrådet', 'Administrationen indstiller, at …'.

Pages read wrong (lined+flat), main at 4212698 -> after the outcomes strand: heading-words 6+8 -> 4+4 (left:
'Referat'/'Protokol' as the item's heading over its outcome, which the annotation rules do not name as a decision
heading), outcome-words 0+0, dated-lines 0+55 -> 0+0, columns 6+2 -> 0+2 (left: the bar row flattened),
not-decisions 0+0; 77 -> 10 of 330. After the decisions strand: heading-words 4+4 -> 0+0 ('Referat'/'Protokol' over an
outcome's word head the decision, headless_outcomes.outcome_heading), all 8 -> 0.

    PYTHONPATH=src python benchmarks/parse_accuracy/outcome_shapes.py [--only FAMILY] [--out DIR] [--show]

Why: on the check split (unseen municipalities) decision.full stood at F1 0.830 (recall 0.786) and
decision.committee+date at 0.876 (recall 0.821) while tune was 0.968/0.991: unseen councils print an item's
outcome in shapes the parser does not read as a decision. Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator

from decision_places import CASE_TEXT, HEAD, MEETING, NEXT_ITEM
from layout_probes import run_by_layout

Case = tuple[str, str, Callable[[dict], bool]]
Decision = tuple[str | None, str | None, str, list[str]]  # (committee, date, text, absent)

COMMITTEE, DATE = "Økonomiudvalget", "2024-03-12"  # the meeting's (decision_places.MEETING)
ANNE = "Anne Hansen (V)"
INDSTILLING = "Indstilling\nDirektionen indstiller, at buddet accepteres.\n"


def decisions_are(expect: list[Decision]) -> Callable[[dict], bool]:
    """The first item's decisions are `expect`."""
    def ok(d: dict) -> bool:
        if not d["items"]:
            return False
        got = [(x["committee"], x["date"], x["text"], x["absent"]) for x in d["items"][0]["decisions"]]
        return got == expect
    return ok


def _item(block: str) -> str:
    """A meeting's first item with `block` after its case text and proposal, then a second item."""
    return MEETING + CASE_TEXT + INDSTILLING + block + "\n" + NEXT_ITEM


# heading words over the outcome (name, heading, committee it gives: None = the meeting's)
HEADINGS = [("afgoerelse", "Afgørelse", None), ("udvalgets", "Udvalgets beslutning", None),
            ("genitive", "Økonomiudvalgets beslutning", None), ("slash", "Beslutning/Afgørelse", None),
            ("caps", "BESLUTNING", None), ("colon", "Beslutning:", None),
            ("afgoerelse-colon", "Afgørelse:", None), ("i-nodate", "Beslutning i Økonomiudvalget", None),
            ("udvalgets-colon", "Udvalgets beslutning:", None), ("referat", "Referat", None),
            ("protokol", "Protokol", None), ("beslutning-dato", "Beslutning 12.03.2024", None)]


def heading_words() -> Iterator[Case]:
    """Each heading over the outcome and (for those ending in a colon) run in on the outcome's line, with and without
    an absentee line under the outcome."""
    for (name, head, _), absent, runin in itertools.product(HEADINGS, (False, True), (False, True)):
        if runin and not head.endswith(":"):
            continue
        block = f"{head} Godkendt." if runin else f"{head}\nGodkendt."
        if absent:
            block += f"\nFraværende: {ANNE}"
        want = [(COMMITTEE, DATE, "Godkendt.", [ANNE] if absent else [])]
        yield f"{name}/{'runin' if runin else 'under'}/{'abs' if absent else 'none'}", _item(block), \
            decisions_are(want)


OUTCOME_WORDS = ["Tiltrådt.", "Vedtaget.", "Anbefales.", "Godkendt som indstillet.", "Udsat.",
                 "Oversendes til Byrådet.", "Taget til efterretning.", "Indstillingen blev godkendt.",
                 "Sagen blev drøftet.", "Indstillingen blev godkendt med 5 stemmer mod 2.",
                 "Anbefales over for Byrådet."]


def outcome_words() -> Iterator[Case]:
    """Each outcome under 'Beslutning' and under 'Afgørelse'."""
    for (k, text), head in itertools.product(enumerate(OUTCOME_WORDS), ("Beslutning", "Afgørelse")):
        yield f"{k}/{head}", _item(f"{head}\n{text}"), decisions_are([(COMMITTEE, DATE, text, [])])


# earlier treatments: (body, iso date, outcome, dates in the forms the other nets lack)
TREATMENTS = [("Teknik- og Miljøudvalget", "2024-03-05", "Anbefales.",
               ["5/3 2024", "2024-03-05", "05.03.24", "5.3.2024", "5. marts 2024"]),
              ("Økonomiudvalget", "2024-03-12", "Godkendt.",
               ["12/3 2024", "2024-03-12", "12.03.24", "12.3.2024", "12. marts 2024"])]
LINE_FORMS = {"den-colon": "{body} den {date}: {outcome}", "comma-colon": "{body}, {date}: {outcome}",
              "den-under": "{body} den {date}\n{outcome}", "caps-under": "{BODY} {date}\n{outcome}",
              "den-colon-under": "{body} den {date}:\n{outcome}"}
LINE_LABELS = ["Behandling", "Politisk behandling", "Tidligere behandling", "Tidligere beslutninger"]


def dated_lines() -> Iterator[Case]:
    """Two treatments oldest first as dated lines under a history label, on a single item's page, in five date forms
    (the last one the other nets' own, as a control)."""
    for (fk, form), label, df in itertools.product(LINE_FORMS.items(), LINE_LABELS, range(5)):
        lines = [form.format(body=b, BODY=b.upper(), date=dates[df], outcome=o) for b, _, o, dates in TREATMENTS]
        page = HEAD + CASE_TEXT + label + "\n" + "\n".join(lines) + "\n"
        want = [(b.upper() if fk.startswith("caps") else b, iso, o, []) for b, iso, o, _ in TREATMENTS]
        yield f"{fk}/{label}/{df}", page, decisions_are(want)


def columns() -> Iterator[Case]:
    """A two-column row read across: the heading, a tab or a bar, the outcome; with and without an absentee row."""
    for (sk, sep), absent in itertools.product((("tab", "\t"), ("bar", " | "), ("spaces", "   ")), (False, True)):
        block = f"Beslutning{sep}Godkendt."
        if absent:
            block += f"\nFraværende{sep}{ANNE}"
        yield f"{sk}/{'abs' if absent else 'none'}", _item(block), \
            decisions_are([(COMMITTEE, DATE, "Godkendt.", [ANNE] if absent else [])])


NOT_DECISIONS = {"forslag": "Forslag til beslutning\nDirektionen foreslår, at buddet accepteres.",
                 "dash": "Beslutning: -", "dash-under": "Beslutning\n-",
                 "kompetence": "Beslutningskompetence: Byrådet",
                 "administrationen": "Administrationen indstiller, at buddet accepteres.",
                 "indstilling-caps": "INDSTILLING\nDirektionen indstiller, at buddet accepteres.",
                 "absent-only": "Beslutning\nFraværende: Anne Hansen (V)"}


def not_decisions() -> Iterator[Case]:
    """What must stay no decision, after the case text and the proposal."""
    for name, block in NOT_DECISIONS.items():
        yield name, _item(block), decisions_are([])


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "heading-words": heading_words, "outcome-words": outcome_words, "dated-lines": dated_lines,
    "columns": columns, "not-decisions": not_decisions}


def main(argv: list[str] | None = None) -> int:
    return run_by_layout(__doc__, FAMILIES, "outcomes", argv)


if __name__ == "__main__":
    sys.exit(main())
