"""Meeting facts (municipality, place, committee, document type) and item facts (route, bilag) as
pages of other municipalities and regions plausibly print them. Each page is small and synthetic;
the expected value is read off the page by the annotation rules (shared/spec/annotation-rules.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_MEETING = """Referat
Økonomiudvalget
Mødedato: 12.03.2024 kl. 16.00
Mødested: Byrådssalen

1. Godkendelse af dagsorden

Beslutning
Godkendt.
"""


def _parse(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()


@pytest.mark.parametrize(("page", "expected"), [
    # a double name printed with a space for its hyphen
    ("Høje Taastrup Kommune\n" + _MEETING, "Høje-Taastrup"),
    ("Lyngby Taarbæk Kommunes Økonomiudvalg\n" + _MEETING, "Lyngby-Taarbæk"),
    # the names in use before 2011
    ("Århus Kommune\n" + _MEETING, "Aarhus"),
    ("BRØNDERSLEV-DRONNINGLUND KOMMUNE\n" + _MEETING, "Brønderslev"),
    # the council's own domain with the genitive before 'kommune'
    (_MEETING + "\nwww.nordfynskommune.dk\n", "Nordfyn"),
    # a region's name in capitals at the head of its page
    ("REGION SJÆLLAND\nReferat\nForretningsudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n"
     "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n", "Region Sjælland"),
    # the region's name run together with the body on a flattened head line, or its own domain
    ("Region Sjælland Forretningsudvalget Referat\nMødedato: 12.03.2024\n\n"
     "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n", "Region Sjælland"),
    (_MEETING + "\nwww.regionmidtjylland.dk\n", "Region Midtjylland"),
])
def test_municipality_printed_in_other_spellings(tmp_path: Path, page: str, expected: str) -> None:
    assert _parse(tmp_path, page)["municipality"] == expected


@pytest.mark.parametrize("page", [
    # a place name is not the municipality, whatever its spelling
    _MEETING + "\nSagen vedrører en bolig i Høje Taastrup.\n",
    # a region named in a case's text, not at the page's head
    _MEETING + "\nSagsfremstilling\nREGION SJÆLLAND har sendt planen i høring.\n",
    "Referat\nØkonomiudvalget\nMødedato: 12.03.2024\n\n1. Høring\n\nRegion Sjælland har sendt planen.\n",
])
def test_municipality_not_from_a_place_name(tmp_path: Path, page: str) -> None:
    assert _parse(tmp_path, page)["municipality"] is None


_ITEM_HEAD = "Dagsorden\nØkonomiudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n1. Budget 2025\n\n"


@pytest.mark.parametrize(("route_block", "expected"), [
    # bodies one a line behind bullets or dashes
    ("Sagsgang\n• Økonomiudvalget\n• Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("Sagsforløb\n- Børne- og Skoleudvalget\n- Økonomiudvalget\n- Kommunalbestyrelsen",
     ["Børne- og Skoleudvalget", "Økonomiudvalget", "Kommunalbestyrelsen"]),
    # 'Sagsforløb' alone over a list of bodies (no dates, no outcomes): the route, as 'Sagsforløb: BY' is
    ("Sagsforløb\nBUU – ØU – KB", ["BUU", "ØU", "KB"]),
    # the meeting dates beside the bodies are not part of the route
    ("Forventet sagsgang: Social- og Sundhedsudvalget den 4. marts 2024 → Økonomiudvalget den 12. marts 2024"
     " → Byrådet den 26. marts 2024", ["Social- og Sundhedsudvalget", "Økonomiudvalget", "Byrådet"]),
    ("Sagsgang:\nØkonomiudvalget: 12. marts 2024\nByrådet: 26. marts 2024", ["Økonomiudvalget", "Byrådet"]),
    # 'Sagen behandles i' as a label on a line of its own, 'Hvem beslutter?' asked
    ("Sagen behandles i\nØkonomiudvalget og Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("Hvem beslutter?\nByrådet", ["Byrådet"]),
    # the label without its colon, the bodies after it on the line (a table's row)
    ("Sagsgang ØU - BY", ["ØU", "BY"]),
    # the label inside a flattened line of metadata, its bodies up to the next label
    ("Sagsnr.: 24/123 Sagsgang: ØU, KB Sagsfremstilling", ["ØU", "KB"]),
    # other labels of the bodies that will treat the case
    ("Behandles af: ØU, KB", ["ØU", "KB"]),
    ("Til behandling i: Økonomiudvalget, Byrådet", ["Økonomiudvalget", "Byrådet"]),
    # a table of bodies and dates under the label, its column heads and date cells one a line
    ("Politisk behandling\nUdvalg\nDato\nØkonomiudvalget\n12.03.2024\nByrådet\n26.03.2024",
     ["Økonomiudvalget", "Byrådet"]),
])
def test_route_in_other_printed_shapes(tmp_path: Path, route_block: str, expected: list[str]) -> None:
    item = _parse(tmp_path, f"{_ITEM_HEAD}{route_block}\n\nSagsfremstilling\nTekst.\n")["items"][0]
    assert item["route"] == expected


@pytest.mark.parametrize("body", [
    # prose that names the bodies: no labelled route
    "Sagsfremstilling\nSagen behandles i Økonomiudvalget og Byrådet.\n",
    "Sagsfremstilling\nSagen sendes videre. Politisk behandling: Byrådet. Herefter følger en høring.\n",
    "Sagsnr.: 24/123 Politisk behandling: Byrådet har tidligere drøftet sagen.\n",
])
def test_route_not_from_prose(tmp_path: Path, body: str) -> None:
    item = _parse(tmp_path, _ITEM_HEAD + body)["items"][0]
    assert item["route"] == []


def test_case_history_with_an_outcome_is_no_route(tmp_path: Path) -> None:
    """A history block that prints a date and an outcome is what happened, not the route ahead."""
    page = f"{_ITEM_HEAD}Sagsforløb\nØkonomiudvalget 12.03.2024\nGodkendt.\n\nSagsfremstilling\nTekst.\n"
    assert _parse(tmp_path, page)["items"][0]["route"] == []


_BILAG_HEAD = ("Referat\nØkonomiudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n"
               "1. Budget 2025\n\nSagsfremstilling\nTekst.\n\n")


@pytest.mark.parametrize(("bilag_block", "expected"), [
    # the Åben/Lukket marker before the title, with or without 'bilag' and a colon
    ("Bilag\nÅbent bilag: Budgetforslag 2025\nLukket bilag: Tilbud fra entreprenør",
     [(None, "Budgetforslag 2025", True), (None, "Tilbud fra entreprenør", False)]),
    # the marker after the title, in brackets or after a dash
    ("Bilag\nBudgetforslag 2025 (Åben)\nTilbud fra entreprenør (Lukket)",
     [(None, "Budgetforslag 2025", True), (None, "Tilbud fra entreprenør", False)]),
    ("Bilag\n1. Budgetforslag 2025 - Åbent\n2. Tilbud fra entreprenør - Lukket bilag",
     [("1", "Budgetforslag 2025", True), ("2", "Tilbud fra entreprenør", False)]),
    # a table's number cell run into the title, and a link's text printed twice (text and title)
    ("Bilag\n1 Budgetforslag 2025\n2 Notat om anlæg",
     [("1", "Budgetforslag 2025", True), ("2", "Notat om anlæg", True)]),
    ("Bilag\n1 Notat om anlæg på grunden Notat om anlæg på grunden",
     [("1", "Notat om anlæg på grunden", True)]),
    # the number with a colon, and numbered bilag run together on the label's line
    ("Bilag:\n1: Budgetforslag 2025\n2: Notat om anlæg",
     [("1", "Budgetforslag 2025", True), ("2", "Notat om anlæg", True)]),
    ("Bilag: 1. Budgetforslag 2025 2. Notat om anlæg",
     [("1", "Budgetforslag 2025", True), ("2", "Notat om anlæg", True)]),
    # a web page's link back to its top run into the last bilag's line
    ("Bilag: Notat om anlæg Tilbage til toppen", [(None, "Notat om anlæg", True)]),
])
def test_bilag_in_other_printed_shapes(tmp_path: Path, bilag_block: str, expected: list) -> None:
    item = _parse(tmp_path, f"{_BILAG_HEAD}{bilag_block}\n\nBeslutning\nGodkendt.\n")["items"][0]
    assert [(a["number"], a["title"], a["public"]) for a in item["attachments"]] == expected


@pytest.mark.parametrize(("bilag_block", "expected"), [
    # a title that starts with a number in figures, or whose words repeat unevenly, stays as printed
    ("Bilag\n2025 Budgetforslag", [(None, "2025 Budgetforslag", True)]),
    ("Bilag\nPlan for plan for skolen", [(None, "Plan for plan for skolen", True)]),
    # 'Lukket' inside a title is no marker
    ("Bilag\nNotat om lukket afdeling", [(None, "Notat om lukket afdeling", True)]),
    # numbers inside one title on the label's line that do not run 1, 2, …
    ("Bilag: 2. Tillæg til plan 5. Forslag", [("2", "Tillæg til plan 5. Forslag", True)]),
])
def test_bilag_titles_kept_as_printed(tmp_path: Path, bilag_block: str, expected: list) -> None:
    item = _parse(tmp_path, f"{_BILAG_HEAD}{bilag_block}\n\nBeslutning\nGodkendt.\n")["items"][0]
    assert [(a["number"], a["title"], a["public"]) for a in item["attachments"]] == expected


def _decided_item(number: int, title: str, decisions: str) -> str:
    return f"{number}. {title}\n\nSagsfremstilling\nTekst.\n\n{decisions}\n"


def test_meeting_from_the_decision_headings_of_every_item(tmp_path: Path) -> None:
    """No meeting header, but every item was decided last by one body on one date: that is the meeting
    (an earlier body's treatment of item 2 does not count against it)."""
    page = "\n".join([
        _decided_item(1, "Indkaldelse af stedfortræder", "Beslutning i Byrådet 9. oktober 2018:\nGodkendt."),
        _decided_item(2, "Budget 2019", "Beslutning i Økonomiudvalget 2. oktober 2018:\nAnbefales.\n\n"
                                        "Beslutning i Byrådet 9. oktober 2018:\nVedtaget."),
    ])
    meeting = _parse(tmp_path, page)["meeting"]
    assert (meeting["committee"], meeting["date"]) == ("Byrådet", "2018-10-09")


def test_no_meeting_from_decisions_of_different_bodies(tmp_path: Path) -> None:
    page = "\n".join([
        _decided_item(1, "Indkaldelse af stedfortræder", "Beslutning i Byrådet 9. oktober 2018:\nGodkendt."),
        _decided_item(2, "Budget 2019", "Beslutning i Økonomiudvalget 2. oktober 2018:\nAnbefales."),
    ])
    assert _parse(tmp_path, page)["meeting"] is None


@pytest.mark.parametrize("label", ["Organ", "Politisk udvalg", "Udvalgsnavn"])
def test_committee_after_a_label_the_reader_does_not_know(tmp_path: Path, label: str) -> None:
    """'Organ: Økonomiudvalget': the label is no part of the body's name."""
    page = f"Referat\n{label}: Økonomiudvalget\nMødedato: 12.03.2024\n\n1. Godkendelse af dagsorden\n\n" \
           "Beslutning\nGodkendt.\n"
    assert _parse(tmp_path, page)["meeting"]["committee"] == "Økonomiudvalget"


def _unlabelled_header(place_line: str) -> str:
    return f"Referat\nØkonomiudvalget\n04-01-2021 kl. 19:00\n{place_line}\n\n1. Godkendelse af dagsorden\n\n" \
           "Beslutning\nGodkendt.\n"


@pytest.mark.parametrize("place", ["Skype", "Microsoft Teams", "Teams-møde", "Digitalt møde via Teams", "Biblioteket",
                                   "Hotel Postgården, Auditoriet"])
def test_unlabelled_place_online_or_by_its_building(tmp_path: Path, place: str) -> None:
    """The line after the header's date and time names where the meeting was held, also when that is an
    online service or a building the place words did not know."""
    assert _parse(tmp_path, _unlabelled_header(place))["meeting"]["location"] == place


@pytest.mark.parametrize("line", ["Online møderne fortsætter", "Video"])
def test_no_place_from_a_sentence_about_meetings(tmp_path: Path, line: str) -> None:
    assert _parse(tmp_path, _unlabelled_header(line))["meeting"]["location"] is None


def _place_header(place_lines: str) -> str:
    return f"Referat\nØkonomiudvalget\nMødedato: 12.03.2024\nMødested: {place_lines}\n\n" \
           "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize(("place_lines", "expected"), [
    # a place that ends in a comma goes on on the next line (a PDF's narrow column)
    ("Rådhuset,\nmødelokale 1", "Rådhuset, mødelokale 1"),
    ("Byrådssalen,\nVordingborg Rådhus", "Byrådssalen, Vordingborg Rådhus"),
    # but not into the first item or a list of names
    ("Rådhuset,\n1. Godkendelse af dagsorden", "Rådhuset"),
    ("Byrådssalen,\nAnne Hansen og Bo Jensen", "Byrådssalen"),
    # an address a field a line, each ending in a comma, its postcode and town last
    ("Rådhuset, mødelokale 1,\nTorvet 2,\n4690 Kildeby", "Rådhuset, mødelokale 1, Torvet 2, 4690 Kildeby"),
    ("Byrådssalen,\n8000 Aarhus C", "Byrådssalen, 8000 Aarhus C"),
    # the chain ends at a line with no comma after it
    ("Rådhuset,\nTorvet 2\n4690 Kildeby", "Rådhuset, Torvet 2"),
])
def test_place_wrapped_after_its_comma(tmp_path: Path, place_lines: str, expected: str) -> None:
    assert _parse(tmp_path, _place_header(place_lines))["meeting"]["location"] == expected


