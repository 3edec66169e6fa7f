"""Text -> logical lines: whitespace folded, PDF line breaks and hyphenation repaired.

PDF extraction breaks every printed line; HTML-derived text has a line per paragraph. A line is
joined to the next when it does not end a sentence and the next one continues it in lower case,
so both kinds of input reach the layouts in the same shape. Offsets into the original text are
kept for provenance (PDF page numbers).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from .bodies import is_body_name
from .dashes import SPACED_DASH
from .dates import DATE_ANY, MONTH_WORDS, NUMERIC_DMY
from .fact_labels import prints_meeting_facts, starts_with_label
from .headings import inline_route, is_heading, is_lexicon_heading
from .line_width import width_broke, wrap_width
from .page_line_chrome import TRANSCRIPT, blank_page_line_chrome
from .page_title_heads import blank_own_heads
from .route_shape import labelled_route
from .title_tidy import BODY_CUE_WORDS
from .trailing_numbers import numbers_before_titles

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# The white-space runs _WS.sub(" ", ...) actually changes: two or more characters, or one other than
# a space (the look-behind sees the character just taken). Substituting only these gives the same
# text without rebuilding it around every space; most texts have none (_ODD_WS, no double space).
_WS_TO_FOLD = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000](?:[ \t\u00a0\u2000-\u200b\u202f\u3000]+|(?<! ))")
_ODD_WS = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u3000]")
_END = re.compile(r"[.:;!?)»”\"]$")
# Whole lines that are website chrome, never document text.
_CHROME = re.compile(
    r"^(?:Skip navigationen|Skip til .{0,30}|Spring (?:til|navigationen over).*|Gå til (?:hoved)?indhold|Til indhold|"
    r"You are here|Du er her(?::)?|Fold alle ud|Fold alle sammen|Udskriv|Print|Del|Menu|Søg|Luk|icon-\w+|"
    rf"Hent som PDF|Kopier link(?: til (?:punktet|siden))?(?:\s*[{SPACED_DASH}]\s*Print)?|"
    r"Tilbage til (?:forsiden|toppen|indholdsfortegnelsen?)|Tilbage|Til toppen|Til indholdsfortegnelsen?|"
    r"Læs mere|Vis mere|(?:Show|Vis|Se) video(?:en)?|"
    r"Dagsordener og referater|Dagsorden og referat|Prompt resultater|Relevans(?: v\d)?|Genveje|Værktøjer|"
    r"Indhold|INDHOLD|Transkript|Starte visningen fra side:?|Størrelse: px|Download .*|Save this PDF as:?|"
    r"WORD\s+PNG\s+TXT\s+JPG)$",
    re.IGNORECASE,
)
# The steps of a breadcrumb trail: 'Forside > Politik > Byrådet', 'Hjem › Dagsordener › …'
# (public: site_chrome reads it too)
BREADCRUMB = re.compile(r"\s+[>›»]\s+")
# A toolbar printed as text: "| Rss | Tip en ven | Print |" (short entries between bars).
_TOOLBAR = re.compile(r"^\|?(?:\s*[^|\d]{1,20}\s*\|){2,}\s*[^|\d]{0,20}$")  # no digits: no metadata row
_PAGE_FOOTER = re.compile(r"^(?:Side \d+ af \d+|\d+ af \d+|Side \d+|- ?\d+ ?-)$", re.IGNORECASE)
# a running head that ends in the page count ('Økonomiudvalget, 14. marts 2024 Side 3 af 9', 'Referat - Byrådet -
# 12.03.2024 - side 4 af 12'): the meeting and its date, then where the page stands
_DATED_PAGE_HEAD = re.compile(rf"^\S.{{2,100}}?[\s,|{SPACED_DASH}]+[Ss]ide \d{{1,4}} af \d{{1,4}}$")
_PAGE_COUNT_END = tuple("0123456789")
_QUOTED_TITLE = re.compile(r'^Download "(.+)"$')
_TITLE_PARTS = re.compile(r"\.\s+(?=[A-ZÆØÅ])")  # a full stop before a capital, not 'kl. 15:00'
_DROPPED = re.compile(_PAGE_FOOTER.pattern + "|" + _CHROME.pattern, re.IGNORECASE)  # either, in one match


def is_chrome(text: str) -> bool:
    """A text that is website chrome as a whole ('Kopier link til punktet - Print', 'Fold alle ud'), never a document's
    text: the vocabulary split_lines drops whole lines by, for the pieces of a line a flattened page ran together."""
    return bool(_CHROME.match(text.strip()))


@dataclass
class Line:
    text: str
    offset: int  # character offset of the line in the document text
    raw: str = ""  # the line before whitespace folding (tabs kept), for table-like blocks


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their offsets; blank lines become Line('') markers (one per run)."""
    out: list[Line] = []
    breaks: list[int] = []  # the offsets of the page footers dropped ('Side 3 af 12')
    pos = 0
    # Form feeds dropped and white space folded once for the whole text: neither touches a line
    # break, so line k of each form is line k of the text.
    cleaned = text.replace("\f", "")
    folded = _WS_TO_FOLD.sub(" ", cleaned) if "  " in cleaned or _ODD_WS.search(cleaned) else cleaned
    dropped = _DROPPED.match
    for raw, raw_clean, line in zip(text.split("\n"), cleaned.split("\n"), folded.split("\n"), strict=True):
        start = pos
        pos += len(raw) + 1
        s = line.strip()
        if not s:
            if out and out[-1].text:
                out.append(Line("", start))
            continue
        title = _QUOTED_TITLE.match(s)
        if title:
            out += _title_lines(title.group(1), start + line.index(title.group(1)))
            continue
        page_head = _dated_page_head(s)
        if dropped(s) or ("|" in s and _is_toolbar(s)) or page_head:
            if page_head or _PAGE_FOOTER.match(s):
                breaks.append(start)
            continue
        if ">" in s or "›" in s or "»" in s:
            crumbs = BREADCRUMB.split(s)
            # ('Sagsgang: FU > ØU > KB' is a labelled route whose arrows part its bodies: a site's path starts at
            # a page's name, never at a field's label, so a line a route label opens keeps its steps (any label's
            # when two bodies or more follow it: route_shape.labelled_route), as one of bodies only does ('FU > ØU >
            # KB' under its label: a path passes pages, 'Forside', 'Politik'); and a path's steps before its last
            # are a page's name each, a few words, not a page's text run onto one line)
            if len(crumbs) >= 3 and inline_route(s) is None and all(len(c.split()) <= 8 for c in crumbs[:-1]) \
                    and not all(is_body_name(c) for c in crumbs) and labelled_route(s) is None:
                # 'Forside > Politik > Dagsordener > Økonomiudvalget 12-04-2023': the site's path to the
                # page; only its last step is the page's own text
                s = crumbs[-1]
        out.append(Line(s, start, raw_clean.strip()))
    out = _lists_across_breaks(_without_running_heads(out, breaks), breaks) if breaks else out
    while out and not out[-1].text:
        out.pop()
    return out


