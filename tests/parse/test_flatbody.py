"""Item bodies of tune pages flattened the way a PDF transcript prints them (benchmarks/parse_accuracy/flattened.py),
read for the fields the lined page gives: a bilag table's rows, a run of file names, an absence label over its names,
a body's stated outcome, a heading at a page line's end, a 'Hvem beslutter' table, a document's number beside the
case's (parse/inline_body.py, parse/assemble.py, parse/attachments.py, parse/item_body.py). Each test goes red when
its rule is reverted."""
from __future__ import annotations

from pathlib import Path

import pytest

from .flattening import parse_flattened

_DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra" / "docs"


def _item(doc, number: str | None, index: int = 0):
    return [it for it in doc.items if it.number == number][index]


_VELFAERD = ["Adm. tilkendegivelse om velfærdsaftale på beskæftigelsesområdet inkl. bilag",
             "Borgmesterbrev vedr. udvælgelsesproces for velfærdsaftaler på beskæftigelsesområdet",
             "Aftale om udbredelse af velfærdsaftaler på Ældreområdet",
             "Borgmesterbrev vedr. udvælgelsesproces for velfærdsaftaler på folkeskole-, dagtilbuds- og ældreområdet"]


def test_bilag_table_rows_over_a_page_break(tmp_path: Path) -> None:
    """000: 'Bilag: 1 - Åben Adm. tilkendegivelse … (108896/22) (H)' / '7 3338892 beskæftigelsesområdet inkl. bilag
    2 - Åben Borgmesterbrev …': each row from its number and status, the next page's number and the document's
    number no part of a title."""
    doc = parse_flattened(tmp_path, "000_49f9073853a75b98.txt")
    assert [(a.number, a.title, a.public) for a in doc.items[0].attachments] == \
        [(str(k), t, True) for k, t in enumerate(_VELFAERD, 1)]


def test_bilag_table_rows_with_the_document_number_before_the_status(tmp_path: Path) -> None:
    """001: 'Bilag: 1 - 3338892 Åben Adm. tilkendegivelse …' / '8 (108896/22) (H) 2 - 3337598 Åben …'."""
    doc = parse_flattened(tmp_path, "001_af3f98d7004bd649.txt")
    assert [a.title for a in doc.items[0].attachments] == _VELFAERD


def test_a_run_of_file_names_is_the_items_bilag(tmp_path: Path) -> None:
    """x0273: '• Pkt. 130 Busbestilling 2020 Notat_om_busbestilling_2020.pdf … .pdf Pkt. 130 Busbestilling 2020
    Sagsnr. …': the names on a line of their own, read as the lined page's line of files."""
    doc = parse_flattened(tmp_path, "x0273.txt")
    assert [a.title for a in _item(doc, "130").attachments] == [
        "Notat_om_busbestilling_2020.pdf", "Notat_om_busbetjening_Hyrdehoej_Plejecenter.pdf",
        "Notat_om_Flextur_og_Flexhandicap.pdf", "Hoeringssvar_Klima-_og_Miljoeudvalget_-_busbestilling_2020.pdf"]


@pytest.mark.parametrize("name", ["x0025.txt", "x0026.txt"])
def test_absence_label_over_its_names_heads_a_section(tmp_path: Path, name: str) -> None:
    """x0025 '… 30-01-2018 1 Fraværende Afbud fra Bente Helms Bemærkninger til dagsordenen …', x0026 '… 1 Fraværende
    Linda Kofoed Persson Bemærkninger til dagsordenen …': 'Fraværende' heads its block, as on the lined page."""
    doc = parse_flattened(tmp_path, name)
    assert [s.heading for s in _item(doc, "1").sections] == ["Behandling", "Fraværende", "Bemærkninger til dagsordenen"]


