"""Real meetings printed in the layouts of three real publishing systems' PDFs and read back: the Greve FirstAgenda
meetings (shared/corpus/publications/firstagenda-greve) laid out as HTML in one template per vendor, printed by
headless Chromium and parsed (the PDF itself, or --as-transcript the viewer's flattened transcript of it), with
gold written from the JSON by the annotation rules (printed.py's machinery: Sheet, printed_pdf, printed_gold).

    PYTHONPATH=src python benchmarks/parse_accuracy/vendor_prints.py [--meetings 40] [--greve dev|held|all]
        [--template NAME ...] [--seed 11] [--out DIR] [--cache DIR] [--per-doc] [--as-transcript]

Why: on `check` (municipalities never studied) the PDF transcripts score far below the pages that keep their
lines, and printed.py's four templates are our own imagination of a layout. The only real evidence we hold of
how other publishing systems lay out a PDF is three real vendor PDFs (os2dagsorden-examples: eDoc from
Ballerup, Acadre from Syddjurs; corpus/docs: FirstAgenda from Aarhus). This net copies what each of them shows,
with real meeting content, so a parser rule that reads one vendor's shapes is measured on many meetings.

What: each meeting is printed in every template (same content, different layout):
  edoc         running header '<Udvalg> Referat Åbent referat Dato: 04.12.2012 Side 3' on every page; cover
               sentence 'Referat <udvalg> tirsdag den 4. december 2012, kl. 13:00 i <sted>', 'Åbent referat',
               'Tilstede' names one per line (the first two seeded '- formand' / '- næstformand'),
               'Afbud/Fraværende' (printed even when empty); contents 'INDHOLDSFORTEGNELSE' 'Åbent referat'
               'N. Title page' (closed items at the end under 'Lukket referat', else 'N. Lukket: Title'); items
               in one flow:
               'N. Title', 'Sagsnr.: … Dok.nr.: …', bold section headings on their own line, the decision
               '<Udvalg>s beslutning den 04.12.2012' then 'Punkt N' then the outcome, then 'Følgende deltog
               ikke i behandlingen af punktet:' and the names (printed even when none)
  acadre       cover in lines 'Referat', committee, 'Torsdag den 20. juni 2013', 'Kl. 10:30', place,
               'Medlemmer' names, 'Fraværende' names; footer 'N of M' on every page and from page 2 a running
               header 'Referat For <udvalg> 20. juni 2013 - kl. 10:30 Side N'; contents 'Indholdsfortegnelse'
               'Punkt nr. Side' then '715. Title.....2' (dot leaders; item numbers running over the year, a
               seeded offset); items one per page: '715. Title', 'Sagsnr.: …', 'Sagen afgøres i: <udvalg>'
               (seeded), sections ('Resumé', …), 'Beslutning i <udvalg> den 20-06-2013' then the outcome (closed
               items 'N. Lukket: Title': the real PDF shows none, so this form is ours); a
               last page 'Underskriftsside' with the members' names
  firstagenda  cover 'REFERAT' (or 'DAGSORDEN'), '<udvalg> d. 27-08-2025', 'Mødedato Onsdag d. 27. august 2025
               kl. 16:00', 'Mødested <sted>' (no members); contents 'Indholdsfortegnelse' with titles only (no
               numbers) and dot leaders to the page, closed items 'Lukket: Title'; items one per page 'Punkt N:
               Title', the bare case number, 'Beslutninger' and the decision BEFORE the sections; a closed item
               'Punkt N: Lukket: Title'; no running header or footer
Variation inside a template (Referat or Dagsorden, the roles, the year offset, 'Sagen afgøres i') is seeded per
meeting. Page numbers in contents are plausible, not measured (the gold does not score them).

Not printed, because the gold writer cannot say them (each would score as a parser error that is the net's):
bilag lines ('Bilag 2012-208960 - Title': the Greve JSON keeps no attachment titles), the secretary line
('Sekretær <name>'), Aarhus' 'Sagsforløb' (earlier committees' decisions). The firstagenda template prints no
absence block of its own (Aarhus prints absence as a sentence inside the decision); absence the export typed inside
a decision's text ('Afbud fra A (X)', 'Ikke tilstede: B') is printed in every template and read by the gold as the
annotation rules read it (gold_absence.py: a sentence stays in the text, a closing label does not; both name the
decision's absentees). A section the export heads 'Bilag' (its links, printed as one paragraph) is the item's
attachment list, its text one entry.
The acadre header says 'Side N' with N the PDF's page number (the real one counts from the first page after the
cover: CSS page counters cannot subtract).

Gold says only what the printed PDF shows (annotation-rules.md), through printed.py's printed_gold: running
headers and footers belong to no field; role titles ('- formand') are no part of a name; 'Punkt N' under a
decision heading and 'Dok.nr.' are no field; the decision's absentees are that decision's.

Halves: as printed.py (meeting k of the sorted folder is `dev` when k is even: may be studied; `held` when odd:
read its numbers only). How: as printed.py (Chromium, PDFs cached by their HTML's sha1 in the shared cache).

It is a regression net built from ONE municipality's content in three vendors' layouts as we read them from one
PDF each, not the measure: `check` (real.py) is.
"""
from __future__ import annotations

