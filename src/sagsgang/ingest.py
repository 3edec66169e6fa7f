"""Ingest: files and folders -> read -> parse (in a process pool) -> store (in this process).

Every document is committed in its own transaction, so an interrupted ingest leaves each document
fully in or fully out and a rerun completes it. Bytes already stored (same content hash) are not
parsed again. A file that cannot be read or parsed is reported and skipped; the batch goes on.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError
from .link.bilag import is_bilag
from .model import BilagFile, Document
from .parse import parse_result
from .parse.casenumbers import normalize_case_number
from .parse.quality import warning
from .read import load_file, read_bytes
from .unsplit import document_units

IN_FLIGHT_PER_JOB = 8  # files parsed ahead of the store, per worker process


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)   # new / unchanged / replaced
    items: int = 0
    cases: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): not council material
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): never read (own/temporary files)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): unreadable or broken
    partial: list[tuple[str, str]] = field(default_factory=list)  # (path, note): stored, but only partly read
    bilag: list[tuple[str, str]] = field(default_factory=list)  # (path, where it went): bilag files stored

    def summary(self) -> str:
        c = self.counts
        lines = [f"documents: {c['new']} new, {c['unchanged']} unchanged, {c['replaced']} replaced; "
                 f"{self.items} items, {self.cases} case numbers; {len(self.skipped)} skipped, "
                 f"{len(self.failed)} failed, {len(self.partial)} partly read"]
        lines += [f"  skipped {path}: {reason}" for path, reason in self.skipped]
        lines += [f"  FAILED {path}: {reason}" for path, reason in self.failed]
        lines += [f"  {path}: {note}" for path, note in self.partial]  # the note says "partly read: why"
        if self.bilag:
            linked = sum(1 for _, where in self.bilag if not where.startswith("ikke knyttet"))
            lines.append(f"bilag: {len(self.bilag)} stored or linked anew, {linked} linked to an item, "
                         f"{len(self.bilag) - linked} unlinked")
            lines += [f"  bilag {path}: {where}" for path, where in self.bilag]
        return "\n".join(lines)


# Files a folder walk never reads: hidden files, Office lock files, temporary files.
_IGNORED_NAME = re.compile(r"^(?:\..*|~\$.*|.*\.tmp)$", re.IGNORECASE)


def ignored_reason(name: str) -> str | None:
    """Why a file or folder name is never read in a folder walk (None: read it). Hidden files and
    folders (.git, .DS_Store), Office lock files (~$referat.docx) and temporary downloads
    (*.tmp) are nobody's council documents, and reading them only produces failures."""
    if not _IGNORED_NAME.match(name):
        return None
    if name.startswith("."):
        return "hidden file"
    return "Office lock file" if name.startswith("~$") else "temporary file"


def iter_files(paths: list[str], owned: Callable[[str], bool] | None = None,
               ignored: list[tuple[str, str]] | None = None) -> Iterator[str]:
    """Files under `paths` (recursively, sorted), without hidden/temporary files, without the
    files `owned` claims (the database's own file, journal and index) and without symlink loops.
    What was left out, and why, is appended to `ignored` when given."""
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def skip(p: str, reason: str | None) -> bool:
        if reason is None and owned is not None and owned(p):
            reason = "the database's own file"
        if reason is not None and ignored is not None:
            ignored.append((p, reason))
        return reason is not None

    def emit(p: str) -> Iterator[str]:
        real = os.path.realpath(p)
        if real not in seen_files:
            seen_files.add(real)
            yield p

    for top in paths:
        if os.path.isdir(top):
            if skip(top, None):
                continue
            for root, dirs, files in os.walk(top, followlinks=True):
                real = os.path.realpath(root)
                if real in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(real)
                dirs[:] = sorted(d for d in dirs if not skip(os.path.join(root, d), ignored_reason(d)))
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if not skip(path, ignored_reason(name)):
                        yield from emit(path)
        elif os.path.lexists(top) and not skip(top, None):  # a missing path is the caller's to report, once
            yield from emit(top)


def load(path: str) -> tuple[bytes | None, str | None]:
    """The file's bytes, or a one-line reason why it cannot be used."""
    try:
        return load_file(path), None
    except DocumentError as exc:
        return None, exc.reason


def bilag_file(result, data: bytes, municipality: str | None = None) -> BilagFile:
    """A read PDF kept as a bilag: its bytes, its text page by page, its OCR'd pages."""
    pages = list(result.pages) or [result.text]
    first = next((line.strip() for p in pages for line in p.splitlines() if line.strip()), "")
    return BilagFile(source=result.source, pages=pages, content_hash=result.sha256 or hashlib.sha256(data).hexdigest(),
                     size=len(data), data=data, municipality=municipality, title=first[:200],
                     ocr_pages=list(result.ocr_pages))


