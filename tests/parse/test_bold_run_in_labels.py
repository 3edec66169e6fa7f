"""An HTML page's bold run-in labels (`<p><strong>Sagsfremstilling:</strong> prose…</p>`): the reader marks them,
the parser puts one that is a section heading it knows, with prose after it, on a line of its own; a fact's label
('Fraværende: …'), a field's few words ('Kompetence: Byrådet') and the meeting head's facts stay. Invented words
only."""
from __future__ import annotations

from sagsgang.parse import parse_file
from sagsgang.read import read_bytes

_HEAD = ("<p>Plovudvalget</p><p>Referat</p><p><strong>Mødedato:</strong> 12. marts 2031</p>"
         "<p><strong>Bemærkninger:</strong> Mødet blev holdt i muldsalen bag den gamle smedje ved åen.</p>")


def _item(n: int, title: str) -> str:
    return (f"<p>{n}. {title}</p>"
            "<p><strong>Kompetence:</strong> Plovrådet</p>"
            "<p><strong>Sagsfremstilling:</strong> Forvaltningen har set på furerne ved Muldbakken i år.</p>"
            "<p><strong>Indstilling:</strong> Forvaltningen indstiller, at harvebanen forlænges mod nord.</p>"
            "<p><strong>Beslutning:</strong> Godkendt.</p>"
            "<p><strong>Fraværende:</strong> Tue Skærsen.</p>")


def _parse(tmp_path, body: str):
    page = tmp_path / "moede.html"
    page.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    return parse_file(page)


def test_the_reader_marks_a_bold_label_that_opens_a_paragraph():
    html = ("<p><b>Sagsfremstilling:</b> Tekst om furer.</p><p><span><strong>Plovdag</strong>: i morgen</p>"
            "<p>Se <b>Harvning:</b> senere.</p><p><b>Muld:</b></p>")
    result = read_bytes(f"<html><body>{html}</body></html>".encode(), "moede.html")
    assert result.run_in_labels == frozenset({"Sagsfremstilling", "Plovdag"})


def test_a_bold_section_label_with_prose_heads_its_section(tmp_path):
    doc = _parse(tmp_path, _HEAD + _item(7, "Plovfure ved Muldbakken") + _item(8, "Ny harvebane"))
    assert [(it.number, it.title) for it in doc.items] == [("7", "Plovfure ved Muldbakken"), ("8", "Ny harvebane")]
    for it in doc.items:
        assert [s.heading for s in it.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
        assert [(d.text, d.absent) for d in it.decisions] == [("Godkendt.", ["Tue Skærsen"])]
    assert doc.meeting.date == "2031-03-12"
