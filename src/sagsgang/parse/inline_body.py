"""Item bodies that text extraction flattened onto the page's one line.

A PDF rendered to text page by page (docplayer transcripts and the like) prints each page as one
line: "3 Lejre Kommune Økonomiudvalget Side 1 1. ØU - Godkendelse af dagsorden Sagsnr.: 14/4
Resumé: … Beslutning Økonomiudvalget den : Godkendt …". The item list tells which numbers and
titles to look for; where "<number>. <title>" reappears inside a later line, the text up to the
next listed item is that item's body. Its labels and headings run into their text, so the body is
cut into lines before each one ("Sagsnr.:", "Resumé:", "Beslutning <udvalg> den …:") and then
read like any other item body.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .bodies import is_body_name, is_printed_body, route_from_text
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS, labelled_case_numbers
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, MONTH_WORDS, NUMERIC_DMY
from .genitive_start import genitive_start
from .headings import (
    ATTACHMENT_HEADING,
    BILAG_WORDS,
    DECISION_HEADING,
    FILE_EXTENSION,
    GENITIVE_DECISION,
    PLAIN_DECISION,
    ROUTE_LABEL,
    decision_body_date,
    is_cut_heading,
    is_heading,
)
from .item_body import FIELD_LABEL, OUTCOME_WORDS, RECORD_WORDS, STATED_OUTCOME
from .item_starts import OPEN_CLOSED_TAG, STATUS_WORD
from .lines import Line, column_cell_kind, is_chrome
from .list_entry import MAX_TITLE
from .outcome_lines import trailing_outcome
from .people import ABSENCE_LABEL_WORD, ABSENT_SENTENCE, NOT_NAME_ABBREVIATION, SUBSTITUTE_SENTENCE
from .title_split import split_titles
from .title_tidy import BODY_CUE, BODY_CUE_WORDS, BODY_OPENS
from .unglue import glued_headings

# A case-number label inside a flattened line ("… Sagsnr.: 14/4 Resumé: …").
# 'Sag nr.:' with its colon is a label too; without it, 'Sag nr. 4' numbers an item
_CASE_LABEL = re.compile(rf"(?<=\s)(?=(?:{CASE_LABEL_WORDS}|Sag\s+nr)\.?\s*:"
                         # with its full stop, before a serial of digits ('… Pkt. 34 Title Sagsnr. 249050 Udvalget …')
                         r"|(?:Sagsnr|Sags\s?nr)\.\s*\d{4,9}\s"
                         # 'Sag:' where a case number follows ('… Åben sag Sag: 24/1234 Sagsfremstilling …')
                         rf"|Sag\s*:\s*{CASE_FORM.pattern}"
                         # a document's number after the case's ('Sag 306-2009-142584 Dok. 306-2019-205315'): a field of
                         # its own, as the lined page prints it, so it is not read as a second case number
                         rf"|Dok(?:ument)?(?:\.?\s?nr)?\.?\s*:?\s*{CASE_FORM.pattern})", re.IGNORECASE)
# "Label:" candidates: one to five words before a colon.
# Within one line: a label never runs over a cut made before it (a heading's own line, an absence line)
_LABELLED = re.compile(r"(?:(?<=\s)|^)((?:[A-ZÆØÅ][\w\-]*)(?:[ \t]+[\w\-,/]+){0,6})[ \t]*:")
_MONTH = rf"(?:{MONTH_WORDS})\b"
# "Beslutning Økonomiudvalget den 23. januar 2014:" / "… den :" (date lost) run into the decision text
# or followed straight by its text or an absence label ("… den Fraværende: Ingen Godkendt").
# In capitals too ('BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2024 Godkendt.'), and with 'fra' ('Beslutning fra
# Økonomiudvalget, 12. marts 2024 Anbefales.'), as headings.DECISION_HEADING reads them on a line of their own.
# ('Beslutning truffet af Økonomiudvalget Godkendt.': who made it, as headings.DECISION_HEADING reads that too)
# the hour a dated decision heading may print after its date, and its closing stop: both part of the heading
_HEAD_CLOCK = r"(?:\s+(?i:kl)\.?\s*\d{1,2}(?:[.:]\d{2})?)?\.?"
_DECISION = re.compile(r"(?:(?<=\s)|^)(?:Beslutning|BESLUTNING)\s+(?:(?i:i|fra|truffet\s+af)\s+)?"
                       r"(?P<body>[A-ZÆØÅ][\w\-, ]{2,80}?(?:\s*\([\d-]+\))?)"
                       r"\s+(?:(?i:den)\b\s*(?P<date>\d{1,2}[.\-/ ]+(?:\d{1,2}|[a-zæøåA-ZÆØÅ]+)[.\-/ ]+\d{2,4}(?!\d))?"
                       # no 'den': a colon, or a body's name before the date ('Beslutning Byrådet 03-03-2021 Godkendt.')
                       r"|(?P<bare>\d{1,2}[.\-/ ]+(?:\d{1,2}|[a-zæøåA-ZÆØÅ]+)[.\-/ ]+\d{2,4}(?!\d))"
                       r"(?P<colon>(?=" + _HEAD_CLOCK + r"\s*:))?"
                       # no date at all, an outcome's word right after the body ('Beslutning i Økonomiudvalget
                       # Godkendt.'): the heading printed without its date, flattened onto its outcome's line
                       r"|(?P<undated>(?=" + OUTCOME_WORDS + r"\b)))"
                       # the meeting's hour after the date, and the stop that ends the heading's line ('… den 12.
                       # marts 2024 kl. 16.00 Godkendt.', '… den 12. marts 2024. Godkendt.'), as a lined heading
                       # prints them: neither is the decision's text (a year cut short, '202' + '4. Godkendt.', was
                       # read as a numbered point)
                       + "(?P<after>" + _HEAD_CLOCK + ")" +
                       # the text: a capital, or its numbered points or dash list ('… den 17-04-2024 1. - 3. Anbefales.'
                       # '1.-3. drøftet', '- Udvalget drøftede …'), not a date's day ('den 12. marts')
                       r"\s*(?::|(?=[A-ZÆØÅ]|\d{1,2}\.(?:\s*-\s*\d{1,2}\.)?\s+(?!" + _MONTH + r")|-\s+[A-ZÆØÅ]))")
# "Fraværende: Anders Linde, Søren Laulund Godkendt.": the absence label, its names and the outcome
# after them, each on a line of its own. The names end where an outcome word begins (or 'Ingen'), or
# at a party marker before a sentence ('Kaj Hansen (V) Der blev stillet …': a name is two capitals)
# The names start and stay on the label's line, and end at its end: a heading cut onto a line of its own before
# (right after an empty label, 'Afbud: \nSagens formål') or after them ('Afbud: Torben Hoffmann \nResume') is no name
# (the label in capitals too, 'FRAVÆRENDE: X', as a page printing its headings in capitals prints it: a capital
# first, the rest in either case, so a sentence's word in lower case is never one); and the substitute's label that
# follows an absentee's ('… Fraværende: X (V) Stedfortræder: Y (V) Anbefales.'): its names end where the outcome
# starts just the same, so the outcome is a line of its own, not part of the substitute's
_ABSENT_RUN = re.compile(rf"(?:(?<=\s)|^)(?P<label>(?=[A-ZÆØÅ])(?i:{ABSENCE_LABEL_WORD}|Stedfortræder|Suppleant))"
                         r"\s*:[ \t]*"
                         r"(?P<names>Ingen\b|[^:\n]*?)(?:\s*(?=" + OUTCOME_WORDS + r"\b|Dagsordenen\b|$)|[ \t]*(?=\n)"
                         r"|(?<=\))(?=\s+[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå])"
                         # or a name with a colon after the last party marker: a speaker's label, the decision's text
                         # ('… Poul Erik Knudsen (A) Melissa Meulengracht: Spørgsmål til punkt 3 …'), or one word
                         # with a colon: the next label ('… Anne Hansen (V) Stedfortræder: Finn Dahl (V)'), never a
                         # name, which is two words
                         r"|(?<=\))(?=\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,3}\s*:)"
                         # or the bilag heading after the last party marker: the list below the names, run on
                         # ('… Anne Hansen (V) Bilag 1. Kort over grunden')
                         rf"|(?<=\))(?=\s+(?i:{BILAG_WORDS})\b))")
# an absence label without its colon, heading the 'Ingen' run in after it ('… 04-01-2021 1 Fraværende Ingen.
# Bemærkninger …'), or a sentence that states whose absence it is ('… 30-01-2018 1 Fraværende Afbud fra Bente Helms
# Bemærkninger …'), or the names alone up to a heading cut before ('… 06-11-2018 1 Fraværende Linda Kofoed Persson
# \nBemærkninger til dagsordenen', each name two capitalised words or more, parted by commas or 'og'), or ending the
# item's text (its names the last words of the flattened item, '… Godkendt. Fraværende Anne Hansen (V)'): on a line
# of its own, as the lined page prints it over its block
_NAME = r"[A-ZÆØÅ][\w-]+(?:[ \t]+[A-ZÆØÅ][\w.-]*)+(?:[ \t]*\([^()\n]{1,10}\))?"
# (the label in capitals too, as a page printing its headings in capitals prints it: 'FRAVÆRENDE Ingen.')
_ABSENCE_HEAD = re.compile(r"(?<=\s)(Fraværende|Afbud|Fravær|Forfald|FRAVÆRENDE|AFBUD|FRAVÆR|FORFALD)"
                           r"(?=\s+(?:Ingen\b|Afbud\s+fra\s+[A-ZÆØÅ]"
                           rf"|(?!{OUTCOME_WORDS}\b){_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+){_NAME})*"
                           r"[ \t]*(?:\n|\Z)))")
# an absence label over a bulleted list of names, run into one line ('Fraværende • Hans Pedersen () • Lise Hansen ()')
_ABSENCE_BULLET = re.compile(rf"(?:(?<=\s)|^)(?P<label>{ABSENCE_LABEL_WORD})\s*:?\s*(?=[•·▪])")
_BULLETED = re.compile(r"[•·▪]\s*(?P<name>[^•·▪:\n]+?)\s*(?=[•·▪]|$|\n)")


# a bilag heading over a bulleted list, run into one line ('… Anbefales. Bilag • Kort over grunden • Notat om økonomi'):
# no text begins at a bullet, so _run_in_headings leaves the heading in the text before it; two bullets at least, the
# list up to its line's end (the next heading is cut onto a line of its own by then)
_BULLETED_BILAG = re.compile(rf"(?:(?<=\s)|^)(?P<head>(?:{BILAG_WORDS})[ \t]*:?)"
                             r"[ \t]+(?P<list>[•·▪●][ \t][^\n]*?(?:[ \t][•·▪●][ \t][^\n]*?)+)[ \t]*(?=\n|$)",
                             re.IGNORECASE)


def _bulleted_bilag_lines(m: re.Match) -> str:
    """The heading and each bullet of a bilag list run into one line on a line of its own, as the page printed them
    (item_body then reads them as a lined page's bilag list)."""
    entries = re.split(r"[ \t]+(?=[•·▪●][ \t])", m.group("list"))
    return "\n" + m.group("head") + "\n" + "\n".join(entries) + "\n"


def _bulleted_absentees(text: str) -> str:
    """Each absence label over bullets as the label with its names parted by commas ('Fraværende: Hans Pedersen (),
    Lise Hansen ()'), which _ABSENT_RUN reads as any labelled absence: the names end at the last bullet's name."""
    out, pos = [], 0
    for m in _ABSENCE_BULLET.finditer(text):
        if m.start() < pos:
            continue
        names, end = [], m.end()
        while (b := _BULLETED.match(text, end)) is not None:
            names.append(b.group("name"))
            end = b.end()
            while end < len(text) and text[end] == " ":
                end += 1
        out += [text[pos: m.start()], f"{m.group('label')}: {', '.join(names)} "]
        pos = end
    return "".join(out) + text[pos:]


# a sentence's end inside a flattened absence line: a full stop after a word (not an initial: 'Bo K. Holm', nor a
# given name's short form: 'Jens Chr. Holm', whose stop the lined page's label line keeps too)
_SENTENCE_END = re.compile(rf"(?<=[a-zæøå)]){NOT_NAME_ABBREVIATION}\.\s+(?=[A-ZÆØÅ])")


def _absence_run(m: re.Match[str]) -> str:
    """The absence label and its names on a line of its own, and the decision's text after them on the next
    ('Fraværende: Villum Christensen havde meldt afbud - Mick Keller var indkaldt som suppleant og blev godkendt.
    Notat … udarbejdes. Dagsorden blev godkendt.'): where the names run on past a sentence's end, the label's
    value is that first sentence and the substitutes' sentences right after it, as the line a page prints the
    names on (annotation rules: 'Fraværende:' with its names on the next line, that line is its value)."""
    names, end = m.group("names"), len(m.group("names"))
    ends = [e.end() for e in _SENTENCE_END.finditer(names)]
    for k, at in enumerate(ends):
        nxt = ends[k + 1] if k + 1 < len(ends) else len(names)
        if not SUBSTITUTE_SENTENCE.match(names[at:nxt]):
            end = at
            break
    return f"\n{m.group('label')}: {names[:end].rstrip()}\n{names[end:]}\n"


# "… Godkendt. Side 601" / "… tiltrådt. 2" / "… Side 2 af 12": the page's footer at the end of a flattened page
# line; not a label's value ('Punktnummer: 17'), nor an item's number after its label ('… 03-03-2016, pkt. 16', a
# treatment's line the page ended on, its outcome on the next page). Not lines._PAGE_FOOTER (a footer that is a line
# of its own, whole) nor title_tidy.PAGE_FOOTER ('Side N af M' and all after it, inside a list's title): here the
# footer ends a line of text, a bare page number too
_PAGE_FOOTER = re.compile(r"(?<!:)(?<!(?i:pkt)\.)(?<!(?i:punkt))\s+(?:Side\s+)?\d{1,4}(?:\s+af\s+\d{1,4})?\s*$")


# Section headings that run into their text ('Sagsfremstilling Forvaltningen har …', 'Økonomiske
# konsekvenser Udgifterne …'): any heading of up to seven words (headings.is_heading), capitalised as a
# heading is and followed by a capitalised word, but not those that also begin ordinary sentences ('Sagen …').
_SENTENCE_STARTS = frozenset({"Sagen", "Behandling", "Indhold", "Anledning", "Proces", "Formål"})
_WORD_AT = re.compile(r"(?<=\s)[A-ZÆØÅ][\w'-]*")
_HEADING_WORDS = 7  # 'Sammenhæng til andre politikker/strategier og fagområder'


def _lists_bodies(after: str) -> bool:
    """'Behandling Kultur- og Fritidsudvalget, Økonomiudvalget. …': a list of bodies up to the full stop (a
    route), so the word before it is the heading, not a sentence's first word."""
    return bool(route_from_text(after.split(". ", 1)[0].rstrip(".")))


# '---' where a section's text was left empty ('Økonomiske konsekvenser --- Udtalelser og høring …', 'Beslutning -'
# at the text's end): its heading is followed by no capital, but is a heading still. Not one dash before a capital,
# which parts a label from its value ('Bilag - Borgmesterbrev om …')
_PLACEHOLDER = re.compile(rf"[{SPACED_DASH}—]{{2,}}(?=\s+[A-ZÆØÅ]|\s*$)|[{SPACED_DASH}—]\s*$")


def _after_bodies(before: str) -> bool:
    """'Indstillinger Direktionen, Børn- og Familieudvalget, Socialudvalget Behandling Det indstilles …': the text
    since the heading before is a list of bodies (that heading's value, a table's cell), and no sentence runs
    on from a list of bodies, so the word after it heads the next cell."""
    return bool(before.strip()) and route_from_text(before.strip()) is not None


# a date in figures and an amount after it: after a heading word, a table's row ('Bevilling 25.01.2005 11.300.000 kr.
# Bevilling 28.09.2007 …'), the word its label, which the lined page prints on the row's line; no section's text
# begins so. (A date and then words does: 'Sagens forløb 21-03-2022 Kultur- og Fritidsudvalget Godkendt.')
_NUMERIC_DATE = re.compile(NUMERIC_DMY + r"\s+\d")


def _text_begins(text: str, at: int) -> bool:
    """A section's text may begin at `at`: a capital, a number (not a table row's date and amount), or the dashes of
    a section left empty."""
    if text[at].isdecimal():  # (a table row's date begins on a digit, the dashes on a dash: each asked there only)
        return not _NUMERIC_DATE.match(text, at)
    return text[at].isupper() or text[at] in f"{SPACED_DASH}—" \
        and bool(_PLACEHOLDER.match(text, at) or _DASHED_LIST.match(text, at) or _dash_before_heading(text, at))


def _dash_before_heading(text: str, at: int) -> bool:
    """One dash where a section's text was left empty, the next heading right after it ('Lovgrundlag - Økonomiske
    konsekvenser Sagen har …'): the heading before it heads an empty section, as '---' does (_PLACEHOLDER)."""
    words = text[at + 1: at + 1 + 80].split()[:_DASH_HEADING_WORDS + 1]
    return any(is_heading(" ".join(words[:n])) and words[n][:1].isupper() for n in range(1, len(words)))


_DASH_HEADING_WORDS = 4  # 'Økonomiske og personalemæssige konsekvenser'


# a dashed list's first two entries ('Tidsplan - Januar: udvalget godkender planen. - Marts: høring …'): a section's
# text may open on a list, each entry behind the same dash; one dash alone before a capital parts a label from its
# value ('Bilag - Borgmesterbrev om …'), so the list shows by its second entry; a dash between two numbers is a
# number's own ('2022 - 15608', '2031 - 2032'), no entry's
_DASHED_LIST = re.compile(rf"(?P<dash>[{SPACED_DASH}])\s+[A-ZÆØÅ0-9][^\n]{{0,300}}?(?<!\d)\s(?P=dash)\s+[A-ZÆØÅ0-9]")


# a heading's date cut before its year ('… beslutning d. 3. april' / '2013 anmodede …'): the date goes on
_DATE_GOES_ON = re.compile(rf"{_MONTH}\s+\d{{4}}\b", re.IGNORECASE)
# 'den' and then a date ('… opfølgning på Byrådets beslutning den 29. januar 2024 om …'): a genitive decision read
# with its date lost ('Byrådets beslutning den', headings.GENITIVE_DECISION) is a heading only where no date follows;
# with its date printed the phrase runs on into the date, and in prose on past it
_DATE_AFTER_DEN = re.compile(r"(?i:den|d\.)\s+\d")


def _opens_line(text: str, at: int) -> bool:
    """The word at `at` opens a line of the text (a cut made before it: the body after its header's case number)."""
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


_ENTRY_NUMBER = re.compile(r"\d{1,3}:\s")  # 'Bilag 1: Notat om …': an entry's label, its number after the word
# 'Bilag 1 indeholder ajourført oversigt …', 'Bilag 1- 3 viser …': a bilag (or a range of them) named by its number as
# a sentence's subject, a verb after it
_BILAG_NAMED = re.compile(rf"\d{{1,3}}(?:\s*[{SPACED_DASH}]\s*\d{{1,3}})?\s+[a-zæøå]")


# a word inside brackets or after a reference's 'jf.' ('… Roadmap 2023-2026 (jf. Bilag 1) tages til efterretning'):
# a reference to a bilag or a section in a sentence, never a heading of its own (no heading begins in brackets)
_IN_REFERENCE = re.compile(r"(?:\(|\b(?:jf|jfr|jvf)\.)\s*$")
# a list's dash before the word ('… vedlagt følgende bilag: - Bilag 1 Notat om vandløb - Bilag 2 Kort …'): an entry
# of a list printed in a section's prose
_LIST_DASH_BEFORE = re.compile(rf"(?:^|\s)[{SPACED_DASH}•]\s*$")


def _bilag_in_prose(text: str, start: int, after: int) -> bool:
    """The bilag word at `start` names a bilag in the text rather than heading the item's bilag list: by its number as
    a sentence's subject ('Bilag 1 indeholder …'), or as a numbered entry of a dashed list inside the prose ('…
    følgende bilag: - Bilag 1 Notat - Bilag 2 Kort …'; the bilag list of the item has its heading before its first
    entry, which no dash precedes), or by any number that does not open the item's own list (_names_one_bilag). A
    list's entries there run on into the paragraphs after the list, so read as the item's bilag they would take
    whole sentences for titles."""
    if _BILAG_NAMED.match(text, after) or _names_one_bilag(text, start, after) or _sentence_runs_on(text, after):
        return True
    numbered = re.match(r"\d{1,3}\s", text[after:after + 4])
    return bool(numbered and _LIST_DASH_BEFORE.search(text, max(0, start - 4), start))


# the words of the text behind the bilag word up to its first full stop or the line's end
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?=\.\s|\.?$|\n)", re.MULTILINE)
_SENTENCE_WORDS = 12  # no bilag title runs this long in lower case


