"""One agenda item's body: sections, decisions with body/date/absentees, Sagsforløb history,
route, case numbers, attachments and closed status (parse_item).

Vendor-neutral: every layout hands its lines here. The cues are the ones Danish agendas print
(section headings; "Beslutning i X den D"; "Sagsforløb"; "Bilag"; "Fraværende:"), so a
municipality we have never seen still parses as long as it uses the common vocabulary.

parse_item reads the lines in one pass; the readers it asks live in modules of their own, each importing only from
the ones before it: headless_outcomes (outcomes printed without a heading, where a decision ends), body_date_lines
(a treatment's body-and-date line), decision_absences (absentees in a decision's lines), decision_blocks (a
decision being collected), outside_absentees (absentees printed outside the decision), run_in_decisions (a decision
run into one line), item_routes (the item's route), body_lines (lines set right before reading), bilag_lines (a
line that prints the bilag), item_heads (the item's head and its markers).
"""
from __future__ import annotations

import re

from ..model import AgendaItem, Section
from .attachments import parse_attachments
from .bilag_lines import bilag_on_line
from .bodies import is_body_name
from .body_date_lines import (
    DATE_THEN_BODY,
    HISTORY_BODY_DEN_DATE,
    body_date_line,
    treatment_head,
    treatment_heads,
    treatment_line,
)
from .body_lines import unbulleted_headings, without_group_line, without_status_boxes
from .casenumbers import labelled_case_numbers, standalone_case_number
from .dates import DATE_ANY, parse_date
from .decision_absences import add_decision_line
from .decision_blocks import Block, decisions_of_blocks, tidy_decisions, who_or_when
from .head_forms import head_forms
from .header_patterns import LABELLED_START, NUMBERED_START
from .headings import (
    ATTACHMENT_HEADING,
    HEADING,
    HISTORY_HEADING,
    PLAIN_DECISION,
    PROPOSER_HEADING,
    decision_body_date,
    heading_name,
    inline_route,
    is_cut_heading,
    is_heading,
    route_inside,
)
from .headless_outcomes import (
    DECISION_CONTINUES,
    OUTCOME_FIRST,
    cut_outcome_statement,
    ends_decision,
    headless_outcome,
    labelled_rows,
    outcome_heading,
    outcome_statements,
    row_outcome,
)
from .inline_page_chrome import line_before
from .item_heads import head_marker, headed_item
from .item_routes import headed_table, lists_route, route_bodies, route_entry, route_lines_joined
from .item_start_base import previous_text_index
from .lined_headings import form_mates, label_after_sentence, opening_heading
from .lined_run_ins import headings_off_their_text
from .lines import Line
from .outcome_lines import title_and_outcome
from .outside_absentees import add_absent_outside, add_replaced, decision_section
from .people import ABSENT_LABEL
from .proposal_outcomes import outcome_after_proposal, outcome_below_proposal
from .route_shape import route_by_shape
from .run_in_decisions import decisions_off_their_headings
from .title_absence import title_and_absence
from .title_marks import CLOSED_MARKER, OPEN_CLOSED_TAG, STATUS_ONLY

HISTORY_FIELD = re.compile(r"^(?P<key>Udvalg|Dato|Punktnummer|Punkt|Mødedato)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_METADATA_LINE = re.compile(
    r"^(?:Sagsnummer|Sagsnr|Dokumentnummer|Dok\.?\s?nr|Sagsbehandler|Sagsansvarlig|Journalnr|Dato\s*:)",
    re.IGNORECASE,
)
_SIGNATURE_PAGE = re.compile(r"^Underskrift(?:sside|sblad|sark|er)?\s*:?$", re.IGNORECASE)


def _listed(t: str) -> bool:
    """A line without a full stop, like the entries of a bilag list (which may be named like headings)."""
    return len(t) < 200 and not t.rstrip().endswith(".") and decision_body_date(t) is None \
        and not PLAIN_DECISION.match(t)


def _cue_not_heading(t: str) -> bool:
    """Marked-up lines that are metadata, not sections: case numbers, dates, closed markers."""
    return bool(standalone_case_number(t) or labelled_case_numbers(t) is not None or CLOSED_MARKER.match(t)
                or DATE_ANY.search(t) or LABELLED_START.match(t) or NUMBERED_START.match(t))


