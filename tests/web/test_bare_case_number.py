"""A case number alone in the address (issue 15, defect 13): the served store (StoreCatalog) leads
to its case, or lets the reader choose where two municipalities print the same number."""
from __future__ import annotations

from ..site import Item, cli, client, minutes


def test_shared_number_asks_which_municipality_and_a_unique_one_redirects(tmp_path):
    for muni, title, own in (("Faxe", "Ny hal i Haslev", "24/401"), ("Køge", "Ny skole i Ølby", "24/502")):
        folder = tmp_path / muni
        folder.mkdir()
        text = minutes("Økonomiudvalget", "10-06-2024", [Item(title, "Sagsnr.: 24/100"),
                                                          Item(f"Budget {muni}", f"Sagsnr.: {own}")])
        (folder / "referat.txt").write_text(text, encoding="utf-8")
        code, _, err = cli("ingest", str(folder), "--db", str(tmp_path / "s.db"), "--municipality", muni)
        assert code == 0, err
    with client(str(tmp_path / "s.db")) as web:
        choice = web.get("/sag/24/100")
        assert choice.status_code == 200 and "Flere sager har sagsnummeret 24/100" in choice.text
        assert 'href="/sag/faxe%7C24%2F100"' in choice.text and 'href="/sag/k%C3%B8ge%7C24%2F100"' in choice.text
        one = web.get("/sag/24/401", follow_redirects=False)
        assert one.status_code == 303 and one.headers["location"] == "/sag/faxe%7C24%2F401"
        assert web.get("/sag/24/999").status_code == 404
