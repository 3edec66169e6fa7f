"""Flattened item bodies (a PDF transcript's page lines, or benchmarks/parse_accuracy/flattened.py): labels,
absentees and decision heads found again inside a run of text (parse/inline_body.py). Each test goes red
when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.inline_lines import split_inline
from sagsgang.parse.item_body import parse_item

_EXTRA = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra"


def _texts(text: str) -> list[str]:
    return [ln.text for ln in split_inline(text, 0)]


def _tune_page(name: str) -> Path:
    page = _EXTRA / "docs" / name
    if not page.exists():
        pytest.skip("the shared corpus is not here")
    return page


# --- a label whose value on its line is a body's name is a field, no section ---

def test_label_with_a_body_as_its_value_stays_one_field():
    lines = _texts("Sagsnr.: 330-2020-1487 Åbent Kompetence: Økonomiudvalget Beslutningstema Godkendelse af "
                   "dagsorden. Indstilling Borgmesteren indstiller, at dagsordenen godkendes.")
    assert "Kompetence: Økonomiudvalget" in lines
    assert "Kompetence" not in lines


def test_label_with_no_value_before_the_status_is_no_heading():
    """'Sagsnr.: Kompetence: Åben sag …' (a real tune transcript, x0282): the labels' values were lost."""
    lines = _texts("Sagsnr.: Kompetence: Åben sag Godkendelse af dagsorden. Borgmesteren indstiller, at "
                   "dagsordenen godkendes.")
    assert "Kompetence" not in lines


def test_label_before_a_decision_heading_is_no_field():
    """'Indstilling: Beslutning Økonomiudvalget den : Godkendt …' (a tune transcript, x0140): the heading after
    the label names a body, but it heads the decision."""
    item = parse_item(split_inline("Sagsnr.: Resumé: Indstilling: Beslutning Økonomiudvalget den : Godkendt med "
                                   "den ændring, at punkt 15 udgår. Sagsfremstilling: Beslutningskompetence:", 0),
                      "1", "ØU - Godkendelse af dagsorden")
    assert [(d.committee, d.text) for d in item.decisions] == [("Økonomiudvalget",
                                                                "Godkendt med den ændring, at punkt 15 udgår.")]


def test_tune_transcript_competence_labels_are_no_sections():
    page = _tune_page("x0282.txt")
    items = parse_file(page).to_contract()["items"]
    assert items[0]["sections"] == [] and items[1]["sections"] == []


# --- an absence label's value ends with its sentence; the decision's text follows ---

_ABSENCE_RUN = ("Beslutningstema Godkendelse af dagsorden. Indstilling Borgmesteren indstiller, 1. at Dagsorden "
                "godkendes Beslutning i Byrådet den 25. juni 2018: Fraværende: Villum Christensen havde meldt afbud "
                "- Mick Keller var indkaldt som suppleant og blev godkendt. Notat vedrørende fortolkning af "
                "Styrelsesvedtægtens § 30 vedrørende fravær udarbejdes. Dagsorden blev godkendt.")


def test_absence_sentence_then_the_decision_text():
    item = parse_item(split_inline(_ABSENCE_RUN, 0), "1", "Godkendelse af dagsorden (B)")
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("Byrådet", "2018-06-25", "Notat vedrørende fortolkning af Styrelsesvedtægtens § 30 vedrørende fravær "
         "udarbejdes. Dagsorden blev godkendt.", ["Villum Christensen"])]


def test_substitute_sentence_stays_with_the_absentees():
    lines = _texts("Beslutning i Byrådet den 25. juni 2018: Fraværende: Bo Holm (V). I stedet mødte Kaj Berg (V). "
                   "Sagen blev udsat.")
    assert lines[-1] == "Sagen blev udsat."
    assert lines[-2].startswith("Fraværende: Bo Holm (V). I stedet mødte")


# --- a flattened list runs on into the first item's header: the list's last title ends before it ---

_RESTART = """UDVALG

Transkript

1 UDVALG Økonomiudvalget MØDE Referat STED Lokale 0.13, Rådhuset STARTTIDSPUNKT 08-08-2018 08:00:00 \
SLUTTIDSPUNKT 08-08-2018 10:00:00 PUNKTER 147. Godkendelse af dagsorden til møde i Økonomiudvalget \
148. Beslutning om gennemførelse af spildevandsplanen 149. Orientering om udvikling i restancer \
150. Orientering om årsrapporten for socialtilsynet

2 151. Underskriftsark 147. Godkendelse af dagsorden til møde i Økonomiudvalget Godkendelse af dagsorden til \
møde i Økonomiudvalget Sagsgang og sagstype Økonomiudvalget Beslutningssag Indstilling Kommunaldirektøren \
indstiller, at: 1. dagsorden til møde i Økonomiudvalget godkendes Beslutning i Økonomiudvalget den 08-08-2018 \
Godkendt. 148. Beslutning om gennemførelse af spildevandsplanen Beslutning om gennemførelse af \
spildevandsplanen Sagsgang og sagstype Udvalget for Klima og Miljø, Økonomiudvalget og Kommunalbestyrelsen. \
Beslutningssag Indstilling Direktøren indstiller, at: 1. planen gennemføres som beskrevet i sagen. Beslutning \
i Økonomiudvalget den 08-08-2018 Anbefales.
"""


