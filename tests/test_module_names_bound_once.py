"""No module binds one of its top-level names twice: a pattern defined again further down a long module silently
takes the first one's place for every function, also those written above the second (item_list once searched an
unanchored 'Side' where it meant the anchored one). Read from the source (ast), so a second binding fails here."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "sagsgang"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, n in names.items() if n > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {str(p.relative_to(SRC)): names for p in sorted(SRC.rglob("*.py")) if (names := _bound_twice(p))}
    assert twice == {}
