"""A FirstAgenda Publication site (about 77 Danish municipalities): recognised by its committee
list at `/api/agenda/udvalgsliste` ({"Udvalg": {group: [{"Navn", "Id", "Moeder": [{"Id", "Dato"}]}]}}),
each meeting's JSON at `/api/agenda/dagsorden/{id}`, each bilag at `/vis/pdf/bilag/{id}` on the
same site. Meetings are fetched oldest first, each conditionally when the store has validators for
it, ingested through the ordinary ingest path (read -> parse -> store) with its URL as origin and
its fetch state in the same transaction; then its bilag are fetched and kept as bytes.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..ingest import ingest_fetched
from .polite import Fetched, FetchError, PoliteClient

LISTING = "/api/agenda/udvalgsliste"
MEETING = "/api/agenda/dagsorden/{id}"


@dataclass
class SiteReport:
    site: str
    meetings: int = 0   # listed (after --since)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    bilag: int = 0        # fetched (new or changed)
    bilag_unchanged: int = 0
    error: str | None = None  # the site itself could not be harvested

    def refused(self, url: str, exc: FetchError) -> None:
        """A fetch that failed: forbidden by robots.txt is counted apart from failures."""
        if exc.forbidden:
            self.forbidden.append(url)
        else:
            self.failed.append((url, exc.reason))

    @property
    def ok(self) -> bool:
        return self.error is None and not self.failed

    def line(self) -> str:
        head = f"{self.site}: {self.meetings} meetings: {self.new} new, {self.changed} changed, " \
               f"{self.unchanged} unchanged, {len(self.failed)} failed"
        if self.forbidden:
            head += f", {len(self.forbidden)} forbidden by robots.txt"
        head += f"; bilag {self.bilag} fetched, {self.bilag_unchanged} unchanged"
        return head + (f"; SITE FAILED: {self.error}" if self.error else "")


def site_base(url: str) -> str:
    parts = urlsplit(url if "://" in url else "https://" + url)
    return f"{parts.scheme}://{parts.netloc}"


def meetings_of(listing: dict) -> list[tuple[str, str]]:
    """(meeting id, date) of every meeting in the committee list, all groups, oldest first.
    ValueError when the JSON is not a FirstAgenda committee list."""
    groups = listing.get("Udvalg") if isinstance(listing, dict) else None
    if not isinstance(groups, dict):
        raise ValueError("no 'Udvalg' groups: not a FirstAgenda Publication committee list")
    out: dict[str, str] = {}
    for committees in groups.values():
        for committee in committees or []:
            for m in committee.get("Moeder") or []:
                if m.get("Id"):
                    out[str(m["Id"])] = str(m.get("Dato") or "")
    return sorted(out.items(), key=lambda kv: (kv[1], kv[0]))


def _state(fetched: Fetched, data_hash: str | None) -> dict:
    return {"url": fetched.url, "etag": fetched.etag, "last_modified": fetched.last_modified,
            "content_hash": data_hash, "status": fetched.status, "fetched_at": fetched.fetched_at}


def harvest_site(client: PoliteClient, store, url: str, *, municipality: str | None = None,
                 since: str | None = None, bilag: bool = True,
                 progress: Callable[[int, int, str], None] | None = None) -> SiteReport:
    """Harvest one FirstAgenda Publication site into `store` (an index-opened store)."""
    base = site_base(url)
    report = SiteReport(base)
    listing_url = base + LISTING
    try:
        listed = client.get(listing_url, store.fetch_state(listing_url))
        cached = store.get_meta(f"listing:{listing_url}") if listed.not_modified else None
        if listed.not_modified and not cached:  # the store lost it: fetch it in full, and keep it below
            listed = client.get(listing_url)
        listing = json.loads(cached) if cached else json.loads(listed.data)
        meetings = meetings_of(listing)
    except (FetchError, ValueError) as exc:
        report.error = f"not a FirstAgenda Publication site or unreachable ({exc})"
        return report
    if not listed.not_modified:
        store.set_meta(f"listing:{listing_url}", json.dumps(listing, ensure_ascii=False))
        store.record_fetch(_state(listed, hashlib.sha256(listed.data).hexdigest()))
    if since:
        meetings = [(mid, date) for mid, date in meetings if date[:10] >= since]
    report.meetings = len(meetings)
    for n, (mid, _date) in enumerate(meetings, start=1):
        meeting_url = base + MEETING.format(id=mid)
        _harvest_meeting(client, store, meeting_url, municipality, bilag, report)
        if progress:
            progress(n, len(meetings), meeting_url)
    return report


def _fetched(client: PoliteClient, store, url: str, report: SiteReport) -> Fetched | None:
    """`url` fetched against the state the store keeps for it (a conditional request), or None when the site
    refused it (counted in `report`): a meeting and its bilag are fetched so alike."""
    try:
        return client.get(url, store.fetch_state(url))
    except FetchError as exc:
        report.refused(url, exc)
        return None


def _harvest_meeting(client: PoliteClient, store, url: str, municipality: str | None, bilag: bool,
                     report: SiteReport) -> None:
    fetched = _fetched(client, store, url, report)
    if fetched is None:
        return
    if fetched.not_modified:
        report.unchanged += 1
        return
    digest = hashlib.sha256(fetched.data).hexdigest()
    name = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] + ".json"
    status, doc, error = ingest_fetched(store, fetched.data, url, name=name, municipality=municipality,
                                        fetch=_state(fetched, digest))
    if doc is None:
        report.failed.append((url, error or status))
        return
    if status == "new":
        report.new += 1
    elif status == "replaced":
        report.changed += 1
    else:
        report.unchanged += 1
    if bilag:
        _harvest_bilag(client, store, url, doc, report)


def _harvest_bilag(client: PoliteClient, store, origin: str, doc, report: SiteReport) -> None:
    """Each public item's bilag, from the site the meeting came from; kept as fetched bytes."""
    for item in doc.items:
        if not item.public:
            continue
        for a in item.attachments:
            if not a.url:
                continue
            url = urljoin(origin, urlsplit(a.url).path)  # the harvested site serves its own files
            fetched = _fetched(client, store, url, report)
            if fetched is None:
                continue
            if fetched.not_modified:
                report.bilag_unchanged += 1
                continue
            store.put_bilag(url, origin, item.number, a.title, fetched.content_type, fetched.data,
                            _state(fetched, hashlib.sha256(fetched.data).hexdigest()))
            report.bilag += 1


def stderr_progress(site: str) -> Callable[[int, int, str], None]:
    """A progress line per site on stderr (a bar on a terminal, a line per 25 meetings otherwise)."""
    tty = sys.stderr.isatty()

    def show(done: int, total: int, url: str) -> None:
        if tty:
            width = 30
            filled = int(width * done / total) if total else width
            sys.stderr.write(f"\r{site} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif done % 25 == 0 or done == total:
            print(f"{site}: {done}/{total} meetings", file=sys.stderr)

    return show
