"""Only `ingest` creates a database: a mistyped --db for search, case, theme or serve is an error
that names the file, and no empty database is left behind."""
from __future__ import annotations

import pytest

from .site import cli


@pytest.mark.parametrize("argv", [["search", "parkering"], ["case", "22/8164"], ["theme", "parkering"],
                                  ["serve", "--port", "0"]])
def test_missing_database_is_an_error(tmp_path, monkeypatch, argv):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)  # never serve: the check comes first
    db = tmp_path / "mistyped.db"
    code, out, err = cli(*argv, "--db", str(db))
    assert code == 2 and "no such database" in err and str(db) in err
    assert not db.exists() and not (tmp_path / "mistyped.db.index").exists()


def test_ingest_creates_the_database(tmp_path):
    from .site import Item, minutes

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "r.txt").write_text(minutes("Byrådet", "10-01-2024", [Item("Parkering", "24-000001")]),
                                             encoding="utf-8")
    db = tmp_path / "new.db"
    assert cli("ingest", str(tmp_path / "docs"), "--db", str(db))[0] == 0 and db.exists()
    assert cli("search", "parkering", "--db", str(db))[0] == 0
