"""Meeting facts as other councils print them: the tune pages that keep their lines, with the lines that
print the municipality, committee, date, place or participants rewritten in another shape a Danish council
site uses, scored per field against the gold (changed the same way where the shape adds a value).

    PYTHONPATH=src python benchmarks/parse_accuracy/facts_variants.py [--only NAME] [--out DIR] [--per-page]

Why: on `check` the meeting facts score well below tune (location 0.82, municipality 0.89, committee 0.92,
participants 0.92) while tune is about 1.000 on all of them: the tune pages print each fact one way, and
an unseen municipality prints it another ('Placering: …', 'Mødet afholdes i …', '<Udvalg> - <dato> - <sted>',
'Til stede: A (V), B (A)', its name only in a footer or a web address). `check` may not be studied one by
one; this takes pages whose gold we may study and prints their facts the other ways. A variant applies to
a page only where the page prints the fact on lines of its own (the rewrite must keep every gold value);
each variant is scored on the pages it changed, beside the same pages unchanged (`base`).

perturbed.py retypes the same pages without changing a word ('listed-names', 'synonyms' for Afbud and
Sagsnr., 'running-heads'); this one moves and relabels the facts themselves. Read it beside `real.py`,
never instead of it.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from flattened import flatten
from real import CORPUS, lined_tune_pages, parse_beside_gold, scorer, variant_parser

from sagsgang.parse.dates import TIME, find_dates

_FIELDS = ("document_type", "municipality", "meeting.committee", "meeting.date", "meeting.start_time",
           "meeting.location", "meeting.participants")
_MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()
_WEEKDAYS = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
_HEAD = 40  # the meeting's facts are printed in the page's first lines

# a fact's label before its value on the same line, or alone on the line above it
_FACT_LABEL = (r"(?:Mødested|Møde lokation|Sted|Lokale|Mødelokale|Lokation|Udvalg|Mødeforum|Møde|Mødedato|Dato|"
               r"Tidspunkt|Mødetidspunkt|Starttidspunkt|Tid|Mødedeltagere|Deltagere|Medlemmer|Til stede|Referat|"
               r"Dagsorden)")
_LABEL_THEN = re.compile(rf"^\s*(?i:{_FACT_LABEL})\s*[:|]?\s*")
_LABEL_ALONE = re.compile(rf"^\s*(?i:{_FACT_LABEL})\s*:?\s*$")
_BULLET = re.compile(r"^\s*[•·▪●*\-–]\s*")

Page = tuple[str, dict]  # (text, gold)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _value(line: str) -> str:
    """A line's value without its fact label or bullet."""
    return _norm(_BULLET.sub("", _LABEL_THEN.sub("", line, count=1)))


def _long_date(iso: str, weekday: bool = False) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    import datetime
    wd = f"{_WEEKDAYS[datetime.date(y, m, d).weekday()].capitalize()} den " if weekday else ""
    return f"{wd}{d}. {_MONTHS[m - 1]} {y}"


def _numeric_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def _is_date_line(value: str, iso: str) -> bool:
    """'30-01-2018 kl. 13:00', 'Torsdag den 9. juni 2015', 'Mandag, 3. marts 2016 - 08:00': the date,
    with its weekday and time, and nothing else."""
    found = find_dates(value)
    if not found or found[0][2] != iso:
        return False
    rest = value[:found[0][0]] + " " + value[found[0][1]:]
    rest = TIME.sub(" ", rest)
    rest = re.sub(rf"(?i)\b(?:{'|'.join(_WEEKDAYS)}|den|d\.|kl\.?|klokken)\b|[-–,.:|]", " ", rest)
    rest = re.sub(r"\b(?:\d{1,2}[.:]\d{2})\b", " ", rest)
    return not rest.strip()


def _find(lines: list[str], pred: Callable[[str], bool]) -> int | None:
    for k, ln in enumerate(lines[:_HEAD]):
        if ln.strip() and pred(_value(ln)):
            return k
    return None


def _with_label_above(lines: list[str], k: int) -> list[int]:
    """Line k, and the label alone above it ('STED' / '' / 'Mødelokale 3, Bytoften')."""
    j = k - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and _LABEL_ALONE.match(lines[j]) and not _LABEL_ALONE.match(lines[k]):
        return [j, k]
    return [k]


