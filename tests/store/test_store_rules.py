"""Store rules a user meets indirectly: meeting tombstones only for meetings that are gone, the
body and date kept on each item row (search filters and facets read them), the analyzer fixed at
the first ingest, and closing twice. Documents are built here; expected values by hand."""
from __future__ import annotations

import hashlib

from sagsgang.model import AgendaItem, Decision, Document, Meeting
from sagsgang.search import open_index
from sagsgang.store.base import MEETING_TYPE
from sagsgang.store.sqlite import decode_text

from ..conftest import sha16


def minutes(source, date, text="Godkendt.", municipality="Faxe", committee="Økonomiudvalget"):
    meeting = Meeting(committee=committee, date=date) if committee or date else None
    item = AgendaItem(title="Budget", number="1", decisions=[Decision("Byrådet", "2024-06-20", text)])
    return Document(source=source, municipality=municipality, document_type="referat", meeting=meeting,
                    items=[item], content_hash=hashlib.sha256((source + str(date) + text).encode()).hexdigest())


def meeting_tombstones(store) -> list[str]:
    return [t["id"] for t in store.tombstones() if t["type"] == MEETING_TYPE]


def test_meeting_tombstone_only_when_no_document_holds_the_meeting(new_db):
    store = open_index(new_db("m"))
    store.put_document(minutes("dagsorden.txt", "2024-05-01"), "/x/dagsorden.txt")
    store.put_document(minutes("referat.txt", "2024-05-01"), "/x/referat.txt")
    store.put_document(minutes("referat.txt", "2024-05-01", "Rettet."), "/x/referat.txt")  # same meeting
    assert meeting_tombstones(store) == []
    store.put_document(minutes("referat.txt", "2024-05-08"), "/x/referat.txt")  # the agenda still holds 05-01
    assert meeting_tombstones(store) == []
    store.put_document(minutes("dagsorden.txt", "2024-05-08"), "/x/dagsorden.txt")  # now 05-01 is gone
    assert meeting_tombstones(store) == [sha16("Faxe", "Økonomiudvalget", "2024-05-01")]
    store.close()


def test_meeting_tombstone_of_a_document_without_municipality(new_db):
    store = open_index(new_db("n"))
    store.put_document(minutes("u.txt", "2024-05-01", municipality=None), "/x/u.txt")
    store.put_document(minutes("u.txt", "2024-05-02", municipality=None), "/x/u.txt")
    # a meeting of an unknown municipality belongs to its document alone (named by where it came from)
    assert meeting_tombstones(store) == [sha16("", "document", "/x/u.txt", "Økonomiudvalget", "2024-05-01")]
    store.close()


def test_item_rows_carry_the_meeting_or_else_the_decision_body_and_date(new_db):
    store = open_index(new_db("i"))
    store.put_document(minutes("m.txt", "2024-05-01"), "/x/m.txt")
    store.put_document(minutes("note.txt", None, committee=None), "/x/note.txt")  # no meeting
    rows = store.conn.execute("SELECT d.source, i.committee, i.date FROM items i JOIN documents d "
                              "ON d.id = i.document_id ORDER BY d.source").fetchall()
    assert rows == [("m.txt", "Økonomiudvalget", "2024-05-01"), ("note.txt", "Byrådet", "2024-06-20")]
    store.close()


def test_analyzer_is_fixed_at_the_first_ingest(new_db, monkeypatch):
    monkeypatch.delenv("SAGSGANG_ANALYZER", raising=False)
    first = open_index(new_db("d"))
    assert first.analyzer_name() == "danish"
    first.close()
    monkeypatch.setenv("SAGSGANG_ANALYZER", "")
    second = open_index(new_db("e"))
    assert second.analyzer_name() == "danish"
    second.close()
    monkeypatch.setenv("SAGSGANG_ANALYZER", "plain")
    p = new_db("p")
    store = open_index(p)
    store.put_document(minutes("m.txt", "2024-05-01"), "/x/m.txt")
    store.close()
    monkeypatch.setenv("SAGSGANG_ANALYZER", "danish")
    again = open_index(p)
    assert again.analyzer_name() == "plain" and again.stats()["analyzer"] == "plain"
    again.close()


def test_closing_twice_is_harmless(new_db):
    store = open_index(new_db("c"))
    store.put_document(minutes("m.txt", "2024-05-01"), "/x/m.txt")
    store.close()
    store.close()
    assert store.closed is True


def test_plain_text_bodies_of_old_databases_read_as_they_are():
    assert decode_text(None) == "" and decode_text("") == "" and decode_text("Gammel tekst") == "Gammel tekst"