def _dated_page_head(s: str) -> bool:
    """'Økonomiudvalget, 14. marts 2024 Side 3 af 9': a PDF's running head with the page count, a page break. Not
    a line that labels the meeting's facts ('Referat Økonomiudvalget Dato: 18. august 2014 Mødested: Lokale D Side
    1 af 28'), nor a transcript's first page line: that is the meeting's header, whatever page count ends it."""
    if not (s.endswith(_PAGE_COUNT_END) and _DATED_PAGE_HEAD.match(s) and DATE_ANY.search(s)):
        return False
    if _FIRST_PAGE_LINE.match(s):
        return False
    return not prints_meeting_facts(s)


# '1 Gentofte Kommune Dagsorden Økonomiudvalget 18-08-2014 Udvalgsværelse D Side 1 af 28': a line opening with the
# number of the first page its count ends with is that whole page (a transcript's title page), not a head on it
_FIRST_PAGE_LINE = re.compile(r"^1\s.*\s[Ss]ide 1 af \d{1,4}$")


def _is_toolbar(s: str) -> bool:
    """'| Rss | Tip en ven | Print |': short entries between bars, and not a table's row of meeting labels
    ('| Udvalg | Økonomiudvalget |', '| Dato | Tid | Sted |'), whose cells are as short and digit-free."""
    return bool(_TOOLBAR.match(s)) and not starts_with_label(s)


