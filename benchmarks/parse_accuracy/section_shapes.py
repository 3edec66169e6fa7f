"""Section headings the lexicon has never seen: the tune pages that keep their lines, with their lexicon
headings renamed (consistently within a page) to plausible Danish headings that headings.py does not hold,
and their gold sections renamed the same way.

    PYTHONPATH=src python benchmarks/parse_accuracy/section_shapes.py [--only NAME] [--out DIR]

Why: on unseen municipalities (`real.py --split check`) section recall lags tune's, because each publisher
prints some headings of its own. Adding the tune pages' words to the lexicon does not carry over; what can
is evidence from the page itself (a label repeated item after item, in the slots where headings sit; a
shape shared with the page's known headings). This net shows whether the parser finds headings it has
never seen: `item.sections` is the number to watch, and items, titles and decisions must not fall with it
(a renamed heading may also have been what told an item's body from its title).

Only the case-text headings are renamed: decision, history, bilag and route headings keep their words, as
those open decisions, attachments and routes as well as sections. The replacement words below are
synthetic-but-plausible headings chosen because the lexicon does not hold them (checked at start): they
are the net's probe, not a word list to copy into the parser. Variants:

- plain: the pages as they are (the reference line)
- new-plain: each renamed heading printed as the page printed the original (its colon kept or not)
- new-colon: each renamed heading followed by ':'
- new-caps: each renamed heading in capitals, its colon kept as printed
- half-plain, half-colon, half-caps: the same shapes with every second distinct heading renamed, the others
  keeping their words (but printed in the variant's shape): an unseen publisher's mix of known and new words
- flat, flat-new-plain, flat-new-colon, flat-half-plain: the plain page and three of the renamings printed as a
  PDF transcript prints them (flattened.py's `flatten`: each page one long run behind its number), where a
  heading is a phrase inside the run and no line of its own tells it from the text ('flat' is their reference)
- run-in: the page keeps its lines and its words, but each case-text heading printed without a colon runs into
  the first line of its text ('Sagsfremstilling Forvaltningen har …'), as a publisher that sets its headings in
  bold at the start of a paragraph prints them once the bold is lost (read it beside `plain`)
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from flattened import flatten
from real import CORPUS, lined_tune_pages, parse_beside_gold, scorer

from sagsgang.parse.headings import (
    ATTACHMENT_HEADING,
    HEADING,
    HISTORY_HEADING,
    PLAIN_DECISION,
    ROUTE_LABEL,
    decision_body_date,
    is_heading,
)

# plausible Danish case-text headings that the lexicon does not hold (asserted in _check_words)
NEW_WORDS = (
    "Uddybning", "Sagsoplysninger", "Begrundelse", "Faglige overvejelser", "Anbefaling", "Perspektivering",
    "Rammer og forudsætninger", "Status på området", "Mulige løsninger", "Sagens detaljer", "Målsætning",
    "Forslag til løsning", "Faglig begrundelse", "Væsentlige hensyn",
)
FIELDS = ("parse-F1", "items ", "item.sections", "item.title", "decision.full")


def _check_words() -> None:
    known = [w for w in NEW_WORDS if is_heading(w) or is_heading(w + ":") or is_heading(w.upper())]
    if known:
        raise SystemExit(f"the lexicon holds these probe words now, pick others: {known}")


def _renamable(line: str) -> bool:
    """A whole line that is a lexicon case-text heading (no decision, history, bilag or route heading)."""
    s = line.strip()
    return bool(HEADING.match(s)) and not (PLAIN_DECISION.match(s) or HISTORY_HEADING.match(s)
                                           or ATTACHMENT_HEADING.match(s) or ROUTE_LABEL.match(s)
                                           or decision_body_date(s))


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().rstrip(" :").casefold()


def _renaming(text: str, gold: dict, every: int) -> dict[str, str]:
    """Each case-text heading the page prints alone on a line and its gold records -> its new word (every
    `every`-th of them in order of first appearance: 1 renames all, 2 every second, the others keeping their
    words), or -> itself when kept. The same heading always gets the same word within the page."""
    recorded = {_key(s) for it in gold.get("items") or [] for s in it.get("sections") or []}
    mapping: dict[str, str] = {}
    for ln in text.split("\n"):
        k = _key(ln)
        if k and k in recorded and k not in mapping and _renamable(ln):
            n = len(mapping)
            mapping[k] = NEW_WORDS[(n // every) % len(NEW_WORDS)] if n % every == every - 1 else ln.strip().rstrip(" :")
    return mapping


Shape = Callable[[str, str], str]  # (heading's word, the line as printed) -> the new line
_AS_PRINTED: Shape = lambda word, old: word + (":" if old.rstrip().endswith(":") else "")  # noqa: E731
# variant -> (every how many distinct headings one is renamed, the shape every case-text heading is printed in)
VARIANTS: dict[str, tuple[int, Shape]] = {
    "new-plain": (1, _AS_PRINTED),
    "new-colon": (1, lambda word, old: word + ":"),
    "new-caps": (1, lambda word, old: _AS_PRINTED(word.upper(), old)),
    "half-plain": (2, _AS_PRINTED),
    "half-colon": (2, lambda word, old: word + ":"),
    "half-caps": (2, lambda word, old: _AS_PRINTED(word.upper(), old)),
}
# flattened variant -> the variant it flattens (None: the page as it is)
FLAT: dict[str, str | None] = {"flat": None, "flat-new-plain": "new-plain", "flat-new-colon": "new-colon",
                               "flat-half-plain": "half-plain"}
_FLAT_CHARS = 1200  # characters a transcript's page holds (flattened.py's default)
RUN_IN = ("run-in",)
_SENTENCE_LINE = re.compile(r"^\s*[A-ZÆØÅ][a-zæøå]")


def run_in(text: str) -> str:
    """The page with each case-text heading printed alone and without a colon joined to the next line with text,
    where that line opens a sentence (a capital, then small letters): the heading runs into its text."""
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        ln = lines[k]
        j = next((i for i in range(k + 1, len(lines)) if lines[i].strip()), None)
        if _renamable(ln) and not ln.rstrip().endswith(":") and j is not None and _SENTENCE_LINE.match(lines[j]):
            out.append(ln.rstrip() + " " + lines[j].strip())
            k = j + 1
            continue
        out.append(ln)
        k += 1
    return "\n".join(out)


def variant(kind: str, text: str, gold: dict) -> tuple[str, dict]:
    """The page and gold of variant `kind` ('plain', a renaming, a flattened one, or the headings run in)."""
    if kind in RUN_IN:
        return run_in(text), gold
    if kind in FLAT:
        base = FLAT[kind]
        new, new_gold = (text, gold) if base is None else renamed(text, gold, *VARIANTS[base])
        return flatten(new, _FLAT_CHARS), new_gold
    return (text, gold) if kind == "plain" else renamed(text, gold, *VARIANTS[kind])


def renamed(text: str, gold: dict, every: int, shape: Shape) -> tuple[str, dict]:
    """The page with its case-text headings renamed (every `every`-th) and printed in `shape`, and its gold
    with the sections renamed alike."""
    mapping = _renaming(text, gold, every)
    if not mapping:
        return text, gold
    out = []
    for ln in text.split("\n"):
        k = _key(ln)
        if k in mapping and _renamable(ln):
            lead = ln[: len(ln) - len(ln.lstrip())]
            ln = lead + shape(mapping[k], ln.strip())
        out.append(ln)
    new_gold = json.loads(json.dumps(gold))
    for it in new_gold.get("items") or []:
        it["sections"] = [shape(mapping[_key(s)], s).rstrip(":") if _key(s) in mapping else s
                          for s in it.get("sections") or []]
    return "\n".join(out), new_gold


def _brief(line: str) -> str:
    """'item.sections 0.912 (ok/gold/pred 470/516/515)' from a line of the scorer's table; 'parse-F1 0.95 (micro
    0.93)' from its headline."""
    w = line.split()
    if w[0] == "parse-F1":
        return f"parse-F1 {w[1]} (micro {w[8].rstrip(';')})"
    return f"{w[0]} {w[1]}" + (f" ({w[4]})" if w[0] == "item.sections" else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=sorted([*VARIANTS, *FLAT, *RUN_IN]), action="append",
                    help="run these variants only")
    ap.add_argument("--out", type=Path, default=None, help="keep pages, gold and predictions here")
    args = ap.parse_args(argv)
    _check_words()
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-section-shapes-"))
    pages = lined_tune_pages(CORPUS)
    print(f"{len(pages)} tune pages with their lines", flush=True)
    status = 0
    kinds = [*VARIANTS, *FLAT, *RUN_IN]
    for kind in ["plain", *(k for k in kinds if k in (args.only or kinds))]:
        changed = 0
        for gold_path, doc, text in pages:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            new, new_gold = variant(kind, text, gold)
            changed += new != text
            (root / "docs" / kind).mkdir(parents=True, exist_ok=True)
            (root / "golds" / kind).mkdir(parents=True, exist_ok=True)
            page = root / "docs" / kind / doc.name
            page.write_bytes(new.encode("utf-8"))
            new_gold_path = root / "golds" / kind / gold_path.name
            new_gold_path.write_text(json.dumps(new_gold, ensure_ascii=False), encoding="utf-8")
            parse_beside_gold(page, new_gold_path, root / kind, doc.name)
        res = subprocess.run(scorer(root / kind), capture_output=True, text=True)
        status |= res.returncode
        picked = [_brief(ln) for ln in res.stdout.splitlines() if ln.startswith(FIELDS)]
        print(f"== {kind} ({changed} pages changed): " + " | ".join(picked), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
