"""HTML rendering that imitates a FirstAgenda Publication page (cf. corpus aarhus_*_referat.html):
tr.punktrow rows with h2.overskrift, span.sagsnummer, h3 + span.resume blocks, the case history
under "Sagsforløb" (Udvalg / Dato / Punktnummer / text) and a.bilag-link attachments."""
from __future__ import annotations

from datetime import date
from html import escape

from .cases import Decision, Item, Meeting
from .render_text import MONTHS, dmy

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def _divs(text: str) -> str:
    return "".join(f"<div>{escape(p)}</div>" for p in text.split("\n\n") for p in p.split("\n"))


def decision_divs(d: Decision) -> str:
    """The decision text, then absentees as Aarhus prints them (a sentence) or as a label."""
    out = _divs(d.text)
    if d.absent and d.absent_style == "sentence":
        out += f"<div>{escape(' og '.join(d.absent))} deltog ikke i sagens behandling.</div>"
    elif d.absent:
        out += f"<div>Fraværende: {escape(', '.join(d.absent))}</div>"
    return out


def html_sections(it: Item, agenda: bool = False) -> list[tuple[str, str]]:
    """(h3 heading, inner HTML) blocks of one item, in print order (an agenda has no decision yet)."""
    case = it.case
    if it.kind == "closed" or (it.kind == "eventuelt" and agenda):
        return []
    if it.kind == "eventuelt":
        return [("Beslutninger", "<div>Ingen bemærkninger.</div>")]
    out = []
    if it.decision is not None and not agenda:
        out.append(("Beslutninger", decision_divs(it.decision)))
    out += [(h, _divs(t)) for h, t in case.sections]
    history = [d for d in case.decisions if d is not it.decision]
    if history:
        out.append(("Sagsforløb", "".join(
            f"<div>Udvalg: {escape(d.committee)}</div><div>Dato: {dmy(d.date)}</div>"
            f"<div> Punktnummer: {d.item_number}</div>{decision_divs(d)}" for d in history)))
    return out


def history_of(it: Item, agenda: bool = False) -> list[Decision]:
    """Decisions the page shows for the item: case history first, then this meeting's decision."""
    if it.kind == "eventuelt":
        return []
    hist = [d for d in it.case.decisions if d is not it.decision]
    return hist + ([it.decision] if it.decision is not None and not agenda else [])


def _row(i: int, it: Item, uid: str, agenda: bool) -> str:
    case = it.case
    title = case.title if case.public else f"Lukket punkt: {case.title}"
    parts = [f'<tr class="punktrow" id="punktrow_{uid}"><td class="text-center punkt-tabel">'
             f'<span class="label label-default">{it.number}</span></td><td class="punkt-tabel">'
             f'<button class="overskrift-btn" role="button" aria-expanded="false" aria-controls="details{i}">'
             f'<h2 class="overskrift text-left" id="overskrift{i} " tabindex="0">{escape(title)}</h2>'
             f'</button>'
             f'<div class="details" id="details{i}">']
    if case.number:
        parts.append(f'<span class="sagsnummer">{escape(case.number)}</span>')
    parts.append('<div class="punkt"><h3></h3><div><div id="sagsfremstillingContainer">\n\n<div>')
    for h, inner in html_sections(it, agenda):
        parts.append(f'<h3>{escape(h)}</h3>\n<span class="resume">{inner}</span>\n')
    parts.append("</div>\n\n</div></div></div>")
    if it.kind == "case" and case.attachments:
        parts.append('<h3>Bilag</h3><ul class="list-unstyled">')
        for k, a in enumerate(case.attachments):
            bid = f"{uid}-b{k}"
            parts.append(f'<li><span class="label label-default pdf-label" tabindex="0" data-type="bilag" '
                         f'data-id="{bid}" role="button" aria-label="{escape(a.title)}. Tilhørende punktet: '
                         f'{escape(case.title)}">PDF</span><a id="enclosure-{bid}" class="bilag-link" '
                         f'target="_blank" href="/vis/pdf/bilag/{bid}/?redirectDirectlyToPdf=false">'
                         f'{escape(a.title)}</a></li>')
        parts.append("</ul>")
    parts.append("</div></td><td class=\"punkt-tabel\"></td></tr>")
    return "".join(parts)


def meeting_html(m: Meeting) -> str:
    """A whole minutes page; participants are left empty as on the real page (filled by script)."""
    d = date.fromisoformat(m.date)
    when = f"{d.day}. {MONTHS[d.month - 1]} {d.year} kl. {m.start_time.replace(':', '.')}"
    rows = "".join(_row(i, it, f"{m.seq:06d}-{i:03d}", m.agenda) for i, it in enumerate(m.items))
    return f"""<html lang="da"><head>
<meta charset="utf-8">
<title>{escape(m.committee)} - {escape(m.location)}</title>
</head>
<body class="">
<div class="container">
<nav class="navbar navbar-default"><a href="/"><img src="/Content/img/logo.png" alt="logo"></a></nav>
<div class="row"><div class="col-xs-12"><div class="title">
<h1 class="green dato">{"Dagsorden" if m.agenda else "Referat"} {when}</h1>
<h2 class="black"><span class="udvalg">{escape(m.committee)}</span><span class="sted-divider"> - </span><span class="sted sted-container">{escape(m.location)}</span></h2>
</div></div></div>
<div class="row"><div class="col-sm-8"><table class="dagsordeninfo"><tbody>
<tr><td>Udvalg:</td><td><span class="udvalg">{escape(m.committee)}</span></td></tr>
<tr><td>Mødedato:</td><td><span class="dato">{WEEKDAYS[d.weekday()]} den {when}</span></td></tr>
<tr class="sted-container"><td>Mødested:</td><td><span class="sted">{escape(m.location)}</span></td></tr>
<tr id="deltager-container"><td valign="top">Mødedeltagere:</td><td class="deltagere"></td></tr>
</tbody></table></div></div>
<table id="dagsordenDetaljer" class="table table-hover dagsorden">
<thead><tr><th class="text-center">Punkt</th><th>Titel</th><th></th></tr></thead>
<tbody>{rows}</tbody></table>
</div>
</body></html>
"""  # noqa: E501