def _without_running_heads(lines: list[Line], breaks: list[int]) -> list[Line]:
    """Lines without the running header printed beside each page's footer ('Økonomiudvalget 12-03-2024' /
    'Side 3 af 12'), which would otherwise run into the text a page break cuts. A line counts as one
    when it is the nearest text to a footer, holds a date, heads no item and no section (a dated decision
    heading repeats under every item: 'Beslutning i Byrådet 9. oktober 2018:') and is printed more than once."""
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    drop: set[int] = set()
    for b in _break_lines(lines, breaks):
        for k in (nearest_text(lines, b - 1, -1), nearest_text(lines, b, 1)):
            t = lines[k].text if k is not None else ""
            if t and len(t) <= 80 and counts[t] >= 2 and _RUNNING_DATE.search(t) and not _ITEM_HEAD.match(t) \
                    and not is_heading(t):
                drop.add(k)
    if not drop:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        if k not in drop and (ln.text or (out and out[-1].text)):  # one blank line where the page broke
            out.append(ln)
    return out


def _lists_across_breaks(lines: list[Line], breaks: list[int]) -> list[Line]:
    """A numbered list a page broke ('206. …' / 'Side 2 af 9' / '207. …') goes on: the blank lines the
    footer left between two consecutively numbered lines are dropped, so the list reads as one."""
    gaps: set[int] = set()
    for b in _break_lines(lines, breaks):
        before, after = nearest_text(lines, b - 1, -1), nearest_text(lines, b, 1)
        if before is None or after is None or after <= before:
            continue
        m, n = _ITEM_HEAD.match(lines[before].text), _ITEM_HEAD.match(lines[after].text)
        if m and n and _number(n.group(0)) == _number(m.group(0)) + 1:
            gaps.update(range(before + 1, after))
    return [ln for k, ln in enumerate(lines) if k not in gaps] if gaps else lines


def _break_lines(lines: list[Line], breaks: list[int]) -> list[int]:
    """The index of the first line after each dropped footer (`breaks`: the footers' offsets)."""
    offsets = [ln.offset for ln in lines]
    return [bisect_right(offsets, at) for at in breaks]


def _number(head: str) -> int:
    return int(re.search(r"\d+", head).group(0))


def nearest_text(lines: list[Line], k: int, step: int) -> int | None:
    while 0 <= k < len(lines) and not lines[k].text:
        k += step
    return k if 0 <= k < len(lines) else None


_RUNNING_DATE = re.compile(NUMERIC_DMY + r"|\d{1,2}\.\s*[a-zæøå]+\s+\d{4}")
_ITEM_HEAD = re.compile(r"^(?:(?:Punkt|Pkt\.?|Sag)\s*)?\d{1,3}[.:)]?\s", re.IGNORECASE)


def _title_lines(title: str, at: int) -> list[Line]:
    """'Download "Aalborg Byråd. Folkeoplysningsudvalget. Mødet den 25.06.2014, kl. 15:00. …"': a transcript
    site's title of the document is its first printed lines joined by '. ' (with the digits its heading
    lost); each becomes a line again, then a blank line."""
    out, begin = [], 0
    for cut in [*_TITLE_PARTS.finditer(title), None]:
        end = cut.start() if cut else len(title)
        if title[begin:end].strip():
            out.append(Line(title[begin:end].strip(), at + begin))
        begin = cut.end() if cut else end
    return [*out, Line("", at + len(title))]


_DAY_END = re.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_START = re.compile(rf"(?:{MONTH_WORDS})\.?\s+\d{{4}}\b")


# a small letter and its stop before a capitalised title or alone: a count (counted_starts), no sentence going on
_LETTER_COUNT = re.compile(r"[a-z][.)](?:\s+[A-ZÆØÅ§\"“'(\[]|$)")


# a list's row opening on its status in small letters, then its capitalised title
_STATUS_ROW = re.compile(r"(?:åben|åbent|lukket)\s+[A-ZÆØÅ]")


def _continues(prev: str, nxt: str) -> bool:
    if not prev or not nxt:
        return False
    if _DAY_END.search(prev) and _MONTH_START.match(nxt):
        return True  # a date the line broke ('… den 5.' / 'marts 2018:'), a heading's too
    if is_heading(prev) or is_heading(nxt):
        return False
    # _END can only match at the last character (or before a final newline): search just there
    if _END.search(prev, len(prev) - 2) or prev.startswith(("- ", "• ")) and len(prev) < 40:
        return False
    if _LETTER_COUNT.match(nxt):
        return False  # 'b) Temadrøftelse …', 'b)': a small letter counting an item opens its line
    if _STATUS_ROW.match(nxt):
        return False  # 'åbent Kvalitetsrapport 2014': a row of a list whose status column prints in small letters
    first = nxt[0]
    if prev.endswith("-") and (first.islower() or nxt.startswith(("og ", "eller "))):
        return True
    return first.islower() and len(prev) >= 25