def test_hvem_beslutter_table_on_one_line_is_the_route(tmp_path: Path) -> None:
    """x0025 item 2: 'Hvem beslutter Børne- og Skoleudvalget indstiller Økonomi-, Erhvervs- og Planudvalget
    indstiller Kommunalbestyrelsen beslutter Resumé …'."""
    doc = parse_flattened(tmp_path, "x0025.txt")
    assert _item(doc, "2").route == ["Børne- og Skoleudvalget", "Økonomi-, Erhvervs- og Planudvalget",
                                     "Kommunalbestyrelsen"]


def test_stated_outcome_at_a_page_top_and_after_a_sentence(tmp_path: Path) -> None:
    """x0049 '2 Økonomiudvalget anbefaler indstillingen.' (the page's number before it) and x0051 '… var fraværende.
    Økonomiudvalget anbefaler indstillingen. Jan Nymark Rose Thaysen var fraværende. Beslutning …': each the
    Økonomiudvalget's decision, before the council's."""
    first = parse_flattened(tmp_path, "x0049.txt")
    assert [(d.committee, d.text) for d in _item(first, None, 1).decisions][0] == \
        ("Økonomiudvalget", "Økonomiudvalget anbefaler indstillingen.")
    second = parse_flattened(tmp_path, "x0051.txt")
    assert [(d.committee, d.text) for d in _item(second, None, 1).decisions][0] == \
        ("Økonomiudvalget", "Økonomiudvalget anbefaler indstillingen. Jan Nymark Rose Thaysen var fraværende.")


def test_bullet_before_the_next_entry_is_no_part_of_the_decision(tmp_path: Path) -> None:
    """x0201: '• Sagsid.: Beslutning Byrådet den 18-12-2019 Dagsordenen godkendt. • Sagsid.: 18/15013 …'."""
    doc = parse_flattened(tmp_path, "x0201.txt")
    assert [(d.committee, d.date, d.text) for d in doc.items[0].decisions] == \
        [("Byrådet", "2019-12-18", "Dagsordenen godkendt.")]


def test_heading_at_a_page_lines_end_and_a_tables_row_labels(tmp_path: Path) -> None:
    """x0174 item 12: '… kassebeholdningen i 2011. Beslutning' / '2 Anbefales (til Økonomiudvalget). Sagsfremstilling
    …' is the decision; 'Bevilling 25.01.2005 11.300.000 kr. Bevilling 28.09.2007 …' a table's rows, no sections."""
    doc = parse_flattened(tmp_path, "x0174.txt")
    item = _item(doc, "12")
    assert [(d.committee, d.date, d.text) for d in item.decisions] == \
        [("Børne- og Skoleudvalget", "2012-02-14", "Anbefales (til Økonomiudvalget).")]
    assert [s.heading for s in item.sections] == ["Sagens kerne", "Indstilling", "Beslutning", "Sagsfremstilling"]


def test_heading_at_a_page_lines_start_after_its_number(tmp_path: Path) -> None:
    """002: '4 Bevilling Sagen har ingen bevillingsmæssige konsekvenser. …': with the page's number taken off, the
    heading that opens the page is cut still."""
    doc = parse_flattened(tmp_path, "002_3ed3bba4aa5e581f.txt")
    assert "Bevilling" in [s.heading for s in _item(doc, "148").sections]


def test_document_number_beside_the_case_number_is_none(tmp_path: Path) -> None:
    """x0318: '140. Regulativ for husholdningsaffald Sag 306-2009-142584 Dok. 306-2019-205315 Initialer: BIL …'."""
    doc = parse_flattened(tmp_path, "x0318.txt")
    assert _item(doc, "140").case_numbers == ["306-2009-142584"]


def test_bilag_named_as_a_sentences_subject_heads_no_list(tmp_path: Path) -> None:
    """x0107: '… udvalgets fagområde. Bilag 1 indeholder ajourført oversigt over de punkter …': a sentence about a
    bilag, no 'Bilag' heading over a list."""
    doc = parse_flattened(tmp_path, "x0107.txt")
    assert _item(doc, "1").attachments == []
