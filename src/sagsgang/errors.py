"""Errors a user can act on: each names the file and a reason in one line."""
from __future__ import annotations


class SagsgangError(Exception):
    """Base for every error that the CLI reports as one clean line (no traceback)."""


class DocumentError(SagsgangError):
    """A document could not be read or parsed; `reason` says why in plain words."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
