"""The labels of a meeting's header and which of the meeting's fields each one fills.

'Mødedato: …', 'STED' / '<value>', a row flattened onto one line ('Dato … Mødetidspunkt … Sted Medlemmer
Fraværende <location> <names> …'): a label names the field its value fills. Apart from the reader of the header
(meeting.py) because the line readers below it ask the same question first: is this line the meeting's header
(a dated running head is not, a row of labels is; a site's menu between bars is not)? They read lines before
the header is read, so the vocabulary sits below both.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .dates import WEEKDAY
from .run_labels import unknown_label_spans, with_unknown_labels

# the last word of a place's name ('Byrådssalen', 'Mødelokale 3', 'Rådhuset'): a room, a building, a street, a number
PLACE_WORD = re.compile(
    r"(?:sal(?:en)?|lokale(?:t)?|værelse(?:t)?|rådhus(?:et)?|hus(?:et)?|vej|gade|plads(?:en)?|center|centret|torv(?:et)?"
    r"|kontor(?:et)?|bygning(?:en)?|skole(?:n)?|hal(?:len)?|rum(?:met)?|stue(?:n)?|bibliotek(?:et)?|kro(?:en)?"
    r"|hotel(?:let)?|auditori(?:um|et)|kantine(?:n)?|\d\w*)[.,]?$",
    re.IGNORECASE,
)
# the heads of a members' table's other columns, printed after the list's label on its head row
LIST_COLUMN_HEADS = re.compile(r"(?:(?:Parti|Funktion|Titel|Rolle|Fremmøde|Status|Deltagelse|Bemærkning(?:er)?)"
                               r"(?:\s+|$))+")

# Each label names the meeting field its value fills (None: a label whose value is no field here; it ends the
# value before it).
FIELD_OF = {
    "mødedato": "date", "dato": "date", "mødedag": "date",
    "mødetidspunkt": "when", "tidspunkt": "when", "mødetid": "when", "starttidspunkt for møde": "when",
    "starttidspunkt": "when", "mødestart": "when", "tid": "when", "mødet påbegyndt": "when",
    "mødet startede": "when", "mødet begyndte": "when", "start": "when", "start kl.": "when", "mødestart kl.": "when",
    "mødested": "location", "sted": "location", "mødelokale": "location", "lokale": "location",
    "møde lokation": "location", "mødelokation": "location", "lokation": "location", "mødeafholdelse": "location",
    "placering": "location", "mødeplacering": "location", "adresse": "location", "mødeadresse": "location",
    "lokalitet": "location", "mødelokalitet": "location",
    # other words for the place (the building it is held in, the room, the English word a portal prints), and two
    # of its labels joined by a slash: one label, whose second word is no part of the place ('Sted/Lokale: …')
    "afholdelsessted": "location", "mødestedet": "location", "møderum": "location", "location": "location",
    "fysisk mødested": "location", "mødested/lokale": "location", "sted/lokale": "location",
    "lokale/sted": "location", "mødelokale/sted": "location", "mødested/mødelokale": "location",
    "mødedeltagere": "participants", "deltagere": "participants", "medlemmer": "participants",
    "til stede": "participants", "tilstede": "participants", "indkaldelse": "participants",
    "indkaldte": "participants", "derudover deltog": "participants", "udvalgsmedlemmer": "participants",
    "øvrige deltagere": "participants", "endvidere deltog": "participants", "desuden deltog": "participants",
    "fremmødte": "participants", "til stede var": "participants", "tilstede var": "participants",
    "mødt": "participants", "tilstedeværende": "participants", "følgende deltog": "participants",
    "følgende medlemmer deltog": "participants",
    "deltog": "participants", "mødets deltagere": "participants",
    "deltagerliste": "participants", "deltagende medlemmer": "participants", "fremmødte medlemmer": "participants",
    "medlemmer til stede": "participants",
    # the members as the sentence's subject after the verb of attending, the meeting named before it ('I mødet deltog
    # X, Y og Z.', 'Til mødet var mødt X …'), or as the agent of the passive ('Mødet blev overværet af X, Y og Z.'):
    # the lead of the sentence is the list's label, as 'Til stede var' is
    "i mødet deltog": "participants", "på mødet deltog": "participants", "til mødet var mødt": "participants",
    "til stede ved mødet var": "participants", "mødet blev overværet af": "participants",
    "ikke mødt": "absent", "meldt afbud": "absent", "med afbud": "absent", "med afbud fra": "absent",
    "deltog ikke": "absent",
    "fraværende": "absent", "afbud fra": "absent", "afbud modtaget fra": "absent", "afbud": "absent",
    "forfald": "absent", "fravær": "absent",
    "meddelt afbud": "absent", "afbud meldt af": "absent", "fraværende medlemmer": "absent",
    "ikke til stede": "absent", "ikke tilstede": "absent", "forhindret": "absent",
    "forhindret i at deltage": "absent",
    # the same labels composed of the words above ('Meddelt forfald', 'Ej mødt', 'Ikke deltagende'), as the items'
    # absence labels read them (people._NOTICE_LABEL): a notice's verb and an absence's noun, or a negated presence
    "meddelt forfald": "absent", "meldt forfald": "absent", "anmeldt forfald": "absent", "anmeldt afbud": "absent",
    "ej mødt": "absent", "ikke fremmødt": "absent", "ej fremmødt": "absent", "ikke deltagende": "absent",
    "ej til stede": "absent",
    "fraværende med afbud": "absent", "fraværende uden afbud": "absent",
    # the label run into its sentence ('Fraværende var Bo Jensen (V).'), as 'Til stede var' is the members'
    "fraværende var": "absent",
    "afbud/fravær": "absent", "fravær/afbud": "absent", "afbud/fraværende": "absent", "fraværende/afbud": "absent",
    # the label said as the lead of a sentence ('Følgende havde meldt afbud: X', 'Afbud meddelt af X'): the words
    # that say who sent apologies, in the order a secretary writes them, whatever the template
    "afbud meddelt af": "absent", "følgende havde meldt afbud": "absent", "følgende har meldt afbud": "absent",
    "følgende var fraværende": "absent", "følgende medlemmer var fraværende": "absent",
    "følgende medlemmer havde meldt afbud": "absent",
    # (and who did not take part, the predicate of an absence sentence put before the names: people._PREDICATE_LABEL)
    "følgende deltog ikke": "absent", "følgende medlemmer deltog ikke": "absent",
    "følgende var ikke til stede": "absent", "følgende medlemmer var ikke til stede": "absent",
    "dato og tid": "when", "dato og tidspunkt": "when", "tid og sted": "when_place",
    "tidspunkt og sted": "when_place", "dato og sted": "when_place", "mødested og tid": "when_place",
    "sted og tid": "when_place", "sted og tidspunkt": "when_place", "mødested og tidspunkt": "when_place",
    "hvornår": "when", "hvor": "location",
    "udvalg": "committee", "mødeforum": "committee", "møde": "committee_if_body", "forum": "committee",
    # labels whose values are not fields here; they end the value before them
    "sluttidspunkt": None, "slut": None, "slut kl.": None, "mødeslut": None,
    "mødet hævet": None, "mødet afsluttet": None, "mødet sluttede": None,
    "mødet slut": None, "referent": None, "protokolfører": None, "sekretær": None, "bemærkninger": None,
    # who chairs or minutes the meeting, printed after the members: one person each, not the members' list, so the
    # label ends that list as 'Referent:' does ('… Bo Berg og Carl Dahl Mødeleder: Anne Holm')
    "mødeleder": None, "ordstyrer": None, "dirigent": None, "mødesekretær": None,
    "møde nr.": None, "møde nr": None, "mødenr.": None, "mødenummer": None, "dannet den": None,
    "sagsnr.": None, "side": None,
}
# Labels that are common words too: they count with a colon, alone on their line, or before their kind of
# value (see label_spans).
_WEAK = {"dato", "tidspunkt", "tid", "sted", "lokale", "mødelokale", "lokation", "mødt", "udvalg", "møde", "forum",
         "side", "medlemmer", "indkaldelse", "fravær", "sagsnr.", "afbud", "forfald", "sekretær", "referent",
         "hvor", "hvornår", "start", "slut", "placering", "adresse", "forhindret", "lokalitet", "deltog",
         "mødeleder", "ordstyrer", "dirigent"}
_LABEL_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in FIELD_OF), key=len, reverse=True))
# a table's cell border after a label is its colon ('| Mødested | Byrådssalen |', 'Dato | 12.03.2024'): a row of
# label and value cells as an HTML table prints them
_CELL_COLON = r"(?::|\|(?=\s|$))"
START_LABEL = re.compile(rf"^(?:\|\s*)?(?P<label>{_LABEL_ALT})(?![\w-])\s*(?P<colon>{_CELL_COLON})?\s*", re.IGNORECASE)


def cased_alternation(keys: list[str]) -> str:
    """The labels as printed inside a line, capitalised or in capitals, longest first (a regex alternation). Two
    labels joined by a slash print each word capitalised ('Afbud/Fraværende'), as each is a label of its own; read
    as the first alone, the second's word would start the value and its names would not read as names."""
    forms = {v for k in keys for v in (k[0].upper() + k[1:], k.upper(), "/".join(w[:1].upper() + w[1:]
                                                                                for w in k.split("/")))}
    # (longest first, ties in alphabetical order: the same pattern whatever order the set iterates in)
    return "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in forms), key=lambda v: (-len(v), v)))


