"""Decision headings run into a flattened body ('… Beslutning Økonomiudvalget den 23. januar 2014: Godkendt …').

"Beslutning <udvalg> den <dato>:" (or with its date lost, "… den :"), the same in capitals, a body's genitive
heading ('Byrådets beslutning den …'), a dashed or record heading: each cut onto a line of its own with the
decision's text after it, so the item reader reads the body, the date and the outcome as on a lined page.
"""
from __future__ import annotations

import re

from .area_names import is_area_name
from .bodies import is_printed_body
from .dashes import DASH_BEFORE_DATE, SPACED_DASH
from .dates import DATE_ANY, WEEKDAY
from .genitive_start import genitive_start
from .headings import OUTCOME_WORDS, OWN_MEETING, decision_body_date
from .headless_outcomes import RECORD_WORDS
from .run_in_headings import MONTH, on_lines_of_their_own, opens_line
from .title_marks import STATUS_WORD

# "Beslutning Økonomiudvalget den 23. januar 2014:" / "… den :" (date lost) run into the decision text
# or followed straight by its text or an absence label ("… den Fraværende: Ingen Godkendt").
# In capitals too ('BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2024 Godkendt.'), and with 'fra' ('Beslutning fra
# Økonomiudvalget, 12. marts 2024 Anbefales.'), as headings.DECISION_HEADING reads them on a line of their own.
# ('Beslutning truffet af Økonomiudvalget Godkendt.': who made it, as headings.DECISION_HEADING reads that too; and
# 'Beslutning – Byrådet Godkendt.', the body after a spaced dash where another page prints a colon)
# the hour a dated decision heading may print after its date, and its closing stop: both part of the heading
_HEAD_CLOCK = r"(?:\s+(?i:kl)\.?\s*\d{1,2}(?:[.:]\d{2})?)?\.?"
DECISION = re.compile(r"(?:(?<=\s)|^)(?:Beslutning|BESLUTNING)\s+"
                       r"(?:(?i:i|fra|truffet\s+af)\s+|[" + SPACED_DASH + r"]\s+)?"
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
                       r"\s*(?::|(?=[A-ZÆØÅ]|\d{1,2}\.(?:\s*-\s*\d{1,2}\.)?\s+(?!" + MONTH + r")|-\s+[A-ZÆØÅ]))")


# A heading in capitals inside the flattened text ('… 27. august 2025. BESLUTNINGSFORSLAG FRA DD Baggrund: …',
# 'INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ Resume …') or a lone full stop: on a line of its
# own, it ends a decision as it does where lines were kept (headless_outcomes.ends_decision). From the first word
# in capitals only: a heading whose first word is short ('SAGEN AFGØRES I Byrådet.', "FN'S VERDENSMÅL OG …") is
# not cut after that word
CAPS_RUN = re.compile(r"(?<=\s)(?<![A-ZÆØÅ]\s)([A-ZÆØÅ]{6,}(?:,?\s+[A-ZÆØÅ]{1,}){1,12}|\.)(?=\s+[A-ZÆØÅ][a-zæøå]|\s*$)")


# A decision's head in capitals, the body and the date without 'Beslutning' ('… Sagsbeh. Nanna Sand ÅBENT
# FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010 Fraværende: …'), the item's open/closed status maybe before it
CAPS_BODY_DATE = re.compile(rf"(?:(?<=\s)|^)(?:(?i:{STATUS_WORD})\s+)?"
                             r"(?P<body>[A-ZÆØÅ][A-ZÆØÅ-]+(?:,?\s+[A-ZÆØÅ-]+){0,8}?)"
                             rf"\s+DEN\s+(?P<date>(?i:{DATE_ANY.pattern}))(?=\s|$)")


def caps_body_date_cut(m: re.Match[str]) -> str:
    """The head on a line of its own (item_body reads it as the decision's body and date), where the words
    before the date are a body's name."""
    return f"\n{m.group(0)}\n" if is_printed_body(m.group("body")) else m.group(0)


