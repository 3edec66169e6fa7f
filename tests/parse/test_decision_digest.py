"""A council's digest of a meeting's decisions: items read back from the lines that cite the meeting
and the item's number after each decision ('Byrådsmødet, tirsdag 28. maj, punkt 3')."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .corpus_pages import extra_gold, extra_page


def _parse(tmp_path: Path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p)


def _shape(doc) -> list[tuple]:
    return [(it.number, it.title, [(d.committee, d.date, d.text) for d in it.decisions]) for it in doc.items]


@pytest.mark.parametrize("name", ["x0066.txt", "x0067.txt"])
def test_real_digests_read_as_their_gold(name):
    doc, gold = parse_file(extra_page(name)), extra_gold(name)
    assert doc.document_type == gold["document_type"] == "andet" and doc.meeting is None
    assert _shape(doc) == [(it["number"], it["title"],
                            [(d["committee"], d["date"], d["text"]) for d in it["decisions"]]) for it in gold["items"]]


DIGEST = """Kommunalbestyrelsen har besluttet

Her kan du læse, hvad kommunalbestyrelsen besluttede på mødet den 3. maj 2023.

Ny skolestruktur
Kommunalbestyrelsen vedtog en ny skolestruktur med fire distrikter.
Kommunalbestyrelsesmødet den 3. maj - pkt. 12

Trafik og veje

Cykelsti langs Åvej
Kommunalbestyrelsen bevilgede 2 mio. kr. til en cykelsti langs Åvej.
Kommunalbestyrelsesmødet den 3. maj - pkt. 14

Nyt plejecenter
Kommunalbestyrelsen godkendte
"""


def test_a_digest_of_another_body_with_a_group_heading_and_a_cut_end(tmp_path):
    assert _shape(_parse(tmp_path, DIGEST)) == [
        ("12", "Ny skolestruktur", [("Kommunalbestyrelsen", "2023-05-03",
                                     "Kommunalbestyrelsen vedtog en ny skolestruktur med fire distrikter.")]),
        ("14", "Cykelsti langs Åvej", [("Kommunalbestyrelsen", "2023-05-03",
                                        "Kommunalbestyrelsen bevilgede 2 mio. kr. til en cykelsti langs Åvej.")]),
        (None, "Nyt plejecenter", [])]  # cut off before its first sentence ended: no decision


def test_a_meeting_citing_earlier_meetings_items_stays_a_meeting(tmp_path):
    page = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n1. Budget 2025\nSagsforløb\n"
            "Udvalgsmødet den 3. maj - pkt. 12\nUdvalgsmødet den 7. juni - pkt. 15\nBeslutning\nGodkendt.\n\n"
            "2. Orientering\nBeslutning\nTaget til efterretning.\n")
    doc = _parse(tmp_path, page)
    assert doc.layout == "generic" and [it.title for it in doc.items] == ["Budget 2025", "Orientering"]


def test_a_case_page_citing_its_treatments_is_no_digest(tmp_path):
    # one case's history, newest first: the numbers fall, a digest's rise
    page = ("Lokalplan 123 for Havnen\n\nSagsfremstilling\nForvaltningen har udarbejdet et forslag til lokalplan.\n"
            "Byrådsmødet den 3. maj - punkt 12\nØkonomiudvalgsmødet den 26. april - punkt 4\n")
    doc = _parse(tmp_path, page)
    assert doc.layout != "decision_digest" and [it.title for it in doc.items] == ["Lokalplan 123 for Havnen"]
