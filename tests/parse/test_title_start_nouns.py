"""Where a run of titles whose numbers were lost starts a title at a capitalised word after a name (issue 11,
parse/title_split.py): a compound naming a document a council adopts ('Erhvervspolitik', 'Affaldsplan',
'Entreprenøraftaler') opens a title, unless it opens on a name's own word ('Søndersø Kommuneplan', the place's
own plan); a word titles start with opens one with the colon of a 'Subject: detail' title too
('Kommuneplantillæg: Skive Midtby'). Small literal runs in the shapes of the tune transcripts, and the real
tune pages where the corpus is present (skipped otherwise)."""
from __future__ import annotations

import pytest

from sagsgang.parse.title_split import split_titles

from .corpus_pages import extra_page_titles as _titles


def test_document_noun_after_a_name_opens_a_title() -> None:
    assert split_titles("Markedsføringsaftaler med TMS Ringsted samt Benløse Floorball Erhvervspolitik "
                        "(Genoptaget) (ØK)") == ["Markedsføringsaftaler med TMS Ringsted samt Benløse Floorball",
                                                 "Erhvervspolitik (Genoptaget) (ØK)"]
    assert split_titles("Ansøgning om etablering af holdeplads ved Jungshovedvej/Neblevej Affaldsplan") == [
        "Ansøgning om etablering af holdeplads ved Jungshovedvej/Neblevej", "Affaldsplan"]
    assert split_titles("Fastsættelse af grundpris, Ålesundparken, Bogense Entreprenøraftaler") == [
        "Fastsættelse af grundpris, Ålesundparken, Bogense", "Entreprenøraftaler"]


def test_a_places_own_plan_goes_on_with_its_name() -> None:
    run = "Endelig godkendelse af Kommuneplantillæg nr. 8 til Søndersø Kommuneplan - Udvidelse af golfbane"
    assert split_titles(run) == [run]


def test_title_start_with_a_colon_after_a_name() -> None:
    assert split_titles("Salg af vejareal til Anne-Marie og Svend Erik Pedersen Kommuneplantillæg: Skive Midtby") \
        == ["Salg af vejareal til Anne-Marie og Svend Erik Pedersen", "Kommuneplantillæg: Skive Midtby"]


@pytest.mark.parametrize(("page", "expected"), [
    ("x0215.txt", ["Erhvervspolitik", "Markedsføringsaftaler med TMS Ringsted samt Benløse Floorball"]),
    ("x0083.txt", ["Salg af vejareal til Anne-Marie og Svend Erik Pedersen", "Kommuneplantillæg: Skive Midtby"]),
    ("x0329.txt", ["Affaldsplan"]),
    ("x0170.txt", ["Entreprenøraftaler"]),
])
def test_real_tune_transcripts(page: str, expected: list[str]) -> None:
    titles = _titles(page)
    assert [t for t in expected if t not in titles] == []


def test_a_calendar_or_a_fund_after_a_name_opens_a_title() -> None:
    assert split_titles("Henvendelse om bænkene i Kildeparken Mødekalender 2026 for udvalget") == [
        "Henvendelse om bænkene i Kildeparken", "Mødekalender 2026 for udvalget"]
    assert split_titles("Trafiksikkerhed ved Vester Hæsinge Kulturpuljen til lokale arrangementer") == [
        "Trafiksikkerhed ved Vester Hæsinge", "Kulturpuljen til lokale arrangementer"]


def test_a_document_noun_after_a_genitive_goes_on_its_phrase() -> None:
    title = "Revision af reglerne for Faaborgs Idrætspulje (Genoptaget)"
    assert split_titles(title) == [title]
