"""Decisions of invented minutes printed as PDF transcripts (each page one line behind its number): the shapes a
lined page reads and a transcript lost (benchmarks/parse_accuracy/transcript_decisions.py). No real text."""
from __future__ import annotations

from pathlib import Path

from sagsgang.model import AgendaItem, Document
from sagsgang.parse.single_case_titles import meeting_page_type

from .transcript_page import TITLED_FRAME, parse_text

COVER = ("Planudvalget Mødedato: Onsdag den 4. september 2024 Mødetidspunkt: 15:00 Mødested: Byhuset, lokale 7 "
         "Deltagere: Ida Holm (B), Per Lund (C), Mia Vang (F)")
CONTENTS = "Indholdsfortegnelse 1. Ny sti ved Engvej 3 2. Plan for torvet 4 3. Lys i parken 5"
CASE = ("Sagsnr.: 24-000789 Sagsfremstilling Forvaltningen har tegnet et forslag til stien. Indstilling "
        "Forvaltningen indstiller, at forslaget godkendes.")
TITLES = ["1. Ny sti ved Engvej", "2. Plan for torvet", "3. Lys i parken"]


def _page(tmp_path: Path, blocks: list[str], feet: list[str] | None = None, one_line: bool = False) -> Document:
    """Cover, contents, then the three items each with its decision block `blocks[k]`: each on a page line of its
    own ending in `feet[k]` (the cover's and contents' feet first), or all run onto one page line."""
    bodies = [f"{t} {CASE} {b}" for t, b in zip(TITLES, blocks, strict=True)]
    pages = [COVER, CONTENTS, *([" ".join(bodies)] if one_line else bodies)]
    feet = feet or [""] * len(pages)
    lines = "\n\n".join(f"{n} {p}{f}" for n, (p, f) in enumerate(zip(pages, feet, strict=True), 1))
    return parse_text(tmp_path, TITLED_FRAME.format(title="Planudvalget 4. september 2024", pages=lines))


def _decisions(doc: Document) -> list[list[tuple[str | None, str | None, str, list[str]]]]:
    return [[(d.committee, d.date, d.text, d.absent) for d in it.decisions] for it in doc.items]


OWN = ("Planudvalget", "2024-09-04")


def test_a_dated_heading_with_its_stop_or_hour_keeps_the_outcome_whole(tmp_path: Path) -> None:
    # 'Beslutning i X den D.' and '… den D kl. 15.00': the stop and the hour are the heading's, not the text's
    blocks = ["Beslutning i Planudvalget den 4. september 2024. Godkendt.",
              "Beslutning i Planudvalget den 4. september 2024 kl. 15.00 Godkendt.", "Beslutning Godkendt."]
    got = _decisions(_page(tmp_path, blocks))
    assert got == [[(*OWN, "Godkendt.", [])]] * 3


def test_a_genitive_heading_whose_date_was_lost_heads_the_outcome(tmp_path: Path) -> None:
    # 'Planudvalgets beslutning den' with its date lost, as 'Beslutning i Planudvalget den' is read
    got = _decisions(_page(tmp_path, ["Planudvalgets beslutning den Godkendt.", "Beslutning Godkendt.",
                                      "Beslutning Godkendt."]))
    assert got[0] == [(*OWN, "Godkendt.", [])]


def test_a_lined_genitive_heading_whose_date_was_lost_heads_the_outcome(tmp_path: Path) -> None:
    text = ("Referat\nPlanudvalget\nMødedato: 4. september 2024 kl. 15:00\n\n1. Ny sti ved Engvej\nSagsfremstilling\n"
            "Forvaltningen har tegnet et forslag.\nPlanudvalgets beslutning den\nGodkendt.\n\n2. Plan for torvet\n"
            "Sagsfremstilling\nEt forslag.\nBeslutning\nGodkendt.\n")
    assert _decisions(parse_text(tmp_path, text))[0] == [(*OWN, "Godkendt.", [])]


def test_the_last_page_foot_is_no_part_of_the_last_decision(tmp_path: Path) -> None:
    # '… Anbefales. Side 3' ending the one page line all items run onto
    doc = _page(tmp_path, ["Beslutning Godkendt.", "Beslutning Godkendt.", "Beslutning Anbefales. Side 3"],
                one_line=True)
    assert _decisions(doc)[2] == [(*OWN, "Anbefales.", [])]


def test_a_bare_page_number_ending_each_page_line_is_no_item(tmp_path: Path) -> None:
    # '… Godkendt. 3' / '4 2. Plan for torvet …': the page's printed number, the next page's right after it
    doc = _page(tmp_path, ["Beslutning Godkendt.", "Beslutning Godkendt.", "Beslutning Anbefales."],
                feet=["", "", " 3", " 4", " 5"])
    assert [it.title for it in doc.items] == [t.split(". ", 1)[1] for t in TITLES]
    assert _decisions(doc) == [[(*OWN, "Godkendt.", [])], [(*OWN, "Godkendt.", [])], [(*OWN, "Anbefales.", [])]]


