"""HTML: drop scripts, styles and site chrome; keep headings, paragraphs and list structure as
lines. lxml because it parses the broken markup municipal CMSs emit and is fast; the walk is
iterative (lxml's iterwalk) so that absurdly deep nesting cannot overflow the stack."""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ..errors import DocumentError
from .base import ReadResult
from .text import decode_text
from .visible import visible

# Elements whose whole subtree is chrome or code, never document text. Not <form>: a site built on ASP.NET wraps
# its whole page in one (`<form id="aspnetForm">`); its controls (input, select, option) go, its text stays.
_DROP = {"script", "style", "noscript", "template", "svg", "nav", "head",
         "iframe", "object", "select", "option", "input"}
# The page's banner and footer (site name, menus, contact lines) are chrome; a <header> or <footer> inside an
# article, a section or the main content is that content's own (the meeting's heading and date, 'Mødet hævet kl.
# 17.10'), as HTML scopes them: it stays.
_LANDMARKS = {"header", "footer"}
_SECTIONING = {"article", "section", "main", "aside"}
_ROLES_OF = {"main", "article", "region", "complementary"}  # the same by ARIA role ('<div role="main">')
_BLOCK = {"p", "div", "section", "article", "main", "aside", "header", "footer", "form", "table", "tbody", "thead",
          "tr", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "br", "hr", "td", "th", "caption", "figure", "figcaption", "address", "center",
          # a folded item (`<details><summary>1. Title</summary>text</details>`, as accordions print agenda items) and
          # a form's boxed group (`<fieldset><legend>Afbud</legend>names</fieldset>`): each part a line of its own
          "details", "summary", "fieldset", "legend", "hgroup", "menu", "dialog"}
_HEADING = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Blocks followed by a blank line (paragraph break); other blocks end a line only.
_PARAGRAPH = _HEADING | {"p", "ul", "ol", "table", "blockquote", "pre", "dl"}


def parse_html_tree(data: bytes, source: str):
    """Parse bytes to an lxml tree, decoding with the same rules as plain text."""
    text = decode_text(data, source)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True)
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(source, f"unreadable HTML ({exc})") from None
    return root


def _newline(out: list[str]) -> None:
    """End the current line unless it is already ended (nested blocks must not stack blank lines)."""
    if out and not out[-1].endswith("\n"):
        out.append("\n")


def _strip_tags(text: str) -> str:
    """Last resort for markup libxml2 gives up on (nesting beyond its depth limit): drop tags."""
    text = re.sub(r"(?is)<(script|style|head|nav|footer)\b.*?</\1>", " ", text)
    text = re.sub(r"(?i)<br\s*/?>|</(?:p|div|li|h\d|tr)>", "\n", text)
    text = re.sub(r"<[^>]*>", " ", text)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return visible(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip())


def _site_wide(el) -> bool:
    """A <header>/<footer> of the page itself (no article, section, aside or main content around it)."""
    return not any(isinstance(a.tag, str) and a.tag.lower() in _SECTIONING or (a.get("role") or "").lower() in _ROLES_OF
                   for a in el.iterancestors())


# The same landmarks named by ARIA role on any element, as sites built of <div>s mark them ('<div role="navigation">')
_NAV_ROLES = {"navigation", "search"}
_LANDMARK_ROLES = {"banner", "contentinfo"}


def _chrome_landmark(el, tag: str) -> bool:
    """A site's menu (<nav>, role navigation or search) or its own banner or footer (see _LANDMARKS)."""
    role = (el.get("role") or "").strip().lower()
    return role in _NAV_ROLES or (tag in _LANDMARKS or role in _LANDMARK_ROLES) and _site_wide(el)


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _ordinal(n: int, kind: str) -> str:
    """A list item's number as an <ol>'s `type` prints it: 1 (decimal), a/A (letters), i/I (roman)."""
    if kind in ("a", "A") and n > 0:
        letters = ""
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if kind == "A" else letters
    if kind in ("i", "I") and 0 < n < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            while n >= value:
                roman, n = roman + numeral, n - value
        return roman.upper() if kind == "I" else roman
    return str(n)


# An item that prints its own number inside an <ol> ('190. Godkendelse', '4) Title', 'Pkt. 4', or the list's own
# number '5 Title'): the site hides the list's numbers by CSS, so the reader must not print a second one. A title
# that merely starts with a figure ('17.4 Midtbyen', '2031 budget') is no number of its own.
_OWN_NUMBER = re.compile(r"\s*(?:(?:pkt|punkt|nr)\b\.?\s*\d|\d+(?:\.\d+)*[.:)](?:\s|$))", re.IGNORECASE)


