"""Typed steps: what kind of treatment an outcome text records, in a small fixed vocabulary.

Modelled on Open Civic Data's bill action types. The first matching rule wins; rules are ordered
from the most specific outcome (postponed, sent back) to the most general (noted)."""
from __future__ import annotations

import re

STEP_TYPES = ("planlagt", "lukket", "udsat", "tilbagesendt", "trukket", "anbefaling", "oversendt", "afgørelse",
              "drøftelse", "orientering", "andet")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("udsat", re.compile(r"\budsat\b|\budsættes\b|\budsætte\b|\bsagen blev udsat", re.I)),
    ("tilbagesendt", re.compile(r"\btilbagesend\w*|\bsendes tilbage\b|\bsendt tilbage\b", re.I)),
    ("trukket", re.compile(r"\btrukket\b|\budgår\b|\bblev trukket\b", re.I)),
    # the verb, not the noun: "i overensstemmelse med Magistratens anbefaling" records a decision
    ("anbefaling", re.compile(r"\banbefale[rts]?\b|\banbefales\b|\bindstilles\b|\bindstiller\b", re.I)),
    ("oversendt", re.compile(r"\bfremsendes\b|\boversendes\b|\bsendes videre\b|\bsendt videre\b|\bhenvist\b"
                             r"|\bvideresendes\b", re.I)),
    ("afgørelse", re.compile(r"\bgodkend\w*|\bvedtag\w*|\btiltråd\w*|\btiltræde\b|\bbevilge\w*|\bbesluttede\b"
                             r"|\bforkastet\b|\bfaldt\b|\bikke godkendt\b|\bbevilling\w* gives\b", re.I)),
    ("drøftelse", re.compile(r"\bdrøft\w*", re.I)),
    ("orientering", re.compile(r"\befterretning\b|\borienter\w*|\bingen bemærkninger\b", re.I)),
]

# How a step reads in Danish in a status line ("anbefalet af Økonomiudvalget 2022-09-06").
VERBS = {
    "planlagt": "på dagsordenen i", "lukket": "behandlet for lukkede døre i",
    "udsat": "udsat i", "tilbagesendt": "tilbagesendt af", "trukket": "trukket i",
    "anbefaling": "anbefalet af", "oversendt": "sendt videre af", "afgørelse": "afgjort af",
    "drøftelse": "drøftet i", "orientering": "taget til efterretning i", "andet": "behandlet i",
}


def classify(text: str) -> str:
    """The step type of an outcome text; 'andet' when no rule fits."""
    for kind, pattern in _RULES:
        if pattern.search(text or ""):
            return kind
    return "andet"
