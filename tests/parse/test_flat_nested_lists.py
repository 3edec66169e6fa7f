"""Numbered lists inside an item's text on a transcript's flattened page lines: a bilag list ('Bilag 1. … 2. …
3. …', also '1) …') and a case text's flattened table of rising numbers are the body's, not the meeting's items.
Expected values by the annotation rules: the items are the headers that open each case (number, title, body
behind them); the bilag list's entries are the item's attachments, one each."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

BILAG_PAGE = ("Referat\n\nTranskript\n\n1 Referat Kulturudvalget Mødedato: 4. april 2024 kl. 15:30 "
              "1. Ombygning af biblioteket Sagsfremstilling Forvaltningen har fået tilbud på ombygningen. "
              "Beslutning Godkendt. Bilag {bilag} 2. Takster for svømmehallen Sagsfremstilling Taksterne. "
              "Beslutning Godkendt.\n")
BILAG = ["Tegning af stueetagen", "Overslag fra rådgiver", "Tidsplan for byggeriet"]


def _parse(tmp_path: Path, text: str) -> dict:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page).to_contract()


@pytest.mark.parametrize("mark", [".", ")"])
def test_flattened_bilag_list_stays_in_its_item(tmp_path: Path, mark: str) -> None:
    bilag = " ".join(f"{n}{mark} {t}" for n, t in enumerate(BILAG, 1))
    doc = _parse(tmp_path, BILAG_PAGE.format(bilag=bilag))
    assert [(it["number"], it["title"]) for it in doc["items"]] == [
        ("1", "Ombygning af biblioteket"), ("2", "Takster for svømmehallen")]
    assert [a["title"] for a in doc["items"][0]["attachments"]] == BILAG
    assert doc["items"][1]["attachments"] == []


_FILL = " ".join(["Udvalget har drøftet planen for de grønne arealer og de nye stier i bydelen."] * 8)
_TABLE = ("\n2 Placering over tid Område Plads Idræt 13 Kultur mv. 14 Natur mv. 15 Miljø mv. 16 (*) Tallene er "
          "afrundet. Placeringen fremgår af bilag 1. ")
_TITLES = ["Godkendelse af dagsorden", "Status for parkpleje", "Plan for cykelstier", "Orientering om legepladser",
           "Eventuelt"]


def _body(k: int) -> str:
    table = _TABLE if k == 2 else ""
    return (f"Sagsnr.: 24-00{k}1{k} Beslutning Taget til efterretning. Resume Orientering om sagen. {_FILL} "
            f"Indstilling Forvaltningen indstiller, at sagen tages til efterretning. Sagsbeskrivelse {table}{_FILL}")


def test_table_numbers_inside_one_body_are_no_items(tmp_path: Path) -> None:
    """'N) Title Sagsnr.: … Beslutning …' headers, their bodies too long for a list's run, and one case text's
    flattened table whose rank column rises (13 14 15 16) on a later page line: the headers are the items."""
    items = " ".join(f"{k}) {t} {_body(k)}" for k, t in enumerate(_TITLES, 1))
    page = ("1 Referat fra mødet i Parkudvalget\n\nTranskript\n\n1 1 Referat fra mødet i Parkudvalget tirsdag den "
            f"5. marts 2024 kl. 09:00 i Mødelokale 2 {items}\n")
    doc = _parse(tmp_path, page)
    assert [(it["number"], it["title"]) for it in doc["items"]] == [
        (str(k), t) for k, t in enumerate(_TITLES, 1)]
