"""A flattened item body cut into lines (split_inline), before each label or heading run into its text.

The body's labels and headings run into their text, so the body is cut into lines before each one ("Sagsnr.:",
"Resumé:", "Beslutning <udvalg> den …:", an absence label, a bilag list, a doubled title) and then read like any
other item body. split_inline applies the cuts of the modules listed before it and tidies the pieces (the colons
around them, a label cut off a value that is a fact of the case).
"""
from __future__ import annotations

import re

from .body_date_lines import treatment_head
from .bullets import BULLETS
from .case_label_cuts import STOP_BEFORE, case_label_cuts
from .casenumbers import CASE_FORM, labelled_case_numbers
from .dashes import SPACED_DASH
from .head_forms import head_forms_run_in
from .headings import ATTACHMENT_HEADING, BILAG_WORDS, DECISION_HEADING, FILE_EXTENSION, is_cut_heading, is_heading
from .headless_outcomes import ROW_RUN, row_run_cut
from .inline_absences import ABSENT_RUN, absence_head_lines, absence_run, bulleted_absentees, unseparated_absence
from .inline_decisions import (
    CAPS_BODY_DATE,
    CAPS_RUN,
    DASHED_DECISION,
    DATE_ONLY_DECISION,
    DECISION,
    RECORD_RUN,
    caps_body_date_cut,
    dashed_decision_cut,
    dated_decision_heads,
    decision_cut,
)
from .inline_fields import empty_field, fields_joined
from .inline_page_chrome import BULLET_END
from .inline_treatments import (
    DATED_BODY,
    TREATMENT,
    dated_body_cut,
    dated_number_lines,
    stated_outcomes,
    treatment_lines,
)
from .lines import Line, is_chrome
from .list_entry import MAX_TITLE
from .outcome_lines import trailing_outcome
from .people import ABSENCE_LABEL_WORD
from .route_rows import route_rows_at_end
from .run_in_decisions import FIELD_LABEL
from .run_in_headings import run_in_headings
from .title_marks import OPEN_CLOSED_TAG, STATUS_WORD
from .title_split import split_titles
from .title_tidy import BODY_OPENS
from .unglue import glued_headings

# "Label:" candidates: one to five words before a colon.
# Within one line: a label never runs over a cut made before it (a heading's own line, an absence line)
_LABELLED = re.compile(r"(?:(?<=\s)|^)((?:[A-ZÆØÅ][\w\-]*)(?:[ \t]+[\w\-,/]+){0,6})[ \t]*:")


# a bilag heading over a bulleted list, run into one line ('… Anbefales. Bilag • Kort over grunden • Notat om økonomi'):
# no text begins at a bullet, so run_in_headings leaves the heading in the text before it; two bullets at least, the
# list up to its line's end (the next heading is cut onto a line of its own by then)
_BULLETED_BILAG = re.compile(rf"(?:(?<=\s)|^)(?P<head>(?:{BILAG_WORDS})[ \t]*:?)"
                             r"[ \t]+(?P<list>[•·▪●][ \t][^\n]*?(?:[ \t][•·▪●][ \t][^\n]*?)+)[ \t]*(?=\n|$)",
                             re.IGNORECASE)


def _bulleted_bilag_lines(m: re.Match) -> str:
    """The heading and each bullet of a bilag list run into one line on a line of its own, as the page printed them
    (item_body then reads them as a lined page's bilag list)."""
    entries = re.split(r"[ \t]+(?=[•·▪●][ \t])", m.group("list"))
    return "\n" + m.group("head") + "\n" + "\n".join(entries) + "\n"


# an item's case number with its open/closed status after the title in a flattened header ('… Indstilling til
# velfærdsaftale 22/8164 Åben Sag Sagsgang …'): on a line of its own, as the lined page prints it (item_body's
# head marker reads it there)
_MARKED_CASE = re.compile(rf"(?<=\s){CASE_FORM.pattern}\s*[{SPACED_DASH}]?\s*{OPEN_CLOSED_TAG.pattern}(?=\s|$)",
                          re.IGNORECASE)