def test_corrected_minutes_of_the_same_meeting_tombstone_no_meeting(new_db):
    """The meeting lives on in the corrected file: a mirror must not delete it."""
    store = open_index(new_db("s"))
    store.put_document(minutes("solo.txt", "2024-05-01"), "/x/solo.txt")
    assert store.put_document(minutes("solo.txt", "2024-05-01", "Rettet."), "/x/solo.txt").status == "replaced"
    assert meeting_tombstones(store) == []
    store.close()


def test_the_web_servers_threads_may_use_the_store(new_db):
    import threading

    store = open_index(new_db("t"))
    store.put_document(minutes("m.txt", "2024-05-01"), "/x/m.txt")
    seen: list[int] = []
    reader = threading.Thread(target=lambda: seen.append(store.stats()["documents"]))
    reader.start()
    reader.join()
    assert seen == [1]
    store.close()


def test_open_errors_name_the_backend_or_the_file(tmp_path):
    import pytest

    from sagsgang.errors import SagsgangError
    from sagsgang.store import open_store

    with pytest.raises(SagsgangError) as exc:
        open_store("mongodb://localhost/x")
    assert str(exc.value) == "mongodb: database backend not supported (use a SQLite file or a postgresql:// URL)"
    with pytest.raises(SagsgangError) as exc:  # nothing listens on port 1
        open_store("postgresql://sagsgang:hemmeligt@127.0.0.1:1/x?connect_timeout=3")
    assert str(exc.value).startswith("postgresql://sagsgang:***@127.0.0.1:1/x?connect_timeout=3: cannot connect "
                                     "to PostgreSQL (")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(SagsgangError) as exc:
        open_store(str(junk))
    assert str(exc.value).startswith(f"{junk}: cannot open database (")


def test_text_outside_items_is_stored_after_the_items_with_its_heading_page_body_and_date(new_db):
    from sagsgang.model import TextUnit

    store = open_index(new_db("u"))
    doc = minutes("m.txt", "2024-05-01")
    doc.unsplit = [TextUnit("Mødet blev hævet kl. 18.", page=3, heading="Eventuelt", terms="hævet"),
                   TextUnit("Underskrifter", terms="underskrifter")]
    store.put_document(doc, "/x/m.txt")
    note = minutes("note.txt", None, committee=None)  # no meeting: the document's own date
    note.date = "2024-04-30"
    note.unsplit = [TextUnit("Notatet slutter her.", terms="notatet")]
    store.put_document(note, "/x/note.txt")
    rows = store.conn.execute(
        "SELECT d.source, i.position, i.title, i.page, i.committee, i.date, i.public, i.body_chars FROM items i "
        "JOIN documents d ON d.id = i.document_id WHERE i.unit = 'document' ORDER BY d.source, i.position").fetchall()
    assert rows == [("m.txt", 1, "Eventuelt", 3, "Økonomiudvalget", "2024-05-01", 1, 24),
                    ("m.txt", 2, "", None, "Økonomiudvalget", "2024-05-01", 1, 13),
                    ("note.txt", 1, "", None, None, "2024-04-30", 1, 20)]
    assert store.conn.execute("SELECT units FROM documents ORDER BY source").fetchall() == [(2,), (1,)]
    store.close()


def test_the_ingest_options_are_kept_as_the_json_stores_already_hold(tmp_path):
    """The options a document was ingested with are compared as text with those of the next
    ingest: existing databases hold them as sorted JSON with letters as printed ('Køge', not
    'K\\u00f8ge'). Written differently, every Køge or Ærø document would be read and replaced
    again by the next ingest instead of being 'unchanged'."""
    store = open_index(str(tmp_path / "o.db"))
    try:
        doc = minutes("m.txt", "2024-05-01", municipality="Køge")
        store.put_document(doc, "/x/m.txt", options={"ocr": None, "municipality": "Køge"})
        assert store.conn.execute("SELECT options FROM documents").fetchone() == ('{"municipality": "Køge"}',)
        assert store.put_document(doc, "/x/m.txt", options={"municipality": "Køge"}).status == "unchanged"
    finally:
        store.close()


def test_a_plain_analyzer_store_indexes_the_text_outside_items_plainly(tmp_path, monkeypatch):
    """The text outside items is indexed with the store's analyzer like the items: in a store
    built with the plain analyzer (no stemming) a search for the very word it prints finds it
    (indexed with Danish stems, 'underskrifterne' would be 'underskrift' and not found)."""
    from sagsgang.model import TextUnit
    from sagsgang.search import search

    monkeypatch.setenv("SAGSGANG_ANALYZER", "plain")
    store = open_index(str(tmp_path / "p.db"))
    try:
        doc = minutes("m.txt", "2024-05-01")
        doc.unsplit = [TextUnit("Underskrifterne følger.", terms="underskrifterne")]
        store.put_document(doc, "/x/m.txt")
        assert store.analyzer_name() == "plain"
        (hit,) = search(store, "underskrifterne")["results"]
        assert (hit["unit"], hit["source"]) == ("document", "m.txt")
    finally:
        store.close()


