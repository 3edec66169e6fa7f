"""Headings a flattened page prints once each (flat_run_labels._paired_labels): on a page of one case the labels
repeat nowhere, so repetition (run_labels) cannot find them; two or more phrases in a run, each after a finished
sentence and before a sentence, none of them a name's start nor standing inside a sentence elsewhere, are the
case text's headings, and the item's sections are read by them (section_shapes.py flat-new-plain: item.sections
97 -> 131 of 365)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.flat_run_labels import run_labels
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare

_RUN = ("1 Referat Sundhedsudvalget Mødedato: 3. marts 2016 Mødested: Rådhuset 1. Temadrøftelse om rehabilitering "
        "Sagsnr.: 16/250467 Sagen er sat på dagsordenen efter ønske fra udvalget. Sagsoplysninger Forvaltningen "
        "indstiller, at rehabiliteringsindsatsen drøftes på mødet med henblik på de kommende års prioriteringer. "
        "Begrundelse Forvaltningen vil på mødet holde et kort oplæg om status for indsatsen samt give et bud på de "
        "kommende års udfordringer på området. Anbefaling Sagen har ingen budgetmæssige konsekvenser i 2016 og "
        "drøftelsen kan ske inden for den eksisterende ramme. Beslutning Drøftet.")
_PAGE = "Referat Sundhedsudvalget\n\nTranskript\n\n" + _RUN + "\n"


def test_the_labels_are_unknown_to_the_lexicon() -> None:
    assert not any(is_heading(w) for w in ("Sagsoplysninger", "Begrundelse", "Anbefaling"))


def test_labels_printed_once_each_are_headings() -> None:
    assert run_labels(prepare(_PAGE)) == {"Sagsoplysninger", "Begrundelse", "Anbefaling"}


def test_the_item_reads_its_sections_by_them(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE, encoding="utf-8")
    (item,) = parse_file(p).to_contract()["items"]
    assert item["sections"] == ["Sagsoplysninger", "Begrundelse", "Anbefaling", "Beslutning"]


def test_one_phrase_alone_is_none() -> None:
    """A single sentence-opening phrase before a sentence is too little: any sentence may open so."""
    run = ("1 Referat Sundhedsudvalget Mødedato: 3. marts 2016 Sagen blev drøftet grundigt på mødet i dag af alle "
           "udvalgets medlemmer. Forvaltningen Sundhed vil give et oplæg om status for indsatsen på det næste møde i "
           "april, hvor også økonomien drøftes nærmere med udvalget og direktionen i fællesskab. Beslutning Drøftet.")
    assert run_labels(prepare(run)) == frozenset()


def test_a_role_before_a_name_and_a_title_after_its_number_are_none() -> None:
    """'… godkendt. Viceborgmester Jens Hansen …' (a second capitalised word after the phrase: a name) and '… 2.
    Godkendelse af Lokalplan …' (an item's number, no finished sentence) are no headings' slots."""
    run = ("1 Referat Byrådet Mødedato: 3. marts 2016 1. Godkendelse af dagsorden Dagsordenen blev godkendt. "
           "Viceborgmester Jens Hansen deltog ikke i behandlingen af punktet på grund af inhabilitet i sagen. "
           "Kommunaldirektøren Mette Olsen orienterede om sagen og de videre skridt i forløbet med de berørte. "
           "2. Godkendelse af Lokalplan 12 for Skovvej Byrådet godkendte planen endeligt uden bemærkninger.")
    assert run_labels(prepare(run)) == frozenset()


def test_beside_a_known_heading_they_are_none() -> None:
    """A run that prints a known case-text heading ('Sagsfremstilling') has its headings: phrases beside it once each
    are its prose's sub-headings or sentences ('Motivation Vi foreslår …'), as run_headings leaves them."""
    run = _RUN.replace("Sagsoplysninger Forvaltningen", "Sagsfremstilling Forvaltningen")
    assert run_labels(prepare(run)) == frozenset()
