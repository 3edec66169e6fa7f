"""Bilag lists: '1 - Åben Title (108896/22) (H)' tables, '- Title' bullets, one title per line."""
from __future__ import annotations

import re

from ..model import Attachment
from .dashes import SPACED_DASH
from .lines import Line, norm_space

# a bilag table's row: its number, a spaced dash, then the rest ('1 - Åben Title', '1 – Title', '1<TAB>-<TAB>Åben'):
# the one pattern for the shape, wherever it is read
_DASHED_NUMBER = re.compile(rf"^(?P<num>\d{{1,3}})\s*(?P<dash>[{SPACED_DASH}])\s*")
_ATTACH_DOC_REF = re.compile(r"\(\d+/\d+\)|\([A-ZÆØÅ]\)|^\d{5,}$")
_NUMBER_STATUS = re.compile(r"^(\d{1,3})\s+(?=(?:Åben|Lukket)\s)")
_TRAILING_DOC_NUMBER = re.compile(r"\s+\d{4,}/\d{2}$")  # the document's number in the ESDH system
# the words a template prints for an empty list, in whatever marks it sets them ('Ingen', 'Intet', 'Nej', '0', 'Ikke
# relevant', '(ingen)', '-ingen-', 'Ingen bilag vedlagt.'), or the label alone
_NOT_ATTACHMENT = re.compile(rf"^[\s(\[{SPACED_DASH}]*(?:(?:Ingen|Intet|Nej|0|Ikke relevant)(?: bilag)?(?: vedlagt)?"
                             rf"|Bilag)?[\s)\].{SPACED_DASH}]*$", re.IGNORECASE)
# a sentence about the bilag, not one of them: that there are none, that they come later or elsewhere ('Der er ingen
# bilag til sagen.', 'Bilagene er udsendt separat.', 'Bilag eftersendes', 'Bilag fremlægges på mødet', 'Se dagsordenens
# bilag'): 'Bilag' then a verb, a passive's '-es' whatever the verb, or one of the small finite verbs; a bilag's title
# goes on with a preposition or a noun ('Bilag til lokalplan 12', 'Bilag om økonomi')
_ABOUT_BILAG = re.compile(r"^(?:Der\s+er\s+(?:ingen|ikke)\b|Se\s|Bilag(?:ene|et)?\s+(?:er|var|bliver|blev|vil|skal|kan"
                          r"|følger|findes|ligger|kommer|(?-i:[a-zæøå]{3,}es))\b)", re.IGNORECASE)


def parse_attachments(lines: list[Line]) -> list[Attachment]:
    """Bilag lists: '1 - Åben Title (108896/22) (H)' tables, '- Title' bullets, one title per line."""
    lines = [ln for ln in lines if ln.text]
    if not lines:
        return []
    if any(_DASHED_NUMBER.match(ln.text) for ln in lines) and \
            any(re.search(r"\b(?:Åben|Lukket)\b", ln.raw or ln.text) for ln in lines):
        return _attachment_table(lines)
    out: list[Attachment] = []
    for ln in _entries(lines):
        t = ln.text.strip()
        t = re.sub(r"^[•·▪●◦\-*]\s*", "", t).strip()
        if not t or _NOT_ATTACHMENT.match(t) or _ABOUT_BILAG.match(t):
            continue
        number = None
        m = _NUMBER_STATUS.match(t)  # '1 Åben Opsamlingsnotat. Temamøde 20.09.2012 222359/12'
        if m:
            number, t = m.group(1), t[m.end(1):].lstrip()
            t = _TRAILING_DOC_NUMBER.sub("", t)
        public, t = _status(t)
        m = None if number else _LEADING_NUMBER.match(t)
        if m:
            number, t = m.group(1), t[m.end():]
        t = _once(norm_space(_TO_TOP.sub("", _ATTACH_DOC_REF.sub("", t))))
        if t:
            out.append(Attachment(title=t, number=number, public=public))
    return out


