"""Probes of how councils print a case's route (its sagsgang): the labels, the values and the places of a route,
and what must give no route, counted per family as pages read wrong. Each page is read as printed and flattened
onto one line per page the way a PDF transcript prints it. No real text; the expected values are the pages' own,
by the annotation rules:

- a route is any LABELLED list of the bodies that will treat the case ('Sagsgang', 'Sagsforløb: BY', 'FORVENTET
  SAGSGANG', 'Hvem beslutter', 'Politisk behandling', a table's 'Behandling' column), also with the meetings'
  dates beside the bodies. So the labels that name the case's path through the bodies count: 'Sagsgang(:)',
  'Forventet/Videre sagsgang', 'Behandlingsforløb', 'Videre behandling', 'Beslutningsproces', 'Politisk
  behandling(sforløb)', 'Hvem beslutter', and other nouns for the path ('Sagens behandling',
  'Behandlingsrækkefølge', 'Politisk forløb', 'Udvalgsbehandling', 'Behandlingsplan'). 'Sagsforløb' counts only
  with its value on its line: alone on a line it heads the history of earlier decisions (annotation-rules.md's
  'Sagsforløb: BY' is the inline form);
- 'Beslutningskompetence', 'Kompetence', 'Sagen afgøres i' name the deciding body, not a route (the rules call
  them sections/field labels), and a route in prose ('sagen sendes videre til Økonomiudvalget') is none;
- the route keeps the bodies as printed (abbreviations or names), without the dates, in order; 'AU/BUU, ØU, KB'
  keeps 'AU/BUU' as one joint treatment (parse-output.md), a slash set off by spaces separates;
- a body in the route with an outcome printed beside it is also a decision (an outcome is printed there); one
  without is none.

    PYTHONPATH=src python benchmarks/parse_accuracy/route_shapes.py [--only FAMILY] [--out DIR] [--show]

Why: on the check split item.route stood at F1 0.667 (recall 0.50, precision 1.0) while tune was 23/23/23: tune
prints routes in few shapes (a 'Behandling' table, 'Sagsgang og sagstype' over its bodies, 'Hvem beslutter'), and
decision_places.py holds nine route shapes only. Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator

from decision_places import CASE_TEXT, MEETING, NEXT_ITEM
from layout_probes import run_by_layout

Case = tuple[str, str, Callable[[dict], bool]]
Decision = tuple[str, str | None, str]  # (committee, date, text)

SHORT = ["ØU", "KB"]
CASE_NO = "Sagsnr.: 24-000456\n"
INDSTILLING = "Indstilling\nDirektionen indstiller, at buddet accepteres.\n"
COMMITTEE, DATE = "Økonomiudvalget", "2024-03-12"  # the meeting's (decision_places.MEETING), a bare decision's


def _route_is(route: list[str], decisions: list[Decision] | None = None) -> Callable[[dict], bool]:
    """The first item's route is `route` and its decisions are `decisions` (none by default)."""
    def ok(d: dict) -> bool:
        if not d["items"]:
            return False
        it = d["items"][0]
        got = [(x["committee"], x["date"], x["text"]) for x in it["decisions"]]
        return it["route"] == route and got == (decisions or [])
    return ok


def _page(route_block: str, where: str = "after") -> str:
    """A meeting's first item with `route_block` after (or before) its case text, then a second item."""
    if where == "before":
        return MEETING + CASE_NO + route_block + "\n" + CASE_TEXT + INDSTILLING + NEXT_ITEM
    return MEETING + CASE_NO + CASE_TEXT + INDSTILLING + route_block + "\n" + NEXT_ITEM


# labels the rules count as a route's (see the docstring), as councils spell them
LABELS = ["Sagsgang", "SAGSGANG", "Forventet sagsgang", "FORVENTET SAGSGANG", "Videre sagsgang", "Sagsgang og sagstype",
          "Politisk behandling", "Politisk behandlingsforløb", "Hvem beslutter", "Hvem beslutter?", "Behandlingsforløb",
          "Videre behandling", "Beslutningsproces", "Videre forløb", "Tidsplan for politisk behandling",
          "Sagens behandling", "Behandlingsrækkefølge", "Politisk forløb", "Udvalgsbehandling", "Behandlingsplan"]


