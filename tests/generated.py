"""Documents made by the demo generator, so reliability tests never depend on ../shared.

The generator is seeded: the same call gives the same bytes, so counts in tests stay exact."""
from __future__ import annotations

import shutil
from pathlib import Path

from sagsgang.demo import generate


def demo_folder(root: Path, documents: int, formats: tuple[str, ...] = ("txt", "html"), seed: int = 11) -> Path:
    """A folder `root`/docs holding exactly `documents` distinct generated council documents."""
    scratch = root / "generated"
    generate(scratch, municipalities=3, formats=list(formats), seed=seed, max_items=documents * 15)
    files = sorted((scratch / "docs").iterdir())
    assert len(files) >= documents, f"the generator made only {len(files)} documents"
    folder = root / "docs"
    folder.mkdir(parents=True)
    for f in files[:documents]:
        shutil.copy(f, folder / f.name)
    shutil.rmtree(scratch)
    return folder
