"""Routes and the municipality as councils print them (annotation-rules.md, 'Routes' and 'Municipality').

A route is any labelled list of the bodies that will treat the case: under a label of its own line or after
the label on the same line, the bodies separated by commas, arrows, spaced dashes or slashes, one a line, behind
bullets, abbreviated, with their meetings' dates before or after them. A route told in prose is none, and
'Beslutningskompetence' names the deciding body only (no route). The municipality is read from its name as such,
also where extraction ran it into the text around it. Each page is small and synthetic."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.bodies import detect_municipality, split_route, without_dates
from sagsgang.parse.headings import route_inside

from .route_page import item_route as _route

_BODIES = ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]


@pytest.mark.parametrize("block", [
    # the labels Danish councils print over a route, the bodies one a line with their meetings' dates
    "Tidsplan for politisk behandling\nTeknik- og Miljøudvalget 05.03.2024\nØkonomiudvalget 12.03.2024\n"
    "Byrådet 26.03.2024",
    "Politisk behandlingsforløb\nTeknik- og Miljøudvalget 05.03.2024\nØkonomiudvalget 12.03.2024\nByrådet 26.03.2024",
    "Forventet politisk behandling: Teknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
    # the date before the body, as a plan of meetings prints it
    "Forventet sagsgang\n05.03.2024 Teknik- og Miljøudvalget\n12.03.2024: Økonomiudvalget\n26.03.2024 Byrådet",
    # the day and month only, or the month
    "Forventet behandling: Teknik- og Miljøudvalget 5/3, Økonomiudvalget 12/3, Byrådet 26/3",
    "Beslutningsproces\nTeknik- og Miljøudvalget, marts 2024\nØkonomiudvalget, april 2024\nByrådet, april 2024",
    # slashes set off by spaces, arrows printed on lines of their own, a table's cell bars
    "Sagsgang: Teknik- og Miljøudvalget / Økonomiudvalget / Byrådet",
    "Sagsgang\nTeknik- og Miljøudvalget\n↓\nØkonomiudvalget\n↓\nByrådet",
    "Sagsgang: Teknik- og Miljøudvalget => Økonomiudvalget => Byrådet",
    "Politisk behandling\nUdvalg | Dato\nTeknik- og Miljøudvalget | 05.03.2024\nØkonomiudvalget | 12.03.2024\n"
    "Byrådet | 26.03.2024",
    # each body's part in brackets after it
    "Sagsgang\nTeknik- og Miljøudvalget (indstilling)\nØkonomiudvalget (indstilling)\nByrådet (beslutning)",
    # a route label that is no section heading of its own ('Sagens videre forløb'), or a route's word coordinated
    # with another heading's
    "Sagens videre forløb\nTeknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
    "Tidsplan og sagsgang\nTeknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
    "Proces og videre forløb\nTeknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
])
def test_labelled_routes(tmp_path: Path, block: str) -> None:
    assert _route(tmp_path, block) == _BODIES


def test_a_name_with_a_comma(tmp_path: Path) -> None:
    """'Udvalget for Kultur, Fritid og Turisme' is one body, one a line or in a comma-separated route."""
    want = ["Udvalget for Kultur, Fritid og Turisme", "Økonomiudvalget", "Byrådet"]
    assert _route(tmp_path, "Sagsgang\nUdvalget for Kultur, Fritid og Turisme\nØkonomiudvalget\nByrådet") == want
    assert split_route("Udvalget for Kultur, Fritid og Turisme, Økonomiudvalget, Byrådet") == want
    assert split_route("Udvalget for Voksne, sagen godkendt") == ["Udvalget for Voksne", "sagen godkendt"]
    # the case's type on a line below the body is no rest of its name
    assert _route(tmp_path, "Beslutningsproces\n• Udvalget for Voksne\n \nBeslutningssag") == ["Udvalget for Voksne"]


def test_abbreviations_joined_by_hyphens(tmp_path: Path) -> None:
    assert _route(tmp_path, "Sagsgang: TMU-ØU-BY") == ["TMU", "ØU", "BY"]
    assert split_route("AU/BUU/VPU, ØK, KB") == ["AU/BUU/VPU", "ØK", "KB"]  # a joint treatment stays one


@pytest.mark.parametrize("block", [
    "Videre behandling\nSagen sendes herefter til Økonomiudvalget - Byrådet.",  # prose under a route label
    "Den videre proces\nSagen behandles i Økonomiudvalget og derefter i Byrådet.",
    "Beslutningskompetence\nByrådet",  # the deciding body, no route
])
def test_no_route(tmp_path: Path, block: str) -> None:
    assert _route(tmp_path, block) == []


def test_bodies_without_dates_roles_or_case_type() -> None:
    assert without_dates(["Økonomiudvalget tirsdag den 12. marts 2024", "12.03.2024 - Byrådet",
                          "Byrådet (26.03.2024)", "Udvalget for Voksne Beslutningssag", "Byrådet (til beslutning)",
                          "Social- og Seniorudvalget (18-21)"]) == [
        "Økonomiudvalget", "Byrådet", "Byrådet", "Udvalget for Voksne", "Byrådet", "Social- og Seniorudvalget (18-21)"]


@pytest.mark.parametrize("line, route", [
    # a flattened page: the label run into the text without its colon, the case's type or a heading after the bodies
    ("23. Godkendelse af dagsorden Sagsgang og sagstype Udvalget for Klima og Miljø, Økonomiudvalget og Byrådet "
     "Beslutningssag Indstilling Direktøren indstiller, at", "Udvalget for Klima og Miljø, Økonomiudvalget, Byrådet"),
    ("17.02.08P21-0002 Hvem beslutter Børne- og Skoleudvalget indstiller Økonomiudvalget indstiller "
     "Kommunalbestyrelsen beslutter Resumé Kommunalbestyrelsen besluttede", "Børne- og Skoleudvalget, "
     "Økonomiudvalget, Kommunalbestyrelsen"),
    # a flattened 'Behandling' table: its column heads, then the body beside its meeting's date and item number
    ("17.02.08P21-0002 Behandling Mødedato Åbent punkt Lukket punkt Børne- og Skoleudvalget 30-01-2018 2 Fraværende",
     "Børne- og Skoleudvalget"),
    ("Sagen behandles herefter i Byrådet Sagsfremstilling", None),  # prose: no label
])
def test_routes_inside_flattened_lines(line: str, route: str | None) -> None:
    assert route_inside(line) == route


@pytest.mark.parametrize("text, municipality", [
    ("Side 2Vejle Kommune Dagsorden", "Vejle"),  # run into the page number before it
    ("ReferatFaxe Kommune", "Faxe"),
    ("FaxeKommune · Frederiksgade 9", "Faxe"),
    ("Økonomiudvalget - Vejle KommuneReferat", "Vejle"),  # and into the word after it
    ("Kommunalbestyrelsen i LejreDagsorden", "Lejre"),
    ("Taarnby Kommune", "Tårnby"),  # å printed as aa
    # a council's own initials (those its domain uses) name it, as the gold reads them
    ("Affrapportering af status på salg af BRK´s enfamiliehuse", "Bornholm"),
    ("Varde, Esbjerg og Fanø kommuner", None),  # several municipalities named together: none of them
    ("Nabokommuner og Regionskommuner", None),
    ("Mødet blev holdt i Vejle", None),  # a place name
])
def test_municipality_names(text: str, municipality: str | None) -> None:
    assert detect_municipality(text) == municipality


@pytest.mark.parametrize("label", ["Videre sagsgang", "Politisk sagsgang", "Kommende sagsgang", "Sagens gang",
                                   "Proces", "Videre proces"])
@pytest.mark.parametrize("form", ["{label}: Teknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
                                  "{label}\nTeknik- og Miljøudvalget\nØkonomiudvalget\nByrådet",
                                  "{label}\nTeknik- og Miljøudvalget → Økonomiudvalget → Byrådet"])
def test_more_words_for_a_route_over_bodies_only(tmp_path: Path, label: str, form: str):
    # the evidence is a value of bodies and nothing else; the label is one of many words councils use for it
    assert _route(tmp_path, form.format(label=label)) == _BODIES


@pytest.mark.parametrize("label", ["Proces", "Videre sagsgang"])
def test_such_a_label_over_prose_gives_no_route(tmp_path: Path, label: str):
    assert _route(tmp_path, f"{label}\nForvaltningen forelægger sagen for Økonomiudvalget og Byrådet i april.") == []
