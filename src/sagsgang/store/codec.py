"""How documents and item bodies are encoded in the SQLite columns (shared by the store and its migrations)."""
from __future__ import annotations

import json
import zlib

from ..model import Document, document_from_dict, document_to_dict
from ..parse.positions import annotate as annotate_positions


def encode_parsed(doc: Document) -> bytes:
    """The parsed document as stored: JSON, zlib-compressed (about a fifth of the plain size)."""
    return encode_record(document_to_dict(doc))


def encode_text(text: str) -> bytes:
    """An item's body as stored: zlib-compressed UTF-8 (read back with decode_text)."""
    return zlib.compress(text.encode("utf-8"), 6)


def decode_text(value: bytes | str | None) -> str:
    """Inverse of encode_text; plain text from databases before schema 3 reads too."""
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8")
    return value or ""


def decode_parsed(value: bytes | str) -> Document:
    """Inverse of encode_parsed; plain JSON text from databases before schema 3 reads too. A document
    stored before decisions carried positions gets them read from its decision texts now (re-ingesting
    the same bytes changes nothing, so it would never get them otherwise; no schema change needed)."""
    if isinstance(value, bytes):
        value = zlib.decompress(value).decode("utf-8")
    data = json.loads(value)
    doc = document_from_dict(data)
    if any("positions" not in d for it in data.get("items", []) for d in it.get("decisions", [])):
        annotate_positions(doc)
    return doc


def encode_record(record: dict | list) -> bytes:
    """A small JSON record as stored (store/links.py `link_inputs`): zlib-compressed UTF-8 JSON."""
    return zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 6)


def decode_record(value: bytes) -> dict | list:
    """Inverse of encode_record."""
    return json.loads(decode_text(value))