def _sentence_runs_on(text: str, after: int) -> bool:
    """A sentence runs on behind the bilag word ('… a-dagpenge. Bilag I de vedlagte bilag fremgår antallet og andelen
    af …'): a dozen words or more before its first stop, none capitalised but the first. Titles run together behind
    a bilag heading each begin on a capital ('Bilag Kort over grunden Notat om økonomi Tidsplan'), so the word is the
    text's own (a paragraph that names the bilag), no heading over a list of them."""
    m = _FIRST_SENTENCE.match(text, after)
    words = m.group().split() if m else []
    return len(words) >= _SENTENCE_WORDS and not any(w[:1].isupper() for w in words[1:])


# the number after the bilag word, and its mark ('Bilag 3.', 'Bilag 1)', 'Bilag 1 Kort')
_NUMBER_AFTER = re.compile(r"(?P<n>\d{1,3})(?P<mark>[.)]?)(?!\d)")
# a bilag table's first row behind its heading ('Bilag 1 - Åben Notat om budget (108896/22)'): the heading's list
_TABLE_ROW = re.compile(rf"1\s*[{SPACED_DASH}]\s*(?:Åben|Lukket)\b", re.IGNORECASE)
_LIST_REACH = 300  # how far the next entry may follow the first (a title is shorter)


def _names_one_bilag(text: str, start: int, after: int) -> bool:
    """The bilag word before a number names that one bilag, as a reference in a sentence ('Se i øvrigt Bilag 3.
    Øvrige …', 'fremgår af Bilag 1. Ansøger …') or as an entry's own label in a list the text discusses ('Se vedlagte
    bilag: Bilag 1. Svar fra … Bilag 2. Orientering …'): the word heads the item's bilag list only where the number
    opens that list, '1' with the next entry '2' (same mark, no bilag word before it) close after it ('Bilag 1. Kort
    over grunden 2. Notat om økonomi'), a bilag table's first row ('Bilag 1 - Åben Notat …'), or a list of one
    entry after a sentence has ended ('… Taget til efterretning. Bilag 1 Notat om grunden')."""
    m = _NUMBER_AFTER.match(text, after)
    if not m or _TABLE_ROW.match(text, after):
        return False
    if m.group("n") != "1":
        return True
    mark = re.escape(m.group("mark"))
    if re.compile(rf"(?<![Bb]ilag)\s+2{mark}\s+[A-ZÆØÅ]").search(text, m.end(), m.end() + _LIST_REACH):
        return False
    labelled = re.compile(rf"\b[Bb]ilag\s+2{mark}\s").search(text, m.end(), m.end() + _LIST_REACH)
    return bool(labelled) or not _SENTENCE_ENDED.search(text, max(0, start - 3), start)


# where a sentence or a line ended before the word (its stop, a label's colon): a heading may stand there
_SENTENCE_ENDED = re.compile(r"(?:^|[.!?:\n])\s*$")


def _label_in_text(text: str, phrase: str, start: int, end: int, after: int) -> bool:
    """The heading's words at text[start:end] are the text's own, no run-in heading: the bilag word naming a bilag
    in the prose (_bilag_in_prose), or a form's field left empty among others ('Ejerforhold: Omkostningssted: …',
    _empty_field)."""
    if ATTACHMENT_HEADING.match(phrase) and _bilag_in_prose(text, start, after):
        return True
    return phrase.endswith(":") and _empty_field(text, start, end, phrase)


def _inside_heading_line(text: str, at: int) -> bool:
    """The word at `at` is inside a decision heading already cut onto a line of its own ('Teknik- og
    Miljøudvalgets beslutning den 30. september 2025'): no shorter heading begins there ('Miljøudvalgets …')."""
    lo, hi = max(0, at - _HEAD_LINE - 2), min(len(text), at + _HEAD_LINE + 2)
    begin, end = text.rfind("\n", lo, at) + 1, text.find("\n", at, hi)
    if (begin == 0 and lo > 0) or (end < 0 and hi < len(text)):
        return False  # a line longer than any heading (looked at only this far: a flattened page is one line)
    if not text[begin:at].strip():
        return False
    line = text[begin: end if end >= 0 else len(text)].strip()
    return len(line) <= _HEAD_LINE and bool(_ENDS_IN_DATE.search(line)) and decision_body_date(line) is not None