def test_the_contents_page_foot_is_no_part_of_the_last_title(tmp_path: Path) -> None:
    # '… 3. Lys i parken 5 2': the last entry's page, then the contents page's own number
    doc = _page(tmp_path, ["Beslutning Godkendt.", "Beslutning Godkendt.", "Beslutning Anbefales."],
                feet=[" 1", " 2", " 3", " 4", " 5"])
    assert doc.items[2].title == "Lys i parken"
    assert _decisions(doc)[2] == [(*OWN, "Anbefales.", [])]


def test_an_empty_heading_before_the_page_number_is_no_decision(tmp_path: Path) -> None:
    # an agenda: 'Beslutning 5' is the empty heading and the page's number
    doc = _page(tmp_path, ["Beslutning", "Beslutning", "Beslutning"], feet=["", "", " 3", " 4", " 5"])
    assert _decisions(doc) == [[], [], []]
    assert doc.document_type == "dagsorden"


def test_a_dated_heading_ending_a_page_keeps_its_year(tmp_path: Path) -> None:
    # the heading ends page 3 before 'Side 3 af 5', its outcome opens page 4
    first = (f"{TITLES[0]} {CASE} Beslutning i Byrådet den 12. september 2024 Godkendt. "
             "Beslutning i Planudvalget den 4. september 2024")
    pages = [COVER, CONTENTS, first, f"Anbefales. {TITLES[1]} {CASE} Beslutning Godkendt.",
             f"{TITLES[2]} {CASE} Beslutning Anbefales."]
    lines = "\n\n".join(f"{n} {p} Side {n} af 5" for n, p in enumerate(pages, 1))
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Planudvalget 4. september 2024", pages=lines))
    assert _decisions(doc)[0] == [(*OWN, "Anbefales.", []), ("Byrådet", "2024-09-12", "Godkendt.", [])]


def test_an_absentee_opening_the_next_page_is_the_decisions(tmp_path: Path) -> None:
    # '4 Planudvalget 04-09-2024 Fraværende: Per Lund (C) 2. Plan for torvet …': the absentee line under the
    # decision that ended page 3, behind the running head
    head = "Planudvalget 04-09-2024"
    pages = [COVER, CONTENTS, f"{head} {TITLES[0]} {CASE} Beslutning Godkendt.",
             f"{head} Fraværende: Per Lund (C) {TITLES[1]} {CASE} Beslutning Godkendt.",
             f"{head} {TITLES[2]} {CASE} Beslutning Anbefales."]
    lines = "\n\n".join(f"{n} {p} Side {n} af 5" for n, p in enumerate(pages, 1))
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Planudvalget 4. september 2024", pages=lines))
    assert _decisions(doc)[0] == [(*OWN, "Godkendt.", ["Per Lund (C)"])]


def test_a_page_printing_an_outcome_under_its_heading_is_minutes() -> None:
    # items the reader found without their decisions (a transcript of unnumbered items): the outcome printed under
    # 'Beslutning' still makes the page minutes; an empty heading or one over absence only does not
    items = [AgendaItem(number=None, title="Ny sti ved Engvej")]
    printed = "Sagsnr.: 24-000789 Ny sti ved Engvej Sagsfremstilling Et forslag. Beslutning Taget til efterretning."
    assert meeting_page_type(None, Document(source="x", items=items), printed) == "referat"
    done = "Beslutning i Planudvalget den 4. september 2024 Udvalget godkendte forslaget med en ændring."
    assert meeting_page_type(None, Document(source="x", items=items), done) == "referat"
    empty = ("Beslutning Planudvalget den Fraværende: Per Lund (C) Mia Vang (F) deltog som stedfortræder. "
             "2. Plan for torvet Beslutning Bilag Kort over torvet")
    assert meeting_page_type(None, Document(source="x", items=items), empty) == "dagsorden"


def test_a_body_s_decision_named_with_its_date_in_prose_is_no_decision_heading(tmp_path: Path) -> None:
    # '… opfølgning på Planudvalgets beslutning den 4. juni 2024 om en ny sti …': a sentence names an earlier
    # decision with its date; the date-lost genitive heading ('Planudvalgets beslutning den') must not cut it there
    prose = ("Sagen er en opfølgning på Planudvalgets beslutning den 4. juni 2024 om en ny sti langs engen. "
             "Beslutning i Planudvalget den 4. september 2024 Godkendt.")
    doc = _page(tmp_path, [prose, "Beslutning Godkendt.", "Beslutning Godkendt."])
    assert _decisions(doc)[0] == [(*OWN, "Godkendt.", [])]


def test_an_outcome_with_its_colon_is_the_decision_not_a_heading(tmp_path: Path) -> None:
    # 'Beslutning: Godkendt med følgende ændring: …': a page printing its headings with a colon must not take the
    # outcome's words before their colon for an unknown heading (that left the decision empty)
    case = ("Sagsfremstilling: Forvaltningen har tegnet et forslag til stien. Økonomi: Udgiften afholdes af rammen. "
            "Indstilling: Forvaltningen indstiller, at forslaget godkendes.")
    block = "Beslutning: Godkendt med følgende ændring: Stien får lys i hele sin længde."
    doc = _page(tmp_path, [f"{case} {block}", f"{case} Beslutning: Godkendt.", f"{case} Beslutning: Godkendt."])
    assert _decisions(doc)[0] == [(*OWN, "Godkendt med følgende ændring: Stien får lys i hele sin længde.", [])]
