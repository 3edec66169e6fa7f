"""Section headings the lexicon does not hold, run into a transcript's page lines where no finished sentence stands
before them ('… Sagsgang Teknisk Udvalg, Byrådet Sagsoplysninger Kommunen har …'): each item prints the same phrase
before capitalised text, once, on the same side of its known headings, so it is the publisher's heading
(parse/run_in_repeats.py). A name or a body's name that recurs the same way goes on into the same word each time and
stays text. Invented pages (benchmarks/parse_accuracy/transcript_lined.py 'words-new' measures the real ones)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.headings import is_heading

from .transcript_page import parse_items_on_pages

CASES = [("Ny cykelsti langs Åvej", "Kommunen har modtaget en ansøgning om en cykelsti langs åen.", "Godkendt."),
         ("Vedligehold af veje 2024", "Planen beskriver årets arbejde på de kommunale veje.", "Anbefales."),
         ("Parkering ved rådhuset", "Der er kommet ønsker om flere pladser ved rådhuset.", "Udsat.")]


def _page(tmp_path: Path, item: str, extra: tuple[str, ...] = ("", "", "")):
    """The three CASES as a transcript, each item written by `item` ({n}, {title}, {text}, {outcome} and the item's
    own word from `extra` as {extra})."""
    items = [item.format(n=n, title=title, text=text, outcome=outcome, extra=x)
             for n, ((title, text, outcome), x) in enumerate(zip(CASES, extra, strict=True), 1)]
    return parse_items_on_pages(tmp_path, items)


def test_the_probe_words_are_unknown() -> None:
    assert not any(is_heading(w) for w in ("Sagsoplysninger", "Forhistorie", "Teknisk"))


def test_a_heading_run_in_after_a_route_in_every_item(tmp_path: Path) -> None:
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsgang Teknisk Udvalg, Byrådet Sagsoplysninger "
                          "{text} Indstilling Forvaltningen indstiller, at sagen godkendes. Beslutning i Teknisk "
                          "Udvalg den 12. marts 2024 {outcome}")
    items = doc.to_contract()["items"]
    assert [it["sections"] for it in items] == [["Sagsgang", "Sagsoplysninger", "Indstilling", "Beslutning"]] * 3
    assert [it["decisions"][0]["text"] for it in items] == ["Godkendt.", "Anbefales.", "Udsat."]


def test_an_empty_heading_stacked_before_one(tmp_path: Path) -> None:
    """'… Byrådet Forhistorie Sagsoplysninger Kommunen har …': a heading left empty right before the next, the same
    word after it in every item, is a heading still (a name goes on into its surname the same way, but no heading)."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsgang Teknisk Udvalg, Byrådet Forhistorie "
                          "Sagsoplysninger {text} Beslutning i Teknisk Udvalg den 12. marts 2024 {outcome}")
    assert [it["sections"] for it in doc.to_contract()["items"]] == [
        ["Sagsgang", "Forhistorie", "Sagsoplysninger", "Beslutning"]] * 3


def test_a_body_named_in_every_item_stays_text(tmp_path: Path) -> None:
    """'Teknisk Forvaltning indstiller …' in every item, 'Forvaltning' after 'Teknisk' each time: a name, no heading;
    nor a person named after a title ('Vejchef Hanne Berg')."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsoplysninger {text} Vejchef Hanne Berg deltager. "
                          "Indstilling Teknisk Forvaltning indstiller, at sagen godkendes. Beslutning i Teknisk "
                          "Udvalg den 12. marts 2024 {outcome}")
    assert [it["sections"] for it in doc.to_contract()["items"]] == [
        ["Sagsoplysninger", "Indstilling", "Beslutning"]] * 3


def test_a_surname_before_a_known_heading_stays_text(tmp_path: Path) -> None:
    """'… Sagsbehandler: Karen Lund Holmgaard Sagsfremstilling …' in every item: the same capitalised word before the
    phrase each time, a name's last part before a heading cut already, no heading of its own."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsbehandler: Karen Lund Holmgaard Sagsfremstilling "
                          "{text} Beslutning i Teknisk Udvalg den 12. marts 2024 {outcome}")
    assert [it["sections"] for it in doc.to_contract()["items"]] == [["Sagsfremstilling", "Beslutning"]] * 3



def test_a_lexicon_heading_going_on_in_small_words_stays_text(tmp_path: Path) -> None:
    """'… Sagens forløb 10-01-2024 Teknisk Udvalg 2024 Beslutning ikke frigivet Teknisk Udvalgs beslutning …' in every
    item: the lexicon's 'Beslutning' with its text run in, a row of the case's history, no heading of the page's own."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsoplysninger {text} Sagens forløb 10-01-2024 "
                          "Teknisk Udvalg 2024 Beslutning ikke frigivet Teknisk Udvalgs beslutning den 12.03.2024 "
                          "{outcome}")
    assert [it["sections"] for it in doc.to_contract()["items"]] == [
        ["Sagsoplysninger", "Sagens forløb", "Beslutning"]] * 3


def test_a_place_named_in_prose_elsewhere_stays_text(tmp_path: Path) -> None:
    """'… gennemført. Karlslunde Strand …' after a finished sentence in every item, and 'i Karlslunde' in the text: a
    place's name, which Danish capitalises inside a sentence, no heading."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsoplysninger {text} Arbejdet er gennemført. "
                          "Karlslunde Strand{n} får nye stier i Karlslunde. Beslutning i Teknisk Udvalg den 12. marts "
                          "2024 {outcome}")
    assert [it["sections"] for it in doc.to_contract()["items"]] == [["Sagsoplysninger", "Beslutning"]] * 3


NAMES = ("Trygge Veje", "Grønne Stier", "Sikre Skoleveje")


def test_a_name_going_on_in_capitals_stays_text(tmp_path: Path) -> None:
    """'… anvende tilbuddet Projekt Trygge Veje …' in every item, another project each time: the phrase goes on in
    capitals each time (a name, a row of a table's headers), where a heading's text goes on in small letters."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsoplysninger {text} Kommunen vil anvende "
                          "tilbuddet Projekt {extra} fremover. Beslutning i Teknisk Udvalg den 12. marts 2024 "
                          "{outcome}", NAMES)
    assert [it["sections"] for it in doc.to_contract()["items"]] == [["Sagsoplysninger", "Beslutning"]] * 3


PLACES = ("Center for unge", "Hus for børn", "Værksted for alle")


def test_a_name_after_the_copula_stays_text(tmp_path: Path) -> None:
    """'… Stedet er Pædagogisk Center for unge …' in every item, another place each time: a phrase after 'er' stands
    inside a sentence (no sentence ends on the copula), a name, no heading."""
    doc = _page(tmp_path, "Punkt {n} {title} Sagsnr.: 24/110{n} Sagsoplysninger {text} Stedet er Pædagogisk {extra} i "
                          "kommunen. Beslutning i Teknisk Udvalg den 12. marts 2024 {outcome}", PLACES)
    assert [it["sections"] for it in doc.to_contract()["items"]] == [["Sagsoplysninger", "Beslutning"]] * 3