_HEAD_LINE = 120  # is_heading's bound: no heading is longer
_ENDS_IN_DATE = re.compile(rf"(?:{DATE_ANY.pattern})\)?\s*:?$", re.IGNORECASE)


def _on_lines_of_their_own(text: str, cuts: list[tuple[int, int]]) -> str:
    """The text with each of the `cuts` (start, end; in order, not overlapping) on a line of its own: joined once,
    not rebuilt per cut (a flattened page has thousands)."""
    pieces, done = [], 0
    for a, b in cuts:
        pieces += [text[done:a], "\n", text[a:b], "\n"]
        done = b
    pieces.append(text[done:])
    return "".join(pieces)


# a list's mark before its first entry ('Sagsgang • Økonomiudvalget • Byrådet', 'Sagsgang - Økonomiudvalget -
# Byrådet', 'Sagsgang → Økonomiudvalget'): the bodies a route's label heads, printed one a line behind bullets, dashes
# or arrows, their lines run together. A route label's text begins there (not any heading's: one dash before a
# capital parts other labels from their value, 'Bilag - Borgmesterbrev om …')
_LIST_MARK = re.compile(rf"[{SPACED_DASH}•·▪●→]\s+[A-ZÆØÅ]")


def _run_in_headings(text: str) -> str:
    """The text with each run-in heading on a line of its own (the longest heading at a word first)."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    # whether a text may begin at each word: asked once a word, not once for each phrase that ends before it
    begins = [_text_begins(text, at) for at, _ in words]
    # or where a list's mark begins it, under a route's label only (_LIST_MARK)
    marked = [not b and bool(_LIST_MARK.match(text, at)) for b, (at, _) in zip(begins, words, strict=True)]
    cuts: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        start = words[k][0]
        if not _WORD_AT.match(text, start) or text[max(0, start - 3): start].rstrip().endswith(",") \
                or _inside_heading_line(text, start) or _IN_REFERENCE.search(text, max(0, start - 6), start):
            k += 1  # (nor a word after a comma: a name's second part, 'På baggrund af Fritids-, Kultur- og …')
            continue
        for n in range(min(_HEADING_WORDS, len(words) - k - 1), 0, -1):
            if not (begins[k + n] or marked[k + n]) or text[words[k + n - 1][1] - 1] in ".,":
                continue  # (the cheap tests first: a phrase that ends in a stop or a comma is no heading)
            phrase = text[start: words[k + n - 1][1]]
            if marked[k + n] and not ROUTE_LABEL.match(phrase):
                continue
            if is_heading(phrase) and not _DATE_GOES_ON.match(text, words[k + n - 1][0]) \
                    and not _DATE_AFTER_DEN.match(text, words[k + n - 1][0]) \
                    and not _ENTRY_NUMBER.match(text, words[k + n][0]) \
                    and not _label_in_text(text, phrase, start, words[k + n - 1][1], words[k + n][0]) \
                    and not DECISION_HEADING.match(phrase) and not FIELD_LABEL.fullmatch(phrase) \
                    and not _treatment_in_prose(phrase, text, words[k + n][0]) \
                    and (phrase not in _SENTENCE_STARTS or k == 0 or _opens_line(text, start)
                         or _lists_bodies(text[words[k + n][0]:])
                         or _after_bodies(text[cuts[-1][1] if cuts else 0: start])):
                cuts.append((start, words[k + n - 1][1]))
                k += n - 1
                break
        k += 1
    return _on_lines_of_their_own(text, cuts)


def _treatment_in_prose(phrase: str, text: str, after: int) -> bool:
    """'… og før Byrådets behandling 3. anbefales …': a body's treatment named inside a sentence, not the heading
    'Byrådets behandling' over an outcome; run in, such a heading has its colon or the outcome's word right after it
    (a genitive 'beslutning' heading stays as it was read: prose names a decision so far less often). Only where a
    body's name is in the genitive (decision_body_date): 'Sagens behandling' is a route's label, not a treatment."""
    m = GENITIVE_DECISION.match(phrase.strip())
    return bool(m) and m.group("noun").lower() == "behandling" and decision_body_date(phrase) is not None \
        and not phrase.rstrip().endswith(":") and not re.match(rf"{OUTCOME_WORDS}\b", text[after:])


# A heading in capitals inside the flattened text ('… 27. august 2025. BESLUTNINGSFORSLAG FRA DD Baggrund: …',
# 'INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ Resume …') or a lone full stop: on a line of its
# own, it ends a decision as it does where lines were kept (item_body._ends_decision)
_CAPS_RUN = re.compile(r"(?<=\s)([A-ZÆØÅ]{6,}(?:,?\s+[A-ZÆØÅ]{1,}){1,12}|\.)(?=\s+[A-ZÆØÅ][a-zæøå]|\s*$)")


# A decision's head in capitals, the body and the date without 'Beslutning' ('… Sagsbeh. Nanna Sand ÅBENT
# FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010 Fraværende: …'), the item's open/closed status maybe before it
_CAPS_BODY_DATE = re.compile(rf"(?:(?<=\s)|^)(?:(?i:{STATUS_WORD})\s+)?"
                             r"(?P<body>[A-ZÆØÅ][A-ZÆØÅ-]+(?:,?\s+[A-ZÆØÅ-]+){0,8}?)"
                             rf"\s+DEN\s+(?P<date>(?i:{DATE_ANY.pattern}))(?=\s|$)")


def _caps_body_date_cut(m: re.Match[str]) -> str:
    """The head on a line of its own (item_body reads it as the decision's body and date), where the words
    before the date are a body's name."""
    return f"\n{m.group(0)}\n" if is_printed_body(m.group("body")) else m.group(0)


# A treatment's line run into the text after a sentence: 'Økonomiudvalget den 12. marts 2024: Anbefales.',
# 'Teknik- og Miljøudvalget, 10-09-2019, pkt. 65: Anbefales.' (the body, its date, maybe the item's number, a colon).
# Also at a line's start: after a heading the run-in reader cut onto its own line ('… Politisk behandling\n
# Teknik- og Miljøudvalget den 5. marts 2024 Anbefales.'), as where the page kept its lines; the first treatment under
# a history label was lost when only a sentence's end could come before it
# (the body two letters at least: a committee printed by its initials, 'ØU 12.03.2024: Godkendt.', as a page that
# keeps its lines reads it; is_printed_body decides whether they name one)
_DATED_BODY = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)|(?<=\n[ \t])|^)(?P<body>[A-ZÆØÅ][\w\-, ]{{1,80}}?),?\s+"
                         r"(?:(?i:den|d\.)\s+)?"
                         rf"(?P<date>(?i:{DATE_ANY.pattern}))(?:,\s*(?i:pkt)\.?\s*\d{{1,4}})?"
                         # a colon, or (no colon) an outcome right after it ('… budget. Byrådet den 20. marts 2024
                         # Godkendt.'), or the sentence naming who was absent for it, which a decision opens on ('…
                         # Godkendt. Udvalg for Økonomi, 07.05.2007 Kurt Petersen var fraværende. Anbefales.')
                         rf"(?:\s*:|(?=\s+{OUTCOME_WORDS}\b)|(?=\s+{ABSENT_SENTENCE.pattern}))")


def _dated_body_cut(m: re.Match[str]) -> str:
    """The treatment's line on a line of its own, where the words before the date are a body's name: the item
    reader takes it for the body and date of the decision below it, as on a page that kept its lines."""
    head = m.group(0) if m.group(0).rstrip().endswith(":") else f"{m.group(0).rstrip()}:"  # as the head's colon
    body = m.group("body").strip().rstrip(",")
    label, _, rest = body.partition(" ")
    # a section's heading word run on before the body ('… Behandling Teknik- og Miljøudvalget den 5. marts 2024:
    # Anbefales.', the label over the treatments flattened onto their line; a lone 'Behandling' is left by the
    # run-in reader, as it opens sentences too): the heading a line of its own, then the treatment's. Why: the body
    # was read as 'Behandling Teknik- og Miljøudvalget'; no body's name starts with a heading of the lexicon
    if rest and is_heading(label) and not PLAIN_DECISION.match(label) and is_printed_body(rest):
        return f"\n{label}\n{head[head.index(rest):]}\n"
    return f"\n{head}\n" if is_printed_body(body) else m.group(0)


# A treatment's line with the item's number at that meeting, run in after anything ('… Åbent punkt Sundheds- og
# Omsorgsudvalget, 03-04-2014, pkt. 34 Godkendt.'): its date and number anchor it, the body's name is the longest
# run of words before them that names a body
_DATED_NUMBER = re.compile(rf",?\s+(?:(?i:den|d\.)\s+)?(?:{DATE_ANY.pattern}),\s*(?i:pkt|punkt)\.?\s*\d{{1,4}}\s*:?"
                           r"(?=\s+(?:-\s+)?[A-ZÆØÅ\d])", re.IGNORECASE)


def _dated_number_lines(text: str) -> str:
    """Each such treatment line on a line of its own, where the words before its date name a body."""
    out, pos = [], 0
    for m in _DATED_NUMBER.finditer(text):
        words = list(re.finditer(r"\S+", text[max(pos, m.start() - 100): m.start()]))
        base = max(pos, m.start() - 100)
        for k in range(max(0, len(words) - 8), len(words)):
            at = base + words[k].start()
            if text[at].isupper() and is_printed_body(text[at: m.start()].rstrip(",")):
                out += [text[pos:at], "\n", text[at: m.end()].strip(), "\n"]
                pos = m.end()
                break
    return "".join(out) + text[pos:]


# An earlier treatment in a flattened 'Sagsforløb': 'Udvalg: Magistraten Dato: 19-08-2025 Punktnummer: 4 <text>'
_TREATMENT = re.compile(r"(?:(?<=\s)|^)Udvalg\s*:\s*(?P<body>[A-ZÆØÅ][^:]{1,80}?)\s+"
                        r"Dato\s*:\s*(?P<date>\d[\d.\-/]{5,9}\d)(?:\s+Punktnummer\s*:\s*(?P<num>\d{1,4}))?\s+")


def _treatment_lines(m: re.Match[str]) -> str:
    num = f"Punktnummer: {m.group('num')}\n" if m.group("num") else ""
    return f"\nUdvalg: {m.group('body')}\nDato: {m.group('date')}\n{num}"


# an item's case number with its open/closed status after the title in a flattened header ('… Indstilling til
# velfærdsaftale 22/8164 Åben Sag Sagsgang …'): on a line of its own, as the lined page prints it (item_body's
# head marker reads it there)
_MARKED_CASE = re.compile(rf"(?<=\s){CASE_FORM.pattern}\s*[{SPACED_DASH}]?\s*{OPEN_CLOSED_TAG.pattern}(?=\s|$)",
                          re.IGNORECASE)


# a heading glued to the sentence before it, the space after the full stop lost ('… fortegnelse.Indstilling
# Direktøren …'): the space is put back where the word after the stop begins a heading (_run_in_headings cuts it)
_GLUED_STOP = re.compile(r"(?<=[a-zæøå]\.)(?=([A-ZÆØÅ][a-zæøåé]{3,}(?:\s+[\w,/-]+){0,6}))")


def _unglued_stop(m: re.Match[str]) -> str:
    words = m.group(1).split()
    return " " if any(is_heading(" ".join(words[:n])) for n in range(1, len(words) + 1)) else ""


# (seven letters or more: a sentence cut in 'Silkeborg Kommu' is no cut 'Kommunikation')
_LAST_WORD = re.compile(r"(?<=[\s.])([A-ZÆØÅ][a-zæøå]{6,})\s*$")
# (after a sentence's end only: a heading's first words, the text before them ended)
_LAST_PHRASE = re.compile(r"(?<=[.!?]\s)([A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+){1,3})\s*$")


def _cut_heading_at_end(text: str) -> str:
    """The start of a heading that ends the text, the excerpt cut inside it ('… Oplæg vedrørende turismeindsats
    Sagsfrems'), on a line of its own, where the item reader takes a cut heading as its last line."""
    m = _LAST_WORD.search(text)
    if m and is_cut_heading(m.group(1)):
        return f"{text[:m.start()]}\n{m.group(1)}"
    m = _LAST_PHRASE.search(text)  # a heading of several words cut in its last ('… vurdere. Retligt grundl')
    if m and is_cut_heading(m.group(1)):
        return f"{text[:m.start()]}\n{m.group(1)}"
    return _heading_at_end(text)


# the words after the text's last sentence, a page line's end ('… tilgår kassebeholdningen i 2011. Beslutning')
_LAST_WORDS = re.compile(r"(?<=[.!?]\s)\s*([A-ZÆØÅ][^\s.!?:]*(?:[ \t]+[^\s.!?:]+){0,6})\s*$")


