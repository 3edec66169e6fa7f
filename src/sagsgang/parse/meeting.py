"""The meeting header of agendas and minutes: body, date, time, place, who attended, who did not."""
from __future__ import annotations

import re

from ..model import Meeting
from .bodies import is_body_name
from .dates import DATE_ANY, parse_date, parse_time
from .headings import is_heading
from .lines import Line
from .people import split_names

# "REFERAT Direktionen d. 18-03-2024", "Dagsorden Aarhus Byråd den 8. oktober 2025", "Referat 1. oktober 2025"
TITLE_LINE = re.compile(
    r"^(?P<kind>Referat|Dagsorden|Beslutningsprotokol|Protokol|Tillægsdagsorden)\b\s*(?:for|fra|til)?\s*(?:mødet\s+i\s+)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?P<label>Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Starttidspunkt|Mødestart|Mødested|Sted|Mødelokale|"
    r"Lokale|Mødedeltagere|Deltagere|Medlemmer|Til stede|Tilstede|Fraværende|Afbud fra|Afbud|Udvalg|"
    r"Møde(?:forum)?)\b\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "Referat til mødet i Kommunalbestyrelsen", "Kommunalbestyrelsen - Referat"
_COMMITTEE_NOISE = re.compile(
    r"^(?:(?:Åbent?\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\b\.?\s*(?:til|fra|for)?\s*)?(?:(?:til\s+)?mødet\s+i\s+)?"
    r"|\s*[-–.]\s*(?:Åbent?\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\.?$",
    re.IGNORECASE,
)
_KINDS = {"referat": "referat", "dagsorden": "dagsorden", "tillægsdagsorden": "dagsorden",
          "beslutningsprotokol": "beslutningsprotokol", "protokol": "beslutningsprotokol"}


def document_kind(lines: list[Line]) -> str | None:
    """'referat' / 'dagsorden' / 'beslutningsprotokol' from the first lines, if printed."""
    for ln in lines[:12]:
        m = TITLE_LINE.match(ln.text)
        if m:
            return _KINDS[m.group("kind").lower()]
    return None


# Labels that FirstAgenda prints without a colon before their value ("Mødested Høng Skole").
_BARE_LABELS = {"mødedato", "mødested", "mødedeltagere", "mødetidspunkt", "fraværende", "afbud fra", "afbud"}
_LIST_LABELS = {"mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede", "fraværende", "afbud", "afbud fra"}


def _is_label_use(text: str, m: re.Match[str]) -> bool:
    """'Sted: X', 'STED' alone, 'Mødested X' are labels; 'Mødelokale C, Rådhuset' is a value."""
    after = text[m.end("label"):]
    return not m.group("value") or re.match(r"^[\w ]{0,20}:", after) is not None \
        or m.group("label").lower() in _BARE_LABELS  # also "Starttidspunkt for møde: …"


def _wrapped_list(lines: list[Line], i: int, first: str) -> str:
    """A name list printed after its label and wrapped onto following lines (PDF):
    'Mødedeltagere A (V), B (A),' / 'C (Ø), D (F)'. Continuation lines are name lists too."""
    value = first
    for ln in lines[i + 1: i + 12]:
        t = ln.text
        if not t or _LABEL.match(t) or TITLE_LINE.match(t) or is_heading(t):
            break
        if not (value.rstrip().endswith(",") or "," in t or _NAME_TAIL.fullmatch(t)):
            break
        value = f"{value} {t}"
    return value


# the last piece of a wrapped name list: "Holm Østergaard (V)" or just "(F)"
_NAME_TAIL = re.compile(r"(?:[A-ZÆØÅ][\w.'-]*\s+){0,4}\([A-ZÆØÅ]{1,3}\)\.?")


def _value_lines(lines: list[Line], i: int, inline: str) -> list[str]:
    """A label's value: inline text, else the following lines until a blank line or another label.
    Table pipes and rules of web pages flattened to text ('Dato: |', '---|---|') are not values."""
    inline = inline.strip(" |")
    if inline:
        return [inline]
    out: list[str] = []
    for ln in lines[i + 1:]:
        if not ln.text:
            if out:
                break
            continue
        if _LABEL.match(ln.text) and out:
            break
        if _LABEL.match(ln.text):
            break
        value = ln.text.strip(" |")
        if not value or set(value) <= set("-|: "):
            continue
        out.append(value)
        if len(out) > 40:
            break
    return out


def parse_meeting(lines: list[Line]) -> Meeting | None:
    """Read the header lines (before the first item); None when they do not describe a meeting."""
    m = Meeting()
    for ln in lines[:12]:
        tm = TITLE_LINE.match(ln.text)
        if tm:
            rest = tm.group("rest").strip(" -–:")
            d = DATE_ANY.search(rest)
            if d:
                m.date = m.date or parse_date(d.group(0))
                m.start_time = m.start_time or parse_time(rest[d.start():])
                body = re.sub(r"\s+(?:d\.|den)$", "", rest[: d.start()].strip(" ,-–")).strip()
                rest = body
            if rest and is_body_name(rest):
                m.committee = rest
            break
    for i, ln in enumerate(lines):
        lm = _LABEL.match(ln.text)
        if not lm or not _is_label_use(ln.text, lm):
            continue
        label = lm.group("label").lower()
        values = _value_lines(lines, i, lm.group("value").strip())
        if label in _LIST_LABELS and values and lm.group("value").strip(" |"):
            values = [_wrapped_list(lines, i, values[0])]
        value = " ".join(values)
        if label in ("mødedato", "dato", "mødetidspunkt", "tidspunkt"):
            m.date = m.date or parse_date(value)
            m.start_time = m.start_time or parse_time(value)
        elif label in ("tid", "starttidspunkt", "mødestart"):
            m.date = m.date or parse_date(value)  # "STARTTIDSPUNKT 14-08-2019 18:00:00"
            m.start_time = m.start_time or parse_time(value) or parse_time("kl. " + value)
        elif label in ("mødested", "sted", "mødelokale", "lokale") and not m.location and values:
            m.location = values[0].strip()
        elif label in ("mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede") and not m.participants:
            m.participants = [n for v in values for n in split_names(v)]
        elif label in ("fraværende", "afbud", "afbud fra") and not m.absent:
            m.absent = [n for v in values for n in split_names(v)]
        elif label == "udvalg" and not m.committee and values:
            m.committee = values[0]  # the label says it is the body, whatever its name looks like
        elif label in ("møde", "mødeforum") and not m.committee and values and is_body_name(values[0]):
            m.committee = values[0]
    if m.committee is None:
        for ln in lines[:10]:
            t = ln.text
            d = DATE_ANY.search(t)
            candidate = t[: d.start()].strip(" ,-–") if d else t
            candidate = re.sub(r"^(?:§\s*17,?\s*stk\.?\s*4,?\s*)", "", candidate).strip()
            candidate = _COMMITTEE_NOISE.sub("", candidate).strip(" ,-–.")
            if candidate and is_body_name(candidate) and not _LABEL.fullmatch(candidate):
                m.committee = candidate
                if d and not m.date:
                    m.date = parse_date(d.group(0))
                break
    if not m.date:
        for ln in lines[:10]:
            d = DATE_ANY.search(ln.text)
            if d and (DATE_ANY.fullmatch(ln.text.strip()) or re.search(r"(?:^|\s)(?:den|d\.)\s+\d", ln.text, re.I)
                      or TITLE_LINE.match(ln.text)):
                m.date = parse_date(ln.text)
                m.start_time = m.start_time or parse_time(ln.text[d.start():])
                break
    if not (m.date or m.committee):
        return None
    return m
