"""Item bodies whose case-text headings the lexicon does not know ('Uddybning', 'Anbefaling' here): a form's
two status boxes printed one under the other ('Åbent punkt' / 'Lukket punkt') do not close the item, and a
decision ends at the label that opens the next section (a finished sentence above it, prose below)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.headings import is_heading

# a Bornholm-like page: a contents list, then each item's header, case number and a table of cells (the form's
# cells repeat for every item: its opening label, the date, the two status boxes, the body, the date and the number)
_CELLS = """Uddybning

Mødedato

Åbent punkt

Lukket punkt

Børne- og Skoleudvalget

06-11-2018

{number}
"""
_PAGE = """Referat
Børne- og Skoleudvalget
06-11-2018 kl. 13:00
Mødelokale A, Ullasvej 23, 3700 Rønne
Dagsordenspunkter

  åbent 1 Dialogmøde vedr. budget 2019 - Center for skole
  åbent 2 Gensidig orientering

Til indholdsfortegnelse

 Åbent  punkt

 1  Dialogmøde vedr. budget 2019 - Center for skole

00.30.02G01-0022

""" + _CELLS.format(number=1) + """
Hvem beslutter

Børne- og Skoleudvalget beslutter.

Børne- og Skoleudvalget den 6. november 2018:

Taget til efterretning.

Anbefaling

Der er indgået budgetforlig for 2019 – 2022. På den baggrund holder udvalget dialogmøde med centrene.

Til indholdsfortegnelse

 Åbent  punkt

 2  Gensidig orientering

00.01.00P35-0104

""" + _CELLS.format(number=2)


def test_labels_are_unknown_to_the_lexicon() -> None:
    assert not is_heading("Uddybning") and not is_heading("Anbefaling")


def _items(tmp_path: Path) -> list[dict]:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE, encoding="utf-8")
    return parse_file(p).to_contract()["items"]


def test_two_status_boxes_leave_the_item_open(tmp_path: Path) -> None:
    items = _items(tmp_path)
    assert [it["public"] for it in items] == [True, True]
    assert "Hvem beslutter" in items[0]["sections"]


def test_decision_ends_at_an_unknown_heading(tmp_path: Path) -> None:
    item = _items(tmp_path)[0]
    assert [d["text"] for d in item["decisions"]] == ["Taget til efterretning."]
    assert item["sections"][-1] == "Anbefaling"


# a Norddjurs-like single case: its route's label and bodies in the head, then the case text's unknown opening
_CASE = """

Indstilling til velfærdsaftale

22/8164 Åben Sag

Sagsgang

AU/BUU/VPU, ØK, KB

Uddybning

I økonomiaftalen mellem regeringen og KL for 2023 fremgår det, at alle 98 kommuner skal have mulighed for en aftale.

Beskæftigelsesområdet

Med udvidelsen af frikommuneforsøgsordningen er det nu muligt at søge om at indgå en velfærdsaftale.

Beslutning

Anbefales.
"""


def test_the_case_text_opens_with_its_label_below_the_route(tmp_path: Path) -> None:
    """'Uddybning' opens the case text below the head's route ('Sagsgang' / 'AU/BUU/VPU, ØK, KB'); the
    sub-heading inside its prose ('Beskæftigelsesområdet') stays out."""
    p = tmp_path / "case.txt"
    p.write_text(_CASE, encoding="utf-8")
    (item,) = parse_file(p).to_contract()["items"]
    assert item["sections"] == ["Sagsgang", "Uddybning", "Beslutning"]


@pytest.mark.parametrize(("opening", "later"), [
    # the case text opens with 'UDDYBNING' in capitals: 'SAGSOPLYSNINGER' further on is a heading of the same text
    ("UDDYBNING", "SAGSOPLYSNINGER"),
    # the same with a colon for the form ('Uddybning:' … 'Sagsoplysninger:')
    ("Uddybning:", "Sagsoplysninger:"),
    # one known heading in capitals ('SAGSFREMSTILLING') is the form of the text's headings too
    ("SAGSFREMSTILLING", "SAGSOPLYSNINGER"),
])
def test_labels_in_the_form_of_the_items_headings_are_headings(tmp_path: Path, opening: str, later: str) -> None:
    """A label printed as the item's opening (or known) heading is printed (in capitals, with a colon), between a
    finished sentence and prose, is a heading of that text; the plain sub-heading ('Beskæftigelsesområdet') is
    not."""
    text = _CASE.replace("Uddybning\n", f"{opening}\n").replace(
        "Beslutning\n", f"{later}\n\nForvaltningen har den 8. august 2022 sendt en administrativ "
                        "tilkendegivelse til KL.\n\nBeslutning\n")
    p = tmp_path / "case.txt"
    p.write_text(text, encoding="utf-8")
    (item,) = parse_file(p).to_contract()["items"]
    assert item["sections"] == ["Sagsgang", opening.rstrip(":"), later.rstrip(":"), "Beslutning"]


# a Herning-like single case: its head's fields, then a run of labels the lexicon does not know
_FIELDS_CASE = """Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: Lene Jakobsen

Orientering om beskæftigelsesprojektet "Naturen som løftestang"

Øvrige sagsbehandlere: Jacob Philipsen

Uddybning

I samarbejde med beskæftigelsesprojektet er det lykkedes at få ledige borgere i gang med at cykle.

Sagsoplysninger

Herning Cykler opstod i 2012 på baggrund af Trafikministeriets Cykelpulje og fortsætter i år.

Begrundelse

Direktøren for Teknik og Miljø indstiller, at sagen tages til orientering.

Beslutning

Sagen taget til orientering.
"""


def test_a_label_under_the_heads_field_opens_the_run(tmp_path: Path) -> None:
    """'Uddybning' below a field of the head ('Øvrige sagsbehandlere: Jacob Philipsen') opens the text as a
    label below a finished sentence does: the three labels are the text's headings."""
    p = tmp_path / "case.txt"
    p.write_text(_FIELDS_CASE, encoding="utf-8")
    (item,) = parse_file(p).to_contract()["items"]
    assert item["sections"] == ["Uddybning", "Sagsoplysninger", "Begrundelse", "Beslutning"]
