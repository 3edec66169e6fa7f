"""An excerpt that shows a meeting's head and its first item only, cut off inside that item's body (every `extra/`
page is the first ~2,000 characters of a published page): a meeting of one item, the item's number and title read
from its header, never a page's head line read as the title of a case published on its own. Invented pages."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

HEAD = ("Kommunalbestyrelsen\n\n23-02-2010\n\nMedlemmer\n\nAnne Hansen (A)\nBo Jensen (V)\n\n"
        "Sager 19 - 40\n\nFold alle ud\n\n")
BODY = ("\nSagens kerne\n\nDer ansøges om anlægsbevilling på 22.843.000 kr. til vedligeholdelse af kommunens bygninger "
        "i 2010. Teknisk Forvaltning indstiller,\n 1. at der gives en anlægsbevilling på 22.843.000 kr. til")


def _parse(tmp_path: Path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)


def test_a_meetings_head_over_one_items_header_cut_in_its_body(tmp_path):
    doc = _parse(tmp_path, HEAD + "Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling\nSag nr. 19\n" + BODY)
    assert (doc.meeting.committee, doc.meeting.date) == ("Kommunalbestyrelsen", "2010-02-23")
    assert [(it.number, it.title) for it in doc.items] == [
        ("19", "Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling")]


def test_a_numbered_header_under_the_meetings_head(tmp_path):
    doc = _parse(tmp_path, HEAD + "19. Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling\n" + BODY)
    assert [(it.number, it.title) for it in doc.items] == [
        ("19", "Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling")]
    assert doc.meeting is not None and doc.meeting.committee == "Kommunalbestyrelsen"


def test_an_excerpt_cut_right_after_the_next_items_label(tmp_path):
    """'… Godkendt.' / 'Punkt 3:' as the text's last line (and '• Pkt. 3', a web list's bullet before it): the
    excerpt stops after the third item's label, which still counts with its number and no title."""
    for label in ("Punkt {n}:", "• Pkt. {n}"):
        items = "".join(f"{label.format(n=n)}\n{t}\nSagsfremstilling\nNotat.\nBeslutning\nGodkendt.\n\n"
                        for n, t in [(1, "Godkendelse af dagsorden"), (2, "Budget 2025")])
        doc = _parse(tmp_path, "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n" + items + label.format(n=3))
        assert [(it.number, it.title) for it in doc.items] == [
            ("1", "Godkendelse af dagsorden"), ("2", "Budget 2025"), ("3", "")], label


def test_an_excerpt_cut_right_after_the_next_items_number(tmp_path):
    """'… Godkendt.' / '3.' as the text's last line, after items 1 and 2: item 3 counts with its number; a number
    out of sequence there ('17.') is no item."""
    items = "".join(f"{n}. {t}\nSagsfremstilling\nNotat.\nBeslutning\nGodkendt.\n\n"
                    for n, t in [(1, "Godkendelse af dagsorden"), (2, "Budget 2025")])
    head = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n"
    assert [(it.number, it.title) for it in _parse(tmp_path, head + items + "3.").items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2025"), ("3", "")]
    assert [it.number for it in _parse(tmp_path, head + items + "17.").items] == ["1", "2"]


def test_an_excerpt_that_stops_in_the_meetings_head(tmp_path):
    """'Mødedeltagere' / its members and nothing after them: a meeting whose items the text does not show, with its
    participants; not a case titled by the page's first line."""
    doc = _parse(tmp_path, "Titel Udvalg Funktioner\nByrådet Byrådet Vis medlemmer Udskriv\n\nMødedeltagere\n\n"
                           "Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Lund\n\n")
    assert doc.items == []
    assert doc.meeting is not None and doc.meeting.participants == ["Anne Hansen", "Bo Jensen", "Carl Nielsen",
                                                                    "Dorte Lund"]


def test_a_case_under_its_meetings_members_keeps_its_item(tmp_path):
    """The same head over a case's sections: the case is the page's item."""
    doc = _parse(tmp_path, "Budget for vejene 2025\n\nDeltagere\n\nAnne Hansen, Bo Jensen\n\nSagsfremstilling\n"
                           "Forvaltningen har lavet et notat.\n")
    assert [it.title for it in doc.items] == ["Budget for vejene 2025"]


def test_an_excerpt_that_stops_in_the_first_items_header(tmp_path):
    """'Økonomiudvalget – Referat – 18. november 2024' / '1. Godkendelse af': the first item counts with what is
    visible of its title; where a contents entry printed the words above it, the entry's whole title stands."""
    head = "Økonomiudvalget – Referat – 18. november 2024\n\n\n\n"
    assert [(it.number, it.title) for it in _parse(tmp_path, head + "1. Godkendelse af").items] == [
        ("1", "Godkendelse af")]
    listed = head + "Indhold\n\nåbent 1 Godkendelse af dagsorden\nåbent 2 Budget 2025\n\n1. Godkendelse af"
    assert ("1", "Godkendelse af") not in [(it.number, it.title) for it in _parse(tmp_path, listed).items]
