"""Who a stance sentence names: people, party markers, party names and lists of them.

The minutes name the members who voted or dissented in a handful of shapes that combine freely:
`Jesper Kjeldsen`, `Mehmet Zeki Dogru (Ø)`, `Liselott Blixt (UP-1)`, `(Ø)`, `Ø`, `SF`,
`Socialistisk Folkeparti`, and lists of any of them (`X, Y og Z`, `(A), (F) og (Ø)`, `A+T+V`).
This module is that small grammar; parse/positions.py says which verbs give which stance.
It knows no municipality: party names are the national ones, local lists are read as names.
"""
from __future__ import annotations

import re

# A party marker printed with a name or alone: "(V)", "(UP-1)", "(SF)"; a bare letter "V", "SF".
MARKER = r"\((?:[A-ZÆØÅ]{1,3}(?:-\d{1,2})?)\)"
LETTER = r"(?:[A-ZÆØÅ]{1,2}|SF|DF|LA|KD|UP(?:-\d{1,2})?)"
# National party names (`Venstre`, `Det Konservative Folkeparti`); longer names first.
PARTY_NAMES = (
    "Det Konservative Folkeparti", "Konservative Folkeparti", "Det Radikale Venstre", "Radikale Venstre",
    "Socialistisk Folkeparti", "Dansk Folkeparti", "Liberal Alliance", "Nye Borgerlige", "Borgernes Parti",
    "Frie Grønne", "Slesvigsk Parti", "Socialdemokratiet", "Socialdemokraterne", "Enhedslisten",
    "Alternativet", "Moderaterne", "Danmarksdemokraterne", "Kristendemokraterne", "Konservative",
    "De Konservative", "Radikale", "Venstre", "Veganerpartiet",
)
# ... and local lists named "-listen" ("Borgerlisten", "Fælleslisten"), read as party names too
PARTY_NAME = ("(?:" + "|".join(re.escape(p) for p in PARTY_NAMES) + r"|[A-ZÆØÅ][a-zæøå]+listen)(?![\wæøåÆØÅ])")
# a party's name cut short in brackets, as a narrow column prints it ('(Soc.)', '(Kons.)', '(Rad. V.)'): a word's
# first three letters or more and its full stop, where a party's name has a word that starts so; a remark in
# brackets ('(Orlov)', '(fra kl. 17)') is a whole word or a sentence, no name's first letters and a stop
_PARTY_WORD_STARTS = {w[:n] for p in PARTY_NAMES for w in p.split() if len(w) > 4 for n in range(3, len(w) - 1)}
_ABBREVIATED = "(?:" + "|".join(sorted(_PARTY_WORD_STARTS, key=lambda v: (-len(v), v))) + r")\."
PARTY_ABBREVIATION = rf"{_ABBREVIATED}(?:\s?{_ABBREVIATED}|\s?[A-ZÆØÅ]\.|\s?[a-zæøå]{{2,5}}\.)?"  # ('Soc.dem.')
# One word of a person's name: "Jesper", "Hans-Jørgen", "Søgaard", an initial "T.", particles "van", "de".
_NAME_WORD = r"(?:[A-ZÆØÅÉÜÖ][a-zæøåéüöäè'’]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]\.)"
_PARTICLE = r"(?:van|von|der|de|la|le|af|du|den|el|al|bin|ibn)"
PERSON = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,5}}"
# A role title before a name is not part of the name: "Rådmand Jesper Kjeldsen", "1. viceborgmester Anne Hansen",
# "Formanden Bo Lund" - the council's offices, each also in its definite form; people.clean_name adds the staff's titles
ROLE_TITLE = (r"(?:\d\.\s*)?(?:Rådmand|(?:Vice)?borgmester|(?:Næst|Udvalgs|Gruppe|Regionsråds)?formand|\w*medlem"
              r"|Borgerrepræsentant)(?:en|et)?")
