"""The printed shapes of an item header's line: a label and its number ('Punkt 4:', 'Pkt. 115', 'Sag nr.
11'), a number alone ('• 1', '3.'), a numbered title ('64. Title', '§ 45 Title'), a count in letters or roman
numerals ('IV. Title').

Patterns only, and the two readers of a numbered line (its number, the stop after it): every reader of headers,
lined or flattened, reads the same shapes, so they live apart from any one reader.
"""
from __future__ import annotations

import re

from .dashes import NUMBER_DASH, SPACED_DASH
from .headings import LABEL_NUMBER
from .lines import Line
from .sub_items import SUB_NUMBER, sub_printed

_BULLET_MARK = r"(?:[•·▪●◦\-*]\s*)?"
# "Punkt 4: Title", "Nr.148 - Title", "Pkt. 115 Title", "Punkt 28. Title", "Dagsordenspunkt 3: Title", "Punkt nr. 4 -
# Title", and, capitalised only (a word of prose too), "Sag 4 - Title". Not "Ad 1.": a decision's answer to the
# proposal's points ('Ad 1. Godkendt. Ad 2. …')
ITEM_LABEL_WORDS = (r"(?:(?:Lukket\s+|Åbent?\s+)?(?:Punkt|Pkt\.?|Dagsordens?punkt)(?:\s*nr\.?)?|Nr\.?"
                    r"|(?-i:Sag)(?!\s+nr))")
# an item's label before its number as the readers of a flattened line look for it, in any case (a pattern's content,
# for a reader's own pattern): 'Punkt', 'Punkt nr.', 'Pkt.', 'Sag nr.', 'Dagsordenspunkt' and 'Dagsordenpunkt' (the
# compound with or without its linking 's', as ITEM_LABEL_WORDS reads it at a line's start)
POINT_LABEL = r"(?i:punkt(?:\s*nr\.?)?|pkt\.?|sag\s+nr\.?|dagsordens?punkt)"
# a sub-item's number behind an item's label, its letter glued to the digits ('Pkt. 2a', 'Punkt 2a:'): the label vouches
# for the number, the letter for its place after item 2 (sub_items)
_LABELLED_SUB = r"\d{1,3}(?-i:[a-z])(?![\w.])"
LABELLED_START = re.compile(
    # a title starts as titles do: 'Punkt 2 blev behandlet efter punkt 5.' is a sentence of a decision
    # ('Punkt 4 af 12 Title': a count of the items after the number, as a web viewer's pager prints it)
    rf"^{_BULLET_MARK}{ITEM_LABEL_WORDS}\s*(?P<num>{_LABELLED_SUB}|{LABEL_NUMBER})(?:\s+af\s+\d{{1,4}})?\s*[:.{SPACED_DASH}]?"
    r"\s+(?P<title>(?-i:[^\sa-zæøå]).*)$",
    re.IGNORECASE,
)
# "Pkt. 115" alone, title on the next line (also with the count after it, as LABELLED_START reads: "Punkt 4 af 12")
LABELLED_NUMBER_ONLY = re.compile(
    rf"^{ITEM_LABEL_WORDS}\s*(?P<num>{_LABELLED_SUB}|{LABEL_NUMBER})(?:\s+af\s+\d{{1,4}})?\s*[:.]?$", re.IGNORECASE
)
# "• 1" alone (web lists) or "1." alone (a table's number cell), title on the next line, trusted only with a
# case number or cue after it
# a line of numbers and dates only ('14', '12-03-2024', '2024–2025')
NUMBERS_ONLY = re.compile(rf"\d{{1,3}}|[\d\s./{NUMBER_DASH}]*\d[./{NUMBER_DASH}]\d[\d\s./{NUMBER_DASH}]*")
# ('2a' alone: a sub-item's number cell, read only in its run after item 2's: sub_items)
BARE_NUMBER = re.compile(r"^(?:[•·▪●#]\s*(?P<num>\d{1,4})\.?|(?P<cell>\d{1,3})\.|\[(?P<square>\d{1,3})\]"
                         rf"|(?P<sub>{SUB_NUMBER})\.?)$")
# "64. Godkendelse af dagsorden" — only trusted with supporting cues (see numbered_starts._numbered_is_item); a
# reading's number may open the title ('4. 2. Behandling af budget 2025', '5. 1. behandling af …')
# the stop an item's number is printed with before its title: '3.', '3:', '3)', '[3]', '3/', or a full stop set off by a
# space ('3 . Title'). A header's stop has a space after it (NUMBERED_START's \s+), so '3/4 af udgifterne',
# 'kl. 16:00' and '1:1000' are no number and stop.
NUMBER_STOP = r"(?:[.:)\]/]| \.)"
NUMBERED_START = re.compile(  # '§ 45 Godkendelse af dagsorden': protocols that number their items as paragraphs
    # ('# 45 Godkendelse af dagsorden': the number sign before the number, as an export from a web page prints it)
    rf"^(?:[•·▪●◦]\s*)?(?:[§#]\s*|\((?=\d{{1,3}}\))|\[(?=\d{{1,3}}\]))?(?P<num>{SUB_NUMBER}|\d{{1,3}}(?:\.\d{{1,2}})?){NUMBER_STOP}?\s+(?:[{SPACED_DASH}]\s+)?(?P<title>(?:[A-ZÆØÅ§\"“'(\[]|\d+\.\s+[A-Za-zÆØÅæøå]).{{2,}})$")
# 'IV. Title', 'C. Title', 'c) Title': an item counted in roman numerals or letters, its stop and its title, or the
# count and stop alone over the title; read only where the page counts so (counted_starts: 'A. B. Hansen' is a name)
COUNTED_START = re.compile(r"^(?:[•·▪●◦]\s*)?(?P<num>[IVX]{1,5}|[A-Za-z])(?P<mark>[.)])"
                           r"(?:\s+(?P<title>(?-i:[^\sa-zæøå]).{2,}))?$")
# "Sag nr. 11" with the title on the line before (Rudersdal style); 'Sag nr. 12 udgår.' is a decision's sentence
SAG_NR_START = re.compile(rf"^Sag nr\.\s*(?P<num>{_LABELLED_SUB}|\d{{1,4}}\b)(?!\s+(?-i:[a-zæøå]))", re.IGNORECASE)

# The first character of every item-start pattern above (LABELLED_START, LABELLED_NUMBER_ONLY,
# BARE_NUMBER, SAG_NR_START, NUMBERED_START), case-insensitive like the labels: a line that does
# not start with one of them starts no item, and labelled_starts does not try the five patterns.
START_CHAR = re.compile(r"[•·▪●◦\-*pndslå\d§#([]", re.IGNORECASE)


def printed_number(lines: list[Line], k: int) -> str | None:
    """The number line k starts with as a numbered title ('12. Budget' -> '12'), None for no such line."""
    m = NUMBERED_START.match(lines[k].text) if 0 <= k < len(lines) else None
    return sub_printed(m.group("num")) if m else None


def number_mark(text: str) -> str:
    """What follows a numbered line's number: '.', ')', ':' or nothing ('3. Vurdering' against '1 Bilag'); or the
    number sign before it ('# 3 Title'), which marks the number as a stop does."""
    m = NUMBERED_START.match(text)
    return ("#" if text.startswith("#") else text[m.end("num"): m.end("num") + 1].strip()) if m else ""
