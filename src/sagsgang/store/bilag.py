"""Bilag files in the store: the file, its text per page, and its link to an item.

A bilag is a row of `documents` (document_type 'bilag': its identity is its source + content +
options like every document, so re-ingesting is 'unchanged' and new bytes replace it), a row of
`bilag_files` (bytes, size, pages, OCR'd pages, and the link: item, method, reason), and one row
of `items` per page with unit = 'bilag', searchable like the text outside items (schema 7).

Linking is link/bilag.py's pure `link`; this module gathers its facts and applies the outcome,
inside the caller's transaction, in both orders of arrival:
- a bilag stored after its minutes is linked when it is stored (`put_bilag_file`);
- a meeting document stored after its bilag (or replacing the minutes it was linked to: the old
  items are gone, `item_id` fell to NULL) relinks the bilag it may concern (`relink_after`);
- inside `deferred_links` (what `ingest` uses) both only mark the bilag, and each marked bilag is
  linked once when the batch ends: not again for every document that arrives.
Which items a bilag may belong to, and which bilag a new document may concern, come from a key
index (store/bilag_index.py), not from a scan of everything stored; the outcome is the one `link`
gives over every item (tests/test_bilag_order.py).
A page row carries the linked item's municipality, committee, date and case numbers, so filters
and facets treat a bilag hit like its item. A bilag of a closed item is never in the index: its
page rows are marked not public and removed from the index queue (also when the closed minutes
arrive after the bilag); its file is not served.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from ..link.bilag import (
    SIMILARITY_MIN,
    BilagFacts,
    ItemFacts,
    Link,
    by_content,
    by_evidence,
    listed_match,
    printed_case_numbers,
    similarities,
)
from ..link.neardup import word_sketch
from ..model import AgendaItem, BilagFile, Document, Meeting
from ..privacy import mask_cpr
from . import bilag_index, views
from .base import IngestOutcome
from .batches import chunks, marks
from .codec import decode_parsed, decode_text, encode_parsed, encode_text

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

BILAG_TYPE = "bilag"  # documents.document_type and items.document_type of a bilag and its pages
KEEP = ("hentet",)  # links no later document changes (the publisher's own listing of these bytes)
WEAK = bilag_index.WEAK  # links by content: any new item like the bilag may change them


def page_item(title: str, text: str, page: int) -> AgendaItem:
    """A bilag page as the indexer sees it: its text as body; the bilag's title only on page 1,
    so a search for the title finds the bilag once, not once per page."""
    return AgendaItem(title=title if page == 1 else "", intro=text, page=page)


def put_bilag_file(store: SQLiteStore, bf: BilagFile, path: str, options: dict[str, Any] | None) -> IngestOutcome:
    """Store one bilag file and link it, in one transaction (like SQLiteStore.put_document)."""
    from .sqlite import now_iso, options_key

    if store.indexer is None:
        raise RuntimeError("store opened without a search indexer; open it with sagsgang.search.open_index()")
    conn = store.conn
    opts = options_key(options)
    with store.lock:
        store._begin_write()  # the global lock: a bilag's link may weigh any municipality's items
        try:
            row = conn.execute("SELECT id FROM documents WHERE content_hash=? AND options=? AND units IS NOT NULL",
                               (bf.content_hash, opts)).fetchone()
            if row:
                conn.execute("COMMIT")
                return IngestOutcome("unchanged", row[0])
            analyzer = store.analyzer_name()
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('analyzer', ?)", (analyzer,))
            now = now_iso()
            old = conn.execute("SELECT id, parsed, path FROM documents WHERE (path IS NOT NULL AND path=?) "
                               "OR content_hash=?", (path, bf.content_hash)).fetchall()
            for old_id, old_parsed, old_path in old:
                old_doc = decode_parsed(old_parsed)
                old_doc.origin = old_doc.origin or old_path
                store._remove(old_id, old_doc, now)
            pages = [mask_cpr(p) for p in bf.pages]  # CPR numbers never enter the store
            title = mask_cpr(bf.title)
            doc = Document(source=bf.source, municipality=bf.municipality, document_type=BILAG_TYPE, layout="bilag",
                           pages=len(pages), content_hash=bf.content_hash, origin=path, ocr_pages=list(bf.ocr_pages))
            cur = conn.execute(
                "INSERT INTO documents(source, path, content_hash, municipality, document_type, layout, pages, "
                "ingested_at, parsed, options, units) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (bf.source, path, bf.content_hash, bf.municipality, BILAG_TYPE, "bilag", len(pages), now,
                 encode_parsed(doc), opts, len(pages)))
            doc_id = cur.lastrowid
            conn.execute("INSERT INTO bilag_files(document_id, title, size, pages, ocr_pages, data) "
                         "VALUES (?,?,?,?,?,?)",
                         (doc_id, title, bf.size, len(pages), json.dumps(bf.ocr_pages), bf.data))
            for n, text in enumerate(pages, start=1):
                conn.execute(
                    "INSERT INTO items(document_id, position, number, title, public, case_numbers, route, page, body, "
                    "municipality, committee, date, document_type, sketch, body_chars, unit) "
                    "VALUES (?,?,NULL,?,1,'[]','[]',?,?,?,NULL,NULL,?,?,?,'bilag')",
                    (doc_id, n - 1, title, n, encode_text(text), bf.municipality, BILAG_TYPE, word_sketch(text),
                     len(text)))
            index = _index(store)
            index.add_bilag(doc_id, _bilag_facts(store, doc_id))
            if _cache(store).get("deferred"):
                _apply(store, doc_id, Link(None, None, 0.0, PENDING), analyzer, first=True)
                _mark(store, [doc_id])
            else:
                _apply(store, doc_id, _decide(store, doc_id, {}), analyzer, first=True)
            index.version = store.data_version() + 1  # what the _changed() below makes it
            store._changed(now)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    if store.on_commit is not None:
        store.on_commit(store)
    status = "replaced" if old else "new"
    return IngestOutcome(status, doc_id, 0)


# -- facts ----------------------------------------------------------------------------------------

# Facts are cached per store (link work repeats for every meeting document that may concern a
# bilag): bilag by (document id, content hash), items by (item id, origin, title, number); a
# replaced document's rows get new keys, so a stale entry is never used, only left unused.
_FACTS: WeakKeyDictionary = WeakKeyDictionary()


def _cache(store: SQLiteStore) -> dict:
    cache = _FACTS.get(store)
    if cache is None:
        cache = _FACTS[store] = {"bilag": {}, "items": {}}
    return cache


def _bilag_facts(store: SQLiteStore, doc_id: int) -> BilagFacts:
    conn = store.conn
    source, path, muni, content_hash = conn.execute(
        "SELECT source, path, municipality, content_hash FROM documents WHERE id=?", (doc_id,)).fetchone()
    origin = path or source
    harvested = [tuple(r) for r in conn.execute(
        "SELECT document_origin, item_number FROM bilag WHERE content_hash=? OR url=? ORDER BY url",
        (content_hash, origin))]
    known = _cache(store)["bilag"]
    key = (doc_id, content_hash, origin, muni)
    facts = known.get(key)
    if facts is None:
        texts = [decode_text(b) for (b,) in conn.execute(
            "SELECT body FROM items WHERE document_id=? AND unit='bilag' ORDER BY position", (doc_id,))]
        url = "://" in origin
        name = origin.rstrip("/").rsplit("/", 1)[-1] if url else os.path.basename(origin)
        facts = known[key] = BilagFacts(name=name, folder=None if url else os.path.dirname(origin),
                                        text="\n".join(texts), municipality=muni)
    facts.harvested = harvested
    return facts


def _candidates(store: SQLiteStore, municipality: str | None, cache: dict) -> list[ItemFacts]:
    """All agenda items a bilag of `municipality` may belong to (all items when it names none):
    what content likeness weighs."""
    key = municipality or ""
    if key in cache:
        return cache[key]
    where = "i.unit IS NULL AND d.document_type IS NOT 'bilag'"
    args: tuple = ()
    if municipality:
        where += " AND i.municipality = ?"
        args = (municipality,)
    cache[key] = _item_facts(store, where, args)
    return cache[key]


def _items_by_id(store: SQLiteStore, ids: set[int], municipality: str | None) -> list[ItemFacts]:
    """The agenda items among `ids` (ids the index gave: rows since removed are left out) that a
    bilag of `municipality` may belong to, in id order like `_candidates`."""
    out: list[ItemFacts] = []
    ordered = sorted(ids)
    for chunk in chunks(ordered):
        where = f"i.unit IS NULL AND d.document_type IS NOT 'bilag' AND i.id IN ({marks(chunk)})"
        args: tuple = tuple(chunk)
        if municipality:
            where += " AND i.municipality = ?"
            args = (*args, municipality)
        out += _item_facts(store, where, args)
    return out


def _item_facts(store: SQLiteStore, where: str, args: tuple) -> list[ItemFacts]:
    """ItemFacts of the items matching `where` (aliases i = items, d = documents), id order;
    bodies, decisions and bilag lists read once per store (the facts cache)."""
    conn = store.conn
    rows = conn.execute(
        "SELECT i.id, COALESCE(d.path, d.source), i.number, i.title, i.public, i.case_numbers, i.municipality, "
        f"i.date FROM items i JOIN documents d ON d.id = i.document_id WHERE {where} ORDER BY i.id", args).fetchall()
    known = _cache(store)["items"]
    out: list[ItemFacts] = []
    missing = [r for r in rows if (r[0], r[1], r[3], r[2]) not in known]
    for chunk in chunks(missing):
        ids = [r[0] for r in chunk]
        bodies = {rid: (decode_text(body), decisions) for rid, body, decisions in conn.execute(
            "SELECT i.id, i.body, (SELECT group_concat(text, char(10)) FROM decisions WHERE item_id=i.id) "
            f"FROM items i WHERE i.id IN ({marks(ids)})", ids)}
        atts: dict[int, list[tuple[str | None, str]]] = {}
        for item, number, title in conn.execute(
                f"SELECT item_id, number, title FROM attachments WHERE item_id IN ({marks(ids)}) ORDER BY id", ids):
            atts.setdefault(item, []).append((number, title))
        for rid, origin, number, title, public, cases, muni, date in chunk:
            body, decisions = bodies[rid]
            known[(rid, origin, title, number)] = ItemFacts(
                key=rid, origin=origin, number=number, title=title, public=bool(public),
                case_numbers=json.loads(cases), attachments=atts.get(rid, []),
                text="\n".join(x for x in (title, body, decisions) if x), municipality=muni, date=date)
    for r in rows:
        facts = known[(r[0], r[1], r[3], r[2])]
        facts.public = bool(r[4])
        out.append(facts)
    return out


def _one_meeting_in_folder(store: SQLiteStore, origins: list[str], municipality: str | None) -> str | None:
    """Of the origins the index has for a bilag's folder, the one still stored with items of the
    municipality, when exactly one is (`link` weighs a folder's items only then)."""
    live: set[str] = set()
    for chunk in chunks(origins, 400):  # each twice in the statement
        origin, params = views.by_origin(list(chunk))
        where = f"{origin} AND i.unit IS NULL AND d.document_type IS NOT 'bilag'"
        args: tuple = tuple(params)
        if municipality:
            where += " AND i.municipality = ?"
            args = (*args, municipality)
        live.update(r[0] for r in store.conn.execute(
            f"SELECT DISTINCT COALESCE(d.path, d.source) FROM documents d JOIN items i ON i.document_id = d.id "
            f"WHERE {where} LIMIT 2", args))
        if len(live) > 1:
            return None
    return next(iter(live)) if len(live) == 1 else None


def _index(store: SQLiteStore) -> bilag_index.BilagIndex:
    """The store's key index (store/bilag_index.py), built anew when the data changed in a way
    it did not follow (another process, a rolled back transaction)."""
    cache = _cache(store)
    version = store.data_version()
    index = cache.get("index")
    if index is None or index.version != version:
        index = cache["index"] = bilag_index.build(store, _bilag_facts)
        index.version = version
    return index


def _decide(store: SQLiteStore, doc_id: int, cache: dict) -> Link:
    """`link` over every candidate item, computed from the few the index ties to the bilag: the
    evidence steps need only those; content (rarely reached) reads them all."""
    facts = _bilag_facts(store, doc_id)
    index = _index(store)
    ids = index.items_for(facts)
    if (alone := _one_meeting_in_folder(store, index.folder_origins(facts), facts.municipality)) is not None:
        ids |= index.items_of(alone)
    near = _items_by_id(store, ids, facts.municipality)
    return by_evidence(facts, near) or by_content(facts, _candidates(store, facts.municipality, cache))


# -- applying a link ------------------------------------------------------------------------------

def _apply(store: SQLiteStore, doc_id: int, result: Link, analyzer: str, first: bool = False) -> None:
    """Record the link and bring the page rows (their item's metadata, public or not) and their
    index rows in line with it; nothing is queued when nothing changed."""
    conn = store.conn
    old = conn.execute("SELECT item_id, method, reason FROM bilag_files WHERE document_id=?", (doc_id,)).fetchone()
    first = first or (old is not None and old[2] == PENDING)  # its pages were never indexed: as at its first link
    from .sqlite import now_iso

    conn.execute("UPDATE bilag_files SET item_id=?, method=?, score=?, reason=?, listed_as=?, number=?, linked_at=? "
                 "WHERE document_id=?", (result.item, result.method, result.score, result.reason, result.listed_as,
                                         result.number, now_iso(), doc_id))
    weak = _index(store).weak
    if result.method in WEAK:
        weak.add(doc_id)
    else:
        weak.discard(doc_id)
    # unchanged link: nothing to do; but a link whose item was just removed (item_id fell to NULL,
    # the method kept) left page rows with that item's metadata, which must go even when unlinked
    dangling = old is not None and old[0] is None and old[1] is not None
    if not first and old is not None and old[0] == result.item and not dangling:
        return
    if not first:  # linked anew by a later document: the ingest tells where it went
        _cache(store).setdefault("relinked", []).append(doc_id)
    title, muni = conn.execute("SELECT b.title, d.municipality FROM bilag_files b JOIN documents d "
                               "ON d.id = b.document_id WHERE b.document_id=?", (doc_id,)).fetchone()
    # a bilag waiting for its batch's end is not searchable yet: the item that lists it may be closed
    public, committee, date, cases = result.reason != PENDING, None, None, "[]"
    if result.item is not None:
        row = conn.execute("SELECT public, committee, date, case_numbers, municipality FROM items WHERE id=?",
                           (result.item,)).fetchone()
        public, committee, date, cases = bool(row[0]), row[1], row[2], row[3]
        muni = row[4] or muni
    conn.execute("UPDATE items SET public=?, committee=?, date=?, case_numbers=?, municipality=? "
                 "WHERE document_id=? AND unit='bilag'", (int(public), committee, date, cases, muni, doc_id))
    rows = conn.execute("SELECT id, page, body FROM items WHERE document_id=? AND unit='bilag' ORDER BY position",
                        (doc_id,)).fetchall()
    if not public:  # a closed item's bilag: never in the index
        store._queue((r[0], None, None, None) for r in rows)
        return
    context = Document(source="", municipality=muni, meeting=Meeting(committee=committee))
    store._queue((rid, *store.indexer(context, page_item(title, decode_text(body), page), analyzer))
                 for rid, page, body in rows)


def relink_after(store: SQLiteStore, doc_id: int, doc: Document, analyzer: str) -> None:
    """After a meeting document is stored (inside its transaction): link again the bilag of its
    municipality it may concern, so the outcome does not depend on which file arrived first (a
    second item listing 'Tidsplan' may make a name-only link ambiguous, a better match may appear),
    and those whose item was just replaced. The index (store/bilag_index.py) names the bilag its
    items share a key with (a listed title, a case number); the harvested listings of this
    document, the unlinked bilag and those linked by content are added; a cheap look at the new
    items (`_may_concern`) then keeps the work to the bilag that can change. Inside
    `deferred_links` they are only marked, unless the document has a closed item."""
    conn = store.conn
    if _cache(store).get("index") is None and conn.execute("SELECT 1 FROM bilag_files LIMIT 1").fetchone() is None:
        return  # no bilag stored: nothing to relink; the index is built from the store when one comes
    index = _index(store)
    origin = doc.origin or ""
    stored = conn.execute("SELECT id, date FROM items WHERE document_id=? AND unit IS NULL ORDER BY position",
                          (doc_id,)).fetchall()
    if doc.document_type != BILAG_TYPE:
        for (rid, _), it in zip(stored, doc.items, strict=False):
            index.add_item(rid, origin, it.case_numbers, [a.title for a in it.attachments], doc.municipality)
    version = store.data_version()
    try:
        _relink(store, doc, stored, index, analyzer)
    finally:
        index.version = version + 1  # what put_document's _changed() makes it


def _relink(store: SQLiteStore, doc: Document, stored: list, index: bilag_index.BilagIndex, analyzer: str) -> None:
    conn = store.conn
    origin = doc.origin or ""
    if doc.document_type == BILAG_TYPE:
        return  # (a version without items still goes on: its predecessor's bilag are left dangling)
    harvested: set[int] = set()
    for content_hash, url in conn.execute("SELECT content_hash, url FROM bilag WHERE document_origin=?", (origin,)):
        harvested.update(r[0] for r in conn.execute(
            "SELECT id FROM documents WHERE content_hash=? OR path=? OR source=?", (content_hash, url, url)))
    ids = index.bilag_for([c for it in doc.items for c in it.case_numbers],
                          [a.title for it in doc.items for a in it.attachments]) | harvested | index.weak
    ids.update(r[0] for r in conn.execute("SELECT document_id FROM bilag_files WHERE item_id IS NULL"))
    if not ids:
        return
    ordered = sorted(ids)
    rows = []
    for chunk in chunks(ordered):
        rows += conn.execute(
            "SELECT b.document_id, b.item_id, b.method, b.reason, d.municipality FROM bilag_files b "
            "JOIN documents d ON d.id = b.document_id "
            f"WHERE b.document_id IN ({marks(chunk)}) "
            f"AND (b.method IS NULL OR b.method NOT IN ({marks(KEEP)})) "
            "AND (d.municipality IS NULL OR ? IS NULL OR d.municipality = ?) ORDER BY b.document_id",
            (*chunk, *KEEP, doc.municipality, doc.municipality)).fetchall()
    if not rows:
        return
    # a writer of one municipality may relink its own bilag; one of no municipality needs the global lock
    store._touching({r[4] for r in rows})
    marked: list[int] = []
    if _cache(store).get("deferred"):  # inside an ingest: linked once, when all its files are stored
        marked = [r[0] for r in rows]
        # ... except what a closed item lists or prints the case number of (or was harvested from
        # these minutes): linked at once as well, so its pages leave the index in this transaction
        # (a bilag waiting for the batch is not in the index; one a closed item only resembles
        # leaves it when the batch ends)
        closed = [it for it in doc.items if not it.public]
        claim = harvested | index.bilag_for([c for it in closed for c in it.case_numbers],
                                            [a.title for it in closed for a in it.attachments]) if closed else set()
        rows = [r for r in rows if r[0] in claim and r[3] != PENDING]
        if not rows:
            _mark(store, marked)
            return
    new = [ItemFacts(key=rid, origin=origin, number=it.number, title=it.title, public=it.public,
                     case_numbers=list(it.case_numbers), attachments=[(a.number, a.title) for a in it.attachments],
                     text="\n".join([it.title, it.body_text, *(d.text for d in it.decisions)]), date=date)
           for (rid, date), it in zip(stored, doc.items, strict=False)]
    cache: dict = {}
    for bilag_id, item, method, _, _ in rows:
        facts = _bilag_facts(store, bilag_id)
        dangling = item is None and method is not None  # its item was removed with the minutes just replaced
        if not dangling and not _may_concern(facts, new, weak=method in (None, *WEAK)):
            continue
        _apply(store, bilag_id, _decide(store, bilag_id, cache), analyzer)
    _mark(store, marked)


# -- linking once per ingest ------------------------------------------------------------------------

PENDING = "knyttes, når alle filer i indlæsningen er gemt"  # the reason while a link waits for its batch


def _mark(store: SQLiteStore, ids: list[int]) -> None:
    """Mark bilag to be linked when the batch ends (inside the caller's transaction): linked_at
    NULL is the mark, so a batch cut short leaves them marked and the next one links them."""
    for chunk in chunks(ids):
        store.conn.execute(f"UPDATE bilag_files SET linked_at=NULL WHERE document_id IN ({marks(chunk)})", chunk)


@contextmanager
def deferred_links(store: SQLiteStore) -> Iterator[None]:
    """Within this block a stored file does not relink bilag at once: a new bilag and the bilag
    a new meeting document may concern (by key, or all unlinked and content-linked ones of its
    municipality, since content likeness weighs every item) are marked, and each marked bilag is
    linked once at the end, against everything stored: the same outcome as linking everything at
    once, without linking a bilag again for every document that arrives (ingest: B x D -> B)."""
    cache = _cache(store)
    cache["deferred"] = cache.get("deferred", 0) + 1
    try:
        yield
    finally:
        cache["deferred"] -= 1
    if not cache["deferred"]:
        link_marked(store)


def link_marked(store: SQLiteStore) -> int:
    """Link every marked bilag (see `_mark`) in one transaction; the number linked."""
    from .sqlite import now_iso

    conn = store.conn
    marked = "SELECT document_id FROM bilag_files WHERE linked_at IS NULL ORDER BY document_id"
    with store.lock:
        # looked at first without the lock: a run (a queue worker's document) that marked nothing
        # does not take the global lock, which would wait for every other writer
        if conn.execute(marked + " LIMIT 1").fetchone() is None:
            return 0
        store._begin_write()  # global: marked bilag may be of any municipality
        try:
            ids = conn.execute(marked).fetchall()
            if ids:
                analyzer = store.analyzer_name()
                cache: dict = {}
                for (bilag_id,) in ids:
                    _apply(store, bilag_id, _decide(store, bilag_id, cache), analyzer)
                _index(store).version = store.data_version() + 1
                store._changed(now_iso())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    if ids and store.on_commit is not None:
        store.on_commit(store)
    return len(ids)


def _may_concern(facts: BilagFacts, new: list[ItemFacts], weak: bool) -> bool:
    """Can the new document's items change this bilag's link? Only evidence it brings can: it
    lists the file, prints its case number, or (for a bilag unlinked or linked by content only)
    lies in its folder or resembles it as much as a content link needs."""
    if not new:
        return False
    origin = new[0].origin
    if any(o == origin for o, _ in facts.harvested):
        return True
    if any(listed_match(facts, it) for it in new):
        return True
    if printed_case_numbers(facts, (c for it in new for c in it.case_numbers)):
        return True
    if not weak:
        return False
    if facts.folder and new[0].folder == facts.folder:
        return True
    return max(similarities(facts.tf, new).values(), default=0.0) >= SIMILARITY_MIN


# -- reading --------------------------------------------------------------------------------------

def unread_harvested(conn) -> list[tuple[str, str, str | None]]:
    """(url, content hash, municipality of the meeting it was listed in) of harvested bilag bytes
    not stored as a bilag record yet (same content): what `ingest_harvested_bilag` reads."""
    return [tuple(r) for r in conn.execute(
        "SELECT b.url, b.content_hash, d.municipality FROM bilag b LEFT JOIN documents d ON d.path = b.document_origin "
        "WHERE b.data IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents x WHERE x.content_hash = b.content_hash) "
        "ORDER BY b.url")]


def harvested_bytes(conn, url: str) -> bytes | None:
    row = conn.execute("SELECT data FROM bilag WHERE url=?", (url,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def take_relinked(store: SQLiteStore) -> list[tuple[str, int]]:
    """(path, id) of the bilag whose link a document stored since the last call changed."""
    ids = _cache(store).pop("relinked", [])
    out = []
    for doc_id in dict.fromkeys(ids):
        row = store.conn.execute("SELECT COALESCE(path, source) FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row:
            out.append((row[0], doc_id))
    return out


def link_note(conn, doc_id: int) -> str:
    """One line for the ingest report: where the bilag went and why."""
    row = conn.execute("SELECT b.item_id, b.method, b.reason, i.number, i.title, d.source FROM bilag_files b "
                       "LEFT JOIN items i ON i.id = b.item_id LEFT JOIN documents d ON d.id = i.document_id "
                       "WHERE b.document_id=?", (doc_id,)).fetchone()
    if row is None:
        return "ikke knyttet: ukendt bilag"
    item, method, reason, number, title, source = row
    if item is None:
        return f"ikke knyttet til et punkt ({reason})"
    return f"punkt {number or '?'} »{title}« i {source} ({method}: {reason})"


def hit_info(conn, ids: list[int]) -> dict[int, dict[str, Any]]:
    """For bilag page rows (items ids): the bilag and the item it is linked to, for search results."""
    out: dict[int, dict[str, Any]] = {}
    for chunk in chunks(ids):
        for row in conn.execute(
                "SELECT p.id, p.page, b.document_id, b.title, b.number, b.listed_as, b.method, b.ocr_pages, "
                "b.item_id, i.number, i.title, i.public, COALESCE(d.path, d.source), d.source, i.case_numbers "
                "FROM items p JOIN bilag_files b ON b.document_id = p.document_id "
                "LEFT JOIN items i ON i.id = b.item_id LEFT JOIN documents d ON d.id = i.document_id "
                f"WHERE p.id IN ({marks(chunk)})", chunk):
            (rid, page, bid, title, number, listed, method, ocr, item, inum, ititle, ipublic, iorigin, isource,
             icases) = row
            out[rid] = {"id": bid, "title": listed or title, "number": number, "page": page,
                        "ocr": page in json.loads(ocr or "[]"), "linked": item is not None, "method": method,
                        "item_number": inum, "item_title": ititle, "item_public": bool(ipublic) if item else None,
                        "item_origin": iorigin, "item_source": isource,
                        "case_numbers": json.loads(icases) if icases else [],
                        "url": f"/bilag/{bid}.pdf" + (f"#page={page}" if page else "")}
    return out


def bilag_pdf(conn, bilag_id: int) -> tuple[bytes, str] | None:
    """The stored file of a bilag and its name, when it may be shown: stored, and not a closed item's."""
    row = conn.execute("SELECT b.data, d.source, i.public FROM bilag_files b JOIN documents d ON d.id = b.document_id "
                       "LEFT JOIN items i ON i.id = b.item_id WHERE b.document_id=?", (bilag_id,)).fetchone()
    if row is None or row[0] is None or row[2] == 0:
        return None
    return bytes(row[0]), row[1]


def bilag_of_items(conn) -> list[dict[str, Any]]:
    """Every linked, showable bilag with its item's document origin and number (for the API's
    File objects and the item pages), and every unlinked one (item fields None)."""
    rows = conn.execute(
        "SELECT b.document_id, b.title, b.listed_as, b.number, b.size, b.pages, b.ocr_pages, b.method, b.reason, "
        "bd.content_hash, bd.source, i.number, i.title, i.public, COALESCE(d.path, d.source) "
        "FROM bilag_files b JOIN documents bd ON bd.id = b.document_id LEFT JOIN items i ON i.id = b.item_id "
        "LEFT JOIN documents d ON d.id = i.document_id ORDER BY b.document_id").fetchall()
    return [{"id": r[0], "title": r[2] or r[1], "first_line": r[1], "number": r[3], "size": r[4], "pages": r[5],
             "ocr_pages": json.loads(r[6] or "[]"), "method": r[7], "reason": r[8], "sha256": r[9],
             "file": r[10], "item_number": r[11], "item_title": r[12],
             "item_public": None if r[13] is None else bool(r[13]), "item_origin": r[14]}
            for r in rows]
