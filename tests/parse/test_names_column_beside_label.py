"""A members' cell of a cover table, one name a line, the first beside its label ('Medlemmer: Anne Marie Krogsgaard'
/ 'Per Lund Thomsen' / …): the text layer of a labelled cover table (benchmarks/parse_accuracy/printed.py
'table'). The column goes on while each line holds one name and nothing else (attendance_lists.wrapped_list)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGE = """Beskæftigelses- og Erhvervsudvalget - 10-01-2022

Side 1 af 3
Nordby Kommune

Referat

Udvalg: Beskæftigelses- og Erhvervsudvalget

Mødedato: 10-01-2022

Mødetidspunkt: kl. 08:00

Mødested: Mødelokale 1

Medlemmer: Anne Marie Krogsgaard
Per Lund Thomsen
Lone Vestergaard
Charlotte Lind (F)
Maria Kjærgaard
Nordby Kommune

Fraværende: Bjarke Holm

Beskæftigelses- og Erhvervsudvalget - 10-01-2022

Side 2 af 3
1. Godkendelse af dagsorden

Sagsnr.: 21-014448

Beslutning i Beskæftigelses- og Erhvervsudvalget den 10-01-2022
Godkendt.
"""


def test_a_column_of_names_under_the_first_beside_its_label(tmp_path: Path) -> None:
    page = tmp_path / "referat.txt"
    page.write_text(PAGE, encoding="utf-8")
    meeting = parse_file(page).to_contract()["meeting"]
    assert meeting["participants"] == ["Anne Marie Krogsgaard", "Per Lund Thomsen", "Lone Vestergaard",
                                       "Charlotte Lind (F)", "Maria Kjærgaard"]
    assert meeting["absent"] == ["Bjarke Holm"]