import html
import random
import sys
from collections.abc import Callable

import printed
from printed import Sheet, _facts, _names, _present_absent
from transcribed import Item, Page

TEMPLATES = ("edoc", "acadre", "firstagenda")
_FONTS = {"edoc": '"Liberation Sans", Arial, sans-serif', "acadre": '"Liberation Serif", "Times New Roman", serif',
          "firstagenda": '"DejaVu Sans", Calibri, sans-serif'}


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _genitive(name: str) -> str:
    """'Økonomiudvalget' -> 'Økonomiudvalgets' (a name ending in s takes no second s), as eDoc heads a decision."""
    return name if name.endswith("s") else name + "s"


def _para(sheet: Sheet, text: str, tag: tuple | None = None, shown: str | None = None, el: str = "p") -> None:
    sheet.raw(f"<{el}>")
    sheet.put(text, tag, shown)
    sheet.raw(f"</{el}>")


def _list_names(sheet: Sheet, names: list[str], tag: Callable[[str], tuple], roles: list[str] = ()) -> None:
    """Names one per line, each tagged for the gold; a role printed after a name is untagged."""
    for k, name in enumerate(names):
        sheet.raw("<div>")
        sheet.put(name, tag(name))
        if k < len(roles) and roles[k]:
            sheet.put(roles[k])
        sheet.raw("</div>")


def _cover(sheet: Sheet, t: str, f: dict, v: dict) -> None:
    present, absent = _present_absent(f)
    if t == "edoc":
        sheet.raw("<h1>")
        sheet.put(v["label"], ("label",))
        sheet.put(f["committee"], ("committee",))
        sheet.put(f"{f['weekday']} den {f['long']},", ("date",))
        sheet.put(f"kl. {f['time']}", ("time",))
        if f["place"]:
            sheet.put("i")
            sheet.put(f["place"], ("location",))
        sheet.raw("</h1>")
        _para(sheet, v["open"], el="h2")
        _para(sheet, "Tilstede", el="h3")
        _list_names(sheet, present, lambda n: ("participant", n), v["roles"])
        _para(sheet, "Afbud/Fraværende", el="h3")
        _list_names(sheet, absent, lambda n: ("absent", n))
    elif t == "acadre":
        _para(sheet, v["label"], ("label",), el="h1")
        _para(sheet, f["committee"], ("committee",), el="h2")
        _para(sheet, f"{f['weekday'].capitalize()} den {f['long']}", ("date",))
        _para(sheet, f"Kl. {f['time']}", ("time",))
        if f["place"]:
            _para(sheet, f["place"], ("location",))
        _para(sheet, "Medlemmer", el="h3")
        _list_names(sheet, present, lambda n: ("participant", n))
        _para(sheet, "Fraværende", el="h3")
        _list_names(sheet, absent, lambda n: ("absent", n))
    else:
        _para(sheet, v["label"].upper(), ("label",), el="h1")
        sheet.raw("<h2>")
        sheet.put(f["committee"], ("committee",))
        sheet.put(f"d. {f['dmy']}")
        sheet.raw("</h2><table class=cover><tr><td>Mødedato</td><td>")
        sheet.page.add("Mødedato")
        sheet.put(f"{f['weekday'].capitalize()} d. {f['long']}", ("date",))
        sheet.put(f"kl. {f['time']}", ("time",))
        sheet.raw("</td></tr>")
        if f["place"]:
            sheet.raw("<tr><td>Mødested</td><td>")
            sheet.page.add("Mødested")
            sheet.put(f["place"], ("location",))
            sheet.raw("</td></tr>")
        sheet.raw("</table>")


