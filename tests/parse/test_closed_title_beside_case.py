"""A closed item's title printed after its status ('Lukket punkt. Orientering om …') under a header whose label
line holds the case number ('Punkt 3 Sagsnr. 22-000056'): the status set off by its stop and followed by a
capitalised title is the title's prefix, not a body's closed marker (labelled_starts._closed_title), so the header is
an item like the open ones beside it, and the labelled headers still outnumber the contents table's rows. The page
is the text layer of a meeting printed that way (benchmarks/parse_accuracy/printed.py 'boxed', a dev meeting)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGE = """Nordby Kommune · Byråd 2022-2025 · 14.01.2022

Side 1 af 6
Referat

Byråd 2022-2025

Mødedato: 14.01.2022

Mødetidspunkt: 08:00

Mødested: Byrådssalen

Deltagere
Lone Vestergaard
Linda Mølgaard
Morten Dalby
Tina Rosendahl
Claus Damgaard
Brigitte Skovlund Berg
Simon Østerby
Heidi Sand Winther
Torben Hviid
Pernille Brandt
Hans-Jørgen Kvist
Marc Bering
Anne Marie Krogsgaard
Mehmet Ali Demir
Charlotte Lind
Per Lund Thomsen
Bjarke Holm
Liselott Bak
John T. Mikkelsen
Maria Kjærgaard
Claus Nygaard
\f
Nordby Kommune · Byråd 2022-2025 · 14.01.2022

Side 2 af 6
Indhold

Punkt Titel Side
1 Godkendelse af dagsorden 3
2 Orientering fra administrationen 4
3 Lukket punkt. Orientering om en sag om køb af ejendom i den
nordlige bydel
6

4 Underskriftsark 7
\f
Nordby Kommune · Byråd 2022-2025 · 14.01.2022

Side 3 af 6
Punkt 1 Sagsnr. 21-014420

Godkendelse af dagsorden

Beslutning i Byråd 2022-2025 den 14. januar 2022
Dagsordenen blev godkendt.
Fraværende: Bjarke Holm, Linda Mølgaard

Resume
Godkendelse af dagsorden for mødet den 14. januar 2022.

Indstilling
Center for Politik og Borgerservice indstiller at dagsordenen
godkendes.
\f
Nordby Kommune · Byråd 2022-2025 · 14.01.2022

Side 4 af 6
Punkt 2 Sagsnr. 21-013712

Orientering fra administrationen

Beslutning i Byråd 2022-2025 den 14. januar 2022
Byrådet tog orienteringen til efterretning.
Fraværende: Bjarke Holm, Linda Mølgaard

Resume
I sagen gives et kort overblik over administrationens orienteringspunkter, og hvis der
er emner på byrådets huskeliste, vil de blive vedlagt som bilag.

Indstilling
Center for Politik og Borgerservice indstiller, at eventuelle orient‐
eringer tages til efterretning.
\f
Nordby Kommune · Byråd 2022-2025 · 14.01.2022
Side 5 af 6
Punkt 3 Sagsnr. 22-000056
Lukket punkt. Orientering om en sag om køb af
ejendom i den nordlige bydel
\f
Nordby Kommune · Byråd 2022-2025 · 14.01.2022

Side 6 af 6
Punkt 4 Sagsnr. 21-013699

Underskriftsark

Resume
Elektronisk underskriftsark.
"""


def test_a_closed_title_under_the_case_cell_heads_its_item(tmp_path: Path) -> None:
    page = tmp_path / "referat.txt"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [(it["number"], it["public"], it["case_numbers"]) for it in items] == [
        ("1", True, ["21-014420"]), ("2", True, ["21-013712"]), ("3", False, ["22-000056"]), ("4", True, ["21-013699"])]
    assert items[2]["title"].startswith("Orientering om en sag om køb af")
    assert [it["sections"] for it in items][:2] == [["Beslutning", "Resume", "Indstilling"]] * 2