def _heading_at_end(text: str) -> str:
    """A whole heading after the text's last sentence, the page breaking between it and its text (the next page
    line begins 'Anbefales (til Økonomiudvalget).'): on a line of its own, as _run_in_headings cuts one that has
    its text after it on the same line."""
    m = _LAST_WORDS.search(text)
    if m and is_heading(m.group(1)) and not DECISION_HEADING.match(m.group(1)):
        return f"{text[:m.start(1)]}\n{m.group(1)}"
    return text


# An item's status run in before the heading its block opens with ('… var fraværende. Åben Indstilling
# Økonomiudvalget indstiller …'): a page of blocks without numbers prints it on a line of its own, over each item
_STATUS_ABOVE_HEADING = re.compile(r"(?<=\s)(Åben|Åbent|Lukket)[ \t]*\n(?=[^\n]+\n)")


# An item's label with its number and no title after it, a heading next ('… Beslutning Godkendt. Budget 2010
# - anlægsbevilling Sag nr. 20 (ØU 24/2010) Sagens kerne …'): the title was printed on the line above it
_SAG_NR_HEAD = re.compile(r"(?<=\s)Sag nr\.\s*\d{1,4}(?:\s+\([^()\n]{1,40}\))?[ \t]*(?=\n)")
_STOP_BEFORE = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ0-9])")


# An item's header with its number, its title printed again after it ('… • 136. Beslutningssag: Godkendelse
# af dagsorden Beslutningssag: Godkendelse af dagsorden INDHOLD …'): the header and the title each on their line
_DOUBLED_HEADER = re.compile(r"(?<=\s)([•·▪●]\s*\d{1,3}\.\s+(?P<title>[A-ZÆØÅ][^\n]{2,200}?))\s+(?P=title)(?=\s|$)")
# An item's title printed twice in a row, no number, then its body's first cue ('… Godkendt. Budget for vejene Budget
# for vejene Sagsnr.: …'): each copy on its line, as a lined page prints the list's entry and the body's heading
# (assemble._doubled_titles reads them there). Why: a page that unfolds each entry of its agenda prints its title
# again over the body; a title and its copy with a body's cue behind are an item's header, whatever the publisher
_DOUBLED_TITLE = re.compile(r"(?<=\s)(?P<title>[A-ZÆØÅ][^\n]{6,200}?)(?<!\.)\s+(?P=title)"
                            r"(?=" + BODY_OPENS.pattern + ")")
# a web page's bulleted item header after the text before it ('… for Tuncay Yilmaz. • Pkt. 117 Udvikling af … .pdf
# Pkt. 117'), its title printed again only after its files and the page's break: its line begins at the bullet
_BULLETED_LABEL = re.compile(r"(?<=\S)\s+(?=[•·▪●]\s*(?:Pkt\.?|Punkt)\s*\d{1,3}\s+[A-ZÆØÅ])")


def _sag_nr_heads(text: str) -> str:
    """The text with each such label on a line of its own, and the title before it on its own line where the
    last sentence before it ends (the title's own words no sentence's end)."""
    cuts = []
    for m in _SAG_NR_HEAD.finditer(text):
        begin = text.rfind("\n", 0, m.start()) + 1
        stops = [x.end() for x in _STOP_BEFORE.finditer(text, begin, m.start())] + _after_chrome(text, begin, m.start())
        if stops and 3 <= m.start() - max(stops) <= MAX_TITLE:
            cuts.append(max(stops))
        cuts.append(m.start())
    for c in reversed(cuts):
        text = f"{text[:c]}\n{text[c:]}"
    return text


def _after_chrome(text: str, begin: int, end: int) -> list[int]:
    """Where a page's chrome run into the text between `begin` and `end` ends ('… Sager 19 - 40 Fold alle ud
    Budget 2010 …': after 'Fold alle ud', a run of up to four words that is chrome as a whole)."""
    words = list(re.finditer(r"\S+", text[begin:end]))
    return [begin + w.end() + 1 for k, w in enumerate(words)
            if any(is_chrome(text[begin + words[k - n].start(): begin + w.end()]) for n in range(min(k + 1, 4)))]


# A row of an Acadre/eDoc bilag table run into the text ('Bilag: 1 - Åben Adm. tilkendegivelse … (108896/22) (H)
# 3338892 … 2 - Åben Borgmesterbrev …', or with the document's number before its status: '2 - 3337598 Åben …'): the
# row's number, a dash and the bilag's open/closed status mark where each row begins, as the lined table prints it
_BILAG_ROW = re.compile(rf"(?<=\s)(?=\d{{1,3}}\s*[{SPACED_DASH}]\s+(?:\d{{5,}}\s+)?(?:Åben|Lukket)\s)")
# a run of two attached files' names or more inside the text ('… Busbestilling 2020 Notat_om_busbestilling.pdf
# Hoeringssvar.pdf Pkt. 130 Busbestilling 2020 Sagsnr. …'): a web page prints its files on lines of their own, and a
# line of names alone reads as the item's bilag (item_body._file_names). Names without spaces only: where a name has
# spaces, its first word cannot be told from the sentence before it
_FILE_RUN = re.compile(rf"(?<!\S)(\S+{FILE_EXTENSION}(?:[ \t]+\S+{FILE_EXTENSION})+)(?=\s|$)", re.IGNORECASE)


# a body's outcome stated after the text's last sentence ('… var fraværende. Økonomiudvalget anbefaler indstillingen.
# Jan Nymark … var fraværende. Beslutning …'): a paragraph of its own where lines were kept, which item_body reads as
# that body's decision (outcome_statements) only at a line's start
_STATED_AT = re.compile(r"(?<=[.!?]\s)(?=[A-ZÆØÅ])")


def _stated_outcomes(text: str) -> str:
    """The text with each stated outcome after a sentence's end on a line of its own, where the words before its
    verb name a body."""
    cuts = []
    for m in _STATED_AT.finditer(text):
        end = text.find("\n", m.start())
        stated = STATED_OUTCOME.match(text[m.start(): end if end >= 0 else len(text)])
        if stated and is_body_name(stated.group("body")):
            cuts.append(m.start())
    for c in reversed(cuts):
        text = f"{text[:c]}\n{text[c:]}"
    return text


# an absence label after a heading's date behind a dash, a comma or a bracket ('… den 12. marts 2024 - Fraværende:
# X Godkendt.', '… den 12.03.2024, afbud: X', '… den 12.03.2024 (Fraværende: X (V)) Godkendt.'): the separator is
# the heading's line's, neither a word of the decision's text nor of the names
# (or after the bare heading word: _absence_on_plain_heading)
_SEPARATED_ABSENCE = re.compile(rf"(?:(?<=\d)|(?<=\bBeslutning))(?P<sep>\s*[,:]\s*|\s+[{SPACED_DASH}]\s+|\s*\(\s*)"
                                rf"(?={ABSENCE_LABEL_WORD}\s*:)",
                                re.IGNORECASE)


def _absence_on_plain_heading(text: str, m: re.Match[str]) -> bool:
    """'… Beslutning (Fraværende: X) Godkendt.', '… Beslutning, Fraværende: X Godkendt.': the separator follows the
    bare heading word, not a date. A bracket, a comma or a spaced dash right after the word 'Beslutning' before an
    absence label sets off a remark on the heading in any publisher's minutes: a decision's text never opens with
    one before who was away."""
    return bool(m.group("sep").strip()) and not text[m.start() - 1].isdigit()


def _unseparated_absence(text: str) -> str:
    """`text` with each absence label right after a date parted from it by a space only and capitalised as a label
    opening its line is ('…, afbud: X' -> '… Afbud: X'), a bracket around the label and its names dropped with its
    closing bracket (the first that closes it: a party's brackets nest inside)."""
    out, pos = [], 0
    for m in _SEPARATED_ABSENCE.finditer(text):
        if m.start() < pos or not (DATE_ANY.search(text, max(0, m.start() - 30), m.start())
                                   or _absence_on_plain_heading(text, m)):
            continue
        out += [text[pos: m.start()], " ", text[m.end()].upper()]
        pos = m.end() + 1
        if "(" in m.group("sep"):
            depth, k = 1, pos
            while k < len(text) and depth and text[k] != "\n":
                depth += {"(": 1, ")": -1}.get(text[k], 0)
                k += 1
            if depth == 0:
                out.append(text[pos: k - 1])
                pos = k
    return "".join(out) + text[pos:]


# a signature page's heading run on after the last item's text ('… Fraværende: Bo Holm Underskriftsside Anne Berg
# Carl Lund …', the page that closes the minutes with the members' names read onto the page before it): on a line of
# its own, where item_body ends the item (_SIGNATURE_PAGE). Why it holds across publishers: the heading word names
# a page of signatures, never a word of a decision, and a name (two capitalised words) follows it, not a case's
# fields as under an item titled so ('Underskriftsark Sagsnr.: …')
_SIGNATURE_RUN = re.compile(r"(?<=\s)(Underskrift(?:sside|sblad|er))(?=[ \t]+[A-ZÆØÅ][\w'’-]+[ \t]+[A-ZÆØÅ][\w'’.-]*"
                            r"(?:[ \t]|$))")


# a two-column row's cell rule after a heading's or an absence label's cell ('… accepteres. Beslutning | Godkendt.
# Fraværende | Anne Berg'), a table read across and flattened: the label's cell, then its value's, as a colon sets
# them apart. Why across publishers: the bar parts two cells, and a label's cell opens after a sentence; a heading
# word alone before it (is_heading) names the row, so the row reads as 'Beslutning: Godkendt.' does
_CELL_RULE = re.compile(rf"(?:(?<=[.!?)]\s)|(?<=\n)|^)(?P<label>{ABSENCE_LABEL_WORD}|[A-ZÆØÅ][a-zæøå]+)[ \t]+\|[ \t]+"
                        r"(?=[A-ZÆØÅ])")


def _cell_rule(m: re.Match[str]) -> str:
    label = m.group("label")
    return f"{label}: " if is_heading(label) or re.fullmatch(ABSENCE_LABEL_WORD, label) else m.group(0)


_NUMBER_LABEL_BEFORE = re.compile(r"(?:(?i:pkt|punkt|sag)\.?|[•·▪●])\s*\d{1,4}[.:)]?\s*$")


def _doubled_title_lines(m: re.Match[str]) -> str:
    """A doubled title's two copies each on its line (_DOUBLED_TITLE), unless an item's label and number stand
    right before it ('• Pkt. 129 Title Title Sagsnr. …'): that header is read with its number, whole."""
    if _NUMBER_LABEL_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return m.group()
    return f"\n{m.group('title')}\n{m.group('title')}\n"


def split_inline(text: str, offset: int) -> list[Line]:
    """The flattened body cut into lines before each label or heading that runs into its text."""
    text = _CELL_RULE.sub(_cell_rule, text) if "|" in text else text
    text = _SIGNATURE_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _unseparated_absence(text)
    text = _GLUED_STOP.sub(_unglued_stop, text)
    text = _BILAG_ROW.sub("\n", text)
    text = _FILE_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _TREATMENT.sub(_treatment_lines, text)
    text = glued_headings(text)
    text = _DECISION.sub(_decision_cut, text)
    text = _dated_decision_heads(text)
    text = _DASHED_DECISION.sub(_dashed_decision_cut, text)
    text = _RECORD_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _run_in_headings(text)
    text = _BULLETED_BILAG.sub(_bulleted_bilag_lines, text)
    text = _STATUS_ABOVE_HEADING.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _sag_nr_heads(text)
    text = _DOUBLED_HEADER.sub(lambda m: f"\n{m.group(1)}\n{m.group('title')}\n", text)
    text = _DOUBLED_TITLE.sub(_doubled_title_lines, text)
    text = _BULLETED_LABEL.sub("\n", text)
    text = _CAPS_BODY_DATE.sub(_caps_body_date_cut, text)
    text = _DATED_BODY.sub(_dated_body_cut, text)
    text = _dated_number_lines(text)
    text = _stated_outcomes(text)
    text = _CAPS_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _MARKED_CASE.sub(lambda m: f"\n{m.group(0).strip()}\n", text)
    text = _bulleted_absentees(text)
    text = _ABSENCE_HEAD.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _ABSENT_RUN.sub(_absence_run, text)
    text = _cut_heading_at_end(text)
    cuts = {m.start() for m in _CASE_LABEL.finditer(text)}
    for m in _LABELLED.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest tail of the words that is a heading
            tail = " ".join(words[-n:])
            if tail[:1].isupper() and is_heading(tail):  # a heading is capitalised, not a sentence's word
                if _empty_field(text, m.start(1) + m.group(1).rfind(tail), m.end(), tail):
                    break
                cuts.add(m.start(1) + m.group(1).rfind(tail))
                if not FIELD_LABEL.fullmatch(tail + ":"):  # a field's value stays on its label's line
                    cuts.add(m.end())  # its text goes on a line of its own
                break
    pieces, begin = [], 0
    for c in sorted(cuts):
        pieces.append(text[begin:c])
        begin = c
    pieces.append(text[begin:])
    out = [_tidy(p) for p in _fields_joined([p.strip() for piece in pieces for p in piece.split("\n")])
           if p.strip(" :") and not (is_chrome(p) and not is_heading(p))]  # a page's toolbar run in: no text
    return [Line(t, offset) for t in _status_apart(_outcomes_after_case_numbers(_bilag_one_a_line(out)))]


