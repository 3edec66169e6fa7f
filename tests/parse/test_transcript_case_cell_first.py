"""Transcripts whose item headers print the case number's cell between the item's number and its title ('Punkt 4
Sagsnr. 24.00.00-A00-1-24 Ny skolestruktur Sagsfremstilling …'). A case number of a form no title's words take (KLE,
a register's letters and year) ends a title where it follows one (title_tidy.BODY_CUE); where it opens the title's
span it is the row's case cell, and the title is read behind it. Invented pages; no real text copied."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import COVER, TITLED_FRAME, parse_text

BODY = (" Sagsfremstilling Forvaltningen har udarbejdet et notat. Indstilling Direktøren indstiller, at sagen "
        "godkendes. Beslutning Godkendt. ")
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts", "Salg af byggegrund på Skovvej",
          "Ny skolestruktur"]


def _headers(case: str, titles: list[str], first: int) -> str:
    return "".join(f"Punkt {k} Sagsnr. {case} {t}{BODY}" for k, t in enumerate(titles, first))


@pytest.mark.parametrize("case", ["24.00.00-A00-1-24", "S2024-1187", "00.01.00-G01-3-23"])
def test_case_cell_before_the_title_is_no_body_cue(tmp_path: Path, case: str) -> None:
    """Every header's title is the words behind its case cell, the last header's too (whose title no next number
    ends: list_end reads its body's cue behind the cell), and the cell's number is the item's."""
    pages = [COVER, "2 " + _headers(case, TITLES[:3], 1), "3 " + _headers(case, TITLES[3:], 4)]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES, 1)]
    assert [it.case_numbers for it in doc.items] == [[case]] * 4


def test_case_number_after_a_title_still_ends_it(tmp_path: Path) -> None:
    """'Punkt 2: Budgetopfølgning EMN-2024-001187 Beslutninger …': a case number behind the title still ends it."""
    pages = [COVER, "2 Punkt 1: Godkendelse af dagsorden EMN-2024-001186 Beslutninger Godkendt. Punkt 2: "
             "Budgetopfølgning pr. 31. marts EMN-2024-001187 Beslutninger Taget til efterretning.",
             "3 Punkt 3: Ny skolestruktur EMN-2024-001188 Beslutninger Godkendt."]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))
    assert [it.title for it in doc.items] == ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts",
                                              "Ny skolestruktur"]


def test_a_contents_lists_last_row_keeps_its_title_behind_its_case_cell(tmp_path: Path) -> None:
    """'Indholdsfortegnelse Punkt 1 Sagsnr. 24/1187 Godkendelse af dagsorden 3 … Punkt 3 Sagsnr. 24/1189 Salg af
    byggegrund på Skovvej 5': the list's last row, read for as many titles as its words show, is one entry, not the
    case cell ('Sagsnr. 24/1189') and a title lost its number."""
    listed = list(enumerate(zip(["24/1187", "24/1188", "24/1189"], TITLES, strict=False), 1))
    rows = " ".join(f"Punkt {k} Sagsnr. {c} {t} {k + 2}" for k, (c, t) in listed)
    bodies = "".join(f"Punkt {k} Sagsnr. {c} {t}{BODY}" for k, (c, t) in listed)
    pages = [COVER, f"2 Indholdsfortegnelse {rows}", f"3 {bodies}"]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES[:3], 1)]
