"""How several search indexes follow one store's change log (`index_queue`).

Why a log and not a queue: with one PostgreSQL store and several web nodes, each node keeps its
own tantivy folder. If the index that applies a change deleted it (as the queue did), the other
nodes would never see it. So rows stay; each index keeps its position (the last change id it
applied) in a file inside its folder, applies everything after it, and records the position in
the store's `index_positions` (one row per folder) so that old rows can be pruned.

Pruning: a row goes once every *live* index has applied it (seq <= the lowest recorded
position). An index whose row was not refreshed for NODE_TIMEOUT (a node switched off) stops
counting, so a dead node cannot make the log grow forever; when it comes back its position is
below the pruned mark (`meta.index_log_pruned`) and it rebuilds from the stored records, as a new
node does. Pruning by age alone would throw away rows a live but slow node still needs (forcing
full rebuilds); by positions alone, one dead node would keep every row. With one index (SQLite,
one file) the lowest position is that index's own, so rows go right after they are applied,
exactly as the queue did.

Registering and pruning run under the store's global writer lock (BEGIN IMMEDIATE), so a prune
never races a new index registering its starting point. Change ids are in commit order because
every writer appends its rows last, under the change log's lock held to its commit (one writer at
a time on SQLite; on PostgreSQL writers of different municipalities run at once, store/postgres.py).

A node reading a replica (a connection that refuses writes, `read_only`) registers nothing and
prunes nothing: it keeps its position in its folder only. The nodes of the primary prune without
waiting for it; if the log was pruned past its position it rebuilds from the records, as a node
back from a long pause does.
"""
from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..store.batches import chunks, marks

POSITION_FILE = "sagsgang-index-position"
NODE_TIMEOUT = timedelta(days=7)
PRUNED_KEY = "index_log_pruned"


def node_name(folder: Path | None) -> str:
    """The name of an index in `index_positions`: host and folder, so a folder deleted and rebuilt
    in the same place takes over its old row instead of leaving a dead one behind."""
    if folder is None:
        return f"memory:{uuid.uuid4().hex}"
    return f"{socket.gethostname()}:{os.path.realpath(folder)}"


def read_position(folder: Path | None) -> int:
    """The last change id applied to the index in `folder` (0: none recorded; a folder from before
    the log holds everything up to the rows still queued, which is the same thing)."""
    if folder is None:
        return 0
    try:
        return int((folder / POSITION_FILE).read_text().strip() or 0)
    except (FileNotFoundError, ValueError):
        return 0


def write_position(folder: Path | None, position: int) -> None:
    """Record the position after tantivy committed: a crash between the two replays changes, which
    is harmless (every add is preceded by a delete of the same id)."""
    if folder is None:
        return
    tmp = folder / (POSITION_FILE + ".tmp")
    tmp.write_text(str(position))
    os.replace(tmp, folder / POSITION_FILE)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _upsert(conn, node: str, position: int) -> None:
    conn.execute("INSERT INTO index_positions(node, position, seen_at) VALUES (?,?,?) "
                 "ON CONFLICT(node) DO UPDATE SET position=excluded.position, seen_at=excluded.seen_at",
                 (node, position, _now()))


def read_only(conn) -> bool:
    """True when the store's connection refuses writes (a replica); SQLite connections never do here."""
    return bool(getattr(conn, "read_only", False))


def start_at_top(conn, node: str) -> int:
    """Register `node` at the newest change id and return it: the starting point of a rebuild
    from the stored records (which hold every change up to it)."""
    if read_only(conn):
        return _top(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        top = _top(conn)
        _upsert(conn, node, top)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return top


def _top(conn) -> int:
    """The newest change id, or the pruned mark when the log holds nothing newer."""
    top = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM index_queue").fetchone()[0]
    return max(int(top), pruned_mark(conn))


def pruned_mark(conn) -> int:
    """The highest change id pruned from the log: an index behind it has missed changes."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PRUNED_KEY,)).fetchone()
    return int(row[0]) if row else 0


def record_and_prune(conn, node: str, position: int) -> int:
    """Record `node`'s position, forget indexes not seen for NODE_TIMEOUT, and prune the rows every
    remaining index has applied; return the pruned mark. On a replica: only the mark."""
    if read_only(conn):
        return pruned_mark(conn)
    cutoff = (datetime.now(UTC) - NODE_TIMEOUT).isoformat(timespec="seconds")
    conn.execute("BEGIN IMMEDIATE")
    try:
        _upsert(conn, node, position)
        conn.execute("DELETE FROM index_positions WHERE seen_at < ? AND node <> ?", (cutoff, node))
        low = int(conn.execute("SELECT MIN(position) FROM index_positions").fetchone()[0])
        mark = pruned_mark(conn)
        if low > mark:
            conn.execute("DELETE FROM index_queue WHERE seq <= ?", (low,))
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (PRUNED_KEY, str(low)))
            mark = low
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return mark


def superseded(conn, item_ids: Iterable[int], after: int) -> set[int]:
    """The items among `item_ids` with a change after id `after`: their earlier changes are skipped,
    so an index catching up never shows, even between two commits, a version that a later change
    replaced or removed (e.g. the text of an item that was public and is now closed)."""
    ids = sorted(set(item_ids))
    found: set[int] = set()
    for part in chunks(ids):
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT item_id FROM index_queue WHERE seq > ? AND item_id IN ({marks(part)})", (after, *part)))
    return found