def _facts_at(text: str, gold: dict, need: tuple[str, ...]) -> dict[str, list[int]] | None:
    """The lines that print each needed fact of the gold meeting on a line of its own, None when one is
    missing or shares its line with another."""
    m = gold.get("meeting") or {}
    lines = text.split("\n")
    at: dict[str, list[int]] = {}
    for fact in need:
        val = m.get(fact)
        if not val:
            return None
        if fact == "date":
            k = _find(lines, lambda v, val=val: _is_date_line(v, val))
        else:
            k = _find(lines, lambda v, val=val: v == _norm(val))
        if k is None:
            return None
        at[fact] = _with_label_above(lines, k)
    used = [k for ks in at.values() for k in ks]
    return at if len(used) == len(set(used)) else None


def _replace(text: str, drop: list[int], insert_at: int, new: list[str]) -> str:
    lines = text.split("\n")
    out = []
    for k, ln in enumerate(lines):
        if k == insert_at:
            out.extend(new)
        if k not in drop:
            out.append(ln)
    return "\n".join(out)


_KIND_LEAD = re.compile(r"^\s*(?P<kind>(?:Åbent\s+)?(?:Referat|Dagsorden))\b", re.IGNORECASE)


def _rewrite(text: str, gold: dict, drop: list[int], new: list[str], timed: bool = False, kind: bool = True) -> str:
    """The page with the lines `drop` replaced by `new` where the first of them stood; the kind of document a
    dropped line printed ('Referat: 21. maj 2019 kl. 16:00') kept on a line of its own before, and (`timed`)
    the meeting's time added to the new head's last line when no line left prints it."""
    lines = text.split("\n")
    kinds = [km.group("kind") for k in sorted(drop) if (km := _KIND_LEAD.match(lines[k]))]
    new = [*kinds[:1], *new] if kind else new
    start = (gold.get("meeting") or {}).get("start_time")
    if timed and start:
        if not _prints_time("\n".join(ln for k, ln in enumerate(lines) if k not in drop), start):
            new[-1] = f"{new[-1]} kl. {start}"
    return _replace(text, drop, min(drop), new)


def _prints_time(text: str, time: str) -> bool:
    """`time` ('08:00') printed in the page's head ('kl. 8.00', '08:00')."""
    head = "\n".join(ln for ln in text.split("\n")[:_HEAD] if len(ln.strip()) <= 60)  # a head's line, no sentence
    return any(f"{int(h):02d}:{mi}" == time for h, mi in re.findall(r"(\d{1,2})[.:](\d{2})", head))


def _gold_with(gold: dict, **meeting: object) -> dict:
    g = json.loads(json.dumps(gold))
    g["meeting"].update(meeting)
    return g


# ---------------------------------------------------------------------------------------------
# the place


def _place(shape: Callable[[str], list[str]]) -> Callable[[str, dict], Page | None]:
    def variant(text: str, gold: dict) -> Page | None:
        at = _facts_at(text, gold, ("location",))
        if not at:
            return None
        ks = at["location"]
        return _rewrite(text, gold, ks, shape(gold["meeting"]["location"])), gold
    return variant


def _place_in_head(head: Callable[[dict, str], str]) -> Callable[[str, dict], Page | None]:
    """Committee, date, time and place on one head line: the lines that printed them dropped."""
    def variant(text: str, gold: dict) -> Page | None:
        at = _facts_at(text, gold, ("committee", "date", "location"))
        if not at:
            return None
        m = gold["meeting"]
        time = m.get("start_time") or "16:00"
        drop = [k for ks in at.values() for k in ks]
        new = _rewrite(text, gold, drop, head(m, time).split("\n"))
        # the time as the new page prints it: in the head line, or still on a line of its own, or not at all
        printed = time in head(m, time) or m.get("start_time") and _prints_time(new, time)
        return new, _gold_with(gold, start_time=time if printed else None)
    return variant


# ---------------------------------------------------------------------------------------------
# the committee


