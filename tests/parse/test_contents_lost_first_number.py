"""A transcript's contents list whose first entry lost its number ('Godkendelse af dagsorden 3 2. Budget … 4 3. …'):
the first title, printed before entry 2 as a row of title and page, is the list's first entry, and the body its header
opens below the list ('Punkt 1: …') is that item's (lost_first_entry.with_lost_first). Invented page."""
from __future__ import annotations

from pathlib import Path

from tests.parse.transcript_page import TITLED_FRAME, parse_text

_LIST = ("2 Godkendelse af mødeplan 3 2. Tilskud til byens spejderhytte 4 3. Ny belysning på "
         "stationspladsen 5 Orientering fra formanden 6 5. Eventuelt 7")
_FIRST = ("3 Punkt 1: Godkendelse af mødeplan Sagsnr.: 25-001122 Beslutning Mødeplanen blev godkendt. Resume Udvalget "
          "skal godkende sin plan for møderne i efteråret. Indstilling Forvaltningen indstiller, at planen godkendes.")
_SECOND = ("4 Punkt 2: Tilskud til byens spejderhytte Sagsnr.: 25-002233 Beslutning Godkendt. Resume Spejderne har "
           "søgt om tilskud til et nyt tag på hytten.")


def _page(*pages: str) -> str:
    return TITLED_FRAME.format(title="Referat Fritidsudvalget", pages="\n\n".join(
        ["1 Referat FRITIDSUDVALGET TIRSDAG DEN 2. SEPTEMBER 2025, KL. 16.00 PÅ RÅDHUSET", *pages]))


def test_first_entry_whose_number_was_lost_keeps_its_body(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page(_LIST, _FIRST, _SECOND))
    first = doc.items[0]
    assert (first.number, first.title) == ("1", "Godkendelse af mødeplan")
    assert [s.heading for s in first.sections] == ["Beslutning", "Resume", "Indstilling"]
    assert [d.text for d in first.decisions] == ["Mødeplanen blev godkendt."]
    assert [it.title for it in doc.items[1:3]] == ["Tilskud til byens spejderhytte", "Ny belysning på stationspladsen"]


def test_without_its_body_the_first_entry_has_no_number(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page(_LIST))
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "Godkendelse af mødeplan"), ("2", "Tilskud til byens spejderhytte"),
        ("3", "Ny belysning på stationspladsen"), (None, "Orientering fra formanden"), ("5", "Eventuelt")]


# entry 3 lost its number too: its page opens the next entry's span ('… spejderhytte 4 Ny belysning …')
_LIST_BOTH_LOST = ("2 Godkendelse af mødeplan 3 2. Tilskud til byens spejderhytte 4 Ny belysning på stationspladsen 5 "
                   "Status på vejenes vedligehold 6 5. Prioritering af puljen til kultur 7 Orientering fra formanden 8 "
                   "7. Eventuelt 9")


def test_first_entry_found_where_the_third_lost_its_number_too(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page(_LIST_BOTH_LOST, _FIRST, _SECOND))
    assert [(it.number, it.title) for it in doc.items[:3]] == [
        ("1", "Godkendelse af mødeplan"), ("2", "Tilskud til byens spejderhytte"),
        (None, "Ny belysning på stationspladsen")]
    assert [d.text for d in doc.items[0].decisions] == ["Mødeplanen blev godkendt."]
