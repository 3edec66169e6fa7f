"""Mutation testing of the modules whose mistakes users would suffer most (mutmut 3).

    benchmarks/mutation/run.sh [MODULE ...]     # default: every module below, smallest first
    benchmarks/mutation/run.sh --tally MODULE   # count the last run again, without running

Each module is mutated in its own scratch copy of the repository (under $MUTATION_DIR, default
/tmp/sagsgang-mutation) with only the test files that concern it, so a run stays small on a
small machine; mutmut then runs, per mutant, only the tests that reach the mutated function.
Prints a Markdown table (killed / survived / timeout / other / case-equivalent per module, the
score with and without the case-equivalent mutants; see `case_only_equivalent`) for TESTING.md and
writes each module's surviving mutants as diffs to $MUTATION_DIR/<module>/survivors.txt.

Why not in CI: a full run takes several minutes per module. Run it before closing an issue that
touches one of these modules, and explain or kill every new survivor (TESTING.md).
"""
from __future__ import annotations

import ast
import codecs
import fnmatch
import json
import os
import re
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
    # the store's linked cases, public-view reads and bilag files (store/links.py, views.py, bilag.py);
    # the 23 s property test of linking at ingest only where linking is mutated
    Module("store-links", "src/sagsgang/store/links.py", ["tests/store"]),
    Module("store-views", "src/sagsgang/store/views.py",
           ["tests/store", "tests/web/test_store_catalog_lookups.py", "-k", "not equal_linking_everything"]),
    # tests/test_bilag.py (real PDFs of the corpus, 15 s) and test_bilag_order.py (a generated corpus)
    # are left out: with them a run took over an hour. The bilag tests of tests/store use small
    # hand-made documents (both arrival orders, replaced minutes, closed items, a case treated twice,
    # links by content, folder and harvested listing, the store opened again, the index bookkeeping)
    Module("store-bilag", "src/sagsgang/store/bilag.py",
           ["tests/store/test_bilag_records.py", "tests/store/test_bilag_arrival.py",
            "tests/store/test_bilag_bookkeeping.py"]),
    Module("store-bilag-index", "src/sagsgang/store/bilag_index.py",
           ["tests/store/test_bilag_records.py", "tests/store/test_bilag_arrival.py",
            "tests/store/test_bilag_bookkeeping.py", "tests/store/test_bilag_index.py"]),
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


# -- equivalent mutants by a general rule --------------------------------------------------------
# A mutant is counted apart as "case-equivalent" (not in the score, listed in survivors.txt) when its
# only change is the letter case of string literals that mean the same in any case:
# - SQL text (a literal holding an upper-case SQL keyword as a word): SQLite ignores the case of
#   keywords and identifiers; the text inside '...' (values compared case-sensitively) must be unchanged;
# - an HTTP header field name or method from the list below (httpx compares them case-insensitively);
# - a codec name ("utf-8"/"UTF-8": codecs.lookup gives the same codec).
# Only mutmut's upper()/lower() string mutants can match; nothing is excluded by hand.
SQL_KEYWORD = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|FROM|WHERE|"
                         r"JOIN|VALUES|ORDER BY|GROUP BY|IS NULL|IS NOT|AND|OR|IN|LIMIT|DISTINCT|COALESCE)\b")
HTTP_TOKENS = {"etag", "last-modified", "if-none-match", "if-modified-since", "retry-after", "content-type",
               "user-agent", "from", "accept", "location", "cache-control", "get", "head"}


def _sql_quoted(text: str) -> list[str]:
    return re.findall(r"'[^']*'", text)


def case_only_equivalent(orig: str, mutant: str) -> bool:
    """True when two string literals differ only in letter case and mean the same (rule above)."""
    if orig == mutant or orig.casefold() != mutant.casefold():
        return False
    if SQL_KEYWORD.search(orig):
        return _sql_quoted(orig) == _sql_quoted(mutant)
    if orig.casefold() in HTTP_TOKENS:
        return True
    try:
        return codecs.lookup(orig).name == codecs.lookup(mutant).name
    except LookupError:
        return False


