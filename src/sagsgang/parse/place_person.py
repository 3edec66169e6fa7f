"""Where a meeting's place ends when a flattened head runs a person's name on after it."""
from __future__ import annotations

import re

from .fact_labels import PLACE_WORD
from .people import danish_first_names, given_names_anywhere

# a capitalised word of a name (no initial: 'Gl. Rådhus')
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")


def before_person(place: str) -> str:
    """'Pilehuset, Mødesalen Ivalo Brandtoft' -> 'Pilehuset, Mødesalen'; 'Byrådssalen, Kildeby Rådhus Orm Kveldsen
    Bemærkninger' -> 'Byrådssalen, Kildeby Rådhus'. Why: a place's name ends on its room's, hall's, building's or
    street's word (or a number); a part after that is set off by a comma ('Byrådssalen, Rådhuset') or ends in a
    place's word within three words ('Mødelokale 1 Tyra Maiboms Vej', 'Rådhuset Store Sal'). Two name words right
    after it, no comma between, are a list of names a transcript joined onto the place's line. Only after a place of
    two words or more: a one-word lead ('Hotel Kildeby Strand') is the first word of the name."""
    words = place.split(" ")
    for k in range(1, len(words) - 2):
        word, nxt, after = words[k], words[k + 1], words[k + 2]
        if word.endswith(",") or not PLACE_WORD.search(word) or re.fullmatch(r"\d{4}", word):
            continue  # (a postcode's town follows it: '4300 Kildeby')
        if all(_NAME_WORD.fullmatch(w.rstrip(",")) for w in (nxt, after)) and not nxt.endswith(",") \
                and not any(PLACE_WORD.search(w.rstrip(",.")) for w in words[k + 1: k + 4]):
            return " ".join(words[: k + 1])
    return place


def _given_name(word: str, names: frozenset[str]) -> bool:
    """'Aksel', 'Hans-Jørgen': a given name of `names`, or a compound of them."""
    return word in names or "-" in word and all(part in names for part in word.split("-"))


def name_start_after_place(words: list[str], start: int) -> int:
    """Where the first member's name starts in `words` (a place flattened straight onto a list of names, 'Teams Aksel
    Trolle', 'Kulturhuset Dokken Aksel Trolle'), given `start`, the first of the trailing capitalised words: `start`
    itself unless those words open with a word that is no given name anywhere and a Danish given name follows that
    leaves two to four name words (one person's name; its party's letters and initials aside). Why: a member's name
    opens with a given name, so capitalised words before the first given name belong to the place printed before the
    list ('Fjernmøde', 'Teams', a building's own name) however its own words read; a place needs no room or street
    word to be the place. Only where the run is longer than one name would be without the lead, and only up to a
    Danish given name, so a member named with a foreign given name ('Mehmet Ali Berg') is never cut."""
    if len(words) - start < 3 or _given_name(words[start], given_names_anywhere()):
        return start
    for k in range(start + 1, len(words) - 1):
        if _given_name(words[k], danish_first_names()):
            return k if sum(1 for w in words[k:] if _NAME_WORD.fullmatch(w.rstrip(","))) <= 4 else start
        if not _NAME_WORD.fullmatch(words[k]):
            return start
    return start
