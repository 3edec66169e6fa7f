"""`sagsgang serve`: the web UI (Danish), the JSON API and the feeds over a database."""
from __future__ import annotations

import argparse
import sys

from . import DB_HELP

HELP = "serve the web UI in Danish, the OParl-shaped JSON API (/api/v1) and Atom feeds"
DESCRIPTION = """Start a web server over an ingested database: search with facets and snippets,
item, case, meeting, municipality (coverage), committee and theme pages, the JSON API under
/api/v1 (OpenAPI at /api/v1/openapi.json) and Atom feeds for searches, cases and committees.
The pages work without JavaScript. An ingest (or queue workers) may run at the same time: new
documents appear about a second after they are committed, never half-way."""
EPILOG = """examples:
  sagsgang serve                         http://127.0.0.1:8000 over ./sagsgang.db
  sagsgang serve --db kommuner.db --port 9000"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")


class Modified:
    """content hash -> when the document was last (re)ingested, asked of the store per hash
    (the app's `modified` mapping without loading every document's time)."""

    def __init__(self, store) -> None:
        self.store = store

    def get(self, content_hash, default=None):
        found = self.store.ingested_at(content_hash) if content_hash else None
        return default if found is None else found

    def __getitem__(self, content_hash):
        found = self.get(content_hash)
        if found is None:
            raise KeyError(content_hash)
        return found

    def __contains__(self, content_hash) -> bool:
        return self.get(content_hash) is not None

    def latest(self, hashes) -> str | None:
        """The newest time of these documents, in one query (a municipality's `modified`)."""
        return self.store.latest_ingest([h for h in hashes if h])


class Tombstones:
    """The store's tombstones, read when a listing asks for them (with modified_since), not at
    every new data version: during a live ingest that is every request."""

    def __init__(self, store) -> None:
        self.store = store

    def __iter__(self):
        return iter(self.store.tombstones())


def make_loader(db: str | None):
    """A `load()` for the app. Pages are answered by the store's indexed queries (StoreCatalog),
    so nothing is built at start or after an ingest: a new data version costs a new small object,
    never a rebuild on the event loop."""
    from functools import partial

    from ..search import search
    from ..store import open_store
    from ..web.app import Data
    from ..web.catalog import StoreCatalog

    store = open_store(db, create=False)
    cache: dict = {}

    def load() -> Data:
        version = store.data_version()
        if cache.get("version") != version:
            cache["data"] = Data(StoreCatalog(store), partial(search, store), store.last_ingest(),
                                 Modified(store), Tombstones(store), store.bilag_list(), store.bilag_file)
            cache["version"] = version
        return cache["data"]

    return load


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..search.follow import follow
    from ..web.app import create_app

    load = make_loader(args.db)
    load()
    follower = follow(args.db)  # searches answer from the index while it applies new documents
    print(f"sagsgang: serving on http://{args.host}:{args.port}  (Ctrl-C stops)", file=sys.stderr)
    try:
        uvicorn.run(create_app(load), host=args.host, port=args.port, log_level="warning")
    finally:
        follower.stop()
    return 0
