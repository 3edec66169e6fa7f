"""Where a run of titles whose numbers were lost starts a title at a capitalised word after a name (issue 11,
parse/title_split.py): a compound naming a document a council adopts ('Erhvervspolitik', 'Affaldsplan',
'Entreprenøraftaler') opens a title, unless it opens on a name's own word ('Søndersø Kommuneplan', the place's
own plan); a word titles start with opens one with the colon of a 'Subject: detail' title too
('Kommuneplantillæg: Skive Midtby'). Small literal runs in the shapes of the tune transcripts, and the real
tune pages where the corpus is present (skipped otherwise)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.title_split import split_titles

DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra" / "docs"


def _titles(name: str) -> list[str | None]:
    page = DOCS / name
    if not page.exists():
        pytest.skip(f"corpus page {name} absent")
    return [it.title for it in parse_file(page).items]


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


def test_real_tune_transcripts() -> None:
    titles = _titles("x0215.txt")
    assert "Erhvervspolitik" in titles
    assert "Markedsføringsaftaler med TMS Ringsted samt Benløse Floorball" in titles
    titles = _titles("x0083.txt")
    assert "Salg af vejareal til Anne-Marie og Svend Erik Pedersen" in titles
    assert "Kommuneplantillæg: Skive Midtby" in titles
    assert "Affaldsplan" in _titles("x0329.txt")
    assert "Entreprenøraftaler" in _titles("x0170.txt")
