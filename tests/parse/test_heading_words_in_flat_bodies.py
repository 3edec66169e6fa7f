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