# a heading glued to the sentence before it, the space after the full stop lost ('… fortegnelse.Indstilling
# Direktøren …'): the space is put back where the word after the stop begins a heading (run_in_headings cuts it)
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
    line begins 'Anbefales (til Økonomiudvalget).'): on a line of its own, as run_in_headings cuts one that has
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


# An item's header with its number, its title printed again after it ('… • 136. Beslutningssag: Godkendelse
# af dagsorden Beslutningssag: Godkendelse af dagsorden INDHOLD …'): the header and the title each on their line
_DOUBLED_HEADER = re.compile(r"(?<=\s)([•·▪●]\s*\d{1,3}\.\s+(?P<title>[A-ZÆØÅ][^\n]{2,200}?))\s+(?P=title)(?=\s|$)")
# a list's bullet or dash before an entry ('• Title', '- Title'), with the blank behind it
_ENTRY_MARK = rf"(?:[{BULLETS}]|[{SPACED_DASH}])[ \t]+"
# An item's title printed twice in a row, no number, then its body's first cue ('… Godkendt. Budget for vejene Budget
# for vejene Sagsnr.: …'): each copy on its line, as a lined page prints the list's entry and the body's heading
# (item_segments.doubled_titles reads them there). Why: a page that unfolds each entry of its agenda prints its title
# again over the body; a title and its copy with a body's cue behind are an item's header, whatever the publisher.
# Each copy may stand behind the list's bullet or dash ('… Godkendt. • Budget for vejene • Budget for vejene Sagsnr.:
# …'): the marker is taken with it, as a lined page's bullet opens the entry's line and is no part of the title
_DOUBLED_TITLE = re.compile(rf"(?<=\s)(?:{_ENTRY_MARK})?(?P<title>[A-ZÆØÅ][^\n]{{6,200}}?)(?<!\.)\s+"
                            rf"(?:{_ENTRY_MARK})?(?P=title)(?=" + BODY_OPENS.pattern + ")")
# a web page's bulleted item header after the text before it ('… for Tuncay Yilmaz. • Pkt. 117 Udvikling af … .pdf
# Pkt. 117'), its title printed again only after its files and the page's break: its line begins at the bullet
_BULLETED_LABEL = re.compile(r"(?<=\S)\s+(?=[•·▪●]\s*(?:Pkt\.?|Punkt)\s*\d{1,3}\s+[A-ZÆØÅ])")


