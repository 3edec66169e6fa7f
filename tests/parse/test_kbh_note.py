from sagsgang.parse import parse_file


def test_orientation_note_with_f2_metadata(corpus):
    doc = parse_file(corpus("003_356bb92c41c6d0b8.txt"))
    assert (doc.municipality, doc.document_type, doc.layout) == ("København", "orientering", "kbh_note")
    (item,) = doc.items
    assert item.title == "Videre proces for velfærdsaftaler i kommunerne"
    assert item.case_numbers == ["2022 - 15608", "2022-0319547"]  # not the Dokumentnummer 2081238
    assert [s.heading for s in item.sections] == ["Sagen", "Baggrund", "Videre proces", "Bilag"]
    assert [a.title for a in item.attachments] == ["Borgmesterbrev om videre proces for velfærdsaftaler"]
    assert item.decisions == []
