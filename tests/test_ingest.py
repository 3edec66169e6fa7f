"""`sagsgang ingest` and `sagsgang search` end to end: idempotence, replacement, failures, interruption."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from sagsgang.cli import main
from sagsgang.ingest import ingest, iter_files
from sagsgang.parse.casenumbers import normalize_case_number
from sagsgang.search import indexed_ids, open_index, search
from sagsgang.store import open_store

from .conftest import corpus_file
from .generated import demo_folder
from .interrupt import killed_ingest, run_cli, state


@pytest.fixture
def small_dir(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    names = ("000_49f9073853a75b98.txt", "004_aa3e7e1ea5d949e8.txt", "aarhus_teknisk-udvalg_2025-10-01_referat.html")
    for name in names:
        (d / name).write_bytes(corpus_file(name).read_bytes())
    return d


def test_ingest_then_search(small_dir, tmp_path, capsys):
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(small_dir), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "3 new" in out
    assert main(["search", "velfærdsaftale", "--db", db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["results"][0]["source"] == "000_49f9073853a75b98.txt"
    assert main(["search", "velfærdsaftale", "--db", db]) == 0
    assert "Indstilling til velfærdsaftale" in capsys.readouterr().out


def test_case_numbers_counted_per_municipality(small_dir, tmp_path):
    """The summary's case numbers: distinct (municipality, normalised number) pairs of the stored items."""
    store = open_index(str(tmp_path / "s.db"))
    try:
        report = ingest(store, [str(small_dir)])
        docs = store.documents()
    finally:
        store.close()
    expected = {(d.municipality, normalize_case_number(c)) for d in docs for it in d.items for c in it.case_numbers}
    assert report.cases == len(expected) > 0


def test_reingest_is_idempotent(small_dir, tmp_path, capsys):
    db = tmp_path / "s.db"
    main(["ingest", str(small_dir), "--db", str(db)])
    first = state(db)
    version = open_index(str(db)).data_version()
    capsys.readouterr()
    assert main(["ingest", str(small_dir), "--db", str(db), "--jobs", "2"]) == 0
    assert "0 new, 3 unchanged, 0 replaced" in capsys.readouterr().out
    assert state(db) == first
    assert open_index(str(db)).data_version() == version


def test_changed_file_replaces_and_leaves_tombstone(small_dir, tmp_path, capsys):
    db = tmp_path / "s.db"
    main(["ingest", str(small_dir), "--db", str(db)])
    f = small_dir / "000_49f9073853a75b98.txt"
    f.write_text(re.sub("(?i)velfærdsaftale", "trivselsaftale", f.read_text(encoding="utf-8")), encoding="utf-8")
    capsys.readouterr()
    assert main(["ingest", str(small_dir), "--db", str(db)]) == 0
    assert "0 new, 2 unchanged, 1 replaced" in capsys.readouterr().out
    store = open_index(str(db))
    assert store.stats()["documents"] == 3
    # the corrected file keeps its items (same source, same numbers): they are live, not deleted
    from sagsgang.web.catalog import Catalog

    live = set(Catalog(store.documents()).items)
    assert len(live) >= 3 and not [t for t in store.tombstones() if t["id"] in live]
    assert search(store, "trivselsaftale")["total"] >= 1
    titles = [r["title"] for r in search(store, "velfærdsaftale")["results"] if r["source"] == f.name]
    assert not [t for t in titles if "velfærdsaftale" in t.lower()]


def test_failing_document_does_not_stop_the_batch(small_dir, tmp_path, capsys):
    (small_dir / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (small_dir / "empty.txt").write_bytes(b"")
    (small_dir / ".hidden.txt").write_bytes(b"whatever")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(small_dir), "--db", db, "--jobs", "2"]) == 2
    captured = capsys.readouterr()
    assert "3 new" in captured.out and "2 failed" in captured.out
    assert "broken.pdf" in captured.err and "empty.txt" in captured.err and ".hidden" not in captured.err
    assert open_index(db).stats()["documents"] == 3


def test_municipality_fills_missing(tmp_path, capsys):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text("Dagsorden\n\nØkonomiudvalget\n\n1. Budget 2025\nSagsnr. 24/1234\n\n"
                             "Sagsfremstilling\nBudgettet for skolerne.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    main(["ingest", str(d), "--db", db, "--municipality", "Testrup"])
    docs = open_index(db).documents()
    assert docs and docs[0].municipality == "Testrup"


def test_symlink_loops_and_hidden_dirs(tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    (d / ".git" / "x.txt").write_text("x")
    (d / "sub" / "a.txt").write_text("a")
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)
    assert [Path(p).name for p in iter_files([str(d)])] == ["a.txt"]


def test_interrupted_ingest_is_consistent_and_resumable(tmp_path):
    """Killed inside the fourth document's transaction: exactly three documents are in, each whole,
    the index holds exactly their items, and a rerun ends where an uninterrupted run ends."""
    src = demo_folder(tmp_path, 40)
    db = tmp_path / "interrupted.db"
    killed_ingest(src, db, 3, "in_transaction")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents)"
                        ).fetchone()[0] == 0
    stored_ids = [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]
    conn.close()
    assert stored_ids
    store = open_index(str(db))  # the next open applies the queue the killed ingest left behind
    assert indexed_ids(store) == stored_ids
    store.close()
    rerun = run_cli("ingest", str(src), "--db", str(db))
    out, _ = rerun.communicate()
    assert rerun.returncode == 0 and "37 new, 3 unchanged, 0 replaced" in out
    clean = tmp_path / "clean.db"
    assert run_cli("ingest", str(src), "--db", str(clean)).wait() == 0
    assert state(db) == state(clean)
    assert len(state(db)["docs"]) == 40


