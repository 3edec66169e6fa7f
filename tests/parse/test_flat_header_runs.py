"""Item headers run on one flattened page line (a PDF transcript's page, benchmarks/parse_accuracy/flattened.py):
labelled headers whose bodies hold a sentence or an outcome, and bodies after a contents list on the same line.
Each test goes red when its rule is reverted (shape_probes.py 'flat header runs' counts the family)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_FRAME = "Økonomiudvalget\n\nTranskript\n\n"
_FACTS = "Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen"
_B2 = "Budget 2025 Sagsnr.: 24/1234 Sagsfremstilling Forvaltningen har lavet et forslag."
_B3 = "Lokalplan 12 for Skovvej Sagsnr.: 24/2345 Sagsfremstilling Planen er sendt i høring."


def _items(tmp_path: Path, *pages: str) -> list[tuple[str | None, str, list[str]]]:
    page = tmp_path / "page.txt"
    page.write_text(_FRAME + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)) + "\n", encoding="utf-8")
    doc = parse_file(page).to_contract()
    return [(i["number"], i["title"], [d["text"] for d in i["decisions"]]) for i in doc["items"]]


def test_labelled_headers_whose_bodies_hold_sentences_are_all_items(tmp_path):
    """'Punkt 1: Godkendelse af dagsorden Dagsordenen godkendt. Punkt 2: Budget 2025 Sagsnr.: … Forvaltningen har
    lavet et forslag. Punkt 3: …': each 'Punkt N:' title ends at its outcome or its body's cue, so the sentence
    behind it does not make it a decision's point (only item 3 was found)."""
    run = f"Punkt 1: Godkendelse af dagsorden Dagsordenen godkendt. Punkt 2: {_B2} Punkt 3: {_B3}"
    assert _items(tmp_path, f"{_FACTS} {run}") == [
        ("1", "Godkendelse af dagsorden", ["Dagsordenen godkendt."]), ("2", "Budget 2025", []),
        ("3", "Lokalplan 12 for Skovvej", [])]


def test_a_decisions_points_stay_no_list(tmp_path):
    """'Punkt 2: Godkendt. Punkt 3: Udsat.' inside a decision: no title before the outcome, no item."""
    body = ("1. Godkendelse af dagsorden Sagsnr.: 24/0001 Beslutning Udvalget besluttede: Punkt 1: Godkendt. "
            "Punkt 2: Godkendt. Punkt 3: Udsat. 2. Budget 2025 Sagsnr.: 24/1234 Beslutning Godkendt.")
    assert [(n, t) for n, t, _ in _items(tmp_path, _FACTS, body)] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2025")]


def test_bodies_after_a_contents_list_on_its_line_keep_their_decisions(tmp_path):
    """'Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025 3. Lokalplan … 1. Godkendelse af dagsorden
    Dagsordenen godkendt. 2. Budget 2025 Sagsnr.: …': the list ends at its own last title, not where the last
    body's header prints it again (item 1's decision went to item 3, or was lost)."""
    contents = "Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025 3. Lokalplan 12 for Skovvej"
    for outcome in ("Dagsordenen godkendt.", "Beslutning Godkendt."):
        run = f"1. Godkendelse af dagsorden {outcome} 2. {_B2} 3. {_B3}"
        assert _items(tmp_path, f"{_FACTS} {contents} {run}") == [
            ("1", "Godkendelse af dagsorden", [outcome.removeprefix("Beslutning ")]), ("2", "Budget 2025", []),
            ("3", "Lokalplan 12 for Skovvej", [])]


_LISTED = ["Godkendelse af dagsorden", "Salg af de utidssvarende boliger", "Udbud af Det indeklemte areal",
           "Strandskolen - proces for voldgiftssag", "Klimapulje - udmøntning", "Byggesagsgebyrer",
           "Orientering fra borgmesteren"]


def test_cued_headers_under_a_longer_contents_list_without_numbers_leave_it_the_items(tmp_path):
    """A contents list that lost its numbers, then headers for its first items only, flattened with their
    bodies' cues ('Punkt 2: Lukket: Salg af de utidssvarende boliger Sagsnr.: 21-003765 Punkt 3: …'): the list is the
    meeting's items, the headers give the bodies (the headers alone were read, the other items lost)."""
    headers = ("Punkt 1: Godkendelse af dagsorden Sagsnr.: 21-014439 Resume Godkendelse af dagsorden for mødet. "
               "Indstilling Administrationen indstiller, at dagsordenen godkendes. Punkt 2: Lukket: Salg af de "
               "utidssvarende boliger Sagsnr.: 21-003765 Punkt 3: Lukket: Udbud af Det indeklemte areal Sagsnr.: "
               "24-008785 "
               "Punkt 4: Lukket: Strandskolen - proces for voldgiftssag Sagsnr.: 24-004722")
    items = _items(tmp_path, _FACTS, " ".join(_LISTED), "Underskriftsark", headers)
    assert [t for _, t, _ in items] == _LISTED


def test_headers_and_a_contents_list_agreeing_beat_the_run_their_short_bodies_leave(tmp_path):
    """Long bodies part a flattened run of 'Punkt N:' headers: the closed items' short ones ('Punkt 3: Lukket: … Punkt
    4: …') still make a run of numbers, but the headers with their bodies and the contents list above agree on
    more items than it holds: the run is a piece of them (items 1-2 were lost; shared gold 004 flattened)."""
    long = " ".join(["Forvaltningen har udarbejdet et forslag til en ny ordning for området."] * 8)
    heads = [f"Punkt {n}: {t} Sagsnr.: 24-00{n}00 Beslutning Godkendt. Sagsfremstilling {long}" if n < 3
             else f"Punkt {n}: Lukket: {t} Sagsnr.: 24-00{n}00" for n, t in enumerate(_LISTED, 1)]
    items = _items(tmp_path, _FACTS, " ".join(_LISTED), "Underskriftsark", " ".join(heads[:2]), " ".join(heads[2:]))
    assert [t for _, t, _ in items] == _LISTED and [len(d) for _, _, d in items[:2]] == [1, 1]


def test_a_run_that_opens_past_the_first_headers_leaves_the_contents_list_the_items(tmp_path):
    """As above, with the last header printing no body (the headers with bodies then miss it): the run opens past
    items 1-2, which those headers print, so it is still a piece of them, not the list."""
    long = " ".join(["Forvaltningen har udarbejdet et forslag til en ny ordning for området."] * 8)
    heads = [f"Punkt {n}: {t} Sagsnr.: 24-00{n}00 Beslutning Godkendt. Sagsfremstilling {long}" if n < 3
             else f"Punkt {n}: Lukket: {t} Sagsnr.: 24-00{n}00" for n, t in enumerate(_LISTED[:-1], 1)]
    heads.append(f"Punkt {len(_LISTED)}: {_LISTED[-1]}")
    items = _items(tmp_path, _FACTS, " ".join(_LISTED), "Underskriftsark", " ".join(heads[:2]), " ".join(heads[2:]))
    assert [t for _, t, _ in items] == _LISTED and [len(d) for _, _, d in items[:2]] == [1, 1]