def _committee_in_title(text: str, gold: dict) -> Page | None:
    """'Referat - Økonomiudvalget - 18. november 2019' as the page's title, the committee's and date's own
    lines dropped."""
    at = _facts_at(text, gold, ("committee", "date"))
    if not at:
        return None
    m = gold["meeting"]
    kind = "Dagsorden" if gold.get("document_type") == "dagsorden" else "Referat"
    drop = [k for ks in at.values() for k in ks]
    return _rewrite(text, gold, drop, [f"{kind} - {m['committee']} - {_long_date(m['date'])}"], timed=True,
                    kind=False), gold


def _committee_genitive_title(text: str, gold: dict) -> Page | None:
    """'Referat af mødet i Økonomiudvalget den 18. november 2019' as the page's title."""
    at = _facts_at(text, gold, ("committee", "date"))
    if not at:
        return None
    m = gold["meeting"]
    kind = "Dagsorden til" if gold.get("document_type") == "dagsorden" else "Referat af"
    drop = [k for ks in at.values() for k in ks]
    head = f"{kind} mødet i {m['committee']} den {_long_date(m['date'], weekday=True)}"
    return _rewrite(text, gold, drop, [head], timed=True, kind=False), gold


# a line that prints only the kind of document ('Referat', 'ÅBEN DAGSORDEN'): the title kind-after-body replaces
_KIND_ONLY = re.compile(r"(?i:(?:åben|åbent)\s+)?(?i:referat|dagsorden)\.?")


def _kind_after_body(text: str, gold: dict) -> Page | None:
    """'Økonomiudvalget Åben dagsorden', 'Byrådet Godkendt referat': the kind after the body, behind the
    adjective a title prints it with, as the page's title (the committee's line and any line of the kind alone
    dropped). A PDF transcript runs this onto its first page line with the municipality and the facts."""
    kind = gold.get("document_type")
    at = _facts_at(text, gold, ("committee",)) if kind in ("referat", "dagsorden") else None
    if not at:
        return None
    lines = text.split("\n")
    drop = at["committee"] + [k for k, ln in enumerate(lines[:_HEAD]) if _KIND_ONLY.fullmatch(ln.strip())]
    title = f"{gold['meeting']['committee']} " + ("Åben dagsorden" if kind == "dagsorden" else "Godkendt referat")
    return _rewrite(text, gold, sorted(set(drop)), [title], kind=False), gold


def _committee_page_head(text: str, gold: dict) -> Page | None:
    """The committee only in a running page head ('Økonomiudvalget 18.11.2019  Side 2'), every 25 lines;
    its own line dropped."""
    at = _facts_at(text, gold, ("committee",))
    if not at:
        return None
    m = gold["meeting"]
    lines = [ln for k, ln in enumerate(text.split("\n")) if k not in at["committee"]]
    date = _numeric_date(m["date"]) if m.get("date") else ""
    out = []
    for k, ln in enumerate(lines):
        if k % 25 == 0:
            out.extend([f"{m['committee']} {date}".strip() + f"    Side {k // 25 + 1}", ""])
        out.append(ln)
    return "\n".join(out), gold


def _committee_label(label: str) -> Callable[[str, dict], Page | None]:
    def variant(text: str, gold: dict) -> Page | None:
        at = _facts_at(text, gold, ("committee",))
        if not at:
            return None
        ks = at["committee"]
        return _rewrite(text, gold, ks, [f"{label}: {gold['meeting']['committee']}"]), gold
    return variant


# ---------------------------------------------------------------------------------------------
# the participants


def _names_of(line: str, want: set[str]) -> list[str] | None:
    """The participants a line prints (one, or a comma or 'og' list), None when it prints anything else."""
    parts = [p.strip() for p in re.split(r",\s*|\s+og\s+", _value(line)) if p.strip()]
    return parts if set(parts) <= want else None


def _participants_at(text: str, gold: dict) -> list[int] | None:
    """The lines of the head that print the participants' list (its label line, the names one a line or
    comma-separated), None when a line there prints anything else."""
    names = [_norm(n) for n in (gold.get("meeting") or {}).get("participants") or []]
    if len(names) < 2:
        return None
    lines = text.split("\n")
    want = set(names)
    k = next((k for k, ln in enumerate(lines[:_HEAD * 2]) if _value(ln) and _names_of(ln, want)), None)
    if k is None:
        return None
    got: list[str] = []
    ks = []
    j = k
    while j < len(lines) and len(got) < len(names):  # the block from there: names until the list is complete
        if _value(lines[j]):
            parts = _names_of(lines[j], want)
            if parts is None:
                return None
            got.extend(parts)
        ks.append(j)
        j += 1
    if sorted(got) != sorted(names):
        return None
    i = k - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    if i >= 0 and re.match(r"^\s*(?i:mødedeltagere|deltagere|medlemmer|til stede|tilstede)\s*:?\s*$", lines[i]):
        ks = list(range(i, k)) + ks
    return ks


