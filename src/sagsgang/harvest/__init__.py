"""Harvest: fetch council documents from publishing sites and ingest them as they arrive.

    polite.PoliteClient     one request at a time per host, delay, robots.txt, retries, timeouts
    firstagenda.harvest_site a FirstAgenda Publication site: committees -> meetings -> bilag

Only new or changed documents are fetched (conditional GET with the validators the store keeps
per URL); state is written per meeting in the document's own transaction, so an interrupted
harvest resumes without fetching again what it has.
"""
from .firstagenda import SiteReport, harvest_site
from .polite import FetchError, PoliteClient

__all__ = ["FetchError", "PoliteClient", "SiteReport", "harvest_site"]
