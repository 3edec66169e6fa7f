"""A hyphen that ends a line of a PDF's text layer (read/pdf.py LINE_END_HYPHEN): PDFium returns it as U+FFFE
and joins the lines; the reader puts the printed hyphen back with one space, so a committee in a wrapped
decision heading and a member's name broken at its hyphen read as printed."""
from __future__ import annotations

from sagsgang.parse import parse_file
from sagsgang.read.pdf import read_pdf

from ..pdfmaker import text_pdf

LINES = ["Referat", "Klima-, Teknik- og Miljøudvalget", "Mødedato: 3. maj 2023", "Mødetidspunkt: kl. 16:00",
         "Mødested: Mødelokale 1", "Deltagere: Pernille Thomsen, Hans-", "Jørgen Kirstein, Liselott Blixt", "",
         "1. Godkendelse af dagsorden", "Sagsnr.: 23-004448", "", "Beslutning i Klima-, Teknik-",
         "og Miljøudvalget den 3. maj 2023", "Godkendt.", "",
         "2. Orientering om vejadgangen", "Sagsnr.: 23-004449", "",
         "Beslutning i Klima-, Teknik- og Miljøudvalget den 3. maj 2023", "Taget til efterretning."]


def test_the_text_layer_keeps_a_line_ending_hyphen():
    text = read_pdf(text_pdf([LINES]), "m.pdf").text
    assert "\ufffe" not in text
    assert "Beslutning i Klima-, Teknik- og Miljøudvalget den 3. maj 2023" in text


def test_a_decision_heading_and_a_name_wrapped_at_a_hyphen_read_as_printed(tmp_path):
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(text_pdf([LINES]))
    out = parse_file(pdf).to_contract()
    assert out["meeting"]["participants"] == ["Pernille Thomsen", "Hans- Jørgen Kirstein", "Liselott Blixt"]
    assert [(d["committee"], d["date"], d["text"]) for it in out["items"] for d in it["decisions"]] == [
        ("Klima-, Teknik- og Miljøudvalget", "2023-05-03", "Godkendt."),
        ("Klima-, Teknik- og Miljøudvalget", "2023-05-03", "Taget til efterretning.")]