_ITEMS_AFTER = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize(("head", "expected"), [
    # a head without date lines: the place right under the body that meets
    ("Referat\nByrådet\nByrådssalen, Svendborg Rådhus", "Byrådssalen, Svendborg Rådhus"),
    ("Referat\nØkonomiudvalget\nMødelokale 1, Rådhuset\nMødedato: 12. marts 2024", "Mødelokale 1, Rådhuset"),
    # a row of column heads with the place last, over its row of values
    ("Referat\nØkonomiudvalget\nDato Tid Sted\n12.03.2024 kl. 16.00 - 18.00 Byrådssalen, Rådhuset",
     "Byrådssalen, Rådhuset"),
    ("Referat\nUdvalg Dato Sted\nØkonomiudvalget 12.03.2024 Mødelokale 2", "Mødelokale 2"),
    # the place after the time of the date line, in lower case
    ("Økonomiudvalget\nDagsorden\nMøde nr. 3 den 12.03.2024 kl. 16.00 i mødelokale 1", "mødelokale 1"),
])
def test_place_in_heads_without_a_place_label(tmp_path: Path, head: str, expected: str) -> None:
    assert _parse(tmp_path, head + _ITEMS_AFTER)["meeting"]["location"] == expected


@pytest.mark.parametrize("head", [
    # what stands under the body or in the place column is no place unless it reads as one
    "Referat\nØkonomiudvalget\nBudget 2025-28\nMødedato: 12. marts 2024",
    "Referat\nØkonomiudvalget\nDato Tid Sted\n12.03.2024 16:00 Godkendelse af dagsorden",
])
def test_no_place_from_a_title_under_the_body(tmp_path: Path, head: str) -> None:
    assert _parse(tmp_path, head + _ITEMS_AFTER)["meeting"]["location"] is None