# A decision heading run in that names its body and date in another of the shapes headings.py reads on a line of its
# own ('Beslutning (Byrådet, 12. marts 2024) Godkendt.', 'Afgørelse i Byrådet den 12-03-2024 Godkendt.', 'Teknik- og
# Miljøudvalgets beslutning den 12. marts 2024 Anbefales.'): found by its date. After the date: the text's first
# capital, or nothing (not a sentence's full stop: '… jf. Økonomiudvalgets beslutning den 25. marts 2022.' is prose)
_AFTER_HEAD_DATE = re.compile(rf"\)?[ \t]*:?(?=\s*(?:[A-ZÆØÅ0-9{SPACED_DASH}]|$))")
# the words a heading's body and wording are made of, back from its date: capitalised words (a word may close its
# bracket or comma: 'Beslutning (Byrådet, 12. marts …') and the small words inside a body's name ('Udvalget for
# Kultur og Fritid', 'Børne- og Ungeudvalget'); not the item's open/closed status before it ('Åben sag')
# (the weekday before 'den' and a bracket that opens the date: 'Beslutning i Byrådet tirsdag den …', 'Byrådet (12.03…')
_NAME_WORD = re.compile(rf"[(]?[A-ZÆØÅ][\w{SPACED_DASH}']*,?|og|for|i|fra|af|den|d\.|[{SPACED_DASH}(]|beslutning"
                        rf"|{WEEKDAY.pattern},?"
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


def dated_decision_heads(text: str) -> str:
    """The text with each such heading on a line of its own."""
    cuts: list[tuple[int, int]] = []
    for d in DATE_ANY.finditer(text):
        after = _AFTER_HEAD_DATE.match(text, d.end())
        if after is None or (cuts and d.start() < cuts[-1][1]):
            continue
        floor = cuts[-1][1] if cuts else 0
        begin = max(text.rfind("\n", floor, d.start()) + 1, floor)
        at = _head_before(text, begin, d.start(), after.end())
        if at is None or opens_line(text, at) and _LINE_ENDS.match(text, after.end()):
            continue  # none, or on a line of its own already (DECISION cut it)
        cuts.append((at, after.end()))
    return on_lines_of_their_own(text, cuts)


# a decision heading that names its date only, run into its outcome ('… accepteres. Beslutning fra mødet den 12. marts
# 2024 Godkendt.', 'Beslutning (12.03.2024) Godkendt.'): on a line of its own, as headings.DECISION_HEADING reads it
# there (the meeting's body). Neither DECISION (a body's capital after the word) nor dated_decision_heads (name-shaped
# words before the date) read it, and the heading stayed in the decision's text. Only a whole date and a capital after
# it: 'Beslutning den 12. marts 2024 om …' is a sentence
DATE_ONLY_DECISION = re.compile(r"(?:(?<=\s)|^)((?:Beslutning|BESLUTNING)\s*"
                                rf"(?:\(\s*|{OWN_MEETING}?(?i:den|d\.)\s+)"
                                rf"(?:{DATE_ANY.pattern})\s*\)?\s*:?)(?=\s+[A-ZÆØÅ])")


# a bare decision heading whose text is a dash list ('… Sagsnr.: 22-000111 Beslutning - Godkendt - Taget til
# efterretning Resume …', one outcome a line behind a dash on the PDF's page): the heading goes on a line of its own,
# its text behind it. Why: one dash before a capital parts a label from its value elsewhere ('Bilag - Notat …'), so
# the run-in reader leaves it, and the decision was lost; a decision heading has no value but its text
# The plural heading too ('Beslutninger - Anbefales.'): a page that heads its decisions so prints a dash list under
# it as the singular's page does, and the run-in reader leaves the plural there for the same reason
DASHED_DECISION = re.compile(r"(?:(?<=\s)|^)(?P<head>Beslutning(?:er)?|BESLUTNING(?:ER)?)(?P<dash>\s+[" + SPACED_DASH
                             + rf"])(?=\s+(?P<rest>[A-ZÆØÅ][^{SPACED_DASH}\n]{{0,80}}))")
# the dash the heading itself ends with ('Beslutning –' / 'Godkendt med …', flattened): a typeset dash (en or em, not
# the hyphen a dash list's entry opens with, 'Beslutninger - Anbefales med …'), one sentence after it, to its full
# stop, and no dash opening a next entry after that (a list's entries are two and more: '– Godkendt – Taget til
# efterretning')
_ONE_SENTENCE = re.compile(rf"\s+[A-ZÆØÅ](?:(?!\s[{SPACED_DASH}]\s)[^\n])*?[.!](?=\s|$)(?!\s+[{SPACED_DASH}]\s)")


# the record's heading over an item's outcome ('… accepteres. Referat Godkendt.', 'Behandling Anbefales.', as
# headless_outcomes.outcome_heading reads them on lines of their own), run in: on a line of its own, its outcome after
# it.
# Only after a sentence's end and right before an outcome's capitalised word: a running head ('Referat') or a route's
# label ('Behandling Økonomiudvalget') is followed by neither
RECORD_RUN = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)|^)({RECORD_WORDS}|{RECORD_WORDS.upper()})"
                         rf"[ \t]*:?[ \t]+(?={OUTCOME_WORDS}\b)")


