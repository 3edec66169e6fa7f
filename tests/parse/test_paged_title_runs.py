"""A run of titles with a bare page column between them (a transcript's contents list whose numbers and
leaders were lost) parts at its page numbers, and the numbers are no title's words."""
from __future__ import annotations

from sagsgang.parse.title_split import split_titles


def test_page_numbers_part_a_run_of_titles() -> None:
    run = ("Overførsel af driftsbevillinger 3 Ansøgning til Turismepuljen - Klosterforum 4 "
           "Anlægsprojekter i Skolevæsnet 4 Godkendelse af regnskab for Klosterforum 6")
    assert split_titles(run) == ["Overførsel af driftsbevillinger",
                                 "Ansøgning til Turismepuljen - Klosterforum",
                                 "Anlægsprojekter i Skolevæsnet", "Godkendelse af regnskab for Klosterforum 6"]


def test_a_name_before_its_page_number_ends_its_title() -> None:
    # 'Klosterforum 8 Anlægsprojekter': a capitalised word after a name, no word cue; the page parts them
    run = "Tilskud til Kulturhuset Klosterforum 8 Helhedsplan Vestbyen 9 Renovering af Rådhuset"
    assert split_titles(run) == ["Tilskud til Kulturhuset Klosterforum", "Helhedsplan Vestbyen",
                                 "Renovering af Rådhuset"]


def test_one_number_inside_a_title_is_no_page_column() -> None:
    run = "Endelig vedtagelse af lokalplan 12 Boliger ved Søndergade"
    assert "12" in " ".join(split_titles(run))


def test_falling_numbers_inside_titles_are_no_page_column() -> None:
    pieces = split_titles("Indkaldelse af 12 Boliger Salg af 3 Grunde Køb af 1 Ejendom")
    assert all(any(ch.isdigit() for ch in p) for p in pieces if p.startswith(("Indkaldelse", "Salg", "Køb")))
