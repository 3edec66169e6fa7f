"""Case numbers in the shapes, labels and places case systems print them, on invented pages: every number shape (KLE
journal numbers, year/serial, year-serial, a register's capitals before a year and a serial, ...) under every label
spelling, placed on a line of its own under the header, split from its label over two lines or cells, on the header
line after the title (in brackets or not), between the item's number and its title, and in a transcript's flattened
run; several numbers on one item; a contents list's row that prints the number; and numbers that must not be read (a
document's number, a phone number, a CPR number, an amount, a date, a budget's years).

    PYTHONPATH=src python benchmarks/parse_accuracy/case_shapes.py [--verbose]

Why: on unseen pages some printed case numbers are not read, each publisher setting its system's shape and label
its own way; the net keeps every shape and place read together, and precision (no number read that is none) whole.
Scores: per placement and per shape, items whose case numbers and title are both exactly right, of all items.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sagsgang.parse import parse_file

HEAD = "Referat\nMiljøudvalget\nMødedato: 14. marts 2024\nMødested: Mødelokale 3\n\n"
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning for Vandværket", "Lokalplan for Bakkedal"]
SHAPES = {
    "kle": "00.01.00-A00-{n}-24", "year/serial": "24/1234{n}", "year-serial6": "2024-01234{n}",
    "emn": "EMN-2024-0123{n}", "letter+year": "S2024-123{n}", "word-year": "SAG-2024-0123{n}",
    "code-year": "G01-2024-012{n}", "kle-acadre": "85.02.02G00-001{n}", "sbsys": "330-2024-123{n}",
    "yy-serial": "24-00325{n}", "yyyy/serial": "2024/1234{n}",
}
LABELS = ["Sagsnr.:", "Sags nr.:", "Sags-nr.:", "Journal-nr.:", "Sagsnummer:", "Sag nr:", "J.nr.:", "Journalnr.:",
          "Sags-ID:", "Sagsid:", "Acadre-sag:", "Sagsnr.", "Sag:"]
BODY = "Sagsfremstilling\nForvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n"
FLAT_BODY = "Sagsfremstilling Forvaltningen har lavet et notat. Beslutning Godkendt."


def _flat(run: str) -> str:
    """A transcript of one page line: the viewer's title, 'Transkript', the page behind its number."""
    return f"Referat Miljøudvalget\n\nTranskript\n\n1 Referat Miljøudvalget Mødedato: 14. marts 2024 {run}\n"


def _placements(label: str, shape: str) -> dict[str, str]:
    c = shape.format
    items = list(enumerate(TITLES, 1))
    return {
        "own-line": HEAD + "\n".join(f"{n}. {t}\n{label} {c(n=n)}\n\n{BODY}" for n, t in items),
        "split": HEAD + "\n".join(f"{n}. {t}\n{label}\n{c(n=n)}\n\n{BODY}" for n, t in items),
        "cells": HEAD + "\n".join(f"{n}. {t}\n{label}\t{c(n=n)}\n\n{BODY}" for n, t in items),
        "header-line": HEAD + "\n".join(f"{n}. {t}  {label} {c(n=n)}\n\n{BODY}" for n, t in items),
        "header-brackets": HEAD + "\n".join(f"{n}. {t} ({label} {c(n=n)})\n\n{BODY}" for n, t in items),
        "before-title": HEAD + "\n".join(f"{n}. {label} {c(n=n)} {t}\n\n{BODY}" for n, t in items),
        "flattened": _flat(" ".join(f"{n}. {t} {label} {c(n=n)} {FLAT_BODY}" for n, t in items)),
        "contents-row": HEAD + "Dagsorden\n" + "\n".join(f"{n}. {t}  {label} {c(n=n)}" for n, t in items)
        + "\n\n" + "\n".join(f"{n}. {t}\n\n{BODY}" for n, t in items),
    }


# (line under each header, the case numbers it gives): several numbers, and numbers that are none
EXTRAS = {
    "two-numbers": ("Sagsnr.: 24/100{n}, 23/200{n}", ["24/100{n}", "23/200{n}"]),
    "case+journal": ("Sagsnr.: 24/100{n}\nJ.nr.: 00.01.00-A00-{n}-24", ["24/100{n}", "00.01.00-A00-{n}-24"]),
    "case+document": ("Sagsnr.: S2024-100{n} Dok.nr.: 2024-55555{n}", ["S2024-100{n}"]),
    "kle-code-before": ("Sagsnr.: 00.01.00A04 - 2024/1234{n}", ["2024/1234{n}"]),
    "document-only": ("Dok.nr.: 2024-55555{n}", []),
    "phone": ("Kontakt: tlf. 12 34 56 7{n}", []),
    "cpr": ("Borger 010190-123{n} har klaget", []),
    "amount": ("Beløb: 1.250.00{n} kr.", []),
    "date": ("Dato: 2024-03-1{n}", []),
    "budget-years": ("Budget B2026-2029 er vedtaget", []),
    "hyphened-label-amount": ("Kildesys-sag: 12345{n} kr.", []),
}


def _parse(text: str) -> list[tuple[str, list[str]]]:
    with tempfile.TemporaryDirectory() as d:
        page = Path(d) / "page.txt"
        page.write_text(text, encoding="utf-8")
        return [(i["title"], i["case_numbers"]) for i in parse_file(page).to_contract()["items"]]


def _score(text: str, want: list[tuple[str, list[str]]], tally: Counter, keys: list[str]) -> bool:
    got = _parse(text)
    ok = sum(g == w for g, w in zip(got, want, strict=False))
    extra = sum(len(set(g[1]) - set(w[1])) for g, w in zip(got, want, strict=False)) + sum(
        len(g[1]) for g in got[len(want):])
    for k in keys:
        tally[k, "ok"] += ok
        tally[k, "all"] += len(want)
        tally[k, "wrong"] += extra
    return ok == len(want) and len(got) == len(want)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    tally: Counter = Counter()
    for sk, shape in SHAPES.items():
        for label in LABELS:
            for pk, text in _placements(label, shape).items():
                want = [(t, [shape.format(n=n)]) for n, t in enumerate(TITLES, 1)]
                if not _score(text, want, tally, [f"place {pk}", f"shape {sk}", f"label {label}", "all"]) \
                        and args.verbose:
                    print("miss", sk, label, pk, file=sys.stderr)
    for ek, (under, cases) in EXTRAS.items():
        text = HEAD + "\n".join(f"{n}. {t}\n{under.format(n=n)}\n\n{BODY}" for n, t in enumerate(TITLES, 1))
        want = [(t, [c.format(n=n) for c in cases]) for n, t in enumerate(TITLES, 1)]
        if not _score(text, want, tally, [f"extra {ek}", "all"]) and args.verbose:
            print("miss", ek, file=sys.stderr)
    for key in sorted({k for k, _ in tally}):
        print(f"== {key:24} {tally[key, 'ok']:4}/{tally[key, 'all']:<4} items exact, "
              f"{tally[key, 'wrong']} wrong numbers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