def _sag_nr_heads(text: str) -> str:
    """The text with each such label on a line of its own, and the title before it on its own line where the
    last sentence before it ends (the title's own words no sentence's end)."""
    cuts = []
    for m in _SAG_NR_HEAD.finditer(text):
        begin = text.rfind("\n", 0, m.start()) + 1
        stops = [x.end() for x in STOP_BEFORE.finditer(text, begin, m.start())] + _after_chrome(text, begin, m.start())
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
# line of names alone reads as the item's bilag (bilag_lines._file_names). Names without spaces only: where a name has
# spaces, its first word cannot be told from the sentence before it
_FILE_RUN = re.compile(rf"(?<!\S)(\S+{FILE_EXTENSION}(?:[ \t]+\S+{FILE_EXTENSION})+)(?=\s|$)", re.IGNORECASE)


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
    text = unseparated_absence(text)
    text = _GLUED_STOP.sub(_unglued_stop, text)
    text = _BILAG_ROW.sub("\n", text)
    text = _FILE_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = TREATMENT.sub(treatment_lines, text)
    text = glued_headings(text)
    text = head_forms_run_in(text)
    text = DECISION.sub(decision_cut, text)
    text = dated_decision_heads(text)
    text = DATE_ONLY_DECISION.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = DASHED_DECISION.sub(dashed_decision_cut, text)
    text = RECORD_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = run_in_headings(text)
    text = _BULLETED_BILAG.sub(_bulleted_bilag_lines, text)
    text = _STATUS_ABOVE_HEADING.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _sag_nr_heads(text)
    text = _DOUBLED_HEADER.sub(lambda m: f"\n{m.group(1)}\n{m.group('title')}\n", text)
    text = _DOUBLED_TITLE.sub(_doubled_title_lines, text)
    text = _BULLETED_LABEL.sub("\n", text)
    text = CAPS_BODY_DATE.sub(caps_body_date_cut, text)
    text = DATED_BODY.sub(dated_body_cut, text)
    text = route_rows_at_end(text)
    text = dated_number_lines(text)
    text = ROW_RUN.sub(row_run_cut, text)
    text = stated_outcomes(text)
    text = CAPS_RUN.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _MARKED_CASE.sub(lambda m: f"\n{m.group(0).strip()}\n", text)
    text = bulleted_absentees(text)
    text = absence_head_lines(text)
    text = ABSENT_RUN.sub(absence_run, text)
    text = _cut_heading_at_end(text)
    cuts = case_label_cuts(text)
    for m in _LABELLED.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest tail of the words that is a heading
            tail = " ".join(words[-n:])
            if tail[:1].isupper() and is_heading(tail):  # a heading is capitalised, not a sentence's word
                if empty_field(text, m.start(1) + m.group(1).rfind(tail), m.end(), tail):
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
    out = [_tidy(p) for p in fields_joined([p.strip() for piece in pieces for p in piece.split("\n")])
           if p.strip(" :") and not (is_chrome(p) and not is_heading(p))]  # a page's toolbar run in: no text
    # (a decision table's row cut at its cells, ROW_RUN: the tab kept in the line's raw form, as a lined page keeps it)
    return [Line(" ".join(t.split()), offset, t) if "\t" in t else Line(t, offset)
            for t in _status_apart(_outcomes_after_case_numbers(_bilag_one_a_line(out)))]


# an item's open/closed status left at the end of the line before its block's first heading, or at the start of that
# heading's line, where the heading was cut from its text late ('… var fraværende. Åben' / 'Byrådets beslutning den
# 24. april 2023', 'Åben Udvalgets beslutning'): a heading that names its body was cut after _STATUS_ABOVE_HEADING ran
_STATUS_AT_END = re.compile(rf"(?<=\s)({STATUS_WORD})$")
_STATUS_AT_START = re.compile(rf"^({STATUS_WORD})\s+(?=\S)")


def _status_apart(texts: list[str]) -> list[str]:
    """The status on a line of its own above the heading, as a page of blocks without numbers prints it over each
    item (assemble's marker starts read it there). Why across publishers: a status word is never the last word of a
    sentence nor the first of a heading; next to a heading it marks the item the heading opens. So next to a
    treatment's head ('… Åben' / 'Byrådet den 11. marts 2024, pkt. 12:'), which opens the block as a decision
    heading does where the item prints no title."""
    out: list[str] = []
    for k, t in enumerate(texts):
        end = _STATUS_AT_END.search(t)
        start = _STATUS_AT_START.match(t)
        if end and k + 1 < len(texts) and (is_heading(texts[k + 1]) or treatment_head(texts[k + 1])):
            out += [t[: end.start()].strip(), end.group(1)]
        elif start and is_heading(t[start.end():]):
            out += [start.group(1), t[start.end():]]
        else:
            out.append(t)
    return out


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
    head); so too a body with its term in brackets ('Social- og Seniorudvalget (18-21) den 3. december 2018, pkt. 12:',
    as body_date_lines.treatment_head reads it)."""
    t = BULLET_END.sub("", piece).strip(" :")  # a bullet at a piece's end marks the next line ('… godkendt. •')
    return f"{t}:" if piece.rstrip().endswith(":") and (DATED_BODY.fullmatch(f"{t}:") or treatment_head(f"{t}:")) \
        else t


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
