"""Where a genitive decision heading run on after other text begins ('… Ibrugtagning Miljøudvalgets beslutning den
15.01.2024 …'): a flattened page gives the heading no line of its own, and the name-shaped words before it (a
capitalised word of prose, the names an absence label ended with, a list's last outcome) read as part of the body's
name."""
from __future__ import annotations

import re

from .dashes import SPACED_DASH

# the genitive a heading names its body in ('Miljøudvalgets beslutning', 'Byråd 2022-2025s afgørelse')
_GENITIVE = re.compile(r"s\s+(?i:beslutning|afgørelse)\b")
# a body named by one compound word of 'udvalg' ('Økonomiudvalgets', 'Klima-, Teknik- og Miljøudvalgets'): its name
# before that word is its compound's first parts only ('Klima-,', 'Teknik-', 'og')
_COMPOUND = re.compile(r"[A-ZÆØÅ]\w*[a-zæøå]udvalg(?:et)?$")
_FIRST_PART = re.compile(rf"\w+[{SPACED_DASH}],?|og")
# a sentence's full stop before a capital ('… til Byrådsmødet. Byråd 2022-2025s beslutning'), or a list's spaced
# dash ('- Anbefales - Anbefales Økonomiudvalgets beslutning'): no body's name runs across one
_BREAK = re.compile(rf"(?:\.|\s[{SPACED_DASH}])\s+(?=[A-ZÆØÅ])")


def genitive_start(text: str, at: int, date_at: int) -> int:
    """Where the body's name of the genitive heading begun at `at` (its date at `date_at`) begins: `at`, or later
    where the words from `at` are not the name's."""
    gen = _GENITIVE.search(text, at, date_at)
    if gen is None:
        return at
    for brk in _BREAK.finditer(text, at, gen.start()):
        at = brk.end()
    words = list(re.finditer(r"\S+", text[at:gen.start()]))
    if not words or not _COMPOUND.search(words[-1].group(0)):
        return at
    k = len(words) - 1
    while k > 0 and _FIRST_PART.fullmatch(words[k - 1].group(0)):
        k -= 1
    return at + words[k].start()
