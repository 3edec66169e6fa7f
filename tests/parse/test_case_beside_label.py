"""An item header whose label line holds the case number ('Punkt 1 Sagsnr. 21-014448', the title in large type
on the next line): a layout that prints the case cell to the right of the label, read across by the text
layer (labelled_starts._case_beside_label). The case field is no title: the title is the next line, the case
number the item's. The page is the text layer of a meeting printed that way (benchmarks/parse_accuracy/printed.py
'boxed', a dev meeting)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGE = """Nordby Kommune · Beskæftigelses- og Erhvervsudvalget · 10.01.2022

Side 1 af 4
Referat

Beskæftigelses- og Erhvervsudvalget

Mødedato: 10.01.2022

Mødetidspunkt: 08:00

Mødested: Mødelokale 1

Nordby Kommune · Beskæftigelses- og Erhvervsudvalget · 10.01.2022

Side 2 af 4
Punkt 1 Sagsnr. 21-014448

Godkendelse af dagsorden

Beslutning i Beskæftigelses- og Erhvervsudvalget den 10. januar 2022
Godkendt.

Resume
Godkendelse af dagsorden for mødet den 10. januar 2022.

Indstilling
Center for Politik og Borgerservice indstiller, at dagsordenen
godkendes.

Nordby Kommune · Beskæftigelses- og Erhvervsudvalget · 10.01.2022

Side 3 af 4
Punkt 2 Sagsnr. 21-016162

Gensidig introduktion

Beslutning i Beskæftigelses- og Erhvervsudvalget den 10. januar 2022
Udvalget præsenterede sig for hinanden

Resume
Udvalgets medlemmer præsenterer sig for hinanden.

Nordby Kommune · Beskæftigelses- og Erhvervsudvalget · 10.01.2022

Side 4 af 4
Punkt 3 Sagsnr. 21-016081

Introduktion til beskæftigelsesområdet

Beslutning i Beskæftigelses- og Erhvervsudvalget den 10. januar 2022
Orienteringen blev taget til efterretning

Indstilling
Center for Job & Socialservice indstiller, at orienteringen tages til efterretning.
"""


def test_the_case_cell_beside_the_label_is_no_title(tmp_path: Path) -> None:
    page = tmp_path / "referat.txt"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [(it["number"], it["title"], it["case_numbers"]) for it in items] == [
        ("1", "Godkendelse af dagsorden", ["21-014448"]),
        ("2", "Gensidig introduktion", ["21-016162"]),
        ("3", "Introduktion til beskæftigelsesområdet", ["21-016081"])]
    assert [it["sections"] for it in items] == [["Beslutning", "Resume", "Indstilling"], ["Beslutning", "Resume"],
                                                ["Beslutning", "Indstilling"]]
    assert [d["text"] for it in items for d in it["decisions"]] == [
        "Godkendt.", "Udvalget præsenterede sig for hinanden", "Orienteringen blev taget til efterretning"]
