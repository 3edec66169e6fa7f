"""The names a members' or absentees' value lists, as a meeting's header prints them.

'Anne Hansen (V), Bo Jensen (A) og Carl Berg (F)', 'Formand Anne Hansen, V Bo Jensen, A', 'Larsen, Erling (A)', a
list run on into the contents or the prose after it ('… Bo Jensen (A) Referat 1. …', '… (V) Mødet blev holdt …'):
where the list ends, which piece is a name, and what is a role, a remark or a party around it. Apart from the
header reader (meeting.py), which decides where a list is; this module only reads one.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .dashes import SPACED_DASH
from .list_bullets import DASHED_SUBSTITUTE, bullets_parted
from .members import PARTY_NAME
from .page_lines import CONTENTS_START
from .people import (
    LIST_BULLET,
    MEETING_ABSENT_SENTENCE,
    NAME_CAPITAL,
    NAME_SEPARATOR,
    NOT_NAME_ABBREVIATION,
    OFFICES,
    PART_OF_MEETING,
    PARTY_ALONE,
    REMARK,
    ROLE_THEN_PARTY,
    ROLES,
    SUBSTITUTE_REMARK,
    danish_first_names,
    names_in_capitals,
    names_without_separators,
    split_names,
    surname_first,
)

# a line that starts as a name does, after a bullet if any, in any Latin alphabet
NAME_LINE = re.compile(rf"^{LIST_BULLET}?\s*[{NAME_CAPITAL}]")  # ('Ümit Özdemir (F)')
_NAME_TOKEN = re.compile(r"^[A-ZÆØÅ][\w'’.-]*$")


# words of an agenda that end a flattened list of names: "… Erik Kristensen Åben Punkt 1."
MARKER_WORD = re.compile(r"^(?:Åben|Åbent|Åbne|Lukket|Punkt|Pkt\.?|Sag|Bilag|Side|Indholdsfortegnelse|Dagsorden|"
                          r"Dagsordenen|Referat|Godkendt|Godkendelse|Bemærkninger|Mødet|Sagsoversigt)$")


_PARTIAL = re.compile(r"\bdeltog\s+ikke\s+i\s+(?:behandlingen\s+af\s+)?(?:pkt|punkt|sag)", re.IGNORECASE)


PARTY_LETTERS = re.compile(r"[A-ZÆØÅ]{1,2}|SF|DF|LA|KD")


# (a role first with its label's colon too: 'Formand: Ulla Tvede')
_LEADING_ROLE = re.compile(rf"^(?:{OFFICES}|overborgmester|rådmand|\w*medlem)\b[.:]?\s*(?=[A-ZÆØÅ]|$)")


# a name with the items or hours it was absent for: 'Anne Hansen (punkt 1-3)', 'Anne Hansen under pkt. 4',
# 'Bo Jensen fra kl. 17.30', 'Bo Jensen (deltog fra pkt. 2)', 'Bo Jensen (V), pkt. 1-2' — the name and its
# remark go (absence from the whole meeting only is the meeting's)
ABSENT_FOR_PART = re.compile(
    # (a word of the name ends with a full stop only as an initial: 'Anne Hansen. Bo Jensen deltog fra …' is two)
    r"[A-ZÆØÅ](?:[\w'’-]*|\.)(?:\s+[A-ZÆØÅ](?:[\w'’-]*|\.)){1,4}(?:\s*\([A-ZÆØÅ]{0,3}\))?"
    rf"(?:\s*[,{SPACED_DASH}]\s*|\s*\(\s*|\s+)(?i:{PART_OF_MEETING})\)?")


# where a flattened list of names has ended: the contents list or the first item after it (no name holds a digit).
# The words that head a contents list are generic Danish ('Indhold', 'Sagsliste', 'Følgende sager behandles').
LIST_END = re.compile(r"\s+(?=\d{1,3}\.\s+[A-ZÆØÅ])")  # (the contents' words cut it before: CONTENTS_START)


# a contents table's column heads ('Pkt. Tekst Side', 'Sag nr. Side', 'Punkt Titel'), with the one word above
# them that heads the table ('Oversigt Pkt. Tekst …'), whatever that word is
_COLUMN_HEADS = re.compile(r"(?:\s+(?P<word>[A-ZÆØÅ][a-zæøå]+))?\s+(?:Pkt\.|Punkt(?:\s+nr\.)?|Sag\s+nr\.|Nr\.)"
                           r"\s+(?:Tekst|Titel|Emne|Side)\b")


def before_column_heads(text: str) -> str:
    """A flattened list of names up to a contents table's column heads ('Fraværende: Bo Holm Oversigt Pkt. Tekst
    Side 1 …'): the heads end it, and the word above them is the table's heading where the last name before it
    has two words at least, or no name does ('Fraværende: Oversigt Pkt. Tekst': none absent); a name has two."""
    m = _COLUMN_HEADS.search(text)
    if m is None:
        return text
    before = text[: m.start()]
    last = re.split(r",|\s+og\s+|:", before)[-1].split()  # the words of the last name before the word
    if m.group("word") and len(last) == 1:
        return before + " " + m.group("word")  # the word ends a name ('…, Bo Holm Pkt. Tekst')
    return before


# a role printed between two names of a flattened list, maybe with the party of the name before it: a table's
# column of roles ('Anne Hansen Formand Bo Jensen Næstformand …', 'Anne Hansen, formand (A) Bo Jensen …', 'Anne
# Hansen (A) – formand, Bo Jensen …'), or with a colon where each office was a label on a line of its own ('… Ulla
# Tvede (A) Næstformand: Per Kragh (V)': the same office, its line run on)
_ROLE_BETWEEN = re.compile(rf"(?<=[\w)])(?:\s*,|\s+[{SPACED_DASH}])?\s+(?i:{ROLES})[.:]?\s*"
                           rf"(?P<party>\([A-ZÆØÅ]{{1,3}}\))?"
                           r"(?=\s+[A-ZÆØÅ]|\s*(?:[,;]|$))")


def _role_to_separator(m: re.Match[str]) -> str:
    """The role goes; its party stays with the name before it, and the names are parted as by a comma."""
    return f" {m.group('party')}," if m.group("party") else ","


# a sentence after a name's party letters ends a flattened list: a capitalised word, then words in lower case
_PROSE_AFTER_PARTY = re.compile(r"(?:(?<=\([A-ZÆØÅ]\))|(?<=\([A-ZÆØÅ]{2}\))|(?<=\([A-ZÆØÅ]{3}\)))\s+"
                                r"(?=[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]{2,}\s+[a-zæøå]{2,}\b)")


# a party letter or a party's name after a name's comma, then the next name, where a list of 'Anna Holm, V' or
# 'Anna Holm, Venstre' lines was flattened (the party is that name's marker; a second such pair makes it a list)
_LETTER_THEN_NAME = re.compile(rf"(,\s*(?:[A-ZÆØÅ]{{1,2}}|{PARTY_NAME}))\s+(?=[A-ZÆØÅ][a-zæøå])")


# a contents list numbered without full stops after a flattened list ('… Bo Holm, Venstre 1 Godkendelse af
# dagsorden 2 Lokalplan …'): item 1's title and then item 2's number. Why: no name holds a digit, and a number
# sequence 1, 2 with a title between is a list of items whatever the page's words are
_CONTENTS_BY_NUMBERS = re.compile(r"\s+(?=1\s+[A-ZÆØÅ][^\d]{2,150}?\s2\s+[A-ZÆØÅ])")


def _list_only(text: str) -> str:
    """A flattened list up to where the page goes on ('… Dorte Lund (O) 1. Godkendelse …', '… Jens S. Højland (O)
    Kopier link til punktet …'), a party letter after a name's comma set off from the next name ('Anna Holm, V Bo
    Berg, A …': a list of 'Name, V' lines)."""
    text = _CONTENTS_BY_NUMBERS.split(LIST_END.split(text, maxsplit=1)[0], maxsplit=1)[0]
    text = _PROSE_AFTER_PARTY.split(text, maxsplit=1)[0]
    return _LETTER_THEN_NAME.sub(r"\1, ", text) if len(_LETTER_THEN_NAME.findall(text)) >= 2 else text


# the document's kind as a flattened head prints it after its facts, capitalised ('… Bo Jensen Referat Sag 1 …')
_KIND_AFTER_NAMES = re.compile(r"\s+(?=(?:Referat|Dagsorden|Beslutningsprotokol|REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL)"
                               r"(?![\w-]))")


# a substitutes' label after the absentees ('Afbud: Bo Jensen Stedfortræder: Dorte Vinge', a flattened head) or the
# members ('Medlemmer: …, Carl Nielsen Stedfortrædere: Dorte Lund, Erik Holm'): the names behind it came in someone's
# place, under a label of their own, so the list before ends at the label. Why across publishers: a substitute is
# named beside the member he replaces, under a label of his own, and no name ends in that word
_SUBSTITUTE_LABEL = re.compile(r"\s+(?=(?i:stedfortræder|suppleant)(?:e|er|en|erne)?\s*(?:for\s+[^:]{2,60})?:)")


# the full stop that ends a list written as a sentence, right after the last name's party letters ('Afbud fra Anne
# Hansen, V.', '… Bo Jensen - A.'): the stop is the sentence's, the letters the party's (split off, 'V.' is no party)
_STOP_AFTER_PARTY_LETTERS = re.compile(rf"((?:,\s*|\s[{SPACED_DASH}]\s)(?:{PARTY_LETTERS.pattern}))\.\s*$")


def listed_names_in(text: str, field: str) -> list[str]:
    """Names in a flattened list value. The list ends where prose starts ('…, stedfortrædere X',
    '… Følgende sager behandles') or at 'Ingen'; remarks in brackets go."""
    text = _STOP_AFTER_PARTY_LETTERS.sub(r"\1", text)
    # first the contents after the list ('Fraværende: Bo Jensen Indholdsfortegnelse Sag 1 …'), whose item
    # numbers would read as the items a name was absent for
    text = before_column_heads(CONTENTS_START.split(text, maxsplit=1)[0])
    text = _KIND_AFTER_NAMES.split(text, maxsplit=1)[0]  # '… Bo Jensen Referat …': the head's title after the list
    text = before_person_sentence(text)  # (before the substitutes' remarks go: its sentence may print one)
    text = SUBSTITUTE_REMARK.sub("", text)  # 'X (A) - suppleant for Y': X is the member
    text = DASHED_SUBSTITUTE.sub("", text)  # '• X, V - Y stedfortræder • Z, C': X and Z are listed
    text = _SUBSTITUTE_LABEL.split(text, maxsplit=1)[0]
    if field == "absent":  # absent for some items only ('X (punkt 1-3)', 'X fra kl. 17.30'): not the meeting's
        text = ABSENT_FOR_PART.sub(",", text)
        # the list ends with its sentence ('Afbud: Anne Hansen. Bo Jensen deltog fra punkt 2.'); an initial
        # does not end it ('Jens A. Hansen'), nor a given name's short form ('Jens Chr. Hansen')
        text = re.split(rf"(?<=[a-zæøå)]{{2}}){NOT_NAME_ABBREVIATION}\.\s+", text, maxsplit=1)[0]
    text = _ROLE_BETWEEN.sub(_role_to_separator, _list_only(bullets_parted(text, ' • ')))
    text = re.split(r"\s+Ingen\b", " " + REMARK.sub(" ", text), maxsplit=1)[0]
    out: list[str] = []
    # (a table's cell bars or slashes between the names too: 'Anne Hansen (A) | Bo Jensen (V) / Carl Dam (C)')
    # (a list printed surname first, 'Hansen, Anne (A), Jensen, Bo (V)': each surname with the given names after it)
    for chunk in surname_first(re.split(rf"{NAME_SEPARATOR}|\s*[•·▪●]\s+|\s+[|/]\s+|\s+ved\s+afbud\b\s*",
                                        text.strip())):
        chunk = chunk.strip()
        if not chunk or chunk == "," or _of_the_name_before(chunk, out):
            continue
        chunk = _LEADING_ROLE.sub("", chunk)  # '…, formand Bo Jensen Carl Nielsen': the role of the name after it
        if not chunk:
            continue
        if chunk[0].islower() or _PARTIAL.search(chunk):
            break  # a remark begins, or absence from some items only: what follows is not the list
        chunk, prose = _names_then_prose(chunk)
        names = split_names(chunk, run_on=True)
        if not names:
            out.extend(_names_before_prose(chunk.split()))
            break
        out.extend(names)
        if prose:
            break
    if not out and field == "absent":
        return names_in_capitals(text)  # 'Fraværende: JONAS KVIST': a template that sets the names in capitals
    return out  # repeats kept: a flattened list may name its absentees again after the members


# (public: attendance_lists calls it)
def before_person_sentence(text: str) -> str:
    """A flattened list up to the sentence after it about one person (_SENTENCE_ON_PERSON: 'Carl Olsen (C), Eva
    Berg (O) Anne Hansen (V) deltog ikke i mødet.', a transcript's head line; 'Fraværende: Bo Jensen Dorte Lund (V)
    deltog som stedfortræder.'): its subject is no entry of the list (annotation rules: participants are the lists'
    people; the sentence is the meeting's absence, a part of it, or a substitute's). The sentence
    starts after the last party marker that no comma or 'og' follows and that such a sentence follows (bracketed, or
    letters after a comma or a dash: 'Eva Berg, C Anne Hansen, V havde meldt forfald.')."""
    cut = None
    for m in sorted((*PARTY_END.finditer(text), *LETTER_PARTY_END.finditer(text)), key=lambda m: m.start()):
        after = text[m.end():]
        if after[:1].isspace() and _SENTENCE_ON_PERSON.match(after.lstrip()):
            cut = m.end()
    cut = cut if cut is not None else absence_after_unmarked_name(text, _SENTENCE_ON_PERSON)
    return text if cut is None else text[:cut]


# a sentence about one person that a flattened list runs on into: the whole meeting's absence, or what a person did at
# part of it or in whose place ('Bo Jensen deltog ikke i punkt 2 og 3.', 'Dorte Lund (V) deltog som stedfortræder.',
# 'Eva Berg mødte i stedet for Bo Jensen'): a name followed by a verb in lower case, which no list prints
_SENTENCE_ON_PERSON = re.compile(
    rf"(?:{MEETING_ABSENT_SENTENCE.pattern})|[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*){{1,3}}(?:\s*\([A-ZÆØÅ]{{1,4}}\.?\))?"
    r"\s+(?:deltog|mødte|forlod|ankom)\s+(?:ikke\s+)?(?:som|i|under|fra|til|efter|kl\.?|mødet)\s",
    MEETING_ABSENT_SENTENCE.flags)


_CAPITAL_WORD = re.compile(r"(?<=\s)[A-ZÆØÅ][\w'’.-]*")
_WORDS_REACH = 100  # characters that hold two words of a name, and twice that four


def absence_after_unmarked_name(text: str, sentence: re.Pattern[str] = MEETING_ABSENT_SENTENCE) -> int | None:
    """Where a sentence of absence begins right after a flattened list whose names print no party ('Anne Hansen, Bo
    Jensen, Carl Dam Carl Dam var fraværende.'), or None: a name of two to four capitalised words after the list's
    last comma or 'og', then a sentence of absence (MEETING_ABSENT_SENTENCE) whose subject starts with a given name
    and has two words or more. No mark tells where the list's last name ends, but a name of one word is no
    member's, and a subject opens with its given name, so the split is where both hold. Where it holds at more
    than one place ('…, Dorte Lund Dorte Lund Bo Jensen deltog ikke i punkt 2.': the members, the absentees run on
    after them, then the sentence), the split after a name the list printed before wins: a list that repeats a name
    has ended (absentees are members); else the first."""
    found: list[int] = []
    for m in _CAPITAL_WORD.finditer(text):
        subject = text[m.start(): m.start() + _WORDS_REACH].split()[:2]
        if len(subject) < 2 or not subject[1][:1].isupper() or subject[0] not in danish_first_names():
            continue
        # (read back no further than a name of four words reaches: a flattened page is one long line)
        entry = re.split(rf"{NAME_SEPARATOR}", text[max(0, m.start() - _WORDS_REACH * 2): m.start()])[-1].split()
        if 2 <= len(entry) <= 4 and all(_NAME_TOKEN.match(w) for w in entry) \
                and sentence.match(text, m.start()):
            if _printed_before(text, m.start(), " ".join(entry)):
                return m.start()
            found.append(m.start())
        elif found:
            break  # (the candidates of one sentence stand side by side)
    return found[0] if found else None


def _printed_before(text: str, at: int, entry: str) -> bool:
    """`entry` (the words right before `at`) ends in a name of two words or more that the text printed earlier on as
    well ('…, Dorte Lund Dorte Lund')."""
    words = entry.split()
    tails = (" ".join(words[k:]) for k in range(len(words) - 1))
    return any(-1 < text.find(tail) < text.rfind(tail, 0, at) for tail in tails)


def _of_the_name_before(chunk: str, out: list[str]) -> bool:
    """A piece of a list that belongs to the name before it (its party, its role), added to it in `out`:
    'Anne Hansen, Socialdemokratiet', 'Lise Holm, SF', '…, formand (A); …'."""
    if (PARTY_ALONE.fullmatch(chunk) or PARTY_LETTERS.fullmatch(chunk)) and out and "," not in out[-1]:
        out[-1] = f"{out[-1]}, {chunk}"
        return True
    if re.fullmatch(r"\([A-ZÆØÅ]{1,3}\)", chunk) and out and not out[-1].endswith(")"):
        out[-1] = f"{out[-1]}, {chunk}"  # 'Erling Larsen, (A), Bo Jensen, (V)': the party after its own comma
        return True
    role = ROLE_THEN_PARTY.fullmatch(chunk)
    if role and role.group("party") and out and not out[-1].endswith(")"):
        out[-1] = f"{out[-1]} {role.group('party')}"
    return bool(role)


# a party marker that ends a name: '(V)', '(KB) A'
# a party's letters printed after a name without brackets ('Anne Hansen, A', 'Anne Hansen - A', 'Anne Hansen A')
PARTY_AFTER = re.compile(rf"(?:,\s*|\s[{SPACED_DASH}]\s|\s)[A-ZÆØÅ]{{1,2}}$")


PARTY_END = re.compile(r"\([\wÆØÅæøå]{1,10}\)\s*[A-ZÆØÅ]{1,2}(?![\wÆØÅæøå(])|\([A-ZÆØÅ]{1,3}\)")
# a party's letters after a comma or a spaced dash, as a list prints them that sets none in brackets ('Eva Berg, C',
# 'Eva Berg - C'): where a flattened list of such names ends, as a bracket's end marks it in the others
LETTER_PARTY_END = re.compile(r"(?:(?<=,)|(?<=, )|(?<= - )|(?<= – ))[A-ZÆØÅ]{1,2}(?![\w(])")


def _names_then_prose(chunk: str) -> tuple[str, bool]:
    """(the names, whether prose followed them) of a flattened list's last piece whose names each end in a party
    marker and run on into the page's next text ('Claus Olsen(V) Flemming Hansen(A) Sager 11 - 21 Fold alle
    ud …'): the list ends at the last marker when what follows it is no name."""
    ends = list(PARTY_END.finditer(chunk))
    if not ends:
        return chunk, False
    rest = chunk[ends[-1].end():].strip()
    if not rest or split_names(rest, run_on=True) and not re.search(r"\d", rest):
        return chunk, False
    return chunk[: ends[-1].end()], True


def _names_before_prose(words: list[str]) -> list[str]:
    """The names a list's last chunk starts with, before the prose after it ('Børge Bech Følgende sager …',
    'Anne Hansen (A). I stedet mødte …', 'Anne Hansen Bo Jensen Carl Nielsen Mødet …')."""
    j = 0
    while j < len(words) and (_NAME_TOKEN.match(words[j]) or words[j] in ("van", "von", "de", "la")) \
            and not MARKER_WORD.match(words[j]) and not is_body_name(words[j]):
        j += 1
    if j < len(words) and words[j][:1].islower() and j >= 3:
        j -= 1  # "Børge Bech Følgende sager …": the last capitalised word starts a sentence
    elif 2 <= j < len(words) and re.fullmatch(r"\([A-ZÆØÅ]{1,3}\)[.,;]?", words[j]):
        words = [*words[:j], words[j].rstrip(".,;")]
        j += 1  # 'Anne Hansen (A). I stedet mødte …': its party
    names = split_names(" ".join(words[:j])) if j >= 2 else []
    if not names and j >= 4:
        names = names_without_separators(words[:j])  # 'Anne Hansen Bo Jensen Carl Nielsen'
    return names
