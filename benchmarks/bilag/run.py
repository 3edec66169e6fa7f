"""Bilag (issue 16): link accuracy on a generated corpus, index growth per bilag page, and memory
when reading one long bilag.

    PYTHONPATH=src python benchmarks/bilag/run.py [--items 2000] [--long-pages 500]

1. Link accuracy: `generate(bilag=True)` writes the bilag its items list (named as listed, by title
   or by a number only, some in other folders) and letters no item lists, with the truth; the
   corpus is ingested (2 jobs) and every stored bilag compared with the truth: right = an item of
   the true case (or unlinked when none lists it), wrong = another item, missed = unlinked.
   An ambiguous file (truth: nothing printed tells it from another case's) is counted apart:
   unlinked is what it should be, linked to its own case is reported, to another case is wrong.
2. Index growth: the same corpus without the bilag files is ingested into a second database; the
   difference in database file and search-index folder size, per stored bilag page.
3. One long bilag (--long-pages pages of generated text, one text PDF): read with read_pdf and
   turned into a BilagFile in this process; peak RSS growth (ru_maxrss) and seconds. The text is
   kept per page; the bytes once.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sagsgang.demo import generate
from sagsgang.demo.bilag import bilag_pdf, bilag_text
from sagsgang.ingest import bilag_file, ingest
from sagsgang.read.pdf import read_pdf
from sagsgang.search import open_index


def size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def accuracy(out: Path, store) -> tuple[int, int, int, dict[str, int]]:
    """(right, wrong, missed) over the files the truth says can be told apart, and the outcomes
    of the ambiguous ones ({'unlinked', 'own case', 'wrong'})."""
    truth = json.loads((out / "gold" / "bilag.json").read_text(encoding="utf-8"))
    right = wrong = missed = 0
    ambiguous = {"unlinked": 0, "own case": 0, "wrong": 0}
    for path, item, cases in store.conn.execute(
            "SELECT d.path, b.item_id, i.case_numbers FROM bilag_files b JOIN documents d ON d.id = b.document_id "
            "LEFT JOIN items i ON i.id = b.item_id"):
        want = truth[str(Path(path).relative_to(out / "docs"))]
        own = item is not None and want is not None and want["case_number"] in json.loads(cases)
        if want is not None and want["ambiguous"]:
            ambiguous["unlinked" if item is None else "own case" if own else "wrong"] += 1
        elif item is None:
            right, missed = (right + 1, missed) if want is None else (right, missed + 1)
        elif own:
            right += 1
        else:
            wrong += 1
    return right, wrong, missed, ambiguous


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=2000, help="agenda items of the generated corpus")
    ap.add_argument("--long-pages", type=int, default=500, help="pages of the long bilag")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="sagsgang-bilag-"))
    try:
        out = tmp / "corpus"
        generate(out, municipalities=3, formats=("txt", "pdf", "html"), max_items=args.items, bilag=True)
        t0 = time.perf_counter()
        store = open_index(str(tmp / "with.db"))
        report = ingest(store, [str(out / "docs")], jobs=2)
        store.close()
        seconds = time.perf_counter() - t0
        store = open_index(str(tmp / "with.db"))
        right, wrong, missed, ambiguous = accuracy(out, store)
        total = right + wrong + missed
        n_amb = sum(ambiguous.values())
        pages = store.stats()["bilag_pages"]
        store.close()
        print(f"link accuracy, {args.items} generated items, {total + n_amb} bilag files ({pages} pages), "
              f"ingest {seconds:.1f} s, {len(report.failed)} failed; ambiguous = another case of the same "
              "title lists a bilag of the same title under the same number, no case number printed:")
        print("| bilag | right | wrong | missed (unlinked) | right share | ambiguous: unlinked / own case / wrong |\n"
              "|---|---|---|---|---|---|")
        print(f"| {total} + {n_amb} ambiguous | {right} | {wrong} | {missed} | {right / total:.1%} | "
              f"{ambiguous['unlinked']} / {ambiguous['own case']} / {ambiguous['wrong']} |")
        bare = tmp / "bare"
        shutil.copytree(out / "docs", bare, ignore=lambda d, names: [n for n in names if n.endswith(".pdf")
                                                                    and not n.endswith(("referat.pdf", "dagsorden.pdf"))
                                                                    or n.startswith("bilag_")])
        t0 = time.perf_counter()
        store = open_index(str(tmp / "without.db"))
        ingest(store, [str(bare)], jobs=2)
        store.close()
        print(f"\nthe same corpus without its bilag files: ingest {time.perf_counter() - t0:.1f} s")
        db_growth = size(tmp / "with.db") - size(tmp / "without.db")
        index_growth = size(tmp / "with.db.index") - size(tmp / "without.db.index")
        print("\nindex growth per bilag page (bytes; the database keeps each file's bytes too):")
        print("| bilag pages | database | of which file bytes | search index |\n|---|---|---|---|")
        store = open_index(str(tmp / "with.db"))
        blob = store.conn.execute("SELECT COALESCE(SUM(length(data)), 0) FROM bilag_files").fetchone()[0]
        store.close()
        print(f"| {pages} | {db_growth / pages:,.0f} | {blob / pages:,.0f} | {index_growth / pages:,.0f} |")

        rng = random.Random(16)
        text = "\n\f\n".join(bilag_text(rng, f"Bilag side {i}", "Faxe", paragraphs=5) for i in range(args.long_pages))
        pdf = bilag_pdf(text.replace("\n\f\n", "\n" * 40))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        result = read_pdf(pdf, "lang.pdf")
        bf = bilag_file(result, pdf)
        seconds = time.perf_counter() - t0
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(f"\none long bilag: {len(bf.pages)} pages, {len(pdf) / 1e6:.1f} MB PDF, "
              f"{sum(map(len, bf.pages)) / 1e6:.1f} M characters; read in {seconds:.1f} s "
              f"({len(bf.pages) / seconds:.0f} pages/s), peak RSS grew {grown / 1024:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
