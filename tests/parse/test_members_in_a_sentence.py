"""The members said in a sentence of the header, the verb of attending before them with the meeting named ('I mødet
deltog X, Y og Z.', 'Til mødet var mødt X …') or its passive ('Mødet blev overværet af X, Y og Z.'): the sentence's
lead is the list's label, as 'Til stede var' is (issue 11, member_shapes lined-prose-* rows). Invented words and
names; expected values by the annotation rules (participants as printed, party included)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text


@pytest.mark.parametrize("lead", ["I mødet deltog", "På mødet deltog", "Mødet blev overværet af", "Til mødet var mødt",
                                  "Til stede ved mødet var"])
@pytest.mark.parametrize("flat", [False, True])
def test_a_sentence_that_names_the_attendees_lists_the_members(tmp_path, lead, flat):
    """Without a label the names were read only where the list's shape alone told them (one name a line), not in a
    sentence: the members were lost."""
    head = f"{lead} Ulla Krog (B), Tage Mørk (F) og Vera Dahl (B).\nAfbud fra Otto Lund (F)."
    page = PAGE.format(head=head, decision="Vedtaget.")
    doc = parse_text(tmp_path, flattened_text(page) if flat else page)
    assert doc.meeting.participants == ["Ulla Krog (B)", "Tage Mørk (F)", "Vera Dahl (B)"]
    assert doc.meeting.absent == ["Otto Lund (F)"]
