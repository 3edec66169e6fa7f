"""`sagsgang harvest` against a local FirstAgenda Publication site (127.0.0.1 only, never the internet)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from sagsgang.cli import main
from sagsgang.harvest import PoliteClient, harvest_site
from sagsgang.search import open_index

from .conftest import publication
from .fixture_site import Server, greve_site

ARGS = ["--contact", "test@example.invalid", "--delay", "0"]


def _snapshot(db: str) -> dict:
    """What a harvest stored, without timestamps: documents, items, decisions, bilag."""
    conn = sqlite3.connect(db)
    try:
        docs = sorted(conn.execute("SELECT path, content_hash, municipality, committee, meeting_date FROM documents"))
        items = sorted(conn.execute("SELECT d.path, i.number, i.title, i.public, i.case_numbers FROM items i "
                                    "JOIN documents d ON d.id = i.document_id WHERE i.unit IS NULL"))
        decisions = sorted(conn.execute("SELECT committee, date, text FROM decisions"))
        bilag = sorted(conn.execute("SELECT url, document_origin, item_number, title, content_hash FROM bilag"))
        fetches = sorted(conn.execute("SELECT url, etag, content_hash FROM fetches"))
    finally:
        conn.close()
    return {"docs": docs, "items": items, "decisions": decisions, "bilag": bilag, "fetches": fetches}


@pytest.fixture
def site():
    return greve_site(publication("firstagenda-greve"), count=4)


def test_harvest_twice_same_database_second_run_only_conditional(site, tmp_path, capsys):
    db = str(tmp_path / "h.db")
    with Server(site) as base:
        assert main(["harvest", base, "--db", db, *ARGS]) == 0
        first = _snapshot(db)
        out = capsys.readouterr().out
        assert "4 meetings: 4 new, 0 changed, 0 unchanged, 0 failed" in out
        n_first = len(site.log)
        assert main(["harvest", base, "--db", db, *ARGS]) == 0
        assert "4 meetings: 0 new, 0 changed, 4 unchanged, 0 failed" in capsys.readouterr().out
    second_run = [r for r in site.log[n_first:] if r.path != "/robots.txt"]
    assert second_run and all(r.conditional for r in second_run)
    assert all(r.status == 304 for r in second_run)
    assert _snapshot(db) == first
    assert len(first["docs"]) == 4
    expected_items = sum(len(json.loads(b)["Dagsordenpunkter"]) for b in site.meetings.values())
    assert len(first["items"]) == expected_items
    assert first["bilag"], "bilag of public items are fetched and kept"
    assert all("sagsgang/" in r.user_agent and "test@example.invalid" in r.user_agent for r in site.log)
    # the stored documents keep their source URL and fetch time
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT d.path, f.fetched_at FROM documents d JOIN fetches f ON f.url = d.path").fetchall()
    conn.close()
    assert len(rows) == 4 and all(p.startswith(base + "/api/agenda/dagsorden/") and t for p, t in rows)


def test_changed_meeting_is_fetched_again_and_replaced(site, tmp_path, capsys):
    db = str(tmp_path / "h.db")
    with Server(site) as base:
        assert main(["harvest", base, "--db", db, "--no-bilag", *ARGS]) == 0
        mid = sorted(site.meetings)[0]
        data = json.loads(site.meetings[mid])
        data["Moede"]["Sted"] = "Et andet mødelokale"
        site.meetings[mid] = json.dumps(data, ensure_ascii=False).encode()
        capsys.readouterr()
        assert main(["harvest", base, "--db", db, "--no-bilag", *ARGS]) == 0
        assert "1 changed, 3 unchanged" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    locations = {r[0] for r in conn.execute("SELECT location FROM documents")}
    conn.close()
    assert "Et andet mødelokale" in locations and len(locations) >= 1


def test_503_then_200_is_retried(site, tmp_path):
    mid = sorted(site.meetings)[1]
    path = f"/api/agenda/dagsorden/{mid}"
    site.faults[path] = [503, 429]
    db = str(tmp_path / "h.db")
    with Server(site) as base:
        client = PoliteClient(contact="test@example.invalid", delay=0, backoff=0.01)
        store = open_index(db)
        try:
            report = harvest_site(client, store, base, bilag=False)
        finally:
            store.close()
            client.close()
    assert report.ok and report.new == 4
    assert [r.status for r in site.fetched(path)] == [503, 429, 200]
    assert client.requests["retry"] == 2


def test_robots_disallowed_path_is_never_fetched(site, tmp_path, capsys):
    mid = sorted(site.meetings)[2]
    site.robots = f"User-agent: *\nDisallow: /api/agenda/dagsorden/{mid}\nDisallow: /vis/\n"
    db = str(tmp_path / "h.db")
    with Server(site) as base:
        assert main(["harvest", base, "--db", db, *ARGS]) == 0  # a forbidden path is not a failure
        out = capsys.readouterr()
    assert not site.fetched(f"/api/agenda/dagsorden/{mid}")
    assert not site.fetched("/vis/")
    assert "3 new" in out.out and "forbidden by robots.txt" in out.out
    assert f"not fetched (robots.txt) {base}/api/agenda/dagsorden/{mid}" in out.err


def test_killed_harvest_resumes_without_refetching(site, tmp_path, monkeypatch):
    from sagsgang.store.sqlite import SQLiteStore

    db = str(tmp_path / "h.db")
    real_put = SQLiteStore.put_document
    calls = {"n": 0}

    def crash_on_third(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third meeting is being stored
        return real_put(self, *args, **kwargs)

    with Server(site) as base:
        monkeypatch.setattr(SQLiteStore, "put_document", crash_on_third)
        assert main(["harvest", base, "--db", db, "--no-bilag", *ARGS]) == 130
        monkeypatch.setattr(SQLiteStore, "put_document", real_put)
        stored = _snapshot(db)["docs"]
        assert len(stored) == 2  # the third was rolled back with its fetch state
        n = len(site.log)
        assert main(["harvest", base, "--db", db, "--no-bilag", *ARGS]) == 0
    resumed = [r for r in site.log[n:] if r.path.startswith("/api/agenda/dagsorden/")]
    full = [r for r in resumed if r.status == 200]
    assert len(full) == 2  # only the two meetings it did not have
    assert sum(1 for r in resumed if r.status == 304) == 2
    assert len(_snapshot(db)["docs"]) == 4


def test_a_site_that_is_not_firstagenda_fails_with_status_2(tmp_path, capsys):
    from .fixture_site import Site

    site = Site({})
    site.extra["/api/agenda/udvalgsliste"] = b"<html>no</html>"
    with Server(site) as base:
        site.meetings = {}
        assert main(["harvest", base, "--db", str(tmp_path / "h.db"), *ARGS]) == 2
    assert "SITE FAILED" in capsys.readouterr().out


def test_contact_is_required(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SAGSGANG_CONTACT", raising=False)
    assert main(["harvest", "http://127.0.0.1:9", "--db", str(tmp_path / "h.db")]) == 2
    assert "contact address" in capsys.readouterr().err


def test_config_runs_every_site_and_a_failed_site_gives_status_2(site, tmp_path, capsys):
    from .fixture_site import Site

    broken = Site({})
    broken.faults["/api/agenda/udvalgsliste"] = [500] * 10
    db = str(tmp_path / "h.db")
    with Server(site) as good_base, Server(broken) as bad_base:
        config = tmp_path / "sites.toml"
        config.write_text(f'contact = "cron@example.invalid"\ndelay = 0\n'
                          f'[[site]]\nurl = "{good_base}"\nmunicipality = "Greve"\nsince = "2022-02-01"\n'
                          f'[[site]]\nurl = "{bad_base}"\nmunicipality = "Andeby"\n', encoding="utf-8")
        assert main(["harvest", "--config", str(config), "--db", db, "--no-bilag", "--retries", "1"]) == 2
    out = capsys.readouterr().out
    dates = sorted(json.loads(b)["Moede"]["Dato"][:10] for b in site.meetings.values())
    after = [d for d in dates if d >= "2022-02-01"]
    assert 0 < len(after) < len(dates)  # --since leaves some out
    assert f"{good_base}: {len(after)} meetings: {len(after)} new" in out
    assert f"{bad_base}: 0 meetings" in out and "SITE FAILED" in out
    assert all("cron@example.invalid" in r.user_agent for r in site.log)


def test_item_page_and_api_show_source_url_and_fetch_time(site, tmp_path):
    from starlette.testclient import TestClient

    from sagsgang.store import open_store
    from sagsgang.web.app import Data, create_app
    from sagsgang.web.catalog import Catalog

    db = str(tmp_path / "h.db")
    with Server(site) as base:
        assert main(["harvest", base, "--db", db, "--no-bilag", *ARGS]) == 0
    store = open_store(db, create=False)
    try:
        docs = store.documents()
    finally:
        store.close()
    assert all(d.origin.startswith(base + "/api/agenda/dagsorden/") and d.fetched_at for d in docs)
    catalog = Catalog(docs)
    view = next(v for v in catalog.items.values() if v.public and v.decisions)
    client = TestClient(create_app(lambda: Data(catalog, lambda *a, **k: {"total": 0, "results": [], "facets": {}},
                                                 "2026-11-23T08:00:00+01:00")))
    api = client.get(f"/api/v1/agendaItems/{view.id}").json()
    assert api["sagsgang:source"]["url"] == view.document.origin
    assert api["sagsgang:source"]["fetched"] == view.document.fetched_at
    page = client.get(f"/punkt/{view.id}").text
    assert view.document.origin in page and "hentet" in page


def test_truncated_and_slow_answers_are_retried(site, tmp_path):
    from .fixture_site import SLOW, TRUNCATED

    first, second = sorted(site.meetings)[:2]
    site.faults[f"/api/agenda/dagsorden/{first}"] = [TRUNCATED]
    site.faults[f"/api/agenda/dagsorden/{second}"] = [SLOW]
    db = str(tmp_path / "h.db")
    with Server(site) as base:
        client = PoliteClient(contact="test@example.invalid", delay=0, backoff=0.01, timeout=0.3)
        store = open_index(db)
        try:
            report = harvest_site(client, store, base, bilag=False)
        finally:
            store.close()
            client.close()
    assert report.ok and report.new == 4
    assert [r.status for r in site.fetched(f"/api/agenda/dagsorden/{first}")] == [TRUNCATED, 200]
    assert [r.status for r in site.fetched(f"/api/agenda/dagsorden/{second}")] == [SLOW, 200]
