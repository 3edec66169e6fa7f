"""Headings a flattened page prints in capitals inside prose set in normal case (caps_labels.caps_labels): a
publisher sets its headings in capitals and its prose never, so where the line breaks are lost the case still marks
a heading, even one printed once ('… på mødet. FAGLIG VURDERING Forvaltningen …'). Acronyms, bodies' names in
capitals and a running head in capitals are none (runin_sections.py caps)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.caps_labels import caps_labels
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare

from .transcript_page import parse_text, viewer_text

_BODY = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 Sagen forelægges udvalget til drøftelse på dagens møde i "
         "forlængelse af sidste års arbejde. FLORIK Forvaltningen har sammen med KL og foreningen BRUV gennemgået "
         "de tre modeller for parkens fremtid og anbefaler den mellemste af dem. GRUNDTRÆK OG VILKÅR Planen "
         "rummer stier, en sø og et område til ophold, som borgerne har ønsket sig gennem flere år. TRIMLUND "
         "Udgiften afholdes inden for udvalgets ramme, og der søges ikke om en tillægsbevilling. Beslutning "
         "Drøftet.")
_PAGE = viewer_text("Referat Vindelbo Udvalg", _BODY)


def test_the_labels_are_unknown_to_the_lexicon() -> None:
    assert not any(is_heading(w) for w in ("FLORIK", "GRUNDTRÆK OG VILKÅR", "TRIMLUND"))


def test_capitals_in_prose_are_headings_once_each() -> None:
    assert caps_labels(prepare(_PAGE)) == {"FLORIK", "GRUNDTRÆK OG VILKÅR", "TRIMLUND"}


def test_the_item_reads_its_sections_by_them(tmp_path: Path) -> None:
    (item,) = parse_text(tmp_path, _PAGE).to_contract()["items"]
    assert item["sections"] == ["FLORIK", "GRUNDTRÆK OG VILKÅR", "TRIMLUND", "Beslutning"]


def test_initials_and_bodies_in_capitals_are_none() -> None:
    """'KL', 'BRUV' (initials: a short word in capitals) and 'VINDELBO BYRÅD' (a body's name) are no headings,
    whatever follows them."""
    body = ("1. Plan for Vindelbo Skovpark Sagen forelægges udvalget til drøftelse på dagens møde i forlængelse af "
            "sidste års arbejde og efter ønske fra flere medlemmer. Forvaltningen har talt med KL Kommunernes "
            "forening og med BRUV Borgerne i byen om planen. Den blev også drøftet af VINDELBO BYRÅD Sidste år "
            "i marts. Beslutning Drøftet.")
    assert caps_labels(prepare(viewer_text("Referat Vindelbo Udvalg", body))) == frozenset()


def test_a_running_head_in_capitals_is_none() -> None:
    """Capitals every page line opens with ('Referat 4. maj 2026 SKOVLAUGET TRINDEL Mødet …') are the page's running
    head, no heading."""
    head = "Referat 4. maj 2026 SKOVLAUGET TRINDEL Mødet holdes i parken "
    one = (head + "1. Plan for Vindelbo Skovpark Sagen forelægges udvalget til drøftelse på dagens møde i "
           "forlængelse af sidste års arbejde og efter ønske fra flere medlemmer af udvalget, som har bedt om en "
           "status på arbejdet med parken og dens stier.")
    two = (head + "Forvaltningen vil på mødet give et kort oplæg om status for arbejdet og de næste skridt i planen "
           "for parken, herunder stierne og søen. Beslutning Drøftet.")
    assert caps_labels(prepare(viewer_text("Referat Vindelbo Udvalg", one, two))) == frozenset()


def test_beside_known_headings_in_normal_case_capitals_are_none() -> None:
    """A run that prints its known headings in normal case ('Sagsfremstilling Forvaltningen …') has its headings:
    capitals beside them are its prose's sub-headings or stress, as on a lined page."""
    body = _BODY.replace("FLORIK Forvaltningen", "Sagsfremstilling Forvaltningen")
    assert caps_labels(prepare(viewer_text("Referat Vindelbo Udvalg", body))) == frozenset()


def test_two_headings_glued_are_none() -> None:
    """'FLORIKINDSTILLING': an unseen heading glued to a known one by the text's extraction, no third heading."""
    body = _BODY.replace("FLORIK Forvaltningen", "FLORIKINDSTILLING Forvaltningen")
    assert "FLORIKINDSTILLING" not in caps_labels(prepare(viewer_text("Referat Vindelbo Udvalg", body)))