_CASED_ALT = cased_alternation(list(FIELD_OF))  # inside a line only as printed labels are
# a bullet right after a label marks it as a colon does ('… Deltagere • Rita Byskov • Irene Lund …'); a label with
# its colon glued to the value before it, the space lost in extraction ('… kl. 16:00Mødested: …', '… Rådhuset,
# lokale 3Deltagere: …'), counts: a capital right after a small letter or a digit starts no word of a value, and the
# colon makes it a label, as it does anywhere (every printed form opens with a capital: that cheap test first, so the
# labels' long alternation is tried twice only where one may begin)
# an absence label in small letters after a comma, with its colon ('Medlemmer: Anne Hansen (V), Bo Jensen (A),
# fraværende: Carl Dam (C)'): the list goes on into the label of its absentees, in the sentence's case; only the
# absence labels (the words no place, time or sentence prints before a colon after a list's comma)
_LOWER_ABSENT_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k, v in FIELD_OF.items() if v == "absent"),
                                    key=lambda v: (-len(v), v)))
_MID_LABEL = re.compile(rf"(?:(?<=[\s|])|(?<=[a-zæøå\d.)])(?=[A-ZÆØÅ])(?=(?:{_CASED_ALT})\s*:))"
                        rf"(?P<label>{_CASED_ALT}|(?<=[,;]\s)(?:{_LOWER_ABSENT_ALT})(?=\s*:))"
                        rf"(?![\w-])\s*"
                        rf"(?:(?P<colon>{_CELL_COLON})|(?P<bullet>(?=[•·▪●]\s)))?")


