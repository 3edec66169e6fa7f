"""Document identity is its source (path or URL) + content + ingest options, never its base
name: municipal downloads are all called referat.pdf. Existing databases are migrated."""
from __future__ import annotations

import sqlite3

from sagsgang.ingest import ingest
from sagsgang.search import open_index, search
from sagsgang.store.schema import MIGRATIONS, SCHEMA_VERSION
from sagsgang.web.catalog import Catalog

from ..site import Item, cli, minutes


def write(folder, committee: str, word: str, name: str = "referat.txt", day: str = "10-01-2024"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(minutes(committee, day, [Item(f"Sag om {word}", "24-000001", body=f"Om {word} i byen.")]),
                    encoding="utf-8")
    return path


def test_same_file_name_in_two_folders_is_two_documents(tmp_path, new_db):
    write(tmp_path / "norddjurs", "Økonomiudvalget", "havnefronten")
    write(tmp_path / "aarhus", "Økonomiudvalget", "letbanen")
    store = open_index(new_db("one"))  # in one run
    report = ingest(store, [str(tmp_path / "norddjurs"), str(tmp_path / "aarhus")])
    assert (report.counts["new"], report.counts["replaced"]) == (2, 0)
    assert search(store, "havnefronten")["total"] == 1 and search(store, "letbanen")["total"] == 1
    items = Catalog(store.documents()).items
    assert sorted(v.title for v in items.values()) == ["Sag om havnefronten", "Sag om letbanen"]
    store.close()
    db = new_db("two")  # one after the other, as a user would
    assert "1 new, 0 unchanged, 0 replaced" in cli("ingest", str(tmp_path / "norddjurs"), "--db", db,
                                                   "--municipality", "Norddjurs")[1]
    assert "1 new, 0 unchanged, 0 replaced" in cli("ingest", str(tmp_path / "aarhus"), "--db", db,
                                                   "--municipality", "Aarhus")[1]
    assert '"municipality": "Norddjurs"' in cli("search", "havnefronten", "--db", db, "--json")[1]


def test_new_content_at_the_same_source_replaces(tmp_path, new_db):
    write(tmp_path / "a", "Økonomiudvalget", "havnefronten")
    store = open_index(new_db())
    ingest(store, [str(tmp_path / "a")])
    write(tmp_path / "a", "Økonomiudvalget", "letbanen")
    assert ingest(store, [str(tmp_path / "a")]).counts["replaced"] == 1
    assert search(store, "havnefronten")["total"] == 0 and search(store, "letbanen")["total"] == 1
    store.close()


def test_reingest_with_corrected_municipality(tmp_path, new_db):
    """Ingest options are part of what was ingested: a corrected --municipality re-ingests."""
    write(tmp_path / "docs", "Økonomiudvalget", "havnefronten")
    db = new_db()
    cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Kalundborg")
    out = cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Norddjurs")[1]
    assert "0 new, 0 unchanged, 1 replaced" in out
    assert '"municipality": "Norddjurs"' in cli("search", "havnefronten", "--db", db, "--json")[1]
    assert "Kalundborg" not in cli("search", "havnefronten", "--db", db, "--json")[1]
    again = cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Norddjurs")[1]
    assert "0 new, 1 unchanged, 0 replaced" in again


def test_schema_5_database_is_migrated(tmp_path):
    """A database of the previous schema (documents identified by name, raw CPR numbers stored and
    indexed) gets options and tombstone columns, masked records and a rebuilt index."""
    import zlib

    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:5]:
        conn.executescript(step)
    conn.execute("PRAGMA user_version = 5")
    parsed = ('{"source": "referat.txt", "municipality": "Faxe", "document_type": "referat", "meeting": '
              '{"committee": "Byrådet", "date": "2024-01-10", "start_time": null, "location": "Sal 010203-4567", '
              '"participants": [], "absent": []}, "items": [{"title": "Klage 010203-4567", "number": "1", '
              '"public": true, "case_numbers": [], "route": [], "decisions": [{"committee": "Byrådet", "date": '
              '"2024-01-10", "text": "Afvist for 010203-4567.", "absent": []}], "attachments": [], "sections": '
              '[], "intro": "Borger 010203-4567 klager over vejen.", "page": null}], "layout": "generic"}')
    conn.execute("INSERT INTO documents(id, source, path, content_hash, municipality, committee, meeting_date, "
                 "location, ingested_at, parsed) VALUES (1, 'referat.txt', '/old/faxe/referat.txt', 'h1', 'Faxe', "
                 "'Byrådet', '2024-01-10', 'Sal 010203-4567', '2024-01-11T00:00:00+01:00', ?)",
                 (zlib.compress(parsed.encode()),))
    conn.execute("INSERT INTO items(id, document_id, position, number, title, public, case_numbers, route, body, "
                 "municipality, committee, date) VALUES (1, 1, 0, '1', 'Klage 010203-4567', 1, '[]', '[]', ?, "
                 "'Faxe', 'Byrådet', '2024-01-10')", (zlib.compress(b"Borger 010203-4567 klager over vejen."),))
    conn.execute("INSERT INTO decisions(item_id, committee, date, text, absent) VALUES "
                 "(1, 'Byrådet', '2024-01-10', 'Afvist for 010203-4567.', '[]')")
    conn.execute("INSERT INTO index_queue(item_id, title, decision, body) VALUES (1, '010203 4567', '', '')")
    conn.commit()
    conn.close()
    store = open_index(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (doc,) = store.documents()
    assert doc.origin == "/old/faxe/referat.txt"
    assert "010203" not in repr(doc) and doc.items[0].title == "Klage xxxxxx-xxxx"
    dump = [str(v) for t in ("documents", "items", "decisions") for row in store.conn.execute(f"SELECT * FROM {t}")
            for v in row if not isinstance(v, bytes)]
    assert dump and not any("010203" in v for v in dump)
    assert search(store, "vejen")["total"] == 1 and search(store, "010203")["total"] == 0
    assert "010203" not in str(search(store, "vejen"))
    # stored before schema 7, its text outside items was never read: the next ingest reads it again
    assert not store.is_stored("h1")
    store.conn.execute("UPDATE documents SET units = 0")
    assert store.is_stored("h1") and not store.is_stored("h1", {"municipality": "Faxe"})
    store.close()