def _dots(title: str, width: int) -> str:
    """A contents line's title and dot leaders as printed (the dots fill the line up to the page column)."""
    return html.escape(title) + "." * max(3, width - len(title))


def _contents(sheet: Sheet, t: str, items: list[Item], v: dict) -> None:
    """The contents page: edoc 'N. Title page' under 'Åbent referat' / 'Lukket referat', acadre 'N. Title.....page'
    under 'Punkt nr. Side', firstagenda 'Title.....page' with no number."""
    sheet.raw("<div class=page>")
    _para(sheet, "INDHOLDSFORTEGNELSE" if t == "edoc" else "Indholdsfortegnelse", el="h2")
    if t == "edoc":
        _para(sheet, v["open"], el="h3")
    if t == "acadre":
        sheet.raw("<table class=toc><tr><td>Punkt nr.</td><td class=pg>Side</td></tr></table>")
        sheet.page.add("Punkt nr. Side")
    sheet.raw("<table class=toc>")
    pg = 2 if t == "acadre" else 3
    for k, it in enumerate(items):
        if t == "edoc" and it.closed and k == v["closed_from"]:
            sheet.raw("</table>")
            _para(sheet, v["closed"], el="h3")
            sheet.raw("<table class=toc>")
        sheet.raw("<tr><td>")
        if t != "firstagenda":
            sheet.put(f"{_number(it, v)}.", ("toc_num", k))
        if it.closed and (t != "edoc" or v["closed_from"] < 0):
            sheet.put("Lukket:")
        title = it.title
        if t == "firstagenda" and len(title) > 95:
            title = title[:95].rsplit(" ", 1)[0]  # the cell cuts a long title, as the real contents do
        shown = html.escape(title) if t == "edoc" else _dots(title, 100)
        sheet.put(title, ("toc_title", k), shown)
        sheet.raw("</td><td class=pg>")
        sheet.put(str(pg))
        sheet.raw("</td></tr>")
        pg += 1 if t != "edoc" or len(it.sections) < 4 else 2
    sheet.raw("</table></div>")


def _number(it: Item, v: dict) -> str:
    return str(v["offset"] + int(it.number)) if it.number.isdigit() else it.number


def _head(sheet: Sheet, t: str, it: Item, v: dict, rnd: random.Random) -> None:
    n = _number(it, v)
    sheet.raw("<h2>")
    sheet.put(f"Punkt {n}:" if t == "firstagenda" else f"{n}.", ("head_num", it))
    if it.closed and (t != "edoc" or v["closed_from"] < 0):
        sheet.put("Lukket:")
    sheet.put(it.title, ("head_title", it))
    sheet.raw("</h2>")
    if not it.case:
        return
    sheet.raw("<p>")
    if t == "firstagenda":
        sheet.put(it.case, ("case", it))
    else:
        sheet.put("Sagsnr.:")
        sheet.put(it.case, ("case", it))
        if t == "edoc":
            sheet.put(f"Dok.nr.: {v['year']}-{rnd.randint(100000, 299999)}")
    sheet.raw("</p>")


def _sections(sheet: Sheet, it: Item) -> None:
    for h, text in it.sections:
        if h != "Beslutning":
            _para(sheet, h, ("section", it, h), el="h3")
            _para(sheet, text)


def _decision(sheet: Sheet, t: str, it: Item, text: str, f: dict, v: dict) -> None:
    if t == "edoc":
        _para(sheet, f"{_genitive(f['committee'])} beslutning den {f['dotted']}", ("section", it, "Beslutning"),
              el="h3")
        _para(sheet, f"Punkt {_number(it, v)}")
    elif t == "acadre":
        _para(sheet, f"Beslutning i {f['committee']} den {f['dmy']}", ("section", it, "Beslutning"), el="h3")
    elif not it.closed:
        _para(sheet, "Beslutninger", ("section", it, "Beslutninger"), el="h3")  # (the gold keeps it as printed)
    _para(sheet, text, ("decision", it))
    if t == "edoc":
        _para(sheet, "Følgende deltog ikke i behandlingen af punktet:")
        _list_names(sheet, it.absent, lambda n: ("dabsent", it, n))
    elif t == "acadre" and it.absent:
        sheet.raw("<p>")
        _names(sheet, "Fraværende:", it.absent, lambda n: ("dabsent", it, n))
        sheet.raw("</p>")


