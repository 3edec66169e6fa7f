import io

import pikepdf
import pypdfium2 as pdfium
import pytest

from sagsgang.errors import DocumentError
from sagsgang.read import read_bytes, read_document


def test_html_drops_scripts_styles_and_chrome_keeps_structure():
    page = (b"<html><head><title>x</title><style>p{}</style></head><body><nav>Menu Forside</nav>"
            b"<script>alert('x')</script><h2>Beslutning</h2><p>Godkendt.</p><ul><li>Bilag 1</li><li>Bilag 2</li>"
            b"</ul><footer>Kontakt</footer></body></html>")
    r = read_bytes(page, "p.html")
    assert r.kind == "html"
    assert r.text.split("\n") == ["Beslutning", "", "Godkendt.", "", "- Bilag 1", "- Bilag 2"]


def test_deeply_nested_html_does_not_overflow():
    page = b"<html><body>" + b"<div>" * 10000 + b"Dybt punkt" + b"</div>" * 10000 + b"</body></html>"
    assert "Dybt punkt" in read_bytes(page, "deep.html").text


def test_pdf_pages_are_kept(corpus):
    r = read_document(corpus("aarhus_byraad_2025-08-27_referat.pdf"))
    assert r.kind == "pdf" and len(r.pages) == 28
    assert r.pages[0].startswith("REFERAT Aarhus Byråd d. 27-08-2025")
    assert r.page_of(r.text.index("Punkt 2:")) == 4  # as pdftotext and a viewer show it


def blank_pdf() -> bytes:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def test_pdf_without_text_layer_says_so():
    with pytest.raises(DocumentError, match=r"no text layer \(scanned\?\)"):
        read_bytes(blank_pdf(), "scan.pdf")


def test_encrypted_pdf_says_so():
    out = io.BytesIO()
    pikepdf.open(io.BytesIO(blank_pdf())).save(out, encryption=pikepdf.Encryption(user="hemmelig", owner="ejer"))
    with pytest.raises(DocumentError, match="encrypted"):
        read_bytes(out.getvalue(), "låst.pdf")


def test_truncated_pdf_says_so(corpus):
    data = corpus("aarhus_bilag_henvendelse.pdf").read_bytes()
    with pytest.raises(DocumentError, match="broken or truncated"):
        read_bytes(data[: len(data) // 2], "halv.pdf")


def test_office_files_are_named():
    with pytest.raises(DocumentError, match="ZIP/Office"):
        read_bytes(b"PK\x03\x04" + b"\x00" * 100, "referat.docx")
