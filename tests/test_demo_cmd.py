"""`sagsgang demo`: the README's run command builds a working database from generated data."""
from __future__ import annotations

import subprocess
import sys

from sagsgang.search import search
from sagsgang.store import open_store


def test_demo_builds_and_reuses(tmp_path):
    args = [sys.executable, "-m", "sagsgang", "demo", "--dir", str(tmp_path), "--municipalities", "1",
            "--no-serve"]
    r = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    store = open_store(str(tmp_path / "demo.db"))
    stats = store.stats()
    assert stats["documents"] > 10 and stats["items"] > 50
    assert search(store, "budget")["total"] > 0
    again = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and f"0 new, {stats['documents']} unchanged" in again.stderr