# an item's open/closed status left at the end of the line before its block's first heading, or at the start of that
# heading's line, where the heading was cut from its text late ('… var fraværende. Åben' / 'Byrådets beslutning den
# 24. april 2023', 'Åben Udvalgets beslutning'): a heading that names its body was cut after _STATUS_ABOVE_HEADING ran
_STATUS_AT_END = re.compile(rf"(?<=\s)({STATUS_WORD})$")
_STATUS_AT_START = re.compile(rf"^({STATUS_WORD})\s+(?=\S)")


def _status_apart(texts: list[str]) -> list[str]:
    """The status on a line of its own above the heading, as a page of blocks without numbers prints it over each
    item (assemble's marker starts read it there). Why across publishers: a status word is never the last word of a
    sentence nor the first of a heading; next to a heading it marks the item the heading opens."""
    out: list[str] = []
    for k, t in enumerate(texts):
        end = _STATUS_AT_END.search(t)
        start = _STATUS_AT_START.match(t)
        if end and k + 1 < len(texts) and is_heading(texts[k + 1]):
            out += [t[: end.start()].strip(), end.group(1)]
        elif start and is_heading(t[start.end():]):
            out += [start.group(1), t[start.end():]]
        else:
            out.append(t)
    return out


# a form's next label right behind a label's colon, with no value between them ('… Ejerforhold:
# Omkostningssted/PSP-element: …')
_NEXT_LABEL = re.compile(r"[ \t]*([A-ZÆØÅ][\w\-/]*(?:[ \t]+[\w\-/]+){0,3})[ \t]*:(?!\S)")
# the field before a label, with its value printed ('Dranst: 1 - Driftskonti 3 - Anlægskonti ' before 'Ejerforhold:')
_FILLED_FIELD = re.compile(r":[ \t]+[^:\s][^:\n]{0,80}$")


def _empty_field(text: str, start: int, end: int, label: str) -> bool:
    """The label at text[start:end] is a form's field printed with its value left empty among fields that have
    theirs, run into a text ('Dranst: 1 - Driftskonti Ejerforhold: Omkostningssted/PSP-element: Ib Holm'): a field
    with its value before it, and another label, no heading, right behind its colon. A heading run in has its text
    behind it, not a field's label, so this is no section (annotation rules: a label heads a section on a line of
    its own with its text below). Not a row of headings all left empty ('Sagsfremstilling: Administrationens
    vurdering: Handicappolitik: …', no value before any), nor a decision's or the bilag's label, whose value may open
    on a label ('Beslutning: Fraværende: …')."""
    m = _NEXT_LABEL.match(text, end)
    return bool(m) and not _heads_own_text(label) and not is_heading(m.group(1)) \
        and bool(_FILLED_FIELD.search(text, max(0, start - 90), start))


def _outcomes_after_case_numbers(texts: list[str]) -> list[str]:
    """'Sagsnr.: 24/0001 Dagsordenen godkendt.': the outcome a flattened item prints right after its case
    number is a line of its own, as the lined page prints it (the label's line would take it for its value)."""
    out: list[str] = []
    for t in texts:
        at = trailing_outcome(t) if labelled_case_numbers(t) else None
        out += [t[:at].strip(), t[at:]] if at else [t]
    return out


def _tidy(piece: str) -> str:
    """A piece without the colons around it nor a bullet after it, but for a treatment's line, whose colon tells it
    from a sentence that ends in a body and a date (item_body reads 'Byrådet den 26. marts 2024:' as a decision's
    head)."""
    t = _BULLET_END.sub("", piece).strip(" :")  # a bullet at a piece's end marks the next line ('… godkendt. •')
    return f"{t}:" if piece.rstrip().endswith(":") and _DATED_BODY.fullmatch(f"{t}:") else t


def _fields_joined(texts: list[str]) -> list[str]:
    """The texts with each label that was cut off its value ('Kompetence:' / 'Økonomiudvalget') joined to it
    again where the value is a fact of the case (_names_bodies), as the page printed them on one line."""
    out: list[str] = []
    for t in texts:
        if out and out[-1].endswith(":") and is_heading(out[-1]) and not _heads_own_text(out[-1]) \
                and not is_heading(t) and _names_bodies(t):
            out[-1] = f"{out[-1]} {t}"
        elif t:
            out.append(t)
    return out


def _heads_own_text(label: str) -> bool:
    """'Beslutning:', 'Bilag:': a label whose value is the decision or the bilag, never a field."""
    return bool(PLAIN_DECISION.match(label) or ATTACHMENT_HEADING.match(label))


def _names_bodies(after: str) -> bool:
    """The text after a label's colon is a fact of the case, not a text the label heads: a body's name or a
    list of bodies ('Kompetence: Økonomiudvalget', 'Kompetence: BY Åben sag …'), or nothing before the item's
    open/closed status ('Kompetence: Åben sag …'). A label with its value on its line is a field, no section
    (annotation rules), as where the page kept its lines."""
    status = OPEN_CLOSED_TAG.search(after)
    value = (after[: status.start()] if status else after).strip()
    if not value:
        return status is not None
    return route_from_text(value) is not None


def _printed_twice(text: str) -> bool:
    """'1 Notat om X Notat om X': one bilag, its link's text printed beside its title (attachments reads it once), no
    list of two."""
    words = re.sub(r"^\d{1,3}\s+", "", text).split()
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]


def _bilag_one_a_line(texts: list[str]) -> list[str]:
    """A bilag list run into one line after its heading ('Bilag' / 'Referat fra dialogmøde Kortbilag
    Høringssvar vedr. helhedsplan'): its titles parted where titles start, as a list that lost its
    numbers is (title_split.split_titles), each on a line of its own as the PDF printed them."""
    out: list[str] = []
    for k, t in enumerate(texts):
        if k and ATTACHMENT_HEADING.match(texts[k - 1]) and len(t.split()) >= 3 and not _printed_twice(t):
            out += split_titles(t)
        else:
            out.append(t)
    return out


# A decision heading run in that names its body and date in another of the shapes headings.py reads on a line of its
# own ('Beslutning (Byrådet, 12. marts 2024) Godkendt.', 'Afgørelse i Byrådet den 12-03-2024 Godkendt.', 'Teknik- og
# Miljøudvalgets beslutning den 12. marts 2024 Anbefales.'): found by its date. After the date: the text's first
# capital, or nothing (not a sentence's full stop: '… jf. Økonomiudvalgets beslutning den 25. marts 2022.' is prose)
_AFTER_HEAD_DATE = re.compile(rf"\)?[ \t]*:?(?=\s*(?:[A-ZÆØÅ0-9{SPACED_DASH}]|$))")
# the words a heading's body and wording are made of, back from its date: capitalised words (a word may close its
# bracket or comma: 'Beslutning (Byrådet, 12. marts …') and the small words inside a body's name ('Udvalget for
# Kultur og Fritid', 'Børne- og Ungeudvalget'); not the item's open/closed status before it ('Åben sag')
_NAME_WORD = re.compile(rf"[(]?[A-ZÆØÅ][\w{SPACED_DASH}']*,?|og|for|i|fra|af|den|d\.|[{SPACED_DASH}]|beslutning"
                        # a body's term of office in its genitive ('Byråd 2022-2025s beslutning den …', headings._TERM)
                        rf"|afgørelse|(?:19|20)\d{{2}}[{SPACED_DASH}](?:19|20)\d{{2}}s")
_NOT_NAME = re.compile(rf"{STATUS_WORD}|sag|punkt", re.IGNORECASE)
_SECOND_PART = re.compile(r"\w-\s+og\s+$")  # 'Børne- og ungdomsudvalget': a name's second part, in lower case
_HEAD_REACH = 12  # the most words a heading prints before its date


_PART_REACH = 40  # 'Børne- og ': a name's first part, its hyphen and 'og' fit in this much


def _words_back(text: str, begin: int, end: int, n: int) -> int:
    """Where to look for the last `n` words of text[begin:end]: `begin`, or a later point with more than `n` whole
    words after it (a flattened page is one line; reading all of it for every date made it quadratic)."""
    reach = 256
    while True:
        start = max(begin, end - reach)
        if start == begin or len(re.findall(r"\S+", text[start:end])) > n:
            return start
        reach *= 4


def _head_before(text: str, begin: int, date_at: int, end: int) -> int | None:
    """Where the decision heading whose date begins at `date_at` begins: the longest run of name-shaped words before
    it that headings.decision_body_date reads with the date, or None."""
    start = _words_back(text, begin, date_at, _HEAD_REACH)
    words = list(re.finditer(r"\S+", text[start:date_at]))
    run = []
    for w in reversed(words[-_HEAD_REACH:]):
        at = start + w.start()
        if not (_NAME_WORD.fullmatch(w.group(0)) or _SECOND_PART.search(text, max(0, at - _PART_REACH), at)) \
                or _NOT_NAME.fullmatch(w.group(0)):
            break
        run.append(at)
    for at in reversed(run):  # the longest first
        if text[at].isupper() or text[at] == "(":
            if decision_body_date(text[at:end]) is not None:
                # a genitive heading's body, less the words run on before it ('… Ibrugtagning Miljøudvalgets …')
                own = genitive_start(text, at, date_at)
                return own if own != at and decision_body_date(text[own:end]) is not None else at
    return None


_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")  # (matched in place: a flattened page's rest is long)


def _dated_decision_heads(text: str) -> str:
    """The text with each such heading on a line of its own."""
    cuts: list[tuple[int, int]] = []
    for d in DATE_ANY.finditer(text):
        after = _AFTER_HEAD_DATE.match(text, d.end())
        if after is None or (cuts and d.start() < cuts[-1][1]):
            continue
        floor = cuts[-1][1] if cuts else 0
        begin = max(text.rfind("\n", floor, d.start()) + 1, floor)
        at = _head_before(text, begin, d.start(), after.end())
        if at is None or _opens_line(text, at) and _LINE_ENDS.match(text, after.end()):
            continue  # none, or on a line of its own already (_DECISION cut it)
        cuts.append((at, after.end()))
    return _on_lines_of_their_own(text, cuts)


# a bare decision heading whose text is a dash list ('… Sagsnr.: 22-000111 Beslutning - Godkendt - Taget til
# efterretning Resume …', one outcome a line behind a dash on the PDF's page): the heading goes on a line of its own,
# its text behind it. Why: one dash before a capital parts a label from its value elsewhere ('Bilag - Notat …'), so
# the run-in reader leaves it, and the decision was lost; a decision heading has no value but its text
# The plural heading too ('Beslutninger - Anbefales.'): a page that heads its decisions so prints a dash list under
# it as the singular's page does, and the run-in reader leaves the plural there for the same reason
_DASHED_DECISION = re.compile(r"(?:(?<=\s)|^)(?:Beslutning(?:er)?|BESLUTNING(?:ER)?)"
                              rf"(?=\s+[{SPACED_DASH}]\s+(?P<rest>[A-ZÆØÅ][^{SPACED_DASH}\n]{{0,80}}))")


# the record's heading over an item's outcome ('… accepteres. Referat Godkendt.', 'Behandling Anbefales.', as
# item_body._outcome_heading reads them on lines of their own), run in: on a line of its own, its outcome after it.
# Only after a sentence's end and right before an outcome's capitalised word: a running head ('Referat') or a route's
# label ('Behandling Økonomiudvalget') is followed by neither
_RECORD_RUN = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)|^)({RECORD_WORDS}|{RECORD_WORDS.upper()})"
                         rf"[ \t]*:?[ \t]+(?={OUTCOME_WORDS}\b)")


def _dashed_decision_cut(m: re.Match[str]) -> str:
    """The heading on a line of its own, unless the dash sets off the body that decided ('Beslutning - Byrådet -
    12.03.2024' the dated heading, read as such elsewhere)."""
    body = m.group("rest").strip()
    if is_printed_body(body) or DATE_ANY.search(body):
        return m.group(0)
    return f"\n{m.group(0)}\n"


