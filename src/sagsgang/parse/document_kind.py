"""What a document calls itself: referat, dagsorden or beslutningsprotokol, from the kind word its title prints.

'Godkendt referat', 'Byrådet - Referat', 'ÅBENT REFERAT ØKONOMIUDVALG', 'Udskrift af beslutningsprotokol': a kind
word in the first lines, where a title puts it; not 'Godkendelse af dagsorden' (an item) nor 'en specifik dagsorden'
(a sentence). The header reader (meeting.py) also uses the kind word as a boundary: a title line is no name list and
no place.
"""
from __future__ import annotations

import re

from .dashes import SPACED_DASH
from .fact_labels import prints_meeting_facts
from .headings import OUTCOME_WORDS
from .lines import Line
from .page_lines import CONTENTS_START

# "Referat fra møde i Kommunalbestyrelsen", "ÅBENT REFERAT ØKONOMIUDVALG", "Kommunalbestyrelsen. Referat",
# "11. marts 2024 - referat fra byrådet", "Byrådet 24-06-2020 16:00 Referat Samlet dokument"
KIND_WORD = re.compile(
    r"(?<![\w-])(?P<kind>(?:tillægs|[a-zæøå]{3,}s)?dagsorden|(?:[a-zæøå]{3,}s|møde)?referat"
    r"|(?:[a-zæøå]{3,}s|møde)?protokol(?:len)?)"
    r"(?![\w-])", re.IGNORECASE)
_NOT_BEFORE_KIND = re.compile(
    r"(?<!\w)[a-zæøå]\w*\s*$|(?<!\w)(?:Godkendelse|Godkendt|Dagsorden|Referat)\s+(?:af|til|fra)\s*$")

# 'Økonomiudvalget Åben dagsorden', 'Byrådet Godkendt referat', 'KOMMUNALBESTYRELSEN ÅBENT REFERAT': a printed
# title's adjective makes the kind word after it the document's own name wherever the title puts it (a transcript
# runs the body's name, the municipality and the title together on one line); capitalised, as titles print it
# (the adjective's neuter too, as 'referat' takes it: 'Offentligt referat', 'Endeligt referat', 'Samlet referat')
_TITLE_ADJECTIVE = re.compile(r"(?<!\w)(?:Åben|Åbent|Lukket|Godkendt|Endeligt?|Foreløbigt?|Samlet|Offentligt?"
                              r"|ÅBEN|ÅBENT|LUKKET|GODKENDT|ENDELIGT?|FORELØBIGT?|SAMLET|OFFENTLIGT?)\s+$")


def kind_in(text: str) -> re.Match[str] | None:
    """The document's own kind word in a title line ('Godkendt referat', 'Byrådet - Referat',
    'ÅBENT REFERAT ØKONOMIUDVALG'), not 'Godkendelse af dagsorden' or 'en specifik dagsorden'."""
    for km in KIND_WORD.finditer(text[:240]):  # (a word cut at the 200th character is not the word: 'Dagsorden|er')
        if km.start() >= 200:
            break
        before = text[: km.start()]
        stripped = before.strip()
        # 'Udskrift af beslutningsprotokol', 'Udkast til referat': an extract or a draft of the document is that
        # document
        after_separator = not stripped or re.search(rf"(?:[{SPACED_DASH}.:|]|^\d{{1,3}})\s*$", before) is not None \
            or _TITLE_ADJECTIVE.search(before) is not None \
            or re.fullmatch(r"(?i:(?:udskrift|uddrag|ekstrakt)\s+(?:af|fra)|udkast\s+til)\s*", before) is not None \
            or re.search(r"(?<!\w)(?:Udskrift|Uddrag|Ekstrakt)\s+(?:af|fra)\s+$|(?<!\w)Udkast\s+til\s+$", before) \
            is not None  # (capitalised, the title's start after the body's name: 'Økonomiudvalget Udskrift af …')
        if not after_separator:
            words = stripped.split()
            if _NOT_BEFORE_KIND.search(before):
                # a lower-case word before it: only an opening word of a short title ('Godkendt referat')
                if len(words) > 1 or words[0][0].islower() or words[0].lower() in ("af", "til", "om", "se"):
                    continue
            elif km.group("kind").islower() and len(words) > 2:
                continue
        return km
    return None


def document_kind(lines: list[Line]) -> str | None:
    """'referat' / 'dagsorden' / 'beslutningsprotokol' when the document calls itself so in its first lines."""
    for ln in first_texts(lines):
        text = _file_name_spaced(ln.text)
        km = kind_in(text) or _kind_after_facts(text) or _kind_in_capitals(text)
        if km:
            # 'Dagsorden og referat', 'Dagsorden/referat', 'Dagsorden - Referat', 'Dagsorden med beslutninger': one
            # page for both; its decisions tell which it is now
            return None if _BOTH_KINDS.search(text) else _kind_of(km.group("kind"))
    return None


def _file_name_spaced(text: str) -> str:
    """A title line with the underscores of a file name read as spaces ('Referat_Teknisk_udvalg_2024-05-01.pdf',
    the PDF's file name a site's viewer prints as its title): a file name puts '_' where its title had a space,
    and an underscore joins no words of a title or a sentence, so the kind word stands alone as it does there."""
    return text.replace("_", " ") if "_" in text else text


