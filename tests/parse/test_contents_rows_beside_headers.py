"""A contents table above labelled headers ('1 Godkendelse af dagsorden 3' … '11 Underskriftsark 15', then
'Punkt 1 Sagsnr. 23-000101' / 'Godkendelse af dagsorden' …): the table's rows repeat the headers' numbers and
titles, so they are not counted as items of their own when the labelled and the numbered readings are weighed
(item_starts._contents_of). One numbered line in a decision ('1. Blev taget til efterretning. 2. …') must not
make the contents rows outnumber the headers and hand the page to its contents list, which has no case numbers.
The page is written here in the shape of a text layer of a meeting printed that way (benchmarks/parse_accuracy/
printed.py 'boxed': a running head and 'Side N af M' on every page, a page per item, the case number beside the
label); its words are the test's own."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_BODY = "Teknik- og Miljøudvalget"
_HEAD = f"Nordby Kommune · {_BODY} · 22.05.2023"
_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning 1 (2023)", "Orientering om årsregnskab 2022",
           "Trafiksikkerhedsplan 2023-2026", "Status på affaldsordningen for haveaffald",
           "Udviklingen i antallet af vejskader efter vinteren", "Lukket punkt. Henvendelser til formanden",
           "Orientering fra formanden/gensidig orientering", "Huskeliste og orientering fra administrationen",
           "Mødekalender 2024", "Underskriftsark"]
_CASES = [f"23-0001{k:02d}" for k in range(1, 12)]
_DECISION = {6: "1. Blev taget til efterretning. 2. Udvalget ønsker ikke, at der udarbejdes et\n"
                "nyt forslag, men at området følges tæt.", 11: None}


def _item(k: int, title: str) -> str:
    """Item `k`'s page: the label with the case number beside it, the title below, a decision and two sections
    (a closed item prints its title only)."""
    head = f"{_HEAD}\n\nSide {k + 2} af 13\nPunkt {k} Sagsnr. {_CASES[k - 1]}\n"
    if title.startswith("Lukket"):
        return head + title + "\n"
    decision = _DECISION.get(k, "Taget til efterretning.")
    outcome = f"Beslutning i {_BODY} den 22. maj 2023\n{decision}\n\n" if decision else ""
    return (f"{head}\n{title}\n\n{outcome}Resume\nForvaltningen giver udvalget en status på sagen og dens\n"
            f"videre forløb.\n\nIndstilling\nForvaltningen indstiller, at orienteringen tages til efterretning.\n")


PAGE = "\f\n".join([
    f"{_HEAD}\n\nSide 1 af 13\nReferat\n\n{_BODY}\n\nMødedato: 22.05.2023\n\nMødetidspunkt: 08:00\n\n"
    "Mødested: Mødelokale 1\n\nDeltagere\nKaren Holm\nPeter Lund\nSofie Berg\nMads Kjær\nAnne Vinther\n",
    f"{_HEAD}\n\nSide 2 af 13\nIndhold\n\nPunkt Titel Side\n"
    + "".join(f"{k} {t} {k + 2}\n" for k, t in enumerate(_TITLES, start=1)),
    *(_item(k, t) for k, t in enumerate(_TITLES, start=1))])


def test_contents_rows_do_not_outnumber_the_labelled_headers(tmp_path: Path) -> None:
    page = tmp_path / "referat.txt"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [it["number"] for it in items] == [str(n) for n in range(1, 12)]
    assert [it["case_numbers"] for it in items] == [[c] for c in _CASES]
    assert items[0]["title"] == "Godkendelse af dagsorden" and items[6]["public"] is False
