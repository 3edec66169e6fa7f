"""Who attended and who did not, as a head prints the lists under their labels.

Why a module: a list of names runs over lines, into columns and into other lists (members then absentees, a
list printed again, a row of empty labels whose lists follow); a mark after a name ('(afbud)', '- fraværende', a
table's minus sign) moves it to the absentees. The label readers hand a label's value here and get the names back."""
from __future__ import annotations

import re

from ..model import Meeting
from .dashes import SPACED_DASH
from .document_kind import KIND_WORD, kind_in
from .fact_labels import FIELD_OF, label_spans
from .headings import is_heading
from .lines import Line
from .list_bullets import DASHED_SUBSTITUTE
from .members import ROLE_TITLE
from .name_lists import (
    ABSENT_FOR_PART,
    LIST_END,
    NAME_LINE,
    PARTY_END,
    before_person_sentence,
    listed_names_in,
)
from .page_lines import CONTENTS_START
from .people import (
    ABSENCE_LABEL_WORD,
    ABSENCE_REASON_WORD,
    ABSENT_LEAD,
    LIST_BULLET,
    MEETING_ABSENT_SENTENCE,
    NAME_CAPITAL,
    OFFICES,
    bare_name,
    names_without_separators,
    split_names,
)


# (public: labelled_facts calls it)
def wrapped_list(lines: list[Line], i: int, first: str) -> str:
    """A name list printed after its label and wrapped onto following lines (PDF):
    'Mødedeltagere A (V), B (A),' / 'C (Ø), D (F)'. Continuation lines are name lists too."""
    value = first
    one_each = _ONE_NAME.fullmatch(first.strip()) is not None and not _BODY_WORD.search(first)
    for k, ln in enumerate(lines[i + 1: i + 40], start=i + 1):
        t = ln.text
        if one_each and _ONE_NAME.fullmatch(t.strip()) and not _BODY_WORD.search(t):
            # 'Medlemmer: Anne Hansen' / 'Bo Holm' / 'Lis Berg': a table cell of names one a line, the first
            # beside the label; each line below holds one name and nothing else (no body named: 'Greve
            # Kommune'), so the column goes on as a comma list would
            value = f"{value}, {t.strip()}"
            continue
        one_each = False
        if k >= i + 12:
            break
        if not t and value.rstrip().endswith(","):
            continue  # a list that ends in its comma goes on after the blank line (a page's end)
        spans = label_spans(t) if t else []
        if spans and spans[0][1] > 0 and value.rstrip().endswith(",") and not kind_in(t[: spans[0][1]]):
            # ('… Bo Nielsen (V),' / 'Anne Berg (F), Ib Holm (O) Fraværende: Ingen …', a transcript's next page line):
            # the list ends where the line's first label begins
            return f"{value} {t[: spans[0][1]].strip()}"
        if not t or spans or kind_in(t) or is_heading(t):
            break
        # ('… Poul Poulsen, Elmer' / 'Philipsen'): a given name alone ends the list, its surname on the next line
        broken_name = _name_broken(value, t, lines, k)
        # a bracket left open, or a line that goes on with one ('Anne Holm' / '(stedfortræder: Bo Berg) og …')
        in_remark = value.count("(") > value.count(")") or t.startswith("(")
        if not (value.rstrip().endswith(",") or "," in t or _NAME_TAIL.fullmatch(t) or broken_name or in_remark):
            break
        value = f"{value} {t}"
    return value


def _name_broken(value: str, t: str, lines: list[Line], k: int) -> bool:
    """Line k (`t`) is the surname of the list's last name, which the line's end broke off: after a given name alone
    ('… Poul Poulsen, Elmer' / 'Philipsen'), or after two given names ('… Lone Berg, Anne Marie' / 'Lyduch') where the
    value is a comma list of names and the surname, one word and no body's ('Nordby Kommune' under a column of
    names is the page's own), ends the block (a blank line or the page's end under it)."""
    if not _SURNAMES.fullmatch(t):
        return False
    last = len(value.rsplit(",", 1)[-1].split())
    return last == 1 or last == 2 and len(t.split()) == 1 and not _BODY_WORD.search(t) and value.count(",") >= 2 \
        and (k + 1 >= len(lines) or not lines[k + 1].text)