def dashed_decision_cut(m: re.Match[str]) -> str:
    """The heading on a line of its own, unless the dash sets off the body that decided ('Beslutning - Byrådet -
    12.03.2024' the dated heading, read as such elsewhere)."""
    body = m.group("rest").strip()
    if is_printed_body(body) or DATE_ANY.search(body):
        return m.group(0)
    if m.group("dash").strip() != "-" and _ONE_SENTENCE.match(m.string, m.end()):
        return f"\n{m.group('head')} {m.group('dash').strip()}\n"  # the heading's own dash, its text a sentence
    return f"\n{m.group('head')}\n{m.group('dash')}"


def decision_cut(m: re.Match[str]) -> str:
    """The decision heading on a line of its own; a body and a date with neither 'den' nor a colon only where
    the words before the date are a body's name (not 'Beslutning Ansøgningen fra 3. marts 2021 …')."""
    body, dated = _body_of(m), bool(m.group("date") or m.group("bare"))
    # (a committee named by its fields, with its date printed, is a body as on a line of its own: area_names)
    if (m.group("bare") and m.group("colon") is None or m.group("undated") is not None or m.group("after")
            or _lost_date(m)) and not (is_printed_body(body) or dated and is_area_name(body)):
        # (undated: only a body's name before the outcome, not 'Beslutning Sagen Godkendt'; so too a heading read
        # with a stop or an hour after its date: 'Beslutning Godkendt Resume … for mødet den 26. april 2023.' is
        # an outcome and a sentence, no heading)
        return m.group(0)
    return f"\n{_decision_heading(m)}\n"


def _lost_date(m: re.Match[str]) -> bool:
    """'… Beslutning Byrådet godkendte forslaget med den' / (the next page) 'tilføjelse, at …': a 'den' with no date
    after it and no colon is a heading whose date was left blank only after a body's name ('Beslutning i
    Erhvervsudvalget den'); after a sentence's words it is the sentence's own 'den', the rest on the next page."""
    return not (m.group("date") or m.group("bare") or m.group("undated") is not None) \
        and not m.group(0).rstrip().endswith(":")


def _decision_heading(m: re.Match[str]) -> str:
    """The heading as a line of its own, in the form the item reader knows."""
    date = m.group("date") or m.group("bare")
    return f"Beslutning i {_body_of(m)}" + (f" den {date.strip()}" if date else "")


def _body_of(m: re.Match[str]) -> str:
    """The body a decision heading names, without the comma or the spaced dash before its date
    ('Kommunalbestyrelsen, 26. marts', 'Økonomiudvalget - 12-03-2024:', dashes.DASH_BEFORE_DATE)."""
    return _DASH_AT_END.sub("", m.group("body").strip().rstrip(",").strip())


_DASH_AT_END = re.compile(rf"{DASH_BEFORE_DATE}$")
