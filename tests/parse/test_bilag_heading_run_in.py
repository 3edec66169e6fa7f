"""A bilag heading run into its list's first entry ('Bilag: 1 - Åben Notat …', entries 2, 3 … below) is the list's
heading: every entry is a bilag and the section counts, as with the heading on a line of its own. A label with its
value ('Bilag: Udkast til planen') stays one bilag and no section. Invented pages."""
from __future__ import annotations

from pathlib import Path

from tests.parse.transcript_page import parse_text

# a single case's page (a numbered agenda would read rows 2, 3 … as its next items: segmentation's concern)
HEAD = """Ny belysning på stierne ved skolen
Sagsnr.: 27/1002
Sagsfremstilling
Forvaltningen foreslår ny belysning på stierne.
Beslutning
Godkendt.
"""


def _item(tmp_path: Path, bilag: str) -> dict:
    return parse_text(tmp_path, HEAD + bilag).to_contract()["items"][0]


def test_a_bilag_table_whose_heading_runs_into_its_first_row_keeps_every_row(tmp_path: Path) -> None:
    item = _item(tmp_path, "Bilag: 1 -\tÅben\tNotat om belysning\t(10001/27)\n"
                           "2 -\tÅben\tKort over stierne\t(10002/27)\n"
                           "3 -\tLukket\tTilbud fra leverandør\t(10003/27)\n")
    assert [(a["number"], a["title"], a["public"]) for a in item["attachments"]] == [
        ("1", "Notat om belysning", True), ("2", "Kort over stierne", True), ("3", "Tilbud fra leverandør", False)]
    assert item["sections"] == ["Sagsfremstilling", "Beslutning", "Bilag"]


def test_a_bulleted_list_run_into_its_heading_keeps_every_entry(tmp_path: Path) -> None:
    item = _item(tmp_path, "Bilag: • Notat om belysning\n• Kort over stierne\n")
    assert [a["title"] for a in item["attachments"]] == ["Notat om belysning", "Kort over stierne"]


def test_a_label_with_its_value_stays_one_bilag_and_no_section(tmp_path: Path) -> None:
    item = _item(tmp_path, "Bilag: Udkast til planen\n")
    assert [a["title"] for a in item["attachments"]] == ["Udkast til planen"]
    assert item["sections"] == ["Sagsfremstilling", "Beslutning"]