# one person's name alone ('Anne Marie Lyduch', 'Bo Holm (V)'): two to four capitalised words, a party's letters
_ONE_NAME = re.compile(r"[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]+){1,3}(?:\s*\([A-ZÆØÅ]{1,3}\))?")
_BODY_WORD = re.compile(r"udvalg|råd|bestyrelse|magistrat|kommune|forvaltning|direktion|center|afdeling",
                        re.IGNORECASE)
_SURNAMES = re.compile(r"(?:[A-ZÆØÅ][\w'-]+\s*){1,2}(?:\([A-ZÆØÅ]{1,3}\))?")


# a label of any name alone on its line ('Stedfortræder:', 'Øvrige deltagere:'): a value is never that
# (public: label_columns, labelled_facts and meeting_places read it too)
ANY_LABEL = re.compile(r"^[A-ZÆØÅ][\w ./-]{1,40}:(?=\s|$)")
# the last piece of a wrapped name list: "Holm Østergaard (V)" or just "(F)"
_NAME_TAIL = re.compile(r"(?:[A-ZÆØÅ][\w.'-]*\s+){0,4}\([A-ZÆØÅ]{1,3}\)\.?")


# the page number a running head ends with ('… Side 2', 'Side 2 af 9', 'Side 2/9'): a line no name ends so
_PAGE_MARK = re.compile(r"(?i:\bside)\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$")


# a contents table's column heads on a line of their own ('Punkt Titel', 'Pkt. Tekst Side', 'Nr. Sag'): the words
# a list of items heads its columns with, two or more of them; no person is named so
_CONTENTS_HEADS = re.compile(r"(?:(?:Punkt|Pkt|Nr|Sag|Sagsnr|Titel|Tekst|Emne|Side|Overskrift)\.?(?:\s+|$)){2,}")


# a role printed on a line of its own in a members' list, above or below its member ('Formand', 'Næstformand:')
_ROLE_ALONE = re.compile(rf"(?i:{OFFICES}|medlem)\s*:?")


# (public: label_columns and labelled_facts call it)
def block_lines(lines: list[Line], i: int, field: str | None) -> list[str]:
    """The value printed below a label alone on its line: the next line (even when it starts with a
    word that can be a label: 'Lokale 0.13, …'), then further lines up to a blank line; a list of
    names goes on across blank lines while each line is a name."""
    out: list[str] = []
    for ln in lines[i + 1: i + 60]:
        t = ln.text.strip(" |")
        if not t or set(t) <= set("-|: "):
            if out and field not in ("participants", "absent"):
                break
            continue
        if out and field in ("participants", "absent") and _PAGE_MARK.search(t):
            continue  # a page's running head inside the list ('Byrådet 21.05.2019    Side 2'): the list goes on
        spans = label_spans(t)
        if spans or ANY_LABEL.fullmatch(t):
            # the next label ('Fraværende' / 'Afbud fra Bente Helms' / 'Stedfortræder:'): this one has no value;
            # nor when the next line is a header of labels itself (a transcript's page line below its title:
            # 'Refer Mødedo: 18. … Mødelokale: …', 'REFERAT Udvalget d. … Mødedato … Mødested …')
            break
        if not out and field in ("participants", "absent") and KIND_WORD.match(t):
            # 'Fraværende' ending a page, then the next page's running head ('Referat For Miljøudvalget 3. maj
            # 2021 - kl. 09:00 Side 2'): no name begins with a document's kind word, so the list is empty
            break
        if field in ("participants", "absent") and _CONTENTS_HEADS.fullmatch(t):
            # 'Mødedeltagere:' left empty, then the contents table's column heads ('Punkt Titel'): nobody; or the
            # list's last name, a blank line (a page break) and the heads of the contents on the next page: its end
            break
        if out and field in ("participants", "absent") and re.fullmatch(r"\(?[A-ZÆØÅ]{1,2}\)?", t):
            continue  # a table's party column: 'Anne Holm' / 'V'
        if field in ("participants", "absent") and _ROLE_ALONE.fullmatch(t):
            continue  # 'Formand' / 'Anne Holm (A)': a member's role on a line of its own names nobody
        if out and field in ("participants", "absent") and not (NAME_LINE.match(t)
                                                                and split_names(_unmarked(t, []), run_on=True)):
            if field == "participants" and _cut_name(t) and _last_filled(lines, ln):
                out.append(t)  # the list's last name, the excerpt cut off inside it (_cut_name)
            break
        # 'Bo Jensen og Lis Berg var fraværende.', 'Der var afbud fra X.' below the members: no member; but a mark
        # after one member's name ('Bo Jensen (V), deltog ikke') is the list's mark of an absent member, not a
        # sentence: the line is read without its mark (_unmarked), as listed_names reads it
        if out and field == "participants" and (bare := _unmarked(t, [])) \
                and (MEETING_ABSENT_SENTENCE.search(bare) or ABSENT_LEAD.search(bare)):
            break
        out.append(t)
        if field not in ("participants", "absent") and len(out) >= 3:
            break
    return out


