"""Where a meeting's place ends when a flattened head runs a person's name on after it."""
from __future__ import annotations

import re

from .fact_labels import PLACE_WORD

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
