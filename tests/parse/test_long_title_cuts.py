"""A contents list's run whose numbers were lost, cut where only a weak cue stands (issue 11,
parse/title_split._with_long_cuts): a piece the sure cuts leave that is longer than a title mostly runs holds two
titles, parted at its surest weak cue (a capitalised word after a name), unless the name goes on there (a
genitive, a street's word, a one-word name after a preposition). Only where a contents list is read; split_titles,
which judges whether a line is a list at all, keeps its sure cuts. Literal runs in the shapes of the tune
transcripts, and a real tune page where the corpus is present (skipped otherwise)."""
from __future__ import annotations

from sagsgang.parse.title_split import cut_pieces, split_points, split_titles

from .corpus_pages import extra_page_titles


def _long(span: str) -> list[str]:
    return [t.strip() for _, t in cut_pieces(span, split_points(span, None, long=True))]


def test_a_long_piece_is_two_titles() -> None:
    run = ("Høring vedr. ny praksisplan for speciallægepraksis i Region Nordjylland Den Konservative Byrådsgruppe "
           "ønsker punkt behandlet i Byrådet")
    assert _long(run) == ["Høring vedr. ny praksisplan for speciallægepraksis i Region Nordjylland",
                          "Den Konservative Byrådsgruppe ønsker punkt behandlet i Byrådet"]
    assert split_titles(run) == [run]  # a line judged as a list or not keeps its sure cuts


def test_a_long_title_whose_name_goes_on_stays_whole() -> None:
    for run in ("Ansøgning fra Skamby Friskole om fritagelse for den klausul, der indebærer, at kommunen skal "
                "godkende skolens låntagning",
                "Ansøgning om godkendelse til lejeforhøjelser i Socialt Boligbyggeris afd. 11, beliggende Aage "
                "Nielsensvej 1-35, Skive",
                "Endelig godkendelse af Kommuneplantillæg nr. 8 til Søndersø Kommuneplan - Udvidelse af golfbane "
                "ved Langesø Gods"):
        assert _long(run) == [run]


def test_a_title_of_usual_length_is_not_cut() -> None:
    run = "Ændring af vedtægter for Korsør Havn Nor Alléen 2 i Korsør"
    assert _long(run) == [run]


def test_real_tune_transcript() -> None:
    titles = extra_page_titles("x0334.txt")
    assert "Høring vedr. ny praksisplan for speciallægepraksis i Region Nordjylland" in titles
    assert "Den Konservative Byrådsgruppe ønsker punkt behandlet i Byråde" in titles