def _decision_cut(m: re.Match[str]) -> str:
    """The decision heading on a line of its own; a body and a date with neither 'den' nor a colon only where
    the words before the date are a body's name (not 'Beslutning Ansøgningen fra 3. marts 2021 …')."""
    if (m.group("bare") and m.group("colon") is None or m.group("undated") is not None or m.group("after")) \
            and not is_printed_body(_body_of(m)):
        # (undated: only a body's name before the outcome, not 'Beslutning Sagen Godkendt'; so too a heading read
        # with a stop or an hour after its date: 'Beslutning Godkendt Resume … for mødet den 26. april 2023.' is
        # an outcome and a sentence, no heading)
        return m.group(0)
    return f"\n{_decision_heading(m)}\n"


def _decision_heading(m: re.Match[str]) -> str:
    """The heading as a line of its own, in the form the item reader knows."""
    date = m.group("date") or m.group("bare")
    return f"Beslutning i {_body_of(m)}" + (f" den {date.strip()}" if date else "")


def _body_of(m: re.Match[str]) -> str:
    """The body a decision heading names, without the comma before its date ('Kommunalbestyrelsen, 26. marts')."""
    return m.group("body").strip().rstrip(",").strip()


# the label an item header may print before its number ('Punkt 4 Title', 'Pkt. 4', 'Sag nr. 4', '§ 4': the paragraph
# mark of a protocol numbering its items so, here sought only for an item the list read)
_HEAD_LABEL = r"(?:(?:Punkt|Pkt\.?|Sag(?:\s+nr\.?)?|Dagsordenspunkt|§)\s*)?"  # may be empty
# the count of the list's items after a labelled number ('Punkt 4 af 12 Title'),
# as number_candidates._CANDIDATE reads it
_OF_COUNT = r"(?:(?<=\d)\s+af\s+\d{1,3}(?=\s))?"
# between two words of a listed title as its page prints it: a number the contents lost with every digit
# ('Mødekalender for Skole-…' listed, 'Mødekalender 2024 for Skole-…' printed)
_GAP = r"\s+(?:\d[\d.,/-]*\s+)?"


def _title_pattern(words: list[str]) -> str:
    """Words of a listed title joined by _GAP as a pattern, where a word that ends in its hyphen may meet the
    next with no space ('Tilskud 2025- 2027' listed, 'Tilskud 2025-2027' at the header). Why across publishers:
    a contents cell is narrower than the header's line, so it wraps a compound at its hyphen, and a flattened
    text puts a space where the line broke; the header, on the page's full width, prints the compound whole."""
    out = ""
    for k, w in enumerate(words):
        if k:
            out += f"(?:{_GAP})?" if words[k - 1].endswith("-") else _GAP
        out += w
    return out
# an open/closed status printed between an item's number and its title ('1 Åbent Lokalplan …', '14. Lukket: …')
_STATUS = r"(?:(?:Lukket|Åben|Åbent)(?:\s+(?:punkt|sag))?\s*:?\s*)?"
# the item's case number printed between its label's number and its title ('Punkt 1 Sagsnr. 24/1223 Budget …'):
# a layout with the case cell beside the label and the title below both, read across by the text layer (the
# lined page's item_starts._case_beside_label); a label and its value, never a title's words
_CASE_CELL = rf"(?:(?P<case>(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*{CASE_FORM.pattern})\s+)?"
# what a transcript's page line prints before an item's title when the item's number was lost: the page
# number and a running header of a few words ('3 Vordingborg Kommune Dato Side Erhvervsudvalget', '2 Side Ø')
_PAGE_LEAD = re.compile(r"\d{1,4}(?:\s+\S+){0,7}\s+")


def _compound(word: str) -> str:
    """A title's word as a pattern: a long compound by its first half, whatever its last part."""
    return re.escape(word) if len(word) < 12 or not word.isalpha() else re.escape(word[: len(word) // 2]) + r"\w+"


_NUMBER_BEFORE = re.compile(rf"(?<![\w.,:]){_HEAD_LABEL}\d{{1,3}}[.:)]\s+$")


@dataclass
class _HeaderSeek:
    """How one listed item's header is looked for in a flattened line: '<number>. <title>' as the list
    printed it, or (a title of two words or more) the title alone, where the page lost the number, when a
    body begins after it ('Sagsnr.:', 'Sagsfremstilling …') and a page line, a sentence or nothing at all
    ends before it."""
    numbered: re.Pattern[str]
    bare: re.Pattern[str] | None
    rest: list[str]  # the title's words after the first four, which the pattern does not hold
    by_number: bool  # the list printed the number: a number found at the body is the list's
    cut: re.Pattern[str] | None = None  # the header with its number, cut off by the excerpt's end (find_cut)
    title: str = ""

    @classmethod
    def of(cls, number: str, title: str) -> _HeaderSeek | None:
        words = title.split()
        if not words:
            return None
        num = re.escape(number) if number else r"\d{1,3}"  # a number the list lost is printed at the body
        lead = rf"(?<![\w.])(?P<label>{_HEAD_LABEL})(?P<num>{num}){_OF_COUNT}(?P<mark>[.:)]|\s+[{SPACED_DASH}|])?\s+"
        end = "" if words[:4][-1].endswith("-") else r"(?!\w)"  # ('2031-' may go on '2033' at the header)
        text = _title_pattern([re.escape(w) for w in words[:4]]) + end
        bare = re.compile(r"(?<![\w.])" + _STATUS + text) if len(words) >= 2 else None
        # with its number, the title may be printed in capitals at the body ('1. BUDGET AFTENSKOLER', listed as
        # '1. Budget Aftenskoler'), and a long compound after its first word spelt otherwise there, its first
        # half kept ('7. Orientering fra Økonomiudvalgsmødet …' listed as '… fra Økonomiudvalgsrådet …')
        spelt = _title_pattern([re.escape(words[0]), *(_compound(w) for w in words[1:4])]) + end
        cut = re.compile(lead + r"(?P<rest>\S.{7,})\Z")
        numbered = re.compile(lead + _CASE_CELL + _STATUS + f"(?P<title>(?i:{spelt}))")
        return cls(numbered, bare, words[4:], bool(number), cut, " ".join(words))

    def find_cut(self, text: str, head: re.Pattern[str] | None = None) -> tuple[int, int, str | None] | None:
        """(end of text, start of the header, its number) where the text's last page line opens on this item's
        header, its number printed ('4 437. Kommuneplantillæg - Vindmøll') and its title cut off by the excerpt's
        end: the start of the listed title, so the number the list lost is the one printed there. None elsewhere."""
        starts = (d.start() for d in re.finditer(r"(?<!\d)\d", text[:80]))  # the page's lead is short
        for m in (self.cut.match(text, at) for at in starts) if self.cut else ():
            if m and m.group("mark") and _page_lead(text[:m.start()], head) \
                    and not _SENTENCE_BEFORE.search(text, 0, m.start()) \
                    and self.title.startswith(" ".join(m.group("rest").split())):
                return len(text), 0, m.group("num")
        return None

    def find(self, text: str, pos: int, head: re.Pattern[str] | None = None,
             open_label: bool = False) -> tuple[int, int, str | None] | None:
        """(start of the body, start of the header, the number printed there) of the first header in
        text from pos on, or None. A header found behind a page's running header (`head`: the one the pages
        repeat, _running_head) starts at the line's start, so the page's head is no part of the body before it;
        not where the page before ended inside a label's value (`open_label`, _OPEN_LABEL): the words between
        the head and the header are the rest of that value, which the body before keeps."""
        hits = [(m.start(), m, True) for m in self.numbered.finditer(text, pos)]
        if self.bare:
            hits += [(m.start(), m, False) for m in self.bare.finditer(text, pos)]
        for at, m, numbered in sorted(hits, key=lambda h: h[0]):
            end, before = _title_end(text, m.end(), self.rest), text[:at]
            # on a page line of its own (pos 0), what stands before the header may be the page's head only
            # ('4 Referat 2. Title', '3 Vordingborg Kommune Dato Side Erhvervsudvalget Title'): no part of
            # the body before it, so the header starts at the line's start
            page_head = pos == 0 and _page_lead(before, head) and not _SENTENCE_BEFORE.search(before) \
                and not _ABSENCE_LEAD.search(before)
            if numbered:
                # a number the list lost is taken from the header only as a header prints it ('8. Personalesag',
                # 'Punkt 8'), not a bare number before the title ('Side 3 af 12 Godkendelse af dagsorden')
                printed = m.group("num") if self.by_number or m.group("mark") or m.group("label") else None
                return end, 0 if page_head and not open_label else at, printed
            cue = _cue_after(text, end)
            if cue is None and not (page_head and _cut_in_title(text[m.end():], self.rest)):
                continue  # a title found again without its number heads a body only where one begins
            second = at
            at, before = _past_copy(text, at, end, pos)
            end = cue or len(text)
            # (or, printed twice, right where the search began: the list's last title ends there)
            if not before.strip() or re.search(r"[.!:]\s+$", before) \
                    or at < second and pos and not text[pos:at].strip():
                # the header a list's wrong number missed ('Godkendt. 2. Title', '… Side 4 Punkt 2: Title'
                # where the list read a page as item 3) starts at the number printed before the title
                label = _NUMBER_BEFORE.search(before)
                return end, label.start() if label else at, None
            if page_head:
                label = _NUMBER_BEFORE.search(before) if open_label else None
                return end, (label.start() if label else at) if open_label else 0, None
        return None


# a page line that ends inside a label's value: its colon, then a few words and no stop ('… Følgende deltog ikke
# i behandlingen af punktet: Bo Holm' / '5 <running head> Anne Berg 7. Title …'). Why it holds across publishers:
# a page break does not end a list a label opened; what the next page prints before the next item's header is
# the rest of that list, not the page's own lead
_OPEN_LABEL = re.compile(r":(?:[ \t]+[^\s.!?:]+){0,6}[ \t]*$")


# a sentence ended before a header, maybe a bullet after it that marks the header ('3 Drøftet. Fraværende: Merete
# Dea Larsen (O). • Pkt. 17 …'): the text before is the previous item's, which ran on to this page, no page's lead
_SENTENCE_BEFORE = re.compile(r"[.!?]\s+(?:[•·▪●]\s*)?$")


# an absence label in what a page prints before a header ('4 Økonomiudvalget 12-03-2024 Fraværende: Bo Jensen (A) 2.
# Budget …'): the absentee line under the decision that ended the page before, run onto the next page's line; a page's
# running head names no one absent, so those words are the body's before it, not the page's lead
_ABSENCE_LEAD = re.compile(rf"(?<!\w)(?={ABSENCE_LABEL_WORD}\s*:)(?-i:[A-ZÆØÅ])")


def _page_lead(before: str, head: re.Pattern[str] | None) -> bool:
    """What a page line prints before a header is its page's lead only: its page number and a few words
    (_PAGE_LEAD), or the running header every page repeats (`head`) and then those few words ('3 Økonomiudvalget
    12-03-2024 Side 3 Vordingborg Kommune Dato Side Erhvervsudvalget Title': a publisher's head above the page's
    own), however many words the repeated head holds."""
    if _PAGE_LEAD.fullmatch(before):
        return True
    m = head.match(before) if head is not None else None
    return bool(m) and m.end() > 0 and re.fullmatch(r"(?:\S+\s+){0,7}", before[m.end():]) is not None


_TITLE_TAIL = re.compile(r"(?:\s+[^\s:]+){0,2}?(?=" + BODY_OPENS.pattern + ")")


def _past_copy(text: str, at: int, end: int, pos: int) -> tuple[int, str]:
    """(start, what stands before it) of a header whose title (text[at:end]) is printed twice in a row ('Budget for
    vejene Budget for vejene Sagsnr.: …'): the header starts at the first copy. Why: a page that unfolds each entry
    of its agenda under it prints the title again as the body's heading (assemble._doubled_titles on a lined page);
    flattened, the copy stands between the body before and the header. Not a copy before `pos`, where the search
    began: the header of the entry before, which was found there."""
    title = text[at:end].rstrip()
    before = text[:at].rstrip()
    if len(title) >= 8 and before.endswith(title) and len(before) - len(title) >= pos \
            and (len(before) == len(title) or before[-len(title) - 1].isspace()):
        at = len(before) - len(title)
    return at, text[:at]


def _cue_after(text: str, end: int) -> int | None:
    """Where a body begins right after a title found again, or None: at once, or after a word or two that the
    list left off the title ('Budget, regnskab og likviditet 2012 Sagsfremstilling …' listed without its year)."""
    m = _TITLE_TAIL.match(text, end)
    return m.end() if m else None


def _cut_in_title(after: str, rest: list[str]) -> bool:
    """The page line ends inside the title ('3 Side Ø Vrensted Forsamlingshus - anmodning om … pante', the
    excerpt cut there): what follows the title's first words is the start of its further words."""
    return " ".join(rest).startswith(" ".join(after.split()))


def _title_end(text: str, at: int, rest: list[str]) -> int:
    """Where the title whose first words end at `at` ends in text: after those of its further words the
    text prints too; where it prints fewer ('Overførsel af driftsbevillinger fra S Sagsfremstilling …', the
    rest lost), at the body's first cue, if one follows within the title's length."""
    end = at
    for w in rest:
        gap = f"(?:{_GAP})?" if text[end - 1: end] == "-" else _GAP  # (_title_pattern: a compound wrapped)
        m = re.compile(gap + re.escape(w) + ("" if w.endswith("-") else r"(?!\w)")).match(text, end)
        if not m:
            break
        end = m.end()
    else:
        return end
    width = len(" ".join(rest))
    cue = BODY_CUE.search(text, end)
    return cue.start() if cue and cue.start() <= at + width + 1 else at + width + 1


# the item's case numbers printed right after its title in the header, before the body's first words
# ('1 Fraværende og bemærkninger til dagsorden 00.01.00P35-0098 Behandling …'), each set off from the title as a
# publisher sets it: after a dash or a middle dot ('… - 24-001234', '… · EMN-2024-001234'), in brackets with its
# label ('… (Sagsnr. 24/1234)'), or next to another ('… 00.01.00-P20-1-24 00.01.00P35-0098 …'): each on a line of
# its own, as the lined page prints it under the title. Why across publishers: a case number's shape (CASE_FORM)
# is no word of a body's first sentence, and the body's own first words follow it (a capital, or the next number)
# (a label only inside the brackets: 'Sagsnr.: 24/1234' opening the body is its case field, read as a label's line)
_LEAD_CASE = re.compile(rf"^\s*(?:[{SPACED_DASH}·,]\s*)?(?:(?P<open>\()(?:(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*)?)?"
                        rf"(?P<number>{CASE_FORM.pattern})(?(open)\))(?=\s+[A-ZÆØÅ\d(]|\s*$)")


def _lead_case(text: str) -> str:
    numbers: list[str] = []
    while m := _LEAD_CASE.match(text):
        numbers.append(m.group("number"))
        text = text[m.end():]
    return "\n".join([*numbers, text.lstrip()]) if numbers else text


_BULLET_END = re.compile(r"\s*[•·▪●]\s*$")


def _without_tail(text: str) -> str:
    """A body's text without what a web page prints after it, before the next item's header: a bullet that
    marks that header ('… Fraværende: Claus Larsen. • Pkt. 35 …'), its toolbar ('… Godkendt. Kopier link til
    punktet - Print 2: …'), which the lined page prints on lines of their own."""
    text = _BULLET_END.sub("", text)
    words = list(re.finditer(r"\S+", text[-150:]))[-8:]
    base = max(0, len(text) - 150)
    for k, w in enumerate(words):  # the longest run of last words that is chrome, after a sentence if one word
        if is_chrome(" ".join(text[base + w.start():].split())) and (
                k + 2 <= len(words) or text[: base + w.start()].rstrip()[-1:] in (".", "!", "?")):
            return _BULLET_END.sub("", text[: base + w.start()].rstrip())
    return text


@dataclass
class InlineBody:
    number: str | None  # as printed at the body: the number a list lost is often printed here
    lines: list[Line]
    title: str | None = None  # as printed at the body, where that is fuller than the list's (_header_title)


def find_inline_bodies(lines: list[Line], after: int, entries: list[tuple[str, str]],
                       pos: int = 0) -> dict[int, InlineBody]:
    """For entries (number, title) of the item list: the bodies of those found again as
    "<number>. <title>" inside a line at or after `after` (in that line, from `pos` on), keyed by the
    entry's position. Bodies follow in the list's order, so each entry is looked for after the one
    before it was found: two items of the same title ('Status på kvalitetsrapport') get a body each."""
    found: list[tuple[int, int, int, int, str | None]] = []  # (line, start of body, header position, entry, number)
    line = after
    # (two pages alike tell a head before a header: what the page prints before it is no body's text anyway)
    lead = _running_head([ln.text for ln in lines[after:]], least=2)
    cells: dict[int, str] = {}  # by entry: the case number its header printed before the title
    titles: dict[int, str | None] = {}  # by entry: the title as its header prints it, where that is the fuller one
    ends: dict[int, int] = {}  # by entry: where the listed title ends at its header
    for k, (number, title) in enumerate(entries):
        seek = _HeaderSeek.of(number, title)
        if seek is None:
            continue
        for i in range(line, len(lines)):
            hit = seek.find(lines[i].text, pos if i == line else 0, lead,
                            i > line and _OPEN_LABEL.search(_before(lines, i)) is not None)
            if hit is None and i == len(lines) - 1 and not (i == line and pos):
                hit = seek.find_cut(lines[i].text, lead)
            if hit:
                end, at, printed = hit
                ends[k] = end
                titles[k], end = _header_title(seek, lines[i].text, at, end)
                found.append((i, end, at, k, printed))
                cells[k] = _header_case(seek, lines[i].text, at, end)
                line, pos = i, end
                break
    found = _past_column_cells(_with_titles_between(found, lines, entries), lines, ends, titles)
    head = _running_head([ln.text for ln in lines[after:]])
    foot = _running_foot([ln.text for ln in lines[after:]])
    out: dict[int, InlineBody] = {}
    for n, (i, begin, _, k, printed) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        last, stop = (nxt[0], nxt[2]) if nxt else (len(lines) - 1, len(lines[-1].text))
        if last == i:
            own = _last_foot(lines[i].text, begin, stop, foot)
            body = split_inline(_lead_case(_without_tail(own)), lines[i].offset)
        else:  # the body runs on over the following pages, to where the next item starts: one text, so a
            # label and its value parted by a page break ('Udvalg: Byrådet' / '5 Dato: …') meet again
            texts = [_footless(lines[i].text[begin:], foot, _PAGE_FOOTER)]
            texts += [without_page_number(_footless(head.sub("", lines[j].text), foot, _PAGE_FOOTER),
                                           _before(lines, j))
                      for j in range(i + 1, last) if lines[j].text]
            rest = _PAGE_HEAD.sub("", head.sub("", lines[last].text[:stop]))
            # not only the next page's number, nor its running header cut off by the excerpt's end
            cut_head = _cut_page_head(lines[last].text[:stop], _before(lines, last))
            if rest.strip() and not rest.strip().isdecimal() and not cut_head:
                texts.append(without_page_number(_last_foot(rest, 0, len(rest), foot), _before(lines, last)))
            body = split_inline(_lead_case(_without_tail(" ".join(texts))), lines[i].offset)
        if cells.get(k):
            body = [Line(cells[k], lines[i].offset), *body]
        out[k] = InlineBody(printed, body, titles.get(k))
    return out


# the page's number after the last sentence of a page line ('… Beslutning Anbefales. 5', '… Godkendt. Side 3 af 9')
_FOOT_AFTER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:Side\s+)?\d{1,4}(?:\s+af\s+\d{1,4})?\s*$"
                                  r"|\s+Side\s+\d{1,4}(?:\s+af\s+\d{1,4})?\s*$")


