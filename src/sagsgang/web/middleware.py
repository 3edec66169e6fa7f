"""The one ASGI middleware of the site: the request's origin for absolute links, and the response
headers every answer carries.

Origin: OParl ids and Atom ids must be absolute URLs, but `sagsgang serve` does not know the name
it is reached by (127.0.0.1, a proxy's host): the request does. A configured `base_url` wins;
otherwise `origin()` answers the current request's base URL.

Headers: the pages use no script and no inline style (one stylesheet under /static), so a strict
Content-Security-Policy costs nothing and turns any markup that slipped through escaping inert;
`frame-ancestors 'none'` stops another site from framing the pages. The API and the feeds only
answer GET with public data, so any origin may read them from a browser (CORS `*`).
"""
from __future__ import annotations

from contextvars import ContextVar

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
COMMON = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
          "Referrer-Policy": "strict-origin-when-cross-origin"}
OPEN_DATA = ("/api/", "/feeds/")  # read-only, public: readable from any origin

_ORIGIN: ContextVar[str] = ContextVar("sagsgang_origin", default="")


def origin(configured: str = "") -> str:
    """The configured base URL, else the current request's (no trailing slash)."""
    return configured.rstrip("/") or _ORIGIN.get()


class SiteMiddleware:
    """Records the request's base URL for `origin()`; adds COMMON to every HTTP response and the
    CORS header to the open-data paths."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        open_data = scope["path"].startswith(OPEN_DATA)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON.items():
                    headers.setdefault(name, value)
                if open_data:
                    headers["Access-Control-Allow-Origin"] = "*"
                    headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
            await send(message)

        token = _ORIGIN.set(str(Request(scope).base_url).rstrip("/"))
        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            _ORIGIN.reset(token)
