"""Decisions printed under headings the lexicon does not know: the tune pages whose gold has decisions under a
plain 'Beslutning' heading, that heading renamed on each page to one word a council might print instead
('Udvalgets behandling', 'Protokol', …), the same word for every item of the page, scored with the shared scorer
against the same gold (its sections renamed likewise; committee, date, text and absentees unchanged, since a
heading without a committee takes the meeting's, annotation rules). Each page also flattened (flattened.flatten).

    PYTHONPATH=src python benchmarks/parse_accuracy/decision_shapes.py [--only WORD] [--out DIR] [--fields]

Why: on check's lined pages decision.committee+date found 44 of 50 gold decisions while tune sat at ~0.99 and
the nets that reword decision headings with known words (absence_variants, decision_places) passed; the misses
are decisions under headings the lexicon (headings.py) lacks. Adding words is enumeration; the parser should
know a decision by the page's structure (a heading that closes every item, with an outcome under it). None of
the words below is a heading the lexicon knows (checked at start-up): a word it learns makes this net useless.
Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from flattened import flatten
from real import CORPUS, lined_tune_pages, next_filled, parse_beside_gold, scorer

from sagsgang.parse.headings import decision_body_date, is_heading

WORDS = {"behandling": "Udvalgets behandling", "protokol": "Protokol", "resultat": "Resultat",
         "vedtagelse": "Vedtagelse", "udfald": "Udfald", "protokollat": "Protokollat",
         "protokol-runin": "Protokol"}  # '-runin': the outcome run in after the label's colon ('Protokol: Godkendt.')
_PLAIN = re.compile(r"^(?:Beslutning(?:er)?|Afgørelse)\s*:?$", re.IGNORECASE)
_FIELDS = ("parse-F1", "items ", "decision.committee+date", "decision.full", "decision.absent", "item.sections")


def renamed(text: str, gold: dict, word: str, run_in: bool = False) -> tuple[str, dict] | None:
    """The page with every standalone plain decision heading renamed to `word` (its ':' kept; with `run_in` the
    next line run in after 'word: '), and its gold with those sections renamed (a run-in heading still counts,
    annotation rules); None when the page prints no such heading over a gold decision."""
    if not any(it.get("decisions") for it in gold["items"]):
        return None
    out, n = [], 0
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln, s = lines[i], lines[i].strip()
        j = next_filled(lines, i)
        if _PLAIN.match(s) and run_in and j < len(lines):
            out.append(f"{word}: {lines[j].strip()}")
            n, i = n + 1, j + 1
            continue
        out.append(ln.replace(s.rstrip(": "), word, 1) if _PLAIN.match(s) else ln)
        n, i = n + bool(_PLAIN.match(s)), i + 1
    if not n:
        return None
    new = json.loads(json.dumps(gold))
    for it in new["items"]:
        it["sections"] = [word if _PLAIN.match(h) else h for h in it.get("sections", [])]
    return "\n".join(out), new


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=sorted(WORDS), action="append", help="run these words only")
    ap.add_argument("--out", type=Path, default=None, help="keep pages, gold and predictions here")
    ap.add_argument("--fields", action="store_true", help="print the scorer's whole table for each variant")
    args = ap.parse_args(argv)
    for word in WORDS.values():
        assert not is_heading(word) and decision_body_date(word) is None, f"the lexicon knows {word!r}"
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-decshapes-"))
    pages = lined_tune_pages(CORPUS)
    status = 0
    for key in ["plain"] + [k for k in WORDS if not args.only or k in args.only]:
        for kind in ("lines", "flat"):
            where = root / f"{key}-{kind}"
            (where / "docs").mkdir(parents=True, exist_ok=True)
            count = 0
            for gold_path, doc, text in pages:
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                got = renamed(text, gold, WORDS.get(key, "Beslutning"), run_in=key.endswith("-runin"))
                if got is None:
                    continue
                page_text, page_gold = got if key != "plain" else (text, gold)
                if kind == "flat":
                    page_text = flatten(page_text, 1200)
                count += 1
                page = where / "docs" / doc.name
                page.write_text(page_text, encoding="utf-8")
                gold_file = where / "docs" / f"{doc.name}.gold.json"
                gold_file.write_text(json.dumps(page_gold, ensure_ascii=False), encoding="utf-8")
                parse_beside_gold(page, gold_file, where, doc.name)
            res = subprocess.run(scorer(where), capture_output=True, text=True)
            status |= res.returncode
            lines = [ln for ln in res.stdout.splitlines() if ln.startswith(_FIELDS)]
            print(f"== {key}/{kind} ({count} pages): " + " | ".join(" ".join(ln.split()) for ln in lines), flush=True)
            if args.fields:
                print(res.stdout, flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
