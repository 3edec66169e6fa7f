"""Errors a user can act on: each names the file and a reason in one line."""
from __future__ import annotations


class SagsgangError(Exception):
    """Base for every error that the CLI reports as one clean line (no traceback)."""


class DocumentError(SagsgangError):
    """A document could not be read or parsed; `reason` says why in plain words.

    `kind` separates input that is broken ("unreadable": empty, binary, encrypted, scanned,
    truncated, too large) from input that is fine but not council material ("not_council": a
    listing page, a cover letter), which a batch skips without counting it as a failure."""

    UNREADABLE = "unreadable"
    NOT_COUNCIL = "not_council"

    def __init__(self, source: str, reason: str, kind: str = UNREADABLE) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.kind = kind