def _item(sheet: Sheet, t: str, it: Item, f: dict, v: dict, rnd: random.Random) -> None:
    sheet.raw("<div class=page>" if t != "edoc" else "<div>")
    _head(sheet, t, it, v, rnd)
    if t == "acadre" and v["decided_in"] and not it.closed:
        _para(sheet, f"Sagen afgøres i: {f['committee']}")
    decision = next((text for h, text in it.sections if h == "Beslutning"), None)
    decided = decision is not None and v["label"] == "Referat"
    if t == "firstagenda" and decided:
        _decision(sheet, t, it, decision, f, v)
    _sections(sheet, it)
    if t != "firstagenda" and decided:
        _decision(sheet, t, it, decision, f, v)
    sheet.raw("</div>")


def _running(t: str, f: dict, v: dict) -> str:
    """The page-margin boxes (inside @page) and the first page's own (a <style> in the body)."""
    if t == "edoc":
        head = f"{f['committee']} {v['label']} {v['open']} Dato: {f['dotted']} Side "
        return f"@top-left {{ content: {_css_string(head)} counter(page); font-size: 8pt; }}"
    if t == "acadre":
        head = f"{v['label']} For {f['committee']} {f['long']} - kl. {f['time']} Side "
        return (f"@top-left {{ content: {_css_string(head)} counter(page); font-size: 8pt; }} "
                '@bottom-right { content: counter(page) " of " counter(pages); font-size: 8pt; }')
    return ""


def render(tree: dict, items: list[Item], t: str, rnd: random.Random) -> tuple[str, Page, dict]:
    """The meeting as HTML in vendor template `t`, the Page of its printed facts and the facts (for the gold)."""
    f = _facts(tree)
    decided = any(h == "Beslutning" for it in items for h, _ in it.sections)
    label = "Referat" if decided and rnd.random() < 0.85 else "Dagsorden"
    closed_at = [k for k, it in enumerate(items) if it.closed]
    tail = closed_at and closed_at == list(range(len(items) - len(closed_at), len(items)))
    v = {"label": label, "cover": t, "year": f["date"][:4],
         "open": "Åbent referat" if label == "Referat" else "Åben dagsorden",
         "closed": "Lukket referat" if label == "Referat" else "Lukket dagsorden",
         "closed_from": closed_at[0] if tail else -1,
         "roles": ["- formand", "- næstformand"] if rnd.random() < 0.7 else [],
         "offset": rnd.choice([0, 0, rnd.randint(40, 700)]) if t == "acadre" else 0,
         "decided_in": rnd.random() < 0.6}
    sheet = Sheet()
    _cover(sheet, t, f, v)
    if t == "acadre":
        sheet.raw("<style>@page :first { @top-left { content: none; } }</style>")
    _contents(sheet, t, items, v)
    if t == "edoc":
        sheet.raw("<div class=page>")
    for k, it in enumerate(items):
        if t == "edoc" and k == v["closed_from"]:
            _para(sheet, v["closed"], el="h2")
        _item(sheet, t, it, f, v, rnd)
    if t == "edoc":
        sheet.raw("</div>")
    if t == "acadre":
        present, _ = _present_absent(f)
        sheet.raw("<div class=page>")
        _para(sheet, "Underskriftsside", el="h2")
        for name in present:
            _para(sheet, name)
        sheet.raw("</div>")
    facts = {"v": v, "items": items, "committee": f["committee"], "date": f["date"], "time": f["time"],
             "people": f["people"]}
    return sheet.html(f"{label} {f['committee']}", _running(t, f, v), _FONTS[t]), sheet.page, facts


def main(argv: list[str] | None = None) -> int:
    return printed.main(argv, templates_known=TEMPLATES, draw=render, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
