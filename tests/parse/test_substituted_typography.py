"""Typography a publisher's font or PDF extractor substitutes reads as the plain page does: ligature glyphs and
full-width forms (the reader folds them), words set letter by letter (the reader closes them up), an en dash between
numbers and a spaced em dash (the patterns read them where they read a hyphen). Pages of invented words."""
from __future__ import annotations

from sagsgang.parse.casenumbers import case_number_tail, find_case_numbers, normalize_case_number
from sagsgang.parse.dates import find_dates
from sagsgang.read.visible import visible

from .transcript_page import parse_text

COVER = """Referat
Mosebroudvalget
Mødedato{c} 21{n}09{n}2026
Tidspunkt{c} kl. 15.30{n}17.00
Mødested{c} Tørvehuset, Lyngsti 4
Deltagere{c} Palle Sivmose (C) {s} formand, Grete Lyngbak (Ø), Aksel Kær (V)

1 {s} Godkendelse af dagsorden
Beslutning
Godkendt.

2 {s} Ny gangbro over Sivkæret
Sagsnr.{c} 26{n}007713
Sagsfremstilling
Forvaltningen foreslår en gangbro af egetræ.
Beslutning
Vedtaget.
"""


def _cover(c: str = ":", n: str = "-", s: str = "-") -> str:
    return COVER.format(c=c, n=n, s=s)


def _facts(doc) -> tuple:
    m = doc.meeting
    return (m.date, m.start_time, m.location, m.participants, [(i.number, i.title) for i in doc.items])


def test_ligatures_and_full_width_forms_fold_to_plain_letters():
    assert visible("Sivmose\ufb02ag og \ufb01re \ufb00erske \ufb03ner") == "Sivmoseflag og fire fferske ffiner"
    assert visible("Mødedato\uff1a 21-09-2026\u3000kl\uff0e 15\uff0e30") == "Mødedato: 21-09-2026 kl. 15.30"
    assert visible("12 m² og ½ tønde") == "12 m² og ½ tønde"  # no NFKC: printed superscripts and fractions stay


def test_full_width_colons_read_as_colons(tmp_path):
    plain = parse_text(tmp_path, _cover())
    doc = parse_text(tmp_path, _cover(c="\uff1a"))
    assert _facts(doc) == _facts(plain)
    assert doc.meeting.date == "2026-09-21" and doc.items[1].case_numbers == ["26-007713"]


def test_letter_spaced_words_close_up():
    assert visible("R e f e r a t") == "Referat"
    assert visible("M ø d e d a t o :   21-09-2026") == "Mødedato:   21-09-2026"
    assert visible("T i d :   kl. 15.30") == "Tid:   kl. 15.30"  # three letters before a label's colon
    assert visible("M ø d e s t e d: Tørvehuset") == "Mødested: Tørvehuset"  # the colon set close, one space after
    # a spaced line's short words close up too, its one-letter words stay, its wide gaps become one space
    assert visible("B e s l u t n i n g   i   M o s e b r o -   o g   S i v u d v a l g e t") \
        == "Beslutning i Mosebro- og Sivudvalget"


def test_single_letters_that_are_no_spaced_word_stay():
    assert visible("a b c d") == "a b c d"  # list markers: consecutive letters
    assert visible("Holdene A B C D") == "Holdene A B C D"
    assert visible("A B C F O V Ø") == "A B C F O V Ø"  # party letters: in the alphabet's order
    assert visible("K R T P") == "K R T P"  # initials: no vowel
    assert visible("Punkterne x y z w og q") == "Punkterne x y z w og q"  # inside a sentence: no wide gap
    assert visible("Bro i å og ø") == "Bro i å og ø"


def test_letter_spaced_labels_and_headings_read(tmp_path):
    # the display type set with tracking: the kind's line, each label with its colon, each section heading
    spaced = _cover()
    for word in ("Referat\n", "Mødedato:", "Tidspunkt:", "Mødested:", "Deltagere:", "Sagsnr.:", "Sagsfremstilling\n",
                 "Beslutning\n"):
        spaced = spaced.replace(word, " ".join(word.rstrip("\n")) + ("   " if word.endswith(":") else "\n"))
    assert "M ø d e d a t o :    21-09-2026" in spaced and "\nS a g s f r e m s t i l l i n g\n" in spaced
    doc = parse_text(tmp_path, spaced)
    assert _facts(doc) == _facts(parse_text(tmp_path, _cover()))
    assert doc.items[1].case_numbers == ["26-007713"]
    assert [s.heading for s in doc.items[1].sections] == ["Sagsfremstilling", "Beslutning"]


def test_en_dash_between_numbers_reads_as_a_hyphen():
    assert [d for *_, d in find_dates("den 21–09–2026 og 2026–09–22")] == ["2026-09-21", "2026-09-22"]
    assert find_case_numbers("Sagsnr. 26–007713 og 04.02.00–P20–3–26") == ["26–007713", "04.02.00–P20–3–26"]
    assert normalize_case_number("26–007713") == normalize_case_number("26-007713")
    assert case_number_tail("Plan for Mosebroen 2026–2029") == ("Plan for Mosebroen 2026–2029", None)


def test_en_dashes_between_numbers_read_on_a_page(tmp_path):
    doc = parse_text(tmp_path, _cover(n="\u2013"))
    assert _facts(doc) == _facts(parse_text(tmp_path, _cover()))
    assert (doc.meeting.date, doc.meeting.start_time) == ("2026-09-21", "15:30")
    assert doc.items[1].case_numbers == ["26–007713"]  # as printed


def test_spaced_em_dash_reads_as_a_separator(tmp_path):
    doc = parse_text(tmp_path, _cover(s="\u2014"))
    assert _facts(doc) == _facts(parse_text(tmp_path, _cover()))
    assert [i.title for i in doc.items] == ["Godkendelse af dagsorden", "Ny gangbro over Sivkæret"]
    assert case_number_tail("Ny gangbro — 2026 — 0007713")[1] == "2026 — 0007713"
    assert case_number_tail("Plan for Mosebroen 2026 — 2029") == ("Plan for Mosebroen 2026 — 2029", None)
