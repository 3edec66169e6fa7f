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


def html_to_text(root) -> str:
    """Visible text with one line per block; list items prefixed '- ', table cells tab-separated."""
    out: list[str] = []
    skip_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if skip_depth or tag in _DROP or el.get("hidden") is not None or _chrome_landmark(el, tag):
                skip_depth += 1
                continue
            if tag in _BLOCK:
                _newline(out)
                if tag == "li":
                    out.append("- ")
            elif tag in ("td", "th"):
                out.append("\t")
            if el.text:
                out.append(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0 and el.tail:
                    out.append(el.tail)
                continue
            if tag in _BLOCK:
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


def read_html(data: bytes, source: str) -> ReadResult:
    root = parse_html_tree(data, source)
    text = html_to_text(root)
    headings = frozenset(
        h for h in (re.sub(r"\s+", " ", el.text_content()).strip() for el in root.iter(*_HEADING)) if h and len(h) < 120
    ) if text.strip() else frozenset()
    if not text.strip():
        import html as html_entities

        text = html_entities.unescape(_strip_tags(decode_text(data, source)))
        root = None
    if not text.strip():
        raise DocumentError(source, "HTML page has no visible text")
    return ReadResult(source=source, kind="html", text=text, html=root,
                      headings=frozenset(visible(h) for h in headings))
