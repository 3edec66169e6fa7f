"""`modified_since` for the API: timestamps compared as points in time, never as strings.

A string comparison put `2026-12-01T04:00:00+03:00` (01:00 UTC, before a change at 03:00 UTC)
after the change and let `garbage` through as an empty answer; a mirror then silently missed
updates. Offsets are honoured, a timestamp without one is Copenhagen time (as sagsgang writes
them), and what cannot be read is rejected by the caller (HTTP 400).
"""
from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Copenhagen")
_SPACED_OFFSET = re.compile(r"(\d) (\d\d(?::?\d\d)?)$")  # '+01:00' whose '+' a query string turned into ' '


def parse_since(text: str) -> datetime | None:
    """An ISO 8601 date or timestamp as an aware UTC datetime; None when it is not one."""
    try:
        when = datetime.fromisoformat(_SPACED_OFFSET.sub(r"\1+\2", text.strip()))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=LOCAL)
    return when.astimezone(UTC)


def since_filter(objects: list[dict], since: datetime) -> list[dict]:
    """The objects whose `modified` is at or after `since`; objects without a readable time are left out."""
    kept = []
    for obj in objects:
        modified = parse_since(obj.get("modified") or "")
        if modified is not None and modified >= since:
            kept.append(obj)
    return kept
