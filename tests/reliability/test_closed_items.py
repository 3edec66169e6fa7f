"""A closed item keeps title, number and case numbers; no table of the store keeps its text.

The store compresses bodies and parsed documents with zlib, so a plain dump of the database
would not show a secret even if it were stored: every blob is decompressed before searching, and
the same dump must show an open item's text (proof that it can see compressed content)."""
from __future__ import annotations

import sqlite3
import zlib

from sagsgang.search import open_index, search

from ..web.conftest import SECRET, closed_fixture

SECRET_WORDS = [w.casefold() for w in SECRET.split("-")]


def plain_cells(conn: sqlite3.Connection) -> str:
    """Every cell of every table as text, zlib-compressed blobs decompressed."""
    out = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for cell in row:
                if isinstance(cell, bytes):
                    try:
                        cell = zlib.decompress(cell).decode("utf-8")
                    except (zlib.error, UnicodeDecodeError):
                        cell = cell.decode("utf-8", "replace")
                out.append(str(cell))
    return "\n".join(out).casefold()


def test_closed_text_is_stored_nowhere_but_title_and_number_are(tmp_path, site_documents):
    db = tmp_path / "closed.db"
    store = open_index(str(db))
    for doc in site_documents:
        store.put_document(doc, f"/corpus/{doc.source}")
    dump = plain_cells(store.conn)
    # the dump sees compressed text: the open item's body sits in zlib blobs only
    assert "klagede" in dump
    for word in SECRET_WORDS:
        assert word not in dump, word
    (closed,) = [it for d in store.documents() if d.source == "faxe_oeu.txt" for it in d.items if not it.public]
    assert (closed.title, closed.number, closed.case_numbers) == ("Personalesag", "9", ["24-009999"])
    assert closed.sections[0].text == "" and closed.intro == "" and closed.decisions[0].text == ""
    assert [h["title"] for h in search(store, "24-009999")["results"]] == ["Personalesag"]
    # the secret words find at most closed items by their title ("…sag"), never their text
    hits = search(store, " ".join(SECRET_WORDS))["results"]
    assert all(h["public"] is False and h["snippet"] == "" for h in hits)
    assert not any(w in str(hits).casefold() for w in SECRET_WORDS)
    store.close()


def test_closed_fixture_really_carries_the_secret():
    """Else the checks above would pass for want of anything to hide."""
    (closed,) = [it for it in closed_fixture().items if not it.public]
    assert SECRET in closed.intro and SECRET in closed.sections[0].text and SECRET in closed.decisions[0].text
