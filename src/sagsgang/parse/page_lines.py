"""A PDF transcript's page lines seen without their page numbers, for reading the meeting's facts.

A transcript site prints each PDF page as one long line behind its page number ('1 Referat Byrådet
Mødedato: …', '1 Kommunalbestyrelsen 23-02-2010 Sager …'). The number is no part of the title or the
labels that follow it, yet it stands where the header readers look for a body's name or a kind word at
the start of a line ('1 Byrådet Godkendt referat …' reads as three words before 'referat').
"""
from __future__ import annotations

import re

from .lines import Line

# the generic Danish headings a contents list opens with, where a flattened page's header or a place ends:
# 'Indholdsfortegnelse', 'Indhold', 'Dagsordenspunkter', 'Punkter på dagsordenen', 'Sagsoversigt', 'Sagsliste',
# 'Følgende sager behandles', 'Til behandling forelå', 'Oversigt over sager', 'Sager til behandling'. One list for
# every reader that asks where a list of items begins (meeting facts, the body in a page's head, contents lines).
CONTENTS_WORDS = (r"Indholdsfortegnelse|Indhold|Dagsordens?punkter|Dagsordenens\s+punkter|Punkter\s+på\s+dagsordenen"
                  r"|Sagsoversigt|Sagsliste|Følgende\s+sager|Til\s+behandling\s+forelå"
                  r"|Oversigt\s+over\s+(?:sager|punkter|dagsordenspunkter)|(?:Punkter|Sager)\s+til\s+behandling")

# where a line's contents list begins: its heading word, or 'Punkter' before a number
CONTENTS_START = re.compile(rf"(?:^|\s+)(?=(?:{CONTENTS_WORDS}|Punkter(?=\s*:?\s*\d))\b)")
# the page number: one to three digits and a space before a word that starts with a letter (not '1. Punkt',
# '1 000 kr.', '14-17 Byrådet', '16 30')
_PAGE_NUMBER = re.compile(r"^\d{1,3} (?=[^\W\d_])")


def without_page_number(text: str) -> str:
    """'1 Byrådet Godkendt referat …' -> 'Byrådet Godkendt referat …'; other lines as they are."""
    return _PAGE_NUMBER.sub("", text, count=1)


def unnumbered(lines: list[Line]) -> list[Line]:
    """The lines with a leading page number taken off each (same offsets: only the text is read)."""
    return [Line(without_page_number(ln.text), ln.offset, ln.raw) if _PAGE_NUMBER.match(ln.text) else ln
            for ln in lines]
