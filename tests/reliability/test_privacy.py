"""CPR numbers are masked in every public output: search snippets, case/theme reports, web."""
from __future__ import annotations

from sagsgang.ingest import ingest
from sagsgang.link import build_cases
from sagsgang.link.report import case_to_dict, theme_csv, theme_rows
from sagsgang.privacy import mask_cpr
from sagsgang.search import open_index, search

MINUTES = """REFERAT Socialudvalget d. 05-03-2024

Mødedato Tirsdag d. 5. marts 2024 kl. 16:00

Punkt 1: Klage over afgørelse om hjælpemidler

24-001234

Beslutning

Klagen fra borger med CPR 010203-1234 blev afvist. Sagen sendes til Ankestyrelsen.

Sagsfremstilling

Borgeren (cpr.nr. 0102031234) har klaget over afgørelsen om hjælpemidler.
"""


def test_mask_cpr_rules():
    assert mask_cpr("CPR 010203-1234 og 0102031234") == "CPR xxxxxx-xxxx og xxxxxx-xxxx"
    assert mask_cpr("sag 22/8164, konto 9999-1234567, dato 17-08-2022, EMN-2025-009242") == \
        "sag 22/8164, konto 9999-1234567, dato 17-08-2022, EMN-2025-009242"
    assert mask_cpr("991399-1234") == "991399-1234"  # month 13 is no date: not a CPR number


def test_search_snippets_and_reports_never_show_a_cpr_number(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "referat.txt").write_text(MINUTES, encoding="utf-8")
    store = open_index(str(tmp_path / "p.db"))
    ingest(store, [str(tmp_path / "docs")])
    for query in ("hjælpemidler klage", "ankestyrelsen", "borger"):
        result = search(store, query)
        assert result["total"] == 1
        text = str(result)
        assert "010203" not in text and "0102031234" not in text
    cases = build_cases(store.documents())
    assert "010203" not in str(case_to_dict(cases[0])) and "xxxxxx-xxxx" in str(case_to_dict(cases[0]))
    assert "010203" not in theme_csv(theme_rows(cases, "hjælpemidler"))
