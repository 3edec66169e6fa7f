"""Response headers for every answer: a strict Content-Security-Policy, no MIME sniffing, no
framing, and CORS for the read-only open-data API and feeds.

The pages use no script and no inline style (one stylesheet under /static), so `default-src
'self'` costs nothing and turns any markup that slipped through escaping inert; `frame-ancestors
'none'` stops another site from framing the pages. The API and the feeds only answer GET with
public data, so any origin may read them from a browser (`Access-Control-Allow-Origin: *`).
"""
from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
COMMON = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
          "Referrer-Policy": "strict-origin-when-cross-origin"}
OPEN_DATA = ("/api/", "/feeds/")  # read-only, public: readable from any origin


class SecurityHeadersMiddleware:
    """Adds COMMON to every HTTP response, and the CORS header to the open-data paths."""

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

        await self.app(scope, receive, send_with_headers)
