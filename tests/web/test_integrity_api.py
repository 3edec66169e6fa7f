"""Sync and integrity over a site built from generated minutes (no shared corpus needed):
meetings of unknown municipalities never merge, `modified_since` is a point in time, tombstones
carry the live id and belong to one body, snippets are HTML with only our <mark>, CSV cells are
never formulas."""
from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from ..site import Item, cli, client, minutes

OPARL = "https://schema.oparl.org/1.1/"


def write(path, committee: str, items: list[Item], day: str = "10-01-2024") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(minutes(committee, day, items), encoding="utf-8")


def unknown_and_aarhus(tmp_path) -> str:
    """Two documents of unknown municipalities with the same body and date, one of Aarhus."""
    write(tmp_path / "a" / "oeu_a.txt", "Økonomiudvalget", [Item("Havnefronten", "24-000001")])
    write(tmp_path / "b" / "oeu_b.txt", "Økonomiudvalget", [Item("Letbanen", "24-000002")])
    write(tmp_path / "c" / "oeu_c.txt", "Økonomiudvalget", [Item("Skolen", "24-000003")])
    db = str(tmp_path / "s.db")
    cli("ingest", str(tmp_path / "a"), str(tmp_path / "b"), "--db", db)
    cli("ingest", str(tmp_path / "c"), "--db", db, "--municipality", "Aarhus")
    return db


def test_unknown_municipalities_never_merge(tmp_path):
    with client(unknown_and_aarhus(tmp_path)) as web:
        meetings = web.get("/api/v1/bodies/ukendt/meetings").json()["data"]
        pages = [web.get(m["web"]).text for m in meetings]
    assert len(meetings) == 2 and all(len(m["agendaItem"]) == 1 for m in meetings)
    assert {m["agendaItem"][0]["name"] for m in meetings} == {"Havnefronten", "Letbanen"}
    assert sum("Havnefronten" in p for p in pages) == 1 and sum("Letbanen" in p for p in pages) == 1


def test_unknown_is_not_counted_as_a_municipality(tmp_path):
    with client(unknown_and_aarhus(tmp_path)) as web:
        assert "fra 1 kommuner" in web.get("/").text


def test_modified_since_is_a_point_in_time(tmp_path):
    write(tmp_path / "docs" / "r.txt", "Byrådet", [Item("Havnefronten", "24-000001")])
    db = str(tmp_path / "s.db")
    cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Faxe")
    before = (datetime.now(UTC) - timedelta(minutes=30)).astimezone(timezone(timedelta(hours=3)))
    after = datetime.now(UTC) + timedelta(minutes=30)
    with client(db) as web:
        for path in ("/api/v1/bodies", "/api/v1/bodies/faxe/meetings", "/api/v1/bodies/faxe/people",
                     "/api/v1/bodies/faxe/organizations", "/api/v1/bodies/faxe/papers"):
            everything = web.get(path).json()["data"]
            assert everything and all(o.get("modified") for o in everything), path
            since = web.get(path, params={"modified_since": before.isoformat()}).json()["data"]
            assert since == everything, path  # 30 minutes ago in +03:00 is before the ingest
            assert web.get(path, params={"modified_since": after.isoformat()}).json()["data"] == [], path
            assert web.get(path, params={"modified_since": "garbage"}).status_code == 400, path


def test_tombstones_use_live_ids_and_belong_to_one_body(tmp_path):
    write(tmp_path / "k" / "k.txt", "Byrådet", [Item("Havnefronten", "24-000001")])
    write(tmp_path / "n" / "n.txt", "Byrådet", [Item("Letbanen", "24-000002")])
    db = str(tmp_path / "s.db")
    cli("ingest", str(tmp_path / "k"), "--db", db, "--municipality", "Kalundborg")
    cli("ingest", str(tmp_path / "n"), "--db", db, "--municipality", "Norddjurs")
    with client(db) as web:
        (old,) = web.get("/api/v1/bodies/kalundborg/meetings").json()["data"]
    write(tmp_path / "k" / "k.txt", "Byrådet", [Item("Havnefronten", "24-000001")], day="17-01-2024")  # date fixed
    assert "1 replaced" in cli("ingest", str(tmp_path / "k"), "--db", db, "--municipality", "Kalundborg")[1]
    since = {"modified_since": "2000-01-01T00:00:00Z"}
    with client(db) as web:
        kalundborg = web.get("/api/v1/bodies/kalundborg/meetings", params=since).json()["data"]
        norddjurs = web.get("/api/v1/bodies/norddjurs/meetings", params=since).json()["data"]
    deleted = [m for m in kalundborg if m.get("deleted")]
    assert [d["id"] for d in deleted] == [old["id"]] and old["id"].endswith(old["web"].rsplit("/", 1)[1])
    assert "/api/v1/meetings/" in deleted[0]["id"] and deleted[0]["type"] == OPARL + "Meeting"
    assert not any(m.get("deleted") for m in norddjurs) and len(norddjurs) == 1


def test_snippets_are_escaped_except_our_mark(tmp_path):
    body = "Godkendt. <img src=x onerror=alert(4)> parkering ved <mark onmouseover=alert(5)>skolen</mark> & vejen."
    write(tmp_path / "docs" / "r.txt", "Byrådet", [Item("Trafik", "24-000001", body=body)])
    db = str(tmp_path / "s.db")
    cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Faxe")
    cli_snippet = json.loads(cli("search", "parkering", "--db", db, "--json")[1])["results"][0]["snippet"]
    with client(db) as web:
        api_snippet = web.get("/api/v1/search", params={"q": "parkering"}).json()["results"][0]["snippet"]
        page = web.get("/", params={"q": "parkering"}).text
        feed = web.get("/feeds/search.atom", params={"q": "parkering"}).text
    for snippet in (cli_snippet, api_snippet):
        assert "<mark>parkering</mark>" in snippet
        assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0
        assert "onerror=alert(4)&gt;" in snippet and "&lt;mark onmouseover" in snippet and "&amp; vejen" in snippet
    assert "<img" not in page and "<mark onmouseover" not in page and "&amp;lt;" not in page
    assert "onerror=alert(4)&gt;" in feed and "&amp;lt;" not in feed and "<mark onmouseover" not in feed
    human = cli("search", "parkering", "--db", db)[1]
    assert "onerror=alert(4)> *parkering*" in human  # a terminal shows the text as printed


def test_csv_cells_are_never_formulas(tmp_path):
    title = '=HYPERLINK("http://evil.example/x","Lokalplan klik")'
    write(tmp_path / "docs" / "r.txt", "Byrådet", [
        Item(title, "24-000001", decision="+SUM(1,2) lokalplan vedtaget."),
        Item("@lokalplan for havnen", "24-000002", decision="-2+3 lokalplan udsat.")])
    db = str(tmp_path / "s.db")
    cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Faxe")
    cli("theme", "lokalplan", "--db", db, "--csv", str(tmp_path / "t.csv"))
    with client(db) as web:
        download = web.get(f"/tema.csv?q={quote('lokalplan')}").text
    for text in ((tmp_path / "t.csv").read_text(encoding="utf-8"), download):
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
        cells = [c for row in rows[1:] for c in row]
        assert len(rows) == 3 and f"'{title}" in cells
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
        assert any(c.startswith("'@lokalplan") for c in cells) and any(c.startswith("'-2+3") for c in cells)
