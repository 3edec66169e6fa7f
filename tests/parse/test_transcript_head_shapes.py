"""A transcript's first page line printing the meeting's facts in shapes other councils use: a short first page
that ends in its page count ('… Mødested: Udvalgsværelse D Side 1 af 28') is the meeting's header, not a running
head to drop, and a place the document's kind follows ('Mødested: Rådssalen, Lejre Referat Deltagere: …') ends
before the kind word. Small synthetic pages written for the shapes (benchmarks/parse_accuracy/transcript_facts.py
prints them on the tune transcripts)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.lines import split_lines

_LATER = ("Indholdsfortegnelse Økonomiudvalget den 18. august 2014 1 Budgetopfølgning 2014 2 Lokalplan 358 for et "
          "område ved stationen 3 Meddelelser fra formanden",
          "1 Budgetopfølgning 2014 Sagsnr.: 14/1234 Sagsfremstilling Forvaltningen har lavet en opfølgning. Beslutning "
          "Taget til efterretning. 2 Lokalplan 358 for et område ved stationen Sagsnr.: 14/2345 Sagsfremstilling "
          "Planen er i høring. Beslutning Godkendt. 3 Meddelelser fra formanden Beslutning Taget til efterretning.")


def _transcript(tmp_path: Path, first_page: str, *last_pages: str) -> dict:
    """A transcript site's page: the frame (its title the body's name), then each PDF page one line behind its
    page number (the first page, _LATER's, then `last_pages`)."""
    body = "\n\n".join(f"{n} {p}" for n, p in enumerate((first_page, *_LATER, *last_pages), 1))
    path = tmp_path / "page.txt"
    path.write_text(f"Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Økonomiudvalget\"\n\n"
                    f"Transkript\n\n{body}\n", encoding="utf-8")
    return parse_file(path).to_contract()


def test_a_short_first_page_ending_in_its_page_count_is_the_header(tmp_path: Path) -> None:
    doc = _transcript(tmp_path, "Referat Økonomiudvalget Dato: 18. august 2014 Mødested: Udvalgsværelse D "
                                "Side 1 af 28")
    m = doc["meeting"]
    assert doc["document_type"] == "referat"
    assert (m["committee"], m["date"], m["location"]) == ("Økonomiudvalget", "2014-08-18", "Udvalgsværelse D")


def test_a_first_page_line_of_facts_without_labels_is_the_header(tmp_path: Path) -> None:
    """'1 … Økonomiudvalget 18-08-2014 Udvalgsværelse D Side 1 af 28': the transcript's title page, whole."""
    doc = _transcript(tmp_path, "Dagsorden Økonomiudvalget 18-08-2014 Udvalgsværelse D Side 1 af 28")
    m = doc["meeting"]
    assert (m["committee"], m["date"], m["location"]) == ("Økonomiudvalget", "2014-08-18", "Udvalgsværelse D")


def test_a_running_head_with_its_page_count_is_still_dropped() -> None:
    """The same shape without labelled facts is a PDF's running head: a page break, no text."""
    assert [ln.text for ln in split_lines("Økonomiudvalget, 14. marts 2024 Side 3 af 9\nTekst\n")] == ["Tekst"]
    kept = "Økonomiudvalget Dato: 14. marts 2024 Mødested: Lokale 2 Side 1 af 9"
    assert [ln.text for ln in split_lines(kept + "\nTekst\n")] == [kept, "Tekst"]
    assert [ln.text for ln in split_lines("2 Økonomiudvalget 14. marts 2024 Side 2 af 9\nTekst\n")] == ["Tekst"]


def test_a_place_ends_before_the_kind_of_document(tmp_path: Path) -> None:
    m = _transcript(tmp_path, "Økonomiudvalget Dato: 23. januar 2014 Tidspunkt: kl. 16:30 Mødested: Mødelokale 2, "
                              "Allerslev Referat")["meeting"]
    assert m["location"] == "Mødelokale 2, Allerslev"
    m = _transcript(tmp_path, "ØKONOMIUDVALGET Dato: 23. januar 2014 Tidspunkt: kl. 16:30 Mødested: RÅDSSALEN, "
                              "RÅDHUSET BESLUTNINGSPROTOKOL")["meeting"]
    assert m["location"] == "RÅDSSALEN, RÅDHUSET"


def test_a_list_the_frame_title_cut_off_is_read_whole_from_the_page_line(tmp_path: Path) -> None:
    """The site's title repeats the page's head up to its length, ending mid-list ('… Deltagere: Anne Hansen, Bo
    Jensen, Carl Nie'); the page line prints the list whole."""
    head = ("Referat Økonomiudvalget Dato: 12. marts 2024 Mødested: Byrådssalen Deltagere: Anne Hansen, Bo Jensen, "
            "Carl Nielsen, Dorte Holm Fraværende: Erik Lund")
    cut = head[:head.index("Carl Nielsen") + 7]
    path = tmp_path / "page.txt"
    frame = f"{cut}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"{cut}\"\n\nTranskript\n\n"
    path.write_text(frame + f"1 {head}" + "".join(f"\n\n{n} {p}" for n, p in enumerate(_LATER, 2)) + "\n",
                    encoding="utf-8")
    m = parse_file(path).to_contract()["meeting"]
    assert m["participants"] == ["Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Holm"]
    assert m["absent"] == ["Erik Lund"]


def test_time_and_place_right_after_the_body_where_the_date_was_lost(tmp_path: Path) -> None:
    """'Byrådet kl. 19:00 Byrådssalen Referat Deltagere: …': extraction lost the date after the body's name; the
    time and the place that follow the name before the first label are still the meeting's."""
    m = _transcript(tmp_path, "Økonomiudvalget kl. 10:00 Lokale D116, Rådhuset Beslutningsprotokol Afbud: Anne "
                              "Hansen, Bo Jensen")["meeting"]
    assert (m["start_time"], m["location"]) == ("10:00", "Lokale D116, Rådhuset")
    assert m["absent"] == ["Anne Hansen", "Bo Jensen"]


def test_a_contents_page_head_names_the_body_without_its_heading(tmp_path: Path) -> None:
    """'2 Indholdsfortegnelse Økonomiudvalget den 18. august 2014 …': the contents page's running head names the body
    (and the date the first page lost); 'Indholdsfortegnelse' is the page's heading, no part of the body's name."""
    m = _transcript(tmp_path, "Økonomiudvalget kl. 10:00 Lokale D116, Rådhuset Beslutningsprotokol Afbud: Anne "
                              "Hansen, Bo Jensen")["meeting"]
    assert (m["committee"], m["date"]) == ("Økonomiudvalget", "2014-08-18")


# later pages that print no decision: only a label tells the minutes from the agenda
_UNDECIDED = ("Indholdsfortegnelse 1 Budgetopfølgning 2014 2 Lokalplan 358 for et område ved stationen",
              "1 Budgetopfølgning 2014 Sagsnr.: 14/1234 Sagsfremstilling Forvaltningen har lavet en opfølgning. "
              "2 Lokalplan 358 for et område ved stationen Sagsnr.: 14/2345 Sagsfremstilling Planen er i høring.")


def _undecided(tmp_path: Path, first_page: str) -> dict:
    body = "\n\n".join(f"{n} {p}" for n, p in enumerate((first_page, *_UNDECIDED), 1))
    path = tmp_path / "page.txt"
    path.write_text(f"Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Økonomiudvalget\"\n\n"
                    f"Transkript\n\n{body}\n", encoding="utf-8")
    return parse_file(path).to_contract()


@pytest.mark.parametrize("word, kind", [("REFERAT", "referat"), ("BESLUTNINGSPROTOKOL", "beslutningsprotokol")])
def test_the_kind_in_capitals_among_the_covers_facts(tmp_path: Path, word: str, kind: str) -> None:
    """'… Mødested: Udvalgsværelse D, stuen REFERAT Deltagere: …': the cover's title in capitals set among its facts,
    past a title's start and after a lower-case word, on a page that prints no decision."""
    doc = _undecided(tmp_path, "Økonomiudvalget Mødedato: 18. august 2014 Mødetidspunkt: kl. 16:00 Mødested: "
                               f"Udvalgsværelse D, stuen {word} Deltagere: Anne Bakmand, Bo Kjærsgaard")
    assert doc["document_type"] == kind



def test_the_body_before_a_sentence_that_gives_time_and_place(tmp_path: Path) -> None:
    """'Udvalget for Sport og Fritid Mødet afholdes 18. august 2014 kl. 16:00 i Mødesal Lind.': the sentence's subject
    ('Mødet') is no word of the body's name."""
    doc = _transcript(tmp_path, "Referat Udvalget for Sport og Fritid Mødet afholdes 18. august 2014 kl. 16:00 i "
                                "Mødesal Lind. Deltagere: Anne Bakmand, Bo Kjærsgaard")
    m = doc["meeting"]
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Udvalget for Sport og Fritid", "2014-08-18", "16:00", "Mødesal Lind")


def test_a_running_foot_after_the_covers_place_is_no_part_of_it(tmp_path: Path) -> None:
    """A PDF's footer at the end of every page line ('… Mødested: Mødesal Lind Nordby Kommune, Torvet 1, 9999
    Nordby'): the cover's last fact, the place, ends before it."""
    foot = " Nordby Kommune, Torvet 1, 9999 Nordby"
    body = "\n\n".join(f"{n} {p}{foot}" for n, p in enumerate(
        ("Referat Økonomiudvalget Dato: 18. august 2014 Mødested: Mødesal Lind", *_LATER), 1))
    path = tmp_path / "page.txt"
    path.write_text(f"Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Økonomiudvalget\"\n\n"
                    f"Transkript\n\n{body}\n", encoding="utf-8")
    assert parse_file(path).to_contract()["meeting"]["location"] == "Mødesal Lind"


def test_a_place_ends_before_a_full_date_run_on_after_it(tmp_path: Path) -> None:
    """'Mødested: Mødesal Lind, Rådhuset 18. august 2014': a room is never named by a date with its month."""
    doc = _transcript(tmp_path, "Referat Økonomiudvalget Dato: 18. august 2014 Deltagere: Anne Bakmand, Bo Kjærsgaard "
                                "Mødested: Mødesal Lind, Rådhuset 18. august 2014")
    assert doc["meeting"]["location"] == "Mødesal Lind, Rådhuset"


def test_a_covers_last_member_named_again_at_one_later_pages_foot_is_no_running_foot(tmp_path: Path) -> None:
    """The cover ends with its last member ('… Bo Kjærsgaard (V)') and one later page ends with the same member
    away from a decision ('Fraværende: Bo Kjærsgaard (V)'): one page's last words shared by chance, not a footer
    every page prints; the member stays a participant."""
    doc = _transcript(tmp_path, "Referat Økonomiudvalget Dato: 18. august 2014 Mødested: Mødesal Lind Deltagere: Anne "
                                "Bakmand (A), Carl Ibsen Holt (C), Bo Kjærsgaard (V)",
                      "Økonomiudvalget 18. august 2014 4 Meddelelser fra formanden Beslutning Taget til efterretning. "
                      "Fraværende: Bo Kjærsgaard (V)")
    participants = doc["meeting"]["participants"]
    assert participants == ["Anne Bakmand (A)", "Carl Ibsen Holt (C)", "Bo Kjærsgaard (V)"]