def parse_path(path: str, ocr: bool = False) -> tuple[str, Document | BilagFile | None, str | None, bool]:
    """Read and parse one file (runs in a worker process, OCR included): (path, document, error, failed).
    A PDF that is no meeting document comes back as a BilagFile (link/bilag.is_bilag says why)."""
    data, error = load(path)
    if data is None:
        return path, None, error, True
    result = None
    try:
        result = read_bytes(data, Path(path).name, ocr=ocr)
        doc = parse_result(result)
        if is_bilag(doc, result.kind):
            return path, bilag_file(result, data, doc.municipality), None, False
        doc.unsplit = document_units(result, doc)  # every word searchable, whatever the parse found
        return path, doc, None, False
    except DocumentError as exc:
        if exc.kind == DocumentError.NOT_COUNCIL and result is not None and is_bilag(None, result.kind):
            return path, bilag_file(result, data), None, False
        return path, None, exc.reason, exc.kind != DocumentError.NOT_COUNCIL
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the batch
        return path, None, f"internal error while parsing ({type(exc).__name__}: {exc})", True


def parse_prepared(path: str, ocr: bool, prep_for: tuple | None) -> tuple:
    """parse_path, then, for a meeting document, the part of storing it that depends on the
    document alone (store.prepare.prepare: masking, encoding, MinHash signatures, index texts):
    run in the parsing process, so the one writer only does the store's reads and writes.
    `prep_for` is (the ingest's municipality, the store's analyzer, its indexer); the writer
    checks that what was prepared still fits the document and the store, else prepares again."""
    out = parse_path(path, ocr)
    doc = out[1]
    if prep_for is None or not isinstance(doc, Document):
        return out
    from .store.prepare import prepare

    municipality, analyzer, indexer = prep_for
    if municipality and not doc.municipality:
        doc.municipality = municipality
    try:
        return (*out, prepare(doc, os.path.abspath(path), analyzer, indexer))
    except Exception:  # noqa: BLE001 - the writer prepares it again, and reports what fails there
        return out


def _prep_for(store, municipality: str | None, jobs: int) -> tuple | None:
    """What a parsing process needs to prepare documents for `store` (None: the writer prepares)."""
    indexer = getattr(store, "indexer", None)
    if jobs <= 1 or indexer is None or not hasattr(store, "analyzer_name"):
        return None
    return municipality, store.analyzer_name(), indexer


def _result(path: str, future) -> tuple[str, Document | None, str | None, bool]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker (e.g. in a PDF library)
        return path, None, f"parser process failed ({type(exc).__name__})", True


def _known(store, path: str, options: dict[str, str | None]) -> bool:
    """True when these exact bytes are already stored with these options (then they need no parsing)."""
    data, _ = load(path)
    if data is None:
        return False
    return store.is_stored(hashlib.sha256(data).hexdigest(), options)


def _store_all(todo: list[str], handle: Callable, jobs: int, ocr: bool, prep_for: tuple | None = None) -> None:
    """Parse the files (in worker processes when jobs > 1, which also prepare them for the store:
    parse_prepared) and hand each to `handle` in input order."""
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            # a bounded window of files in flight: parsed documents waiting for the store must not
            # pile up in memory when parsing outruns storing (memory stays flat with corpus size)
            ahead = jobs * IN_FLIGHT_PER_JOB
            futures: deque = deque()
            for path in todo:
                futures.append((path, pool.submit(parse_prepared, path, ocr, prep_for)))
                if len(futures) >= ahead:
                    handle(*_result(*futures.popleft()))
            while futures:  # stored in input order
                handle(*_result(*futures.popleft()))
    else:
        for path in todo:
            handle(*parse_path(path, ocr))