def _joined(prev: str, nxt: str) -> str:
    """Two pieces of a broken line as one: a word a typesetter hyphenated across the break is one word again
    ('bevil-' / 'lingen'); a compound's hyphen before 'og'/'eller' stays ('Social-' / 'og sundhed…')."""
    if prev.endswith("-") and prev[-2:-1].isalpha() and prev[-2:-1].islower() and nxt[:1].islower() \
            and not nxt.startswith(("og ", "eller ")):
        return prev[:-1] + nxt
    if prev.endswith(_SOFT_HYPHENS) and prev[-2:-1].isalpha() and nxt[:1].isalpha():
        return prev[:-1] + nxt  # a soft hyphen's break ('repræse‐' / 'ntanter'): the word is printed without it
    return f"{prev} {nxt}"


# the hyphen a layout engine prints where it breaks a word at a soft hyphen: the soft hyphen itself (U+00AD) or the
# typographic hyphen it is drawn as (U+2010; a word's own hyphen is the ASCII one, '-'). Set only at a break the
# layout chose (justified text), so the word as written has none: joined without it, whatever the next letter
_SOFT_HYPHENS = ("\u00ad", "\u2010")


def repair_lines(lines: list[Line]) -> list[Line]:
    """Join lines broken by PDF extraction (across at most one blank line), and lines the page's width broke
    (next to each other: line_width.width_broke)."""
    out: list[Line] = []
    width = wrap_width([(ln.text, ln.raw) for ln in lines])
    i = 0
    while i < len(lines):
        cur = lines[i]
        if cur.text:
            while True:
                j = i + 1
                if j < len(lines) and width_broke(lines[j - 1].text, lines[j - 1].raw, lines[j].text, width):
                    cur = Line(_joined(cur.text, lines[j].text), cur.offset, cur.raw + "\n" + lines[j].raw)
                    i = j
                    continue
                if j < len(lines) and not lines[j].text:
                    j += 1
                if j < len(lines) and _continues(cur.text, lines[j].text):
                    cur = Line(_joined(cur.text, lines[j].text), cur.offset, cur.raw + "\n" + lines[j].raw)
                    i = j
                    continue
                break
        out.append(cur)
        i += 1
    return out


# a row of an item table as text extraction prints it ('1 | Godkendelse af dagsorden | Åben', '| Punkt 2 | …'):
# its cell borders are tabs (other rows keep theirs: toolbars, metadata rows 'Sagsnr.: … | Dok.nr.: …')
_ITEM_ROW = re.compile(r"^[ \t]*\|?[ \t]*(?:(?:Punkt|Pkt\.?)[ \t]*)?\d{1,3}\.?[ \t]+\|.*$",
                       re.MULTILINE | re.IGNORECASE)
_CELL_BORDER = re.compile(r"(?:(?<=\s)|^)\|(?=\s|$)")


def prepare(text: str) -> list[Line]:
    text = numbers_before_titles(text)  # the same length: offsets stay those of the text
    if "|" in text:  # the same length: offsets stay those of the text
        text = _ITEM_ROW.sub(lambda m: _CELL_BORDER.sub("\t", m.group(0)), text)
    if TRANSCRIPT in text:
        from .tab_marks import tab_marks_as_colons  # (people.py builds on this module)
        text = tab_marks_as_colons(text)
        text = blank_own_heads(blank_page_line_chrome(_without_other_kind_title(_without_cut_title(text))))
    from .site_chrome import without_edge_chrome  # these build on this module's Line: imported here, not at the top
    from .unglue import unglued
    split = split_lines(text)
    split = without_column_cells(split) if "\t" in text or "   " in text else split
    lines = without_edge_chrome(split)
    # the page's own lines tell whether it spaces every line, not the chrome cut from around them
    span = (lines[0].offset, lines[-1].offset) if lines and lines != split else None
    return _without_site_footer(repair_lines(_unspaced(unglued(_without_folios(lines)), text, span)))


