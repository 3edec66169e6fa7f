"""Meeting facts, kinds and routes printed in shapes a council's PDF or site runs together: a fact label glued to
the value before it, the document's kind inside the PDF's file name, a treatment label listing the route's bodies,
and a members' list without parties run on into the sentence that says who was away. Invented names and words."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import TITLED_FRAME, parse_text

_ITEMS = ("1. Godkendelse af dagsorden Beslutning Godkendt. 2. Ny sti langs Mølleåen Sagsfremstilling Forvaltningen "
          "har tegnet et forslag til stien. Indstilling Forvaltningen indstiller, at forslaget godkendes.")


def _transcript(tmp_path: Path, cover: str, title: str = "Referat Naturudvalget", items: str = _ITEMS):
    return parse_text(tmp_path, TITLED_FRAME.format(title=title, pages=f"1 {cover} {items}"))


def test_a_label_glued_to_the_value_before_it_ends_that_value(tmp_path):
    doc = _transcript(tmp_path, "Naturudvalget Mødedato: 07.10.2021 kl. 17:00 Mødested: Pumpehuset, lokale 2"
                                "Deltagere: Ivalo Brandtoft, Sune Klitgaard")
    assert doc.meeting.location == "Pumpehuset, lokale 2"
    assert doc.meeting.participants == ["Ivalo Brandtoft", "Sune Klitgaard"]


def test_the_kind_inside_a_pdf_file_name_names_the_document(tmp_path):
    cover = "Naturudvalget Mødedato: 07.10.2021 kl. 17:00 Mødested: Pumpehuset"
    items = _ITEMS.replace(" Beslutning Godkendt.", "")  # no decision printed: only the title tells the kind

    def kind(title: str) -> str | None:
        return _transcript(tmp_path, cover, title=title, items=items).document_type

    assert kind("Referat_Naturudvalg_2021-10-07.pdf") == "referat"
    assert kind("2021-10-07_Beslutningsprotokol_Naturudvalg.pdf") == "beslutningsprotokol"
    assert kind("Naturudvalg_2021-10-07.pdf") == "dagsorden"


_LINED = """Referat
Naturudvalget
Mødedato: 07.10.2021 kl. 17:00
Mødested: Pumpehuset

1. Ny sti langs Mølleåen

Sagsnr.: 21/4417
{label}

Sagsfremstilling
Forvaltningen har tegnet et forslag til stien.

Beslutning
Godkendt.
"""


def test_a_treatment_label_listing_two_bodies_or_more_is_the_route(tmp_path):
    def route(label: str) -> list[str]:
        return parse_text(tmp_path, _LINED.format(label=label)).items[0].route

    assert route("Behandling: NU, ØU, KB") == ["NU", "ØU", "KB"]
    assert route("Videresendes til: Økonomiudvalget, Kommunalbestyrelsen") == ["Økonomiudvalget",
                                                                              "Kommunalbestyrelsen"]
    # one body is where the case goes, no path; a sentence after the label is no list of bodies
    assert route("Videresendes til: Kommunalbestyrelsen") == []
    assert route("Behandling: Sagen blev drøftet i Naturudvalget") == []


def test_a_treatment_label_inside_a_flattened_item_head_is_its_route(tmp_path):
    items = ("1. Ny sti langs Mølleåen Sagsnr.: 21/4417 Oversendes til: NU, ØU, KB Sagsfremstilling Forvaltningen har "
             "tegnet et forslag til stien. Beslutning Godkendt.")
    doc = _transcript(tmp_path, "Naturudvalget Mødedato: 07.10.2021 kl. 17:00 Mødested: Pumpehuset", items=items)
    assert doc.items[0].route == ["NU", "ØU", "KB"]


def test_a_list_without_parties_run_into_an_absence_sentence(tmp_path):
    doc = _transcript(tmp_path, "Naturudvalget Mødedato: 07.10.2021 kl. 17:00 Mødested: Pumpehuset Deltagere: Ivalo "
                                "Brandtoft, Sune Klitgaard, Ejner Vadstrup Ejner Vadstrup var forhindret i at deltage.")
    assert doc.meeting.participants == ["Ivalo Brandtoft", "Sune Klitgaard", "Ejner Vadstrup"]
    assert doc.meeting.absent == ["Ejner Vadstrup"]


def test_a_place_printed_last_ends_before_an_empty_lists_word(tmp_path):
    head = "Naturudvalget Mødedato: 07.10.2021 Mødetidspunkt: kl. 17:00 Deltagere: Ivalo Brandtoft, Sune Klitgaard"
    empty = _transcript(tmp_path, f"{head} Mødested: Pumpehuset, Strandstien Ingen Bemærkninger")
    assert empty.meeting.location == "Pumpehuset, Strandstien"
    # a word that only starts as it does is the place's
    named = _transcript(tmp_path, f"{head} Mødested: Pumpehuset, Ingeniørhuset")
    assert named.meeting.location == "Pumpehuset, Ingeniørhuset"
