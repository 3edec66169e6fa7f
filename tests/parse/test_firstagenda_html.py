"""FirstAgenda Publication web pages (Aarhus)."""
from sagsgang.parse import parse_file


def test_teknisk_udvalg_minutes(corpus):
    doc = parse_file(corpus("aarhus_teknisk-udvalg_2025-10-01_referat.html"))
    assert doc.layout == "firstagenda_html" and doc.document_type == "referat" and doc.municipality == "Aarhus"
    m = doc.meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Teknisk Udvalg", "2025-10-01", "15:45",
                                                               "Udvalgsværelse 398")
    pier = doc.items[1]
    assert pier.case_numbers == ["EMN-2025-009242"]
    assert [(d.committee, d.date) for d in pier.decisions] == [
        ("Magistraten", "2025-09-02"), ("Aarhus Byråd", "2025-09-10"),
        ("Teknisk Udvalg", "2025-09-22"), ("Teknisk Udvalg", "2025-10-01")]
    own = pier.decisions[-1]
    assert own.text.startswith("Et flertal i udvalget kunne tiltræde") and own.absent == ["Liv Gro Jensen"]
    assert "fire ugers høring" not in own.text  # the unheaded introduction is not part of the decision
    assert pier.sections[0].heading == "Beslutninger" and pier.sections[-1].heading == "Bilag"


def test_agenda_body_paragraph_saying_beslutning_opens_no_decision(corpus):
    doc = parse_file(corpus("aarhus_agenda_example.html"))
    assert doc.document_type == "dagsorden" and len(doc.items) == 33
    metro = next(i for i in doc.items if "Metro" in i.title)
    assert [s.heading for s in metro.sections] == ["Resume", "Beslutningspunkter", "Borgmesterens afdelings påtegning",
                                                   "Sagsforløb", "Bilag"]
    assert all(d.date != "2025-10-08" for d in metro.decisions)  # an agenda has no decisions of its own meeting
