"""Checks for the parameters a person or a program gives (web, API, CLI), with Danish messages.

A bad parameter was accepted silently: `from=garbage` or `to=2025-02-30` matched nothing,
`limit=1000` was cut to 100 and `page=-5` became page 1, so a caller got a plausible answer to a
question it did not ask. Each check raises `BadParameter`; the web answers it with HTTP 400 (JSON
for the API) and the CLI with exit status 2.
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar

T = TypeVar("T")

MAX_QUERY = 500  # characters of a search query (the OpenAPI `maxLength`)
MAX_LIMIT = 100  # objects or hits per page
# hits skipped at most: paging further than any reader does would make the engine rank (and hold in
# memory) offset + limit hits; a query that broad wants a filter, not page 1,000 (a fuzzed offset of
# 10**13 made the search library abort the process trying to allocate a heap that large)
MAX_OFFSET = 10_000
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\d{4}")


class BadParameter(ValueError):
    """A parameter that cannot be used; the message says which and what is expected (Danish)."""


def checked_date(name: str, text: str | None) -> str | None:
    """A calendar date written YYYY-MM-DD (None when not given)."""
    if not text:
        return None
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        raise BadParameter(f"{name} skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fx 2025-02-28 (ikke {text!r})")\
            from None
    return text


def checked_year(text: str | None) -> str | None:
    """A year of four digits (None when not given)."""
    if not text:
        return None
    if not _YEAR.fullmatch(text):
        raise BadParameter(f"year skal være et årstal med fire cifre, fx 2025 (ikke {text!r})")
    return text


def checked_int(name: str, text: str | int | None, default: int, low: int, high: int | None = None) -> int:
    """A whole number from `low` to `high` (inclusive); `default` when not given."""
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < low or (high is not None and value > high):
        span = f"mellem {low} og {high}" if high is not None else f"mindst {low}"
        raise BadParameter(f"{name} skal være et helt tal {span} (ikke {text!r})")
    return value


def checked_query(text: str | None) -> str:
    """A search query of at most MAX_QUERY characters (trimmed; may be empty)."""
    query = (text or "").strip()
    if len(query) > MAX_QUERY:
        raise BadParameter(f"q må højst være {MAX_QUERY} tegn langt (er {len(query)})")
    return query


def argtype(check: Callable[[str], T]) -> Callable[[str], T]:
    """A check as an argparse `type`: a BadParameter becomes argparse's error (usage, exit 2)."""
    def parse(text: str) -> T:
        try:
            return check(text)
        except BadParameter as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return parse


def cli_date(text: str) -> str | None:
    """A date option (YYYY-MM-DD)."""
    return checked_date("datoen", text)


def cli_count(option: str, low: int, high: int | None = None) -> Callable[[str], int]:
    """A whole-number option from `low` (to `high`) as an argparse `type`."""
    return argtype(lambda text: checked_int(option, text, low, low, high))
