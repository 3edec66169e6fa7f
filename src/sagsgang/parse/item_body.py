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
from .body_date_lines import DATE_THEN_BODY, HISTORY_BODY_DEN_DATE, body_date_line, treatment_heads, treatment_line
from .body_lines import unbulleted_headings, without_group_line, without_status_boxes
from .casenumbers import labelled_case_numbers, standalone_case_number
from .dates import DATE_ANY, parse_date
from .decision_absences import add_decision_line
from .decision_blocks import Block, decisions_of_blocks, tidy_decisions, who_or_when
from .headings import (
    ATTACHMENT_HEADING,
    HEADING,
    HISTORY_HEADING,
    PLAIN_DECISION,
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
    ends_decision,
    headless_outcome,
    outcome_heading,
    outcome_statements,
)
from .item_heads import head_marker, headed_item
from .item_routes import headed_table, lists_route, route_bodies, route_entry, route_lines_joined
from .item_starts import CLOSED_MARKER, LABELLED_START, NUMBERED_START, OPEN_CLOSED_TAG, STATUS_ONLY
from .lines import Line
from .outcome_lines import title_and_outcome
from .outside_absentees import add_absent_outside, add_replaced, decision_section
from .page_headings import form_mates, label_after_sentence, opening_heading
from .people import ABSENT_LABEL
from .route_shape import route_by_shape
from .run_in_decisions import decisions_off_their_headings

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


