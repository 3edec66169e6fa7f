"""Items numbered as sub-items of the item before them: '2a', '2 a', '2.a' or '2A' between items 2 and 3.

Danish agendas number an item added late, or a part of an item, after the one it joins: 1, 2, 2a, 2b, 3. The number
is kept as printed without its space or stop ('2a', parse-output.md's "as printed", as '01' stays '01'). The letter
alone says little ('Vestergade 2a', '§ 2a', 'bilag 3a' are no items), so a sub-item is one only where it sits in the
run of numbers: its base is the number of the item right before it, and its letter the first ('a') or the one after
that item's own ('2a' then '2b'). The readers that count numbers (a contents run, the agenda's order) read it as its
base's follower, never as a number of its own.
"""
from __future__ import annotations

import re

# the sub-item's number as a header prints it before its title: the base's digits and one letter, glued ('2a', '2A'),
# or set off by a space or a stop in small letters only ('2 a', '2.a': '2 A' and '2.A' read as the start of a name or
# an abbreviation as often); the letter ends the number (a word goes on: '2 af 5', '2aften' are none), a stop may
# follow it ('2a. Title'); set off by a space, not the preposition 'i' ('Nørregade' / '41 i Tune': a title's wrapped
# address, no sub-item)
SUB_NUMBER = r"\d{1,3}(?:(?-i:[a-zA-Z])|\.(?-i:[a-z])| (?-i:[a-hj-z]))(?!\w)"
_PARTS = re.compile(r"(\d{1,3})[ .]?([a-zA-Z])")


def sub_parts(number: str | None) -> tuple[int, str] | None:
    """(base, letter) of a sub-item's number as printed ('2a', '2 a', '2.a' -> (2, 'a')); None for any other."""
    m = _PARTS.fullmatch(number or "")
    return (int(m.group(1)), m.group(2)) if m else None


def sub_printed(number: str) -> str:
    """A sub-item's number as the contract keeps it ('2 a', '2.a' -> '2a'); any other number as it is."""
    parts = sub_parts(number)
    return f"{parts[0]}{parts[1]}" if parts else number


def follows(before: str | None, number: str) -> bool:
    """Sub-item `number` sits in the run after the item numbered `before`: 2 then 2a, or 2a then 2b."""
    parts = sub_parts(number)
    if parts is None or before is None:
        return False
    base, letter = parts
    if before.isdecimal():
        return int(before) == base and letter in "aA"
    prev = sub_parts(before)
    return prev is not None and prev[0] == base and ord(letter) == ord(prev[1]) + 1


def base_value(number: str | None) -> int | None:
    """The whole number a sub-item's number stands after ('2a' -> 2); None for any other number."""
    parts = sub_parts(number)
    return parts[0] if parts else None


def opens_run(before: str | None, number: str) -> bool:
    """Sub-item `number` with the first letter ('1a') opens the list: no item is read before it, so its base is
    printed as no item of its own. A publisher that numbers an agenda's items as the parts of one point prints the
    parts only ('1a', '1b', '1c'); the run is then the letters' (item_starts reads it on from here, sibling by
    sibling, through follows). Only at the list's start: a sub-item after an item not its base ('3a' under item 2) is
    a number of that item's text."""
    parts = sub_parts(number)
    return before is None and parts is not None and parts[1] in "aA"
