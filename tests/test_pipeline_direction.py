"""The pipeline runs one way, read -> parse -> link -> store -> search -> web: no stage imports a later one, and
nothing above the store names a database backend. Read from the source's import statements (ast), so a helper
borrowed from a later stage fails here rather than in a reviewer's eye."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sagsgang"
STAGES = ["read", "parse", "link", "store", "search", "web"]
BACKENDS = {"sqlite", "postgres"}


def _imports(path: Path) -> list[list[str]]:
    """The dotted module paths a file imports (relative imports resolved), as lists of names."""
    package = ["sagsgang", *path.relative_to(SRC).parts[:-1]]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            out.append(base + (node.module.split(".") if node.module else []))
        elif isinstance(node, ast.Import):
            out.extend(alias.name.split(".") for alias in node.names)
    return out


def _stage_files(stage: str) -> list[Path]:
    return sorted((SRC / stage).rglob("*.py"))


@pytest.mark.parametrize("stage", STAGES)
def test_no_stage_imports_a_later_one(stage: str) -> None:
    later = set(STAGES[STAGES.index(stage) + 1:])
    wrong = [f"{path.relative_to(SRC)}: {'.'.join(mod)}" for path in _stage_files(stage) for mod in _imports(path)
             if mod[:1] == ["sagsgang"] and len(mod) > 1 and mod[1] in later]
    assert wrong == []


@pytest.mark.parametrize("stage", ["search", "web"])
def test_nothing_above_the_store_names_a_backend(stage: str) -> None:
    wrong = [f"{path.relative_to(SRC)}: {'.'.join(mod)}" for path in _stage_files(stage) for mod in _imports(path)
             if mod[:2] == ["sagsgang", "store"] and len(mod) > 2 and mod[2] in BACKENDS]
    assert wrong == []
