"""A decision headed by its body's dated line with the item's number at that meeting ('Økonomiudvalget den 12.03.2024,
pkt. 12:'), the shape of a case's history line that some councils print over the outcome instead of 'Beslutning'
(transcript_bodies.py 'head-dated-pkt'): read as the decision's head wherever it stands, on a page that kept its lines
and flattened. Invented pages; no real text copied."""
from __future__ import annotations

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .transcript_page import parse_transcript

_MEETING = """Økonomiudvalget
Referat
Mødedato: 12-03-2024
Mødested: Rådhuset, mødelokale 2
Deltagere: Anne Hansen, Bo Jensen, Carl Lund

"""


def _decisions(doc) -> list[list[tuple[str | None, str | None, str]]]:
    return [[(d.committee, d.date, d.text) for d in it.decisions] for it in doc.items]


def _both(tmp_path, text: str) -> list:
    """The page parsed as printed and flattened the way a PDF transcript prints it."""
    out = []
    for name, page in (("lined.txt", text), ("flat.txt", flattened_text(text))):
        f = tmp_path / name
        f.write_text(page, encoding="utf-8")
        out.append(parse_file(f))
    return out


def test_a_treatment_head_after_the_bilag_list_opens_the_decision(tmp_path):
    """'Bilag' / 'Ingen bilag.' / 'Økonomiudvalget den 12.03.2024, pkt. 12:' / 'Godkendt.': the head closes the bilag
    list (before, it and its outcome were read as two bilag and the decision lost)."""
    page = _MEETING + """1. Ny plan for havnen
Sagsnr.: 24/1001
Sagsfremstilling
Forvaltningen har lavet et forslag til en ny plan for havnen, som nu forelægges.
Bilag
Ingen bilag.
Økonomiudvalget den 12.03.2024, pkt. 12:
Økonomiudvalget godkendte forslaget.
2. Salg af grund
Sagsnr.: 24/1002
Sagsfremstilling
Der er kommet et bud på grunden ved skolen.
Bilag
Ingen bilag.
Økonomiudvalget den 12.03.2024, pkt. 13:
Anbefales.
"""
    for doc in _both(tmp_path, page):
        assert _decisions(doc) == [[("Økonomiudvalget", "2024-03-12", "Økonomiudvalget godkendte forslaget.")],
                                   [("Økonomiudvalget", "2024-03-12", "Anbefales.")]]
        assert [a.title for a in doc.items[0].attachments] == []


def test_a_treatment_head_after_an_earlier_bodys_outcome_opens_the_next_decision(tmp_path):
    """'Økonomiudvalget: Indstilles godkendt.' / 'Byrådet den 19. marts 2024, pkt. 40:' / 'Godkendt.': the council's
    head after the committee's stated outcome is the council's decision, not more of the committee's text."""
    meeting = _MEETING.replace("Økonomiudvalget\n", "Byrådet\n", 1).replace("12-03-2024", "19-03-2024")
    page = meeting + """40. Ny plan for havnen
Sagsfremstilling
Forvaltningen har lavet et forslag til en ny plan for havnen, som nu forelægges.
Økonomiudvalget: Indstilles godkendt.
Se hele sagen på hjemmesiden
Byrådet den 19. marts 2024, pkt. 40:
Godkendt.
41. Salg af grund
Sagsfremstilling
Der er kommet et bud på grunden ved skolen.
"""
    for doc in _both(tmp_path, page):
        assert _decisions(doc)[0] == [("Økonomiudvalget", None, "Indstilles godkendt."),
                                      ("Byrådet", "2024-03-19", "Godkendt.")]