def labels() -> Iterator[Case]:
    """Each label over 'ØU, KB': its value after a colon on its line, on the next line with and without the colon,
    after the label and a space alone ('Sagsgang ØU, KB'); 'Sagsforløb' with its value on the line only."""
    forms = {"colon": "{label}: ØU, KB", "next": "{label}\nØU, KB", "next-colon": "{label}:\nØU, KB",
             "space": "{label} ØU, KB"}
    for label, (fk, form) in itertools.product(LABELS, forms.items()):
        if fk == "space" and label.endswith("?"):
            continue
        yield f"{label}/{fk}", _page(form.format(label=label)), _route_is(SHORT)
    yield "Sagsforløb/colon", _page("Sagsforløb: ØU, KB"), _route_is(SHORT)
    yield "Sagsforløb/colon-one", _page("Sagsforløb: BY"), _route_is(["BY"])


# a route's values: (name, the value printed after 'Sagsgang:' or under 'Sagsgang', the route it gives)
VALUES = [
    ("comma", "ØU, KB", SHORT), ("slash-spaced", "ØU / KB", SHORT), ("dash", "ØU - KB", SHORT),
    ("en-dash", "ØU – KB", SHORT), ("arrow", "ØU → KB", SHORT), ("ascii-arrow", "ØU -> KB", SHORT),
    ("og", "ØU og KB", SHORT), ("period", "ØU, KB.", SHORT), ("three", "TMU, ØU, BY", ["TMU", "ØU", "BY"]),
    ("three-dash", "TMU - ØU - BY", ["TMU", "ØU", "BY"]), ("hyphens", "TMU-ØU-BY", ["TMU", "ØU", "BY"]),
    ("joint", "AU/BUU, ØU, KB", ["AU/BUU", "ØU", "KB"]),
    ("names", "Teknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
     ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    ("names-arrow", "Teknik- og Miljøudvalget → Økonomiudvalget → Byrådet",
     ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    ("names-og", "Økonomiudvalget og Kommunalbestyrelsen", ["Økonomiudvalget", "Kommunalbestyrelsen"]),
    ("names-period", "Økonomiudvalget, Byrådet.", ["Økonomiudvalget", "Byrådet"]),
    ("udvalget-for", "Udvalget for Klima og Miljø, Økonomiudvalget, Byrådet",
     ["Udvalget for Klima og Miljø", "Økonomiudvalget", "Byrådet"]),
    ("dates", "ØU 12.03.2024, KB 20.03.2024", SHORT), ("dates-dash", "ØU 12.03.2024 - KB 20.03.2024", SHORT),
    ("dates-den", "Økonomiudvalget den 12. marts 2024, Byrådet den 20. marts 2024", ["Økonomiudvalget", "Byrådet"]),
    ("dates-paren", "ØU (12.03.2024), KB (20.03.2024)", SHORT), ("dates-before", "12.03.2024 ØU, 20.03.2024 KB", SHORT),
    ("dates-short", "ØU 12/3, KB 20/3", SHORT),
    ("one", "Byrådet", ["Byrådet"]), ("one-abbrev", "KB", ["KB"]),
    ("roles", "Økonomiudvalget indstiller, Byrådet beslutter", ["Økonomiudvalget", "Byrådet"]),
    ("role-notes", "Økonomiudvalget (indstilling), Byrådet (beslutning)", ["Økonomiudvalget", "Byrådet"]),
    ("caps", "ØKONOMIUDVALGET, BYRÅDET", ["ØKONOMIUDVALGET", "BYRÅDET"]),
    # ('>' between bodies, as a site's breadcrumb prints its steps; 'til' as where the case goes next)
    ("gt", "FU > ØU > KB", ["FU", "ØU", "KB"]),
    ("names-gt", "Økonomiudvalget > Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("til", "ØU til KB", SHORT), ("til-three", "FU til ØU til KB", ["FU", "ØU", "KB"]),
    # each step's part after 'til', dates after 'den' on both sides of 'og', the item's number at a meeting, a word
    # of sequence between two steps
    ("roles-til", "Økonomiudvalget til orientering, Byrådet til beslutning", ["Økonomiudvalget", "Byrådet"]),
    ("dates-den-og", "ØU den 12.03.2024 og KB den 20.03.2024", SHORT),
    ("dates-item", "ØU 12.03.2024 pkt. 5, KB 20.03.2024", SHORT),
    ("step-og-derefter", "Økonomiudvalget og derefter Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("step-herefter", "ØU, herefter KB", SHORT),
]


def values() -> Iterator[Case]:
    """Each value on the label's line ('Sagsgang: …') and on the line under the label."""
    for (name, value, route), (fk, form) in itertools.product(
            VALUES, (("inline", "Sagsgang: {v}"), ("next", "Sagsgang\n{v}"))):
        yield f"{name}/{fk}", _page(form.format(v=value)), _route_is(route)


def listed() -> Iterator[Case]:
    """The bodies one a line under the label: bare, behind bullets or dashes, with their dates after or before
    them, and as a table with a date column ('Behandling' / 'Mødedato')."""
    names = ["Økonomiudvalget", "Byrådet"]
    dates = ["12.03.2024", "20.03.2024"]
    roles = ["indstiller", "beslutter"]
    parts = ["indstilling", "beslutning"]
    rows = {"date-part": "{b} {d} ({p})",
            "bare": "{b}", "bullet": "• {b}", "dash": "- {b}", "date-after": "{b} {d}", "date-comma": "{b}, {d}",
            "date-before": "{d} {b}", "den": "{b} den {d}", "bullet-date": "• {b} {d}", "arrow-before": "→ {b}",
            "numbered": "{n}. {b}", "numbered-paren": "{n}) {b}", "role": "{b} {r}"}
    for (rk, row), label in itertools.product(rows.items(), ("Sagsgang", "Forventet sagsgang", "Politisk behandling",
                                                             "Behandlingsforløb")):
        block = label + "\n" + "\n".join(row.format(b=b, d=d, n=n, r=r, p=q) for n, (b, d, r, q)
                                         in enumerate(zip(names, dates, roles, parts, strict=True), 1))
        yield f"{rk}/{label}", _page(block), _route_is(names)
    tables = {"behandling-moededato": "Behandling Mødedato\nØkonomiudvalget 12.03.2024\nByrådet 20.03.2024",
              "udvalg-dato": "Sagsgang\nUdvalg Dato\nØkonomiudvalget 12.03.2024\nByrådet 20.03.2024",
              "behandling-cells": "Behandling\nMødedato\nØkonomiudvalget\n12.03.2024\nByrådet\n20.03.2024"}
    for tk, block in tables.items():
        yield f"table/{tk}", _page(block), _route_is(names)


# the verbs a route prints for each body's part, in pairs (the first body's, the last's): 'indstiller' / 'beslutter' as
# the tune pages print them, and the other words councils use for the same parts
ROLE_PAIRS = [("indstiller", "beslutter"), ("anbefaler", "beslutter"), ("indstiller", "godkender"),
              ("drøfter", "vedtager"), ("behandler", "afgør"), ("anbefaler.", "godkender.")]


def role_verbs() -> Iterator[Case]:
    """Each pair of verbs after the bodies, one body a line under 'Hvem beslutter', 'Sagsgang' and 'Politisk
    behandling', and on one line after 'Hvem beslutter:'; 'Hvem beslutter' over a sentence gives none."""
    names = ["Økonomiudvalget", "Byrådet"]
    for (first, last), label in itertools.product(ROLE_PAIRS, ("Hvem beslutter", "Sagsgang", "Politisk behandling")):
        block = f"{label}\n{names[0]} {first}\n{names[1]} {last}"
        yield f"{first}-{last}/{label}", _page(block), _route_is(names)
    for first, last in ROLE_PAIRS:
        block = f"Hvem beslutter: {names[0]} {first.rstrip('.')}, {names[1]} {last}"
        yield f"{first}-{last}/one-line", _page(block), _route_is(names)
    yield "prose/Hvem beslutter", _page("Hvem beslutter\nSagen er til orientering i Økonomiudvalget."), _route_is([])


def places() -> Iterator[Case]:
    """'Sagsgang: ØU, KB' and 'Sagsgang' / 'ØU, KB' right under the title, inside a block of fields with
    'Sagsnr.', after the case text, between the proposal and the decision, and after the decision."""
    for label, (lk, block) in itertools.product(("Sagsgang", "Forventet sagsgang"),
                                                (("inline", "{l}: ØU, KB"), ("next", "{l}\nØU, KB"))):
        r = block.format(l=label)
        pages = {
            "top": MEETING + r + "\n" + CASE_NO + CASE_TEXT + INDSTILLING,
            "fields": MEETING + CASE_NO + r + "\nSagsbehandler: Ida Lund\n" + CASE_TEXT + INDSTILLING,
            "fields-first": MEETING + r + "\n" + CASE_NO + "Ansvarlig: Teknik og Miljø\n" + CASE_TEXT + INDSTILLING,
            "after-text": MEETING + CASE_NO + CASE_TEXT + r + "\n" + INDSTILLING,
            "before-decision": MEETING + CASE_NO + CASE_TEXT + INDSTILLING + r + "\n",
        }
        for pk, page in pages.items():
            yield f"{pk}/{label}/{lk}", page + NEXT_ITEM, _route_is(SHORT)
        decided = MEETING + CASE_NO + CASE_TEXT + INDSTILLING + "Beslutning\nAnbefales.\n" + r + "\n" + NEXT_ITEM
        yield f"after-decision/{label}/{lk}", decided, _route_is(SHORT, [(COMMITTEE, DATE, "Anbefales.")])


NOT_ROUTES = {
    "kompetence": "Beslutningskompetence: Byrådet", "kompetence-next": "Beslutningskompetence\nByrådet",
    "kompetence-short": "Kompetence: Byrådet", "afgoeres": "Sagen afgøres i Byrådet.",
    "afgoeres-label": "Sagen afgøres i:\nØkonomiudvalget",
    "prose-videre": "Sagen sendes videre til Økonomiudvalget og Byrådet.",
    "prose-behandles": "Sagen behandles i Økonomiudvalget og derefter i Byrådet.",
    "prose-forelaegges": "Sagen forelægges Økonomiudvalget den 12. marts 2024 og Byrådet den 20. marts 2024.",
    "sagsforloeb-prose": "Sagsforløb\nSagen har tidligere været drøftet i udvalget.",
}


def not_routes() -> Iterator[Case]:
    """What names a deciding body or tells the path in prose: no route, before or after the case text."""
    for (name, block), where in itertools.product(NOT_ROUTES.items(), ("before", "after")):
        yield f"{name}/{where}", _page(block, where), _route_is([])


def with_outcomes() -> Iterator[Case]:
    """A route whose first body has its outcome printed beside it: that body's treatment is a decision, the route
    still all the bodies; kept small (decision_places.py moves outcomes under a route's bodies)."""
    dec = [("Økonomiudvalget", "2024-03-12", "Anbefales.")]
    names = ["Økonomiudvalget", "Byrådet"]
    blocks = {"colon": "Sagsgang\nØkonomiudvalget 12.03.2024: Anbefales.\nByrådet 20.03.2024",
              "under": "Sagsgang\nØkonomiudvalget 12.03.2024\nAnbefales.\nByrådet 20.03.2024",
              "none": "Sagsgang\nØkonomiudvalget 12.03.2024\nByrådet 20.03.2024"}
    for bk, block in blocks.items():
        yield bk, _page(block), _route_is(names, [] if bk == "none" else dec)


# label words no lexicon holds, as an unseen council may print its route's label: the route is known by its value's
# shape (two bodies or more and nothing else), whatever the label says
UNKNOWN_LABELS = ["Beslutningsgang", "Politisk sagsbehandling", "Behandlingsrute", "Sagens vej", "Forløb",
                  "Beslutningsrute", "Politisk gang", "Udvalgsforløb", "Tidsplan", "Forventet forløb", "Sagsvej"]
# (name, value, route): the shapes a route's value takes, on the label's line or under it
UNKNOWN_VALUES = [
    ("comma", "ØU, KB", SHORT), ("arrow", "Økonomiudvalget → Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("three-dash", "TMU - ØU - BY", ["TMU", "ØU", "BY"]),
    ("comma-og", "Miljøudvalget, Økonomiudvalget og Byrådet", ["Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    ("dates", "Økonomiudvalget 12.03.2024, Byrådet 20.03.2024", ["Økonomiudvalget", "Byrådet"]),
    ("gt", "FU > ØU > KB", ["FU", "ØU", "KB"]), ("joint", "AU/BUU, ØU, KB", ["AU/BUU", "ØU", "KB"]),
]


def unknown_labels() -> Iterator[Case]:
    """Each unknown label over each value: after its colon on the line, on the next line with and without the
    colon (after the case text; a few also in the item's head, before it), and the bodies one a line under it (with
    their dates, behind bullets)."""
    forms = {"colon": "{label}: {v}", "next": "{label}\n{v}", "next-colon": "{label}:\n{v}"}
    for label, (vk, value, route), (fk, form) in itertools.product(UNKNOWN_LABELS, UNKNOWN_VALUES, forms.items()):
        yield f"{label}/{vk}/{fk}", _page(form.format(label=label, v=value)), _route_is(route)
        if label in UNKNOWN_LABELS[:3]:
            yield f"{label}/{vk}/{fk}/head", _page(form.format(label=label, v=value), "before"), _route_is(route)
    names = ["Økonomiudvalget", "Byrådet"]
    rows = {"bare": "{b}", "date-after": "{b} {d}", "bullet": "• {b}", "den": "{b} den {d}", "arrow": "→ {b}"}
    for label, (rk, row) in itertools.product(UNKNOWN_LABELS, rows.items()):
        block = label + ":\n" + "\n".join(row.format(b=b, d=d) for b, d in zip(names, ("12.03.2024", "20.03.2024"),
                                                                                   strict=True))
        yield f"{label}/listed-{rk}", _page(block), _route_is(names)


# what an unknown label over something else prints: persons, one body, bodies in a sentence, advisory councils
# heard (no body that treats the case), a decision's heading: no route
SHAPE_NOT_ROUTES = {
    "persons": "Deltagere: Ida Lund, Per Holm", "persons-next": "Mødedeltagere\nIda Lund\nPer Holm",
    "one-body": "Beslutningsgang: Byrådet", "one-body-next": "Beslutningsgang\nByrådet",
    "one-abbrev": "Kompetencefordeling: KB",
    "prose-arrow": "Sagen sendes efter mødet videre fra Økonomiudvalget → Byrådet til endelig beslutning.",
    "prose-colon": "Forvaltningen foreslår, at sagen sendes til: Økonomiudvalget og Byrådet i april.",
    "heard": "Høringsparter: Handicaprådet, Ældrerådet", "heard-next": "Høringsparter\nHandicaprådet\nÆldrerådet",
    # bodies joined by 'og' alone under a label no lexicon knows: together (who decides, who is told), no path
    "together": "Orienteres:\nØkonomiudvalget og Byrådet.", "together-colon": "Ansvar: Økonomiudvalget og Byrådet",
    "decision-heading": "Beslutning i Økonomiudvalget den 12.03.2024\nAnbefales.",
}


def shape_not_routes() -> Iterator[Case]:
    """The negatives of unknown_labels: before or after the case text, no route (a decision heading's outcome is
    that body's decision)."""
    dec = [("Økonomiudvalget", "2024-03-12", "Anbefales.")]
    for (name, block), where in itertools.product(SHAPE_NOT_ROUTES.items(), ("before", "after")):
        if name == "decision-heading" and where == "before":
            continue
        yield f"{name}/{where}", _page(block, where), _route_is([], dec if name == "decision-heading" else None)


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "labels": labels, "values": values, "listed": listed, "role-verbs": role_verbs, "places": places,
    "not-routes": not_routes, "with-outcomes": with_outcomes, "unknown-labels": unknown_labels,
    "shape-not-routes": shape_not_routes}


def main(argv: list[str] | None = None) -> int:
    return run_by_layout(__doc__, FAMILIES, "routes", argv)


if __name__ == "__main__":
    sys.exit(main())