# the entry's number before its title: '2. Notat.pdf', '3) Kort', '4: Kort', and a table's number cell run into the
# title ('1 Orientering til ØU …')
_LEADING_NUMBER = re.compile(r"^(\d{1,3})(?:\s*[.):]\s+(?=\D)|\s+(?=[A-ZÆØÅ][a-zæøå]))")
# whether the bilag is public, printed before its title ('Åben Notat', 'Lukket bilag: Tilbud') or after it
# ('Tilbud (Lukket)', 'Tilbud - Lukket bilag'); the marker is no part of the title, as for items
_STATUS_BEFORE = re.compile(r"^(Åbent?|Lukket)(?:\s+bilag)?(?:\s*:\s*|\s+)(?=\S)", re.IGNORECASE)
_STATUS_AFTER = re.compile(rf"\s*(?:\(\s*(Åbent?|Lukket)(?:\s+bilag)?\s*\)|[{SPACED_DASH}]\s*(Åbent?|Lukket)"
                           rf"(?:\s+bilag)?)$",
                           re.IGNORECASE)


# a web page's link back to its top, run into the last bilag's line ('Notat om budget Tilbage til toppen'), or an
# entry of its own where a flattened list's titles were cut apart before it (the link then all there is: no bilag)
_TO_TOP = re.compile(r"(?:^|\s+)(?:Tilbage\s+)?til\s+toppen\s*$", re.IGNORECASE)


def _status(title: str) -> tuple[bool, str]:
    """(public, the title without its Åben/Lukket marker)."""
    m = _STATUS_BEFORE.match(title)
    if m:
        return m.group(1).lower() != "lukket", title[m.end():]
    m = _STATUS_AFTER.search(title)
    if m:
        return (m.group(1) or m.group(2)).lower() != "lukket", title[: m.start()]
    return True, title


def _once(title: str) -> str:
    """'Notat om X Notat om X' -> 'Notat om X': a link's text printed beside its own title (a table's two
    cells of one bilag run together)."""
    words = title.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return title


_ENTRY_MARK = re.compile(rf"^(?:Bilag\s+\d{{1,3}}\s*[:.]|\d{{1,3}}\s*[{SPACED_DASH}.)](?=\s)|[•·▪●◦\-*](?=\s))",
                         re.IGNORECASE)


# a numbered list's first entry, its mark kept to find the next entries by ('1. Kort', '1) Kort')
_FIRST_ENTRY = re.compile(r"^1\s*(?P<mark>[.)])\s+\S")


def _flattened_entries(ln: Line) -> list[Line]:
    """A numbered bilag list run into one line, as a transcript flattens a page ('1. Kort over grunden 2. Notat om
    økonomi 3. Tidsplan'), cut before each next number: the numbers rise by one from 1, each with the first's mark
    and a capital after it (a title's own number, 'Budget 2. halvår', is not the next in turn nor capitalised).
    Evidence: absence_shapes' bilag lists read flat kept the whole list as one bilag."""
    m = _FIRST_ENTRY.match(ln.text.strip())
    if not m:
        return _flattened_bullets(ln)
    text, cuts, n = ln.text.strip(), [0], 2
    while (nxt := re.search(rf"\s{n}\s*{re.escape(m.group('mark'))}\s+(?=[A-ZÆØÅ])", text[cuts[-1]:])):
        cuts.append(cuts[-1] + nxt.start() + 1)
        n += 1
    return [Line(text[a:b].strip(), ln.offset + a) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]


# a bullet list's first mark ('- Kort', '• Kort'), kept to find the next entries by
_FIRST_BULLET = re.compile(r"^(?P<mark>[•·▪●◦\-*])\s+\S")


def _flattened_bullets(ln: Line) -> list[Line]:
    """A bullet list run into one line, as a transcript flattens a page ('- Kort over grunden - Notat om økonomi'),
    cut before each next bullet: the first's mark, spaced, with a capital or a digit after it."""
    text = ln.text.strip()
    m = _FIRST_BULLET.match(text)
    if not m:
        return [ln]
    cuts = [0, *(x.start() + 1 for x in re.finditer(rf"\s{re.escape(m.group('mark'))}\s+(?=[A-ZÆØÅ0-9])", text))]
    return [Line(text[a:b].strip(), ln.offset + a) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]