# what is left of a name the excerpt cuts off: a bullet maybe, then one to three capitalised words, the last maybe
# a single letter ('• Jørgen', 'Jens L')
_CUT_NAME = re.compile(rf"(?:{LIST_BULLET}\s*)?(?P<name>[{NAME_CAPITAL}][\w'’.-]*"
                       rf"(?:\s+[{NAME_CAPITAL}][\w'’.-]*){{0,2}})")


def _cut_name(text: str) -> str | None:
    """The visible part of a name cut off by the end of an excerpt (annotation-rules 'Truncation': a name may end
    mid-word, 'Nicol'). Only for the last line of the text, below names one a line: there a lone capitalised word
    is the start of the next member's name, not a heading (a heading would have text below it)."""
    m = _CUT_NAME.fullmatch(text.strip())
    return m.group("name") if m and not label_spans(text) and not KIND_WORD.match(m.group("name")) else None


def _last_filled(lines: list[Line], ln: Line) -> bool:
    """`ln` is the last line of `lines` that prints anything: the text ends on it."""
    return next((x for x in reversed(lines) if x.text.strip()), None) is ln


# (public: fact_values calls it)
def office_as_members(fields: list[str | None], value: str, label_key: str) -> list[str | None]:
    """'Formand: Anne Hansen (A)', 'Næstformand: Bo Jensen (V)' printed as labels of their own in the head, beside
    or before the members' label: the chair and vice-chair are members of the committee (annotation rules: the role
    goes, the person is a participant), so an office label whose value is names that each print a party marker is
    read as a members' label. Why the marker: a party is printed only beside a politician, so the office is the
    committee's, not a staff member's or another body's."""
    if fields != [None] or not re.fullmatch(OFFICES, label_key):
        return fields
    names = listed_names_in(value, "participants")
    return ["participants"] if names and all(PARTY_END.search(n) for n in names) else fields


# (public: fact_values calls it)
def names_again(first: list[str], names: list[str]) -> bool:
    """A second absence list that opens with a name of the first one ('Afbud: Bo Jensen (V)' / 'Fraværende: Bo Jensen
    …'): the same absence printed again (an item's line that a transcript ran into the head), no second kind of
    absence to add to the first (adds_up); a name run on into the next one still starts with the person's."""
    known = [bare_name(n) for n in first]
    return any(k and bare_name(n).startswith(k) for n in names for k in known)


# (public: fact_values calls it too)
def adds_up(m: Meeting, field: str) -> bool:
    """Whether a list under a second label of its field adds to the first one's: the members' lists always
    ('Deltagere' and 'Indkaldelse'), the absentees' where the first label listed some ('Fraværende med afbud: X' /
    'Fraværende uden afbud: Y': two kinds of absence, both the meeting's). An empty 'Fraværende:' closes them: what
    comes later is an item's."""
    return field == "participants" or field == "absent" and bool(m.absent)