def test_progress_bar_only_on_a_terminal():
    import io

    from sagsgang.ingest import progress_bar

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_bar(io.StringIO()) is None
    stream = Tty()
    show = progress_bar(stream)
    show(1, 2, "/x/a.txt")
    show(2, 2, "/x/b.txt")
    assert "2/2" in stream.getvalue() and stream.getvalue().endswith("\n")


def test_missing_path_is_reported(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "s.db")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_not_council_material_is_skipped_without_failing_the_batch(small_dir, tmp_path, capsys):
    (small_dir / "opskrift.txt").write_text("Bland mel og sukker. Pisk æggene. Bag kagen.", encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert main(["ingest", str(small_dir), "--db", db]) == 0
    captured = capsys.readouterr()
    assert "1 skipped (opskrift.txt)" in captured.out and "0 failed" in captured.out
    assert "skipped" in captured.err and "not a council document" in captured.err


def test_ingest_of_the_folder_holding_the_database_skips_its_own_files(small_dir, capsys, monkeypatch):
    monkeypatch.chdir(small_dir)
    assert main(["ingest", "."]) == 0  # the default ./sagsgang.db is created inside the folder
    (small_dir / "~$referat.docx").write_bytes(b"\x00lock")
    (small_dir / "download.TMP").write_bytes(b"\x00partial")
    (small_dir / ".DS_Store").write_bytes(b"\x00\x01")
    capsys.readouterr()
    assert (small_dir / "sagsgang.db").exists() and (small_dir / "sagsgang.db.index").is_dir()
    assert main(["ingest", "."]) == 0
    captured = capsys.readouterr()
    assert "0 new, 3 unchanged" in captured.out and "0 failed" in captured.out
    assert captured.err == ""  # nothing said without --verbose
    assert main(["ingest", ".", "--verbose"]) == 0
    err = capsys.readouterr().err
    for name in ("sagsgang.db:", "sagsgang.db.index:", "~$referat.docx", "download.TMP", ".DS_Store"):
        assert name in err
    assert "FAILED" not in err


def test_walk_names_what_it_never_reads(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    for name in ("a.txt", "a.txt.tmp", "~$b.docx", ".c.txt", "db.sqlite-wal", "db.sqlite-shm", "db.sqliteX.txt"):
        (d / name).write_text("x")
    (d / "db.sqlite.index").mkdir()
    (d / "db.sqlite.index" / "meta.json").write_text("{}")
    store = open_store(str(d / "db.sqlite"))
    ignored: list[tuple[str, str]] = []
    try:
        assert [Path(p).name for p in iter_files([str(d)], store.owns, ignored)] == ["a.txt", "db.sqliteX.txt"]
    finally:
        store.close()
    assert sorted((Path(p).name, why) for p, why in ignored) == [
        (".c.txt", "hidden file"), ("a.txt.tmp", "temporary file"), ("db.sqlite", "the database's own file"),
        ("db.sqlite-shm", "the database's own file"), ("db.sqlite-wal", "the database's own file"),
        ("db.sqlite.index", "the database's own file"), ("~$b.docx", "Office lock file")]


def test_cli_marks_a_hit_on_text_outside_items(tmp_path, capsys):
    from .search.test_completeness import NO_ITEMS

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "besoeg.txt").write_text(NO_ITEMS, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "d"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["search", "trykkeri", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 hit(s)" in out and "dokumentet — ikke opdelt i punkter" in out and "besoeg.txt" in out
    assert "*trykkeri*" in out


def test_documents_stored_before_text_units_are_read_again_once(tmp_path, capsys):
    from .search.test_completeness import NO_ITEMS

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "besoeg.txt").write_text(NO_ITEMS, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "d"), "--db", db]) == 0
    conn = sqlite3.connect(db)  # as a database from before schema 7 holds it: no units, units NULL
    ids = [r[0] for r in conn.execute("SELECT id FROM items WHERE unit IS NOT NULL")]
    conn.execute("DELETE FROM items WHERE unit IS NOT NULL")
    conn.executemany("INSERT INTO index_queue(item_id) VALUES (?)", [(i,) for i in ids])
    conn.execute("UPDATE documents SET units = NULL")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["search", "trykkeri", "--db", db]) == 0
    assert "0 hit(s)" in capsys.readouterr().out
    assert main(["ingest", str(tmp_path / "d"), "--db", db]) == 0
    assert "0 new, 0 unchanged, 1 replaced" in capsys.readouterr().out
    assert main(["search", "trykkeri", "--db", db]) == 0
    assert "1 hit(s)" in capsys.readouterr().out
    assert main(["ingest", str(tmp_path / "d"), "--db", db]) == 0
    assert "0 new, 1 unchanged, 0 replaced" in capsys.readouterr().out
