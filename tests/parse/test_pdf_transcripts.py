"""Real PDFs read the way a transcript site prints them (each page one line behind its page number,
how most PDFs of `extra/` reach us) must give what the PDF itself gives. The PDFs: the Aarhus Byråd
minutes of the shared corpus, and the eDoc (Ballerup) and Acadre (Syddjurs) minutes of
publications/os2dagsorden-examples. Expected values read off the documents by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sagsgang.demo import generate
from sagsgang.demo.transcribe import pdf_as_transcript
from sagsgang.parse import parse_file

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DIR = CORPUS / "publications" / "os2dagsorden-examples"
needs_corpus = pytest.mark.skipif(not DIR.is_dir(), reason="shared corpus not present")


def _as_transcript(pdf: Path, tmp_path: Path) -> Path:
    out = tmp_path / f"{pdf.stem}.txt"
    out.write_text(pdf_as_transcript(pdf), encoding="utf-8")
    return out


@needs_corpus
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


@needs_corpus
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


@needs_corpus
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


def test_generated_minutes_pdfs_as_transcripts_keep_items_decisions_and_meeting(tmp_path):
    """The generator's PDFs (their truth known) printed as transcripts: contents behind leaders on the
    header's page line, the first body on the same line, run-in headings ('Økonomiske konsekvenser
    Udgifterne …', 'Behandling Økonomiudvalget, Byrådet.'), 'Beslutning -' for none, a bilag list on one
    line. Nearly every
    meeting keeps its items, numbers, decisions and route as the PDF gives them."""
    generate(tmp_path, municipalities=3, formats=["pdf"], seed=5, max_items=150)
    meetings = exact_items = exact_decisions = exact_sections = exact_bilag = exact_meeting = 0
    for pdf in sorted((tmp_path / "docs").glob("*.pdf")):
        truth = json.loads((tmp_path / "gold" / f"{pdf.name}.json").read_text(encoding="utf-8"))
        doc = parse_file(_as_transcript(pdf, tmp_path)).to_contract()
        meetings += 1
        exact_items += [(i["number"], i["title"]) for i in doc["items"]] == [
            (i["number"], i["title"]) for i in truth["items"]]
        exact_decisions += [[(d["committee"], d["date"], d["text"]) for d in i["decisions"]] + [i["route"]]
                            for i in doc["items"]] == [[(d["committee"], d["date"], d["text"]) for d in i["decisions"]]
                                                       + [i["route"]] for i in truth["items"]]
        exact_sections += [i["sections"] for i in doc["items"]] == [i["sections"] for i in truth["items"]]
        exact_bilag += [[a["title"] for a in i["attachments"]] for i in doc["items"]] == [
            [a["title"] for a in i["attachments"]] for i in truth["items"]]
        keys = ("committee", "date", "start_time", "location", "participants", "absent")
        exact_meeting += all(doc["meeting"][k] == truth["meeting"][k] for k in keys)
    assert meetings >= 20
    assert exact_meeting == meetings
    assert exact_items >= 0.9 * meetings and exact_decisions >= 0.8 * meetings, (exact_items, exact_decisions)
    assert exact_sections >= 0.5 * meetings, exact_sections
    assert exact_bilag >= 0.4 * meetings, exact_bilag  # a bilag list run into one line, parted by its titles
