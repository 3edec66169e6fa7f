"""The harvester's manners, one by one, against an in-process transport (httpx.MockTransport) and a
recorded clock: no network, no real waiting. Expected values by hand from the rules in
harvest/polite.py (and RFC 9309 for robots.txt)."""
from __future__ import annotations

import email.utils
from datetime import UTC

import httpx
import pytest

from sagsgang import __version__
from sagsgang.harvest import polite
from sagsgang.harvest.polite import MAX_RETRY_AFTER, FetchError, PoliteClient


class Clock:
    """time.monotonic / time.sleep / time.time replaced: sleeping advances the clock."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(polite.time, "monotonic", c.monotonic)
    monkeypatch.setattr(polite.time, "sleep", c.sleep)
    monkeypatch.setattr(polite.time, "time", c.time)
    return c


def site(answers: dict[str, list[httpx.Response]], robots: httpx.Response | None = None):
    """A transport answering each path from its list in turn (the last answer repeats); every request kept."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return robots or httpx.Response(404)
        queue = answers[request.url.path]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return httpx.MockTransport(handler), seen


def client(transport, **kw) -> PoliteClient:
    return PoliteClient(contact="data@example.dk", transport=transport, **kw)


def test_user_agent_names_the_program_and_a_contact(clock):
    transport, seen = site({"/a": [httpx.Response(200, content=b"x")]})
    client(transport).get("https://site.dk/a")
    assert {r.headers["User-Agent"] for r in seen} == {f"sagsgang/{__version__} (+data@example.dk)"}


def test_one_request_at_a_time_per_host_with_the_delay_between(clock):
    transport, _ = site({"/a": [httpx.Response(200)], "/b": [httpx.Response(200)]})
    c = client(transport, delay=2.5)
    c.get("https://one.dk/a")   # robots.txt, then /a 2.5 s later
    c.get("https://one.dk/b")
    c.get("https://two.dk/a")   # another host: its own robots.txt at once, then 2.5 s
    assert clock.sleeps == [2.5, 2.5, 2.5]
    clock.now += 10  # long after the last request: no wait
    c.get("https://one.dk/a")
    assert clock.sleeps == [2.5, 2.5, 2.5]


def test_retries_with_doubling_backoff_then_succeeds(clock):
    transport, _ = site({"/a": [httpx.Response(503), httpx.Response(502), httpx.Response(200, content=b"ok")]})
    c = client(transport, delay=0, backoff=1.5)
    got = c.get("https://site.dk/a")
    assert (got.status, got.data) == (200, b"ok")
    assert clock.sleeps == [1.5, 3.0] and c.requests["retry"] == 2 and c.requests["get"] == 3


def test_retry_after_in_seconds_capped_as_a_date_or_unreadable(clock):
    from datetime import datetime

    answers = iter([("7", 429), ("100000", 429), ("date+30", 503), ("date-30", 503), ("snart", 503), (None, 200)])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        after, status = next(answers)
        if after and after.startswith("date"):
            when = datetime.fromtimestamp(clock.now + int(after[4:]), UTC)
            after = email.utils.format_datetime(when, usegmt=True)
        return httpx.Response(status, headers={"Retry-After": after} if after else {})

    client(httpx.MockTransport(handler), delay=0, backoff=2, retries=5).get("https://site.dk/a")
    # seconds as given; capped; until the date (30 s); a date past: no wait; unreadable: the backoff (2 * 2**4)
    assert clock.sleeps == [7, MAX_RETRY_AFTER, 30, 0, 32]


def test_gives_up_after_the_retries_with_the_reason(clock):
    transport, _ = site({"/a": [httpx.Response(500)]})
    c = client(transport, delay=0, backoff=1, retries=3)
    with pytest.raises(FetchError) as exc:
        c.get("https://site.dk/a")
    assert exc.value.reason == "HTTP 500 after 3 retries" and not exc.value.forbidden
    assert clock.sleeps == [1, 2, 4] and c.requests["get"] == 4

    def refuse(request):
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        raise httpx.ConnectError("refused")

    c = client(httpx.MockTransport(refuse), delay=0, backoff=1, retries=1)
    with pytest.raises(FetchError) as exc:
        c.get("https://site.dk/a")
    assert exc.value.reason == "ConnectError: refused"


