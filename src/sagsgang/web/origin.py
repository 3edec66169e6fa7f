"""The absolute origin (scheme://host[/root]) links are built on, per request.

OParl ids and Atom ids must be absolute URLs, but `sagsgang serve` does not know the name it is
reached by (127.0.0.1, a proxy's host): the request does. A configured `base_url` wins; otherwise
the middleware records the request's base URL for the code that builds objects and feeds.
"""
from __future__ import annotations

from contextvars import ContextVar

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

_ORIGIN: ContextVar[str] = ContextVar("sagsgang_origin", default="")


def origin(configured: str = "") -> str:
    """The configured base URL, else the current request's (no trailing slash)."""
    return configured.rstrip("/") or _ORIGIN.get()


class OriginMiddleware:
    """Records the request's base URL for `origin()` for the duration of the request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _ORIGIN.set(str(Request(scope).base_url).rstrip("/"))
        try:
            await self.app(scope, receive, send)
        finally:
            _ORIGIN.reset(token)