def test_a_unit_is_indexed_as_an_untitled_item_on_its_page():
    from sagsgang.model import TextUnit
    from sagsgang.store.prepare import unit_item

    item = unit_item(TextUnit("Mødet blev hævet.", page=7, heading="Eventuelt", terms="hævet"))
    assert (item.title, item.intro, item.page, item.public) == ("", "hævet", 7, True)


def test_a_closed_item_keeps_empty_texts_not_missing_ones():
    from sagsgang.model import Section
    from sagsgang.store.prepare import published

    closed = AgendaItem(title="Personalesag", number="9", public=False, intro="fortroligt",
                        sections=[Section("Sagsfremstilling", "fortroligt")],
                        decisions=[Decision("Byrådet", "2024-06-20", "fortroligt")])
    doc = published(Document(source="r.txt", items=[AgendaItem(title="Budget", number="1"), closed]))
    kept = doc.items[1]
    assert (kept.intro, [s.text for s in kept.sections], [d.text for d in kept.decisions]) == ("", [""], [""])
    assert [s.heading for s in kept.sections] == ["Sagsfremstilling"] and kept.title == "Personalesag"


def test_a_database_in_memory_or_without_a_file_owns_no_file(tmp_path, monkeypatch):
    import os

    from sagsgang.store.sqlite import SQLiteStore

    monkeypatch.chdir(tmp_path)
    for path in (":memory:", ""):
        store = SQLiteStore(path)
        assert not store.owns(os.path.join(os.getcwd(), ":memory:"))
        assert not store.owns(os.getcwd())
        assert not store.owns(str(tmp_path / "referat.pdf"))
        store.close()
    on_disk = SQLiteStore(str(tmp_path / "s.db"))
    assert on_disk.owns(str(tmp_path / "s.db-wal")) and on_disk.owns(str(tmp_path / "s.db.index"))
    assert not on_disk.owns(str(tmp_path / "s.dbx")) and not on_disk.owns(str(tmp_path / "referat.pdf"))
    on_disk.close()


def test_only_ingest_creates_a_database(tmp_path):
    import pytest

    from sagsgang.errors import SagsgangError
    from sagsgang.store import open_store

    missing = str(tmp_path / "stavefejl.db")
    with pytest.raises(SagsgangError) as exc:
        open_store(missing, create=False)
    assert str(exc.value) == f"{missing}: no such database (create one with: sagsgang ingest PATH --db {missing})"
    assert not (tmp_path / "stavefejl.db").exists()
    open_store(":memory:", create=False).close()  # nothing on disk to look for


def test_fetch_state_is_kept_with_the_document_and_replaced_whole(new_db):
    store = open_index(new_db("f"))
    url = "https://dagsordener.faxe.dk/api/agenda/dagsorden/1"
    fetch = {"url": url, "etag": '"a1"', "last_modified": "Mon, 01 Dec 2025 09:00:00 GMT", "content_hash": "h1",
             "status": 200, "fetched_at": "2025-12-01T10:00:00+01:00"}
    store.put_document(minutes("1.json", "2025-12-01"), url, fetch=fetch)
    assert store.fetch_state(url) == {k: v for k, v in fetch.items() if k != "url"}
    store.record_fetch({"url": url, "etag": '"b2"', "last_modified": None, "content_hash": "h2", "status": 304})
    state = store.fetch_state(url)
    assert (state["etag"], state["last_modified"], state["content_hash"], state["status"]) == ('"b2"', None, "h2", 304)
    assert state["fetched_at"] > "2025-12-01T10:00:00+01:00" and state["fetched_at"][:2] == "20"  # now, ISO
    assert store.fetch_state(url + "0") is None
    store.close()


def test_without_psycopg_the_postgresql_store_says_what_to_install(monkeypatch):
    import sys

    import pytest

    from sagsgang.errors import SagsgangError
    from sagsgang.store import open_store

    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(SagsgangError) as exc:
        open_store("postgresql://postgres@localhost/test")
    assert "needs psycopg 3" in str(exc.value) and "pip install 'psycopg[binary]'" in str(exc.value)


def test_only_ingest_creates_a_postgresql_store(pg_db):
    """search, case, theme and serve open with create=False: an empty schema is an error naming the fix."""
    import pytest

    from sagsgang.errors import SagsgangError
    from sagsgang.store import open_store

    db = pg_db("nothing")
    with pytest.raises(SagsgangError) as exc:
        open_store(db, create=False)
    assert "no sagsgang database in this schema (create one with: sagsgang ingest PATH --db" in str(exc.value)
    open_store(db).close()  # ingest's way: creates it
    store = open_store(db, create=False)
    assert store.stats()["documents"] == 0
    store.close()


