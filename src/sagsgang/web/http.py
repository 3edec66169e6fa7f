"""Conditional GET (RFC 9110) for polled resources such as the Atom feeds.

Feed readers poll every few minutes; with an ETag (a hash of the body) and Last-Modified (the
last ingest, the only moment the data changes) they ask "changed since?" and get an empty 304
instead of the whole feed again.
"""
from __future__ import annotations

import hashlib
from email.utils import format_datetime, parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import Response

from .since import parse_since


def _http_date(stamp: str | None) -> str | None:
    """An ISO timestamp as an HTTP date (GMT), None when there is none."""
    when = parse_since(stamp or "")
    return format_datetime(when.replace(microsecond=0), usegmt=True) if when else None


def conditional(request: Request, body: bytes, media_type: str, last_modified: str | None) -> Response:
    """`body` with ETag and Last-Modified; 304 when If-None-Match names the ETag or (without
    If-None-Match) If-Modified-Since is not before Last-Modified."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag}
    http_date = _http_date(last_modified)
    if http_date:
        headers["Last-Modified"] = http_date
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        if etag in tags or "*" in tags:
            return Response(status_code=304, headers=headers)
    elif http_date and request.headers.get("if-modified-since"):
        try:
            since = parsedate_to_datetime(request.headers["if-modified-since"])
        except (TypeError, ValueError):
            since = None
        if since is not None and since.tzinfo is not None and since >= parsedate_to_datetime(http_date):
            return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)