def _functions(source: str) -> dict[str, ast.AST]:
    return {n.name: n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def is_case_equivalent(functions: dict[str, ast.AST], key: str) -> bool:
    """The mutant `key`'s function equals the original except string literals the rule allows."""
    name = key.rsplit(".", 1)[1]
    orig = functions.get(name.rsplit("__mutmut_", 1)[0] + "__mutmut_orig")
    mut = functions.get(name)
    if orig is None or mut is None:
        return False
    a, b = list(ast.walk(orig)), list(ast.walk(mut))
    if len(a) != len(b):
        return False
    changed = False
    for x, y in zip(a, b, strict=True):
        if isinstance(x, ast.Constant) and isinstance(y, ast.Constant) and isinstance(x.value, str) \
                and isinstance(y.value, str) and x.value != y.value:
            if not case_only_equivalent(x.value, y.value):
                return False
            changed = True
    if not changed:
        return False

    def dump(fn: ast.AST) -> str:  # the function body with every string literal folded to lower case
        copy = ast.parse(ast.unparse(fn)).body[0]
        copy.name = "f"
        for n in ast.walk(copy):
            if isinstance(n, ast.Constant) and isinstance(n.value, str):
                n.value = n.value.casefold()
        return ast.dump(copy)
    return dump(orig) == dump(mut)


def counts(module: Module, work: Path) -> tuple[Counter, list[str]]:
    """Status per mutant; survivors and unreached ('no tests') mutants that the rule above shows
    equivalent are counted as 'case-equivalent' instead."""
    from mutmut.stats import status_by_exit_code

    meta = json.loads((work / "mutants" / (module.path + ".meta")).read_text(encoding="utf-8"))
    functions = _functions((work / "mutants" / module.path).read_text(encoding="utf-8"))
    tally, survivors = Counter(), []
    for key, code in meta["exit_code_by_key"].items():
        if not fnmatch.fnmatch(key.rsplit(".", 1)[1], module.functions):
            continue
        status = status_by_exit_code[code]
        if status in ("survived", "no tests") and is_case_equivalent(functions, key):
            status = "case-equivalent"
        tally[status] += 1
        if status == "survived":
            survivors.append(key)
    return tally, survivors


def run(module: Module, tally_only: bool = False) -> tuple[Counter, list[str]]:
    """Mutate and test `module` in a fresh scratch copy; with tally_only, only count the last run's
    results again (after a change to the counting rule) from $MUTATION_DIR/<module>."""
    work = WORK / module.name
    if not tally_only:
        work = scratch(module)
        dotted = module.path.removeprefix("src/").removesuffix(".py").replace("/", ".")
        cmd = [sys.executable, "-m", "mutmut", "run", "--max-children", JOBS]
        if module.functions != "*":
            cmd.append(f"{dotted}.{module.functions}")
        with (work / "mutmut.log").open("w") as out:
            subprocess.run(cmd, cwd=work, stdout=out, stderr=subprocess.STDOUT, check=False)
    tally, survivors = counts(module, work)
    with (work / "survivors.txt").open("w", encoding="utf-8") as out:
        for key in survivors:
            diff = subprocess.run([sys.executable, "-m", "mutmut", "show", key], cwd=work, capture_output=True,
                                  text=True).stdout
            out.write(f"## {key}\n{diff}\n")
    return tally, survivors


def main(argv: list[str]) -> int:
    tally_only = "--tally" in argv
    argv = [a for a in argv if a != "--tally"]
    chosen = [m for m in MODULES if not argv or m.name in argv]
    unknown = set(argv) - {m.name for m in MODULES}
    if unknown:
        print(f"unknown module(s): {', '.join(sorted(unknown))}; known: {', '.join(m.name for m in MODULES)}")
        return 2
    rows = []
    for module in chosen:
        tally, survivors = run(module, tally_only)
        total = sum(tally.values())
        equivalent = tally["case-equivalent"]
        other = total - equivalent - tally["killed"] - tally["survived"] - tally["timeout"]
        caught = tally["killed"] + tally["timeout"]
        score = 100 * caught / (total - equivalent) if total > equivalent else 0.0
        raw = 100 * caught / total if total else 0.0
        rows.append(f"| {module.name} | `{module.path}`{'' if module.functions == '*' else f' ({module.functions})'} "
                    f"| {total} | {tally['killed']} | {tally['survived']} | {tally['timeout']} | {other} "
                    f"| {equivalent} | {score:.0f} % | {raw:.0f} % |")
        print(rows[-1], flush=True)
        for key in survivors:
            print(f"    survived: {key}", flush=True)
    print("\n| module | file | mutants | killed | survived | timeout | other | case-equivalent "
          "| killed+timeout (of the rest) | killed+timeout (of all) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
