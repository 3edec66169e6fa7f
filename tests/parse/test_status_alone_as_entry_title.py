"""A closed item printed by its status alone in a numbered flow ('3) Lukket punkt 4) Lys på molen …'): the status is
entry 3's whole title ('Lukket punkt', annotation-rules), not entry 4's status, and 'punkt' is no label of the number
after it (number_candidates._status_before, chain_entries._next_label). An entry has a title, and read the other way
entry 3 has none (benchmarks/parse_accuracy/printed.py --as-transcript, 'plain'). Invented words."""
from __future__ import annotations

from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare

ENTRIES = [("3", "Lukket punkt", False), ("4", "Lys på molen", True), ("5", "Ny bro ved havnen", True),
           ("6", "Bænke ved stranden", True)]


def _listed(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(e.number, e.title, e.public) for e in find_item_list(prepare(text))]


def test_a_status_alone_in_a_flattened_run_titles_its_own_entry() -> None:
    assert _listed("3) Lukket punkt 4) Lys på molen 5) Ny bro ved havnen 6) Bænke ved stranden") == ENTRIES


def test_a_status_alone_on_its_numbered_line_titles_its_own_entry() -> None:
    assert _listed("3. Lukket punkt\n4. Lys på molen\n5. Ny bro ved havnen\n6. Bænke ved stranden") == ENTRIES


def test_a_status_after_a_title_still_marks_the_next_number() -> None:
    # a status column before the number ('… Lukket 4 Salg …'): the next entry's, where the entry before has its title
    listed = _listed("3 Lys på molen Lukket 4 Salg af grund 5 Ny bro ved havnen 6 Bænke ved stranden")
    assert ("4", "Salg af grund", False) in listed


def test_a_status_after_the_runs_last_standing_item_is_an_entry_of_its_own() -> None:
    """'… Eventuelt Lukket' ending a run of titles with no status column: a standing item is never closed, so the
    status word is the closed entry after it. Where a column prints a status after each title it stays the title's."""
    from sagsgang.parse.title_split import split_titles
    assert split_titles("Ny forening - FC Egeby søger om godkendelse Eventuelt Lukket") == [
        "Ny forening - FC Egeby søger om godkendelse", "Eventuelt", "Lukket"]
    assert split_titles("Godkendelse af regnskab Åben Salg af grund Lukket Eventuelt Lukket")[-1] != "Lukket"
