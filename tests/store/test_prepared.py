"""A document prepared away from the writers' lock (store.prepare.prepare: in the parsing process
with `ingest --jobs N`, else before BEGIN) is stored exactly as before; one prepared for another
origin is prepared again (issue 19, session 8)."""
from __future__ import annotations

import os
from pathlib import Path

from sagsgang.ingest import parse_path, parse_prepared
from sagsgang.search import index_item, open_writer

from ..generated import demo_folder

TABLES = {
    "documents": "id, source, path, content_hash, municipality, document_type, parsed, options, uid, meeting_uid, "
                 "units",
    "items": "*",
    "decisions": "*",
    "attachments": "*",
    "index_queue": "item_id, title, decision, body",
    "link_items": "*",
    "link_keys": "*",
    "link_bands": "*",
    "link_inputs": "*",
    "cases": "*",
    "case_treatments": "*",
    "tombstones": "object_id, object_type, municipality",
}


def _rows(store) -> dict[str, list[tuple]]:
    out = {}
    for table, columns in TABLES.items():
        rows = store.conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
        out[table] = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]
    return out


def test_a_document_prepared_by_the_parsing_process_is_stored_as_the_writer_would(tmp_path, new_db):
    folder = demo_folder(tmp_path, 12)
    paths = sorted(str(p) for p in Path(folder).iterdir())
    plain, prepared = open_writer(new_db()), open_writer(new_db())
    try:
        made = 0
        for path in paths + paths[:2]:  # the last two again: 'unchanged', whatever was prepared
            _, doc, _, _ = parse_path(path)
            plain.put_document(doc, os.path.abspath(path))
            out = parse_prepared(path, False, (None, prepared.analyzer_name(), index_item))
            made += len(out) == 5
            prepared.put_document(out[1], os.path.abspath(path), prepared=out[4] if len(out) == 5 else None)
        assert made == len(paths) + 2
        assert _rows(prepared) == _rows(plain)
        assert _rows(plain)["items"]
    finally:
        plain.close()
        prepared.close()


def test_what_was_prepared_for_another_origin_is_prepared_again(tmp_path, new_db):
    folder = demo_folder(tmp_path, 3)
    paths = sorted(str(p) for p in Path(folder).iterdir())
    plain, prepared = open_writer(new_db()), open_writer(new_db())
    try:
        for path in paths:
            elsewhere = str(tmp_path / "elsewhere" / Path(path).name)
            _, doc, _, _ = parse_path(path)
            plain.put_document(doc, elsewhere)
            out = parse_prepared(path, False, (None, prepared.analyzer_name(), index_item))
            prepared.put_document(out[1], elsewhere, prepared=out[4])
        assert _rows(prepared) == _rows(plain)
        assert {r[2] for r in _rows(prepared)["documents"]} == {
            str(tmp_path / "elsewhere" / Path(p).name) for p in paths}
    finally:
        plain.close()
        prepared.close()
