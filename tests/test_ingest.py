"""`sagsgang ingest` and `sagsgang search` end to end: idempotence, replacement, failures, interruption."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from sagsgang.cli import main
from sagsgang.ingest import iter_files
from sagsgang.search import indexed_ids, open_index, search

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
    assert [t for t in store.tombstones() if t["type"].endswith("/AgendaItem")]
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
