"""Routes printed in shapes benchmarks/parse_accuracy/route_shapes.py probes: a route label and its bodies on one
line without a colon (a table's two cells read as a line), a route as the first field under an item's title, the
bodies one a line behind their order's number or before their role ('Byrådet beslutter'), the same whose lines a
flattened page ran together (nothing between them but their dates, bullets, dashes, arrows, numbers or roles), and
a route table whose column heads are read as one line. Small pages of the test's own words; the
expected values by annotation-rules.md ('Routes': a labelled list of bodies, with or without their dates)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.bodies import split_route, without_dates

from .flattening import flattened_text

_PAGE = """Referat
Teknik- og Miljøudvalget
Mødedato: 4. februar 2025 kl. 15:00

1. Ny sti langs Engvej
{head}Sagsnr.: 25-001234
Sagsfremstilling
Forvaltningen foreslår en sti langs vejen.
{tail}
2. Vintertjeneste 2025
Sagsfremstilling
Planen for vinteren.
Beslutning
Godkendt.
"""


def _first(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()["items"][0]


@pytest.mark.parametrize("label", ["Videre behandling", "Sagsgang og sagstype", "Beslutningsproces", "Videre forløb",
                                   "Videre sagsgang", "Tidsplan for politisk behandling"])
def test_a_route_label_with_its_bodies_on_its_line_without_a_colon(tmp_path: Path, label: str) -> None:
    item = _first(tmp_path, _PAGE.format(head="", tail=f"{label} TMU, KB\n"))
    assert item["route"] == ["TMU", "KB"]


@pytest.mark.parametrize("label", ["Sagens behandling", "Behandlingsrækkefølge", "Politisk forløb", "Udvalgsbehandling",
                                   "Behandlingsplan"])
@pytest.mark.parametrize("form", ["{l}: TMU, KB", "{l}\nTMU, KB", "{l} TMU, KB"])
def test_other_nouns_for_the_path_label_a_route(tmp_path: Path, label: str, form: str) -> None:
    item = _first(tmp_path, _PAGE.format(head="", tail=form.format(l=label) + "\n"))
    assert item["route"] == ["TMU", "KB"]


@pytest.mark.parametrize("form", ["{l}\nTMU, KB", "{l} TMU, KB"])
def test_the_cases_treatment_labels_a_route_on_a_flattened_page(tmp_path: Path, form: str) -> None:
    # 'Sagens behandling' names no body in the genitive: run in, it is the route's label, not a treatment in prose
    text = _PAGE.format(head="", tail=form.format(l="Sagens behandling") + "\n")
    assert _first(tmp_path, flattened_text(text))["route"] == ["TMU", "KB"]


@pytest.mark.parametrize("label", ["Sagens behandling", "Politisk forløb"])
def test_such_a_noun_over_prose_is_no_route(tmp_path: Path, label: str) -> None:
    item = _first(tmp_path, _PAGE.format(head="", tail=f"{label}\nSagen sendes til TMU og siden til KB.\n"))
    assert item["route"] == []


@pytest.mark.parametrize("route", ["Sagsgang: TMU, KB", "Forventet sagsgang: TMU, KB", "Sagsgang\nTMU, KB"])
@pytest.mark.parametrize("flat", [False, True])
def test_a_route_right_under_the_title_is_no_part_of_it(tmp_path: Path, route: str, flat: bool) -> None:
    text = _PAGE.format(head=f"{route}\n", tail="")
    item = _first(tmp_path, flattened_text(text) if flat else text)
    assert (item["title"], item["route"]) == ("Ny sti langs Engvej", ["TMU", "KB"])


_ROWS = ["{b}", "{b} {d}", "{d} {b}", "• {b}", "- {b}", "→ {b}", "• {b} {d}", "{n}. {b}", "{n}) {b}", "{b} {r}"]


def _listed(rows: str) -> str:
    bodies, dates, roles = ["Teknik- og Miljøudvalget", "Kommunalbestyrelsen"], ["04.02.2025", "25.02.2025"], \
        ["indstiller", "beslutter"]
    return "Sagsgang\n" + "\n".join(rows.format(b=b, d=d, n=n, r=r)
                                    for n, (b, d, r) in enumerate(zip(bodies, dates, roles, strict=True), 1)) + "\n"


@pytest.mark.parametrize("rows", _ROWS)
def test_bodies_listed_one_a_line_run_together_on_a_flattened_page(tmp_path: Path, rows: str) -> None:
    item = _first(tmp_path, flattened_text(_PAGE.format(head="", tail=_listed(rows))))
    assert item["route"] == ["Teknik- og Miljøudvalget", "Kommunalbestyrelsen"]


@pytest.mark.parametrize("rows", ["{n}. {b}", "{n}) {b}", "{b} {r}"])
def test_bodies_listed_one_a_line_behind_their_order_or_before_their_role(tmp_path: Path, rows: str) -> None:
    item = _first(tmp_path, _PAGE.format(head="", tail=_listed(rows)))
    assert item["route"] == ["Teknik- og Miljøudvalget", "Kommunalbestyrelsen"]


@pytest.mark.parametrize("text, route", [
    ("Teknik- og Miljøudvalget Kommunalbestyrelsen", ["Teknik- og Miljøudvalget", "Kommunalbestyrelsen"]),
    ("TMU ØU KB", ["TMU", "ØU", "KB"]),
    ("Økonomiudvalget 04.02.2025 Byrådet 25.02.2025", ["Økonomiudvalget", "Byrådet"]),
    ("• Økonomiudvalget • Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("1) Økonomiudvalget 2) Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("Økonomiudvalget indstiller, Byrådet beslutter", ["Økonomiudvalget", "Byrådet"]),
    # a date and what is no body after it: no cut there (a running page head inside a table)
    ("Økonomiudvalget 04.02.2025 Side 2", ["Økonomiudvalget 04.02.2025 Side 2"]),
    # one name of several words stays whole: no side of a cut in it names a body
    ("Ringby Byråd", ["Ringby Byråd"]), ("Udvalget for Natur og Miljø", ["Udvalget for Natur og Miljø"]),
])
def test_split_route_parts_bodies_with_nothing_between(text: str, route: list[str]) -> None:
    assert without_dates(split_route(text)) == route


@pytest.mark.parametrize("flat", [False, True])
def test_a_route_tables_column_heads_are_no_body(tmp_path: Path, flat: bool) -> None:
    block = "Sagsgang\nUdvalg Dato\nTeknik- og Miljøudvalget 04.02.2025\nKommunalbestyrelsen 25.02.2025\n"
    text = _PAGE.format(head="", tail=block)
    item = _first(tmp_path, flattened_text(text) if flat else text)
    assert item["route"] == ["Teknik- og Miljøudvalget", "Kommunalbestyrelsen"]


@pytest.mark.parametrize("first", ["Teknik- og Miljøudvalget 04.02.2025\nAnbefales.",
                                   "Teknik- og Miljøudvalget 04.02.2025: Anbefales."])
def test_the_next_body_of_a_route_ends_the_outcome_printed_beside_the_one_before(tmp_path: Path, first: str) -> None:
    item = _first(tmp_path, _PAGE.format(head="", tail=f"Sagsgang\n{first}\nKommunalbestyrelsen 25.02.2025\n"))
    decided = [(d["committee"], d["date"], d["text"]) for d in item["decisions"]]
    assert (item["route"], decided) == (["Teknik- og Miljøudvalget", "Kommunalbestyrelsen"],
                                        [("Teknik- og Miljøudvalget", "2025-02-04", "Anbefales.")])


@pytest.mark.parametrize("rows", [("Teknik- og Miljøudvalget indstiller", "Økonomiudvalget indstiller",
                                   "Kommunalbestyrelsen beslutter"),
                                  ("Teknik- og Miljøudvalget 03.02.2025", "Økonomiudvalget 17.02.2025",
                                   "Kommunalbestyrelsen 26.02.2025")])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_route_whose_first_body_stands_on_the_labels_line_goes_on_below_in_the_same_shape(
        tmp_path: Path, rows: tuple[str, ...], gap: str) -> None:
    """'Hvem beslutter: Teknik- og Miljøudvalget indstiller' / 'Økonomiudvalget indstiller' / 'Kommunalbestyrelsen
    beslutter': a table's label cell beside its first row, the other rows below it in the same shape (a role or a
    date each): one route of three bodies, not the first alone."""
    tail = f"Hvem beslutter: {rows[0]}{gap}" + gap.join(rows[1:]) + "\n"
    item = _first(tmp_path, _PAGE.format(head="", tail=tail))
    assert item["route"] == ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Kommunalbestyrelsen"]


def test_a_bare_body_below_a_route_on_its_labels_line_is_not_read_on(tmp_path: Path) -> None:
    """A body's name alone after 'Sagsgang: Økonomiudvalget indstiller' is not a row in the same shape (a running
    page head prints one too): the route stays the label's line."""
    tail = "Sagsgang: Økonomiudvalget indstiller\nKommunalbestyrelsen\n"
    assert _first(tmp_path, _PAGE.format(head="", tail=tail))["route"] == ["Økonomiudvalget"]
