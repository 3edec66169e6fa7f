"""Absentees in a decision's lines: labelled absence lines give names and no text.

'Fraværende: X', 'Fraværende' with the names below, a label run onto the outcome's line ('Godkendt. Fraværende:
X'), in brackets, a substitute's sentence run on after the names, a two-column table read column by column: the
decision's text lines and its absentees apart. They read people's names and labels only.
"""
from __future__ import annotations

import re

from .dashes import SPACED_DASH
from .headings import OUTCOME_WORDS
from .headless_outcomes import OUTCOME_FIRST
from .people import (
    ABSENCE_DURING,
    ABSENCE_LABEL_WORD,
    ABSENT_LABEL,
    ABSENT_SENTENCE,
    AFBUD_SENTENCE_LEAD,
    NONE_WORDS,
    NOT_NAME_ABBREVIATION,
    absent_in_sentences,
    is_names_line,
    names_in_capitals,
    names_then_sentence,
    names_without_separators,
    split_names,
)

# 'Godkendt. Fraværende - X': the label set off by a spaced dash instead of its colon, as a page prints it on a line
# of its own (read there by ABSENT_LABEL), run onto the outcome's line where a page lost its lines; only the label's
# bare noun with the dash and a capital after it, which no sentence of an outcome opens with
_DASHED_LABEL = rf"(?:Fraværende|Fravær|Afbud|Forfald|(?:Ikke|Ej)\s+til\s*stede)\s+[{SPACED_DASH}]\s+[A-ZÆØÅ]"
# 'Anbefales. Fraværende Anne Hansen (V) Bo Jensen (A)': the label without its colon over its names one a line
# ('Fraværende' / 'Anne Hansen (V)' / 'Bo Jensen (A)'), which a flattened page runs onto the outcome's line: the bare
# noun and, to the line's end, names each with its party's letters and nothing else, which no outcome's sentence is
_PARTIED_NAME = r"(?:[A-ZÆØÅ][\w'’.-]*\s+){1,4}\([A-ZÆØÅ]{1,3}\)"
_BARE_LABEL_THEN_NAMES = (rf"(?:Fraværende|Fravær|Afbud|Forfald|(?:Ikke|Ej)\s+til\s*stede)\s+{_PARTIED_NAME}"
                          rf"(?:(?:\s*,\s*|\s+og\s+|\s+){_PARTIED_NAME})*\.?\s*$")
# an absence label in any case, with its colon and a capitalised name after it ('fraværende: Anne Hansen'): a
# lower-case word of the class before a colon and a name says absence as the capitalised label does (a colon
# before a number or a word in lower case, 'fravær: 5 pct.', is a figure of the case, no label)
_ANY_CASE_LABEL = (rf"(?i:{ABSENCE_LABEL_WORD}(?:/[a-zæøå]+)?(?:{ABSENCE_DURING})?)\s*:\s*"
                   r"(?-i:[A-ZÆØÅ])")