def _li_marker(li, counters: dict) -> str:
    """What a browser prints before a list item: '- ' in a <ul>, in an <ol> its number ('5. '), counted from the
    list's `start` (or, `reversed`, down from it or from the number of items), reset by an item's `value`, in the
    list's or the item's `type`. An agenda numbered by its markup keeps its item numbers that way."""
    lst = next(li.iterancestors("ol", "ul", "menu"), None)
    if lst is None or lst.tag != "ol":
        return "- "
    down = lst.get("reversed") is not None
    if lst not in counters:
        start = _int(lst.get("start"))
        counters[lst] = start if start is not None else (
            sum(1 for _ in lst.iterchildren("li")) if down else 1)
    n = _int(li.get("value"))
    n = counters[lst] if n is None else n
    counters[lst] = n - 1 if down else n + 1  # every item counts, also one printed with its own number
    number = _ordinal(n, li.get("type") or lst.get("type") or "1")
    text = li.text_content().lstrip()
    if _OWN_NUMBER.match(text) or re.match(rf"{re.escape(number)}\b", text):
        return "- "
    return f"{number}. "


def _next_element(el):
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def _one_line(el) -> str:
    """An element's text as one line, its runs of white space one space each (a heading's, a label's, a cell's)."""
    return re.sub(r"\s+", " ", el.text_content()).strip()


def _cell_text(el) -> str:
    """A cell's text on one line, or '' when the cell holds blocks of its own (a paragraph, a list, a table)."""
    if any(isinstance(c.tag, str) and c.tag in _BLOCK for c in el.iterdescendants()):
        return ""
    return _one_line(el)


# A cell that holds an item's number and nothing else ('5', '5.', 'Pkt. 5'), as an agenda set as a table prints it
_NUMBER_CELL = re.compile(r"(?:(?:pkt|punkt|nr)\.?\s*)?\d{1,4}\.?", re.IGNORECASE)
# The longest text a label runs to ('Mødedato', 'Beslutning i Økonomiudvalget'): a cell or a bold run longer than this
# is a value or a sentence, not a label beside its value
_LABEL_CHARS = 60
# A <td> that labels the cell beside it ('Mødedato', 'Sted:'): words, no figure (a figure makes it data, a row of a
# table of amounts or a case-number column), capitalised as a label is
_TD_LABEL = re.compile(r"[A-ZÆØÅ][^\W\d_]+(?:[ -][^\W\d_]+\.?){0,3}\.?:?")