@pytest.mark.parametrize("page", [
    "5. Godkendelse af lokalplan 123\n\nSagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.\n",
    "Punkt 5: Godkendelse af lokalplan 123\n\nSagsfremstilling\nTekst.\n\n"
    "Beslutning i Økonomiudvalget den 12. marts 2024\nAnbefales.\n",
])
def test_one_decided_item_without_label_or_meeting_is_a_sagsfremstilling(tmp_path: Path, page: str) -> None:
    """Annotation rules, document_type with no label: a page of a single item is a sagsfremstilling, also
    when its decision is printed (a meeting page needs several items or meeting facts)."""
    out = _parse(tmp_path, page)
    assert (out["document_type"], out["meeting"]) == ("sagsfremstilling", None)


def test_one_item_under_a_referat_label_stays_a_referat(tmp_path: Path) -> None:
    page = "Referat\n\n5. Godkendelse af lokalplan 123\n\nSagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.\n"
    assert _parse(tmp_path, page)["document_type"] == "referat"


_OWN_TOWN = ("Referat\nØkonomiudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n1. Pølsebod på Varde Torv\n"
             "2. Nyt reglement for Varde Bibliotek\n3. Ny skole i Varde\n")


@pytest.mark.parametrize(("listed", "expected"), [
    # the municipality named only in a plural list of municipalities: the one the page mentions most
    ("4. Fælles institution i Varde, Esbjerg og Fanø kommuner\n", "Varde"),
    ("4. Samarbejde mellem Esbjerg og Varde Kommuner\n", "Varde"),
    # none stands out: none
    ("4. Samarbejde mellem Esbjerg og Fanø kommuner\n", None),
])
def test_municipality_from_a_list_of_municipalities(tmp_path: Path, listed: str, expected: str | None) -> None:
    assert _parse(tmp_path, _OWN_TOWN + listed)["municipality"] == expected


