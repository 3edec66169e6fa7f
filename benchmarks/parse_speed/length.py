"""Parse time by document length: real pages joined into documents 1x, 4x, 16x (and more) as long, in the three
forms a parser gets them (lines kept, a PDF transcript's runs, everything flattened onto one line), timed per
character. A parser that is linear in its input keeps the time per character flat as the document grows.

    PYTHONPATH=src python benchmarks/parse_speed/length.py [--sizes 1 4 16] [--form lined|transcript|flat] [--record]

Why: the accuracy nets use pages of about 2,000 characters, the shared excerpts' size, but a whole meeting's
minutes are 100 KB to a few MB, and a PDF whose lines were lost is one line of that length. Scans that look back
to the start of the line (or of the text) for every candidate are invisible on an excerpt and quadratic on a
meeting: a 168 KB flattened page took 19.6 s in unglue alone, and 845 KB took 17.6 s in all. The ratio column is
the time per character at each size over the time at the first size above 100 KB (the smallest sizes pay for
work a page does once), in the same run: near 1 is linear, growing with the size is not.

Reads the shared excerpts (../shared/corpus/extra/docs); it is skipped with a message when they are absent.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import record  # noqa: E402

from sagsgang.parse import parse_file  # noqa: E402

DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra" / "docs"


def base_texts(docs: Path) -> dict[str, str]:
    """One text per form from the shared excerpts: lined pages joined by blank lines, PDF transcripts' bodies joined
    (their runs as extracted), and the lined text on one line."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(docs.glob("*.txt"))]
    lined = "\n\n".join(t for t in pages if "\nTranskript" not in t)
    transcript = " ".join(t.split("Transkript", 1)[1] for t in pages if "\nTranskript" in t)
    return {"lined": lined, "transcript": transcript, "flat": lined.replace("\n", " ")}


def measure(text: str, sizes: list[int], scratch: Path, name: str) -> list[tuple[int, int, float, int]]:
    """(size, characters, seconds, items) of the text repeated `size` times, parsed from a file."""
    out = []
    for k in sizes:
        page = scratch / f"{name}-{k}.txt"
        page.write_text((text + "\n") * k, encoding="utf-8")
        start = time.perf_counter()
        doc = parse_file(page)
        out.append((k, page.stat().st_size, time.perf_counter() - start, len(doc.items)))
    return out


def table(rows: dict[str, list[tuple[int, int, float, int]]]) -> list[str]:
    lines = ["| form | size | KB | seconds | µs per character | ratio |", "|---|---|---|---|---|---|"]
    for form, runs in rows.items():
        ref = next(((s / n) for _, n, s, _ in runs if n > 100_000), runs[-1][2] / runs[-1][1])
        for k, n, s, _items in runs:
            lines.append(f"| {form} | {k}x | {n // 1000} | {s:.2f} | {s / n * 1e6:.2f} | {s / n / ref:.2f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16], help="how many times each text is repeated")
    ap.add_argument("--form", choices=("lined", "transcript", "flat"), action="append",
                    help="these forms only (default: all three)")
    ap.add_argument("--docs", type=Path, default=DOCS, help="the excerpts to build the documents from")
    ap.add_argument("--record", action="store_true", help="write the table into BENCHMARKS.md")
    args = ap.parse_args(argv)
    if not args.docs.is_dir():
        print(f"no excerpts at {args.docs}: nothing to measure", file=sys.stderr)
        return 0
    texts = base_texts(args.docs)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-length-"))
    rows = {}
    for form in args.form or list(texts):
        rows[form] = measure(texts[form], sorted(args.sizes), scratch, form)
        print("\n".join(table({form: rows[form]})[2:]), flush=True)
    if args.record:
        record("Parse time by document length (issue 11)", "\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