def _row_cells(el) -> list:
    return [c for c in el.getparent().iterchildren() if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")] \
        if el.getparent() is not None else []


def _column_heads(cells: list) -> bool:
    """A row of column heads ('Nr. | Punkt | Status'): two <th> cells or more, nothing else, each a few words. A
    browser shows them as one line; one a line, a parser takes them for a list of names or a title."""
    return len(cells) >= 2 and all(c.tag.lower() == "th" and 0 < len(_cell_text(c)) <= 40 for c in cells)


def _numbered_row(cells: list) -> bool:
    """A row that an agenda set as a table prints ('5 | Title | 24/1234 | Åben'): its first cell an item's number
    alone, the next a title (a letter first: a row of figures, '2024 | 1.200', is no item), every cell a line of
    text."""
    if len(cells) < 2 or not _NUMBER_CELL.fullmatch(_cell_text(cells[0])):
        return False
    texts = [_cell_text(c) for c in cells[1:]]
    return bool(re.match(r"[^\W\d_]", texts[0])) and all(texts)


def _row_of(el, rows: dict) -> tuple[list, str]:
    """A cell's row: its cells and its kind ('heads', 'numbered' or ''), worked out once per row (a wide row asks
    for each of its cells)."""
    row = el.getparent()
    if row not in rows:
        cells = _row_cells(el)
        rows[row] = cells, "heads" if _column_heads(cells) else "numbered" if _numbered_row(cells) else ""
    return rows[row]


def _cell_join(el, tag: str, rows: dict) -> str:
    """How a cell runs on into the next, or '' when the next stands on a line of its own. A label printed beside
    its value (a <dt> and its <dd>, a row's <th> and its <td>, a two-cell row whose first <td> is a label) reads as
    'Label: value', the line a text page prints and a site shows as one fact, the label no heading of its own and
    the value no line a parser could take for a title. A row of column heads, and an item's row (its number in a
    cell of its own, then its title, case number, status), read as the one line a browser shows, the number as
    'N.': the line an agenda printed as text shows."""
    if tag not in ("dt", "th", "td"):
        return ""
    after = _next_element(el)
    if tag == "dt":
        return "label" if after is not None and after.tag == "dd" and 0 < len(_cell_text(el)) <= _LABEL_CHARS else ""
    if after is None or after.tag not in ("td", "th"):
        return ""
    cells, kind = _row_of(el, rows)
    if kind == "heads":
        return "heads"
    if kind == "numbered":
        # a bare number gets the point a numbered line prints ('5' -> '5. Title'); 'Pkt. 5' is one already
        return "number" if el is cells[0] and _cell_text(el)[:1].isdigit() else "heads"
    if el is not cells[0] or after.tag != "td" or not 0 < len(label := _cell_text(el)) <= _LABEL_CHARS:
        return ""
    if tag == "td" and not (len(cells) == 2 and _TD_LABEL.fullmatch(label) and _cell_text(after)):
        return ""
    return "label"


def _close_cell(el, how: str, out: list[str], joined: set) -> None:
    """End a label cell with ': ' (or the colon it prints), a number cell with '. ' (or the point it prints), any
    other cell of a row read as one line with a space, and let the next cell run on the same line."""
    if how == "heads":
        out.append(" ")
    elif how == "number":
        out.append(" " if "".join(out[-3:]).rstrip().endswith(".") else ". ")
    else:
        out.append(" " if "".join(out[-3:]).rstrip().endswith(":") else ": ")
    joined.add(_next_element(el))


def _open(el, tag: str, out: list[str], counters: dict, joined: set) -> None:
    """The text an element's start adds: a new line for a block (not for a cell its row's line continues: a table
    cell is a block, a line of its own, unless _cell_join runs it on), a list item's marker."""
    if tag in _BLOCK and el not in joined:
        _newline(out)
        if tag == "li":
            out.append(_li_marker(el, counters))
    if el.text:
        out.append(el.text)


def html_to_text(root) -> str:
    """Visible text with one line per block; list items prefixed '- ' (an <ol>'s by their number), table cells a
    line each unless their row reads as one line (_cell_join)."""
    out: list[str] = []
    counters: dict = {}  # each <ol>'s next number
    joined: set = set()  # the cells whose label's or number's line they continue (_cell_join)
    rows: dict = {}  # each table row's cells and kind (_row_of)
    skip_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if skip_depth or tag in _DROP or el.get("hidden") is not None or _chrome_landmark(el, tag):
                skip_depth += 1
                continue
            _open(el, tag, out, counters, joined)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0 and el.tail:
                    out.append(el.tail)
                continue
            how = _cell_join(el, tag, rows)
            if how:
                _close_cell(el, how, out, joined)
            elif tag in _BLOCK:
                _newline(out)
                if tag in _PARAGRAPH:
                    out.append("\n")
            if el.tail:
                out.append(el.tail)
    text = "".join(out).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return visible(text)


_BOLD = ("strong", "b")


def _leads_its_block(el) -> bool:
    """Nothing printed before the element in its block: it opens the paragraph (through inline wrappers)."""
    while True:
        parent = el.getparent()
        if parent is None or (parent.text or "").strip() or el.getprevious() is not None:
            return False
        if isinstance(parent.tag, str) and parent.tag.lower() in _BLOCK:
            return True
        el = parent


def run_in_labels(root) -> frozenset[str]:
    """The bold labels that open a paragraph and run into its text ('<p><strong>Label:</strong> text…</p>'), the
    label without its colon. The markup sets a label apart so but cannot say whether it heads a section or names
    a fact ('Fraværende: …'): the parser decides that by its own headings (parse/document.py)."""
    found = set()
    for el in root.iter(*_BOLD):
        label = _one_line(el)
        tail = (el.tail or "").strip()
        if not label.endswith(":") and not tail.startswith(":"):
            continue
        label = label.rstrip(":").strip()
        if 0 < len(label) <= _LABEL_CHARS and tail.lstrip(":").strip() and _leads_its_block(el):
            found.add(visible(label))
    return frozenset(found)


def read_html(data: bytes, source: str) -> ReadResult:
    root = parse_html_tree(data, source)
    text = html_to_text(root)
    headings = frozenset(
        h for h in (_one_line(el) for el in root.iter(*_HEADING)) if h and len(h) < 120
    ) if text.strip() else frozenset()
    if not text.strip():
        import html as html_entities

        text = html_entities.unescape(_strip_tags(decode_text(data, source)))
        root = None
    if not text.strip():
        raise DocumentError(source, "HTML page has no visible text")
    return ReadResult(source=source, kind="html", text=text, html=root,
                      headings=frozenset(visible(h) for h in headings),
                      run_in_labels=run_in_labels(root) if root is not None else frozenset())