def test_the_treatment_heads_colon_is_kept_before_an_absence_label(tmp_path):
    """'… vedtages Økonomiudvalget den 12. marts 2024, pkt. 5: Fraværende: Carl Lund Godkendt.': the colon after the
    item's number is the head's own, not a separator before the label (dropped, the head was read as text)."""
    doc = parse_transcript(
        tmp_path, "1 Økonomiudvalget Referat Mødedato: 12. marts 2024 Mødested: Rådhuset",
        "2 Økonomiudvalget 12. marts 2024 Side 2 5. Ny plan for havnen Sagsnr.: 24/1001 Sagsfremstilling Forvaltningen "
        "har lavet et forslag. Indstilling Forvaltningen indstiller, at planen vedtages Økonomiudvalget den 12. marts "
        "2024, pkt. 5: Fraværende: Carl Lund Godkendt. 6. Salg af grund Sagsnr.: 24/1002 Sagsfremstilling Der er "
        "kommet et bud.", body="Økonomiudvalget")
    item = next(it for it in doc.items if it.number == "5")
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Carl Lund"])]


def test_a_body_with_its_term_in_brackets_keeps_its_heads_colon(tmp_path):
    """'Social- og Ældreudvalget (22-25) den 4. marts 2024, pkt. 12: Taget til efterretning.' flattened: the head is
    cut onto its line with its colon, so it is read as the decision's head (the run-in pattern left out the bracket)."""
    doc = parse_transcript(
        tmp_path, "1 Social- og Ældreudvalget Referat Mødedato: 4. marts 2024 Mødested: Rådhuset",
        "2 12. Orientering om plejeboliger Sagsfremstilling Forvaltningen orienterer om ventelisten. Indstilling 1. At "
        "orienteringen tages til efterretning. Social- og Ældreudvalget (22-25) den 4. marts 2024, pkt. 12: "
        "Orienteringen taget til efterretning.", body="Social- og Ældreudvalget")
    item = next(it for it in doc.items if it.number == "12")
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [
        ("Social- og Ældreudvalget (22-25)", "2024-03-04", "Orienteringen taget til efterretning.")]


_BLOCKS = """Referat fra byrådet
Byrådet 11. marts 2024
Deltagere: Anne Hansen, Bo Jensen, Carl Lund

Åben
Byrådet den 11. marts 2024, pkt. 1:
Godkendt. Carl Lund var fraværende.

Åben
Indstilling
Økonomiudvalget indstiller, at byrådet godkender lokalplanen for havnen.
Byrådet den 11. marts 2024, pkt. 2:
Godkendt. Carl Lund var fraværende.

Åben
Indstilling
Økonomiudvalget indstiller, at byrådet godkender salget af grunden.
Byrådet den 11. marts 2024, pkt. 3:
Udsat.
"""


def test_items_marked_by_their_status_over_a_treatment_head(tmp_path):
    """'Åben' / 'Byrådet den 11. marts 2024, pkt. 1:' / 'Godkendt.': a block with no title that opens with its
    treatment's head is an item, the head no title (flattened, the status left at the end of the line before it is
    put back over it)."""
    expected = [[("Byrådet", "2024-03-11", "Godkendt. Carl Lund var fraværende.")]] * 2 + [
        [("Byrådet", "2024-03-11", "Udsat.")]]
    for doc in _both(tmp_path, _BLOCKS):
        assert _decisions(doc) == expected
        assert [it.title or None for it in doc.items] == [None, None, None]


_LABELLED = """Referat
Byrådet
Onsdag den 31. maj 2023 kl. 17:00
Mødested: Rådhuset
Medlemmer: Anne Hansen, Bo Jensen, Carl Lund
• Sagsid.:
Byrådet den 31. maj 2023, pkt. 1:
Dagsordenen godkendt
• Sagsid.: 23/2475
Indstilling
Direktionen indstiller, at budgetopfølgningen tages til efterretning.
Beslutning i Byrådet den 31. maj 2023
Taget til efterretning.
"""


def test_a_case_label_over_a_treatment_head_opens_an_item(tmp_path):
    """'• Sagsid.:' / 'Byrådet den 31. maj 2023, pkt. 1:' / 'Dagsordenen godkendt': the block under the case label
    holds a case's text (its decision), and the head is no title."""
    for doc in _both(tmp_path, _LABELLED):
        assert _decisions(doc) == [[("Byrådet", "2023-05-31", "Dagsordenen godkendt")],
                                   [("Byrådet", "2023-05-31", "Taget til efterretning.")]]
