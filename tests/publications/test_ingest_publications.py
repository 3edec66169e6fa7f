"""Ingesting the structured publications end to end: counts checked against the JSON itself (read
here with the json module, independent of the reader), case timelines, closed items, twins."""
from __future__ import annotations

import json
import shutil
from collections import defaultdict

import pytest

from sagsgang.cli import main
from sagsgang.link import build_cases
from sagsgang.link.report import case_to_dict
from sagsgang.model import document_to_dict
from sagsgang.parse.casenumbers import normalize_case_number
from sagsgang.store import open_store
from sagsgang.store.codec import decode_text
from sagsgang.web.catalog import Catalog

from .conftest import publication


def _greve_json() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(publication("firstagenda-greve").glob("*.json"))]


@pytest.fixture(scope="module")
def greve_db(tmp_path_factory):
    folder = publication("firstagenda-greve")
    db = str(tmp_path_factory.mktemp("greve") / "greve.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    return db


def test_counts_match_the_json(greve_db):
    raw = _greve_json()
    meetings = {(m["Udvalg"]["Navn"], m["Moede"]["Dato"][:10]) for m in raw}
    items = sum(len(m["Dagsordenpunkter"]) for m in raw)
    cases = {it["CaseNumber"] for m in raw for it in m["Dagsordenpunkter"] if it["CaseNumber"]}
    assert (len(raw), len(meetings), items, len(cases)) == (288, 288, 4292, 1229)  # the README's numbers
    store = open_store(greve_db, create=False)
    try:
        stored_cases = set()
        for (value,) in store.conn.execute("SELECT case_numbers FROM items WHERE unit IS NULL"):
            stored_cases.update(json.loads(value))
        n_items = store.conn.execute("SELECT count(*) FROM items WHERE unit IS NULL").fetchone()[0]
        catalog = Catalog(store.documents())
    finally:
        store.close()
    assert n_items == items
    assert stored_cases == cases
    assert len(catalog.meetings) == len(meetings)
    assert {m.municipality for m in catalog.meetings.values()} == {"Greve"}


def _case_meetings() -> dict[str, list[tuple[str, str]]]:
    """Case number -> the (date, committee) of every meeting that treated it, from the JSON."""
    out: dict[str, set] = defaultdict(set)
    for m in _greve_json():
        for it in m["Dagsordenpunkter"]:
            if it["CaseNumber"]:
                out[it["CaseNumber"]].add((m["Moede"]["Dato"][:10], m["Udvalg"]["Navn"]))
    return {k: sorted(v) for k, v in out.items()}


# ten cases treated in several meetings (chosen by hand from the files: budget follow-ups, a sale,
# policies, a closed café lease treated by two committees, the standing 'Henvendelser' case)
SAMPLED = ["23-003100", "22-013992", "21-013649", "23-010353", "23-009799", "23-008557", "22-006272",
           "23-000204", "21-015023", "22-012932"]


def _check_timeline(number: str, case: dict, expected: list[tuple[str, str]]) -> None:
    assert len(expected) >= 2, number
    meetings = [(i["meeting"]["date"], i["meeting"]["committee"]) for i in case["items"]]
    assert sorted(set(meetings)) == expected, number
    dates = [t["date"] for t in case["timeline"]]
    assert dates == sorted(dates), number
    assert {(t["date"], t["committee"]) for t in case["timeline"]} == set(expected), number


def test_case_command_lists_every_meeting_in_date_order(greve_db, capsys):
    number = SAMPLED[0]
    assert main(["case", number, "--municipality", "Greve", "--json", "--db", greve_db]) == 0
    _check_timeline(number, json.loads(capsys.readouterr().out), _case_meetings()[number])


def test_sampled_case_timelines(greve_db):
    """The other nine through the same functions the command uses (cases built once, not nine times)."""
    store = open_store(greve_db, create=False)
    try:
        cases = build_cases(store.documents())
    finally:
        store.close()
    expected = _case_meetings()
    for number in SAMPLED:
        found = [c for c in cases if normalize_case_number(number) in {normalize_case_number(n) for n in c.numbers}]
        assert len(found) == 1, number
        _check_timeline(number, case_to_dict(found[0]), expected[number])


def test_closed_item_text_is_nowhere(greve_db):
    # words printed only in closed items' fields of the export (found by hand in the files)
    words = ("branddragter", "kriminalitetsforsikring", "pavillonboliger")
    store = open_store(greve_db, create=False)
    try:
        texts = [decode_text(body) for (body,) in store.conn.execute("SELECT body FROM items")]
        texts += [decode_text(text) for (text,) in store.conn.execute("SELECT text FROM decisions")]
        texts += [json.dumps(document_to_dict(d), ensure_ascii=False) for d in store.documents()]
    finally:
        store.close()
    assert len(texts) > 4292
    for word in words:
        assert not any(word in t for t in texts), word


def test_edoc_xml_and_its_pdf_are_one_meeting(tmp_path):
    folder = tmp_path / "ballerup"
    folder.mkdir()
    for name in ("ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_edoc-agendapublishing.xml",
                 "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_referat.pdf"):
        shutil.copy(publication("os2dagsorden-examples", name), folder / name)
    db = str(tmp_path / "b.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    store = open_store(db, create=False)
    try:
        catalog = Catalog(store.documents())
    finally:
        store.close()
    assert len(catalog.meetings) == 1
    (mid, meeting), = catalog.meetings.items()
    assert len(meeting.sources) == 2
    items = catalog.items_of_meeting(mid)
    numbers = [v.item.number for v in items]
    assert numbers == [str(n) for n in range(1, 9)]  # eight items, once each
    assert all(v.document.layout == "edoc_xml" for v in items)  # the export's items are kept
    second = next(v.item for v in items if v.number == "2")
    assert second.page == 3  # taken from the PDF: the export has no page numbers
    case = next(c for c in catalog.cases.values() if "2012-28504" in c.numbers)
    assert len(case.items) == 1 and len(case.treatments) == 1