def parse_item(lines: list[Line], number: str | None, title: str, closed: bool = False,
               structural_headings: frozenset[str] | None = None,
               marked_headings: frozenset[str] = frozenset(), decision_ends_at_break: bool = False) -> AgendaItem:
    """Build one AgendaItem from the lines after its header.

    `structural_headings`, when given, are the lines the markup marks as headings (HTML h3); they
    are then the only headings, so a 'Beslutning:' inside a body paragraph opens nothing.
    `marked_headings` (h1-h6 texts of a generic HTML page) count in addition to the lexicon.
    `decision_ends_at_break`: a blank line after decision text ends it (FirstAgenda PDFs, where the
    reader marks block breaks and the unheaded case text follows the decision)."""

    lines = without_status_boxes(without_group_line(lines))
    title, printed_outcome = title_and_outcome(title)
    if printed_outcome:
        # 'Godkendelse af dagsorden: Godkendt': the outcome on the header's line is the body's first line
        lines = [Line(printed_outcome, lines[0].offset if lines else 0), *lines]
    if structural_headings is None:
        lines = route_lines_joined(treatment_heads(decisions_off_their_headings(unbulleted_headings(lines))))
        opening = opening_heading(lines)
        marked_headings = marked_headings | {opening} if opening else marked_headings
        marked_headings |= form_mates(lines, marked_headings)
    last_text = max((k for k, ln in enumerate(lines) if ln.text), default=-1)

    def heading(t: str, at: int = -2) -> bool:
        if structural_headings is not None:
            return t in structural_headings
        marked = t in marked_headings or t.rstrip(":") in marked_headings  # (repeated_headings keeps no ':')
        return is_heading(t) or (marked and not _cue_not_heading(t)) \
            or (at == last_text and is_cut_heading(t))

    item = headed_item(title, number, closed)
    sections: list[Section] = []
    blocks: list[Block] = []
    attach_lines: list[Line] = []
    route_text: str | None = None
    head: list[str] = []
    mode = "head"  # head | text | decision | history | attachments | trailer
    current: Section | None = None
    current_block: Block | None = None
    intro: list[str] = []

    last = len(lines) - 1
    for idx, ln in enumerate(lines):
        t = ln.text
        if not t:
            if mode == "attachments" and attach_lines and attach_lines[-1].text:
                attach_lines.append(ln)
            if mode == "decision" and decision_ends_at_break and current_block and current_block.lines:
                following = next((x.text for x in lines[idx + 1:] if x.text), "")
                if not DECISION_CONTINUES.search(following):
                    mode = "after_decision"
            continue
        if mode in ("decision", "after_decision") and current_block is not None and ends_decision(t):
            mode = "after_decision"
        # the next non-empty text among the two following lines, or None
        nxt = (lines[idx + 1].text or (lines[idx + 2].text if idx + 1 < last else "") or None) if idx < last else None
        if route_text is None and mode == "head":
            route_text = route_inside(t)  # 'Sagsnr.: 24/123 Sagsgang: ØU, KB': the line is read on below
            head.append(t)  # (also a line read as a field below: route_by_shape reads the head's lines)
        found = labelled_case_numbers(t, nxt)
        if found is not None and mode in ("head", "text", "attachments", "trailer"):
            for c in found:
                if c not in item.case_numbers:
                    item.case_numbers.append(c)
            if OPEN_CLOSED_TAG.search(t) and OPEN_CLOSED_TAG.search(t).group(1).lower() == "lukket":
                item.public = False
            if mode == "attachments":
                mode = "trailer"
            continue
        if mode == "head" and head_marker(item, t):
            continue
        if mode in ("attachments", "trailer") and nxt is not None and _METADATA_LINE.match(t):
            mode = "trailer"
            continue
        if _SIGNATURE_PAGE.match(t):
            mode = "trailer"  # the members' signatures close the minutes: nothing after it is the item's
            continue
        r = inline_route(t)
        if r:
            route_text = r
            continue
        bilag = bilag_on_line(ln, mode) if mode not in ("history", "trailer") else None
        if bilag is not None:
            attach_lines.extend(bilag[0])
            mode = bilag[1]
            continue
        if mode == "attachments" and heading(t) and not PLAIN_DECISION.match(t) and not HISTORY_HEADING.match(t) \
                and decision_body_date(t) is None and (nxt is None or _listed(nxt)):
            # "Bilag / Indstilling / Bilag 1: …": an attachment named like a heading, not a new section
            attach_lines.append(ln)
            if current is not None:
                current.text = (current.text + "\n" + t).strip()
            continue
        if nxt and mode in ("head", "text") and ABSENT_LABEL.match(t) and not ABSENT_LABEL.match(t).group("rest") \
                and not heading(nxt):
            # 'Fraværende' on a line of its own with its names below heads a block (annotation rules); under
            # a decision it is the decision's labelled absence line (dev gold 001), no section
            current, mode = Section(t.rstrip(": ").strip()), "text"
            sections.append(current)
            continue
        # Headings open sections (and decisions).
        dm = decision_body_date(t) if heading(t) else None
        if dm and not HEADING.match(t):
            body, date = dm[0], parse_date(dm[1])
            if date is None:
                # "Beslutning i Byrådet 25-06-2019" has no 'den'
                dd = DATE_ANY.search(body)
                if dd:
                    date = parse_date(dd.group(0))
                    body = body[: dd.start()].strip(" ,")
            current = Section(heading_name(t))
            sections.append(current)
            current_block = Block(body.strip() or None, date)  # a dated heading alone: the meeting's body
            blocks.append(current_block)
            mode = "decision"
            continue
        if mode == "decision" and current_block is not None and current_block.lines \
                and label_after_sentence(lines, idx):
            # 'Taget til efterretning.' / 'Anbefaling' / 'Der er indgået budgetforlig …': an unseen publisher's
            # heading ends the decision, as a known one does
            current = Section(t.rstrip(":"))
            sections.append(current)
            mode = "text"
            continue
        outcome_head = mode in ("head", "text") and outcome_heading(t, nxt)
        if (heading(t, idx) or outcome_head) and mode != "trailer":
            name = heading_name(t)
            current = Section(name)
            sections.append(current)
            if PLAIN_DECISION.match(t) or outcome_head:
                current_block = Block(None, None)
                blocks.append(current_block)
                mode = "decision"
            elif HISTORY_HEADING.match(t):
                mode = "history"
                current_block = None
            elif ATTACHMENT_HEADING.match(t):
                mode = "attachments"
            else:
                mode = "text"
            continue
        if mode == "decision" and current_block is not None and not current_block.lines \
                and who_or_when(current_block, t):
            continue  # 'Beslutning' / 'Økonomiudvalget' / '12-03-2024' / 'Godkendt.': a table's cells, one a line
        # not under a route's label or a plan's heading, whose bodies may print their meetings' dates ('Sagsgang' /
        # 'Økonomiudvalget, 12.03.2024' / 'Byrådet, 26.03.2024', 'Tidsplan' / 'Byrådet 26.03.2024: vedtagelse'): the
        # treatments to come, no decisions
        listing = lists_route(current)
        treatment = treatment_line(t) if mode in ("head", "text", "decision") else None
        if listing and not treatment and mode == "decision" and current_block is not None and current_block.lines:
            treatment = route_entry(t)  # 'Anbefales.' / 'Byrådet 20.03.2024': the route's next body ends the outcome
        if treatment and listing:
            # 'Politisk behandling' / 'Økonomiudvalget, 12.03.2024, pkt. 5': a body the route lists (its date and
            # item number no part of it), and a decision only with an outcome below ('Anbefales.')
            current.text = (current.text + "\n" + treatment[0]).strip()
            if not OUTCOME_FIRST.match(nxt or ""):
                mode = "text"
                continue
        if treatment:
            current_block = Block(*treatment)
            blocks.append(current_block)
            mode = "decision"
            continue
        headless = headless_outcome(lines, idx, heading, printed_outcome if idx == 0 else None,
                                     all(STATUS_ONLY.match(x) for x in intro)) \
            if mode == "head" and not sections and not blocks else None
        if headless:
            # 'Godkendt.' under an item with no headings (a short protocol): the meeting's decision
            current_block = Block(None, None)
            current_block.lines.append(t)
            blocks.append(current_block)
            mode = headless
            continue
        if mode in ("head", "text", "after_decision", "outcome"):
            stated = outcome_statements(t)
            if stated:
                for body, text in stated:
                    current_block = Block(body, None)
                    current_block.lines.append(text)
                    blocks.append(current_block)
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                mode = "outcome"
                continue
            if mode == "outcome":
                if DECISION_CONTINUES.search(t) and current_block is not None:
                    current_block.lines.append(t)
                    continue
                mode = "text" if current is not None else "head"
        if mode == "history":
            dated = DATE_THEN_BODY.match(t) or body_date_line(t) or HISTORY_BODY_DEN_DATE.match(t)
            if dated and is_body_name(dated.group("body")) and parse_date(dated.group("date")):
                # "24-01-2022 Økonomiudvalget", "Økonomiudvalget, 5. marts 2024, pkt. 12:": an earlier
                # treatment, its outcome on the lines below
                current_block = Block(dated.group("body").strip(), parse_date(dated.group("date")), history=True)
                blocks.append(current_block)
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                continue
            hf = HISTORY_FIELD.match(t)
            if hf:
                key = hf.group("key").lower()
                if key == "udvalg":
                    current_block = Block(hf.group("value").strip() or None, None, history=True)
                    blocks.append(current_block)
                elif key in ("dato", "mødedato") and current_block is not None:
                    current_block.date = parse_date(hf.group("value"))
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                continue
            if current_block is not None:
                current_block.lines.append(t)
        elif mode == "decision" and current_block is not None:
            add_decision_line(current_block.lines, t)
        elif mode == "after_decision":
            if ABSENT_LABEL.match(t) and current_block is not None:
                current_block.lines.append(t)
            else:
                intro.append(t)
            continue
        elif mode == "attachments":
            if parse_date(t) and DATE_ANY.fullmatch(t.strip()):
                mode = "trailer"
                continue
            attach_lines.append(ln)
            if current is not None:
                current.text = (current.text + "\n" + t).strip()
            continue
        if current is not None and mode != "trailer" and not (mode == "decision" and listing):
            current.text = (current.text + "\n" + t).strip()
        elif mode == "head" and not sections:
            intro.append(t)  # text before any heading: an unheaded introduction

    if not item.public:
        # A closed item keeps number, title and case numbers; nothing else is published.
        return item
    item.sections = sections
    item.decisions = tidy_decisions(decisions_of_blocks(blocks), number)
    add_replaced(item.decisions, intro, sections)
    decided = {t for b in blocks for t in b.lines}
    attach_lines = add_absent_outside(item.decisions, intro, sections, attach_lines, decided)
    item.attachments = parse_attachments(attach_lines)
    item.route = route_bodies(route_text, sections) or headed_table(
        [*head, *intro, *(t for s in sections if not decision_section(s.heading) for t in s.text.split("\n"))]) \
        or route_by_shape(
        [head, intro], [(s.heading, s.text) for s in sections], {d.committee for d in item.decisions if d.committee})
    item.intro = "\n".join(intro)
    return item
