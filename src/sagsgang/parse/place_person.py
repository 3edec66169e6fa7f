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


# (public: fact_values reads it too)
# a name's word in a list printed after a place, its party letters too ('Rådhuset Anne Hansen (A)')
# what a place never prints and a list of names does: a party's letters, a bullet ('• Anne Hansen (A) • …')
LISTED = re.compile(r"\([A-ZÆØÅ]{1,3}\)|[•·▪●]")
# (a member's user name or initials in small letters behind the name, '(abcd)', as a council's system prints them)
_LISTED_NAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅ][\w'’.-]*|\([A-ZÆØÅ]{1,3}\)|\([a-zæøå]{2,8}\))$")


# (public: fact_values and meeting_places call it too)
def split_place_names(blob: str) -> tuple[str | None, str]:
    """'Byrådssalen, Vordingborg Rådhus Knud Larsen, Bo Manderup' -> ('Byrådssalen, Vordingborg Rådhus',
    'Knud Larsen, Bo Manderup'): a place printed straight before a list of names (a table row
    flattened), cut where the trailing capitalised words stop being place words."""
    chunks = blob.split(", ")
    for k, chunk in enumerate(chunks):
        words = chunk.split()
        j = len(words)
        while j > 0 and _LISTED_NAME_TOKEN.match(words[j - 1]) and not PLACE_WORD.search(words[j - 1]):
            j -= 1
        j = name_start_after_place(words, j)
        place = ", ".join(chunks[:k] + [" ".join(words[:j])])
        if 0 < j and len(words) - j >= 2 and not LISTED.search(place):
            return place.strip(" ,"), ", ".join([" ".join(words[j:])] + chunks[k + 1:])
    return None, blob



# a party's letters in brackets after a name ('Anne Holm (V)'): what marks the run after a place as a list of members
_PARTY_MARK = re.compile(r"\([A-ZÆØÅ]{1,3}\)")


# (public: meeting_places and member_lists call it)
def before_marked_names(text: str) -> str:
    """'Rådhuset, Mødelokale 2 Anne Holm (V), Bo Kjær (A)' -> 'Rådhuset, Mødelokale 2': the place a flattened head
    prints after its date and time with no label between it and the members' list that follows. Why: a place never
    prints a party's letters in brackets, a members' list prints them after every name; where the capitalised words
    before the first such marker stop being a place's (split_place_names), the list begins. Without party letters
    the rest must be a list of names by shape (names_by_shape: three or more, each opening with a given name).
    Otherwise `text` as it is: a place's own capitalised words are never cut off without such a list."""
    marked = _PARTY_MARK.search(text)
    if not marked and text.count(",") < 2:
        return text
    place, rest = split_place_names(text)
    if not place:
        return text
    return place if (_PARTY_MARK.search(rest) if marked else names_by_shape(rest)) else text


# one entry of a list of names without party letters: two to four capitalised words, a hyphen inside one allowed
_BARE_NAME = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøåéü]+"
                        r"(?:-[A-ZÆØÅ][a-zæøåéü]+)?)){1,3}")


# (public: member_lists calls it too)
def names_by_shape(text: str) -> list[str]:
    """'Gunnar Ravn, Helle Kobbers, Inger Saltofte og Jonas Brix' -> the four names: a list of three or more entries
    held apart by commas (and a last 'og'), each nothing but a name's two to four capitalised words opening with a
    given name; [] for any other text. Why: with no party letters and no label, the shape of a list of people is
    what tells it from a place's or a body's words, and a person's name opens with a given name."""
    entries = [e.strip() for e in re.split(r",\s*|\s+og\s+", text.strip().rstrip("."))]
    if len(entries) < 3 or not all(_BARE_NAME.fullmatch(e) and _given_name(e.split()[0], given_names_anywhere())
                                   for e in entries):
        return []
    return entries
