"""A title printed twice, once in the contents list and once more over its body or further down the same list
(issue 11, strand echoes): where one copy ends and the other runs on, the copy that ends shows where the title
ends. inline_titles._ends_before_listed: the body's header prints the listed title's first words only, its body right
behind them, so the list's run-on words are the next entry, whose number was lost; inline_titles._bare_header_title: a
header found again without its number prints a word or two more (a year) right before its body, which the list lost.
item_list._without_twin_tails: an
entry that prints another entry's whole title and a word or two more carries the group heading after it. Invented
pages in the shape of the tune transcripts."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.inline_titles import run_on_entry

from .transcript_page import ITEM_BODY, parse_text, parse_transcript, viewer_text

_LIST = ("2 Referat Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Overførsel af driftsmidler fra Lindby "
         "Kommunes regnskab Ansøgning til Kulturpuljen - Havnefest 8 4 Anlægsprojekter afsluttet over 3 mio. kr "
         "Frigivelse af anlægsmidler til nyt tag på Bredvig Hallen 11 6 Frigivelse af midler til vandløbspleje 12 7 "
         "Tilskud i 2016 til Musikhuset i Kildeby 14")
_HEAD = "1 Referat Mødedato: 12. maj 2016 Mødelokale: Byrådssalen, Rådhuset Starttidspunkt for møde: 17:00"


def _titles(doc) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in doc.items]


def test_the_body_copy_ends_a_title_the_list_ran_on(tmp_path: Path) -> None:
    for stray in ("", "S "):  # (a capital alone between the header and its body: a margin mark)
        doc = parse_transcript(tmp_path, _HEAD, _LIST,
                               f"3 Referat 1. Overførsel af driftsmidler fra {stray}" + ITEM_BODY.format(n=101))
        assert _titles(doc)[:3] == [("1", "Overførsel af driftsmidler fra"), (None, "Lindby Kommunes regnskab"),
                                    (None, "Ansøgning til Kulturpuljen - Havnefest")]
        assert [s.heading for s in doc.items[0].sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]


def test_a_run_on_entry_needs_a_title_of_its_own() -> None:
    assert run_on_entry("Salg af grund i Østermark", "Salg af grund") is None  # small words go on with the title
    assert run_on_entry("Vejplan for Kildeby Nyt tag", "Vejplan for") is None  # fewer than three words agree
    assert run_on_entry("Vejplan for Kildeby Byggeri", "Vejplan for Kildeby") is None  # one word is no title
    assert run_on_entry("Vejplan for Kildeby Nyt tag", "Vejplan for Kildeby") == "Nyt tag"


def test_a_twin_entry_leaves_the_group_heading_after_it(tmp_path: Path) -> None:
    text = viewer_text(
        "Lindby Kommune Dagsorden",
        "Lindby Kommune Dagsorden til møde i Teknisk Udvalg Dagsorden åben Mødedato 12. maj 2016 Mødelokale "
        "Mødelokale 2 Side 1 af 9",
        "Indholdsfortegnelse Teknisk Udvalg den 12. maj 2016 Åben dagsorden 1 Vejplan for Kildeby. Endelig vedtagelse "
        "2 Nyt tag på Bredvig Hallen 3 Tilskud til Musikhuset i Kildeby 4 Meddelelser fra formanden og spørgsmål fra "
        "medlemmerne Lukket dagsorden 5 Salg af grund i Østermark 6 Meddelelser fra formanden og spørgsmål fra "
        "medlemmerne Personsager 7 Personalesag Side 2 af 9",
        "1 Åbent Vejplan for Kildeby. Endelig vedtagelse Resumé Forvaltningen har udarbejdet et forslag til vejplan "
        "for Kildeby, som nu kan vedtages endeligt. Sagen blev behandlet på udvalgets møde i marts.")
    doc = parse_text(tmp_path, text)
    assert _titles(doc)[3:] == [("4", "Meddelelser fra formanden og spørgsmål fra medlemmerne"),
                                ("5", "Salg af grund i Østermark"),
                                ("6", "Meddelelser fra formanden og spørgsmål fra medlemmerne"),
                                ("7", "Personalesag")]


def _yearly(tmp_path: Path, tail: str):
    return parse_transcript(
        tmp_path,
        "1 Referat - Åben dagsorden Teknisk Udvalg Lindby Kommune Side 1. Mødedato: 12. maj 2016 Mødet påbegyndt: kl. "
        "08:00 Mødested: Mødelokale 2 Følgende sager behandles: Pkt. Tekst 1 Forbrug og prognose for vejdriften 2 Nyt "
        "tag på Bredvig Hallen 3 3 Tilskud til Musikhuset i Kildeby 5 4 Salg af grund i Østermark 7",
        f"2 Side Ø Forbrug og prognose for vejdriften {tail}Sagsfremstilling Forvaltningen orienterer om forbruget på "
        "vejdriften. Indstilling Forvaltningen indstiller, at orienteringen tages til efterretning. "
        "Beslutning Godkendt.",
        "3 Side Ø Nyt tag på Bredvig Hallen Sagsfremstilling Taget på hallen er utæt. Beslutning Godkendt.")


def test_the_body_copy_keeps_the_year_the_list_lost(tmp_path: Path) -> None:
    for tail in ("2016", "2016-2019"):
        doc = _yearly(tmp_path, tail + " ")
        assert _titles(doc)[:2] == [("1", f"Forbrug og prognose for vejdriften {tail}"),
                                    ("2", "Nyt tag på Bredvig Hallen")]
    for tail in ("3 ", "Lukket "):  # a page's number, a status: no title's words
        assert _titles(_yearly(tmp_path, tail))[0] == ("1", "Forbrug og prognose for vejdriften")


def test_a_short_shared_title_keeps_its_tags(tmp_path: Path) -> None:
    text = viewer_text(
        "Lindby Kommune Dagsorden",
        "Lindby Kommune Dagsorden til møde i Teknisk Udvalg Dagsorden åben Mødedato 12. maj 2016 Mødelokale "
        "Mødelokale 2 Side 1 af 9",
        "Indholdsfortegnelse Teknisk Udvalg den 12. maj 2016 Åben dagsorden 1 Vejplan for Kildeby. Endelig vedtagelse "
        "2 Nyt tag på Bredvig Hallen 3 Budgetopfølgning 2 (2016) 4 Budgetopfølgning 2 (2016) Bevillingssag "
        "5 Salg af grund i Østermark Side 2 af 9",
        "1 Åbent Vejplan for Kildeby. Endelig vedtagelse Resumé Forvaltningen har udarbejdet et forslag til vejplan "
        "for Kildeby, som nu kan vedtages endeligt. Sagen blev behandlet på udvalgets møde i marts.")
    assert ("4", "Budgetopfølgning 2 (2016) Bevillingssag") in _titles(parse_text(tmp_path, text))


def test_cells_every_row_opens_with_are_no_twin(tmp_path: Path) -> None:
    # each row prints its status, date and body before its title; one row lost its title: the words every row opens
    # with are cells, not a standing item printed twice, so the other rows keep the titles behind them
    cells = "Åben 12.05.2016 Teknik- og Miljøudvalget"
    text = viewer_text(
        "Lindby Kommune Dagsorden",
        "Lindby Kommune Dagsorden til møde i Teknik- og Miljøudvalget Mødedato 12. maj 2016 Mødelokale 2 Side 1 af 9",
        f"Indholdsfortegnelse 1 {cells} Vejplan for Kildeby 2 {cells} Busruter 3 {cells} 4 {cells} Nyt tag "
        f"5 {cells} Salg af grund i Østermark Side 2 af 9")
    titles = dict(_titles(parse_text(tmp_path, text)))
    assert titles["2"].endswith("Busruter") and titles["4"].endswith("Nyt tag")