_FIRST_PAGE = re.compile(r"\nTranskript\n\s*1 ([^\n]+)")
_CUT_VALUE = re.compile(r"\w:(?:\s+\S+){0,3}$")  # a title ending in a label and a few words: its value maybe cut
_LABEL_COLON = re.compile(r"[^\W\d_]:")  # a label's colon (not a clock time's, '16:00')
# a title opening with a bare number: the first page's own folio, read before its text ('1 Referat fra mødet …' from
# the page line '1 1 Referat fra mødet …'); kept, the title's number reads as item 1's header titled by the cover
_FOLIO_FIRST = re.compile(r"\d{1,3} (?=[A-ZÆØÅ])")
# a case text's section heading inside the title, before its text or the title's cut ('Indstilling om skolestruktur
# Sagsfremstilling Forvaltningen'): the viewer's title ran past the document's own into its body. The words that open
# an item's body (title_tidy.BODY_CUE_WORDS), and 'Baggrund', which opens a case text but cuts a title only before a
# clause (title_tidy.BODY_CUE)
_BODY_HEADING_INSIDE = re.compile(rf"\s(?:{'|'.join(BODY_CUE_WORDS)}|Baggrund)(?:\s+[A-ZÆØÅ]|\s*$)")


def _without_cut_title(text: str) -> str:
    """A transcript without its title lines (the first line, and 'Download "<title>"') where they end in a label and
    a few words, or opens with a bare number (_FOLIO_FIRST), or runs into a case text's first heading
    (_BODY_HEADING_INSIDE), and its first page line opens with the title and goes
    on: the viewer's title is the first page's first words cut at a word, so the label's value cut there ('…
    Udvalg: Kultur- og', the page going on with 'Fritidsudvalget Mødedato: …') would be read as the meeting's, and
    the page prints it whole; and a folio first reads as item 1's number (a one-page meeting whose headers follow
    the cover on its line: '1 Referat fra mødet … i Salen 1) Godkendelse …'). Blanked, not removed: the offsets
    stay those of the text."""
    title = text[: text.find("\n")].strip()
    page = _FIRST_PAGE.search(text)
    # (a title that prints two of the meeting's facts or more under labels without colons: a row of labels cut
    # anywhere, its values maybe cut mid-list or mid-place, '… Sted Medlemmer Fraværende Teams Aksel Holm,', where no
    # colon lets _CUT_VALUE tell a cut value)
    misleads = _CUT_VALUE.search(title) or _FOLIO_FIRST.match(title) or _BODY_HEADING_INSIDE.search(title) \
        or not _LABEL_COLON.search(title) and prints_meeting_facts(title)
    if not misleads or page is None or not page.group(1).startswith(title + " "):
        return text
    end = page.start()
    head = text[:end].replace(title, " " * len(title))
    return head.replace('Download "' + " " * len(title) + '"', " " * (len(title) + 11)) + text[end:]


def _without_other_kind_title(text: str) -> str:
    """A transcript without its title lines where the title names one kind of document and the first page line,
    the PDF's cover, names another ('Dagsorden - Økonomiudvalget' over a cover 'Økonomiudvalget Referat …'). Why:
    the viewer's title is the site's name for the file (a listing's, or the metadata of the agenda the minutes
    were written into); the cover is how the document names itself (annotation rules: a document that calls itself
    Referat, Dagsorden or Åben dagsorden gets that type). Blanked, not removed: the offsets stay those of the text."""
    from .document_kind import document_kind  # (it builds on this module's Line)
    title = text[: text.find("\n")].strip()
    page = _FIRST_PAGE.search(text)
    if not title or page is None:
        return text
    own, site = document_kind([Line(page.group(1), 0)]), document_kind([Line(title, 0)])
    if own is None or site is None or own == site:
        return text
    end = page.start()
    head = text[:end].replace(title, " " * len(title))
    return head + text[end:]


# a transcript's page line whose page prints its own number first ('3 3 Budget …'): a PDF whose text layer reads
# the page's folio (a footer or header box) before its body, the viewer's page number before both
_DOUBLED_NUMBER = re.compile(r"^(\d{1,4}) \1(?= )")
_OPENS_ON_NUMBER = re.compile(r"^\d{1,4} ")
_FOLIO_PAGES = 3  # page lines that must print their number twice before it is read as the folio


