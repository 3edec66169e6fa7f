"""Real PDFs read the way a transcript site prints them (each page one line behind its page number,
how most PDFs of `extra/` reach us) must give what the PDF itself gives. The PDFs: the Aarhus Byråd
minutes of the shared corpus, and the eDoc (Ballerup) and Acadre (Syddjurs) minutes of
publications/os2dagsorden-examples. Expected values read off the documents by hand."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.read import read_document
from sagsgang.read.pdf import PAGE_SEPARATOR

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DIR = CORPUS / "publications" / "os2dagsorden-examples"
pytestmark = pytest.mark.skipif(not DIR.is_dir(), reason="shared corpus not present")


def _as_transcript(pdf: Path, tmp_path: Path) -> Path:
    """The PDF as a transcript site prints it: its first line as the title, each page one line behind
    its page number."""
    pages = [re.sub(r"\s+", " ", p).strip() for p in read_document(pdf).text.split(PAGE_SEPARATOR)]
    out = tmp_path / f"{pdf.stem}.txt"
    out.write_text(f"{pages[0][:80]}\n\nTranskript\n\n" + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)),
                   encoding="utf-8")
    return out


def test_minutes_with_unnumbered_contents_and_run_on_bodies_read_as_the_pdf(tmp_path):
    """Aarhus: contents titles behind leaders without numbers, then 'Punkt 1: Title EMN-2023-009832
    Beslutninger Godkendt.' and a 'Sagsforløb Udvalg: … Dato: … Punktnummer: …' history running over
    page breaks. The transcript gives the PDF's items, numbers and every decision with its body and date."""
    pdf = CORPUS / "docs" / "aarhus_byraad_2025-08-27_referat.pdf"
    direct, flat = parse_file(pdf), parse_file(_as_transcript(pdf, tmp_path))
    assert [it.number for it in flat.items] == [str(n) for n in range(1, 22)]
    assert flat.items[1].title == ("Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles "
                                   "fremtid på Aarhus Ø")
    assert [[(d.committee, d.date) for d in it.decisions] for it in flat.items] == \
        [[(d.committee, d.date) for d in it.decisions] for it in direct.items]
    assert flat.items[1].decisions[0].date == "2025-03-26"  # 'Udvalg: Aarhus Byråd' / page 5 / 'Dato: 26-03-2025'
    # a heading in capitals ('BESLUTNINGSFORSLAG FRA DD') or 'Resume' run into the text ends the decision; an
    # unheaded summary after it (a new paragraph in the PDF) is the one thing a transcript cannot tell
    same = sum(f.text == d.text for a, b in zip(flat.items, direct.items, strict=True)
               for f, d in zip(a.decisions, b.decisions, strict=True))
    assert same >= sum(len(it.decisions) for it in direct.items) - 5


def test_edoc_minutes_as_a_transcript_keep_members_place_and_items(tmp_path):
    doc = parse_file(_as_transcript(DIR / "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_referat.pdf",
                                    tmp_path))
    # '… kl. 13:00 i Mødecenter C, Lokale 32 på Ballerup Rådhus Åbent referat Tilstede Lolan Ottesen (A) -
    # formand Grethe Larsen (A) - næstformand Birte Kramhøft (F) …': a room word after a comma is no label,
    # a role after the party goes
    m = doc.meeting
    assert (m.committee, m.date, m.start_time) == ("Sundheds- og Forebyggelsesudvalget", "2012-12-04", "13:00")
    assert m.location == "Mødecenter C, Lokale 32 på Ballerup Rådhus"
    assert m.participants == ["Lolan Ottesen (A)", "Grethe Larsen (A)", "Birte Kramhøft (F)", "Doris Børger (A)",
                              "Karl Vilhelm Nielsen (V)", "Maria Lundahl Assov (A)", "Per Mortensen (A)"]
    # '… 8. Evaluering af rygestopkurser 14 Lukket referat': the closed part's heading ends the list
    assert [it.number for it in doc.items] == [str(n) for n in range(1, 9)]
    assert doc.items[7].title == "Evaluering af rygestopkurser"


def test_acadre_minutes_as_a_transcript_keep_members_and_place(tmp_path):
    doc = parse_file(_as_transcript(DIR / "syddjurs_plan-udvikling-kultur-ekstraordinaert_2013-06-20_referat.pdf",
                                    tmp_path))
    # '… Kl. 10:30 Kaløvig Kursuscenter Præstekravevej 46 Følle Strand 8410 Rønde Medlemmer Jesper Mathiesen (A)
    # Ole Bollesen (A) …': 'Medlemmer' without a colon is the label its names say it is
    m = doc.meeting
    assert m.location == "Kaløvig Kursuscenter Præstekravevej 46 Følle Strand 8410 Rønde"
    assert m.participants == ["Jesper Mathiesen (A)", "Ole Bollesen (A)", "Niels Viderø (A)",
                              "Ole Bjerregaard (V)", "Steen Fris (C)"]
    assert [(it.number, it.title) for it in doc.items] == [("715", "Kulturkommune 2017. Politiske fokusområder")]