# (public: fact_values calls it)
def list_again(m: Meeting, fields: list[str | None], value: str, block: list[str] | None) -> None:
    """A list printed again under its label (`fields` one list's field, already read), whole, where the first print
    was cut off mid-list (a transcript site's frame title repeats the page's head up to its length: '… Deltagere:
    Knud Larsen, Bo Manderup, Eva Somme'): the longer print whose names begin with the first one's is the list."""
    if len(fields) != 1 or fields[0] not in ("participants", "absent"):
        return
    field = fields[0]
    names, _ = listed_names(field, value, block)
    old = getattr(m, field)
    if field == "participants" and len(old) >= 2 and len(names) >= 2 and not {bare_name(n) for n in names} \
            & {bare_name(n) for n in old}:
        # the label again over other people ('Til stede: <staff> … Til stede: <members>'): a repeat prints the
        # same names (a frame title's cut copy begins with them), so a second list sharing none is more of the
        # meeting's people, as under two labels ('Deltagere' and 'Indkaldelse')
        setattr(m, field, list(dict.fromkeys(old + names)))
        return
    if not old or len(names) < len(old) or names == old:
        return  # (the same list again, or a shorter one)
    if names[: len(old) - 1] == old[:-1] and names[len(old) - 1].startswith(old[-1]):
        setattr(m, field, names)


# (public: fact_values calls it too)
def listed_names(field: str, value: str, block: list[str] | None) -> tuple[list[str], list[str]]:
    """(the names of a participants' or absentees' list, one a line (`block`) or on the label's line,
    the members the list marks absent: 'Bo Jensen (V) - afbud')."""
    marked: list[str] = []
    if field == "participants":
        block = [_unmarked(v, marked) for v in block] if block is not None else None
        value = _unmarked(value, marked)
    if field == "absent" and block is not None:  # one a line: 'Bo Jensen (V) (punkt 1-3)' is absent for part of it
        block = [ABSENT_FOR_PART.sub(",", v) for v in block]
    if block is not None and len(block) >= 2 and all(v.count(",") >= 2 for v in block[:-1]):
        # one list flowing over lines a page's column broke ('…, Christian' / 'Boldsen, Christian Kirk, …')
        block = [" ".join(block)]
    if block is not None:
        # a line that runs on into the contents ('… Ib Holm (O) Indholdsfortegnelse 1. …', a transcript's page line)
        block = [LIST_END.split(CONTENTS_START.split(v, maxsplit=1)[0], maxsplit=1)[0] for v in block]
        block = [DASHED_SUBSTITUTE.sub("", v) for v in block]  # 'Bo Berg, V - Ida Lund stedfortræder': Bo Berg, V
        per_line = [split_names(v, run_on=True) for v in block]
        names = [n for line_names in per_line for n in line_names]
        cut = _cut_name(block[-1]) if block and not per_line[-1] else None
        return [*names, cut] if cut and field == "participants" else names, marked
    return listed_names_in(value, field), marked


# an absence marker after a member's name: 'Bo Jensen (V) - afbud', 'Bo Jensen (V) (fraværende)', 'Bo Jensen (V):
# Afbud', 'Bo Jensen (V) - deltog ikke', and a table's status column after the party: 'Bo Jensen (V) Afbud'; or the
# reason for the absence in its place ('Bo Jensen (V) - syg', people.ABSENCE_REASON_WORD)
_ABSENT_WORD = rf"(?:{ABSENCE_LABEL_WORD}|{ABSENCE_REASON_WORD})"
# (after a party's letters without brackets too, as a table's party column prints them: 'Bo Jensen  V  Afbud')
_AFTER_PARTY = r"(?:(?<=\))|(?<=\s(?-i:[A-ZÆØÅ]))|(?<=\s(?-i:[A-ZÆØÅ]{2})))"
# (the member's office between, as a table's role column prints it: 'Bo Jensen (V) Medlem Afbud'; the office names
# nobody and goes with the mark)
_OFFICE = rf"(?:\s+(?:{ROLE_TITLE}))?"
# 'Bo Jensen (V) (fraværende med afbud)': whether the absence was announced is part of the mark
_WITH_NOTICE = r"(?:\s+(?:med|uden)\s+afbud)?"
_ABSENCE_MARK = re.compile(rf"\s*(?:\(\s*{_ABSENT_WORD}{_WITH_NOTICE}\s*\)|[{SPACED_DASH},:]\s*{_ABSENT_WORD}"
                           rf"|{_AFTER_PARTY}{_OFFICE}\s+{_ABSENT_WORD}|\s÷)(?=\s*(?:[,;•·]|\bog\b|$))"
                           # a list run on without commas, as a transcript flattens one a line ('Anne Hansen (V)
                           # (afbud) Bo Jensen (A) …'): a mark in brackets, or in lower case after a dash or a comma,
                           # is no label of the next list ('… (O) Fraværende Bo Jensen' is one), so the next name may
                           # follow it; so is a mark after the colon behind the party's bracket ('Bo Jensen (V): Afbud
                           # Carl Dam (C)': the colon is the name's, the mark has none of its own)
                           rf"|\s*(?:\(\s*{_ABSENT_WORD}{_WITH_NOTICE}\s*\)|[{SPACED_DASH},]\s*(?=(?-i:[a-zæøå])){_ABSENT_WORD}"
                           rf"|(?<=\)):\s*{_ABSENT_WORD}"
                           # ('Bo Jensen (V) ÷': the minus sign a members' table prints in its column of attendance
                           # for one who was not there; no name or party holds it)
                           r"|\s÷)"
                           r"(?=\s+(?-i:[A-ZÆØÅ]))", re.IGNORECASE)