# the next entry's number left at a line's end where a flattened page was cut after its ')' ('Kort over grunden 2)')
_MARK_AT_END = re.compile(r"\s(\d{1,3}\))$")


def _marks_moved(lines: list[Line]) -> list[Line]:
    """A flattened '1) Kort 2) Notat' list cut after each ')' (a flattened page is cut where a bracket closes before
    a capital): each line's last number given back to the entry below it, where the next line opens unnumbered and
    the number is the next in turn after the list's first line's '1)'."""
    if len(lines) < 2 or not re.match(r"1\)\s", lines[0].text.strip()):
        return lines
    out, carry, n = [], "", 2
    for ln in lines:
        text = f"{carry} {ln.text.strip()}".strip()
        m = _MARK_AT_END.search(text)
        carry = m.group(1) if m and m.group(1) == f"{n})" else ""
        if carry:
            text, n = text[: m.start()], n + 1
        out.append(Line(text, ln.offset))
    return out


def _entries(lines: list[Line]) -> list[Line]:
    """The list's entries: where every entry starts with its mark ('Bilag 1:', '2.', '•'), a line without
    one is the rest of the entry above it, which a page's column broke ('… for perioden' / '04.01.2012')."""
    lines = [e for ln in _marks_moved(lines) for e in _flattened_entries(ln)]
    if len(lines) < 2 or not _ENTRY_MARK.match(lines[0].text.strip()) \
            or sum(1 for ln in lines if _ENTRY_MARK.match(ln.text.strip())) < 2:
        return _open_ends_joined(lines)
    out: list[Line] = []
    for ln in lines:
        if out and not _ENTRY_MARK.match(ln.text.strip()):
            out[-1] = Line(f"{out[-1].text} {ln.text.strip()}", out[-1].offset)
        else:
            out.append(ln)
    return out


# a title the line broke: it ends in a word or mark that cannot end one ('… jordbundsforhold på' / 'Stensmosegrunden')
_OPEN_END = re.compile(rf"(?:[,{SPACED_DASH}]|\s(?:og|eller|af|for|på|i|til|med|om|fra|ved|samt|vedr\.|inkl\.))$",
                       re.IGNORECASE)


def _open_ends_joined(lines: list[Line]) -> list[Line]:
    """One title a line, no marks: a line that ends open is continued by the next."""
    out: list[Line] = []
    for ln in lines:
        if out and _OPEN_END.search(out[-1].text.rstrip()):
            out[-1] = Line(f"{out[-1].text.rstrip()} {ln.text.strip()}", out[-1].offset)
        else:
            out.append(ln)
    return out


def _attachment_table(lines: list[Line]) -> list[Attachment]:
    """The Acadre/eDoc bilag table: number, Åben/Lukket, title in cells broken over lines."""
    cells: list[str] = []
    for ln in lines:
        # '1<TAB>-<TAB>Åben' and '1 -<TAB>Åben' are the same row: its number and dash are one cell
        row = _DASHED_NUMBER.sub(r"\g<num> \g<dash> ", ln.raw or ln.text)
        for cell in re.split(r"\t|\n", row):
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
        m = _DASHED_NUMBER.match(c)
        if m and not re.match(r"^\d{5,}", c):
            flush()
            cur, parts = Attachment(title="", number=m.group("num")), []
            c = c[m.end():].strip()
            if not c:
                continue
        if cur is None:
            continue
        c = _ATTACH_DOC_REF.sub("", c).strip()
        # (and the document's number inside a cell: a flattened row runs its cells together, '3338892 Åben …')
        c = re.sub(r"\(\d+/\d+\)|\([A-ZÆØÅ]\)|(?<!\S)\d{5,}(?!\S)", "", c).strip()
        m = re.match(r"^(Åben|Lukket)\b\s*", c)
        if m:
            cur.public = m.group(1) == "Åben"
            c = c[m.end():]
        if c and not re.fullmatch(r"\d{5,}", c):
            parts.append(c)
    flush()
    return out
