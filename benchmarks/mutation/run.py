"""Mutation testing of the modules whose mistakes users would suffer most (mutmut 3).

    benchmarks/mutation/run.sh [MODULE ...]     # default: every module below, smallest first

Each module is mutated in its own scratch copy of the repository (under $MUTATION_DIR, default
/tmp/sagsgang-mutation) with only the test files that concern it, so a run stays small on a
small machine; mutmut then runs, per mutant, only the tests that reach the mutated function.
Prints a Markdown table (killed / survived / timeout / other per module) for TESTING.md and
writes each module's surviving mutants as diffs to $MUTATION_DIR/<module>/survivors.txt.

Why not in CI: a full run takes several minutes per module. Run it before closing an issue that
touches one of these modules, and explain or kill every new survivor (TESTING.md).
"""
from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = Path(os.environ.get("MUTATION_DIR", "/tmp/sagsgang-mutation"))
JOBS = os.environ.get("MUTATION_JOBS", "2")


@dataclass
class Module:
    name: str
    path: str                 # the file mutated
    tests: list[str]          # pytest arguments selecting its tests
    functions: str = "*"      # only mutants of matching functions count (engine: the snippet part)


# Smallest first. Tests that only run the CLI in a subprocess are left out: slow, and the
# in-process tests reach the same code.
MODULES = [
    Module("privacy", "src/sagsgang/privacy.py", ["tests/reliability/test_privacy.py", "tests/web/test_pages.py"]),
    Module("identity", "src/sagsgang/link/identity.py", ["tests/link"]),
    Module("dates", "src/sagsgang/parse/dates.py", ["tests/parse", "tests/reliability/test_fuzz.py"]),
    Module("casenumbers", "src/sagsgang/parse/casenumbers.py", ["tests/parse", "tests/reliability/test_fuzz.py"]),
    Module("snippets", "src/sagsgang/search/engine.py",
           ["tests/search/test_snippets.py"], "x_snippet*"),
    Module("catalog", "src/sagsgang/web/catalog.py",
           ["tests/web/test_catalog.py", "tests/web/test_store_catalog_lookups.py", "tests/web/test_pages.py",
            "tests/reliability/test_no_leaks.py",
            "tests/reliability/test_closed_items.py", "tests/store/test_tombstones.py"]),
    Module("cases", "src/sagsgang/link/cases.py", ["tests/link"]),
    # the fixture-site harvest tests take 16 s a run: the client's manners are checked by its unit tests
    Module("harvest-polite", "src/sagsgang/harvest/polite.py", ["tests/publications/test_polite_client.py"]),
    Module("harvest", "src/sagsgang/harvest/firstagenda.py",
           ["tests/publications/test_harvest_units.py", "tests/publications/test_harvest_listing.py",
            "tests/publications/test_harvest_meetings.py", "tests/publications/test_harvest_bilag.py",
            "tests/publications/test_harvest_progress.py"]),
    # the store's linked cases, public-view reads and bilag files (store/links.py, views.py, bilag.py)
    Module("store-links", "src/sagsgang/store/links.py", ["tests/store"]),
    Module("store-views", "src/sagsgang/store/views.py",
           ["tests/store", "tests/web/test_store_catalog_lookups.py"]),
    Module("store-bilag", "src/sagsgang/store/bilag.py", ["tests/store", "tests/test_bilag.py"]),
    Module("store", "src/sagsgang/store/sqlite.py",
           ["tests/store", "tests/test_ingest_precheck.py", "tests/reliability/test_closed_items.py",
            "tests/publications/test_harvest_units.py",
            "tests/test_ingest.py", "-k", "not interrupted"]),
]


def scratch(module: Module) -> Path:
    """A copy of the repository that mutmut may fill with mutants/; ../shared reachable as before."""
    work = WORK / module.name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for part in ("src", "tests", "benchmarks", "pyproject.toml"):
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, work / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy(src, work / part)
    shared = ROOT.parent / "shared"
    if shared.exists():
        (work / "shared").symlink_to(shared)  # tests find it beside the folder they run from
    selection = "\n    ".join(module.tests)
    (work / "setup.cfg").write_text(f"[mutmut]\nsource_paths=src/sagsgang\nonly_mutate={module.path}\n"
                                    f"pytest_add_cli_args_test_selection=\n    {selection}\n"
                                    "pytest_add_cli_args=-p no:cacheprovider\n", encoding="utf-8")
    return work


def counts(module: Module, work: Path) -> tuple[Counter, list[str]]:
    from mutmut.stats import status_by_exit_code

    meta = json.loads((work / "mutants" / (module.path + ".meta")).read_text(encoding="utf-8"))
    tally, survivors = Counter(), []
    for key, code in meta["exit_code_by_key"].items():
        if not fnmatch.fnmatch(key.rsplit(".", 1)[1], module.functions):
            continue
        status = status_by_exit_code[code]
        tally[status] += 1
        if status == "survived":
            survivors.append(key)
    return tally, survivors


def run(module: Module) -> tuple[Counter, list[str]]:
    work = scratch(module)
    dotted = module.path.removeprefix("src/").removesuffix(".py").replace("/", ".")
    cmd = [sys.executable, "-m", "mutmut", "run", "--max-children", JOBS]
    if module.functions != "*":
        cmd.append(f"{dotted}.{module.functions}")
    log = work / "mutmut.log"
    with log.open("w") as out:
        subprocess.run(cmd, cwd=work, stdout=out, stderr=subprocess.STDOUT, check=False)
    tally, survivors = counts(module, work)
    with (work / "survivors.txt").open("w", encoding="utf-8") as out:
        for key in survivors:
            diff = subprocess.run([sys.executable, "-m", "mutmut", "show", key], cwd=work, capture_output=True,
                                  text=True).stdout
            out.write(f"## {key}\n{diff}\n")
    return tally, survivors


def main(argv: list[str]) -> int:
    chosen = [m for m in MODULES if not argv or m.name in argv]
    unknown = set(argv) - {m.name for m in MODULES}
    if unknown:
        print(f"unknown module(s): {', '.join(sorted(unknown))}; known: {', '.join(m.name for m in MODULES)}")
        return 2
    rows = []
    for module in chosen:
        tally, survivors = run(module)
        total = sum(tally.values())
        other = total - tally["killed"] - tally["survived"] - tally["timeout"]
        score = 100 * (tally["killed"] + tally["timeout"]) / total if total else 0.0
        rows.append(f"| {module.name} | `{module.path}`{'' if module.functions == '*' else f' ({module.functions})'} "
                    f"| {total} | {tally['killed']} | {tally['survived']} | {tally['timeout']} | {other} "
                    f"| {score:.0f} % |")
        print(rows[-1], flush=True)
        for key in survivors:
            print(f"    survived: {key}", flush=True)
    print("\n| module | file | mutants | killed | survived | timeout | other | killed+timeout |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