# a table's status column saying a member was there: 'Anne Hansen (A) Deltog', 'Anne Hansen (A) - til stede'
_PRESENT_MARK = re.compile(
    rf"(?:{_AFTER_PARTY}{_OFFICE}\s+|\s*[{SPACED_DASH}:]\s*)(?:deltog|deltager|til stede|tilstede|mødt)(?=\s*(?:[,;•·]"
    rf"|\bog\b|$))"
    # the same run on into the next name, as a transcript flattens a list one a line ('Anne Hansen (A) - til stede Bo
    # Jensen (V) - afbud …'): in lower case after a dash or a comma, as the absence marks there (_ABSENCE_MARK)
    rf"|\s*[{SPACED_DASH},]\s*(?-i:deltog|til stede|tilstede|mødt)(?=\s+(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE)


def _unmarked(value: str, marked: list[str]) -> str:
    """The list without its absence markers (and its markers of presence); the names the absence markers
    follow are added to `marked` as printed. A mark the next member's name runs on after (a list one a line,
    flattened: 'Carl Olsen (C) Anne Hansen (afbud) Eva Berg (O)') leaves a comma between the two names, and one
    before its own member's where a party's bracket ended the member before ('Carl Olsen (C), Anne Hansen, Eva Berg
    (O)'): the line breaks were the list's glue, and a name with no party of its own would run into its neighbours."""
    value = _PRESENT_MARK.sub("", value)
    out: list[str] = []
    begin = 0
    for m in _ABSENCE_MARK.finditer(value):
        chunk = value[begin: m.start()]
        entry = re.split(r"[,;•·]|\bog\b", chunk)[-1]
        run_on = _NEXT_NAME.match(value, m.end()) is not None
        own = _PARTY_THEN_GAP.split(chunk)
        # the name right before the mark, in a run-on list too; past a role after its comma ('Bo Jensen (V),
        # næstformand - afbud': the role names nobody, the member is the name before it)
        names = split_names(entry, run_on=True) or split_names(chunk, run_on=True) \
            or (split_names(own[-1], run_on=True) if run_on else [])
        marked.extend(names[-1:])
        if run_on and len(own) > 1:
            chunk = chunk[: len(chunk) - len(own[-1])].rstrip() + ", " + own[-1]
        out += [chunk, ", " if run_on else ""]
        begin = m.end()
    return "".join([*out, value[begin:]])


_NEXT_NAME = re.compile(r"\s+[A-ZÆØÅ]")
_PARTY_THEN_GAP = re.compile(r"(?<=\))\s+(?=[A-ZÆØÅ])")  # a member's party bracket, the next member's name after it


def _columns(value: str) -> list[str]:
    """The values of a row of list labels printed after them ('Deltagere: Fraværende: Referent: A, B, C D, E F'):
    one list ends where two names meet without a comma between them ('C D' is two names), and an empty one
    prints 'Ingen' ('… C Ingen E F')."""
    cols: list[list[str]] = [[]]
    for chunk in re.split(r"\s*,\s*", value.strip()):
        for k, part in enumerate(re.split(r"\s*\b(Ingen)\b\s*", chunk)):
            if k:
                cols.append([])  # 'Ingen' is a list of its own, and so is what follows it
            names = names_without_separators(part.split()) if len(part.split()) >= 4 else []
            cols[-1] += names[:1] or [part]
            if len(names) == 2:
                cols.append(names[1:])
    return [", ".join(p for p in c if p) for c in cols]


# (public: fact_values calls it)
def listed_columns(m: Meeting, fields: list[str | None], value: str) -> list[str]:
    """The members of a row of empty labels from 'Deltagere' on ('Deltagere: Fraværende: Referent:'), whose lists
    follow in the labels' order, the absentees' list from the one under 'Fraværende' when every label has its
    own list (an empty one may be missing: then only the first list is sure). [] when the value is one list.
    More lists than labels: names run on after the last list (a transcript goes on past the head); the lists
    under the labels still come first, so the absentees' list is the one under 'Fraværende' where each of its
    names is among the members (absentees are members) - the evidence that the lists were cut where they end."""
    cols = _columns(before_person_sentence(value))
    if len(cols) < 2 or any(not split_names(c) and c != "Ingen" for c in cols):
        return []
    labels = fields[fields.index("participants"):]
    if len(cols) == len(labels):
        m.absent = split_names(cols[labels.index("absent")])
    elif len(cols) > len(labels) and "absent" in labels:
        away, members = split_names(cols[labels.index("absent")]), {bare_name(n) for n in split_names(cols[0])}
        if away and all(bare_name(n) in members for n in away):
            m.absent = away
    return split_names(cols[0])


# (public: fact_values calls it)
def members_then_absent(m: Meeting, names: list[str]) -> list[str]:
    """A members' list flattened together with the absentees printed after it ('…, Carsten Olsen Michael
    Seiding Larsen, Nina Møhler'): absentees are members, so the first entry that ends with the name of
    an earlier member starts the absentees. Returns the members; sets the absentees."""
    for k, name in enumerate(names):
        words = name.split()
        for cut in range(2, len(words) - 1):
            tail = " ".join(words[cut:])
            if tail in names[:k]:
                m.absent = list(dict.fromkeys([tail] + names[k + 1:]))
                return names[:k] + [" ".join(words[:cut])]
        if name in names[:k]:
            m.absent = list(dict.fromkeys(names[k:]))
            return names[:k]
    return names


# the words of a label over people who are sent the minutes or write them, not who met ('Kopi til:', 'Udarbejdet af:')
_NOT_MEMBERS_LABEL = re.compile(r"(?i:kopi|cc|sendt|modtager|udarbejdet|skrevet|godkendt|underskri)")


# a word of a list of names: a capitalised word, a party's letters, a joiner or a bullet; a sentence's verb is none
# ('Bemærk: Anne Holm og Bo Berg deltog via video')
_LIST_TOKEN = re.compile(r"[A-ZÆØÅ][\w'’.-]*|\(?[A-ZÆØÅ]{1,3}\)?|og|samt|&|von|van|de|af|[;•·▪●-]")


# (public: labelled_facts calls it)
def members_under_unknown_label(label: str, value: str) -> str | None:
    """'participants' for a label the vocabulary does not know whose value in a header row is a list of two or more
    persons' names ('… Sted: Byrådssalen Udvalgets medlemmer: Anne Holm, Bo Berg, Carl Dahl Afbud: …'), else None.
    Why: the people a meeting's head lists are its participants whatever the council calls them (annotation rules:
    'Deltagere', 'Medlemmer', 'Derudover deltog'); a name alone under a label is an office ('Mødeleder: Anne
    Holm'), and a list of bodies or a sentence is no members' list."""
    if FIELD_OF.get(re.sub(r"\s+", " ", label.lower()), "") != "" or _NOT_MEMBERS_LABEL.search(label) \
            or _BODY_WORD.search(value):
        return None
    names = listed_names_in(value, "participants")
    ok = len(names) >= 2 and all(_ONE_NAME.fullmatch(n) for n in names) \
        and all(_LIST_TOKEN.fullmatch(w) for w in value.replace(",", " ").split())
    return "participants" if ok else None


_ATTENDANCE_ITEM = re.compile(r"^(?:Fraværende|Afbud|Fravær|Fremmøde)\b", re.IGNORECASE)


def is_attendance_item(title: str | None) -> bool:
    """'1 Fraværende og bemærkninger til dagsordenen', 'Afbud', 'Fremmøde': the meeting's own item on who is there."""
    return bool(title and _ATTENDANCE_ITEM.match(title.strip()))
