"""CPR numbers are masked in every public output: search snippets, case/theme reports, web."""
from __future__ import annotations

from sagsgang.ingest import ingest
from sagsgang.link import build_cases
from sagsgang.link.report import case_to_dict, theme_csv, theme_rows
from sagsgang.privacy import mask_cpr
from sagsgang.search import open_index, search

MINUTES = """REFERAT Socialudvalget d. 05-03-2024

Mødedato Tirsdag d. 5. marts 2024 kl. 16:00

Punkt 1: Klage over afgørelse om hjælpemidler

24-001234

Beslutning

Klagen fra borger med CPR 010203-1234 blev afvist. Sagen sendes til Ankestyrelsen.

Sagsfremstilling

Borgeren (cpr.nr. 0102031234) har klaget over afgørelsen om hjælpemidler.
"""


def test_mask_cpr_rules():
    assert mask_cpr("CPR 010203-1234 og 0102031234") == "CPR xxxxxx-xxxx og xxxxxx-xxxx"
    assert mask_cpr("sag 22/8164, konto 9999-1234567, dato 17-08-2022, EMN-2025-009242") == \
        "sag 22/8164, konto 9999-1234567, dato 17-08-2022, EMN-2025-009242"
    assert mask_cpr("991399-1234") == "991399-1234"  # month 13 is no date: not a CPR number
    assert mask_cpr("011399-1234 og 011099-1234") == "011399-1234 og xxxxxx-xxxx"  # the month alone decides
    assert mask_cpr("321299-1234 og 311299-1234") == "321299-1234 og xxxxxx-xxxx"  # the day alone decides
    assert mask_cpr("000199-1234 og 010099-1234") == "000199-1234 og 010099-1234"


def test_mask_cpr_every_printed_form():
    """En dash, non-breaking hyphen, a spaced dash, a (non-breaking) space and ten digits in a row."""
    for form in ("010203-1234", "010203\u20131234", "010203\u20111234", "010203 - 1234", "010203 \u2013 1234",
                 "010203 1234", "010203\u00a01234", "0102031234", "010203\u20141234", "010203\u22121234"):
        assert mask_cpr(f"CPR {form}.") == "CPR xxxxxx-xxxx.", form
    assert mask_cpr("tlf. 12345678, EAN 5790001234567, 01020312345") == "tlf. 12345678, EAN 5790001234567, 01020312345"


def test_mask_document_masks_every_field():
    from sagsgang.model import AgendaItem, Attachment, Decision, Document, Meeting, Section, document_to_dict
    from sagsgang.privacy import mask_document

    n = "010203\u20111234"
    doc = Document(source=f"klage {n}.txt", meeting=Meeting(f"Udvalg {n}", "2024-01-01", None, f"Sal {n}", [n], [n]),
                   addressed_to=n, items=[AgendaItem(
                       title=n, number=n, case_numbers=[n], route=[n], intro=n, sections=[Section(n, n)],
                       decisions=[Decision(n, None, n, [n])], attachments=[Attachment(n, n)])])
    masked = repr(document_to_dict(mask_document(doc)))
    assert "1234" not in masked and masked.count("xxxxxx-xxxx") == 18


def test_search_snippets_and_reports_never_show_a_cpr_number(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "referat.txt").write_text(MINUTES, encoding="utf-8")
    store = open_index(str(tmp_path / "p.db"))
    ingest(store, [str(tmp_path / "docs")])
    for query in ("hjælpemidler klage", "ankestyrelsen", "borger"):
        result = search(store, query)
        assert result["total"] == 1
        text = str(result)
        assert "010203" not in text and "0102031234" not in text
    cases = build_cases(store.documents())
    assert "010203" not in str(case_to_dict(cases[0])) and "xxxxxx-xxxx" in str(case_to_dict(cases[0]))
    assert "010203" not in theme_csv(theme_rows(cases, "hjælpemidler"))


def test_every_dash_and_space_a_cpr_number_is_printed_with():
    # hyphen, hyphen U+2010, non-breaking hyphen, figure dash, en dash, em dash, minus, small and full-width
    for dash in ("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d"):
        assert mask_cpr(f"nr. 010203{dash}1234 ") == "nr. xxxxxx-xxxx ", repr(dash)
        assert mask_cpr(f"nr. 010203 {dash}\u00a01234 ") == "nr. xxxxxx-xxxx ", repr(dash)
    for space in (" ", "\u00a0", "\u202f"):
        assert mask_cpr(f"nr. 010203{space}1234 ") == "nr. xxxxxx-xxxx ", repr(space)
    assert mask_cpr("nr. 010203_1234 og 010203/1234") == "nr. 010203_1234 og 010203/1234"  # no CPR separator
    assert mask_cpr(None) == "" and mask_cpr("") == ""


def test_cpr_split_by_search_highlights_is_masked_with_its_marks():
    from sagsgang.privacy import mask_cpr_marked
    assert mask_cpr_marked("CPR <mark>010203</mark>-<mark>1234</mark>.") == "CPR <mark>xxxxxx-xxxx</mark>."
    assert mask_cpr_marked("<mark>010203</mark>\u2013<mark>1234</mark>") == "<mark>xxxxxx-xxxx</mark>"
    assert mask_cpr_marked("<mark>991399</mark>-<mark>1234</mark>") == "<mark>991399</mark>-<mark>1234</mark>"
    assert mask_cpr_marked(None) == ""


def test_masking_a_document_keeps_missing_values_missing():
    from sagsgang.model import Document, Meeting
    from sagsgang.privacy import mask_document
    doc = mask_document(Document(source="a.txt", meeting=Meeting(None, "2024-01-01", None, None, [], [])))
    assert (doc.meeting.committee, doc.meeting.location, doc.addressed_to) == (None, None, None)
