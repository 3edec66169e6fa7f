"""An HTTP client that behaves: robots.txt honoured, one request at a time per host with a delay,
a User-Agent naming a contact, timeouts, retries with backoff on 429/5xx (Retry-After honoured),
and conditional GETs from stored validators. httpx does the HTTP; this adds the manners."""
from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import httpx

from .. import __version__

TZ = ZoneInfo("Europe/Copenhagen")
RETRY_STATUS = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0  # seconds; a longer Retry-After is capped (the harvest must finish)


class FetchError(Exception):
    """A URL could not be fetched (after retries), or robots.txt forbids it."""

    def __init__(self, url: str, reason: str, forbidden: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.forbidden = forbidden


@dataclass
class Fetched:
    url: str
    status: int  # 200, or 304 when the stored copy is current
    data: bytes
    etag: str | None
    last_modified: str | None
    content_type: str | None
    fetched_at: str

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class PoliteClient:
    contact: str
    delay: float = 1.0
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 1.0
    transport: httpx.BaseTransport | None = None
    requests: Counter = field(default_factory=Counter)  # per kind: get, conditional, robots, retry
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.user_agent = f"sagsgang/{__version__} (+{self.contact})"
        self.client = httpx.Client(timeout=self.timeout, follow_redirects=True, transport=self.transport,
                                   headers={"User-Agent": self.user_agent})

    def close(self) -> None:
        self.client.close()

    # -- manners ---------------------------------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        rp = self._robots.get(base)
        if rp is None:
            rp = urllib.robotparser.RobotFileParser(base + "/robots.txt")
            try:
                response = self._send("GET", base + "/robots.txt", {}, kind="robots")
                status = response.status_code
                text = response.text if status == 200 else ""
            except FetchError:
                status, text = 503, ""
            if status in (401, 403):
                rp.disallow_all = True
            elif status >= 500:
                rp.disallow_all = True  # unreachable robots.txt: assume nothing may be fetched (RFC 9309)
            else:
                rp.parse(text.splitlines())
            self._robots[base] = rp
        return rp.can_fetch(self.user_agent, url)

    def _send(self, method: str, url: str, headers: dict[str, str], kind: str) -> httpx.Response:
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            with self._lock:
                self._wait_turn(host)
                self.requests[kind] += 1
                try:
                    response = self.client.request(method, url, headers=headers)
                    error = None
                except httpx.TransportError as exc:  # timeouts, refused connections, truncated bodies
                    response, error = None, f"{type(exc).__name__}: {exc}"
            if response is not None and response.status_code not in RETRY_STATUS:
                return response
            attempt += 1
            if attempt > self.retries:
                reason = error or f"HTTP {response.status_code} after {self.retries} retries"
                raise FetchError(url, reason)
            self.requests["retry"] += 1
            time.sleep(self._retry_pause(response, attempt))

    def _retry_pause(self, response: httpx.Response | None, attempt: int) -> float:
        after = response.headers.get("Retry-After") if response is not None else None
        if after:
            try:
                return min(MAX_RETRY_AFTER, max(0.0, float(after)))
            except ValueError:
                try:
                    when = email.utils.parsedate_to_datetime(after)
                except (TypeError, ValueError):  # neither seconds nor a date: the usual backoff
                    when = None
                if when is not None:
                    return min(MAX_RETRY_AFTER, max(0.0, when.timestamp() - time.time()))
        return self.backoff * (2 ** (attempt - 1))

    # -- fetching --------------------------------------------------------------------------------
    def get(self, url: str, state: dict | None = None) -> Fetched:
        """GET `url`; with a stored `state` (etag, last_modified) the request is conditional and a
        304 comes back as `not_modified`. FetchError when forbidden or failing after retries."""
        if not self.allowed(url):
            raise FetchError(url, "forbidden by robots.txt", forbidden=True)
        headers = {}
        if state and state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state and state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        response = self._send("GET", url, headers, kind="conditional" if headers else "get")
        if response.status_code not in (200, 304):
            raise FetchError(url, f"HTTP {response.status_code}")
        data = response.content if response.status_code == 200 else b""
        expected = response.headers.get("Content-Length")
        if response.status_code == 200 and expected and expected.isdigit() and int(expected) != len(data):
            raise FetchError(url, f"truncated body ({len(data)} of {expected} bytes)")
        return Fetched(url, response.status_code, data, response.headers.get("ETag"),
                       response.headers.get("Last-Modified"), response.headers.get("Content-Type"),
                       datetime.now(TZ).isoformat(timespec="seconds"))
