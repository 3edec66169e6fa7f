"""Privacy rules shared by every public output (search snippets, CLI reports, web, API, feeds)."""
from __future__ import annotations

import re

_CPR = re.compile(r"(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)")


def mask_cpr(text: str | None) -> str:
    """CPR numbers (ddmmyy-xxxx, with or without the dash) become 'xxxxxx-xxxx'. Only digit runs whose
    first six digits form a plausible day and month are masked, so case and account numbers stay."""
    def repl(m: re.Match[str]) -> str:
        dd, mm = int(m.group(1)[:2]), int(m.group(1)[2:4])
        return "xxxxxx-xxxx" if 1 <= dd <= 31 and 1 <= mm <= 12 else m.group(0)
    return _CPR.sub(repl, text or "")