_PARTIES = "A V C F O Ø B I".split()


def _participants(shape: Callable[[list[str]], list[str]], party: str = ""
                  ) -> Callable[[str, dict], Page | None]:
    """`shape`(names) for the head's list; `party` '(X)' or ', X': each name gets a party letter printed so."""
    def variant(text: str, gold: dict) -> Page | None:
        ks = _participants_at(text, gold)
        if not ks:
            return None
        names = list(gold["meeting"]["participants"])
        if party:
            if any("(" in n for n in names):
                return None
            names = [_with_party(party, k, n) for k, n in enumerate(names)]
        return _replace(text, ks, ks[0], shape(names)), _gold_with(gold, participants=names)
    return variant


# parties' names cut short as a narrow column prints them
_ABBREVIATED = "Soc. Kons. Rad. Soc.dem. Enh. Alt.".split()


def _with_party(party: str, k: int, name: str) -> str:
    """`name` with the k-th party printed as `party` says: ' (X)' or ', X' after it (X its letter), ' (P)' its
    name cut short after it, 'X: ' or 'X - ' its letter before it."""
    if "P" in party:
        return f"{name}{party.replace('P', _ABBREVIATED[k % len(_ABBREVIATED)])}"
    marked = party.replace("X", _PARTIES[k % len(_PARTIES)])
    return f"{marked}{name}" if party.startswith("X") else f"{name}{marked}"


