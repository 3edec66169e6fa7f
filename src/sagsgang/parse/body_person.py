"""Where the body's name ends when a flattened row of labels runs the members' list on after it."""
from __future__ import annotations

from .bodies import is_meeting_body
from .people import danish_first_names


def body_before_names(value: str) -> tuple[str | None, str]:
    """'Byrådet Anne Holm (A), Bo Dal (V)' -> ('Byrådet', 'Anne Holm (A), Bo Dal (V)'): the one value of a row of
    labels whose body's and members' labels stand side by side ('Udvalg: Deltagere: Fraværende: Byrådet Anne …', a
    two-column table read column by column). Why: a member's name opens with a given name and a body's name ends in
    its own word ('-udvalget', 'Byrådet'), so the list starts at the first Danish given name whose words before it
    name a body; (None, value) where none does, so a list alone is left as it is."""
    first = value.split(",", 1)[0].split()
    for k in range(1, len(first) - 1):
        if first[k] in danish_first_names() and is_meeting_body(lead := " ".join(first[:k])):
            return lead, value[value.index(lead) + len(lead):].strip()
    return None, value
