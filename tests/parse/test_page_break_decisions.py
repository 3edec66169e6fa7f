"""A decision a PDF transcript's page break parts ('… Beslutning Byrådet godkendte forslaget med den' / the next page's
running head / 'tilføjelse, at …'): the sentence's 'den' is no heading with its date lost, and the running head or
foot between its halves is part of no field (annotation rules). Invented transcripts of two pages after the cover
(an excerpt's length, too few pages to tell the running line by repetition alone); no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_COVER = "1 Byrådet Referat Mødedato: 12. marts 2024 kl. 16.00 Mødested: Byrådssalen"
_RUNNING = "Byrådet 12. marts 2024 Side {n} af 12"
_FIRST = ("1. Ny plan for havnen Sagsnr.: 24/1001 Sagsfremstilling Forvaltningen har lavet et forslag til en plan. "
          "Indstilling Forvaltningen indstiller, at planen vedtages. Beslutning Byrådet godkendte forslaget med den")
_SECOND = ("tilføjelse, at planen sendes i høring. 2. Salg af grund Sagsnr.: 24/1002 Sagsfremstilling Der er kommet et "
           "bud. Indstilling Forvaltningen indstiller, at grunden sælges. Beslutning Godkendt.")
_EXPECTED = [[("Byrådet", "2024-03-12", "Byrådet godkendte forslaget med den tilføjelse, at planen sendes i høring.")],
             [("Byrådet", "2024-03-12", "Godkendt.")]]


def _decisions(doc) -> list[list[tuple[str | None, str | None, str]]]:
    return [[(d.committee, d.date, d.text) for d in it.decisions] for it in doc.items]


def test_a_decision_parted_by_the_next_pages_running_head(tmp_path):
    """'… med den' / '3 Byrådet 12. marts 2024 Side 3 af 12 tilføjelse, at …': the heading is the plain 'Beslutning'
    (before, 'Byrådet godkendte forslaget med' was read as the deciding body, its date lost) and the decision's text
    runs on past the head, which stands inside the sentence."""
    doc = parse_transcript(tmp_path, _COVER, f"2 {_RUNNING.format(n=2)} {_FIRST}",
                           f"3 {_RUNNING.format(n=3)} {_SECOND}", body="Byrådet")
    assert _decisions(doc) == _EXPECTED


def test_a_decision_parted_by_the_pages_running_foot(tmp_path):
    """'… med den Byrådet 12. marts 2024 Side 2 af 12' / '3 tilføjelse, at …': the pages after the cover end with
    the whole running foot, the cover with its page count only; the foot is the pages' shared run, not only its
    count, so neither the parted decision nor the last one ('Godkendt. Byrådet 12. marts 2024') keeps it."""
    doc = parse_transcript(tmp_path, f"{_COVER} Side 1 af 12", f"2 {_FIRST} {_RUNNING.format(n=2)}",
                           f"3 {_SECOND} {_RUNNING.format(n=3)}", body="Byrådet")
    assert _decisions(doc) == _EXPECTED


def test_a_heading_whose_date_was_left_blank_still_heads_its_decision(tmp_path):
    """'Beslutning i Byrådet den' / 'Godkendt.' over a page break: a body's name before the 'den', so the heading
    with its date lost (the meeting's date, annotation rules), as before."""
    first = _FIRST.replace("Beslutning Byrådet godkendte forslaget med den", "Beslutning i Byrådet den")
    second = _SECOND.replace("tilføjelse, at planen sendes i høring. ", "Godkendt. ")
    doc = parse_transcript(tmp_path, _COVER, f"2 {_RUNNING.format(n=2)} {first}", f"3 {_RUNNING.format(n=3)} {second}",
                           body="Byrådet")
    assert [[(c, d) for c, d, _ in item] for item in _decisions(doc)] == [[("Byrådet", "2024-03-12")]] * 2


def test_a_sentences_den_before_a_capital_is_no_heading(tmp_path):
    """'Beslutning Byrådet godkendte forslaget med den Tekniske Forvaltnings ændringer.': 'den' with no date after a
    sentence's words (no body's name) is the sentence's own word, so the heading is the plain 'Beslutning' (the
    meeting's body and date) and the sentence its text; before, the words before 'den' were read as the deciding
    body and the rest as a decision of its own."""
    first = _FIRST.replace("med den", "med den Tekniske Forvaltnings ændringer.")
    doc = parse_transcript(tmp_path, _COVER, f"2 {_RUNNING.format(n=2)} {first}",
                           f"3 {_RUNNING.format(n=3)} {_SECOND.replace('tilføjelse, at planen sendes i høring. ', '')}",
                           body="Byrådet")
    assert _decisions(doc) == [
        [("Byrådet", "2024-03-12", "Byrådet godkendte forslaget med den Tekniske Forvaltnings ændringer.")],
        [("Byrådet", "2024-03-12", "Godkendt.")]]
