"""The bullets a publisher prints before a list's entry or a marked header: one character class for the patterns
that read one, so that a pattern names the class rather than writing its characters again.

Why: two patterns that write the class each may drift apart when one gains a bullet (header_runs' bullet before a
number and inline_page_chrome's bullet ending a piece read the same marks). The white bullet ('◦') is kept apart:
a pattern that reads it names it beside the class, as header_runs does.
"""
from __future__ import annotations

# the filled bullets and the middle dot (a regex character class's content: `[{BULLETS}]`)
BULLETS = "•·▪●"
