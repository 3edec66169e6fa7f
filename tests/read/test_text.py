import codecs

import pytest

from sagsgang.errors import DocumentError
from sagsgang.read import read_bytes
from sagsgang.read.text import decode_text, detect_encoding

DANISH = "Beslutning i Børne- og Ungdomsudvalget: Godkendt. Fraværende: Søren Ærø Åberg"


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", DANISH.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + DANISH.encode("utf-8")),
    ("cp1252", (DANISH + " – “citat”").encode("cp1252")),
    ("utf-16", DANISH.encode("utf-16")),
    ("utf-16-le", DANISH.encode("utf-16-le")),
])
def test_encodings_round_trip(encoding, data):
    assert detect_encoding(data) == encoding
    assert decode_text(data).startswith(DANISH)


def test_latin1_bytes_undefined_in_cp1252():
    data = "Ærø \x81".encode("latin-1")
    assert detect_encoding(data) == "latin-1"


def test_decomposed_unicode_becomes_nfc():
    assert decode_text("A\u030arhus".encode()) == "Århus"


def test_nul_bytes_and_crlf_are_cleaned():
    assert decode_text(b"Referat\r\nGodkendt.\x00") == "Referat\nGodkendt."


def test_binary_junk_is_refused():
    with pytest.raises(DocumentError, match="binary"):
        read_bytes(bytes(range(256)) * 20, "junk.bin")


def test_empty_is_refused():
    with pytest.raises(DocumentError, match="empty"):
        read_bytes(b"  \n ", "tom.txt")