TITLES = re.compile(rf"^(?:{ROLE_TITLE}\s+)+", re.IGNORECASE)
# Capitalised words that start a decision or name a body, never a person: "Godkendt F undlod",
# "Anbefales Mehmet Zeki Dogru (Ø) stemmer imod", "Teknisk Udvalg".
_NOT_NAME = {
    "godkendt", "godkendes", "godkender", "godkendte", "anbefales", "anbefalet", "anbefaler", "anbefalede",
    "tiltrådt", "tiltrådte", "tiltræder", "vedtaget", "vedtages", "taget", "tages", "drøftet", "drøftede",
    "orienteringen", "oversendes", "sendes", "fremsendes", "indstilles", "ikke", "ingen", "alle", "for", "imod",
    "mod", "undlod", "undlader", "stemte", "stemmer", "heraf", "herefter", "derudover", "desuden", "endvidere",
    "yderligere", "sagen", "punktet", "beslutning", "beslutningen", "indstillingen", "forslaget", "dog", "også",
    "samt", "og", "eller", "med", "uden", "efter", "den", "det", "de", "der", "et", "en", "af", "til", "på", "i",
    "ad", "at", "pkt", "punkt", "bilag", "kan", "kunne", "blev", "var", "er", "vil", "skal", "faldet",
    "bortfaldet", "afvist", "afvises", "udsat", "udsættes", "besluttet", "besluttede", "referat", "protokol",
    "ændringsforslag", "mindretalsudtalelse", "protokolbemærkning", "hverken", "blank", "blanke", "enstemmigt",
    "flertal", "flertallet", "mindretal", "mindretallet", "administrationen", "forvaltningen", "borgmesteren",
    "formanden", "rådmanden", "ja", "nej", "tilført", "note", "bemærkning", "bemærkninger", "afstemning",
    "ønsker", "ønskede", "medens", "mens", "men", "idet", "da", "som", "hvor", "hvis", "når", "januar",
    "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
    "december",
}
_BODY_WORD = re.compile(r"(?:udvalg|råd|rådet|bestyrelse|magistrat|kommune|forvaltning|administration|direktion"
                        r"|afdeling|flertal|mindretal|gruppe|forening|selskab)", re.IGNORECASE)

# One member of a list, as printed.
MEMBER = re.compile(
    rf"(?:(?P<party>{PARTY_NAME})(?:\s*{MARKER})?"
    rf"|(?P<person>{PERSON})(?:\s*(?P<pmark>{MARKER}))?"
    rf"|(?P<first>{_NAME_WORD})\s*(?P<fmark>{MARKER})"
    rf"|(?P<marker>{MARKER})"
    rf"|(?P<letter>(?<![\wÆØÅæøå]){LETTER})(?![\wÆØÅæøå(]))")
_MEMBER_AT_END = re.compile(rf"(?:{MEMBER.pattern})\s*$")
# what parts two members of a list ('A, B', 'A, og B', 'A og B', 'A + B', 'A & B'), read from either end
_SEP = r"(?:\s*,\s*(?:og\s+)?|\s+og\s+|\s*\+\s*|\s*&\s*)"
_SEP_AT_END = re.compile(_SEP + "$")
_SEP_AT_START = re.compile(_SEP)
# a list printed without commas between marked names: "Pernille Beckmann (V), Marc Genning (V) Hans-Jørgen Kirstein (D)"
_BARE_SEP_AFTER_MARK = re.compile(r"(?<=\))\s+(?=[A-ZÆØÅ(])")
_BARE_SEP_BEFORE_END = re.compile(r"(?<=\))\s+$")
# a bare letter after a lower-case word is a sub-point ("indstillingspunkt C"), not a party; after "Godkendt" it is
_SUBJECT_WORDS = r"(?:og|samt|men|mens|eller|hvorimod|idet|da|kun|alene|dog)"  # may stand before a subject
_PROSE_BEFORE = re.compile(rf"(?:(?<![\wæøåÆØÅ])(?!{_SUBJECT_WORDS}\s*$)[a-zæøå][\wæøå]*|\b(?:pkt|nr|jf|ad)\.)\s*$")


def _clean_person(raw: str) -> str | None:
    """A matched run of capitalised words -> the person's name, or None when it is not a person.

    Leading words that start a decision (`Anbefales`, `Godkendt`) are dropped; a body
    (`Teknisk Udvalg`) is no person."""
    text = TITLES.sub("", raw.strip())
    words = text.split()
    while words and words[0].rstrip(".").casefold() in _NOT_NAME:
        words.pop(0)
    if len(words) < 2 or any(w.casefold() in _NOT_NAME for w in words[1:]):
        return None
    if any(_BODY_WORD.search(w) for w in words):
        return None
    return " ".join(words)


def member_text(m: re.Match[str]) -> str | None:
    """The printed form of one MEMBER match, as positions' `who`: `(Ø)` -> `Ø`, titles dropped."""
    if m.group("party"):
        return re.sub(r"\s+", " ", m.group(0).strip())
    if m.group("person"):
        name = _clean_person(m.group("person"))
        if name is None:
            return None
        if m.group("pmark"):
            return f"{name} {m.group('pmark')}"
        return name
    if m.group("first"):
        word = m.group("first")
        if word.casefold() in _NOT_NAME or _BODY_WORD.search(word):
            return None
        return f"{word} {m.group('fmark')}"
    if m.group("marker"):
        return m.group("marker")[1:-1]
    return m.group("letter")


_TITLE_AT_END = re.compile(
    r"(?:^|\s)(?:rådmand|borgmester|viceborgmester|formand|næstformand|udvalgsformand|byrådsmedlem"
    r"|kommunalbestyrelsesmedlem|medlem|regionsrådsmedlem|udvalgsmedlem)\s*$", re.IGNORECASE)


