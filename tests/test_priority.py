"""Batch commands run at a lower CPU priority (priority.py), so a web server on the same machine
answers first while an ingest, a harvest or a worker runs."""
from __future__ import annotations

import subprocess
import sys

import pytest

from sagsgang.cli import main
from sagsgang.demo import generate


def niceness_after(code: str) -> str:
    """Run `code` in a fresh interpreter (niceness cannot be lowered again) and return its output."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_lowering_raises_niceness_once_and_never_back():
    # relative to where this process starts (an in-process `sagsgang ingest` of another test may have lowered
    # the test run's own priority already): raised to base + 3, then never back down
    out = niceness_after("import os; from sagsgang.priority import lower_priority as low; base = os.nice(0); "
                         "print(min(base + 3, 19) - base, low(base + 3) - base, low(base + 3) - base, "
                         "low(base + 1) - base, low(0) - base, os.nice(0) - base)")
    assert len(set(out)) == 1  # every value is the one expected first: min(base + 3, 19) - base


def test_child_processes_inherit_it():
    out = niceness_after("import os, subprocess, sys; from sagsgang.priority import lower_priority; "
                         "n = lower_priority(os.nice(0) + 2); print(n, subprocess.run([sys.executable, '-c', "
                         "'import os; print(os.nice(0))'], capture_output=True, text=True).stdout)")
    assert out[0] == out[1]


@pytest.fixture
def one_document(tmp_path):
    generate(tmp_path / "corpus", municipalities=1, formats=["txt"], seed=3, max_items=10)
    return str(next((tmp_path / "corpus" / "docs").iterdir()))


@pytest.mark.parametrize(("options", "expected"), [([], 10), (["--nice", "0"], 0), (["--nice", "19"], 19)])
def test_ingest_runs_at_the_niceness_asked(one_document, tmp_path, monkeypatch, options, expected):
    asked = []
    monkeypatch.setattr("sagsgang.commands.ingest.lower_priority", asked.append)
    assert main(["ingest", one_document, "--db", str(tmp_path / "p.db"), *options]) == 0
    assert asked == [expected]


def test_worker_and_harvest_lower_it_too(tmp_path, monkeypatch):
    asked = []
    for command in ("worker", "harvest"):
        monkeypatch.setattr(f"sagsgang.commands.{command}.lower_priority", lambda n, c=command: asked.append((c, n)))
    main(["worker", "--db", str(tmp_path / "none.db"), "--broker", "amqp://guest:guest@127.0.0.1:1/", "--burst"])
    main(["harvest", "--db", str(tmp_path / "none.db")])
    assert asked == [("worker", 10), ("harvest", 10)]


def test_a_niceness_outside_0_to_19_is_a_usage_error(one_document, tmp_path, capsys):
    assert main(["ingest", one_document, "--db", str(tmp_path / "p.db"), "--nice", "20"]) == 2
    assert "--nice" in capsys.readouterr().err
