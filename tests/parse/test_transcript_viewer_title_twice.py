"""A transcript viewer's title printed twice over the page ('Referat Teknisk Udvalg' / 'Referat Teknisk Udvalg'), its
last word a column label's word ('Udvalg'): a title, no table's head row over a row of values. Invented transcript;
no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_PAGE = ("2 Teknisk Udvalg Side 1 4. Nyt fortov på Skolevej Sagsnr.: 16/1002 Sagsfremstilling Et fortov mangler. "
         "Beslutning i Teknisk Udvalg den 12. maj 2016 Godkendt.")


def test_the_body_is_read_without_the_documents_kind(tmp_path):
    """'Referat Teknisk Udvalg' over its cover line: the body is 'Teknisk Udvalg' (before, the title was read as a head
    row 'Referat | Teknisk | Udvalg' and its copy below as the value: 'Referat Teknisk Udvalg')."""
    doc = parse_transcript(tmp_path, "1 Referat Teknisk Udvalg Mødedato: 12. maj 2016 Mødested: Rådhuset", _PAGE)
    assert doc.meeting is not None and doc.meeting.committee == "Teknisk Udvalg"

