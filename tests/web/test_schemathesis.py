"""The API against its own OpenAPI description, property-based (Schemathesis), over HTTP on
127.0.0.1: every operation, bounded examples, every response checked against the schema (status
codes documented, bodies valid, no server error). Runs on generated documents: never skipped."""
from __future__ import annotations

import subprocess
import sys

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from ..generated import demo_folder
from ..site import served


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    root = tmp_path_factory.mktemp("schemathesis")
    folder = demo_folder(root, 12)
    db = root / "api.db"
    cmd = [sys.executable, "-m", "sagsgang"]
    subprocess.run([*cmd, "ingest", str(folder), "--db", str(db)], check=True, capture_output=True, timeout=300)
    with served(db, "/api/v1") as base:
        yield schemathesis.openapi.from_url(base + "/api/v1/openapi.json")


def test_api_answers_as_documented(api_schema):
    # Schemathesis' own pytest plugin does not load with this pytest: its strategies run under
    # Hypothesis here, one operation at a time, and every failure is collected before asserting
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10
    for op in operations:

        @given(op.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def call(case) -> None:
            case.call_and_validate()

        try:
            call()
        except Exception as exc:  # noqa: BLE001 - report every operation's failure at once
            failures.append(f"{op.label}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    assert failures == []
