"""Ingest throughput against raw PDF text extraction, peak memory, and database size vs raw text.

    python benchmarks/ingest/run.py [--items 3000] [--seed 7]

Generates a demo corpus (PDF and text minutes), then in one run measures:
  reference  pypdfium2 text extraction alone over the same PDFs (pages/s)
  ingest     `sagsgang ingest --jobs 1` and `--jobs 2` into fresh databases (pages/s, items/s)
  ratio      ingest pages/s / reference pages/s (target >= 0.5 with one job)
  memory     peak RSS of the ingest process (target < 1 GB, flat with corpus size)
  size       database bytes / raw text bytes (target <= 1.5)
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import record  # noqa: E402


def extract_all(pdfs: list[Path]) -> tuple[int, int, float]:
    import pypdfium2 as pdfium

    pages = chars = 0
    start = time.perf_counter()
    for p in pdfs:
        pdf = pdfium.PdfDocument(p)
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            chars += len(tp.get_text_range())
            tp.close()
            pages += 1
        pdf.close()
    return pages, chars, time.perf_counter() - start


# Runs one ingest in a fresh interpreter and reports its wall time and the peak RSS of the ingest and
# its worker processes (RUSAGE_CHILDREN of this runner only, so runs do not see each other's peaks).
RUNNER = """
import resource, subprocess, sys, time
start = time.perf_counter()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)
sys.stderr.write(r.stderr[-500:])
"""


def ingest(folder: Path, db: Path, jobs: int) -> tuple[float, int]:
    cmd = [sys.executable, "-m", "sagsgang", "ingest", str(folder), "--db", str(db), "--jobs", str(jobs), "--nice", "0"]
    r = subprocess.run([sys.executable, "-c", RUNNER, *cmd], capture_output=True, text=True)
    took, peak_kib, rc = r.stdout.split()
    if int(rc) not in (0, 2):
        raise SystemExit(f"ingest failed: {r.stderr}")
    return float(took), int(peak_kib)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    from sagsgang.demo import generate

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus"
        stats = generate(out, municipalities=6, years=3, formats=["pdf"], seed=a.seed, max_items=a.items)
        pdfs = sorted((out / "docs").glob("*.pdf"))
        raw_bytes = sum(len(p.read_bytes()) for p in pdfs)
        pages, chars, ref = extract_all(pdfs)
        rows = []
        for jobs in (1, 2):
            db = Path(tmp) / f"j{jobs}.db"
            took, peak_kib = ingest(out / "docs", db, jobs)
            # the SQLite file, its WAL and the search index folder beside it
            size = sum(f.stat().st_size for f in Path(tmp).glob(f"j{jobs}.db*/**/*") if f.is_file()) + \
                sum(f.stat().st_size for f in Path(tmp).glob(f"j{jobs}.db*") if f.is_file())
            rows.append((jobs, took, peak_kib, size))
    ref_rate = pages / ref
    lines = [f"Corpus: {stats.documents} PDF minutes, {pages} pages, {stats.items} agenda items, "
             f"{raw_bytes / 1e6:.1f} MB of PDF, {chars / 1e6:.1f} M characters of text.", "",
             "| run | seconds | pages/s | items/s | ratio to raw extraction | peak RSS | DB size / raw text |",
             "|---|---|---|---|---|---|---|",
             f"| raw pypdfium2 extraction (reference) | {ref:.2f} | {ref_rate:.0f} | – | 1.00 | – | – |"]
    for jobs, took, peak, size in rows:
        lines.append(f"| `sagsgang ingest --jobs {jobs}` | {took:.2f} | {pages / took:.0f} | "
                     f"{stats.items / took:.0f} | {pages / took / ref_rate:.2f} | {peak / 1024:.0f} MB | "
                     f"{size / max(chars, 1):.2f} |")
    lines += ["", "Targets: ratio >= 0.5 with one job and rising with --jobs; peak RSS < 1 GB; DB <= 1.5 x raw text.",
              "Text size counts characters of the extracted text layer (UTF-8 is ~1.03 bytes/char here)."]
    record("Ingest throughput", "\n".join(lines))


if __name__ == "__main__":
    main()