def _without_folios(lines: list[Line]) -> list[Line]:
    """A transcript's page lines without the page's own number printed again behind the viewer's ('3 3 Budget …'
    read as '3 Budget …'), where three page lines or more do so, their numbers rising, and they are at least half the
    lines that open on a number: the folio of a PDF page, read first. Why: the number is no item's and no list's
    (a bare '1' before '1 Referat …' read as item 1 titled by the cover; a flow of '1) Title' headers lost), and a
    page's folio is printed on every page where an item number equals its page's once at most."""
    doubled = [k for k, ln in enumerate(lines) if _DOUBLED_NUMBER.match(ln.text)]
    numbers = [int(lines[k].text.split(" ", 1)[0]) for k in doubled]
    opening = sum(1 for ln in lines if _OPENS_ON_NUMBER.match(ln.text))
    if len(doubled) < _FOLIO_PAGES or 2 * len(doubled) < opening or numbers != sorted(set(numbers)):
        return lines
    out = list(lines)
    for k in doubled:
        ln = out[k]
        out[k] = Line(_DOUBLED_NUMBER.sub(r"\1", ln.text, 1), ln.offset, _DOUBLED_NUMBER.sub(r"\1", ln.raw, 1))
    return out


# The first line of a web site's footer, copied with the page: contact, the page's own metadata, legal links
_FOOTER_START = re.compile(
    r"^(?:Kontakt(?: os| kommunen)?|(?:Sidst|Senest) (?:opdateret|redigeret)\b.*|Tilgængelighedserklæring|"
    r"Cookies?(?:politik)?|Om cookies|Privatlivs(?:politik)?|Persondatapolitik|Del siden|Del på \w+|"
    r"Følg os(?: på \w+)?|Abonn[ée]r på .{0,40}|Om hjemmesiden)\s*:?$", re.IGNORECASE)


