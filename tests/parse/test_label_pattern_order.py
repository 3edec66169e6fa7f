"""The fact labels' pattern is one string whatever order Python iterates a set in: built from a set of printed
forms, its ties (labels of one length) once followed the hash seed, so two runs could read one line two ways."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PRINT = ("from sagsgang.parse import fact_labels, meeting_places; "
         "print(fact_labels._MID_LABEL.pattern, meeting_places._OTHER_LABEL.pattern)")


def _patterns(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-c", PRINT], env=env, capture_output=True, text=True, check=True).stdout


def test_fact_label_patterns_do_not_follow_the_hash_seed() -> None:
    assert len({_patterns(seed) for seed in ("1", "2", "3", "4")}) == 1
