"""A council's digest of one meeting's decisions ('Byrådet har besluttet'), as news pages print it.

Each decision is a headline, its text in a paragraph or two, and then a line back to the meeting with
the item's number: 'Byrådsmødet, tirsdag 28. maj, punkt 3' / 'Byrådsmødet mandag 26. september sag 7'.
That back reference, printed after the item and repeated with rising numbers, is the evidence: the
page has no header, no list and no section headings, so the meeting layouts find one item or none.
Items are read back from each back reference: the headline is the last short line before the text,
the text is the decision of the body the reference names ('Byrådsmødet' -> 'Byrådet'), dated when
the reference or the page prints the meeting's year. What follows the last reference (the page cut
off) is an item without a number; a text cut off before its first sentence ends is no decision.
"""
from __future__ import annotations

import re

from ...model import AgendaItem, Decision, Document
from ...read import ReadResult
from ..assemble import finish
from ..bodies import is_body_name
from ..dashes import SPACED_DASH
from ..dates import DATE_ANY, WEEKDAY, parse_date
from ..flat_blocks import FLAT_LINE
from ..lines import Line

# 'Byrådsmødet, tirsdag 28. maj, punkt 1', 'Udvalgsmødet den 3. maj 2023 - pkt. 12'
# 'Teknik- og Miljøudvalgets møde 3. maj, punkt 4': a name of several words in the genitive
BACK_REFERENCE = re.compile(
    rf"^(?:(?P<body>[A-ZÆØÅ][\w-]{{2,60}}?)s?mødet|(?P<genitive>[A-ZÆØÅ][\w ,-]{{2,80}}?)s\s+møde),?\s+"
    rf"(?:{WEEKDAY.pattern},?\s+)?(?:den\s+)?"
    rf"(?P<date>\d{{1,2}}\.\s*[a-zæøå]+(?:\s+\d{{4}})?),?\s+(?:[{SPACED_DASH}]\s+)?(?:punkt|sag|pkt\.?)\s*(?P<num>\d{{1,3}})\.?$",
    re.IGNORECASE)
# the start of a back reference where the page was cut off ('Byrådsmødet', 'Byrådsmødet, tirsdag 2')
_CUT_REFERENCE = re.compile(rf"^(?:[A-ZÆØÅ][\w-]{{2,60}}mødet|[A-ZÆØÅ][\w ,-]{{2,80}}s møde)"
                            rf"(?:[,\s]+(?:{WEEKDAY.pattern}|den|\d).{{0,40}})?$", re.IGNORECASE)
_HEADLINE_MAX = 120


def references(lines: list[Line]) -> list[int]:
    """Indexes of the lines that refer back to the meeting with an item number."""
    return [k for k, ln in enumerate(lines) if ln.text and BACK_REFERENCE.match(ln.text.strip())]


# a back reference run into a transcript's page line ('… kroner. Byrådsmødet, tirsdag 28. maj, punkt 4 54,6 mio. …')
_RUN_IN_REFERENCE = re.compile(
    rf"(?<!\S)(?-i:[A-ZÆØÅ])[\w-]{{2,60}}?mødet,?\s+(?:{WEEKDAY.pattern},?\s+)?(?:den\s+)?\d{{1,2}}\.\s*[a-zæøå]+"
    rf"(?:\s+\d{{4}})?,?\s+(?:[{SPACED_DASH}]\s+)?(?:punkt|sag|pkt\.?)\s*\d{{1,3}}\.?(?=\s|$)", re.IGNORECASE)
# the place a news item's text opens with, after its headline ('… Dagsorden godkendt Silkeborg Kommune: Byrådet
# har godkendt …', '… i Gjern By Gjern: Byrådet …'): a capitalised word, maybe 'Kommune' after it, and a colon
_DATELINE = re.compile(r"(?<=\s)[A-ZÆØÅ][\w-]+(?:\s+Kommune)?:\s")
_PAGE_NUMBER = re.compile(r"^\d{1,4}\s+")


def unflattened(lines: list[Line]) -> list[Line]:
    """A transcript's page lines (one long line a page) cut as the page printed them: each back reference on a
    line of its own, and in the text before it the headline apart from its text (before the dateline, after
    the last sentence before it). `lines` when no page line runs two references into its text."""
    if sum(len(_RUN_IN_REFERENCE.findall(ln.text)) for ln in lines if len(ln.text) > FLAT_LINE) < 2:
        return lines
    out: list[Line] = []
    for ln in lines:
        text = _PAGE_NUMBER.sub("", ln.text) if len(ln.text) > FLAT_LINE or _RUN_IN_REFERENCE.search(ln.text) \
            else None
        if text is None:
            out.append(ln)
            continue
        at = 0
        for m in [*_RUN_IN_REFERENCE.finditer(text), None]:
            piece = text[at: m.start() if m else len(text)]
            out += [Line(t, ln.offset) for t in _headline_apart(piece)]
            if m:
                out.append(Line(m.group(0), ln.offset))
                at = m.end()
    return out


