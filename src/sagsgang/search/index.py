"""The full-text index: tantivy, in a folder beside the SQLite file (`<db>.index/`).

Why tantivy: at a million agenda items the bare SQLite FTS5 query alone takes 80-380 ms for
common words, tantivy 1-7 ms, and tantivy counts facets as aggregations over columnar fields
instead of Python loops over every match. The records stay in SQLite; tantivy holds only what
search needs (analysed text, item id, facet and filter values).

Why it never disagrees with the records for long: SQLite is the source of truth. A document's
transaction also writes its items' analysed strings (and the ids of removed items) into
`index_queue`. `sync` applies the queue to tantivy in order, commits tantivy, and only then
deletes the applied rows. Replaying is idempotent (every add is preceded by a delete of the same
id), so a crash at any point loses nothing: the next writer applies what is left. A committed
document becomes searchable at the next sync (ingest syncs every SYNC_EVERY documents and when
it closes). The folder carries the database's `index_id`; a folder of another database (or
none) is rebuilt from the stored records.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import tantivy

from .analyzer import fold

TEXT_FIELDS = ("title", "decision", "body")
ID_FILE = "sagsgang-index-id"
SYNC_EVERY = 200          # documents between syncs during an ingest
QUEUE_CHUNK = 5000        # queue rows applied per tantivy commit
WRITER_HEAP = 64_000_000  # bytes tantivy may buffer before it writes a segment
TOKENIZER = "sagsgang"    # whitespace only: all analysis happened in analyzer.py


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("id", indexed=True, fast=True)
    for name in TEXT_FIELDS:
        sb.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
    for name in ("municipality", "committee", "year"):  # facets: original spelling, columnar
        sb.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    for name in ("municipality_key", "committee_key", "doc_type"):  # filters: folded, exact
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("date", indexed=True, fast=True)  # yyyymmdd, for date ranges
    return sb.build()


SCHEMA = build_schema()


def date_number(date: str | None, fill: str = "0") -> int | None:
    """'2022-08-17' -> 20220817; a partial date is padded with `fill` ('2022' -> 20220000 / 20229999)."""
    digits = "".join(c for c in (date or "") if c.isdigit())[:8]
    if len(digits) < 4:
        return None
    return int(digits.ljust(8, fill))


class SearchIndex:
    """One database's tantivy index. Readers only reload; the writer (an ingest, or whoever finds
    a queue left by an interrupted one) holds tantivy's lock while it applies the queue."""

    def __init__(self, db_path: str, index_id: str) -> None:
        self.index_id = index_id
        self.folder: Path | None = None if db_path in ("", ":memory:") else Path(db_path + ".index")
        self.fresh = False  # True when the folder was (re)created: the caller must rebuild it
        if self.folder is None:
            self.index = tantivy.Index(SCHEMA)
            self.fresh = True
        else:
            marker = self.folder / ID_FILE
            if not marker.exists() or marker.read_text().strip() != index_id:
                shutil.rmtree(self.folder, ignore_errors=True)
                self.folder.mkdir(parents=True)
                marker.write_text(index_id)
                self.fresh = True
            self.index = tantivy.Index(SCHEMA, str(self.folder))
        self.index.register_tokenizer(TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        self.writer = None
        self.pending_docs = 0
        self.last_sync = time.monotonic()

    # -- reading ---------------------------------------------------------------------------------
    def searcher(self) -> tantivy.Searcher:
        self.index.reload()
        return self.index.searcher()

    def since_sync(self) -> float:
        return time.monotonic() - self.last_sync

    # -- writing ---------------------------------------------------------------------------------
    def acquire(self, wait: float = 0.0) -> bool:
        """Take tantivy's writer lock (held by at most one process); False if it stays busy."""
        deadline = time.monotonic() + wait
        while self.writer is None:
            try:
                self.writer = self.index.writer(WRITER_HEAP, 1)
            except ValueError:  # LockBusy: another process is writing
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.05)
        return True

    def release(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.wait_merging_threads()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around a write by someone who has acquired the lock: a lock this block took is let go
        at its end, one held from before (an ingest's) stays held."""
        held = self.writer is not None
        try:
            yield
        finally:
            if not held:
                self.release()

    @staticmethod
    def document(item_id: int, texts: tuple[str, str, str], municipality: str | None, committee: str | None,
                 date: str | None, doc_type: str | None) -> tantivy.Document:
        doc = tantivy.Document()
        doc.add_unsigned("id", item_id)
        for name, text in zip(TEXT_FIELDS, texts, strict=True):
            if text:
                doc.add_text(name, text)
        if municipality:
            doc.add_text("municipality", municipality)
            doc.add_text("municipality_key", fold(municipality))
        if committee:
            doc.add_text("committee", committee)
            doc.add_text("committee_key", fold(committee))
        number = date_number(date)
        if number is not None:
            doc.add_integer("date", number)
            doc.add_text("year", date[:4])
        if doc_type:
            doc.add_text("doc_type", doc_type)
        return doc

    def apply_queue(self, conn) -> int:
        """Apply every queued change in order (the writer lock must be held); return rows applied."""
        applied = 0
        while True:
            rows = conn.execute(
                "SELECT q.seq, q.item_id, q.title, q.decision, q.body, i.municipality, i.committee, i.date, "
                "i.document_type FROM index_queue q LEFT JOIN items i ON i.id = q.item_id "
                "ORDER BY q.seq LIMIT ?", (QUEUE_CHUNK,)).fetchall()
            if not rows:
                return applied
            # the last change of each item in the chunk is its state: SQLite reuses the id of a deleted
            # last row, so one chunk may add, remove and re-add an id, and a delete does not reach
            # a document added in the same uncommitted batch
            final = {row[1]: row for row in rows}
            for _seq, item_id, title, decision, body, muni, comm, date, dtype in final.values():
                self.writer.delete_documents_by_term("id", item_id)
                if title is not None:  # NULL texts: the item was removed
                    self.writer.add_document(self.document(item_id, (title, decision, body), muni, comm, date, dtype))
            self.writer.commit()
            conn.execute("DELETE FROM index_queue WHERE seq <= ?", (rows[-1][0],))
            applied += len(rows)

    def sync(self, conn, wait: float = 0.0) -> bool:
        """Bring the index up to the committed records if the writer lock can be had."""
        if self.writer is None and not conn.execute("SELECT 1 FROM index_queue LIMIT 1").fetchone():
            return True
        with self.writing():
            if not self.acquire(wait):
                return False
            self.apply_queue(conn)
        self.pending_docs = 0
        self.last_sync = time.monotonic()
        return True

    def replace_all(self, rows: Iterable[tuple], conn) -> int:
        """Rebuild from scratch: `rows` are (item_id, texts, municipality, committee, date, doc_type)."""
        with self.writing():
            if not self.acquire(wait=30.0):
                raise RuntimeError("the search index is being written by another process")
            top = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM index_queue").fetchone()[0]
            self.writer.delete_all_documents()
            n = 0
            for row in rows:
                self.writer.add_document(self.document(*row))
                n += 1
            self.writer.commit()
            conn.execute("DELETE FROM index_queue WHERE seq <= ?", (top,))
            self.apply_queue(conn)  # whatever was committed meanwhile
        return n
