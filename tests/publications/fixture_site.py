"""A FirstAgenda Publication site on 127.0.0.1 for harvest tests: real Greve meeting JSON under the
real URL layout, a committee list built from them, bilag bytes, ETag/Last-Modified/304, a
robots.txt, and faults on demand. Every request is logged with whether it was conditional."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TRUNCATED = -1  # a 200 whose body stops short of its Content-Length
SLOW = -2       # an answer that comes after the client's timeout


@dataclass
class Request:
    path: str
    conditional: bool
    user_agent: str
    status: int


@dataclass
class Site:
    meetings: dict[str, bytes]  # meeting id -> JSON bytes as served
    robots: str = "User-agent: *\nDisallow: /private/\n"
    # path -> statuses to answer first; TRUNCATED and SLOW are faults, not statuses
    faults: dict[str, list[int]] = field(default_factory=dict)
    extra: dict[str, bytes] = field(default_factory=dict)  # other paths -> bytes
    log: list[Request] = field(default_factory=list)

    def listing(self) -> bytes:
        committees: dict[str, dict] = {}
        for mid, data in self.meetings.items():
            d = json.loads(data)
            c = committees.setdefault(d["Udvalg"]["Id"], {"Navn": d["Udvalg"]["Navn"], "Id": d["Udvalg"]["Id"],
                                                          "Moeder": []})
            c["Moeder"].append({"Id": mid, "Dato": d["Moede"]["Dato"]})
        return json.dumps({"Udvalg": {"Aktuelle politiske udvalg": list(committees.values())}}).encode()

    def body(self, path: str) -> bytes | None:
        if path in self.extra:
            return self.extra[path]
        if path == "/robots.txt":
            return self.robots.encode()
        if path == "/api/agenda/udvalgsliste":
            return self.listing()
        if path.startswith("/api/agenda/dagsorden/"):
            return self.meetings.get(path.rsplit("/", 1)[-1])
        if path.startswith("/vis/pdf/bilag/"):
            return b"%PDF-1.4 bilag " + path.encode()
        return None

    def fetched(self, prefix: str, conditional: bool | None = None) -> list[Request]:
        return [r for r in self.log if r.path.startswith(prefix)
                and (conditional is None or r.conditional == conditional)]


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
            faults = site.faults.get(path)
            if faults and faults[0] in (TRUNCATED, SLOW):
                fault = faults.pop(0)
                site.log.append(Request(path, conditional, self.headers.get("User-Agent", ""), fault))
                try:
                    if fault == SLOW:
                        time.sleep(1.0)
                    self.send_response(200)
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    self.wfile.write(b'{"Dagsordenpunkter": [')
                    self.wfile.flush()
                except OSError:
                    pass
                self.close_connection = True
                return
            if faults:
                status = faults.pop(0)
                site.log.append(Request(path, conditional, self.headers.get("User-Agent", ""), status))
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = site.body(path)
            if data is None:
                site.log.append(Request(path, conditional, self.headers.get("User-Agent", ""), 404))
                self.send_error(404)
                return
            etag = '"' + hashlib.sha1(data).hexdigest() + '"'
            modified = formatdate(1_700_000_000, usegmt=True)
            if self.headers.get("If-None-Match") == etag:
                site.log.append(Request(path, conditional, self.headers.get("User-Agent", ""), 304))
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            site.log.append(Request(path, conditional, self.headers.get("User-Agent", ""), 200))
            self.send_response(200)
            self.send_header("Content-Type", "application/json" if path.startswith("/api") else "application/pdf")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(data)

    return Handler


class Server:
    """`with Server(site) as base:` serves `site` at http://127.0.0.1:<free port>."""

    def __init__(self, site: Site) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def greve_site(folder: Path, count: int = 4) -> Site:
    """The first `count` Greve meetings of the corpus, served under their meeting ids."""
    files = sorted(folder.glob("*.json"))[:count]
    return Site({json.loads(p.read_bytes())["Id"]: p.read_bytes() for p in files})