def _headline_apart(piece: str) -> list[str]:
    """The text before a back reference: its headline on a line of its own, where a dateline shows it."""
    m = _DATELINE.search(piece)
    if m is None:
        return [piece.strip()] if piece.strip() else []
    before = piece[: m.start()]
    stops = [x.end() for x in re.finditer(r"[.!?]\s+(?=[A-ZÆØÅ0-9])", before)]  # ('54,6 mio. kroner …': none)
    cut = max(stops, default=0)
    return [t.strip() for t in (before[:cut], before[cut:], piece[m.start():]) if t.strip()]


def matches(lines: list[Line]) -> bool:
    """Two or more back references with rising item numbers: a digest of decisions."""
    lines = unflattened(lines)
    found = references(lines)
    numbers = [int(BACK_REFERENCE.match(lines[k].text.strip()).group("num")) for k in found]
    return len(found) >= 2 and all(b > a for a, b in zip(numbers, numbers[1:], strict=False))


def _body(reference: re.Match[str]) -> str | None:
    """'Byråds' -> 'Byrådet', 'Økonomiudvalgs' -> 'Økonomiudvalget': the body whose meeting it was."""
    if reference.group("genitive"):
        name = reference.group("genitive").strip()
        return name if is_body_name(name) else None
    stem = reference.group("body")
    stem = stem[:-1] if stem.endswith("s") and not stem.endswith("ss") else stem
    name = stem[:-1] + "en" if stem.endswith("e") else stem + "et"
    return name if is_body_name(name) else None


def _year_of(text: str, day_month: str) -> str | None:
    """The meeting's date with its year, where the page prints it ('… på mødet 28. maj 2024')."""
    want = " ".join(day_month.lower().split())
    for m in DATE_ANY.finditer(text[:3000]):
        printed = " ".join(m.group(0).lower().split())
        if printed.startswith(want) and parse_date(printed):
            return parse_date(printed)
    return None


def _is_text(line: str) -> bool:
    """Sentences, not a headline: long, ending like a sentence, or holding a sentence's end ('Godkendt. For
    stemte: C, I (4)')."""
    return len(line) > _HEADLINE_MAX or line.endswith((".", ",", "!", "?")) \
        or re.search(r"[.!?]\s+[A-ZÆØÅ][a-zæøå]", line) is not None


def _item(block: list[str], number: str | None, body: str | None, date: str | None,
          cut: bool = False) -> AgendaItem | None:
    """The text is the run of sentences right before the back reference, the headline the short line
    above it (what comes earlier is the page's introduction or a group heading). `cut`: the block ends
    the page, whose last line is text however short (the page was cut inside it)."""
    block = [t for t in block if not _CUT_REFERENCE.match(t)]
    k = len(block)
    if cut and k >= 2:
        k -= 1
    while k > 0 and _is_text(block[k - 1]):
        k -= 1
    if k == 0:
        return None
    title, text = block[k - 1], " ".join(block[k:]).strip()
    item = AgendaItem(title=title, number=number)
    if text and (re.search(r"[.!?,]$", text) or len(text) >= 40):
        item.decisions.append(Decision(committee=body, date=date, text=text))
    return item


def parse(result: ReadResult, lines: list[Line]) -> Document:
    doc = Document(source=result.source, layout="decision_digest")
    block: list[str] = []
    body: str | None = None
    date: str | None = None
    for ln in unflattened(lines):
        t = ln.text.strip()
        ref = BACK_REFERENCE.match(t) if t else None
        if ref is None:
            if t:
                block.append(t)
            continue
        body = _body(ref) or body
        printed = ref.group("date")
        date = parse_date(printed) if re.search(r"\d{4}$", printed) else _year_of(result.text, printed)
        item = _item(block, ref.group("num"), body, date)
        if item is not None:
            doc.items.append(item)
        block = []
    if block:
        item = _item(block, None, body, date, cut=True)
        if item is not None:
            doc.items.append(item)
    doc.document_type = "andet"  # a page about a meeting, not its agenda or minutes
    return finish(doc, None, result)