def _restart_items(tmp_path: Path) -> list[dict]:
    page = tmp_path / "page.txt"
    page.write_text(_RESTART, encoding="utf-8")
    return parse_file(page).to_contract()["items"]


def test_list_running_on_into_the_first_body_ends_before_its_header(tmp_path: Path):
    items = _restart_items(tmp_path)
    assert items[-1]["title"] == "Underskriftsark"
    assert [(d["committee"], d["date"], d["text"]) for d in items[0]["decisions"]] == [
        ("Økonomiudvalget", "2018-08-08", "Godkendt.")]
    assert items[0]["sections"] == ["Sagsgang og sagstype", "Indstilling", "Beslutning"]


# --- a route label's bodies, the next cell run on after them ---

def test_route_is_the_bodies_before_the_case_type(tmp_path: Path):
    items = _restart_items(tmp_path)
    assert items[0]["route"] == ["Økonomiudvalget"]
    assert items[1]["route"] == ["Udvalget for Klima og Miljø", "Økonomiudvalget", "Kommunalbestyrelsen"]


# --- a case number with the item's open/closed status after a flattened title ---

def test_case_number_with_its_status_is_the_items():
    item = parse_item(split_inline("1 Indstilling til velfærdsaftale 22/8164 Åben Sag Sagsgang AU/BUU/VPU, ØK, KB "
                                   "Sagsfremstilling I økonomiaftalen fremgår det, at alle kommuner kan søge.", 0),
                      None, "Indstilling til velfærdsaftale")
    assert item.case_numbers == ["22/8164"]
    assert item.public


# --- decision heads as a page prints them in capitals or with 'fra', run into the text ---

_PROPOSAL = ("Sagsfremstilling Forvaltningen har udarbejdet et forslag til en ny plan for området. Indstilling "
             "Direktionen indstiller, at planen godkendes. ")


def _decisions_of(text: str) -> list[tuple[str | None, str | None, str, list[str]]]:
    item = parse_item(split_inline(_PROPOSAL + text, 0), "4", "Plan for området")
    return [(d.committee, d.date, d.text, d.absent) for d in item.decisions]


def test_decision_heading_in_capitals():
    assert _decisions_of("BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2024 Godkendt.") == [
        ("ØKONOMIUDVALGET", "2024-03-12", "Godkendt.", [])]


def test_decision_heading_with_fra_and_a_comma_before_the_date():
    assert _decisions_of("Beslutning fra Økonomiudvalget, 12. marts 2024 Anbefales.") == [
        ("Økonomiudvalget", "2024-03-12", "Anbefales.", [])]
    assert _decisions_of("Beslutning Kommunalbestyrelsen, 26. marts 2024: Godkendt.") == [
        ("Kommunalbestyrelsen", "2024-03-26", "Godkendt.", [])]


# --- treatments' lines (a body, its date, a colon) run into the text after a sentence ---

def test_dated_body_lines_after_a_sentence_are_decisions():
    assert _decisions_of("Økonomiudvalget den 12. marts 2024: Anbefales. Byrådet den 26. marts 2024: Godkendt.") == [
        ("Økonomiudvalget", "2024-03-12", "Anbefales.", []), ("Byrådet", "2024-03-26", "Godkendt.", [])]


def test_dated_line_of_no_body_stays_text():
    lines = _texts("Planen blev vedtaget. Høringsperioden den 12. marts 2024: Der kom tre svar.")
    assert any("vedtaget. Høringsperioden den 12. marts 2024: Der kom" in t for t in lines)



# --- headings whose text was left empty, or glued to the sentence before them ---

def test_heading_followed_by_dashes_of_an_empty_section():
    lines = _texts("Lovgrundlag Bekendtgørelse om affaldsregulativer. Økonomiske konsekvenser --- Udtalelser og "
                   "høring Regulativet har været i høring.")
    assert "Økonomiske konsekvenser" in lines


def test_one_dash_before_a_capital_parts_a_label_from_its_value():
    lines = _texts("Videre proces Vi afventer KL. Bilag - Borgmesterbrev om videre proces for velfærdsaftaler")
    assert "Bilag" not in lines


