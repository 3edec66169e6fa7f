"""Decisions printed without a 'Beslutning' heading, and the page's type from them (annotation rules: 'An outcome
printed for the meeting's own item without a heading', 'X anbefaler indstillingen.', 'document_type with no
label'). Each page is a small synthetic meeting page, read as printed and flattened onto a transcript's page line;
each test asserts the whole decision (body, date, text). No real text."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_ROOT = Path(__file__).resolve().parents[2]
HEAD = "Økonomiudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"
COUNCIL = "Byrådet\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"
BUDGET = "2. Budget 2025\nSagsnr.: 24/1234\n\nSagsfremstilling\nForvaltningen har lavet et forslag.\n\n"
PLAN = "3. Lokalplan 12 for Skovvej\nSagsnr.: 24/2345\n\nSagsfremstilling\nPlanen er sendt i høring.\n\n"
OWN = ("Økonomiudvalget", "2024-03-14")  # the meeting's body and date


def _flatten(text: str) -> str:
    sys.path.insert(0, str(_ROOT / "benchmarks" / "parse_accuracy"))
    try:
        from flattened import flatten
    finally:
        sys.path.pop(0)
    return flatten(text, 1200)


def _parse(tmp_path: Path, text: str, layout: str) -> dict:
    page = tmp_path / "page.txt"
    page.write_text(text if layout == "lined" else _flatten(text), encoding="utf-8")
    return parse_file(page).to_contract()


def _decisions(doc: dict) -> list[tuple[str | None, str | None, list[tuple[str | None, str | None, str]]]]:
    return [(i["number"], i["title"], [(d["committee"], d["date"], d["text"]) for d in i["decisions"]])
            for i in doc["items"]]


LAYOUTS = ("lined", "flat")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("outcome", ["Dagsordenen godkendt.", "Godkendt.", "Dagsorden med tillægsdagsorden godkendt.",
                                     "Punkt 3 blev udsat. Dagsordenen blev herefter godkendt.",
                                     "Godkendt uden bemærkninger."])
def test_the_agendas_outcome_under_its_title_is_the_meetings_decision(tmp_path: Path, outcome: str,
                                                                       layout: str) -> None:
    doc = _parse(tmp_path, HEAD + f"1. Godkendelse af dagsorden\n{outcome}\n\n" + BUDGET + PLAN, layout)
    assert _decisions(doc) == [("1", "Godkendelse af dagsorden", [(*OWN, outcome)]), ("2", "Budget 2025", []),
                               ("3", "Lokalplan 12 for Skovvej", [])]
    assert doc["document_type"] == "referat"  # no label, one decision visible


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("title", "outcome"), [("Eventuelt", "Intet."),
                                                ("Orientering om budget", "Orienteringen blev taget til efterretning."),
                                                ("Valg af næstformand", "Foretoges."),
                                                ("Beslutningsforslag om cykelstier",
                                                 "Beslutningsforslaget blev oversendt til Magistraten.")])
def test_an_outcome_standing_alone_under_a_later_title(tmp_path: Path, title: str, outcome: str, layout: str) -> None:
    doc = _parse(tmp_path, HEAD + "1. Budget 2025\nSagsnr.: 24/1234\n\nSagsfremstilling\nTekst.\n\n"
                 + f"2. {title}\n{outcome}\n\n" + PLAN, layout)
    assert _decisions(doc) == [("1", "Budget 2025", []), ("2", title, [(*OWN, outcome)]),
                               ("3", "Lokalplan 12 for Skovvej", [])]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("header", "outcome"), [("Godkendelse af dagsorden: Godkendt", "Godkendt"),
                                                 ("Godkendelse af dagsorden - Godkendt", "Godkendt"),
                                                 ("Meddelelser: Taget til efterretning", "Taget til efterretning"),
                                                 ("Godkendelse af dagsorden: Godkendt.", "Godkendt.")])
def test_an_outcome_on_the_headers_line(tmp_path: Path, header: str, outcome: str, layout: str) -> None:
    title = header.split(":")[0].split(" - ")[0]
    doc = _parse(tmp_path, HEAD + f"1. {header}\n\n" + BUDGET + PLAN, layout)
    assert _decisions(doc) == [("1", title, [(*OWN, outcome)]), ("2", "Budget 2025", []),
                               ("3", "Lokalplan 12 for Skovvej", [])]
    assert doc["document_type"] == "referat"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_outcome_keeps_its_absentee_and_the_items_case_number(tmp_path: Path, layout: str) -> None:
    doc = _parse(tmp_path, HEAD + "1. Godkendelse af dagsorden\nSagsnr.: 24/0001\n\nDagsordenen godkendt.\n"
                 "Fraværende: Bo Jensen (V)\n\n" + BUDGET + PLAN, layout)
    first = doc["items"][0]
    assert (first["title"], first["case_numbers"]) == ("Godkendelse af dagsorden", ["24/0001"])
    assert [(d["committee"], d["date"], d["text"], d["absent"]) for d in first["decisions"]] == \
        [(*OWN, "Dagsordenen godkendt.", ["Bo Jensen (V)"])]


def test_a_status_line_above_the_outcome(tmp_path: Path) -> None:
    doc = _parse(tmp_path, HEAD + "1. Godkendelse af dagsorden\nÅben\n\nDagsordenen godkendt.\n\n" + BUDGET + PLAN,
                 "lined")
    assert _decisions(doc)[0] == ("1", "Godkendelse af dagsorden", [(*OWN, "Dagsordenen godkendt.")])


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stated", ["Økonomiudvalget anbefaler indstillingen.",
                                    "Økonomiudvalget anbefaler direktionens indstilling.",
                                    "Økonomiudvalget anbefaler indstillingerne.", "Økonomiudvalget anbefaler sagen."])
def test_another_bodys_recommendation_is_its_own_undated_decision(tmp_path: Path, stated: str, layout: str) -> None:
    doc = _parse(tmp_path, COUNCIL + "1. Budget 2025\nSagsfremstilling\nTekst.\n\nIndstilling\nDirektionen "
                 f"indstiller, at budgettet godkendes.\n\n{stated}\n\nBeslutning\n"
                 "Godkendt.\n\n2. Lokalplan 12\nSagsfremstilling\nTekst.\n", layout)
    assert _decisions(doc)[0] == ("1", "Budget 2025", [("Økonomiudvalget", None, stated),
                                                       ("Byrådet", "2024-03-14", "Godkendt.")])


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("body", [
    "Indstilling\nDirektionen indstiller, at budgettet godkendes.",
    "Indstilling\nØkonomiudvalget anbefaler over for byrådet, at budgettet godkendes.",
    "Økonomiudvalget indstiller den 5. marts 2024, pkt. 3, at budgettet godkendes.",
    "Sagsfremstilling\nTekst.\n\nBeslutning\nFraværende: Bo Jensen (V)",
    "Planen blev vedtaget i 2019.",
    "Planen blev vedtaget af byrådet.\nDen skal nu revideres, og forvaltningen har et forslag.",
])
def test_what_is_no_decision_stays_none(tmp_path: Path, body: str, layout: str) -> None:
    doc = _parse(tmp_path, HEAD + f"1. Budget 2025\nSagsnr.: 24/1234\n\n{body}\n\n" + PLAN.replace("3.", "2."), layout)
    assert _decisions(doc) == [("1", "Budget 2025", []), ("2", "Lokalplan 12 for Skovvej", [])]
    assert doc["document_type"] == "dagsorden"  # no label, no decision


def test_an_agenda_page_keeps_its_items_undecided(tmp_path: Path) -> None:
    doc = _parse(tmp_path, "Dagsorden\n" + HEAD + "1. Godkendelse af dagsorden\n\n" + BUDGET + PLAN, "lined")
    assert [len(i["decisions"]) for i in doc["items"]] == [0, 0, 0]
    assert doc["document_type"] == "dagsorden"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_decision_heading_with_its_date_left_blank(tmp_path: Path, layout: str) -> None:
    # (annotation rules: the meeting's date where it names the meeting's own body, else null; the body without 'den')
    heading = "Beslutning i {body} den"
    head = "Referat\nErhvervsudvalget\nMødedato: 14. marts 2024\n\n"
    text = head + "1. Budget 2025\nSagsnr.: 24/1234\n\nSagsfremstilling\nTekst.\n\n" \
        + heading.format(body="Erhvervsudvalget") + "\nGodkendt.\n\n2. Lokalplan 12\nSagsfremstilling\nTekst.\n\n" \
        + heading.format(body="Økonomiudvalget") + "\nAnbefales.\n"
    assert _decisions(_parse(tmp_path, text, layout)) == [
        ("1", "Budget 2025", [("Erhvervsudvalget", "2024-03-14", "Godkendt.")]),
        ("2", "Lokalplan 12", [("Økonomiudvalget", None, "Anbefales.")])]
