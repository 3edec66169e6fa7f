"""Section headings that a flattened item body (a PDF transcript) runs into its text in the general Danish council
words the heading list did not yet know ('Beskrivelse' alone). Synthetic transcript pages in the shape of the tune
transcripts; no real text copied."""
from __future__ import annotations

from sagsgang.parse.headings import is_heading

from .transcript_page import parse_transcript as _parse

_COVER = "1 TEKNISK UDVALG REFERAT FRA MØDET TORSDAG DEN 12. MAJ 2016, KL. 16.00 PÅ RÅDHUSET"
_LIST = ("2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Trafikplan for midtbyen med forslag til ændrede "
         "parkeringsregler 3. Udbud af vintertjeneste på kommunens veje")


def _item(n: int, title: str, body: str) -> str:
    return f"{n + 2} Teknisk Udvalg 12. maj 2016 Side {n + 2} {n}. {title} {body}"


def _sections(doc, start: str) -> list[str]:
    item = next(it for it in doc.items if (it.title or "").startswith(start))
    return [s.heading for s in item.sections]


def test_beskrivelse_alone_heads_a_section(tmp_path):
    """'Beskrivelse Forvaltningen har …': the word alone is a section heading (as 'Sagsbeskrivelse' and 'Beskrivelse
    af sagen' are), on a line of its own or run into its text."""
    assert is_heading("Beskrivelse") and is_heading("BESKRIVELSE:")
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sagsnr.: 16/1234 Beskrivelse Forvaltningen har udarbejdet et forslag til en trafikplan. "
                       "Indstilling Forvaltningen indstiller, at planen godkendes. Beslutning Anbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje", "Beskrivelse Der skal vælges en entreprenør."))
    assert _sections(doc, "Trafikplan") == ["Beskrivelse", "Indstilling", "Beslutning"]
    assert _sections(doc, "Udbud") == ["Beskrivelse"]


def test_beskrivelse_inside_a_sentence_is_no_heading():
    """A heading word inside prose ('en Beskrivelse af …' in a longer line) is not a heading line."""
    assert not is_heading("Der foreligger en Beskrivelse af projektet")


def test_sag_nr_with_its_colon_labels_a_case_number(tmp_path):
    """'Sag nr.: 16/1234' run into a flattened body labels the case's number, as 'Sagsnr.:' does; the title ends
    before it."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sag nr.: 16/1234 Sagsfremstilling Forvaltningen har udarbejdet et forslag. "
                       "Beslutning Anbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje",
                       "Sag nr.: 249050 Sagsfremstilling Der skal vælges en entreprenør."))
    numbers = {it.title: it.case_numbers for it in doc.items}
    assert numbers["Trafikplan for midtbyen med forslag til ændrede parkeringsregler"] == ["16/1234"]
    assert numbers["Udbud af vintertjeneste på kommunens veje"] == ["249050"]


def test_sag_nr_without_a_case_number_is_no_case_label():
    """'Sag nr. 4' numbers an item and 'Sag nr.: Emne:' heads a list's columns: neither is a case-number label."""
    from sagsgang.parse.casenumbers import labelled_case_numbers
    from sagsgang.parse.title_tidy import BODY_CUE

    assert labelled_case_numbers("Sag nr.: 16/1234 Sagsfremstilling") == ["16/1234"]
    assert not labelled_case_numbers("Sag nr. 4 Budget 2017")
    assert not BODY_CUE.search("Budget 2017 Sag nr.: Emne: Side")
    assert not BODY_CUE.search("Budget 2017 Sag nr.: 4 Regnskab")
    assert BODY_CUE.search("Budget 2017 Sag nr.: 17/2234 Regnskab")


def test_an_absence_label_in_capitals_heads_its_block():
    """'FRAVÆRENDE Ingen.' run into a flattened body that prints its headings in capitals goes on a line of its own, as
    'Fraværende Ingen.' does, so it heads the absence block."""
    from sagsgang.parse.inline_body import split_inline

    lines = [ln.text for ln in split_inline("BEHANDLING Økonomiudvalget 04-01-2021 1 FRAVÆRENDE Ingen. "
                                            "BEMÆRKNINGER TIL DAGSORDENEN Godkendt.", 0)]
    assert "FRAVÆRENDE" in lines
    lines = [ln.text for ln in split_inline("Behandling Økonomiudvalget 04-01-2021 1 Fraværende Ingen. "
                                            "Bemærkninger til dagsordenen Godkendt.", 0)]
    assert "Fraværende" in lines
