"""A transcript whose first page line runs the meeting's facts, with labels that print no colon, straight into the
first item's header and decision ('… Sted Rådhuset, lokale 2 • Pkt. 7 Godkendelse af dagsorden … Godkendt.
Fraværende: Ole Berg. • Pkt. 8 …', the site's breadcrumb before them): no header is read before the first item, so
the facts come from the item's lines, where an absence label is that decision's, not the meeting's. Invented page; no
real text copied."""
from __future__ import annotations

from .transcript_page import parse_text

_PAGE = ("Du er her\n\nTranskript\n\n1 Du er her Referat Dato{c} Torsdag, 11. april 2024 - 08:00 Sted{c} "
         "Rådhuset, lokale 2 • Pkt. 7 Godkendelse af dagsorden Sagsnr. 24/1007 Kultur- og Fritidsudvalget "
         "Åbent punkt Kultur- og Fritidsudvalget, 11-04-2024, pkt. 7 Godkendt. Fraværende: Ole Berg. • Pkt. 8 "
         "Fællesmøde med Idrætsrådet Sagsnr. 24/1008 Kultur- og Fritidsudvalget Åbent punkt Resume Udvalget holder "
         "det årlige fællesmøde med Idrætsrådet. Indstilling Forvaltningen indstiller, at sagen drøftes.\n")


def test_a_decisions_absentee_is_no_meetings_absentee_without_a_header(tmp_path):
    """Before, with the facts' labels printed without their colons, Ole Berg was the meeting's absentee too."""
    for colon in (":", ""):
        doc = parse_text(tmp_path, _PAGE.format(c=colon))
        assert doc.meeting is not None and doc.meeting.date == "2024-04-11"
        assert doc.meeting.absent == []
        assert [d.absent for d in doc.items[0].decisions] == [["Ole Berg"]]