def _without_site_footer(lines: list[Line]) -> list[Line]:
    """The lines before the site's footer: from a footer's first line in the second half of the text, after the
    last section heading, to the end of the text, the page's content has ended (the last item's decision does
    not run on into the municipality's address and legal links)."""
    last_heading = max((i for i, ln in enumerate(lines) if is_heading(ln.text)), default=-1)
    start = next((i for i in range(max(last_heading + 1, len(lines) // 2), len(lines))
                  if _FOOTER_START.match(lines[i].text)), None)
    # a footer is short; a menu's 'Kontakt' at the top of a page of titles is no footer
    return lines if start is None or len(lines) - start > _FOOTER_LINES else lines[:start]


_FOOTER_LINES = 30


def _unspaced(lines: list[Line], text: str, span: tuple[int, int] | None = None) -> list[Line]:
    """The lines of a text that prints a blank line after nearly every line (a web page whose every line is a
    paragraph): there one blank line says nothing, so it goes; a run of two or more is the break. Elsewhere
    (and where lines are long, as a transcript's pages are) the lines as they are. With `span`, only the gaps
    before the lines whose offsets lie after its first and up to its last count (the page inside a site's chrome,
    whose menus print no blank line between their entries)."""
    lo, hi = span or (0, len(text))
    texts = [ln.text for ln in lines if ln.text]
    if not texts or sum(map(len, texts)) > 100 * len(texts):
        return lines  # long lines (a transcript's pages, one a line): a blank line between them is the page's end
    runs: dict[int, int] = {}  # offset of a run of blank lines -> its length
    gaps = spaced = 0
    pos, run_start, run = 0, 0, 0
    for raw in text.split("\n"):
        if raw.strip():
            if lo < pos <= hi:
                gaps += 1
                spaced += run > 0
            if run:
                runs[run_start] = run
            run = 0
        else:
            run_start = pos if not run else run_start
            run += 1
        pos += len(raw) + 1
    if gaps < 10 or spaced < 0.9 * gaps:
        return lines
    return [ln for ln in lines if ln.text or runs.get(ln.offset, 2) >= 2]


def norm_space(text: str) -> str:
    return _WS.sub(" ", text.replace("\n", " ")).strip()


# A row of an item table as a tabbed line prints it: the item's number opens it (after a bullet, an open/closed word or
# a label maybe), its cells apart by a tab or a wide gap ('3<TAB>Åben<TAB>12.03.2026<TAB>Teknik- og Miljøudvalget<TAB>
# Title')
_ROW_OPEN = re.compile(r"(?:[•*\u2013-]\s*)?(?:(?i:åben|åbent|lukket)\s+)?(?:(?i:punkt|pkt\.?|sag|nr\.?)\s*)?"
                       r"\d{1,3}[.):]?(?:\s|$)")
_CELL_GAP = re.compile(r"\s*\t\s*|\s{3,}")
_OPEN_CLOSED_CELL = re.compile(r"(?i:åben|åbent|lukket)(?:\s+(?i:punkt|sag))?")
_ROW_MAX = 250  # a row's characters at most: a longer line is a paragraph or a transcript's page, no table's row
# what a row sets in a column of its own beside the title: what the item asks of the committee, never its title
_ASK_CELL = re.compile(r"(?:Til\s+)?(?:Beslutning|Orientering|Drøftelse|Godkendelse|Indstilling|Høring|Udtalelse)"
                       r"(?:ssag)?", re.IGNORECASE)


def column_cell_kind(cell: str) -> str | None:
    """What a row's cell holds when it is metadata no title prints alone: a date, what the item asks ('Beslutning'),
    a committee's name or short name ('Teknik- og Miljøudvalget', 'ØU'); None for any other cell."""
    if DATE_ANY.fullmatch(cell):
        return "date"
    if _ASK_CELL.fullmatch(cell):
        return "ask"
    return "body" if is_body_name(cell) else None


def _cells(raw: str) -> list[str]:
    """The cells of a line apart by a tab or a wide gap (one cell where it has none)."""
    return [c for c in _CELL_GAP.split(raw.strip()) if c]


def without_column_cells(lines: list[Line]) -> list[Line]:
    """The lines with the metadata cells of an item table's rows taken out of their text: a date, what the item
    asks, a committee's name, each in a column of its own (a tab or a wide gap before it), where at least two rows
    of the page carry a cell of that kind. Why: a table's column holds one kind of value on every row, and the
    title is the cell that varies in words; a title prints its words one space apart, so no gap cuts one. The
    number, case numbers and the title stay in their order, an open/closed cell after them (raw keeps every
    cell)."""
    # (a section heading is no row, though a gap parts its words: 'Beslutning Byrådet den   13-12-2017', a decision
    # heading set with tracking, keeps its date)
    rows = {k: cells for k, ln in enumerate(lines) if 0 < len(ln.text) <= _ROW_MAX and len(cells := _cells(ln.raw)) >= 2
            and _opens_row(cells[0]) and not is_lexicon_heading(ln.text)}
    kinds_of = {k: [column_cell_kind(c) for c in cells[1:]] for k, cells in rows.items()}  # each cell's, once
    rows_with = Counter(kind for kinds in kinds_of.values() for kind in set(kinds) - {None})
    common = {kind for kind, n in rows_with.items() if n >= 2}
    if not common:
        return lines
    out = list(lines)
    for k, cells in rows.items():
        kept = [c for c, kind in zip(cells[1:], kinds_of[k], strict=True) if kind not in common]
        if len(kept) < len(cells) - 1 and _holds_title([_ROW_OPEN.sub("", cells[0], 1), *kept]):
            # an open/closed cell goes after the title, where a header's status is read ('1 Title Lukket')
            kept.sort(key=lambda c: bool(_OPEN_CLOSED_CELL.fullmatch(c)))
            out[k] = Line(norm_space(" ".join([cells[0], *kept])), lines[k].offset, lines[k].raw)
    return out


def _holds_title(cells: list[str]) -> bool:
    """Some cell left has words other than an open/closed status: a row whose only words are a committee's name
    is titled by it ('3 | Økonomiudvalget', the committee's own item), and keeps it."""
    return any(any(ch.isalpha() for ch in c) and not _OPEN_CLOSED_CELL.fullmatch(c) for c in cells)


def _opens_row(cell: str) -> bool:
    """A line's first cell opens a row of items: the item's number, or a title of words (two or more, no meeting
    label: 'Dato<TAB>12.03.2024' and 'Udvalg<TAB>ØU' are a fact's label and value)."""
    return bool(_ROW_OPEN.match(cell)) or " " in cell and not cell.endswith(":") and not starts_with_label(cell)