def _extend(section: Section, t: str) -> None:
    """The line added to a section's text."""
    section.text = (section.text + "\n" + t).strip()


def _heading_body_date(dm: tuple[str, str]) -> tuple[str, str | None]:
    """The body and date of a dated decision heading ('Beslutning i Byrådet den 25-06-2019'); without
    'den' ('Beslutning i Byrådet 25-06-2019') the date is the one the body part ends in."""
    body, date = dm[0], parse_date(dm[1])
    if date is None:
        dd = DATE_ANY.search(body)
        if dd:
            date = parse_date(dd.group(0))
            body = body[: dd.start()].strip(" ,")
    return body, date


def _mode_of_heading(t: str, outcome_head: bool) -> str:
    """What the lines under a heading are: a decision, the case history, the bilag list or text."""
    if PLAIN_DECISION.match(t) or outcome_head:
        return "decision"
    if HISTORY_HEADING.match(t):
        return "history"
    if ATTACHMENT_HEADING.match(t):
        return "attachments"
    return "text"


def _prepared(lines: list[Line], title: str, structural: bool,
              marked_headings: frozenset[str]) -> tuple[list[Line], str, str | None, frozenset[str]]:
    """The item's lines set right before reading, its title less a printed outcome (which becomes
    the body's first line), and the marked headings with the page's own (opening heading and its
    form mates) when the markup marks none."""
    lines = without_status_boxes(without_group_line(lines))
    title, printed_outcome = title_and_outcome(title)
    title, absence = title_and_absence(title) if not printed_outcome else (title, None)
    if absence:
        # 'Salg af grund ved Skolevej Anne Hansen (V) var forhindret i at deltage.': the head's line after the title
        lines = [Line(absence, lines[0].offset if lines else 0), *lines]
    if printed_outcome:
        # 'Godkendelse af dagsorden: Godkendt': the outcome on the header's line is the body's first line
        lines = [Line(printed_outcome, lines[0].offset if lines else 0), *lines]
    if not structural:
        lines = head_forms(unbulleted_headings(lines))
        lines = route_lines_joined(treatment_heads(decisions_off_their_headings(headings_off_their_text(lines))))
        opening = opening_heading(lines)
        marked_headings = marked_headings | {opening} if opening else marked_headings
        marked_headings |= form_mates(lines, marked_headings)
    return lines, title, printed_outcome, marked_headings