def _label_key(label: str) -> str:
    """A label as FIELD_OF keys it: small letters, one space between words."""
    return re.sub(r"\s+", " ", label.lower())


def field_of(label: str) -> str | None:
    return FIELD_OF.get(_label_key(label))


def label_spans(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of the labels a line prints, [] when it is not a label line: the known ones, and in a
    row of them the labels of other publishers, which end the value before them (run_labels)."""
    # (a place, a date and a time are a few words: a label after one ends it; a list of names may hold a 'Formand:'.
    # So are the values of the known labels that fill no field, an end time, a meeting's number, a minute-taker:
    # 'Sluttidspunkt: 19:00 Mødet holdes: Byrådssalen …', 'Referent: Ole Berg Afholdt: Rådhuset …')
    return with_unknown_labels(text, _known_label_spans(text), _one_fact_value)


def _one_fact_value(label: str) -> bool:
    """The label's value is one short fact (a place, a date, a time, or a known label's of no field), never a list."""
    return FIELD_OF.get(_label_key(label), "") in ("location", "date", "when", None)


def prints_meeting_facts(text: str) -> bool:
    """True for a line that labels two or more of the meeting's facts ('… Mødested Mødelokale 2, Rådhuset Dato
    Torsdag 20. juni 2013 Start kl. 16:00', '… Medlemmer Bo Holm (A) … Fraværende …'): the meeting's header, also
    where a transcript flattened it onto one line with the body's name."""
    return len({field_of(label) for label, _, _ in _known_label_spans(text)} - {None}) >= 2


