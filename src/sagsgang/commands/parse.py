"""`sagsgang parse FILE... [--json]`: read and parse published documents."""
from __future__ import annotations

import argparse
import json
import sys

from ..errors import DocumentError
from ..model import AgendaItem, Document, Meeting
from ..parse.quality import warning
from ..privacy import mask_document

HELP = "parse agendas/minutes (text, HTML, PDF) into meetings, items, cases and decisions"
DESCRIPTION = """Read published council documents and print what sagsgang extracts from them:
the meeting (body, date, time, place, participants), every agenda item with its number, title,
open/closed status, case numbers, planned route (sagsgang), decisions per committee with date,
absentees and who stood where (unanimous, votes, positions: shared/spec/positions-output.md),
attachments (bilag) and section headings.

Without --json a readable summary is printed, CPR numbers masked (xxxxxx-xxxx). With --json the
output is exactly the contract in shared/spec/parse-output.md, the text as printed in the document (it is
compared with hand-made gold files): one JSON object for one file, a JSON array for several; add
--mask to mask CPR numbers there too. The database masks them whatever you ingest."""
EPILOG = """examples:
  sagsgang parse 004_referat.txt
  sagsgang parse aarhus_byraad_2025-08-27_referat.pdf --json | jq '.items[].title'
  sagsgang parse docs/*.html --json > parsed.json

exit status: 0 when every file parsed, 2 when any file could not be read or parsed (each such
file is named on stderr with the reason; the others are still printed). A file that parsed only
in part is named on stderr with why (no agenda item found, titles run into the text or starting
mid-sentence, most of its text in no field; numbers out of sequence when one of these holds), the
share of its text that went unread and the parse's confidence ("sikkerhed"); it still exits 0.
The readable summary prints the same reasons on a "Delvist læst" line."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="document(s) to parse: .txt, .html or .pdf")
    p.add_argument("--json", action="store_true", help="print the structured result as JSON (text as printed)")
    p.add_argument("--mask", action="store_true", help="mask CPR numbers in the --json output too")
    p.add_argument("--ocr", action="store_true",
                   help="recognise PDF pages without a text layer (scans) with Tesseract, where installed")


def summary(doc: Document) -> str:
    out = [f"{doc.source}  [{doc.document_type}, layout {doc.layout}"
           + (f", {doc.pages} pages" if doc.pages else "")
           + (f", sikkerhed {doc.confidence:.2f}, ulæst {doc.unread_share:.0%}" if doc.confidence is not None else "")
           + (f", OCR på side {', '.join(map(str, doc.ocr_pages))}" if doc.ocr_pages else "")
           + "]"]
    if doc.partly_read:
        out.append(f"  Delvist læst: {'; '.join(doc.partly_read)}")  # the stderr warning's reasons
    if doc.municipality:
        out.append(f"  Kommune:   {doc.municipality}")
    if doc.meeting:
        out.extend(_meeting_lines(doc.meeting))
    out.append(f"  {len(doc.items)} punkt(er):")
    for it in doc.items:
        out.extend(_item_lines(it))
    return "\n".join(out)


def _meeting_lines(m: Meeting) -> list[str]:
    """summary's lines of the meeting: its body, date, time and place, then who took part and who did not."""
    when = " ".join(x for x in (m.date, m.start_time) if x)
    out = [f"  Møde:      {m.committee or '?'}  {when}" + (f"  ({m.location})" if m.location else "")]
    if m.participants:
        out.append(f"  Deltagere: {', '.join(m.participants)}")
    if m.absent:
        out.append(f"  Fraværende: {', '.join(m.absent)}")
    return out


def _item_lines(it: AgendaItem) -> list[str]:
    """summary's lines of one item: its number, title and case numbers, its route, decisions and bilag."""
    num = f"{it.number}." if it.number else "-"
    flag = "" if it.public else "  [Lukket punkt]"
    cases = f"  ({', '.join(it.case_numbers)})" if it.case_numbers else ""
    out = [f"  {num:>5} {it.title}{cases}{flag}"]
    if it.route:
        out.append(f"        sagsgang: {' → '.join(it.route)}")
    for d in it.decisions:
        text = d.text if len(d.text) <= 100 else d.text[:97] + "..."
        out.append(f"        beslutning {d.committee or '?'} {d.date or ''}: {text}")
        if d.absent:
            out.append(f"          fraværende: {', '.join(d.absent)}")
        if d.unanimous:
            out.append("          enstemmigt")
        if d.positions:
            out.append("          holdninger: " + "; ".join(f"{p['who']}: {p['stance']}" for p in d.positions))
    if it.attachments:
        out.append(f"        bilag: {len(it.attachments)}")
    return out


def run(args: argparse.Namespace) -> int:
    from ..parse import parse_file  # (the readers and the parser: not for `sagsgang --help`)

    docs: list[dict] = []
    failed = 0
    for path in args.files:
        try:
            doc = parse_file(path, ocr=args.ocr)
        except DocumentError as exc:
            print(f"sagsgang parse: {path}: {exc.reason}", file=sys.stderr)
            failed += 1
            continue
        note = warning(doc)
        if note:
            print(f"sagsgang parse: {path}: {note}", file=sys.stderr)
        if args.json:
            docs.append((mask_document(doc) if args.mask else doc).to_contract())
        else:
            print(summary(mask_document(doc)))
            print()
    if args.json and docs:
        payload = docs[0] if len(args.files) == 1 else docs
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.json and len(args.files) > 1:
        sys.stdout.write("[]\n")
    return 2 if failed else 0
