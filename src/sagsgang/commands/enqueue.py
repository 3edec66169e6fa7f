"""`sagsgang enqueue PATH|URL... [--queue NAME] [--broker URL] [--municipality NAME] [--ocr]`."""
from __future__ import annotations

import argparse

from ..jobs import BROKER_ENV, DEFAULT_QUEUE, enqueue

HELP = "put documents on the ingest queue for `sagsgang worker` (sæt dokumenter i kø til indlæsning)"
DESCRIPTION = f"""Put every document under the given files and folders (read as `sagsgang ingest`
reads them), and every http(s) URL, on the ingest queue: one message per document, with the ingest
options. `sagsgang worker` processes on any number of machines take them and store them.

Paths are sent as absolute paths: the workers must see the same files (shared storage), or send
URLs. The broker is RabbitMQ: --broker, else ${BROKER_ENV}, else amqp://guest:guest@127.0.0.1:5672/.

Sætter hvert dokument i kø (én besked pr. dokument); `sagsgang worker` gemmer dem."""
EPILOG = """examples:
  sagsgang enqueue /data/dagsordener --queue sagsgang-ingest
  sagsgang enqueue https://example.dk/referat.pdf --municipality Faxe"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or http(s) URLs to enqueue")
    p.add_argument("--queue", default=DEFAULT_QUEUE, help=f"queue name (default {DEFAULT_QUEUE})")
    p.add_argument("--broker", help=f"RabbitMQ URL (default: ${BROKER_ENV} or amqp://guest:guest@127.0.0.1:5672/)")
    p.add_argument("--municipality", help="municipality for documents that do not name one")
    p.add_argument("--ocr", action="store_true", help="recognise scanned PDF pages (as ingest --ocr)")


def run(args: argparse.Namespace) -> int:
    sent = enqueue(args.paths, queue=args.queue, municipality=args.municipality, ocr=args.ocr, url=args.broker)
    print(f"enqueued: {len(sent)} documents on queue {args.queue}")
    return 0