@pytest.mark.parametrize(("robots", "allowed"), [
    (httpx.Response(200, text="User-agent: *\nDisallow: /privat/\n"), {"/a": True, "/privat/x": False}),
    (httpx.Response(404), {"/a": True, "/privat/x": True}),       # no robots.txt: everything allowed
    (httpx.Response(403), {"/a": False, "/privat/x": False}),     # forbidden robots.txt: nothing
    (httpx.Response(401), {"/a": False, "/privat/x": False}),
])
def test_robots_txt_decides_and_is_read_once_per_host(clock, robots, allowed):
    transport, seen = site({"/a": [httpx.Response(200)], "/privat/x": [httpx.Response(200)]}, robots)
    c = client(transport, delay=0)
    for path, ok in allowed.items():
        if ok:
            assert c.get("https://site.dk" + path).status == 200
        else:
            with pytest.raises(FetchError) as exc:
                c.get("https://site.dk" + path)
            assert exc.value.forbidden and exc.value.reason == "forbidden by robots.txt"
    assert [r.url.path for r in seen].count("/robots.txt") == 1 and c.requests["robots"] == 1


def test_unreachable_robots_txt_forbids_everything(clock):
    transport, _ = site({"/a": [httpx.Response(200)]}, httpx.Response(503))
    c = client(transport, delay=0, backoff=0, retries=1)
    assert not c.allowed("https://site.dk/a")


def test_conditional_get_sends_the_validators_and_a_304_is_not_modified(clock):
    transport, seen = site({"/a": [httpx.Response(304)]})
    c = client(transport, delay=0)
    got = c.get("https://site.dk/a", {"etag": '"v1"', "last_modified": "Mon, 01 Dec 2025 10:00:00 GMT"})
    request = seen[-1]
    assert request.headers["If-None-Match"] == '"v1"'
    assert request.headers["If-Modified-Since"] == "Mon, 01 Dec 2025 10:00:00 GMT"
    assert got.not_modified and got.data == b"" and c.requests["conditional"] == 1 and c.requests["get"] == 0
    got = c.get("https://site.dk/a", {"etag": None, "last_modified": None})  # nothing stored: a plain GET
    assert "If-None-Match" not in seen[-1].headers and c.requests["get"] == 1


def test_answer_fields_and_refused_answers(clock):
    transport, _ = site({"/a": [httpx.Response(200, content=b"{}", headers={
        "ETag": '"e"', "Last-Modified": "Tue, 02 Dec 2025 08:00:00 GMT", "Content-Type": "application/json"})],
        "/gone": [httpx.Response(404)],
        "/cut": [httpx.Response(200, content=b"abc", headers={"Content-Length": "10"})]})
    c = client(transport, delay=0)
    got = c.get("https://site.dk/a")
    assert (got.etag, got.last_modified, got.content_type, got.data, got.not_modified) == (
        '"e"', "Tue, 02 Dec 2025 08:00:00 GMT", "application/json", b"{}", False)
    assert got.fetched_at[:4].isdigit() and got.fetched_at[-6:] in ("+01:00", "+02:00")  # Copenhagen time
    with pytest.raises(FetchError) as exc:
        c.get("https://site.dk/gone")
    assert exc.value.reason == "HTTP 404"
    with pytest.raises(FetchError) as exc:
        c.get("https://site.dk/cut")
    assert exc.value.reason == "truncated body (3 of 10 bytes)"


def test_close_closes_the_http_client(clock):
    transport, _ = site({"/a": [httpx.Response(200)]})
    c = client(transport)
    c.close()
    assert c.client.is_closed
