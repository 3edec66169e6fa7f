"""The full-text index: tantivy, in a folder beside the SQLite file (`<db>.index/`).

Why tantivy: at a million agenda items the bare SQLite FTS5 query alone takes 80-380 ms for
common words, tantivy 1-7 ms, and tantivy counts facets as aggregations over columnar fields
instead of Python loops over every match. The records stay in SQLite; tantivy holds only what
search needs (analysed text, item id, facet and filter values).

Why it never disagrees with the records for long: the store is the source of truth. A document's
transaction also appends its items' analysed strings (and the ids of removed items) to the
change log `index_queue`. `sync` applies the changes after this index's position in order,
commits tantivy, and only then advances the position (search/changelog.py: several indexes, one
per search node, follow the same log; rows go once every live index has applied them). Replaying
is idempotent (every add is preceded by a delete of the same id), so a crash at any point loses
nothing. A committed document becomes searchable at the next sync (ingest syncs every SYNC_EVERY
documents and when it closes). The folder carries the database's `index_id` and the
INDEX_VERSION of the schema it was built with; a folder of another database (or none), of
another index version, or one whose position the log was pruned past, is rebuilt from the
stored records (so an index of an older schema is never read with a newer one's queries).

Phrases are answered through word pairs: each text field has a `<field>_pairs` companion holding
one token per two neighbouring words ('tag+til til+efterretning'). A two-word phrase is then one
term lookup, a longer one a phrase over the pairs, instead of reading the positions of every
word of it in every document (a phrase with 'til' read the positions of nearly every document).
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import tantivy

from . import changelog
from .analyzer import GROUP, fold, word_pairs

TEXT_FIELDS = ("title", "decision", "body")
PAIR_FIELDS = tuple(f"{name}_pairs" for name in TEXT_FIELDS)  # word pairs of each text field, for phrases
ID_FILE = "sagsgang-index-id"
# The schema's version, written beside the index_id: raise it whenever build_schema or what
# `document` writes changes, and every existing index folder is rebuilt from the records on open.
# 1: the first tantivy schema; 2: word-pair fields, doc_type columnar (counted with the facets).
INDEX_VERSION = 2
SYNC_EVERY = 200          # documents between syncs during an ingest
# Is anything queued after this node's position? Asked before every search: a range on the queue's key
# read in key order, so the answer comes from the index from the position on (0.09 ms), never from a
# scan of the queue's pruned rows, which PostgreSQL chose for 'WHERE seq > ? LIMIT 1' at 1M items
# (273 ms: dead rows, stale statistics) and 'max(seq)' walks (1.7 s)
CATCH_UP = "SELECT seq FROM index_queue WHERE seq > ? ORDER BY seq LIMIT 1"
# the same question and "was the log pruned past this position?" in one statement: before every
# search, one round trip to PostgreSQL instead of two
CHECK = f"SELECT (SELECT value FROM meta WHERE key = ?), ({CATCH_UP})"
QUEUE_CHUNK = 5000        # queue rows applied per tantivy commit
WRITER_HEAP = 64_000_000  # bytes tantivy may buffer before it writes a segment
TOKENIZER = "sagsgang"    # whitespace only: all analysis happened in analyzer.py


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("id", indexed=True, fast=True)
    for name in (*TEXT_FIELDS, *PAIR_FIELDS):
        sb.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
    for name in ("municipality", "committee", "year", "doc_type"):  # facets: original spelling, columnar
        sb.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    for name in ("municipality_key", "committee_key"):  # filters: folded, exact
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
            if not marker.exists() or marker.read_text().strip() != self.marker():
                shutil.rmtree(self.folder, ignore_errors=True)
                self.folder.mkdir(parents=True)
                marker.write_text(self.marker())
                self.fresh = True
            self.index = tantivy.Index(SCHEMA, str(self.folder))
        self.node = changelog.node_name(self.folder)
        self.position = 0 if self.fresh else changelog.read_position(self.folder)
        self.rebuild: Callable[[], object] | None = None  # set by the engine: rebuild from the records
        self.index.register_tokenizer(TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        self.writer = None
        self.pending_docs = 0
        self.last_sync = time.monotonic()

    def marker(self) -> str:
        """What the folder's ID_FILE holds: this database's index id and the schema version."""
        return f"{self.index_id} v{INDEX_VERSION}"

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
        for name, pairs, text in zip(TEXT_FIELDS, PAIR_FIELDS, texts, strict=True):
            if text:  # analyzer.index_words strings: tokens of a word joined by GROUP
                doc.add_text(name, text.replace(GROUP, " "))
                doc.add_text(pairs, word_pairs(text))
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

    def delete_ids(self, item_ids: list[int]) -> None:
        """Delete these items (before re-adding any of them). By query, not by term: with
        tantivy 0.27, delete_documents_by_term on an unsigned field deletes nothing, so a replaced
        or removed item stayed searchable."""
        if item_ids:
            self.writer.delete_documents_by_query(tantivy.Query.term_set_query(SCHEMA, "id", item_ids))

    def reload_position(self) -> None:
        """Take the folder's position (under the writer lock): another process on this machine
        (an ingest, a second serve) may have applied changes to the same folder since."""
        if self.folder is not None:
            self.position = max(self.position, changelog.read_position(self.folder))

    def behind(self, conn) -> bool:
        """True when the log was pruned past this index's position: it missed changes and must be
        rebuilt from the records (a node that was off longer than changelog.NODE_TIMEOUT)."""
        return self.position < changelog.pruned_mark(conn)

    def up_to_date(self, conn) -> bool:
        """True when nothing was queued after this index's position and the log was not pruned
        past it (not `behind`): one statement, asked before every search."""
        pruned, newer = conn.execute(CHECK, (changelog.PRUNED_KEY, self.position)).fetchone()
        return newer is None and self.position >= int(pruned or 0)

    def apply_queue(self, conn) -> int:
        """Apply every change after this index's position in order (the writer lock must be held),
        record the new position and prune what every index has applied; return rows applied."""
        applied = 0
        while True:
            rows = conn.execute(
                "SELECT q.seq, q.item_id, q.title, q.decision, q.body, i.municipality, i.committee, i.date, "
                "i.document_type FROM index_queue q LEFT JOIN items i ON i.id = q.item_id "
                "WHERE q.seq > ? ORDER BY q.seq LIMIT ?", (self.position, QUEUE_CHUNK)).fetchall()
            if not rows:
                return applied
            last = rows[-1][0]
            # the last change of each item is its state: SQLite reuses the id of a deleted last row,
            # so the log may add, remove and re-add an id; a change superseded by a later one (in
            # this chunk or after it) is not applied, so no replaced text shows even for a moment
            final = {row[1]: row for row in rows}
            later = changelog.superseded(conn, final, last)
            current = [row for row in final.values() if row[1] not in later]
            self.delete_ids([row[1] for row in current])
            for _seq, item_id, title, decision, body, muni, comm, date, dtype in current:
                if title is not None:  # NULL texts: the item was removed
                    self.writer.add_document(self.document(item_id, (title, decision, body), muni, comm, date, dtype))
            self.writer.commit()
            self._advance(conn, last)
            applied += len(rows)

    def _advance(self, conn, position: int) -> None:
        self.position = position
        changelog.write_position(self.folder, position)
        changelog.record_and_prune(conn, self.node, position)

    def sync(self, conn, wait: float = 0.0) -> bool:
        """Bring the index up to the committed records if the writer lock can be had. A process
        that holds the writer lock (an ingest that stored documents for longer than SYNC_SECONDS)
        asks too when no document of its own is pending: its searches cost the one statement of
        any other's, not a pass over the queue."""
        if (self.writer is None or self.pending_docs == 0) and self.up_to_date(conn):
            return True
        with self.writing():
            if not self.acquire(wait):
                return False
            self.reload_position()
            if self.behind(conn) and self.rebuild is not None:
                self.rebuild()
            else:
                self.apply_queue(conn)
        self.pending_docs = 0
        self.last_sync = time.monotonic()
        return True

    def replace_all(self, rows: Iterable[tuple], conn) -> int:
        """Rebuild from scratch: `rows` are (item_id, texts, municipality, committee, date, doc_type),
        read after this index registered at the newest change id (which the records include)."""
        with self.writing():
            if not self.acquire(wait=30.0):
                raise RuntimeError("the search index is being written by another process")
            top = changelog.start_at_top(conn, self.node)
            self.writer.delete_all_documents()
            n = 0
            for row in rows:
                self.writer.add_document(self.document(*row))
                n += 1
            self.writer.commit()
            self._advance(conn, top)
            self.apply_queue(conn)  # whatever was committed meanwhile
        return n
