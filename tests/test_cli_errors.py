"""The command line fails in one clean line with exit status 2, and its help points to files
that exist."""
from __future__ import annotations

from pathlib import Path

from sagsgang.cli import build_parser

from .site import Item, cli, minutes

SHARED = Path(__file__).resolve().parents[2] / "shared"


def small_db(tmp_path) -> str:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "r.txt").write_text(minutes("Byrådet", "10-01-2024", [Item("Budget 2025", "24-000001")]),
                                             encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", "Faxe")[0] == 0
    return db


def test_theme_csv_to_a_missing_folder_is_one_line(tmp_path):
    code, out, err = cli("theme", "budget", "--db", small_db(tmp_path), "--csv", str(tmp_path / "nope" / "x.csv"))
    assert code == 2 and "Traceback" not in err
    assert err.strip().splitlines() == [f"sagsgang theme: cannot write {tmp_path / 'nope' / 'x.csv'}: "
                                        "No such file or directory"]


def test_ingest_of_a_missing_path_reports_it_once(tmp_path):
    missing = str(tmp_path / "does-not-exist")
    code, out, err = cli("ingest", missing, "--db", str(tmp_path / "s.db"))
    assert code == 2 and err.count(missing) == 1 and "1 failed" in out


def test_no_command_prints_help_and_exits_2():
    code, out, err = cli()
    assert code == 2 and "usage: sagsgang" in err and "COMMAND" in err


def test_help_names_no_missing_file():
    parser = build_parser()
    texts = [parser.format_help()] + [p.format_help() for p in parser._subparsers._group_actions[0].choices.values()]
    assert not any("docs/parse-output.md" in t for t in texts)
    if SHARED.exists():
        assert (SHARED / "spec" / "parse-output.md").exists()