def _known_label_spans(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of the known labels a line prints, [] when it is not a label line.

    A line is a label line when it starts with a label (a common word such as 'Sted' or 'Dato'
    only with a colon or alone), or when labels with colons (or two distinctive ones) occur inside
    it, as in a header block flattened onto one line."""
    spans: list[tuple[str, int, int]] = []
    m = START_LABEL.match(text)
    if m:
        key = re.sub(r"\s+", " ", m.group("label").lower())
        rest = text[m.end():].strip(" |")
        if m.group("colon") or not rest or key not in _WEAK or _weak_label_fits(m.group("label"), rest):
            spans.append((m.group("label"), 0, m.end()))
    mids = []
    for mm in _MID_LABEL.finditer(text):
        if spans and mm.start() < spans[-1][2]:
            continue
        key = re.sub(r"\s+", " ", mm.group("label").lower())
        marked = bool(mm.group("colon")) or mm.group("bullet") is not None
        mids.append((mm.group("label"), mm.start(), mm.end(), marked, key in _WEAK))
    if sum(1 for x in mids if x[0].isupper() and len(x[0]) > 2) >= 3:
        # a row of labels in capitals ('UDVALG Byrådet MØDE Referat STED Byrådssalen STARTTIDSPUNKT …'):
        # there the common words are labels as surely as with a colon, the first one too
        mids = [(lab, a, b, colon or (lab.isupper() and len(lab) > 2), weak) for lab, a, b, colon, weak in mids]
        if m and not spans and m.group("label").isupper() and len(m.group("label")) > 2:
            spans.append((m.group("label"), 0, m.end()))
    # a common word counts as a label where its kind of value follows ('… Medlemmer Jesper Mathiesen (A) …',
    # '… Dato 12.03.2024 Start 16:00 …')
    strong = [x for x in mids if x[3] or not x[4] or field_of(x[0]) in ("participants", "absent", "date", "when")
              and _weak_label_fits(x[0], text[x[2]:])]
    if not spans and not (strong and (any(x[3] for x in strong) or len(strong) >= 2)) \
            and not any(field_of(x[0]) in ("participants", "absent") and _MARKED_NAMES.match(text, x[2])
                        for x in strong):
        return []
    # inside a label line the other labels count too; a common word without a colon only where a label
    # follows it ("… Sted Medlemmer Fraværende …") or its kind of value does ("Dato 08. september 2014")
    # or after a value ("Mødetidspunkt 18.00 Mødelokale Rådssalen"); a place label not where the row of
    # empty labels before it has one already ("Sted Medlemmer Fraværende Lokale 1, …" is a value)
    for label, a, b, colon, weak in mids:
        if spans and a < spans[-1][2]:
            continue
        before = text[:a].split()[-1:]
        if weak and not colon and before and before[0][:1].isupper() and is_body_name(f"{before[0]} {label}"):
            continue  # 'Referat Teknisk Udvalg Mødedato: …': the end of the committee's name
        if weak and not colon and before and (before[0].lower() in ("i", "på") or before[0].endswith(",")):
            continue  # '… kl. 16:00 i Mødelokale 3, Rådhuset', '… Mødecenter C, Lokale 32': the place, no label
        if weak and not colon and _inside_body_name(text, spans[-1][2] if spans else 0, label, a, b):
            continue  # 'Udvalg: Det Lokale Beskæftigelsesråd': a word of the body's name
        if weak and not colon and not _weak_label_fits(label, text[b:]) \
                and not _ends_empty_row(text, spans, label, a, b) and not _lists_after_empty_row(text, spans, label, a):
            # after a value ('… 18:00 Mødelokale Rådssalen'), but not a place's word where the row of labels before
            # that value has the place's label ('Mødested: Deltagere: 12. marts 16:00 Lokale 2, Rådhuset Anne …')
            row = _empty_run(text, spans, spans[-1][2]) if spans else []
            after_value = bool(spans and text[spans[-1][2]: a].strip(" |:")) \
                and not (field_of(label) == "location" and "location" in row)
            place = bool(spans) and field_of(label) == "location" and "location" not in row \
                and any(PLACE_WORD.search(w) for w in text[b:].split()[:4])
            if not (after_value or place):
                continue
            # '… 18:05 Lokale 1, Vordingborg Rådhus': a room's word with its number is the place's first word
            b = a if label.lower() in ("lokale", "mødelokale") and re.match(r"\s*\d", text[b:]) else b
        spans.append((label, a, b))
    return spans


def _inside_body_name(text: str, start: int, label: str, a: int, b: int) -> bool:
    """A common label word printed inside a body's name ('Udvalg: Det Lokale Beskæftigelsesråd', '… Referat Det
    Lokale Beskæftigelsesråd Mødedato: …'): one to three words of the value before it (from `start`), the word and
    one to three words after it name a body together. Why: a label's word is a label where it starts a value of its
    own; where it is the middle of a name the words around it make, the name is the value and the word is its part."""
    before, after = text[start:a].split()[-3:], text[b:].split()[:3]
    return any(is_body_name(" ".join([*before[i:], label, *after[:j]]).strip(" ,:"))
               for i in range(len(before)) for j in range(1, len(after) + 1))


def _ends_empty_row(text: str, spans: list[tuple[str, int, int]], label: str, a: int, b: int) -> bool:
    """A common word that ends the line right behind a label of another field with no value between ('… Sluttidspunkt
    18:25 Sted Medlemmer', a viewer's title that cut the PDF's first words after a row of empty labels): the row's
    next label, no value of the label before it. Why: a label's value is never another field's label word, and a
    line cut after a label prints none of its values."""
    if text[b:].strip(" |:") or not spans or text[spans[-1][2]: a].strip(" |:"):
        return False
    return field_of(label) not in (None, field_of(spans[-1][0]))


def _lists_after_empty_row(text: str, spans: list[tuple[str, int, int]], label: str, a: int) -> bool:
    """A list's common word ('Afbud', 'Medlemmer') right behind a row of two or more empty labels of other fields
    ('Mødedato Mødetidspunkt Mødested Afbud 12.03.2026 16:00 …', a two-column table read column by column): the
    row's next label, as its values follow the row in order. Why: no date, time or place a label before it waits
    for is a word that names a list; after a value the word would be that value's (a place's, a sentence's)."""
    if field_of(label) not in ("participants", "absent") or not spans or text[spans[-1][2]: a].strip(" |:"):
        return False
    run = _empty_run(text, spans, a)
    return len(run) >= 2 and field_of(label) not in run


def _empty_run(text: str, spans: list[tuple[str, int, int]], end: int) -> list[str | None]:
    """The fields of the labels printed one after the other without values up to `end`, last first ('Sted
    Medlemmer Fraværende' before a row's one value)."""
    run: list[str | None] = []
    for lab, a, b in reversed(spans):
        if text[b: end].strip(" |:"):
            break
        run.append(field_of(lab))
        end = a
    return run


# names with their party letters, two or more, no commas needed ('Rita Byskov (A) Irene Lund Pedersen (V) …'): after a
# list's label inside a flattened line they make it a label line, as a colon would
_NAME = r"[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]*){1,4}"
# what follows a list's label where no colon marks it: two names with their parties ('Bo Holm (A) Anne Berg (V)'),
# two or more names set off by commas ('Bo Holm, Anne Berg'), or one name that ends the line ('… Fraværende Bo Holm')
_MARKED_NAMES = re.compile(rf"\s*(?:{_NAME}\s*\([A-ZÆØÅ]{{1,3}}\)[\s,]*){{2}}|\s*{_NAME}(?:\s*,\s*{_NAME})+\s*(?:\.|$)"
                           rf"|\s*{_NAME}\s*$")


def starts_with_label(text: str) -> bool:
    """A line that starts with a meeting label ('Mødested: …', '| Udvalg | Økonomiudvalget |')."""
    spans = label_spans(text)
    return bool(spans) and spans[0][1] == 0


# the rest of a list's label after the word the vocabulary knows ('Medlemmer af udvalget:', 'Til stede fra
# forvaltningen:', 'Tilstedeværende medlemmer:'): small words up to the label's colon, where no name begins
LABEL_GOES_ON = re.compile(r"^(?:[a-zæøå]+\s+){0,3}[a-zæøå]+\s*:\s*")


def _weak_label_fits(label: str, after: str) -> bool:
    after = after.lstrip(" |")
    if START_LABEL.match(after):
        return True
    if field_of(label) in ("date", "when"):
        return bool(re.match(r"(?:\d|kl\b|Kl\b)", after) or WEEKDAY.match(after))
    if field_of(label) in ("participants", "absent"):
        after = LABEL_GOES_ON.sub("", after)
        return bool(re.match(r"[A-ZÆØÅ][\w'’.-]+\s+[A-ZÆØÅ]", after) or LIST_COLUMN_HEADS.fullmatch(after))
    if field_of(label) == "location":
        return _place_fits(label, after)
    return False


def _place_fits(label: str, after: str) -> bool:
    """'Sted Byrådssalen', 'Placering Rådhuset, mødesal 1': a place's label without its colon, where a place's name
    follows: capitalised (a title's or a sentence's next word is small: 'Placering af ny skole') and ending in a
    room's, building's or street's word within its first words (a place's name is a few words, each publisher's
    rooms and halls end so). Not a room's number or letter after its own word ('Lokale 3', 'Mødelokale C, Torvet 2',
    'Lokale D116': the room's word is the place's first word there); after it a label only before a word."""
    if label.lower() in ("lokale", "mødelokale") and not re.match(r"[A-ZÆØÅ][a-zæøå]{2,}", after):
        return False
    words = after.split()[:4]
    return bool(words) and words[0][:1].isupper() and any(PLACE_WORD.search(w.rstrip(",")) for w in words)


# a street's name and its house number ('Kildevej 5', 'Torvet 2B'): the one place shape whose last word is a number
_ADDRESS = re.compile(r"[A-ZÆØÅ][\w-]*(?:vej|gade|allé|alle|plads|torv|stræde|vænge|have|park|bakke|toft)"
                      r"\s+\d{1,4}[A-Za-z]?", re.IGNORECASE)


def place_under_unknown_label(label: str, value: str) -> bool:
    """True where a label the vocabulary does not know ('Mødet holdes:', 'Afholdt:', 'Mødelokale og adresse:') has
    a place's name for its value in a header row: 'Byrådssalen, Kildeby Rådhus', 'Kildevej 5, 4300 Kildeby'. Why:
    a council names the place's label in its own words, but the place itself prints as places do everywhere: a
    few capitalised words whose first part (before a comma) ends in a room's, hall's or building's word, or a
    street with its number. A known label is read by its field; a sentence, a date or a body's name is no place."""
    if FIELD_OF.get(re.sub(r"\s+", " ", label.lower()), "") != "":
        return False
    value = value.strip(" |")
    words = value.replace(",", " ").split()
    if not 1 <= len(words) <= 8 or len(value) > 80 or is_body_name(value) or WEEKDAY.search(value):
        return False
    first = value.split(",")[0].split()
    if not 1 <= len(first) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in first):
        return False
    last = first[-1]
    return bool(_ADDRESS.fullmatch(" ".join(first[-2:])) or not last[:1].isdigit() and PLACE_WORD.search(last))


def place_before_labels(text: str) -> str | None:
    """The place a header row prints under an unknown label before its first known label ('Referat Teknisk Udvalg
    Mødet holdes: Byrådssalen, Rådhuset Mødedato: …': `text` is what stands before 'Mødedato'), else None. Why: a
    row is read from its known labels on; an unknown label in front of them is a label of the same row (its shape
    says so) whose value ends where the first known label starts, and it is the place where that value is shaped
    as one (place_under_unknown_label)."""
    spans = unknown_label_spans(" " + text)
    if not spans:
        return None
    label, _a, b = spans[-1]
    value = (" " + text)[b:].strip(" |")
    return value if place_under_unknown_label(label, value) else None
