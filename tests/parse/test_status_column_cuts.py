"""A contents list's run whose titles each end on their status (open/closed) word, a column run into one
transcript line (issue 11, parse/status_column): the status words part the titles, and a capitalised word between
two of them is a word of one title, not where another starts. A list that marks its closed entries alone is no
column: its open titles still part where a title starts. Invented runs in the shape of the tune transcripts."""
from __future__ import annotations

from sagsgang.parse.status_column import status_words
from sagsgang.parse.title_split import cut_pieces, split_points


def _long(span: str) -> list[str]:
    return [t.strip() for _, t in cut_pieces(span, split_points(span, None, long=True))]


def test_a_status_column_parts_the_titles_and_nothing_else() -> None:
    run = ("Vejanlæg ved Skovbrynet - bevillingssag Åbent VANDFORSYNING - LEDNINGSFORNYELSE, KORTLÆGNING M.V "
           "BEVILLINGSSAG Åbent Etablering af stisystem Hvidbjerg - Nørremark, ekspropriation Åbent Ny skolestruktur - "
           "høring Lukket Eventuelt Åbent")
    assert _long(run) == ["Vejanlæg ved Skovbrynet - bevillingssag Åbent",
                          "VANDFORSYNING - LEDNINGSFORNYELSE, KORTLÆGNING M.V BEVILLINGSSAG Åbent",
                          "Etablering af stisystem Hvidbjerg - Nørremark, ekspropriation Åbent",
                          "Ny skolestruktur - høring Lukket", "Eventuelt Åbent"]


def test_closed_marks_alone_are_no_column() -> None:
    run = ("Vejanlæg ved Skovbrynet - bevillingssag Lukket Salg af grund Lukket Etablering af stisystem Hvidbjerg - "
           "Nørremark, ekspropriation Lukket Eventuelt")
    assert status_words(run) == []
    assert "Etablering af stisystem" in _long(run)


def test_a_closed_title_s_own_marker_is_no_cell() -> None:
    run = "Lukket punkt: Salg af grund Åbent Budget 2024 Åbent Lukket - Køb af ejendom Åbent"
    assert [run[a:b] for a, b in status_words(run)] == ["Åbent", "Åbent", "Åbent"]
