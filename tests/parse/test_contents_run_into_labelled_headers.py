"""A flattened contents list that runs straight on into the first item's labelled header ('… 3. Underskriftsark
Punkt 1: Godkendelse af dagsorden …'): the label is the header's, not a word of the last entry (invented words)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGES = ("Referat Engudvalget\n\nTranskript\n\n"
         "1 Side 1 af 2 Referat Engudvalget Mødet blev holdt tirsdag den 5. marts 2024 kl. 10:00 i Lokale Nord "
         "Deltagere: Ebbe Kragsted, Sigrid Mølleby\n\n"
         "2 Side 2 af 2 Dagsordenpunkter 1. Godkendelse af dagsorden 2. Ny sti langs åen 3. Underskriftsark "
         "Punkt 1: Godkendelse af dagsorden Sagsnr.: 24-000101 Beslutning: Godkendt. Resume: Dagsordenen forelægges. "
         "Punkt 2: Ny sti langs åen Sagsnr.: 24-000202 Beslutning: Godkendt. Resume: Stien skal gå fra møllen til "
         "broen. Punkt 3: Underskriftsark Sagsnr.: 24-000303 Resume: Elektronisk underskriftsark.\n")


def test_the_first_headers_label_ends_the_contents_last_title(tmp_path: Path):
    p = tmp_path / "page.txt"
    p.write_text(PAGES, encoding="utf-8")
    doc = parse_file(p)
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Ny sti langs åen"), ("3", "Underskriftsark")]
