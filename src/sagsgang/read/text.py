"""Plain text: detect the encoding municipal exports actually use and return NFC text.

Hand-written rather than charset-normalizer: the candidates are few and known (UTF-8 with or
without BOM, UTF-16, Windows-1252 from Word, Latin-1), and a fixed order is deterministic where a
statistical detector sometimes calls short Danish text Turkish or Latin-2.
"""
from __future__ import annotations

import codecs
import re

from ..errors import DocumentError
from .visible import visible

_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range text is NUL."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """Name of the codec to decode `data` with."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _looks_utf16(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode_text(data: bytes, source: str = "") -> str:
    """Decode to NFC text with Unix line ends; refuse binary junk with a clear reason."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    head = text[:20000]
    sample = len(head) or 1
    # Stray NULs (padding, broken exports) are removed below; many of them mean binary data.
    if (len(_CONTROL.findall(head)) / sample > 0.05 or head.count("\x00") / sample > 0.3
            or head.count("\ufffd") / sample > 0.05):
        raise DocumentError(source, "binary data, not a text document")
    text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return visible(text)
