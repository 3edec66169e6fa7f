"""A committee named by its areas alone in a decision's heading ('Beslutning Teknik og Miljø, 12.03.2024').

Some councils head a committee's decision with the fields the committee covers and not its name ('Teknik og Miljø',
'Børn, Unge og Familie', 'Kultur & Fritid'): no word of the name says body, so is_body_name refuses it. The heading's
shape says it: the decision's noun before it and a whole date after it (a decision made at a meeting on that day, by
those who met), so the fields are read as the body there and nowhere else. Any phrase is not: only capitalised
words joined as a list of fields (two or more, by 'og', '&' or commas), a name's shape, never a sentence's.
"""
from __future__ import annotations

import re

# a field's word: capitalised, maybe the first part of a compound shared with the next ('Social- og Sundhed')
_FIELD = r"[A-ZÆØÅ][a-zæøå]{2,}-?"
# two fields or more: 'Teknik og Miljø', 'Børn, Unge og Familie', 'Kultur & Fritid'
AREA_NAME = re.compile(rf"{_FIELD}(?:(?:,\s*|\s+(?:og|&)\s+){_FIELD}){{0,3}}(?:\s+(?:og|&)\s+){_FIELD}")


def is_area_name(text: str) -> bool:
    """'Teknik og Miljø', 'Børn, Unge og Familie': a list of fields that names a committee where a decision's
    heading frames it (the caller's part); 'Godkendt og anbefalet', 'Teknik' alone are not."""
    t = text.strip()
    return bool(AREA_NAME.fullmatch(t)) and not t.endswith("-")