# 'Godkendt. Fraværende: X': a labelled absence run onto the outcome's line is a line of its own (and no text);
# so is the label that says what it is of ('Godkendt. Følgende deltog ikke i behandlingen af punktet: X'), which a
# page that loses its lines (a PDF's transcript) runs onto the outcome the same way, even with no full stop before
# it, or no colon and nothing after it where no one was away (the label is printed anyway and ends the decision):
# a label of this length is no sentence's words (nor with what it is absence from: 'Fraværende under punktet: X', nor
# two labels joined by a slash: 'Vedtaget. Afbud/fravær: X', as the label's own line reads it)
_ABSENCE_RUN_IN = re.compile(rf"(?<=[.!])\s+(?=\(?{ABSENCE_LABEL_WORD}(?:/[a-zæøå]+)?(?:{ABSENCE_DURING})?\s*:)"
                             r"|\s+(?=Følgende\s+deltog\s+ikke\s+i\s+behandlingen(?:\s+af\s+(?:punktet|sagen))?(?:\s*:|$))"
                             r"|(?<=[.!])\s+(?=Følgende(?:\s+medlemmer)?\s+var\s+fraværende\s*:)"
                             rf"|(?<=[.!])\s+(?={_DASHED_LABEL})"
                             rf"|(?<=[.!])\s+(?={_BARE_LABEL_THEN_NAMES})"
                             # the label in lower case, inside the outcome's sentence ('Anbefales, fraværende: X',
                             # 'Godkendt - afbud: X', 'Vedtaget. fraværende: X') or in brackets after it ('Anbefales
                             # (fraværende: X).'): a word of the label class with its colon and a capitalised name
                             # after it is the label whatever its case; the comma or dash before it goes with it
                             rf"|(?<=[.!])\s+(?=\(?{_ANY_CASE_LABEL})|\s*[,;]\s+(?={_ANY_CASE_LABEL})"
                             rf"|\s+[{SPACED_DASH}]\s+(?={_ANY_CASE_LABEL})"
                             rf"|\s+(?=\({_ANY_CASE_LABEL}(?:[^()]|\([^()]*\))*\)\.?$)")
# '(Fraværende: X)', 'Godkendt. (Afbud: X).', '(fraværende: X)': a labelled absence in brackets is the label's line
_BRACKETED_ABSENCE = re.compile(rf"^\((?P<inner>(?i:{ABSENCE_LABEL_WORD})\s*:.*)\)\.?$")


# the rest of a list of names a page's column broke: 'Knudsen (A)', 'Knudsen (A) og Bo Holm (V).'
_NAMES_REST = re.compile(r"(?:[A-ZÆØÅ][\w.'-]*\s+){0,4}\([A-ZÆØÅ]{1,3}\)"
                         r"(?:\s*(?:,|\bog\b)\s*(?:[A-ZÆØÅ][\w.'-]*\s+){1,4}\([A-ZÆØÅ]{1,3}\))*[.,]?")


def add_decision_line(block: list[str], t: str) -> None:
    """Line t of a decision: a line of its own, or the rest of the absence line above it that a page's column
    broke ('Fraværende: Bo Jensen (V), Poul Erik' / 'Knudsen (A)'; 'Fraværende: Bo Jensen,' / 'Lis Berg')."""
    if block and ABSENT_LABEL.match(block[-1]) and not block[-1].rstrip().endswith(".") \
            and (_NAMES_REST.fullmatch(t.strip())
                 or re.search(r"(?:,|\s(?:og|samt))$", block[-1].rstrip()) and is_names_line(t) and split_names(t)):
        block[-1] += " " + t
    else:
        block.append(t)


# 'Fraværende: Anders Holm Lars Boel (V) deltog som stedfortræder' (a flattened page): the substitute's sentence
# runs on after the absentees' names, its subject the last name before the verb
_SUBSTITUTE_RUN_ON = re.compile(
    r"\s+(?:deltog|mødte|indtrådte)\s+(?:som\s+(?:stedfortræder|suppleant)|i\s+stedet)\b.*$", re.IGNORECASE)


def _names_before_substitute(run: str) -> list[str]:
    """The names of 'Anders Holm Lars Boel (V)' / 'Anders Holm (A), Lars Boel (V)', the last the substitute's
    (who keeps the party printed after it); [] when they cannot be told apart."""
    names = split_names(run, run_on=True)
    if len(names) == 1:
        words = run.split()
        party = words.pop() if re.fullmatch(r"\([A-ZÆØÅ]{0,3}\)", words[-1]) else None
        names = names_without_separators(words) if len(words) >= 4 else []
        if names and party:
            names[-1] += f" {party}"
    return names


def _substitute_run_on(rest: str, stop_cut: bool = False) -> tuple[list[str], list[str]] | None:
    """(the absentees, the substitute's sentence) of absentees' names run on into the substitute's sentence
    ('Anders Holm Lars Boel (V) deltog som stedfortræder'); the sentence stays in the decision's text, as
    absence sentences do. None for any other text. stop_cut: the sentence's full stop was cut off."""
    substitute = _SUBSTITUTE_RUN_ON.search(rest)
    names = _names_before_substitute(rest[: substitute.start()]) if substitute else []
    if len(names) < 2:
        return None
    return names[:-1], [f"{names[-1]}{substitute.group()}{'.' if stop_cut else ''}"]


