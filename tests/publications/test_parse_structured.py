"""Parse-level checks per structured format, expected values written by hand from the files."""
from __future__ import annotations

import json

import pytest

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file, parse_result
from sagsgang.read import read_bytes

from .conftest import greve_file, publication


def _item(doc, number):
    return next(it for it in doc.items if it.number == number)


def test_firstagenda_json_meeting_items_decisions_bilag():
    doc = parse_file(greve_file("Byråd_2022-2025_2023-10-02T19"))
    assert doc.layout == "firstagenda_json"
    assert doc.municipality == "Greve"  # from the site address dagsordener.greve.dk in the export
    assert doc.document_type == "referat"
    m = doc.meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Byråd 2022-2025", "2023-10-02", "19:00", "Byrådssalen")
    assert "Marc Genning" in m.participants and len(m.participants) == 21
    assert len(doc.items) == 20
    it = _item(doc, "10")
    assert it.title == "Budgetopfølgning 2 (2023)"
    assert it.case_numbers == ["23-003100"]
    # the Økonomiudvalget's treatment printed under 'Sagens forløb' ('25-09-2023 Økonomiudvalget') first
    assert [(d.committee, d.date, d.text) for d in it.decisions] == [
        ("Økonomiudvalget", "2023-09-25", "Sagen blev taget til efterretning."),
        ("Byråd 2022-2025", "2023-10-02", "Sagen blev taget til efterretning.")]
    assert it.route == ["Økonomiudvalget", "Byrådet"]  # 'Sagsprocedure: Økonomiudvalget og Byrådet.'
    assert "Resume" in [s.heading for s in it.sections]
    assert len(it.attachments) == 3
    assert all(a.url and a.url.startswith("https://dagsordener.greve.dk/vis/pdf/bilag/") for a in it.attachments)


def test_firstagenda_json_closed_item_is_title_and_number_only():
    doc = parse_file(greve_file("Byråd_2022-2025_2023-10-02T19"))
    it = _item(doc, "7")  # 'Lukket: Godkendelse af tillæg til betinget grundkøbsaftale '
    assert it.public is False
    assert it.title == "Godkendelse af tillæg til betinget grundkøbsaftale"
    assert it.case_numbers == ["23-009799"]
    assert it.sections == [] and it.decisions == [] and it.attachments == [] and it.intro == ""


def test_firstagenda_json_absentees_of_meeting_and_item():
    doc = parse_file(greve_file("Beskæftigelses-_og_Erhvervsudvalget_2022-11-14T08"))
    assert doc.meeting.absent == ["Liselott Blixt"]  # Moededeltagere Absent: true
    first = _item(doc, "1")
    assert first.decisions[0].text == "Godkendt."
    assert first.decisions[0].absent == ["Morten Dahlin"]  # ExternalAgendaItemAttendees, reason 'Fraværende'


def test_firstagenda_json_decision_keeps_paragraphs():
    doc = parse_file(greve_file("Skole-,_Børne-_og_Ungeudvalget_2023-10-10T08"))
    text = _item(doc, "10").decisions[0].text
    assert text.startswith("Orienteringen blev taget til efterretning med bemærkning om, at udvalget ønsker at bilag 1")


def test_edoc_xml():
    doc = parse_file(publication("os2dagsorden-examples",
                                 "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_edoc-agendapublishing.xml"))
    assert doc.layout == "edoc_xml" and doc.municipality == "Ballerup"
    m = doc.meeting
    assert (m.committee, m.date, m.start_time) == ("Sundheds- og Forebyggelsesudvalget", "2012-12-04", "13:00")
    assert m.location == "Mødecenter C, Lokale 32 på Ballerup Rådhus"
    assert "Lolan Ottesen (A)" in m.participants
    assert [it.number for it in doc.items] == [str(n) for n in range(1, 9)]
    it = _item(doc, "2")
    assert it.title == "Bygningsvedligeholdelse 2013 - anlægsbevilling"
    assert it.case_numbers == ["2012-28504"]
    assert [d.text for d in it.decisions] == ["Indstillingen godkendt"]
    assert "Sammendrag" in [s.heading for s in it.sections]
    assert [a.title for a in it.attachments] == ["Bygningsliste og prioriteringssystem"]
    assert it.attachments[0].url.endswith("id=2003021031")
    assert _item(doc, "7").decisions[0].text.startswith("Indstillingen godkendt med denne bemærkning")


def test_sbsys_xml_feedback_fields_are_decisions():
    doc = parse_file(publication("os2dagsorden-examples",
                                 "region-hovedstaden_regionsraad_2012-09-25_dagsorden-udkast_sbsys-publication.xml"))
    assert doc.layout == "sbsys_xml"
    m = doc.meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("FORRETNINGSUDVALGET", "2012-09-25", "15:30", "H2")
    assert "Vibeke Storm Rasmussen" in m.participants
    first = _item(doc, "1")
    assert first.title == "2. behandling af forslag til styrelsesvedtægt – nedsættelse af stående udvalg"
    assert first.decisions[0].date == "2012-09-18"  # '18. september 2012: Sagen udsat ...'
    assert "Sagen udsat til behandling" in first.decisions[0].text
    assert _item(doc, "3").decisions == []  # 'Tomt indhold' is the empty field's placeholder
    ballerup = parse_file(publication("os2dagsorden-examples",
                                      "ballerup_paragraf17stk4-udvalg-it_2013-05-15_referat_sbsys-publication.xml"))
    assert ballerup.meeting.committee == "KMB IT-udvalget"
    titles = [a.title for a in _item(ballerup, "3").attachments]
    assert titles == ["Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud"]


