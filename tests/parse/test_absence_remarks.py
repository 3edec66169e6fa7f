"""A remark after an absentee's name on an absence label's line ('Fraværende: Bo Jensen (V) pga. sygdom') and a role
with its ordinal before the name ('1. viceborgmester Bo Jensen (V)'): the label's line gives the name and leaves the
decision's text, remark and all (annotation rules: labelled absence lines are removed, trailing remarks and role
titles are no part of a name). Invented minutes."""
from __future__ import annotations

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.decision_absences import text_and_absent

PAGE = """Referat
Økonomiudvalget
Mødedato: 12.03.2024
Medlemmer: Anna Hansen (A), Bo Jensen (V), Carl Holm (C)

1. Godkendelse af dagsorden
Sagsnr.: 24/1234
Sagsfremstilling
Dagsordenen forelægges til godkendelse.
Beslutning
Godkendt.
Fraværende: {absence}

2. Budget 2025
Sagsnr.: 24/1235
Beslutning
Anbefales.
"""


@pytest.mark.parametrize("absence", ["Bo Jensen (V) pga. sygdom", "Bo Jensen (V) fra kl. 16.00",
                                     "Bo Jensen (V), suppleant Dan Lund (V) deltog", "1. viceborgmester Bo Jensen (V)"])
def test_the_absence_line_gives_the_name_and_leaves_the_text(tmp_path, absence):
    page = tmp_path / "referat.txt"
    page.write_text(PAGE.format(absence=absence), encoding="utf-8")
    decision = parse_file(page).to_contract()["items"][0]["decisions"][0]
    assert (decision["text"], decision["absent"]) == ("Godkendt.", ["Bo Jensen (V)"])


def test_a_remark_after_two_names_leaves_the_text_too():
    assert text_and_absent(["Godkendt.", "Fraværende: Bo Jensen (V) og Carl Holm (C) – begge med afbud"]) == (
        ["Godkendt."], ["Bo Jensen (V)", "Carl Holm (C)"])


def test_a_sentence_whose_subject_was_lost_after_the_names_stays_the_decisions_text():
    # a flattened page that lost the body's name before its sentence: the long run in lower case is the decision's
    text, absent = text_and_absent(["Fraværende: Bo Jensen, Carl Holm anmoder Byrådet om endnu engang at drøfte "
                                    "nedskæringer på aftenskoleområdet."])
    assert absent == ["Bo Jensen", "Carl Holm"]
    assert text == ["anmoder Byrådet om endnu engang at drøfte nedskæringer på aftenskoleområdet."]
