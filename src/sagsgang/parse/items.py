"""Agenda items from logical lines: where items start, and what each item's body holds.

Vendor-neutral: every layout hands its lines here. The cues are the ones Danish agendas print
("Punkt 4:", "Nr.148 -", "Pkt. 115", "64. Title", "Sag nr. 11"; section headings; "Beslutning i X
den D"; "Sagsforløb"; "Bilag"; "Fraværende:"), so a municipality we have never seen still parses
as long as it uses the common vocabulary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import AgendaItem, Attachment, Decision, Section
from .bodies import is_body_name, route_from_text, split_route
from .casenumbers import labelled_case_numbers, standalone_case_number
from .dates import DATE_ANY, parse_date
from .headings import (
    ATTACHMENT_HEADING,
    HEADING,
    HISTORY_HEADING,
    PLAIN_DECISION,
    ROUTE_HEADING,
    decision_body_date,
    heading_name,
    inline_route,
    is_heading,
)
from .lines import Line, norm_space
from .people import ABSENT_LABEL, NONE_WORDS, absent_in_sentences, split_names

_BULLET = r"(?:[•·▪●◦\-*]\s*)?"
# "Punkt 4: Title", "Nr.148 - Title", "Pkt. 115 Title", "Punkt 28. Title", "Dagsordenspunkt 3: Title"
LABELLED_START = re.compile(
    rf"^{_BULLET}(?:Punkt|Pkt\.?|Nr\.?|Dagsordens?punkt)\s*(?P<num>\d{{1,4}}(?:\.\d{{1,2}})?)\s*[:.\-–]?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# "Pkt. 115" alone, title on the next line
LABELLED_NUMBER_ONLY = re.compile(
    r"^(?:Punkt|Pkt\.?|Nr\.?|Dagsordens?punkt)\s*(?P<num>\d{1,4}(?:\.\d{1,2})?)\s*[:.]?$", re.IGNORECASE
)
# "• 1" alone (web lists), title on the next line, trusted only with a case number or cue after it
BARE_NUMBER = re.compile(r"^[•·▪●]\s*(?P<num>\d{1,4})\.?$")
# "64. Godkendelse af dagsorden" — only trusted with supporting cues (see _numbered_is_item)
NUMBERED_START = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,2})?)\.?\s+(?:[-–]\s+)?(?P<title>(?:[A-ZÆØÅ§\"“'(]|\d+\.\s+[a-zæøå]).{2,})$")
# "Sag nr. 11" with the title on the line before (Rudersdal style)
SAG_NR_START = re.compile(r"^Sag nr\.\s*(?P<num>\d{1,4})\b", re.IGNORECASE)

CLOSED_PREFIX = re.compile(
    r"^(?:\(?(?:Lukket(?:\s+(?:punkt|sag))?|Fortroligt|Fortrolig)\)?\s*[:\-–.]\s*)", re.IGNORECASE
)
CLOSED_SUFFIX = re.compile(r"\s*[-–(]\s*(?:Lukket(?:\s+(?:punkt|sag))?|Fortroligt)\)?\s*$", re.IGNORECASE)
CLOSED_MARKER = re.compile(
    r"^(?:Lukket|Lukket punkt|Lukket sag|Fortroligt|Fortrolig sag|Behandles for lukkede døre)\.?$", re.IGNORECASE
)
# "Beslutningssag: Godkendelse af dagsorden": the kind of case, printed before the title
CASE_TYPE_PREFIX = re.compile(r"^(?:Beslutningssag|Orienteringssag|Drøftelsessag|Temadrøftelse)\s*:\s*", re.IGNORECASE)
OPEN_CLOSED_TAG = re.compile(r"\b(Åben|Åbent|Lukket)\s+(?:sag|punkt)\b", re.IGNORECASE)
TOC_LEADER = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*\d*\s*$|\s+\.{2,}\s*\d+\s*$|\t\s*\d+\s*$")
# "Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115" / "Landdistriktsudvalget, 19.11.2018"
BODY_DATE_LINE = re.compile(r"^(?P<body>[^,]{3,90}?),\s*(?P<date>[^,]+?)(?:,\s*pkt\.?\s*\d+)?\.?$", re.IGNORECASE)
HISTORY_FIELD = re.compile(r"^(?P<key>Udvalg|Dato|Punktnummer|Punkt|Mødedato)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_NO_DECISION = {"", "-", "–", "ingen", "ingen beslutning", "."}
_ATTACH_NUMBERED = re.compile(r"^(?P<num>\d{1,3})\s*[-–.)]\s*(?P<rest>.*)$")
_ATTACH_DOC_REF = re.compile(r"\(\d+/\d+\)|\([A-ZÆØÅ]\)|^\d{5,}$")
_NOT_ATTACHMENT = re.compile(r"^(?:Ingen(?: bilag)?\.?|-|Bilag|Ingen bilag vedlagt\.?)$", re.IGNORECASE)
_METADATA_LINE = re.compile(
    r"^(?:Sagsnummer|Sagsnr|Dokumentnummer|Dok\.?\s?nr|Sagsbehandler|Sagsansvarlig|Journalnr|Dato\s*:)",
    re.IGNORECASE,
)


@dataclass
class ItemStart:
    index: int
    number: str | None
    title: str
    consumed: int = 1  # lines taken by the header (number-only header + title line = 2)
    kind: str = "labelled"
    title_before: bool = False  # title is the line before `index` (Sag nr. style)
    skip: set[int] = field(default_factory=set)  # lines inside this item that are dropped duplicate headers


def clean_title(title: str) -> tuple[str, bool]:
    """Strip 'Lukket:' markers and TOC leaders; return (title, is_closed)."""
    t = norm_space(title)
    t = TOC_LEADER.sub("", t).strip()
    closed = False
    m = CLOSED_PREFIX.match(t)
    if m:
        closed, t = True, t[m.end():]
    m = CLOSED_SUFFIX.search(t)
    if m:
        closed, t = True, t[: m.start()]
    t = CASE_TYPE_PREFIX.sub("", t)
    return t.strip(" -–:"), closed


def _cue(text: str) -> bool:
    return bool(is_heading(text) or labelled_case_numbers(text) or standalone_case_number(text)
                or text.lower().startswith(("sagsbehandler", "sagsnr", "sagsid", "journalnr"))
                or CLOSED_MARKER.match(text) or OPEN_CLOSED_TAG.search(text))


def _ends_decision(t: str) -> bool:
    """'BESLUTNINGSFORSLAG FRA DD', 'INDSTILLING FRA MAGISTRATSAFDELINGEN …' or a lone '.': the
    unheaded case text after a decision, never part of it."""
    if t.strip() in (".", "·"):
        return True
    if ABSENT_LABEL.match(t):
        return False
    letters = [c for c in t if c.isalpha()]
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    return len(letters) >= 10 and len(words) >= 2 and all(c.isupper() for c in letters)


def _listed(t: str) -> bool:
    """A short line without a full stop, like the entries of a bilag list."""
    return len(t) < 100 and not t.rstrip().endswith(".") and not is_heading(t)


def _cue_not_heading(t: str) -> bool:
    """Marked-up lines that are metadata, not sections: case numbers, dates, closed markers."""
    return bool(standalone_case_number(t) or labelled_case_numbers(t) is not None or CLOSED_MARKER.match(t)
                or DATE_ANY.search(t) or LABELLED_START.match(t) or NUMBERED_START.match(t))


def _numbered_is_item(lines: list[Line], i: int, title: str) -> bool:
    """A '64. Title' line is an item when item-like cues follow before the next such line."""
    if title.lower().startswith(("at ", "det ", "der ")) or len(title) > 200:
        return False
    if title.endswith((",", ";")):
        return False
    for ln in lines[i + 1: i + 9]:
        if not ln.text:
            continue
        if NUMBERED_START.match(ln.text):
            return False
        if _cue(ln.text):
            return True
    return False


def _toc_run(lines: list[Line], i: int) -> bool:
    """Line i is in a run of >= 3 consecutive numbered titles with consecutive numbers (a list of items)."""
    def num(k: int) -> int | None:
        if k < 0 or k >= len(lines):
            return None
        m = NUMBERED_START.match(lines[k].text)
        return int(float(m.group("num"))) if m else None

    n = num(i)
    if n is None:
        return False
    run = 1
    k = i - 1
    while num(k) is not None and num(k) == n - (i - k):
        run, k = run + 1, k - 1
    k = i + 1
    while num(k) is not None and num(k) == n + (k - i):
        run, k = run + 1, k + 1
    return run >= 3


def find_item_starts(lines: list[Line], meeting_context: bool = False) -> list[ItemStart]:
    """Item header lines in document order, with table-of-contents duplicates removed.

    With `meeting_context` (the header says Referat/Dagsorden), a run of numbered titles counts as
    the list of items even where the bodies are missing."""
    starts: list[ItemStart] = []
    toc = {(m.group("num"), m.group("title").casefold()) for i, ln in enumerate(lines)
           if meeting_context and (m := NUMBERED_START.match(ln.text)) and _toc_run(lines, i)}
    labelled_seen = any(LABELLED_START.match(ln.text) or LABELLED_NUMBER_ONLY.match(ln.text)
                        or BARE_NUMBER.match(ln.text) for ln in lines)
    for i, ln in enumerate(lines):
        t = ln.text
        if not t:
            continue
        m = LABELLED_START.match(t)
        if m and not is_heading(m.group("title")):
            starts.append(ItemStart(i, m.group("num"), m.group("title")))
            continue
        m = LABELLED_NUMBER_ONLY.match(t)
        if m:
            j = i + 1
            while j < len(lines) and not lines[j].text:
                j += 1
            if j < len(lines) and not is_heading(lines[j].text) and not _cue(lines[j].text):
                starts.append(ItemStart(i, m.group("num"), lines[j].text, consumed=j - i + 1))
            continue
        m = BARE_NUMBER.match(t)
        if m:
            j = i + 1
            while j < len(lines) and not lines[j].text:
                j += 1
            after = [x.text for x in lines[j + 1: j + 5] if x.text and x.text != lines[j].text]
            if j < len(lines) and not _cue(lines[j].text) and any(_cue(x) for x in after[:3]):
                starts.append(ItemStart(i, m.group("num"), lines[j].text, consumed=j - i + 1))
            continue
        m = SAG_NR_START.match(t)
        if m:
            j = i - 1
            while j >= 0 and not lines[j].text:
                j -= 1
            title = lines[j].text if j >= 0 else ""
            if title and not is_heading(title) and not (starts and starts[-1].index >= j):
                starts.append(ItemStart(j, m.group("num"), title, consumed=i - j + 1, kind="sagnr",
                                        title_before=True))
            continue
        if not labelled_seen:
            m = NUMBERED_START.match(t)
            if m and _numbered_is_item(lines, i, m.group("title")):
                starts.append(ItemStart(i, m.group("num"), m.group("title"), kind="numbered"))
            elif m and meeting_context and (_toc_run(lines, i)
                                            or (m.group("num"), m.group("title").casefold()) in toc):
                starts.append(ItemStart(i, m.group("num"), m.group("title"), kind="numbered"))
    for s in starts:
        _extend_wrapped_title(s, lines)
    return _drop_toc_entries(starts, lines)


def _extend_wrapped_title(start: ItemStart, lines: list[Line]) -> None:
    """PDF titles wrap: 'Punkt 2: … sikre Havnens' / 'Perles fremtid på Aarhus Ø' / 'EMN-2025-003383'.

    A line between the header and a case-number line that is no cue itself continues the title."""
    if start.title_before:
        return
    i = start.index + start.consumed
    while i < len(lines) and not lines[i].text:  # a title set in a larger font ends in a block break
        i += 1
    j = i + 1
    while j < len(lines) and not lines[j].text:
        j += 1
    if j >= len(lines):
        return
    cont, nxt = lines[i].text, lines[j].text
    if cont and nxt and len(cont) < 120 and not _cue(cont) and not LABELLED_START.match(cont) \
            and (standalone_case_number(nxt) or labelled_case_numbers(nxt)):
        start.title = start.title + " " + cont
        start.consumed = i + 1 - start.index


def _body_size(starts: list[ItemStart], k: int, lines: list[Line]) -> int:
    end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
    return sum(1 for ln in lines[starts[k].index + starts[k].consumed: end] if ln.text)


def _drop_toc_entries(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """Resolve numbers listed more than once (tables of contents, fold-out headers).

    An item is known by its number: a bodiless listing (table of contents) is replaced by the
    later listing that has a body; a bodiless repeat right before its body (fold-out header) is
    dropped. Numbered items must rise, but only items with a body count for that, so a table of
    contents does not block the items it lists."""
    sizes = [_body_size(starts, k, lines) for k in range(len(starts))]
    kept: dict[str | None, tuple[ItemStart, int]] = {}
    order: list[ItemStart] = []
    last_real: float | None = None
    for k, s in enumerate(starts):
        size = sizes[k]
        if size <= 2 and any(o.number == s.number for o in starts[k + 1:]):
            if order:  # a fold-out header inside the previous item's span is no part of its text
                max(order, key=lambda o: o.index).skip.update(range(s.index, s.index + s.consumed))
            continue
        if s.number in kept:
            prev, prev_size = kept[s.number]
            if prev_size <= 2 < size:
                order[order.index(prev)] = s
                kept[s.number] = (s, size)
                last_real = _num(s.number) if _num(s.number) is not None else last_real
            continue
        n = _num(s.number)
        if s.kind == "numbered" and size > 2 and n is not None and last_real is not None and n <= last_real:
            continue
        order.append(s)
        kept[s.number] = (s, size)
        if size > 2 and n is not None:
            last_real = n
    return sorted(order, key=lambda o: o.index)


def _num(number: str | None) -> float | None:
    try:
        return float(number) if number else None
    except ValueError:
        return None


@dataclass
class _Block:
    """A decision being collected."""

    committee: str | None
    date: str | None
    lines: list[str] = field(default_factory=list)
    history: bool = False


def parse_item(lines: list[Line], number: str | None, title: str, closed: bool = False,
               structural_headings: frozenset[str] | None = None,
               marked_headings: frozenset[str] = frozenset(), decision_ends_at_break: bool = False) -> AgendaItem:
    """Build one AgendaItem from the lines after its header.

    `structural_headings`, when given, are the lines the markup marks as headings (HTML h3); they
    are then the only headings, so a 'Beslutning:' inside a body paragraph opens nothing.
    `marked_headings` (h1-h6 texts of a generic HTML page) count in addition to the lexicon.
    `decision_ends_at_break`: a blank line after decision text ends it (FirstAgenda PDFs, where the
    reader marks block breaks and the unheaded case text follows the decision)."""

    def heading(t: str) -> bool:
        if structural_headings is not None:
            return t in structural_headings
        return is_heading(t) or (t in marked_headings and not _cue_not_heading(t))

    title, closed_by_title = clean_title(title)
    item = AgendaItem(title=title, number=number, public=not (closed or closed_by_title))
    sections: list[Section] = []
    blocks: list[_Block] = []
    attach_lines: list[Line] = []
    route_text: str | None = None
    mode = "head"  # head | text | decision | history | attachments | trailer
    current: Section | None = None
    current_block: _Block | None = None
    intro: list[str] = []

    for idx, ln in enumerate(lines):
        t = ln.text
        if not t:
            if mode == "attachments" and attach_lines and attach_lines[-1].text:
                attach_lines.append(ln)
            if mode == "decision" and decision_ends_at_break and current_block and current_block.lines:
                mode = "after_decision"
            continue
        if mode in ("decision", "after_decision") and current_block is not None and _ends_decision(t):
            mode = "after_decision"
        nxt = next((x.text for x in lines[idx + 1: idx + 3] if x.text), None)
        found = labelled_case_numbers(t, nxt)
        if found is not None and mode in ("head", "text", "attachments", "trailer"):
            for c in found:
                if c not in item.case_numbers:
                    item.case_numbers.append(c)
            if OPEN_CLOSED_TAG.search(t) and OPEN_CLOSED_TAG.search(t).group(1).lower() == "lukket":
                item.public = False
            if mode == "attachments":
                mode = "trailer"
            continue
        if mode == "head":
            cn = standalone_case_number(t)
            if cn:
                if cn not in item.case_numbers:
                    item.case_numbers.append(cn)
                tag = OPEN_CLOSED_TAG.search(t)
                if tag and tag.group(1).lower() == "lukket":
                    item.public = False
                continue
            if CLOSED_MARKER.match(t):
                item.public = False
                continue
            tag = OPEN_CLOSED_TAG.search(t)
            if tag and len(t) < 140:
                if tag.group(1).lower() == "lukket":
                    item.public = False
                continue
        if mode in ("attachments", "trailer") and nxt is not None and _METADATA_LINE.match(t):
            mode = "trailer"
            continue
        r = inline_route(t)
        if r:
            route_text = r
            continue
        if mode == "attachments" and heading(t) and not PLAIN_DECISION.match(t) and not HISTORY_HEADING.match(t) \
                and decision_body_date(t) is None and nxt is not None and _listed(nxt):
            # "Bilag / Indstilling / Bilag 1: …": an attachment named like a heading, not a new section
            attach_lines.append(ln)
            if current is not None:
                current.text = (current.text + "\n" + t).strip()
            continue
        # Headings open sections (and decisions).
        dm = decision_body_date(t) if heading(t) else None
        if dm and not HEADING.match(t):
            body, date = dm[0], parse_date(dm[1])
            if date is None:
                # "Beslutning i Byrådet 25-06-2019" has no 'den'
                dd = DATE_ANY.search(body)
                if dd:
                    date = parse_date(dd.group(0))
                    body = body[: dd.start()].strip(" ,")
            current = Section(heading_name(t))
            sections.append(current)
            current_block = _Block(body.strip(), date)
            blocks.append(current_block)
            mode = "decision"
            continue
        if heading(t) and mode != "trailer":
            name = heading_name(t)
            current = Section(name)
            sections.append(current)
            if PLAIN_DECISION.match(t):
                current_block = _Block(None, None)
                blocks.append(current_block)
                mode = "decision"
            elif HISTORY_HEADING.match(t):
                mode = "history"
                current_block = None
            elif ATTACHMENT_HEADING.match(t):
                mode = "attachments"
            else:
                mode = "text"
            continue
        # "Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115": who decided, when.
        bd = BODY_DATE_LINE.match(t)
        if bd and is_body_name(bd.group("body")) and DATE_ANY.fullmatch(bd.group("date").strip()):
            if mode == "decision" and current_block and not current_block.lines and current_block.committee is None:
                current_block.committee = bd.group("body").strip()
                current_block.date = parse_date(bd.group("date"))
                continue
            if mode in ("head", "text", "decision"):
                current_block = _Block(bd.group("body").strip(), parse_date(bd.group("date")))
                blocks.append(current_block)
                mode = "decision"
                continue
        if mode == "history":
            hf = HISTORY_FIELD.match(t)
            if hf:
                key = hf.group("key").lower()
                if key == "udvalg":
                    current_block = _Block(hf.group("value").strip() or None, None, history=True)
                    blocks.append(current_block)
                elif key in ("dato", "mødedato") and current_block is not None:
                    current_block.date = parse_date(hf.group("value"))
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                continue
            if current_block is not None:
                current_block.lines.append(t)
        elif mode == "decision" and current_block is not None:
            current_block.lines.append(t)
        elif mode == "after_decision":
            if ABSENT_LABEL.match(t) and current_block is not None:
                current_block.lines.append(t)
            else:
                intro.append(t)
            continue
        elif mode == "attachments":
            if parse_date(t) and DATE_ANY.fullmatch(t.strip()):
                mode = "trailer"
                continue
            attach_lines.append(ln)
            if current is not None:
                current.text = (current.text + "\n" + t).strip()
            continue
        if current is not None and mode != "trailer":
            current.text = (current.text + "\n" + t).strip()
        elif mode == "head" and not sections:
            intro.append(t)  # text before any heading: an unheaded introduction

    if not item.public:
        # A closed item keeps number, title and case numbers; nothing else is published.
        return item
    item.sections = sections
    item.decisions = _decisions(blocks)
    item.attachments = parse_attachments(attach_lines)
    item.route = _route(route_text, sections)
    item.intro = "\n".join(intro)
    return item


def _decisions(blocks: list[_Block]) -> list[Decision]:
    out: list[Decision] = []
    for b in blocks:
        text_lines: list[str] = []
        absent: list[str] = []
        collecting_absent = False
        for t in b.lines:
            m = ABSENT_LABEL.match(t)
            if m:
                rest = re.split(r"(?<=[a-zæøå)])\.\s+", m.group("rest").strip())[0]  # "X. Istedet mødte Y."
                names = split_names(rest) if rest else []
                absent.extend(n for n in names if n not in absent)
                collecting_absent = not rest
                if rest and not names and rest.casefold().rstrip(".") not in ("ingen", "-"):
                    # "Fraværende: Lars Folmann (O) deltog ikke i mødet" — names inside a sentence
                    absent.extend(n for n in absent_in_sentences(rest) if n not in absent)
                continue
            if collecting_absent:
                if t.casefold().rstrip(".") in NONE_WORDS:
                    collecting_absent = False
                    continue
                names = split_names(t)
                if names:
                    absent.extend(n for n in names if n not in absent)
                    continue
                collecting_absent = False
            text_lines.append(t)
        text = norm_space(" ".join(text_lines))
        if text.casefold() in _NO_DECISION and not absent:
            continue
        for n in absent_in_sentences(text):
            if n not in absent:
                absent.append(n)
        out.append(Decision(committee=b.committee, date=b.date, text=text, absent=absent))
    return out


def _route(route_text: str | None, sections: list[Section]) -> list[str]:
    if route_text:
        return split_route(route_text)
    for s in sections:
        if ROUTE_HEADING.match(s.heading) and s.text:
            first = s.text.split("\n")[0]
            return split_route(first)
    for s in sections:
        if s.heading.lower().rstrip(":") in ("behandling", "indstillinger", "indstilling", "beslutningskompetence",
                                            "politisk behandling"):
            r = route_from_text(s.text)
            if r:
                return r
    return []


def parse_attachments(lines: list[Line]) -> list[Attachment]:
    """Bilag lists: '1 - Åben Title (108896/22) (H)' tables, '- Title' bullets, one title per line."""
    lines = [ln for ln in lines if ln.text]
    if not lines:
        return []
    if any(_ATTACH_NUMBERED.match(ln.text) and re.match(r"^\d{1,3}\s*[-–]\s*", ln.text) for ln in lines) and \
            any(re.search(r"\b(?:Åben|Lukket)\b", ln.raw or ln.text) for ln in lines):
        return _attachment_table(lines)
    out: list[Attachment] = []
    for ln in lines:
        t = ln.text.strip()
        t = re.sub(r"^[•·▪●◦\-*]\s*", "", t).strip()
        if not t or _NOT_ATTACHMENT.match(t):
            continue
        public = True
        m = re.match(r"^(Åben|Lukket)\s+", t)
        if m:
            public = m.group(1) == "Åben"
            t = t[m.end():]
        number = None
        m = re.match(r"^(\d{1,3})\s*[.)]\s+(?=\D)", t)
        if m:
            number, t = m.group(1), t[m.end():]
        t = _ATTACH_DOC_REF.sub("", t).strip()
        if t:
            out.append(Attachment(title=norm_space(t), number=number, public=public))
    return out


def _attachment_table(lines: list[Line]) -> list[Attachment]:
    """The Acadre/eDoc bilag table: number, Åben/Lukket, title in cells broken over lines."""
    cells: list[str] = []
    for ln in lines:
        for cell in re.split(r"\t|\n", ln.raw or ln.text):
            c = cell.strip()
            if c:
                cells.append(c)
    out: list[Attachment] = []
    cur: Attachment | None = None
    parts: list[str] = []

    def flush() -> None:
        if cur is not None:
            cur.title = norm_space(" ".join(parts))
            if cur.title:
                out.append(cur)

    for c in cells:
        m = re.match(r"^(\d{1,3})\s*[-–]\s*(.*)$", c)
        if m and not re.match(r"^\d{5,}", c):
            flush()
            cur, parts = Attachment(title="", number=m.group(1)), []
            c = m.group(2).strip()
            if not c:
                continue
        if cur is None:
            continue
        c = _ATTACH_DOC_REF.sub("", c).strip()
        c = re.sub(r"\(\d+/\d+\)|\([A-ZÆØÅ]\)", "", c).strip()
        m = re.match(r"^(Åben|Lukket)\b\s*", c)
        if m:
            cur.public = m.group(1) == "Åben"
            c = c[m.end():]
        if c and not re.fullmatch(r"\d{5,}", c):
            parts.append(c)
    flush()
    return out