def _kind_after_facts(text: str) -> re.Match[str] | None:
    """The kind word a flattened head prints after its facts and lists ('… Mødested: Byrådssalen Deltagere: Anne
    Hansen, Bo Jensen Referat 1. …'), beyond the reach of a title (kind_in): on a line that labels the meeting's
    facts, before its contents, a kind word with a capital after a capitalised word (a name, not 'af dagsorden')."""
    if not prints_meeting_facts(text):
        return None
    head = CONTENTS_START.split(text, maxsplit=1)[0]
    for km in KIND_WORD.finditer(head, 200):
        if km.group("kind")[:1].isupper() and not _NOT_BEFORE_KIND.search(head[: km.start()]):
            return km
    return None


# 'REFERAT', 'DAGSORDEN', 'BESLUTNINGSPROTOKOL' as a word of its own in capitals, not after a word that makes it a
# thing named ('GODKENDELSE AF REFERAT', 'OPFØLGNING PÅ DAGSORDEN')
_CAPITAL_KIND = re.compile(r"(?<![\w-])(?P<kind>(?:TILLÆGS)?DAGSORDEN|REFERAT|(?:BESLUTNINGS)?PROTOKOL)(?![\w-])")
_NAMING_WORD = re.compile(r"(?<!\w)(?:AF|TIL|FRA|OM|PÅ|OG|FOR|MED|I|af|til|fra|om|på|og|for|med|i)\s*$")


def _kind_in_capitals(text: str) -> re.Match[str] | None:
    """The kind word a cover prints in capitals anywhere in its head ('Mødested: Rådhuset, mødelokale 2 REFERAT
    Mødedato: …'): a PDF's first page, run together on one transcript line, sets its title among the facts, where
    kind_in (a title's start) does not reach. Why it holds: a sentence never prints the word in capitals; only a
    title or a heading does, and the head before the contents list holds no item's heading. The contents list on
    (an item 'GODKENDELSE AF REFERAT') is cut off first."""
    head = CONTENTS_START.split(text, maxsplit=1)[0]
    return next((km for km in _CAPITAL_KIND.finditer(head) if not _NAMING_WORD.search(head[: km.start()])), None)


_BOTH_KINDS = re.compile(rf"(?i:dagsorden\s*(?:og|/|&|\+|[{SPACED_DASH}]|med)\s*(?:referat|beslutning(?:er)?)\b"
                         rf"|referat\s*(?:og|/|&|\+|[{SPACED_DASH}])\s*dagsorden)")


def _kind_of(word: str) -> str:
    """The document type a kind word names: 'Udvalgsreferat' a referat, 'Forhandlingsprotokollen' a
    beslutningsprotokol, 'Udvalgsdagsorden' a dagsorden."""
    word = word.lower()
    return ("beslutningsprotokol" if word.endswith(("protokol", "protokollen"))
            else "dagsorden" if word.endswith("dagsorden") else "referat")


def first_texts(lines: list[Line], n: int = 15) -> list[Line]:
    """The first `n` lines that hold text: where a page prints its title."""
    return [ln for ln in lines if ln.text][:n]


# what a decision's text opens with: an outcome's word ('Godkendt', 'Taget til efterretning'), or a sentence whose
# subject was decided on or decided, in the past ('Indstillingen blev tiltrådt', 'Udvalget godkendte', 'Sagen blev
# drøftet'): what a meeting did, which an agenda, printed before it, cannot say
_DONE = (r"(?:godkendt|godkendte|tiltrådt|tiltrådte|taget|tog|anbefalet|anbefalede|drøftet|drøftede|vedtaget|vedtog"
         r"|udsat|udsatte|oversendt|oversendte|besluttet|besluttede|afvist|afviste)")
_OUTCOME_OPENS = rf"(?:{OUTCOME_WORDS}|[A-ZÆØÅ][a-zæøå]+(?:\s+(?:blev|er|var))?\s+{_DONE})(?![\w-])"
# a decision heading with an outcome right after it ('Beslutning Taget til efterretning.', 'Beslutning: Godkendt.',
# 'Beslutning i Økonomiudvalget den Anbefales.'), as a transcript runs them onto one line
_PRINTED_OUTCOME = re.compile(r"(?<![\w-])(?:Beslutning|BESLUTNING|Afgørelse|AFGØRELSE)"
                              r"(?:\s+(?:(?i:i|fra)\s+)?[A-ZÆØÅ][\w\- ]{2,60}?(?:\s+(?i:den))?"
                              r"(?:\s+\d{1,2}[.\-/ ]+(?:\d{1,2}|[a-zæø]+)[.\-/ ]+\d{2,4})?)?"
                              rf"\s*:?\s+{_OUTCOME_OPENS}")


def prints_outcomes(text: str) -> bool:
    """The page prints a decision heading with its outcome ('… Beslutning Taget til efterretning. …'): minutes,
    whether or not an item was read around it. Why: an agenda prints its decision headings empty or not at all; an
    outcome under one is what makes a page the record of a meeting held. A page whose items were not found (a
    transcript of unnumbered items) had no decision to tell it by, and was called an agenda."""
    return _PRINTED_OUTCOME.search(text) is not None