class _ItemReader:
    """The one pass over an item's lines: a state machine whose `mode` says what the line at hand
    belongs to (head | text | decision | after_decision | outcome | history | attachments |
    trailer). `read` offers each line to the readers in the order their cues rank; the first that
    takes it ends the line."""

    def __init__(self, lines: list[Line], item: AgendaItem, printed_outcome: str | None,
                 structural_headings: frozenset[str] | None, marked_headings: frozenset[str],
                 decision_ends_at_break: bool) -> None:
        self.lines, self.item, self.printed_outcome = lines, item, printed_outcome
        self.structural_headings, self.marked_headings = structural_headings, marked_headings
        self.decision_ends_at_break = decision_ends_at_break
        self.last_text = max((k for k, ln in enumerate(lines) if ln.text), default=-1)
        self.last = len(lines) - 1
        self.sections: list[Section] = []
        self.blocks: list[Block] = []
        self.attach_lines: list[Line] = []
        self.route_text: str | None = None
        self.head: list[str] = []
        self.mode = "head"
        self.current: Section | None = None
        self.current_block: Block | None = None
        self.table_row: Block | None = None  # the last row labelled_table read, the table's next row goes on
        self.intro: list[str] = []
        self.at = -1  # the index of the line being read
        self.treated_at = -2  # the index of the last treatment line that opened a block

    def heading(self, t: str, at: int = -2) -> bool:
        """A heading: only the markup's when it marks them; else the lexicon's, a marked line that is
        no metadata cue, or a cut heading on the item's last line."""
        if self.structural_headings is not None:
            return t in self.structural_headings
        marked = t in self.marked_headings or t.rstrip(":") in self.marked_headings  # (repeated_headings keeps no ':')
        return is_heading(t) or (marked and not _cue_not_heading(t)) \
            or (at == self.last_text and is_cut_heading(t) and not self._text_run_on(at))

    def _text_run_on(self, at: int) -> bool:
        """Line `at` was printed on one line with the heading just before it, whose section has no text yet: a cut
        word run on behind a heading ('… Indstilling Admin', a transcript's page line cut inside 'Administrationen
        indstiller') is the first word of that heading's text, not the next heading cut off, since a flattened print
        runs a heading into its text. A heading on a line of its own under an empty section ('Beskrivelse af sagen'
        / 'Beskrivelse af alternativ ind') stays a cut heading: a page that keeps its lines may print empty
        sections. (Lines split from one printed line share its offset.)"""
        if not (0 < at < len(self.lines)) or self.mode != "text" or self.current is None or self.current.text \
                or " " in self.lines[at].text.strip():
            return False  # (a phrase cut, 'Beskrivelse af sagen Beskrivelse af alternativ ind', is a heading's words)
        above = self.lines[at - 1]
        return bool(above.text) and above.offset == self.lines[at].offset

    def open_section(self, name: str, mode: str) -> None:
        self.current, self.mode = Section(name), mode
        self.sections.append(self.current)

    def open_block(self, block: Block, mode: str | None = None) -> None:
        self.current_block = block
        self.blocks.append(block)
        if mode:
            self.mode = mode

    def read(self, idx: int, ln: Line) -> None:
        t = ln.text
        self.at = idx
        if not t:
            self.blank(idx, ln)
            return
        if self.mode in ("decision", "after_decision") and self.current_block is not None and ends_decision(t):
            self.mode = "after_decision"
        lines, last = self.lines, self.last
        # the next non-empty text among the two following lines, or None
        nxt = (lines[idx + 1].text or (lines[idx + 2].text if idx + 1 < last else "") or None) if idx < last else None
        if self.route_text is None and self.mode == "head":
            self.route_text = route_inside(t)  # 'Sagsnr.: 24/123 Sagsgang: ØU, KB': the line is read on below
            self.head.append(t)  # (also a line read as a field below: route_by_shape reads the head's lines)
        if (self.case_numbers(t, nxt) or self.head_or_trailer_cue(t, nxt) or self.bilag(ln, t, nxt)
                or self.absent_block(t, nxt) or self.dated_decision(t) or self.label_ends_decision(idx, t)
                or self.section_heading(idx, t, nxt) or self.table_cell(t)):
            return
        # not under a route's label or a plan's heading, whose bodies may print their meetings' dates ('Sagsgang' /
        # 'Økonomiudvalget, 12.03.2024' / 'Byrådet, 26.03.2024', 'Tidsplan' / 'Byrådet 26.03.2024: vedtagelse'): the
        # treatments to come, no decisions
        listing = lists_route(self.current)
        if self.treatment(t, nxt, listing) or self.headless(idx, t) or self.outcome(ln, t, idx) \
                or self.proposal_outcome(idx, ln, t, listing):
            return
        self.body_text(ln, t, listing)

    def blank(self, idx: int, ln: Line) -> None:
        """A blank line: kept between bilag entries; after decision text it ends the decision where
        breaks do (decision_ends_at_break) unless what follows continues it."""
        if self.mode == "attachments" and self.attach_lines and self.attach_lines[-1].text:
            self.attach_lines.append(ln)
        block = self.current_block
        if self.mode == "decision" and self.decision_ends_at_break and block and block.lines:
            following = next((x.text for x in self.lines[idx + 1:] if x.text), "")
            if not DECISION_CONTINUES.search(following):
                self.mode = "after_decision"

    def case_numbers(self, t: str, nxt: str | None) -> bool:
        """A labelled case-number line: its numbers (and an open/closed tag) are the item's."""
        found = labelled_case_numbers(t, nxt)
        if found is None or self.mode not in ("head", "text", "attachments", "trailer"):
            return False
        for c in found:
            if c not in self.item.case_numbers:
                self.item.case_numbers.append(c)
        tag = OPEN_CLOSED_TAG.search(t)
        if tag and tag.group(1).lower() == "lukket":
            self.item.public = False
        if self.mode == "attachments":
            self.mode = "trailer"
        return True

    def head_or_trailer_cue(self, t: str, nxt: str | None) -> bool:
        """A head marker, metadata after the bilag, a signature page (the members' signatures close the
        minutes: nothing after it is the item's) or a route printed inline."""
        if self.mode == "head" and head_marker(self.item, t):
            return True
        if (self.mode in ("attachments", "trailer") and nxt is not None and _METADATA_LINE.match(t)) \
                or _SIGNATURE_PAGE.match(t):
            self.mode = "trailer"
            return True
        r = inline_route(t)
        if r:
            self.route_text = r
            return True
        return False

    def bilag(self, ln: Line, t: str, nxt: str | None) -> bool:
        """A line that prints the bilag, or an entry of the bilag list named like a heading."""
        if self.mode == "attachments" and self.treatment_head(t):
            return False  # (self.treatment opens its decision)
        bilag = bilag_on_line(ln, self.mode) if self.mode not in ("history", "trailer") else None
        if bilag is not None:
            if bilag.heading is not None:
                self.open_section(heading_name(bilag.heading), "attachments")  # its list's lines below are bilag
            self.attach_lines.extend(bilag.lines)
            self.mode = bilag.mode
            return True
        if self.mode == "attachments" and self.heading(t) and not PLAIN_DECISION.match(t) \
                and not HISTORY_HEADING.match(t) and decision_body_date(t) is None and (nxt is None or _listed(nxt)):
            # "Bilag / Indstilling / Bilag 1: …": an attachment named like a heading, not a new section
            self.attach_lines.append(ln)
            if self.current is not None:
                _extend(self.current, t)
            return True
        return False

    def absent_block(self, t: str, nxt: str | None) -> bool:
        """'Fraværende' on a line of its own with its names below heads a block (annotation rules); under
        a decision it is the decision's labelled absence line (dev gold 001), no section."""
        if not (nxt and self.mode in ("head", "text")):
            return False
        absent = ABSENT_LABEL.match(t)
        if not absent or absent.group("rest") or self.heading(nxt):
            return False
        self.open_section(t.rstrip(": ").strip(), "text")
        return True

    def dated_decision(self, t: str) -> bool:
        """A heading that names the deciding body and the date opens a decision."""
        dm = decision_body_date(t) if self.heading(t) else None
        if not dm or HEADING.match(t):
            return False
        body, date = _heading_body_date(dm)
        self.open_section(heading_name(t), "decision")
        self.open_block(Block(body.strip() or None, date))  # a dated heading alone: the meeting's body
        return True

    def label_ends_decision(self, idx: int, t: str) -> bool:
        """'Taget til efterretning.' / 'Anbefaling' / 'Der er indgået budgetforlig …': an unseen publisher's
        heading ends the decision, as a known one does."""
        if self.mode == "decision" and self.current_block is not None and self.current_block.lines \
                and label_after_sentence(self.lines, idx):
            self.open_section(t.rstrip(":"), "text")
            return True
        return False

    def section_heading(self, idx: int, t: str, nxt: str | None) -> bool:
        """A heading (or an outcome printed as one) opens a section: a decision, the history, the
        bilag list or text."""
        outcome_head = self.mode in ("head", "text") and outcome_heading(t, nxt)
        if not (self.heading(t, idx) or outcome_head) or self.mode == "trailer" \
                or _proposal_opening(self.current, t, nxt):
            return False
        mode = _mode_of_heading(t, outcome_head)
        # 'Teknisk Udvalg 3. maj 2019:' / 'Beslutning:': the treatment's head on the line above names who decided
        # and when; the bare heading below it opens that block's text, not a decision of the meeting's body
        headed = self.mode == "decision" and self.treated_at == previous_text_index(self.lines, idx - 1) \
            and self.current_block is not None and not self.current_block.lines and PLAIN_DECISION.match(t)
        self.open_section(heading_name(t), mode)
        if mode == "decision" and not headed:
            self.open_block(Block(None, None))
        elif mode == "history":
            self.current_block = None
        return True

    def table_cell(self, t: str) -> bool:
        """'Beslutning' / 'Økonomiudvalget' / '12-03-2024' / 'Godkendt.': a table's cells, one a line."""
        block = self.current_block
        return self.mode == "decision" and block is not None and not block.lines and who_or_when(block, t)

    def treatment_head(self, t: str) -> bool:
        """A treatment's head, a body and a date closed by its colon, below the bilag list or after another body's
        outcome opens the decision printed under it ('Bilag' / 'Ingen bilag.' / 'Økonomiudvalget den 12.03.2024, pkt.
        12:' / 'Godkendt.'; 'Økonomiudvalget: Indstilles godkendt.' / 'Byrådet den 23.02.2024, pkt. 12:' /
        'Godkendt.'). Why across publishers: a bilag's title or an outcome's sentence never ends in a colon after a
        body's name and a date; that colon leads to the body's outcome (before, the head and the outcome were read
        as two bilag, or as the outcome's text, and the decision lost)."""
        return self.mode in ("attachments", "outcome", "after_decision") and treatment_head(t)

    def treatment(self, t: str, nxt: str | None, listing) -> bool:
        """A treatment line ('Økonomiudvalget, 12.03.2024'): a decision, unless under a route's listing
        where it is a body the route lists."""
        treatment = treatment_line(t) if self.mode in ("head", "text", "decision") \
            or self.treatment_head(t) else None
        block = self.current_block
        if listing and not treatment and self.mode == "decision" and block is not None and block.lines:
            treatment = route_entry(t)  # 'Anbefales.' / 'Byrådet 20.03.2024': the route's next body ends the outcome
        if treatment and listing:
            # 'Politisk behandling' / 'Økonomiudvalget, 12.03.2024, pkt. 5': a body the route lists (its date and
            # item number no part of it), and a decision only with an outcome below ('Anbefales.')
            _extend(self.current, treatment[0])
            if not OUTCOME_FIRST.match(nxt or ""):
                self.mode = "text"
                return True
        if treatment:
            self.open_block(Block(*treatment), "decision")
            self.treated_at = self.at
            return True
        return False

    def headless(self, idx: int, t: str) -> bool:
        """'Godkendt.' under an item with no headings (a short protocol): the meeting's decision."""
        if self.mode != "head" or self.sections or self.blocks:
            return False
        mode = headless_outcome(self.lines, idx, self.heading, self.printed_outcome if idx == 0 else None,
                                all(STATUS_ONLY.match(x) for x in self.intro))
        if not mode:
            return False
        block = Block(None, None)
        block.lines.append(t)
        self.open_block(block, mode)
        return True

    def outcome(self, ln: Line, t: str, idx: int) -> bool:
        """Outcomes stated in text ('Økonomiudvalget anbefaler …') or a decision table's rows ('Byrådet<TAB>
        Godkendt.'), each a decision of its body, and the lines that continue them; on the item's last line also
        one an excerpt cut ('Økonomiudvalget an')."""
        if self.mode not in ("head", "text", "after_decision", "outcome"):
            return False
        stated = outcome_statements(t)
        if not stated:
            cut = cut_outcome_statement(t) if idx == self.last_text else None
            # (not under a route's label: its rows are the treatments to come, 'Økonomiudvalget<TAB>Indstilles')
            row = row_outcome(ln.raw) if ln.raw and not lists_route(self.current) else None
            stated = [x for x in (cut, row) if x]
        if stated:
            for body, text in stated:
                block = Block(body, None)
                block.lines.append(text)
                self.open_block(block)
            if self.current is not None:
                _extend(self.current, t)
            self.mode = "outcome"
            return True
        if self.mode == "outcome":
            if DECISION_CONTINUES.search(t) and self.current_block is not None:
                self.current_block.lines.append(t)
                return True
            self.mode = "text" if self.current is not None else "head"
        return False

    def proposal_outcome(self, idx: int, ln: Line, t: str, listing) -> bool:
        """The item's last text, after its proposal and with no decision read: an outcome printed below the proposal
        without a heading ('… indstiller, at forslaget godkendes.' / 'Godkendt.'), or run on after its sentence on a
        flattened line, is the meeting's decision (proposal_outcomes)."""
        if idx != self.last_text or self.blocks or self.mode not in ("head", "text"):
            return False
        at = outcome_after_proposal(t)
        if at is None:
            if not outcome_below_proposal(line_before(self.lines, idx), t):
                return False
            at = 0
        if at:
            self.body_text(ln, t[:at].rstrip(), listing)
        block = Block(None, None)
        block.lines.append(t[at:].strip())
        self.open_block(block, "decision")
        return True

    def history_line(self, t: str) -> bool:
        """A line of the case history: an earlier treatment's head, a labelled field, or its outcome."""
        dated = DATE_THEN_BODY.match(t) or body_date_line(t) or HISTORY_BODY_DEN_DATE.match(t)
        if dated and is_body_name(dated.group("body")) and parse_date(dated.group("date")):
            # "24-01-2022 Økonomiudvalget", "Økonomiudvalget, 5. marts 2024, pkt. 12:": an earlier
            # treatment, its outcome on the lines below
            self.open_block(Block(dated.group("body").strip(), parse_date(dated.group("date")), history=True))
            if self.current is not None:
                _extend(self.current, t)
            return True
        hf = HISTORY_FIELD.match(t)
        if hf:
            self.history_field(hf.group("key").lower(), hf.group("value"))
            if self.current is not None:
                _extend(self.current, t)
            return True
        block = self.current_block
        stated = outcome_statements(t)
        if stated and (block is None or block.lines and all(body != block.committee for body, _ in stated)):
            # 'Sagens forløb' / 'Økonomiudvalget anbefaler indstillingen.': an earlier body's outcome stated with no
            # dated line above it (or after another treatment's text) is that body's treatment, undated
            for body, text in stated:
                self.open_block(Block(body, None, history=True))
                self.current_block.lines.append(text)
            if self.current is not None:
                _extend(self.current, t)
            return True
        if block is not None:
            block.lines.append(t)
        return False

    def history_field(self, key: str, value: str) -> None:
        """'Udvalg: X' opens an earlier treatment; 'Dato: D' / 'Mødedato: D' dates it."""
        if key == "udvalg":
            self.open_block(Block(value.strip() or None, None, history=True))
        elif key in ("dato", "mødedato") and self.current_block is not None:
            self.current_block.date = parse_date(value)

    def mode_line(self, ln: Line, t: str) -> bool:
        """A line read by the mode it falls in: history, decision text, after a decision (an absence line
        or the intro), a bilag entry (a bare date ends the list). True when nothing more is to be done."""
        if self.mode == "history":
            return self.history_line(t)
        if self.mode == "decision" and self.current_block is not None:
            self.decision_line(ln, t)
            return False
        if self.mode == "after_decision":
            if ABSENT_LABEL.match(t) and self.current_block is not None:
                self.current_block.lines.append(t)
            else:
                self.intro.append(t)
            return True
        if self.mode == "attachments":
            if parse_date(t) and DATE_ANY.fullmatch(t.strip()):
                self.mode = "trailer"
                return True
            self.attach_lines.append(ln)
            if self.current is not None:
                _extend(self.current, t)
            return True
        return False

    def decision_line(self, ln: Line, t: str) -> None:
        """Line t of the decision being read: its text, or a decision table's row (a body's own decision)."""
        block = self.current_block
        if block is None or self.labelled_table(t):
            return
        row = row_outcome(ln.raw) if ln.raw else None
        if row and (block.lines or block.committee):
            block = Block(row[0], None)  # the table's next row: another body's decision
            self.open_block(block)
        elif row:
            block.committee = row[0]  # 'Beslutning' / 'Teknik- og Miljøudvalget<TAB>Anbefales.'
        add_decision_line(block.lines, row[1] if row else t)

    def labelled_table(self, t: str) -> bool:
        """'Teknik- og Miljøudvalget: Anbefales.' / 'Økonomiudvalget: Godkendt.' under a heading naming no body: two
        rows and more (on their lines or run on) are each their body's decision, its text the outcome after the
        colon (as the rows apart by a tab, row_outcome). A single such row stays the heading's text as printed."""
        block = self.current_block
        rows = labelled_rows(t)
        if block is None or not rows:
            return False
        if block is self.table_row:
            before: list[tuple[str, str]] = []
        elif block.committee is None and block.date is None and not block.history:
            before = labelled_rows(" ".join(block.lines)) if block.lines else []
            if (block.lines and not before) or len(before) + len(rows) < 2:
                return False
            (block.committee, first), *rows = before + rows
            block.lines[:] = [first]
        else:
            return False
        for body, outcome in rows:
            self.open_block(Block(body, None, [outcome]))
        self.table_row = self.current_block
        return True

    def body_text(self, ln: Line, t: str, listing) -> None:
        """Any other line: read by its mode, then the current section's text (or, before any heading, an
        unheaded introduction)."""
        if self.mode_line(ln, t):
            return
        if self.current is not None and self.mode != "trailer" and not (self.mode == "decision" and listing):
            _extend(self.current, t)
        elif self.mode == "head" and not self.sections:
            self.intro.append(t)  # text before any heading: an unheaded introduction

    def item_read(self, number: str | None) -> AgendaItem:
        """The item from what was read: sections, decisions (with absences printed outside them), bilag,
        route and intro. A closed item keeps number, title and case numbers; nothing else is published."""
        item, sections, intro = self.item, self.sections, self.intro
        if not item.public:
            return item
        item.sections = sections
        item.decisions = tidy_decisions(decisions_of_blocks(self.blocks), number)
        add_replaced(item.decisions, intro, sections)
        decided = {t for b in self.blocks for t in b.lines}
        attach_lines = add_absent_outside(item.decisions, intro, sections, self.attach_lines, decided)
        item.attachments = parse_attachments(attach_lines)
        undecided = (t for s in sections if not decision_section(s.heading) for t in s.text.split("\n"))
        item.route = route_bodies(self.route_text, sections) or headed_table([*self.head, *intro, *undecided]) \
            or route_by_shape([self.head, intro], [(s.heading, s.text) for s in sections],
                              {d.committee for d in item.decisions if d.committee})
        item.intro = "\n".join(intro)
        return item


