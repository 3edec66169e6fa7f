"""A flattened contents list that prints a status column (a closed entry's title followed by its 'Lukket' cell):
the last entry, a standing item, closed by its cell ('6. Eventuelt<TAB>Lukket') is one closed entry, not an open
'Eventuelt' and a closed entry 'Lukket' after it, as where no column is printed (chain_entries._status_cell_at).
Invented page."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.title_split import split_titles

from .flattening import flattened_text
from .transcript_page import parse_text

_ENTRIES = [("Godkendelse af dagsorden", True), ("Salg af grund ved Havnevej", False),
            ("Orientering om trafikplanen for bymidten", True), ("Køb af ejendom til daginstitution", False),
            ("Tilskud til foreningernes sommerfest", True), ("Eventuelt", False)]
_BODY = ("Sagsfremstilling\nForvaltningen har skrevet et notat om sagen til udvalget.\n\nIndstilling\n"
         "Forvaltningen indstiller, at sagen godkendes.\n\nBeslutning\nGodkendt.\n")


def _page() -> str:
    listed = "\n".join(f"{n}. {t}" + ("" if open_ else "\tLukket") for n, (t, open_) in enumerate(_ENTRIES, 1))
    bodies = "\n".join(f"{n}. {t}\n\n{_BODY}" for n, (t, open_) in enumerate(_ENTRIES, 1) if open_)
    return (f"Referat\n\nPlanudvalget\n\nMødedato: 7. april 2027 kl. 16.00\n\nMødested: Rådhuset\n\nDagsorden\n\n"
            f"{listed}\n\n{bodies}")


def test_the_last_entrys_status_cell_closes_it(tmp_path: Path) -> None:
    items = parse_text(tmp_path, flattened_text(_page())).items
    assert [(it.number, it.title, it.public) for it in items] == [
        (str(n), t, open_) for n, (t, open_) in enumerate(_ENTRIES, 1)]


def test_without_a_column_a_status_after_a_standing_item_is_an_entry_of_its_own() -> None:
    assert split_titles("Orientering fra formanden Eventuelt Lukket") == [
        "Orientering fra formanden", "Eventuelt", "Lukket"]
