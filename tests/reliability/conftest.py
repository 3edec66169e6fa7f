# The web fixtures (a site over the corpus plus a closed item with secret text) serve the leak crawl too.
from ..web.conftest import catalog, client, documents  # noqa: F401