_OUTCOME_RUN_ON = re.compile(rf"\s+(?={OUTCOME_WORDS}\b)")


def _names_then_outcome(rest: str) -> tuple[list[str], str] | None:
    """(the names, the outcome) of an absence label's value whose names run on into a one-word outcome with
    no full stop between ('Anne Hansen (V), formand Godkendt.'): names_then_sentence wants a sentence of two
    words and more, and a list of names followed by an outcome's word is neither a name nor a sentence."""
    for m in _OUTCOME_RUN_ON.finditer(rest):
        names = split_names(rest[: m.start()], run_on=True)
        if names:
            return names, rest[m.end():]
    return None


_REMARK_WORDS = 5  # 'suppleant Dan Lund (V) deltog': the longest remark after an absentee's name


def _absence_line(rest: str) -> tuple[list[str], list[str]]:
    """(the names, the decision's text after them) of what follows an absence label on its line. The
    names end at the first full stop ('X. I stedet mødte Y.'), not at an abbreviation's stop before a number
    ('X (V) (pkt. 1-3)', 'X, fra kl. 17': a remark on the absence, which the names drop); an outcome after them is
    the decision's
    ('Fraværende: X (V). Godkendt.'); names inside a sentence count ('Fraværende: Lars Folmann (O)
    deltog ikke i mødet')."""
    # (not 'Jens Chr. Hansen')
    rest, *after = re.split(rf"(?<=[a-zæøå)]){NOT_NAME_ABBREVIATION}\.\s+(?!\d)", rest, maxsplit=1)
    outcome = [after[0]] if after and OUTCOME_FIRST.match(after[0]) else []
    if rest.casefold().strip().rstrip(".") in NONE_WORDS:
        # 'Fraværende: Ingen fraværende', 'Afbud: Ingen afbud': the label's value says nobody, in words that are no
        # sentence after names (read as one, 'fraværende' was left in the decision's text)
        return [], outcome
    run_into = names_then_sentence(rest)  # 'Fraværende: Carl Nielsen Indstillingen anbefales.'
    if run_into and run_into[1][:1].islower() and len(" ".join([run_into[1], *after]).split()) <= _REMARK_WORDS:
        # 'Fraværende: Bo Jensen (V) pga. sygdom', '… – begge med afbud', '… fra kl. 16.00': a few words in lower case
        # are a remark on the absence, no sentence of the decision's; the label's line leaves the text whole
        # (annotation rules). A longer run is the decision's sentence whose subject a flattened page lost ('…
        # Fraværende: X, Y anmoder Byrådet om …')
        return run_into[0], outcome
    if run_into:
        return run_into[0], [f"{run_into[1]}.", *after] if after else [run_into[1]]
    run_on = _substitute_run_on(rest, bool(after))
    if run_on:
        return run_on[0], run_on[1] + outcome
    run_out = _names_then_outcome(rest)  # 'Fraværende: Anne Hansen (V), formand Godkendt.'
    if run_out:
        return run_out[0], [run_out[1], *after]
    names = (split_names(rest, run_on=True) or names_in_capitals(rest)) if rest else []
    if rest and not names and rest.casefold().rstrip(".") not in ("ingen", "-"):
        names = absent_in_sentences(rest)
    # 'Afbud: Anne Hansen (V). Bo Jensen (A) deltog ikke i behandlingen.': the sentence names one more
    return names + [n for n in (absent_in_sentences(after[0]) if after else []) if n not in names], outcome