def _name_comma_party(items: list[tuple[str, str, str]]) -> list[str]:
    """`Stephanie Lose, V og Anne Hansen, A` -> `['Stephanie Lose, V', 'Anne Hansen, A']`: when every unmarked
    name is followed by a comma and a party letter, the letter is that name's marker (as printed)."""
    kinds, half = [k for _, k, _ in items], len(items) // 2
    if len(items) >= 2 and len(items) % 2 == 0 and kinds[0::2] == ["person"] * half \
            and kinds[1::2] == ["letter"] * half and all(sep == "," for _, _, sep in items[0::2]):
        return [f"{items[i][0]}, {items[i + 1][0]}" for i in range(0, len(items), 2)]
    return [w for w, _, _ in items]


def _kind(m: re.Match[str]) -> str:
    if m.group("person") and not m.group("pmark"):
        return "person"
    return "letter" if m.group("letter") else "other"


def list_before(text: str) -> list[str]:
    """The list of members that ends `text` (the words right before a stance verb), in printed order.

    `'1.-2. Anbefales. (A), (C) og (F)'` -> `['A', 'C', 'F']`; `'Udvalget godkender Linda Heegaard (SF)'`
    -> `['Linda Heegaard (SF)']`; no list at the end -> `[]`."""
    items: list[tuple[str, str, str]] = []  # (who, kind, the separator after it)
    rest = text.rstrip(" ,")
    next_sep = ""
    while True:
        m = _MEMBER_AT_END.search(rest)
        who = member_text(m) if m else None
        while m and who is None:  # "Godkendes (Ø)": not a name, but a marker ends it; try later starts
            m = _MEMBER_AT_END.search(rest, m.start() + 1)
            who = member_text(m) if m else None
        if m is None or who is None:
            break
        start = m.start()
        # a bare letter must stand apart: "(A) og C" yes, "pkt. C" no (a letter after prose is a sub-point)
        if m.group("letter") and not items and _PROSE_BEFORE.search(rest[:start]):
            break
        items.insert(0, (who, _kind(m), next_sep))
        rest = _TITLE_AT_END.sub(" ", rest[:start])
        sep = _SEP_AT_END.search(rest) or (_BARE_SEP_BEFORE_END.search(rest) if who.endswith(")") else None)
        if not sep:
            break
        next_sep = sep.group(0).strip()
        rest = rest[:sep.start()]
    return _name_comma_party(items)


def list_after(text: str) -> tuple[list[str], int]:
    """The list of members that starts `text` (after `For stemte:`), and how many characters it took."""
    items: list[tuple[str, str, str]] = []
    pos = 0
    last = False
    while True:
        m = MEMBER.match(text, pos)
        if not m:
            break
        who = member_text(m)
        if who is None and m.group("person"):
            item, pos = _name_before_heading_word(text, m, pos)
            if item is not None:
                items.append(item)
            break
        if who is None:
            break
        items.append((who, _kind(m), ""))
        pos = m.end()
        if last:
            break  # "A, B og C" ends at C
        sep = _SEP_AT_START.match(text, pos) or _BARE_SEP_AFTER_MARK.match(text, pos)
        if not sep:
            break
        if _TITLE_AT_START.match(text, sep.end()):
            sep_end = _TITLE_AT_START.match(text, sep.end()).end()
        else:
            sep_end = sep.end()
        last = "og" in sep.group(0)
        items[-1] = (items[-1][0], items[-1][1], sep.group(0).strip())
        pos = sep_end
    return _name_comma_party(items), pos


def _name_before_heading_word(text: str, m: re.Match[str], pos: int) -> tuple[tuple[str, str, str] | None, int]:
    """list_after's last member where a name run swallowed a following heading word ("Jens Hansen Imod"): the
    name part, or a party letter ending a sentence ("og Ø. Imod stemte"), or None; and where the list ends."""
    words = m.group("person").split()
    while words and words[-1].casefold() in _NOT_NAME:
        words.pop()
    who = _clean_person(" ".join(words)) if len(words) >= 2 else None
    if who is not None:
        return (who, "person", ""), m.start() + m.group(0).find(words[-1]) + len(words[-1])
    if (lm := _LONE_LETTER.match(text, pos)):
        return (lm.group(0), "letter", ""), lm.end()
    return None, pos


_LONE_LETTER = re.compile(rf"{LETTER}(?=[.,;:]?(?:\s|$))")
_TITLE_AT_START = re.compile(
    r"(?:rådmand|borgmester|viceborgmester|formand|næstformand|udvalgsformand|byrådsmedlem"
    r"|kommunalbestyrelsesmedlem|medlem|regionsrådsmedlem)\s+", re.IGNORECASE)


def split_letters(text: str) -> list[str]:
    """`'A, F og Ø'`, `'A+T+V'` -> `['A', 'F', 'Ø']` (a vote count's bracketed party list)."""
    found, _ = list_after(text.strip())
    return found
