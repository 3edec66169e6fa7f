"""Run-together titles of PDF-transcript contents: a title ending on a closing abbreviation
('m.v'), and a page footer ('102 Side 2.') kept off the last title. Synthetic text in the shapes of transcript
contents lists, written for these tests (no corpus text), so nothing here needs /work/shared."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.title_split import split_titles

_HEAD = """Referat Byrådet

Størrelse: px
Starte visningen fra side:

Download "Referat Byrådet"

Transkript

1 Referat Byrådet Mødedato: Mandag den 4. april 2022 Mødetidspunkt: kl. 19:00 Mødested: Byrådssalen

2 Pkt. Tekst Side {contents}

3 1. Godkendelse af dagsorden Sagsnr.: 22-001234 Resume Godkendelse af dagsorden for mødet.
Beslutning Godkendt.
"""


def _titles(tmp_path: Path, contents: str) -> list[str | None]:
    page = tmp_path / "page.txt"
    page.write_text(_HEAD.format(contents=contents), encoding="utf-8")
    return [it.title for it in parse_file(page).items]


# --- title_cues: a title ending on a closing abbreviation ---------------------------------------------------

def test_a_title_ends_on_m_v() -> None:
    assert split_titles("Indkaldelse af stedfortræder samt ændring i udvalgene m.v Indkommet materiale") == [
        "Indkaldelse af stedfortræder samt ændring i udvalgene m.v", "Indkommet materiale"]


def test_a_status_column_after_the_abbreviation_stays_the_columns() -> None:
    titles = split_titles("Referater af møder mv. Åbent Planstrategi for kommunen Åbent")
    assert "Åbent" not in titles


# --- item_list: the page footer after the last title ----------------------------------------------------------

def test_a_page_footer_with_its_stop_is_no_part_of_the_last_title(tmp_path: Path) -> None:
    titles = _titles(tmp_path, "1 Godkendelse af dagsorden 3 2 Budgetopfølgning for første kvartal 5 "
                               "3 Ændring af konstituering i byrådsgruppen 9 Side 2.")
    assert titles[:3] == ["Godkendelse af dagsorden", "Budgetopfølgning for første kvartal",
                          "Ændring af konstituering i byrådsgruppen"]