def _footless(text: str, foot: re.Pattern[str], bare: re.Pattern[str]) -> str:
    """A page line without its foot: the running foot the pages share ('… Side 3 af 5', _running_foot), or where
    none matched, a page number (`bare`), but not a date's year: where the foot was taken off before (one foot, not
    two), the date the page's text ended in ('… Beslutning i Økonomiudvalget den 12. marts 2024') read as a bare
    page number, and the heading lost its year."""
    unfooted = foot.sub("", text)
    if unfooted != text:
        return unfooted
    m = bare.search(text)
    if m is None or _ENDS_IN_DATE.search(text, 0, m.end()):
        return text  # '… den 12. marts 2024': a date's year ends the page's text, its foot taken off before
    return text[: m.start()]


def _last_foot(text: str, begin: int, stop: int, foot: re.Pattern[str]) -> str:
    """text[begin:stop] without the page's foot where the body runs to its page line's end: the last item's body on
    the document's last page, or a body that ends its page with no item after it. Why: every earlier page line of a
    body loses its foot where the next page goes on (find_inline_bodies); the last one kept it, so the decision ending
    the page read 'Anbefales. 5'. Only after a sentence's end, or as 'Side N': an excerpt cut inside a sentence may end
    in a number of its own ('… en bevilling på 12')."""
    if stop < len(text):
        return text[begin:stop]
    return _footless(text[begin:stop], foot, _FOOT_AFTER_SENTENCE)


# the cells right before a case number at a body's start ('Orientering 24-001234 Sagsfremstilling …', 'Åben
# 12.03.2026 MU 24-001234 …')
_CELLS_THEN_CASE = re.compile(rf"\s*(?P<cells>\S+(?: \S+){{0,7}}?)\s+(?={CASE_FORM.pattern})")
_OPEN_CLOSED_CELL = re.compile(r"(?i:åben|åbent|lukket)")


def _lead_cell(text: str) -> tuple[tuple[str, ...], int] | None:
    """(kinds, end) of the metadata cells (lines.column_cell_kind: what the item asks, a date, a committee's name;
    an open/closed word beside them) a body's text opens on, a case number right after them; None where it opens
    on other words."""
    m = _CELLS_THEN_CASE.match(text)
    words, kinds = m.group("cells").split() if m else [], []
    while words:
        n, kind = next(((n, k) for n in (4, 3, 2, 1) for k in [_cell_kind(" ".join(words[:n]))] if k), (0, None))
        if kind is None:
            return None
        kinds.append(kind)
        words = words[n:]
    return (tuple(kinds), m.end()) if m and set(kinds) - {"open"} else None


def _cell_kind(cell: str) -> str | None:
    return "open" if _OPEN_CLOSED_CELL.fullmatch(cell) else column_cell_kind(cell)


def _past_column_cells(found: list[tuple[int, int, int, int, str | None]], lines: list[Line], ends: dict[int, int],
                       titles: dict[int, str | None]) -> list[tuple[int, int, int, int, str | None]]:
    """`found` with each body started past the header's column cell where half the bodies or more (two at least)
    open on cells of the same kinds before the item's case number ('1. Title Orientering 24-001234 …'), and the cell
    off the title the header printed (`titles`). Why: a table's column repeats one kind of value after every
    title, which a body's own first words do not, and the case number after it is the header's, which
    _lead_case reads at the body's start (list_entry.without_column_tails took the same cell off the list)."""
    cells = {k: _lead_cell(lines[i].text[ends[k]:ends[k] + 80]) if k in ends else None for i, _, _, k, _ in found}
    counts = Counter(c[0] for c in cells.values() if c)
    common = {kind for kind, n in counts.items() if n >= 2 and 2 * n >= len(found)}
    out = []
    for i, begin, at, k, printed in found:
        c = cells.get(k)
        if c and c[0] in common:
            begin, cell = ends[k] + c[1], " ".join(lines[i].text[ends[k]:ends[k] + c[1]].split())
            titles[k] = titles.get(k) and titles[k].removesuffix(" " + cell) or None
        out.append((i, begin, at, k, printed))
    return out


# the bare case number that opens a header's body right after its title ('… Rørsangervej 11 24-001234 Beslutninger')
_CASE_THEN_BODY = re.compile(rf"\s+{CASE_FORM.pattern}(?=\s+(?:{'|'.join(BODY_CUE_WORDS)})(?!\w))")
_HYPHEN_WRAP = re.compile(r"(?<=\w-)\s+(?=\w)")
_SENTENCE_IN = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]|[!?]")  # a sentence ends: text, no title's tail
_TAIL_MAX = 40  # the most a contents cell cuts off a title's end (a cut long title, a number read as the page)