# 'Afbud fra Bo Jensen (V).', 'Der var afbud fra Bo Jensen (V).': a sentence, no label (no colon), that stays in
# the decision's text (annotation rules: absence sentences stay in, as 'X var fraværende.' does); its names are read
# from the text
# ('Afbud meldt af X.', 'Afbud modtaget fra X.': the same sentence with the notice's verb, no colon: read as a label,
# 'Afbud' took 'meldt af X' for its value, which gave no names and left the line out of the text)
_ABSENCE_SENTENCE_LEAD = re.compile(rf"^{AFBUD_SENTENCE_LEAD}\s+[A-ZÆØÅ]")


# 'Afbud: Bo Jensen (B). Stedfortræder: Eva Berg (B).': who came instead, labelled, after an absence label's names:
# part of the labelled absence line (its remark), which leaves the decision's text whole (annotation rules). A lined
# page prints it on the absence's line, a flattened one may part it from the names at its label; read so, both agree
_SUBSTITUTE_LABEL = re.compile(r"^(?:Stedfortræder|Suppleant)(?:e|er|en|erne)?(?:\s+for\s+[^:]{2,60})?\s*:\s*[A-ZÆØÅ]")


def text_and_absent(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the text lines, the absentees) of a decision's lines: labelled absence lines ('Fraværende: X',
    'Fraværende' with the names below) give names and no text, nor does a substitute's label right after them."""
    text_lines: list[str] = []
    absent: list[str] = []
    collecting_absent = False
    unnamed = False  # a bare label with no names below it: a table's label column, read before its values
    after_label = False  # the line before was an absence label's (its names)
    for t in (part for line in lines for part in _ABSENCE_RUN_IN.split(line)):
        t = _BRACKETED_ABSENCE.sub(r"\g<inner>", t.strip())
        if after_label and _SUBSTITUTE_LABEL.match(t):
            continue
        after_label = False
        if _ABSENCE_SENTENCE_LEAD.match(t):
            absent.extend(n for n in absent_in_sentences(t) if n not in absent)
            text_lines.append(t)
            collecting_absent = False
            continue
        m = ABSENT_LABEL.match(t)
        if m:
            names, outcome = _absence_line(m.group("rest").strip())
            absent.extend(n for n in names if n not in absent)
            text_lines.extend(outcome)
            collecting_absent = not m.group("rest").strip()
            after_label = bool(names) and not outcome
            continue
        if collecting_absent:
            if t.casefold().rstrip(".") in NONE_WORDS:
                collecting_absent = False
                continue
            # the names end at a line that is more than names ('• Bo Holm (A)' / 'Anne Berg: Spørgsmål til …')
            names, more = (split_names(t) if is_names_line(t) else []), []
            if not names:
                names, more = _substitute_run_on(t) or ([], [])  # 'Bo Holm Lars Boel (V) deltog som …'
            said = absent_in_sentences(t) if not names and not absent and ABSENT_SENTENCE.match(t) else []
            if said:
                # 'Fraværende:' / 'Bo Holm havde meldt afbud - Lars Boel var indkaldt.': the empty label's value is
                # the line below it (annotation rules), here a sentence saying who was away; it is the label's,
                # not the outcome's text
                absent.extend(said)
                collecting_absent = False
                continue
            if names:
                absent.extend(n for n in names if n not in absent)
                text_lines.extend(more)
                continue
            collecting_absent = False
            unnamed = not absent
        text_lines.append(t)
    return (_names_at_end(text_lines, absent) if unnamed else text_lines), absent


def _names_at_end(text_lines: list[str], absent: list[str]) -> list[str]:
    """A two-column table read column by column ('Beslutning' / 'Fraværende' / 'Anbefales.' / 'Anne Hansen (V)'):
    the absence label's value is the names the value column ends with, after the outcome. Adds them to `absent`;
    returns the text lines without them."""
    k = len(text_lines)
    while k > 1 and is_names_line(text_lines[k - 1]) and split_names(text_lines[k - 1]) \
            and not text_lines[k - 1].rstrip().endswith("."):
        k -= 1
    absent.extend(n for t in text_lines[k:] for n in split_names(t) if n not in absent)
    return text_lines[:k]
