"""FirstAgenda minutes as text (004) and as PDF (Aarhus Byråd 2025-08-27)."""
from sagsgang.parse import parse_file


def test_direktion_minutes(corpus):
    doc = parse_file(corpus("004_aa3e7e1ea5d949e8.txt"))
    assert doc.layout == "firstagenda_text" and doc.document_type == "referat"
    m = doc.meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Direktionen", "2024-03-18", "12:30", "Høng Skole")
    assert m.participants == ["Jan Lysgaard Thomsen", "Michael Gravesen", "Michel van der Linden", "Søren Ole Sørensen"]
    assert [i.number for i in doc.items] == [str(n) for n in range(1, 12)]  # the TOC is not a second list of items
    closed = [i for i in doc.items if not i.public]
    assert [i.number for i in closed] == ["2", "3", "5", "8", "9", "10"]
    for item in closed:  # title and case number only, nothing invented
        assert item.sections == [] and item.decisions == [] and item.attachments == [] and item.body_text == ""
    assert doc.items[1].title == "Status sygefravær marts 2024" and doc.items[1].case_numbers == ["23-013363"]
    four = doc.items[3]
    assert four.route == ["Direktionen", "Børn- og Familieudvalget", "Socialudvalget"]
    assert [(d.committee, d.date, d.text) for d in four.decisions] == [("Direktionen", "2024-03-18", "Anbefales.")]
    assert [a.title for a in four.attachments] == ["Råudkast til Fælleskommunale principper marts 2024"]
    assert doc.items[10].title == "Eventuelt" and doc.items[10].decisions == []  # "Beslutning: -" is no decision


def test_byraad_pdf_keeps_pages_and_wrapped_titles(corpus):
    doc = parse_file(corpus("aarhus_byraad_2025-08-27_referat.pdf"))
    assert doc.pages == 28 and doc.municipality == "Aarhus"
    assert (doc.meeting.committee, doc.meeting.date) == ("Aarhus Byråd", "2025-08-27")
    two = doc.items[1]
    assert two.title == "Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø"
    assert two.case_numbers == ["EMN-2025-003383"]
    assert two.page and 1 < two.page <= 28
    pages = [i.page for i in doc.items]
    assert pages == sorted(pages)
    # the Sagsforløb history comes first, the meeting's own decision last
    assert two.decisions[-1].committee == "Aarhus Byråd" and two.decisions[-1].date == "2025-08-27"
    assert [d.date for d in two.decisions] == sorted(d.date for d in two.decisions)


def test_pdf_decisions_stop_where_the_unheaded_case_text_begins(corpus):
    doc = parse_file(corpus("aarhus_byraad_2025-08-27_referat.pdf"))
    own = {i.number: i.decisions[-1] for i in doc.items if i.decisions and i.decisions[-1].date == "2025-08-27"}
    assert own["2"].text == ("Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde "
                             "den 27. august 2025.")  # not "BESLUTNINGSFORSLAG FRA DD" after it
    assert own["8"].text.endswith("foranstående indstilling af 12. august 2025.")  # not the summary below it
    assert own["14"].text.endswith("i byrådets møde den 27. august 2025.")
    assert not any(d.text.endswith(". .") for d in own.values())
    two = next(i for i in doc.items if i.number == "2")
    assert [a.title for a in two.attachments][:2] == ["Indstilling", "Bilag 1: Beslutningsforslag"]


def test_generated_pdf_block_breaks(tmp_path):
    """Paragraph gaps in the PDF: votes and absentees after a gap still belong to the decision, the
    unheaded case text after a gap does not; a wrapped participant list is read whole."""
    from ..pdfmaker import text_pdf

    lines = ["REFERAT Byrådet d. 14-02-2024", "Mødedato Onsdag d. 14. februar 2024 kl. 16:00", "Mødested Rådhuset",
             "Mødedeltagere Peter Knudsen (Æ), Niels Kjær Olsen (Å), Rasmus Lund Sørensen",
             "(F), Helle Bæk Andersen (Ø)", "Afbud Susanne Kjærgaard (I)", "",
             "Punkt 1: Budgetopfølgning", "24-000123", "Beslutninger", "Godkendt.", "",
             "Tove Holm Christensen (O) deltog ikke i sagens behandling.", "",
             "Budgetopfølgningen viser et mindreforbrug på driften.", "Resume", "Tekst om budgettet.",
             "Bilag", "Økonomisk oversigt", "Tidsplan"]
    path = tmp_path / "referat.pdf"
    path.write_bytes(text_pdf([lines]))
    doc = parse_file(path)
    assert doc.meeting.participants == ["Peter Knudsen (Æ)", "Niels Kjær Olsen (Å)", "Rasmus Lund Sørensen (F)",
                                        "Helle Bæk Andersen (Ø)"]
    assert doc.meeting.absent == ["Susanne Kjærgaard (I)"]
    (item,) = doc.items
    (d,) = item.decisions
    assert d.text == "Godkendt. Tove Holm Christensen (O) deltog ikke i sagens behandling."
    assert d.absent == ["Tove Holm Christensen (O)"]
    assert "mindreforbrug" in item.intro
    assert [a.title for a in item.attachments] == ["Økonomisk oversigt", "Tidsplan"]