def _header_title(seek: _HeaderSeek, text: str, at: int, end: int) -> tuple[str | None, int]:
    """(title, start of body) where the numbered header found at `at` prints the listed title more fully than the
    list did: its compounds whole where the list wrapped them at the hyphen ('Tilskud 2025- 2027' listed), or its
    last words, up to the bare case number that opens the body, where the list cut them ('… for perioden' listed,
    '… for perioden 1. kvartal 2024 til 3. kvartal 2024 24-001234 Beslutninger' at the header; 'Udbud af buslinje'
    listed, its number read as the page). Why across publishers: a contents list prints each title in a narrow
    cell before a page column, so it wraps and cuts titles and loses a title's last number into the page column;
    the header prints the title on the page's full width, and the case number plus a body heading right after
    it mark where the title ends. (None, `end`) where the header says nothing more."""
    m = seek.numbered.search(text, at, end)
    if m is None:
        return _bare_header_title(seek, text, at, end), end
    title, body = text[m.start("title"): end], end
    after = _CASE_THEN_BODY.search(text, end, end + _TAIL_MAX + 40)
    tail = text[end: after.start()] if after else ""
    # (a dash or a middle dot alone sets the case number off the title: no words of the title's)
    if after and tail.strip(f" {SPACED_DASHES}·,") and len(tail) <= _TAIL_MAX and ":" not in tail \
            and not _SENTENCE_IN.search(tail):
        title, end = title + tail, after.start()
    printed = " ".join(title.split())
    if printed == seek.title or not _HYPHEN_WRAP.sub("", printed).startswith(_HYPHEN_WRAP.sub("", seek.title)):
        # (the same, or another spelling: the list's title stands; or a shorter copy that ends where its body begins)
        return (_ends_before_listed(seek.title, printed) if BODY_OPENS.match(text, body) else None), body
    return printed, end


# a word or two a header prints after the listed title, right before its body: a year or a span of years, or words
# ('2012', '2016-2019', 'for Lindby'); not a page's number, a status or a label
_HEADER_TAIL = re.compile(r"(?:(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?|[^\W\d]+,?)")


def _bare_header_title(seek: _HeaderSeek, text: str, at: int, end: int) -> str | None:
    """The title a header found again without its number prints, where that is the listed title and a word or two
    more right before its body's first cue ('Budget, regnskab og likviditet 2012 Sagsfremstilling …' under the entry
    '1 Budget, regnskab og likviditet'); else None. Why across publishers: a title is printed twice, and the copy over
    the body ends for sure where the body's cue stands, while the list's copy loses a title's last number or word into
    its page column or to the next entry's lost number."""
    m = seek.bare.search(text, at, end) if seek.bare else None
    first = text.find(seek.title.split()[0], m.start(), m.end()) if m else -1
    printed = " ".join(text[first:end].split()) if first >= 0 and BODY_OPENS.match(text, end) else ""
    tail = printed[len(seek.title) + 1:].split() if printed.startswith(seek.title + " ") else []
    if not 1 <= len(tail) <= 2 or not all(_HEADER_TAIL.fullmatch(w) for w in tail) \
            or any(re.fullmatch(STATUS_WORD, w) or is_heading(w) for w in tail):
        return None
    return printed


_STRAY_GLYPH = re.compile(r"[A-ZÆØÅ]")  # a capital alone between a header and its body: a margin mark or drop cap


def _ends_before_listed(listed: str, printed: str) -> str | None:
    """The header's own title where it prints the first words of the listed title only (three at least) and its body
    begins right after them (maybe past a stray capital), while the list went on with words that open a title of
    their own ('1. Overførsel af driftsbevillinger fra Sagsfremstilling …' under the entry '1 Overførsel af
    driftsbevillinger fra Tønder Kommunes regnskab'); else None. Why across publishers: a title is printed twice, in
    the list and over its body, and the body's copy ends for sure where its body's first cue stands; where the list's
    copy runs on past that, extraction lost the next entry's number and the list ran two titles together
    (run_on_entry gives the rest its own entry)."""
    head, words = printed.split(), listed.split()
    if head and _STRAY_GLYPH.fullmatch(head[-1]) and words[len(head) - 1: len(head)] != head[-1:]:
        head = head[:-1]
    return " ".join(head) if run_on_entry(listed, " ".join(head)) else None


def run_on_entry(listed: str, printed: str) -> str | None:
    """The words a listed title runs on with past the title its header prints (`printed`, its first three words or
    more), where they open a title of their own (two words or more, the first capitalised and not a title's small
    word); None where the two copies do not agree so."""
    head, words = printed.split(), listed.split()
    rest = words[len(head):]
    if len(head) < 3 or words[: len(head)] != head or len(rest) < 2 or not rest[0][:1].isupper() \
            or not rest[0][1:2].islower():
        return None
    return " ".join(rest)


def _header_case(seek: _HeaderSeek, text: str, at: int, end: int) -> str:
    """The case number the found header prints between its number and its title (_CASE_CELL: 'Punkt 1 Sagsnr.
    24/1223 Budget'), as its own line of the item's body, where a lined page prints it; '' when it holds none."""
    m = seek.numbered.search(text, at, end)
    return (m.group("case") or "") if m else ""


def _with_titles_between(found: list[tuple[int, int, int, int, str | None]], lines: list[Line],
                         entries: list[tuple[str, str]]) -> list[tuple[int, int, int, int, str | None]]:
    """`found` with the headers of the entries between two found ones that the search passed over, where the
    first one's body on its line holds them: each title as the list printed it, in the list's order, a body
    cue right after it ('3. Årsregnskab Sagsnr. 24/1214 Låneadgang mv. Sagsnr. 24/1221 5. Forslag …', a contents
    table with a case column whose numbers the extraction lost for some rows). Why: a body does not print the
    next entries' titles one after the other, each followed by a body's cue; a list's rows do, and each row's
    cells are that row's entry's, not the numbered entry's above it."""
    out = list(found)
    for n, (i, begin, _, k, _) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        last = nxt[0] if nxt else len(lines) - 1
        line, pos = i, begin
        for j in range(k + 1, nxt[3] if nxt else len(entries)):
            seek = None if entries[j][0] else _HeaderSeek.of("", entries[j][1])
            hit = _title_with_cue(seek, lines, (line, pos), (last, nxt[2] if nxt else None)) if seek else None
            if hit is not None:
                (line, pos), at = hit
                out.append((line, pos, at, j, None))
    return sorted(out, key=lambda f: (f[0], f[2]))


_CELL_END = re.compile(r"[\d.:)]\s+$")  # a cell's value before the next row's title ('Sagsnr. 24/1214 Låneadgang …')


def _title_with_cue(seek: _HeaderSeek, lines: list[Line], start: tuple[int, int], stop: tuple[int, int | None]
                    ) -> tuple[tuple[int, int], int] | None:
    """((line, start of the body), start of the title) of the seek's title alone with a body's cue right after it,
    from `start` (line, position) to `stop` (line, position or its end), behind the body of the entry before it
    (a cue of its own before the title: the row before's cell, not words of the header the body starts after,
    '5. Greve Museums Bestyrelse - valg af 2 medlemmer Sagsnr.: …' where the list cut that title in two), the
    cell's value ending right before it, no sentence ('… skal Randers Byråd udpege …')."""
    for i in range(start[0], stop[0] + 1):
        text = lines[i].text if i < stop[0] or stop[1] is None else lines[i].text[:stop[1]]
        pos = start[1] if i == start[0] else 0
        m = seek.bare.search(text, pos) if seek.bare else None
        cue = _cue_after(text, _title_end(text, m.end(), seek.rest)) if m else None
        if m and cue is not None and (i > start[0] or BODY_CUE.search(text, pos, m.start())
                                      and _CELL_END.search(text, pos, m.start())):
            return (i, cue), m.start()
    return None


_LEADING_NUMBER = re.compile(r"^\s*(\d{1,4})\s+")


def _before(lines: list[Line], j: int) -> str:
    """The text of the last non-empty line before line j."""
    return next((lines[k].text for k in range(j - 1, -1, -1) if lines[k].text), "")


def _cut_page_head(text: str, previous: str) -> bool:
    """'5 Kultur- og Fritidsudv' after '4 Kultur- og Fritidsudvalget 16-08-2023 Side 4 …': the next page's
    number and the start of the running header the page before printed, the excerpt cut inside it."""
    numbers = _next_page(text, previous)
    if numbers is None:
        return False
    head = text[numbers[0].end():].strip()
    return bool(head) and previous[numbers[1].end():].startswith(head)


def _next_page(text: str, previous: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """(the number text starts with, the one previous starts with) where text's is the next page's: a
    transcript's page lines start with their page numbers, one after the other."""
    m, before = _LEADING_NUMBER.match(text), _LEADING_NUMBER.match(previous)
    return (m, before) if m and before and int(m.group(1)) == int(before.group(1)) + 1 else None


def page_text(text: str, previous: str) -> str:
    """A transcript's page line for split_inline without its page number (without_page_number), the space after the
    number kept: a heading that opens the page ('4 Bevilling Sagen har …') is cut as it was behind the number."""
    rest = without_page_number(text, previous)
    return text if rest == text else f" {rest}"


def without_page_number(text: str, previous: str) -> str:
    """A transcript's page line without its page number: the number it starts with when the page line
    before it starts with the number before that ('5 Dato: …' after '4 Punkt 2: …'). Nor the meeting's body
    and date in capitals right after it ('5 ØKONOMIUDVALGET DEN 12. MARTS 2024 …'): the page's running header,
    where too few pages tell it (_running_head), which would head a decision (_CAPS_BODY_DATE)."""
    numbers = _next_page(text, previous)
    if not numbers:
        return text
    rest = text[numbers[0].end():]
    head = _CAPS_BODY_DATE.match(rest)
    return rest[head.end():].lstrip() if head and is_printed_body(head.group("body")) else rest


_NEVER = re.compile(r"(?!)")
# a page's head before the next item's header, where too few pages tell its running header: the page
# number, a short line, 'Side N' ('4 Økonomiudvalget 7. november 2023 Side 4 '), its N maybe taken for the number
# of a header whose list lost its numbers ('… Side 4 Orientering fra borgmesteren')
_PAGE_HEAD = re.compile(r"^\d{1,3}\s+[^\n]{0,100}?\bSide(?:\s+\d{1,3})?\s*$")


def _running_head(texts: list[str], least: int = 3) -> re.Pattern[str]:
    """The running header that opens each page line ('4 Teknik- og Miljøudvalget 16-01-2024 Side 4'):
    the page number, then the words (numbers as any number) that at least `least` page lines start
    with alike. Matches nothing when the pages print none."""
    pages = [t.split()[1:] for t in texts if re.match(r"\d{1,3} \S", t)]
    if len(pages) < least:
        return _NEVER
    def shape(w: str) -> str:
        return "#" if w.isdecimal() else w
    common: list[str] = []
    for words in zip(*pages, strict=False):
        shapes = {shape(w) for w in words}
        if len(shapes) != 1:
            break
        common.append(shapes.pop())
    if not common:
        return _NEVER
    # each word after the first optional in turn: the pages may share an item label too ('… Side 4
    # Punkt 2 …'), which the page where the previous item's body runs on does not print
    words = [r"\d+" if w == "#" else re.escape(w) for w in common]
    tail = "".join(rf"(?:\s+{w}" for w in words[1:]) + ")?" * (len(words) - 1)
    return re.compile(rf"^\d{{1,3}}\s+{words[0]}{tail}(?:\s+\d{{1,3}})?\s*")


# the words a page line ends with before its page number ('… Til orientering. Møde den Side 2'): after its
# last sentence, up to six words that end none
_TAIL = re.compile(r"(?:^|(?<=[.!?:])\s)\s*((?:[^\s.!?:]+\s+){1,6}?)(?:Side\s+)?\d{1,4}\s*$")


# a decision that ends two pages alike without its full stop ('Beslutning Anbefales uden bemærkninger 4') is none
_OUTCOME_OR_HEADING = re.compile(rf"\b(?:{OUTCOME_WORDS}|Beslutning)\b", re.IGNORECASE)


def _running_foot(texts: list[str]) -> re.Pattern[str]:
    """The running footer that ends each page line before its page number ('Møde den Side 2', its date lost):
    the longest run of two or more words (numbers as any number) that at least two page lines print, whole,
    after their last sentence, with no outcome in it. Matches nothing when the pages print none: a decision that ends
    two pages alike ('Godkendt. Side 2') ends a sentence, so it is no footer."""
    seen: Counter[tuple[str, ...]] = Counter()
    for t in texts:
        m = _TAIL.search(t) if re.match(r"\d{1,3} \S", t) else None
        words = tuple("#" if w.isdecimal() else w for w in m.group(1).split()) if m else ()
        if len(words) >= 2:
            seen[words] += 1
    shared = [tail for tail, count in seen.items() if count >= 2 and not _OUTCOME_OR_HEADING.search(" ".join(tail))]
    if not shared:
        return _NEVER
    words = r"\s+".join(r"\d+" if w == "#" else re.escape(w) for w in max(shared, key=len))
    return re.compile(rf"\s+{words}\s+(?:Side\s+)?\d{{1,4}}\s*$")
