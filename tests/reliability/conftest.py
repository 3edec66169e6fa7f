"""A site over generated documents (never skipped: no ../shared needed) plus the synthetic closed
item whose body carries secret text, with a real search over a store of the same documents."""
from __future__ import annotations

from functools import partial

import pytest
from starlette.testclient import TestClient

from sagsgang.parse import parse_file
from sagsgang.search import open_index, search
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

from ..generated import demo_folder
from ..web.conftest import closed_fixture


@pytest.fixture(scope="session")
def site_documents(tmp_path_factory):
    folder = demo_folder(tmp_path_factory.mktemp("site"), 24, formats=("txt", "html", "pdf"), seed=5)
    return [parse_file(p) for p in sorted(folder.iterdir())] + [closed_fixture()]


@pytest.fixture(scope="session")
def site_client(site_documents, tmp_path_factory):
    """The catalog holds the closed item's secret text as a careless store might; search runs over
    a real store of the same documents."""
    store = open_index(str(tmp_path_factory.mktemp("site-db") / "site.db"))
    for doc in site_documents:
        store.put_document(doc, f"/corpus/{doc.source}")
    data = Data(Catalog(site_documents), partial(search, store), store.last_ingest(), store.document_modified(),
                store.tombstones())
    yield TestClient(create_app(lambda: data))
    store.close()