def _and_list(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " og " + names[-1] if len(names) > 1 else names[0]


# ---------------------------------------------------------------------------------------------
# the municipality: pages whose text does not name it get it in one printed place; the gold gets it too


def _municipalities() -> dict[str, str]:
    out = {}
    for line in (CORPUS / "extra" / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, split, muni = line.split("\t")
        if split == "tune" and muni != "unknown":
            out[name] = muni
    return out


_MUNI_OF = _municipalities()
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def _domain(muni: str) -> str:
    return muni.lower().translate(_ASCII).replace(" ", "")


def _genitive(muni: str) -> str:
    return muni if muni.endswith("s") else muni + "s"


def _municipality(shape: Callable[[str, str], str]) -> Callable[[str, dict], Page | None]:
    """`shape`(text, municipality) on a page whose gold municipality is null (its text does not name it)."""
    def variant(text: str, gold: dict) -> Page | None:
        muni = _MUNI_OF.get(gold.get("source", ""))
        if gold.get("municipality") is not None or not muni or "-" in muni and False:
            return None
        g = json.loads(json.dumps(gold))
        g["municipality"] = muni
        return shape(text, muni), g
    return variant


def _first_line_after(text: str, add: str) -> str:
    lines = text.split("\n")
    return "\n".join([lines[0], add, *lines[1:]])


_ROW_LABEL = re.compile(r"^\s*(?P<label>Mødedato|Dato|Mødetidspunkt|Tidspunkt|Starttidspunkt|Tid|Mødested|Sted|Lokale|"
                        r"Mødelokale|Udvalg|Deltagere|Mødedeltagere|Medlemmer|Fraværende|Afbud)\s*:\s*(?P<value>\S.*)$")


def _label_column(values_first: bool) -> Callable[[str, dict], Page | None]:
    """The head's 'Label: value' lines as a two-column table prints them where each column is extracted whole:
    the labels, then the values (or the values, then the labels), each on a line of its own."""
    def variant(text: str, gold: dict) -> Page | None:
        lines = text.split("\n")
        run: list[int] = []
        for k, ln in enumerate(lines[:_HEAD]):
            if _ROW_LABEL.match(ln):
                run.append(k)
            elif ln.strip() and len(run) < 2:
                run = []
            elif ln.strip():
                break
        if len(run) < 2:
            return None
        rows = [_ROW_LABEL.match(lines[k]) for k in run]
        labels = [f"{r.group('label')}:" for r in rows if r]
        values = [r.group("value").strip() for r in rows if r]
        new = values + labels if values_first else labels + values
        return _replace(text, list(range(run[0], run[-1] + 1)), run[0], new), gold
    return variant


# the route: a page's lined route (its 'Sagsgang og sagstype' heading over a line of its bodies) under another
# label and in another shape a council prints it (annotation-rules.md: any labelled list of the bodies is a route,
# with meeting dates beside them too). The gold keeps the route; its section is the new label's, or none where
# the label and its bodies share a line.
_ROUTE_BLOCK = re.compile(r"(?m)^Sagsgang og sagstype[ \t]*\n(?:[ \t]*\n)*(?P<bodies>[^\n]*\S[^\n]*)$")
_ROUTE_DATES = ("05.03.2024", "12.03.2024", "26.03.2024", "09.04.2024")


def _route(label: str, shape: Callable[[list[str]], list[str]], inline: bool = False
           ) -> Callable[[str, dict], Page | None]:
    """`label` over the bodies as `shape` prints them (its lines), or `label: <shape's one line>` when `inline`."""
    def variant(text: str, gold: dict) -> Page | None:
        routes = [it["route"] for it in gold.get("items", []) if it.get("route")]

        def rewrite(m: re.Match[str]) -> str:
            printed = [b.strip() for b in re.split(r",\s*|\s+og\s+(?=[A-ZÆØÅ])", m.group("bodies").strip(" .")) if b]
            bodies = next((r for r in routes if r == printed), None)
            if bodies is None:
                raise LookupError(m.group(0))  # a route the gold reads otherwise: leave the page out
            lines = shape(bodies)
            return f"{label}: {lines[0]}" if inline else "\n".join([label, *lines])

        try:
            new = _ROUTE_BLOCK.sub(rewrite, text)
        except LookupError:
            return None
        g = json.loads(json.dumps(gold))
        for it in g.get("items", []):
            it["sections"] = [label if s == "Sagsgang og sagstype" else s for s in it.get("sections", [])
                              if not (inline and s == "Sagsgang og sagstype")]
        return new, g
    return variant


VARIANTS: dict[str, Callable[[str, dict], Page | None]] = {
    # the place under another label, on its line or on the line under it
    "place-placering": _place(lambda p: [f"Placering: {p}"]),
    "place-adresse": _place(lambda p: [f"Adresse: {p}"]),
    "place-lokale": _place(lambda p: [f"Lokale: {p}"]),
    "place-modelokale": _place(lambda p: [f"Mødelokale: {p}"]),
    "place-mødested-above": _place(lambda p: ["Mødested", p]),
    "place-sted-above": _place(lambda p: ["Sted:", p]),
    "place-placering-above": _place(lambda p: ["Placering", p]),
    # the place's label without its colon, in capitals or small letters
    "place-sted-nocolon": _place(lambda p: [f"Sted {p}"]),
    "place-mødested-nocolon": _place(lambda p: [f"Mødested {p}"]),
    "place-caps-label": _place(lambda p: [f"MØDESTED: {p}"]),
    "place-small-label": _place(lambda p: [f"mødested: {p}"]),
    # the place with another publisher's label after it on its line (a label the reader need not know)
    "place-then-other-label": _place(lambda p: [f"Mødested: {p} Mødeleder: Formanden"]),
    # the place in a sentence
    "place-held-in": _place(lambda p: [f"Mødet afholdes i {p}."]),
    "place-held-at": _place(lambda p: [f"Mødet holdes på {p}"]),
    # one head line for committee, date, time and place
    "head-dash": _place_in_head(lambda m, t: f"{m['committee']} - {_long_date(m['date'])} - {m['location']}"),
    "head-date-time-place": _place_in_head(lambda m, t: f"{m['committee']}\n{_numeric_date(m['date'])} kl. {t} "
                                                        f"{m['location']}"),
    "head-weekday-time-comma": _place_in_head(lambda m, t: f"{m['committee']}\n{_long_date(m['date'], True)}"
                                                           f" kl. {t}, {m['location']}"),
    # the head's label lines as a table's two columns, extracted one after the other
    "labels-then-values": _label_column(values_first=False),
    "values-then-labels": _label_column(values_first=True),
    # the kind of document after the body, as a title prints it ('Økonomiudvalget Åben dagsorden')
    "kind-after-body": _kind_after_body,
    # the committee only in the title, in a running page head, or under another label
    "committee-title": _committee_in_title,
    "committee-title-genitive": _committee_genitive_title,
    "committee-page-head": _committee_page_head,
    "committee-udvalg": _committee_label("Udvalg"),
    "committee-mødeforum": _committee_label("Mødeforum"),
    "committee-organ": _committee_label("Organ"),
    # the participants under other labels and in other list shapes
    "members-lines": _participants(lambda ns: ["Medlemmer", *ns]),
    "members-colon-lines": _participants(lambda ns: ["Medlemmer:", *ns]),
    "members-comma": _participants(lambda ns: [f"Medlemmer: {', '.join(ns)}"]),
    "present-and": _participants(lambda ns: [f"Til stede: {_and_list(ns)}"]),
    "present-bullets": _participants(lambda ns: ["Til stede:", *(f"• {n}" for n in ns)]),
    "deltagere-party-lines": _participants(lambda ns: ["Deltagere", *ns], party=" (X)"),
    "deltagere-party-comma": _participants(lambda ns: [f"Deltagere: {', '.join(ns)}"], party=" (X)"),
    "members-party-and": _participants(lambda ns: [f"Medlemmer: {_and_list(ns)}"], party=" (X)"),
    "members-comma-letter-lines": _participants(lambda ns: ["Medlemmer:", *ns], party=", X"),
    # the party by its name cut short in brackets, or its letter printed before the name
    "deltagere-party-abbrev-lines": _participants(lambda ns: ["Deltagere", *ns], party=" (P)"),
    "deltagere-party-first-lines": _participants(lambda ns: ["Deltagere", *ns], party="X: "),
    "deltagere-party-first-dash": _participants(lambda ns: ["Deltagere", *ns], party="X - "),
    # the municipality only in a site name, head, footer, address, e-mail or web address
    "muni-site-name": _municipality(lambda t, mu: f"{mu} Kommune\n\n{t}"),
    "muni-caps-head": _municipality(lambda t, mu: f"{mu.upper()} KOMMUNE\n{t}"),
    "muni-genitive-title": _municipality(lambda t, mu: _first_line_after(t, f"{_genitive(mu)} Kommunes "
                                                                         f"politiske udvalg")),
    "muni-footer": _municipality(lambda t, mu: f"{t}\n\n{mu} Kommune · Torvet 1 · 9999 {mu} · Tlf. 70 10 20 30\n"),
    "muni-email": _municipality(lambda t, mu: f"{t}\n\nKontakt: post@{_domain(mu)}.dk\n"),
    "muni-web": _municipality(lambda t, mu: f"{t}\n\nwww.{_domain(mu)}.dk\n"),
    "muni-kommune-domain": _municipality(lambda t, mu: f"{t}\n\nhttps://www.{_domain(mu)}kommune.dk/politik\n"),
    "muni-council-in": _municipality(lambda t, mu: _first_line_after(t, f"Kommunalbestyrelsen i {mu}")),
    "muni-caps-council-in": _municipality(lambda t, mu: f"KOMMUNALBESTYRELSEN I {mu.upper()}\n{t}"),
    # a footer typeset with the name broken by a hyphen at the line's end
    "muni-hyphenated-footer": _municipality(lambda t, mu: f"{t}\n\nUdgivet af {mu} Kom-\nmune, Rådhuset\n"),
    "muni-lowercase-council": _municipality(lambda t, mu: _first_line_after(t, f"Referat fra {mu} kommunalbestyrelse")),
    # the name run into the text around it by extraction, and å printed as aa
    "muni-run-in": _municipality(lambda t, mu: _first_line_after(t, f"Side 1{mu} KommuneDagsorden")),
    "muni-aa": _municipality(lambda t, mu: f"{t}\n\n{mu.replace('å', 'aa').replace('Å', 'Aa')} Kommune\n"),
    # the name only in a domain with the council's word joined by a hyphen, or as the genitive before the body
    "muni-hyphen-domain": _municipality(lambda t, mu: f"{t}\n\nwww.{_domain(mu)}-kommune.dk\n"),
    "muni-genitive-council": _municipality(lambda t, mu: f"{_genitive(mu)} Byråd\n{t}"),
    # the route under other labels, with its meetings' dates after or before the bodies, and other separators
    "route-tidsplan-dated": _route("Tidsplan for politisk behandling",
                                   lambda bs: [f"{b} {d}" for b, d in zip(bs, _ROUTE_DATES, strict=False)]),
    "route-forløb-arrows": _route("Politisk behandlingsforløb", lambda bs: [" → ".join(bs)]),
    "route-inline-forventet": _route("Forventet behandling", lambda bs: [", ".join(bs)], inline=True),
    "route-dates-first": _route("Forventet sagsgang",
                                lambda bs: [f"{d}: {b}" for b, d in zip(bs, _ROUTE_DATES, strict=False)]),
    "route-slashes": _route("Sagsgang", lambda bs: [" / ".join(bs)]),
    "route-bullets": _route("Beslutningsproces", lambda bs: [f"• {b}" for b in bs]),
    "route-roles": _route("Sagsgang", lambda bs: [*(f"{b} (indstilling)" for b in bs[:-1]), f"{bs[-1]} (beslutning)"]),
}


def _write(root: Path, name: str, text: str, gold: dict) -> None:
    """The page and its gold in root/docs, parsed beside the gold (real.parse_beside_gold's layout)."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    page = root / "docs" / name
    page.write_text(text, encoding="utf-8")
    page_gold = root / "docs" / f"{name}.json"
    page_gold.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    parse_beside_gold(page, page_gold, root, name)


def _scores(root: Path, fields: tuple[str, ...] = (*_FIELDS, "item.route")) -> dict[str, str]:
    """parse-F1 and each of `fields` ('F1 (ok/gold/pred)') as the scorer gives them for the pages under `root`."""
    res = subprocess.run(scorer(root), capture_output=True, text=True)
    out = {}
    for ln in res.stdout.splitlines():
        parts = ln.split()
        if parts and parts[0] in fields:
            out[parts[0]] = f"{parts[1]} ({parts[-1]})"
        if ln.startswith("parse-F1"):
            out["parse-F1"] = parts[1]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS, keeps="pages, gold and predictions")
    ap.add_argument("--fields", action="store_true", help="print every facts field, not only the changed one")
    ap.add_argument("--flat", action="store_true",
                    help="then flatten each page as a PDF transcript site prints it (flattened.py), base and variant")
    args = ap.parse_args(argv)
    kinds = args.only or list(VARIANTS)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-facts-"))
    pages = lined_tune_pages(CORPUS)
    print(f"{len(pages)} tune pages with their lines", flush=True)
    print(f"{'variant':28} {'pages':>5}  {'parse-F1 base/var':>17}  changed field: base -> variant (ok/gold/pred)")
    for kind in kinds:
        n = 0
        for gold_path, doc, text in pages:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            got = VARIANTS[kind](text, gold)
            if not got or got[0] == text:
                continue
            n += 1
            shown = (lambda t: flatten(t, 1200)) if args.flat else (lambda t: t)
            _write(root / kind / "base", doc.name, shown(text), json.loads(gold_path.read_text(encoding="utf-8")))
            _write(root / kind / "var", doc.name, shown(got[0]), got[1])
        if not n:
            print(f"{kind:28} {0:>5}  (applies to no page)")
            continue
        base, var = _scores(root / kind / "base"), _scores(root / kind / "var")
        field = {"place": "meeting.location", "head": "meeting.location", "committee": "meeting.committee",
                 "members": "meeting.participants", "kind": "document_type", "present": "meeting.participants",
                 "deltagere": "meeting.participants", "muni": "municipality", "labels": "meeting.location",
                 "values": "meeting.location", "route": "item.route"}[kind.split("-")[0]]
        shown = _FIELDS if args.fields else (field,)
        cells = "  ".join(f"{f.split('.')[-1]} {base.get(f, '-')} -> {var.get(f, '-')}" for f in shown)
        print(f"{kind:28} {n:>5}  {base.get('parse-F1', '-'):>8}/{var.get('parse-F1', '-'):<8}  {cells}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