def parse_item(lines: list[Line], number: str | None, title: str, closed: bool = False,
               structural_headings: frozenset[str] | None = None,
               marked_headings: frozenset[str] = frozenset(), decision_ends_at_break: bool = False) -> AgendaItem:
    """Build one AgendaItem from the lines after its header.

    `structural_headings`, when given, are the lines the markup marks as headings (HTML h3); they
    are then the only headings, so a 'Beslutning:' inside a body paragraph opens nothing.
    `marked_headings` (h1-h6 texts of a generic HTML page) count in addition to the lexicon.
    `decision_ends_at_break`: a blank line after decision text ends it (FirstAgenda PDFs, where the
    reader marks block breaks and the unheaded case text follows the decision)."""
    lines, title, printed_outcome, marked_headings = _prepared(lines, title, structural_headings is not None,
                                                               marked_headings)
    reader = _ItemReader(lines, headed_item(title, number, closed), printed_outcome, structural_headings,
                         marked_headings, decision_ends_at_break)
    for idx, ln in enumerate(lines):
        reader.read(idx, ln)
    return reader.item_read(number)


# the proposal's points after its opening words: 'at …' clauses, bare or numbered or bulleted ('1. at dagsordenen
# godkendes', '- at …'): Danish states what is proposed in clauses of 'at'
_AT_CLAUSE = re.compile(r"^(?:(?:\d{1,2}[.)]|[•·▪–-])\s*)?(?i:at)\s")


def _proposal_opening(current: Section | None, line: str, nxt: str | None) -> bool:
    """'Indstilling' / 'Direktionen indstiller:' / '1. at dagsordenen godkendes.': the proposer's words right under a
    proposal heading, before any text of it, or with the proposal's 'at' clauses right below them, open that
    proposal's sentence; the same words head the proposal only where neither is so (headings.PROPOSER_HEADING: a
    page heads the part once, by the noun or by who proposes, never by both in a row, and a heading's text is no
    clause of 'at')."""
    if not PROPOSER_HEADING.match(line):
        return False
    return bool(nxt and _AT_CLAUSE.match(nxt)) or current is not None and not current.text \
        and ("indstilling" in current.heading.casefold() or bool(PROPOSER_HEADING.match(current.heading)))