def test_a_postgresql_store_owns_only_its_index_folder(pg_db, tmp_path, monkeypatch):
    """Its index folder lives under $SAGSGANG_INDEX_DIR, named after the database and schema; an
    ingest of that folder never reads it, and two schemas never share one."""
    from sagsgang.store import open_store

    monkeypatch.setenv("SAGSGANG_INDEX_DIR", str(tmp_path / "idx"))
    one, two = open_store(pg_db("a")), open_store(pg_db("b"))
    assert one.path.startswith(str(tmp_path / "idx")) and one.path != two.path
    assert one.owns(one.path + ".index") and one.owns(one.path + ".index/meta.json")
    assert not one.owns(two.path + ".index") and not one.owns(str(tmp_path / "referat.pdf"))
    one.close()
    two.close()


def test_a_store_opened_while_another_switches_the_file_to_wal_tries_again():
    """SQLite answers a connection that switches a new file to WAL while another does the same 'database is
    locked' at once (it cannot wait for a lock the other waits for too): the store tries again instead of failing
    to open (the race of the test below, which failed about one open in thirty on a busy machine)."""
    import sqlite3

    import pytest

    from sagsgang.store.sqlite import write_ahead_log

    class Switching:
        """A connection whose first WAL switches meet the other connection's lock."""

        def __init__(self, busy: int, error: str = "database is locked") -> None:
            self.busy, self.error, self.tries = busy, error, 0

        def execute(self, sql: str):
            assert sql == "PRAGMA journal_mode=WAL"
            self.tries += 1
            if self.tries <= self.busy:
                raise sqlite3.OperationalError(self.error)

    conn = Switching(busy=3)
    write_ahead_log(conn)
    assert conn.tries == 4
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        write_ahead_log(Switching(busy=10**9), wait=0.05)  # still locked when the wait is over: the error
    other = Switching(busy=1, error="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk"):
        write_ahead_log(other)  # any other error is no race: at once
    assert other.tries == 1


def test_stores_opened_at_once_create_and_migrate_one_schema_once(new_db):
    """Four processes' worth of connections opening a new store at the same moment (serve and
    ingests started together): every one opens, the schema is made and migrated once."""
    import threading

    from sagsgang.store import open_store
    from sagsgang.store.schema import SCHEMA_VERSION

    db = new_db("race")
    opened, errors = [], []
    start = threading.Barrier(4)

    def open_one() -> None:
        start.wait()
        try:
            opened.append(open_store(db))
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            errors.append(repr(exc))

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(opened) == 4
    assert {s.stats()["schema_version"] for s in opened} == {SCHEMA_VERSION}
    assert opened[0].conn.execute("SELECT count(*) FROM meta WHERE key='index_id'").fetchone()[0] == 1
    for s in opened:
        s.close()


def test_a_postgresql_store_recovers_after_the_server_dropped_its_connection(pg_db):
    """A restart or fail-over ends the connection of a long-running serve: the request that
    meets the dead connection fails, the next one works on a new connection."""
    import psycopg
    import pytest

    from sagsgang.store import open_store

    from ..stores import pg_dsn

    db = pg_db("drop")
    store = open_index(db)
    store.put_document(minutes("m.txt", "2024-05-01"), "/x/m.txt")
    pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_dsn(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(psycopg.OperationalError):
        store.stats()
    assert store.stats()["documents"] == 1
    assert store.conn.execute("SELECT pg_backend_pid()").fetchone()[0] != pid
    store.put_document(minutes("n.txt", "2024-05-02"), "/x/n.txt")
    store.close()
    again = open_store(db, create=False)
    assert again.stats()["documents"] == 2
    again.close()


def test_a_postgresql_ingest_keeps_planner_statistics(pg_db):
    """Where autovacuum is off or behind, a bulk ingest must not leave the planner guessing
    (whole-table scans for one meeting): statistics are taken at 50 stored documents, and when
    a writing store closes."""
    db = pg_db("stats")
    store = open_index(db)

    def analyzed(table: str) -> bool:  # reltuples is -1 until a table was first analyzed (PostgreSQL 14+)
        return store.conn.execute("SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relname = ?", (table,)).fetchone()[0] >= 0

    for k in range(49):
        store.put_document(minutes(f"m{k}.txt", "2024-05-01", f"Godkendt {k}."), f"/x/m{k}.txt")
    assert not analyzed("items")
    store.put_document(minutes("m49.txt", "2024-05-01"), "/x/m49.txt")
    assert analyzed("items") and analyzed("link_keys")
    store.close()
    other = open_index(pg_db("closing"))
    other.put_document(minutes("m.txt", "2024-05-01"), "/x/m.txt")
    other.close()
    from ..stores import connect

    check = connect(other.url)
    assert check.execute("SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = current_schema() AND c.relname = 'documents'").fetchone()[0] == 1
    check.close()
