"""Machine-readable publications: FirstAgenda Publication JSON, eDoc AgendaPublishing XML and
SBSYS publication XML, recognised by their content (never by file name).

Read keeps the parsed tree on the ReadResult (`tree`, with `format` naming the export) and renders
a plain text of it for the stages that want text (search's text outside items, the unread share).
Mapping the tree to meetings and items is domain knowledge and lives in parse/layouts/, one module
per format. XML is parsed without DTDs, external entities or network access (defusedxml forbids
them; lxml then parses the already-vetted bytes with entity resolution off), so a hostile export
can neither read local files nor expand a billion laughs.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

import defusedxml.ElementTree as defused_et
from defusedxml import DefusedXmlException
from lxml import etree
from lxml import html as lxml_html

from ..errors import DocumentError
from .base import ReadResult
from .html import html_to_text
from .text import decode_text
from .visible import visible

FIRSTAGENDA_JSON = "firstagenda-json"
EDOC_XML = "edoc-xml"
SBSYS_XML = "sbsys-xml"

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MARK = "\ue000"  # (private use) wraps a heading's text while the fragment is flattened
# XML 1.0 forbids most C0 controls even as character references; exports print form feeds (&#12;)
# between pages. They are removed before parsing (a page break carries no text).
_BAD_CHAR_REF = re.compile(rb"&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));")
_BAD_CHARS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def sniff_structured(data: bytes) -> str | None:
    """The export format of `data`, or None when it is not one of the structured publications."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        if b'"Dagsordenpunkter"' in data[:65536] or b'"Dagsordenpunkter"' in data:
            return FIRSTAGENDA_JSON
        return None
    if not head.startswith(b"<"):
        return None
    low = head[:2048].lower()
    if b"<html" in low or b"<!doctype html" in low:
        return None
    root = _root_tag(head)
    if root == "Meeting" and b"<MeetingAgendaTypes" in data[:200000]:
        return EDOC_XML
    if root == "Publication" and b"<Agendas" in data[:200000]:
        return SBSYS_XML
    return None


def _root_tag(head: bytes) -> str | None:
    """Name of the first element (after the XML declaration, comments and doctype)."""
    m = re.search(rb"<([A-Za-z_][\w.-]*)[\s>/]", re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head,
                                                        flags=re.S))
    return m.group(1).decode("ascii") if m else None


def read_structured(data: bytes, source: str, fmt: str) -> ReadResult:
    """Parse a structured publication; DocumentError with a one-line reason when it is broken."""
    if fmt == FIRSTAGENDA_JSON:
        try:
            tree = json.loads(decode_text(data, source))
        except ValueError as exc:
            raise DocumentError(source, f"unreadable FirstAgenda JSON ({exc})") from None
        if not isinstance(tree, dict) or not isinstance(tree.get("Dagsordenpunkter"), list):
            raise DocumentError(source, "FirstAgenda JSON without a list of agenda items (Dagsordenpunkter)")
        tree = _nfc(tree)  # \u escapes decode after the text was normalised
        return ReadResult(source=source, kind="json", text=_json_text(tree), tree=tree, format=fmt)
    root = parse_xml(data, source)
    return ReadResult(source=source, kind="xml", text=_xml_text(root, fmt), tree=root, format=fmt)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def xml_text(el, path: str) -> str:
    """The NFC text of the first `path` under `el`, whitespace folded ('' when absent)."""
    text = el.findtext(path) or ""
    return re.sub(r"\s+", " ", visible(text)).strip()


def parse_xml(data: bytes, source: str):
    """A safe lxml tree of an XML export: no DTD, no entities, no network."""
    data = _BAD_CHARS.sub(b"", _BAD_CHAR_REF.sub(b"", data))
    try:
        defused_et.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise DocumentError(source, f"XML refused: it declares a DTD or entities ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - any parse error is the file's, reported in one line
        raise DocumentError(source, f"unreadable XML ({exc})") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                             remove_comments=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(source, f"unreadable XML ({exc})") from None


@lru_cache(maxsize=1024)  # the reader renders the fields and the layout maps the same ones: converted once
def html_sections(fragment: str | None) -> tuple[tuple[str, str], ...]:
    """An HTML field as (heading, text) pairs in printed order, split at its h1-h6 headings; text
    before the first heading has the heading ''. Text keeps paragraphs (blank lines) and lists, as
    the HTML reader renders pages. Headings without text (a '&nbsp;' heading) are content, not
    headings. The one conversion of structured HTML fields, shared by every structured format."""
    if not fragment or not fragment.strip():
        return ()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return (("", _plain(fragment)),)
    for h in list(root.iter(*_HEADINGS)):
        title = re.sub(r"\s+", " ", h.text_content().replace("\xa0", " ")).strip()
        tail = h.tail
        for child in list(h):
            h.remove(child)
        h.text = f"{_MARK}{title}{_MARK}" if title else ""
        h.tail = tail
    text = html_to_text(root)
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in text.split("\n"):
        m = re.fullmatch(f"{_MARK}(.*){_MARK}", line.strip())
        if m:
            out.append((m.group(1), []))
        else:
            out[-1][1].append(line.replace(_MARK, ""))
    sections = [(h, re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()) for h, lines in out]
    return tuple((h, t) for h, t in sections if h or t)


def _plain(text: str) -> str:
    return visible(re.sub(r"<[^>]*>", " ", text)).strip()


def _json_text(tree: dict[str, Any]) -> str:
    """The meeting as a reader would print it: header, then per item 'Punkt N: title' and its fields."""
    moede = tree.get("Moede") or {}
    udvalg = tree.get("Udvalg") or {}
    out = [str(udvalg.get("Navn") or ""), str(moede.get("Dato") or ""), str(moede.get("Sted") or "")]
    out += [str(p.get("Name") or "") for p in moede.get("Moededeltagere") or []]
    for it in tree.get("Dagsordenpunkter") or []:
        out += ["", f"Punkt {it.get('Number') or ''}: {it.get('Caption') or ''}", str(it.get("CaseNumber") or "")]
        for felt in it.get("Felter") or []:
            for heading, text in html_sections(felt.get("Html")):
                out += [heading, text]
        out += [str(b.get("Navn") or "") for b in it.get("Bilag") or []]
    return visible("\n".join(s for s in out if s is not None).strip())


def _xml_text(root, fmt: str) -> str:
    """All text of the export's content elements (no metadata such as user names and paths)."""
    if fmt == EDOC_XML:
        parts = [root.findtext("Committee") or "", root.findtext("MeetingDate") or ""]
        for item in root.iter("MeetingAgendaItem"):
            parts.append(item.findtext("FullText") or "")
        return visible("\n".join(p.strip("\n") for p in parts if p))
    parts = []
    for agenda in root.iter("Agenda"):
        parts += [agenda.findtext("Committee/Name") or "", agenda.findtext("Meeting/When") or "",
                  agenda.findtext("Meeting/Where") or ""]
        for item in agenda.findall("Items/Item"):
            parts += ["", f"Punkt {item.findtext('Number') or ''}: {item.findtext('Caption') or ''}"]
            for field in item.findall("Fields/ItemField"):
                parts.append(field.findtext("Caption") or "")
                content = field.findtext("Content") or ""
                parts += [t for h, t in (html_sections(content) if "<" in content else [("", content)]) for t in (h, t)]
    return visible("\n".join(p for p in parts if p).strip())
