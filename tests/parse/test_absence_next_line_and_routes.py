"""Absentees and routes in shapes found missing by benchmarks/parse_accuracy/absence_variants.py and by probing the
brief's list of an unseen council's shapes (issue 11, strand `absent`): the names on the line under a bare absence
label when the same member is away item after item, a name a substitute's sentence prints shorter than the label,
the labels 'Ej til stede:' and 'Følgende var fraværende:', an inhabil member with nothing more said, and a route
whose bodies are parted by '>' or 'til'. Small pages of invented words and names; expected values by the annotation
rules (absence printed for an item is its decision's `absent`, written as printed with its party; a route is a
labelled list of the bodies that will treat the case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.bodies import split_route

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


def _decision(tmp_path: Path, decision: str, flat: bool = False):
    text = PAGE.format(head=HEAD, decision=decision)
    [d] = parse_text(tmp_path, flattened_text(text) if flat else text).items[0].decisions
    return d


def _page_opening(title: str) -> str:
    """The page's head and its first item (Pkt. 7, `title`) up to the item's dated decision line."""
    return f"""Referat

Dato: Torsdag, April 3, 2025 - 15:00
Sted: Havnekontoret, mødelokale 1
  • Pkt. 7 {title}

    Pkt. 7

    {title}

    Sagsnr. 11223 Havneudvalget Åbent punkt

    Havneudvalget, 03-04-2025, pkt. 7
"""


# a page whose items print their decision as a dated line ('Havneudvalget, 03-04-2025, pkt. 7') and the same member
# away under each, the names on the line under 'Fraværende:', the next item's bullet below
_REPEATED = _page_opening("Godkendelse af dagsorden") + """
    Godkendt.
    Fraværende:
    Vera Dahl

  • Pkt. 8 Ny belysning ved lystbådehavnen

    Pkt. 8

    Ny belysning ved lystbådehavnen

    Sagsnr. 11224 Havneudvalget Åbent punkt

    Resume

    Forvaltningen foreslår nye lamper langs molen og ved slæbestedet i den nordlige del af havnen.

    Indstilling

    Forvaltningen indstiller, at forslaget godkendes.

    Økonomi

    Udgiften afholdes inden for havnens budget.

    Havneudvalget, 03-04-2025, pkt. 8

    Godkendt.
    Fraværende:
    Vera Dahl

  • Pkt. 9 Eventuelt

    Pkt. 9

    Eventuelt

    Sagsnr. 11225 Havneudvalget Åbent punkt

    Havneudvalget, 03-04-2025, pkt. 9

    Intet.
"""


def test_the_name_under_a_bare_absence_label_stays_its_value_when_it_repeats(tmp_path):
    """A line of a heading's shape heading a list (the next item's bullet) in two items was learned as a heading
    of the page: the absentee printed under 'Fraværende:' item after item became a section and was lost."""
    doc = parse_text(tmp_path, _REPEATED)
    got = {it.number: ([d.absent for d in it.decisions], [s.heading for s in it.sections]) for it in doc.items}
    assert got["7"] == ([["Vera Dahl"]], [])
    assert got["8"] == ([["Vera Dahl"]], ["Resume", "Indstilling", "Økonomi"])


_MEDDELELSER = _page_opening("Meddelelser fra formanden") + """
    - Status for molen
    - Nyt fra havnefogeden
    Forvaltningen orienterer på næste møde om status
    Fraværende:
    Vera Dahl Christiansen (B), Otto Lund (F)
    Hugo Fisk (F) deltog som stedfortræder for Otto Lund.

  • Pkt. 8 Eventuelt

    Pkt. 8

    Eventuelt

    Sagsnr. 11225 Havneudvalget Åbent punkt

    Havneudvalget, 03-04-2025, pkt. 8

    Intet.
    Fraværende:
    Vera Dahl Christiansen (B), Otto Lund (F)
    Hugo Fisk (F) deltog som stedfortræder for Otto Lund.
"""


def test_a_substitutes_shorter_mention_takes_the_labels_printed_form(tmp_path):
    """An absence block read outside the decision ('Fraværende:' / the names below it, after the decision's list
    lines) came after the substitute's sentence, which names the absentee without a party: the shorter form was
    kept and the printed one dropped."""
    [d] = parse_text(tmp_path, _MEDDELELSER).items[0].decisions
    assert sorted(d.absent) == ["Otto Lund (F)", "Vera Dahl Christiansen (B)"]


@pytest.mark.parametrize("label", ["Ej til stede", "Følgende var fraværende", "Følgende medlemmer var fraværende"])
@pytest.mark.parametrize("flat", [False, True])
def test_other_absence_labels_under_a_decision(tmp_path, label, flat):
    """'Ej til stede:' (the older word for 'ikke') and a label said as a sentence's start were text, nobody away."""
    d = _decision(tmp_path, f"Vedtaget.\n{label}: Vera Dahl (B)", flat=flat)
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)"])


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) var inhabil.", "Vera Dahl (B) erklærede sig inhabil.",
                                      "Vera Dahl (B) blev erklæret inhabil i sagen."])
@pytest.mark.parametrize("flat", [False, True])
def test_an_inhabil_member_with_nothing_more_said_is_away_for_the_decision(tmp_path, sentence, flat):
    """Only 'inhabil og deltog ikke …' / '… og forlod mødet' counted; one who is inhabil may take no part in the
    case's treatment, so the sentence alone names that decision's absentee (it stays in the text)."""
    d = _decision(tmp_path, f"Vedtaget.\n{sentence}", flat=flat)
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)"])


def test_inhabil_said_of_another_case_names_no_absentee(tmp_path):
    """A member pointing out inhabilitet in a later item is no absentee of this decision."""
    d = _decision(tmp_path, "Vedtaget.\nVera Dahl (B) gjorde opmærksom på inhabilitet i punkt 9.")
    assert d.absent == []


_ROUTE_PAGE = """Referat
Havneudvalget
Mødedato: 3. april 2025 kl. 15:00

1. Ny belysning ved lystbådehavnen
Sagsnr.: 25/1234
{route}
Sagsfremstilling
Forvaltningen foreslår nye lamper langs molen.
Beslutning
Anbefales.

2. Eventuelt
Beslutning
Intet.
"""


@pytest.mark.parametrize("route", ["Sagsgang: FU > ØU > KB", "Sagsgang\nFU > ØU > KB", "Sagsgang: FU til ØU til KB"])
@pytest.mark.parametrize("flat", [False, True])
def test_a_route_parted_by_arrows_or_til(tmp_path, route, flat):
    """' > ' made the line a site's breadcrumb (only its last step kept: the route and, on a flattened page, the
    whole page before it lost), and 'til' between two bodies parted none."""
    text = _ROUTE_PAGE.format(route=route)
    doc = parse_text(tmp_path, flattened_text(text) if flat else text)
    assert (doc.items[0].route, [d.text for d in doc.items[0].decisions]) == (["FU", "ØU", "KB"], ["Anbefales."])


def test_til_parts_only_two_bodies():
    """'til' inside a name whose halves are not both bodies stays in it."""
    assert split_route("Udvalget til Fremme af Havnen, Byrådet") == ["Udvalget til Fremme af Havnen", "Byrådet"]