@pytest.mark.parametrize("committee", ["Økonomiudvalget (2022-2025)", "Social- og Seniorudvalget (18-21)"])
def test_committee_keeps_its_period_in_brackets(tmp_path: Path, committee: str) -> None:
    """Annotation rules: committee names as written, their period of office included."""
    page = f"Referat\n{committee}\nMødedato: 12.03.2024\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    assert _parse(tmp_path, page)["meeting"]["committee"] == committee


@pytest.mark.parametrize("committee", ["Styregruppen for Kulturhuset", "Repræsentantskabet", "Formandskabet",
                                       "Præsidiet"])
def test_committee_of_bodies_that_are_no_udvalg_or_raad(tmp_path: Path, committee: str) -> None:
    """Steering groups, boards of representatives and presidiums of joint bodies meet and publish minutes too."""
    page = f"Referat\n{committee}\nMødedato: 12.03.2024\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    assert _parse(tmp_path, page)["meeting"]["committee"] == committee


@pytest.mark.parametrize(("head", "expected"), [
    ("Referat\nTemamøde for Byrådet\n12. marts 2024", "Byrådet"),
    ("Dialogmøde i Økonomiudvalget\nMødedato: 12.03.2024\nReferat", "Økonomiudvalget"),
])
def test_committee_after_the_kind_of_meeting(tmp_path: Path, head: str, expected: str) -> None:
    """'Temamøde for Byrådet': the body that meets, not the meeting's kind with it."""
    page = f"{head}\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    assert _parse(tmp_path, page)["meeting"]["committee"] == expected


@pytest.mark.parametrize(("line", "place"), [
    ("Sted/Lokale: Mødelokale 2, Rådhuset", "Mødelokale 2, Rådhuset"),  # two labels joined by a slash: one label
    ("Mødested/lokale: Byrådssalen", "Byrådssalen"),
    ("Afholdelsessted: Kantinen, Skovvej 7", "Kantinen, Skovvej 7"),
    ("Location: Udvalgsværelse D", "Udvalgsværelse D"),
    ("Mødested og tid: Byrådssalen, 12.03.2024 kl. 16.00", "Byrådssalen"),  # the place before the date
])
def test_place_under_other_labels(tmp_path: Path, line: str, place: str) -> None:
    page = _MEETING.replace("Mødested: Byrådssalen", line)
    assert _parse(tmp_path, page)["meeting"]["location"] == place
