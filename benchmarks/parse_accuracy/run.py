"""Parse accuracy on generated data: generate a fixed-seed demo corpus into a temp dir, parse every
document in-process with sagsgang.parse.parse_file, and score with shared/tools/score_parse.py.

    PYTHONPATH=src python benchmarks/parse_accuracy/run.py [--items 3000] [--seed 7] [--formats txt,pdf,html]
                                                            [--keep DIR] [--per-doc]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sagsgang.demo import generate
from sagsgang.demo.transcribe import pdf_as_transcript
from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file

SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_parse.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=3000, help="stop generating after this many items")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--municipalities", type=int, default=98)
    ap.add_argument("--formats", default="txt,html,pdf")
    ap.add_argument("--keep", type=Path, help="generate into this directory instead of a temp dir")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--as-transcripts", action="store_true",
                    help="parse each generated PDF as a transcript site prints it (each page one line), "
                         "scored against the same truth")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        t0 = time.monotonic()
        stats = generate(root, municipalities=args.municipalities, years=1, formats=args.formats.split(","),
                         seed=args.seed, max_items=args.items)
        t1 = time.monotonic()
        pred = root / "pred"
        pred.mkdir(exist_ok=True)
        failed = 0
        for doc in sorted((root / "docs").iterdir()):
            if args.as_transcripts:
                if doc.suffix != ".pdf":
                    continue
                flat = root / "transcripts" / f"{doc.stem}.txt"
                flat.parent.mkdir(exist_ok=True)
                flat.write_text(pdf_as_transcript(doc), encoding="utf-8")
            try:
                out = parse_file(flat if args.as_transcripts else doc).to_contract()
                out["source"] = doc.name
            except DocumentError as exc:
                print(f"parse failed: {doc.name}: {exc.reason}", file=sys.stderr)
                failed += 1
                continue
            (pred / f"{doc.name}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        t2 = time.monotonic()
        print(f"generated {stats.documents} documents / {stats.items} items in {t1 - t0:.1f}s "
              f"({stats.items / max(t1 - t0, 1e-9):.0f} items/s); parsed in {t2 - t1:.1f}s; {failed} failed")
        gold = root / "gold"
        if args.as_transcripts:  # the truth of the PDFs only
            gold = root / "gold-pdf"
            gold.mkdir(exist_ok=True)
            for g in (root / "gold").glob("*.pdf.json"):
                (gold / g.name).write_bytes(g.read_bytes())
        cmd = [sys.executable, str(args.scorer), "--gold", str(gold), "--pred", str(pred)]
        if args.per_doc:
            cmd.append("--per-doc")
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