SBSYS_CLOSED = """<?xml version="1.0"?>
<Publication><Agendas><Agenda ID="1">
<Meeting ID="2"><When>03-02-2021 17:00:00</When><Where>Byrådssalen</Where><Members>
<MeetingMember><Name>Anna Berg</Name><ParticipationStatusAsText>Absent</ParticipationStatusAsText></MeetingMember>
<MeetingMember><Name>Bo Holm</Name><ParticipationStatusAsText>NotDecided</ParticipationStatusAsText></MeetingMember>
</Members></Meeting>
<Committee><Name>Økonomiudvalget</Name></Committee>
<Items>
<Item><Number>1</Number><Caption>Salg af grund</Caption><IsPublic>False</IsPublic><Case><Number>21/100</Number></Case>
<Fields><ItemField><Caption>Sagsfremstilling</Caption><IsFeedback>False</IsFeedback>
<Content><![CDATA[<p>Hemmelig pris 4.000.000 kr.</p>]]></Content></ItemField>
<ItemField><Caption>Beslutning</Caption><IsFeedback>True</IsFeedback><Content>Solgt til køber X</Content></ItemField>
</Fields></Item>
<Item><Number>2</Number><Caption>Budget</Caption><IsPublic>True</IsPublic><Case><Number>21/200</Number></Case>
<Fields><ItemField><Caption>Beslutning</Caption><IsFeedback>True</IsFeedback>
<Content><![CDATA[<p>Godkendt.</p><p>Fraværende: Anna Berg</p>]]></Content></ItemField></Fields></Item>
</Items></Agenda></Agendas></Publication>
"""


def test_sbsys_closed_item_keeps_no_text_and_absent_member():
    doc = parse_result(read_bytes(SBSYS_CLOSED.encode("utf-8"), "export.xml"))
    closed, budget = doc.items
    assert (closed.title, closed.public, closed.case_numbers) == ("Salg af grund", False, ["21/100"])
    assert closed.sections == [] and closed.decisions == []
    assert doc.meeting.absent == ["Anna Berg"]
    assert budget.decisions[0].committee == "Økonomiudvalget" and budget.decisions[0].date == "2021-02-03"
    assert budget.decisions[0].text.startswith("Godkendt.\n")  # paragraphs kept


@pytest.mark.parametrize("payload", [
    b'<?xml version="1.0"?><!DOCTYPE Publication [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<Publication><Agendas><Agenda><Name>&x;</Name></Agenda></Agendas></Publication>",
    b'<?xml version="1.0"?><!DOCTYPE Meeting [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    b"<Meeting><Committee>&b;</Committee><MeetingAgendaTypes/></Meeting>",
])
def test_xml_with_dtd_or_entities_is_refused(payload):
    with pytest.raises(DocumentError, match="DTD or entities"):
        read_bytes(payload, "evil.xml")


def test_broken_json_export_is_a_clear_error():
    with pytest.raises(DocumentError, match="FirstAgenda JSON"):
        read_bytes(b'{"Dagsordenpunkter": [ {"Number": "1",', "meeting.json")


def test_structured_text_is_nfc():
    # 'a' + combining ring above (\u030a) is 'å' once normalised; JSON escapes decode after reading
    raw = ('{"Udvalg": {"Navn": "Teknik- og Milj\\u00f8udvalget"}, "Moede": {"Dato": "2024-03-05T16:00:00+01:00",'
           ' "Moededeltagere": []}, "Dagsordenpunkter": [{"Number": "1", "Caption": "Pa\\u030aklager",'
           ' "CaseNumber": "24-000001", "Felter": [{"Html": "<h3>Beslutning</h3><p>Godkendt.</p>"}], "Bilag": []}]}')
    doc = parse_result(read_bytes(raw.encode("ascii"), "m.json"))
    assert doc.items[0].title == "P\u00e5klager"
    assert doc.meeting.committee == "Teknik- og Miljøudvalget"
    assert (doc.meeting.date, doc.meeting.start_time) == ("2024-03-05", "16:00")
    assert doc.items[0].decisions[0].text == "Godkendt."


def test_soft_hyphens_in_firstagenda_fields_leave_every_word_searchable(tmp_path, capsys):
    """Greve's FirstAgenda JSON carries soft hyphens in its fields ('kapaci&shy;tetsmæssige'): stored without
    them, the word is found and shown whole (with them, search found the item only as a near match of the word's
    two pieces, and the snippet did not show it)."""
    from sagsgang.cli import main

    src = greve_file("Plan-_og_Tryghedsudvalget_2023-10-10")
    assert "kapaci\u00adtetsmæssige" in src.read_text(encoding="utf-8")
    db = str(tmp_path / "g.db")
    assert main(["ingest", str(src), "--db", db]) == 0
    capsys.readouterr()
    assert main(["search", "kapacitetsmæssige", "--db", db, "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["results"]
    assert "<mark>kapacitetsmæssige</mark>" in hit["snippet"]  # the word itself, not a near match of its pieces
