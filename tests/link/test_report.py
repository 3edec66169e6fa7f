import csv
import io
import json

from sagsgang.link import build_cases
from sagsgang.link.report import case_text, case_to_dict, theme_csv, theme_rows
from sagsgang.model import AgendaItem, Decision, Document, Meeting, document_from_dict, document_to_dict


def sample_docs():
    a = Document(source="au.html", municipality="Norddjurs", document_type="sagsfremstilling", content_hash="a" * 64,
                 items=[AgendaItem(title="Indstilling til velfærdsaftale", case_numbers=["22/8164"],
                                   route=["AU/BUU/VPU", "ØK", "KB"],
                                   decisions=[Decision("Arbejdsmarkedsudvalget", "2022-08-17", "Drøftet; ønsker "
                                                       "beskæftigelsesområdet indstillet.")])])
    b = Document(source="kbh.txt", municipality="København", document_type="orientering", content_hash="b" * 64,
                 items=[AgendaItem(title="Videre proces for velfærdsaftaler", case_numbers=["2022-0319547"])])
    c = Document(source="dir.txt", municipality="Norddjurs", document_type="referat", content_hash="c" * 64,
                 meeting=Meeting(committee="Direktionen", date="2022-09-01"),
                 items=[AgendaItem(title="Personalesag", number="2", public=False, case_numbers=["22/9999"])])
    return [a, b, c]


def test_case_json_and_text():
    case = next(c for c in build_cases(sample_docs()) if c.numbers == ["22/8164"])
    data = case_to_dict(case)
    json.dumps(data)
    assert data["status"]["line"] == "drøftet i Arbejdsmarkedsudvalget 2022-08-17; næste: ØK ifølge sagsgangen"
    assert [r["documented"] for r in data["route"]] == [True, False, False]
    text = case_text(case)
    assert "AU/BUU/VPU ✓ → ØK · → KB ·" in text and "kilde: au.html" in text


def test_theme_csv_opens_in_a_spreadsheet_with_danish_letters():
    rows = theme_rows(build_cases(sample_docs()))
    data = theme_csv(rows)
    assert data.startswith("\ufeff")
    parsed = list(csv.reader(io.StringIO(data.lstrip("\ufeff")), delimiter=";"))
    assert parsed[0][:3] == ["municipality", "body", "date"]
    assert ["Norddjurs", "Arbejdsmarkedsudvalget", "2022-08-17"] == parsed[1][:3]
    assert any(r[0] == "København" and r[6] == "orientering" for r in parsed[1:])
    closed = next(r for r in parsed[1:] if r[5] == "22/9999")
    assert closed[6] == "lukket" and closed[7] == ""  # that it was treated, never what was decided
    assert data.encode("utf-8").decode("utf-8-sig").count("ø") >= 2


def test_document_round_trip_keeps_everything():
    for doc in sample_docs():
        assert document_from_dict(json.loads(json.dumps(document_to_dict(doc)))) == doc