def ingest(store, paths: list[str], *, municipality: str | None = None, jobs: int = 1, ocr: bool = False,
           progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    report = IngestReport()
    # part of what is ingested: other options re-ingest the same bytes (OCR reads what a scan holds)
    options = {"municipality": municipality, "ocr": True if ocr else None}
    files = list(iter_files(paths, store.owns, report.ignored))
    for p in paths:
        if not os.path.lexists(p):
            report.failed.append((p, "no such file or folder"))
    todo = []
    for path in files:
        if _known(store, path, options):
            report.counts["unchanged"] += 1
        else:
            todo.append(path)
    done = report.counts["unchanged"]
    # distinct case numbers per municipality: one set of number strings per municipality, not one
    # (municipality, number) tuple per number: about half the memory (~95 bytes a number, not ~200)
    cases: dict[str | None, set[str]] = {}
    bilag_ids: list[tuple[str, int]] = []  # bilag stored: where they went is told when all files are in

    def handle(path: str, doc: Document | BilagFile | None, error: str | None, failed: bool = True,
               prepared=None) -> None:
        nonlocal done
        done += 1
        if doc is None:
            (report.failed if failed else report.skipped).append((path, error or "unknown error"))
        elif isinstance(doc, BilagFile):
            if municipality and not doc.municipality:
                doc.municipality = municipality
            doc.origin = os.path.abspath(path)
            outcome = store.put_bilag_file(doc, doc.origin, options)
            report.counts[outcome.status] += 1
            if outcome.status != "unchanged":
                bilag_ids.append((path, outcome.document_id))
        else:
            if municipality and not doc.municipality:
                doc.municipality = municipality
            doc.origin = os.path.abspath(path)
            outcome = store.put_document(doc, doc.origin, options, prepared=prepared)
            report.counts[outcome.status] += 1
            note = warning(doc)
            if note and outcome.status != "unchanged":
                report.partial.append((path, note))
            if outcome.status != "unchanged":
                report.items += len(doc.items)
                # distinct cases (municipality + normalised number, as link/ keys them), counted
                # here without building the linked cases, which a summary does not need
                cases.setdefault(doc.municipality, set()).update(
                    normalize_case_number(c) for it in doc.items for c in it.case_numbers)
        if progress:
            progress(done, len(files), path)

    # bilag are linked once, when every file of this run is stored (not again for every document)
    # and a municipality's people and parties are rebuilt once, at the end of the run
    with getattr(store, "deferred_people", contextlib.nullcontext)(), \
            getattr(store, "deferred_bilag_links", contextlib.nullcontext)():
        _store_all(todo, handle, jobs, ocr, _prep_for(store, municipality, jobs))
    report.cases = sum(map(len, cases.values()))
    # bilag stored now, and bilag stored before that the documents of this run linked anew
    ids = dict.fromkeys(doc_id for _, doc_id in bilag_ids)
    earlier = [(p, i) for p, i in store.relinked_bilag() if i not in ids]
    report.bilag = [(path, store.bilag_link_note(doc_id)) for path, doc_id in [*bilag_ids, *earlier]]
    return report


def progress_bar(stream=sys.stderr) -> Callable[[int, int, str], None] | None:
    """A one-line progress bar on `stream`, only when it is a terminal."""
    if not stream.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        name = os.path.basename(path)[:40]
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def ingest_fetched(store, data: bytes, url: str, *, name: str, municipality: str | None = None,
                   fetch: dict | None = None) -> tuple[str, Document | None, str | None]:
    """Read, parse and store bytes fetched from `url` (sagsgang harvest): the same steps as a file
    (read by content, parse, text outside items, --municipality for documents naming none), the
    URL as the document's origin, and the fetch state committed with the document.
    Returns (status, document, error): status is new/unchanged/replaced, or 'skipped'/'failed'."""
    options = {"municipality": municipality}
    try:
        result = read_bytes(data, name)
        doc = parse_result(result)
        doc.unsplit = document_units(result, doc)
    except DocumentError as exc:
        if fetch:
            store.record_fetch(fetch)  # known and unusable: not fetched again until it changes
        return ("skipped" if exc.kind == DocumentError.NOT_COUNCIL else "failed"), None, exc.reason
    if municipality and not doc.municipality:
        doc.municipality = municipality
    doc.origin = url
    doc.fetched_at = (fetch or {}).get("fetched_at")
    outcome = store.put_document(doc, url, options, fetch=fetch)
    return outcome.status, doc, None


def ingest_harvested_bilag(store, *, ocr: bool = False) -> IngestReport:
    """Read the bilag bytes a harvest kept (store table `bilag`) into bilag records, one at a time
    (memory stays flat), each linked in its transaction: the harvested listing names its item
    exactly ('hentet'). Bytes that are no readable PDF stay kept as fetched and are reported as
    failed; bytes already read (same content) are skipped, so running it again reads only new ones."""
    report = IngestReport()
    options = {"ocr": True if ocr else None}
    for url, _hash, municipality in store.unread_harvested_bilag():
        data = store.harvested_bilag_bytes(url)
        if data is None:
            continue
        name = url.rstrip("/").rsplit("/", 1)[-1] or "bilag.pdf"
        try:
            result = read_bytes(data, name, ocr=ocr)
        except DocumentError as exc:
            report.failed.append((url, exc.reason))
            continue
        if result.kind != "pdf":
            report.skipped.append((url, f"not a PDF ({result.kind})"))
            continue
        bf = bilag_file(result, data, municipality)
        bf.origin = url
        outcome = store.put_bilag_file(bf, url, options)
        report.counts[outcome.status] += 1
        if outcome.status != "unchanged":
            report.bilag.append((url, store.bilag_link_note(outcome.document_id)))
    return report