def test_heading_glued_to_the_sentence_before_it():
    item = parse_item(split_inline("Sagsfremstilling Til efterretning foreligger en udarbejdet fortegnelse.Indstilling "
                                   "Direktøren indstiller at orienteringen tages til efterretning. Beslutning Taget "
                                   "til efterretning.", 0), "1", "Cirkulæreskrivelser")
    assert [s.heading for s in item.sections] == ["Indstilling", "Beslutning"]


# --- a word that also begins sentences heads the cell after a list of bodies ---

def test_heading_word_after_a_list_of_bodies():
    item = parse_item(split_inline("Sagsfremstilling Resume og sagens baggrund Tre principper til drøftelse. "
                                   "Indstillinger Direktionen, Børn- og Familieudvalget, Socialudvalget Behandling Det "
                                   "indstilles, at fagudvalgene drøfter principperne. Sagsfremstilling Styregruppen er "
                                   "tovholder.", 0), "4", "Drøftelse af tre principper")
    assert item.route == ["Direktionen", "Børn- og Familieudvalget", "Socialudvalget"]
    assert "Behandling" in [s.heading for s in item.sections]


def test_sentence_word_after_prose_stays_text():
    lines = _texts("Indstilling Direktionen indstiller, at planen godkendes Behandling Udvalget drøfter sagen.")
    assert "Behandling" not in lines


# --- an absence label left empty: the heading after it is no absentee ---

def test_empty_absence_label_before_a_heading():
    """'Fraværende: Afbud: Sagens formål Godkendelse …' (a tune transcript, x0196): the labels' values were lost."""
    item = parse_item(split_inline("Sagsnr.: 07/21538 Sagsansvarlig: HBA Fraværende: Afbud: Sagens formål Godkendelse "
                                   "af forhøjelse af anlægsbevilling. Sagsbeskrivelse Kommunen indgik en lejeaftale.",
                                   0), "246", "Godkendelse af forhøjelse af anlægsbevilling")
    assert [s.heading for s in item.sections] == ["Sagens formål", "Sagsbeskrivelse"]


# --- absentees listed behind bullets, run into one line ---

def test_bulleted_absentees_after_the_label():
    item = parse_item(split_inline("Sagsfremstilling Der var ikke modtaget spørgsmål. Beslutning Der var ingen "
                                   "indskrevet til spørgetid. Fraværende • Hans Pedersen () • Lise Juhl Hansen ()", 0),
                      "1", "Spørgetid i Byrådet")
    assert [(d.text, d.absent) for d in item.decisions] == [
        ("Der var ingen indskrevet til spørgetid.", ["Hans Pedersen ()", "Lise Juhl Hansen ()"])]


def test_toolbar_run_in_after_the_absentees_is_no_text():
    """'… Fraværende • Hans Pedersen () Kopier link til punktet - Print' (a tune page flattened, x0097): the page's
    toolbar is dropped as lines.split_lines drops it on a line of its own."""
    item = parse_item(split_inline("Sagsfremstilling Der var ikke modtaget spørgsmål. Beslutning Godkendt. Fraværende "
                                   "• Hans Pedersen () Kopier link til punktet - Print", 0), "2", "Godkendelse")
    assert [(d.text, d.absent) for d in item.decisions] == [("Godkendt.", ["Hans Pedersen ()"])]


# --- an absence line ends where the next heading was cut onto its own line ---

def test_absentees_before_a_run_in_heading():
    """'… 3. anbefales Afbud: Torben Hoffmann Resume Sagen …' (benchmarks/parse_accuracy/transcribed.py): the names
    end at the heading after them, and the label with its names is no heading."""
    item = parse_item(split_inline("Sagsnr.: 21-014454 Beslutning i Klima-, Teknik- og Miljøudvalget den 14-03-2024 2. "
                                   "tages til efterretning 3. anbefales Afbud: Torben Hoffmann Resume Sagen omhandler "
                                   "et nyt principprogram.", 0), "2", "Principprogram")
    assert [(d.text, d.absent) for d in item.decisions] == [("2. tages til efterretning 3. anbefales",
                                                            ["Torben Hoffmann"])]


def test_labelled_none_is_no_heading():
    """'Afbud: Anders Rohr Jørgensen Fraværende: Ingen Beslutning Byrådet den …' (a tune transcript, x0190)."""
    assert "Fraværende: Ingen" in _texts("Godkendelse af dagsorden Afbud: Anders Rohr Jørgensen Fraværende: Ingen "
                                         "Beslutning Byrådet den Fraværende: Anders Rohr Jørgensen")
