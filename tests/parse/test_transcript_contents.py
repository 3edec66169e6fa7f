"""PDF-transcript pages (title line, 'Størrelse: px', 'Transkript', each PDF page flattened onto one line
behind its page number) whose contents list lost every item number, so its titles run into each other on
one line. Synthetic pages in the shapes of the tune transcripts; no real text copied."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_PAGE = """Referat {body}

Størrelse: px
Starte visningen fra side:

Download "Referat {body}"

Transkript

1 Referat {body} Dato 12. maj 2016 Mødetidspunkt 16:00 Sted Mødelokale 3, Rådhuset

2 Indholdsfortegnelse Sag nr. Side 1. {contents}

{later}
"""


def _titles(tmp_path: Path, contents: str, later: str = "", body: str = "Teknisk Udvalg") -> list[str | None]:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(body=body, contents=contents, later=later), encoding="utf-8")
    return [it.title for it in parse_file(page).items]


def test_a_place_alone_ends_the_title_before_it(tmp_path):
    """A title that ends on a street, an address or a municipality ('… ved nedkørslen Torvegade', '… beliggende
    Møllevej 12, Ribe', '… nyt rådhus Vordingborg') is one title: a place alone is never an agenda title,
    though its capital after a lower-case word looks like a title's start."""
    contents = ("Godkendelse af dagsorden Trafiksikring ved nedkørslen Nørre Torvegade Salg af grund "
                "beliggende Møllevej 12, Ribe Udbud af totalrådgivning, nyt rådhus Vordingborg Orientering fra "
                "formanden Eventuelt")
    assert _titles(tmp_path, contents) == [
        "Godkendelse af dagsorden", "Trafiksikring ved nedkørslen Nørre Torvegade",
        "Salg af grund beliggende Møllevej 12, Ribe", "Udbud af totalrådgivning, nyt rådhus Vordingborg",
        "Orientering fra formanden", "Eventuelt"]


_BODIES = ("3 {head}Godkendelse af dagsorden Sagsnr.: 16/123 Sagsfremstilling Dagsordenen er udsendt til "
           "udvalgets medlemmer i henhold til forretningsordenen. Indstilling Forvaltningen indstiller, at "
           "dagsordenen godkendes. "
           "Beslutning i Teknisk Udvalg den 12. maj 2016 Godkendt. Fraværende: Ingen\n\n4 {head}Orientering fra "
           "formanden Sagsnr.: 16/124 Sagsfremstilling Formanden orienterer om aktuelle sager. Beslutning i Teknisk "
           "Udvalg den 12. maj 2016 Taget til efterretning.")
_LISTED = ["Godkendelse af dagsorden", "Orientering fra formanden", "Budgetopfølgning pr. 31. marts",
           "Salg af grund ved havnen", "Trafikplan for midtbyen", "Udbud af vintertjeneste", "Eventuelt"]
_PAGES = [3, 4, 5, 7, 9, 10, 12]


def _transcript(tmp_path: Path, contents: str, head: str = "") -> list[str | None]:
    """The titles read from a transcript: a cover page with the meeting's facts and members, the contents on
    page 2, then the first two items' pages (each maybe behind the running header `head`)."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Referat Teknisk Udvalg\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Referat Teknisk "
        "Udvalg\"\n\nTranskript\n\n1 Referat Teknisk Udvalg Dato 12. maj 2016 Mødetidspunkt 16:00 Sluttidspunkt "
        "18:30 Sted Mødelokale 3, Rådhuset Medlemmer Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Pedersen, Erik "
        f"Larsen, Finn Sørensen, Grete Madsen Fraværende Ingen\n\n2 {contents}\n\n{_BODIES.format(head=head)}\n",
        encoding="utf-8")
    return [it.title for it in parse_file(page).items]


def test_named_pages_part_the_titles_of_a_contents_list(tmp_path):
    """Each title followed by its page as 'Side N' ('… af dagsorden Side 3 Orientering …'): the named page
    parts two titles as a bare one does, and is no title of its own."""
    contents = "Indholdsfortegnelse " + " ".join(f"{t} Side {p}" for t, p in zip(_LISTED, _PAGES, strict=True))
    assert _transcript(tmp_path, contents) == _LISTED


def test_the_lists_heading_and_column_heads_are_no_part_of_its_first_title(tmp_path):
    """A contents line that opens on its heading or column heads ('2 Dagsorden Godkendelse af …', 'Punkt Tekst
    Side Godkendelse af …', a running header first) and lost its item numbers: the first title starts after
    them."""
    paged = " ".join(f"{t} {p}" for t, p in zip(_LISTED, _PAGES, strict=True))
    led = " ".join(f"{t}...{p}" for t, p in zip(_LISTED, _PAGES, strict=True))
    assert _transcript(tmp_path, "Dagsorden " + led) == _LISTED
    assert _transcript(tmp_path, "Punkt Tekst Side " + paged) == _LISTED
    assert _transcript(tmp_path, "Indholdsfortegnelse Sag Side " + paged) == _LISTED
    running = "Teknisk Udvalg 12. maj 2016 Side {} "
    assert _transcript(tmp_path, running.format(2) + "Dagsorden " + paged, head=running.format(3)) == _LISTED


def test_a_page_line_of_titles_is_the_contents_when_the_later_headers_print_its_first_two(tmp_path):
    """A contents page with no cue word and no numbers ('2 Åbne punkter Godkendelse af dagsorden Spørgetid
    …', or behind the page's running header), above numbered item headers with their bodies ('1. Godkendelse
    af dagsorden Sagsnr.: …', 'Punkt 2: Spørgetid Sagsnr.: …'): the headers of items 1 and 2 standing on the
    line, in order, make it the meeting's list, every title of it an item, not the two headers alone. Even
    where two titles of the line stay one (a name, then a word no title is known to open on), so that the
    line alone does not read as a list of titles."""
    titles = ["Godkendelse af dagsorden", "Spørgetid", "Borgmesteren orienterer", "Anlægsprojekter - status",
              "Orientering om renovering af den gamle legeplads ved børnehaven i den nordlige del af byen ved "
              "Solsikken", "Kulturnat i oktober med arrangementer for borgerne", "Udbud af rengøring på skolerne",
              "Forlængelse af lejeaftale for idrætshallen", "Orientering fra administrationen"]
    openings = (("Åbne punkter ", "{}. "), ("Teknisk Udvalg 12-05-2016 Side 2 ", "Punkt {}: "), ("", "{}. "))
    for opening, label in openings:
        page = tmp_path / "page.txt"
        page.write_text(
            "Dagsorden Teknisk Udvalg\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Dagsorden Teknisk "
            "Udvalg\"\n\nTranskript\n\n1 Dagsorden Teknisk Udvalg Mødedato: Torsdag den 12. maj 2016 Mødetidspunkt: "
            "kl. 16:00 Mødested: Mødelokale 3 Deltagere: Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Pedersen\n\n"
            f"2 {opening}{' '.join(titles)}\n\n3 {label.format(1)}Godkendelse af dagsorden Sagsnr.: 16-000123 Resume "
            "Godkendelse af dagsorden for mødet. Indstilling Administrationen indstiller, at dagsordenen godkendes.\n\n"
            f"4 {label.format(2)}Spørgetid Sagsnr.: 16-000124 Sagsbeskrivelse Borgerne kan stille spørgsmål til "
            "udvalget inden mødet. Indstilling Administrationen indstiller, at spørgetiden afvikles.\n",
            encoding="utf-8")
        found = [it.title for it in parse_file(page).items]
        assert found[:4] == titles[:4] and found[-3:] == titles[-3:], opening


def test_a_contents_list_goes_on_to_the_next_page_line_where_its_pages_go_on(tmp_path):
    """A contents list without numbers that fills its page and goes on on the next one ('… Ansøgning om tilskud
    til klubhus 10' / '3 Vedtagelse af lokalplan … 12 …'): the next page's line goes on with the list where its
    page column goes on from the pages above (no body begins on it)."""
    listed = [*_LISTED[:6], "Ansøgning om tilskud til renovering af klubhus", "Vedtagelse af lokalplan for boliger",
              "Klage over afslag på byggetilladelse", "Frigivelse af anlægsmidler til cykelstier", "Eventuelt"]
    pages = [3, 4, 5, 7, 9, 10, 12, 14, 15, 17, 18]
    first = " ".join(f"{t} {p}" for t, p in zip(listed[:6], pages, strict=False))
    then = " ".join(f"{t} {p}" for t, p in zip(listed[6:], pages[6:], strict=True))
    assert _transcript(tmp_path, f"Indholdsfortegnelse {first}\n\n3 {then}") == listed


def test_item_headers_below_a_contents_list_give_it_their_numbers_not_their_place(tmp_path):
    """Numbered item headers, one a page ('3 1. Godkendelse af dagsorden Sagsnr.: …'), below a contents page
    whose titles lost their numbers and open with the headers' titles in order: every listed title is an item
    (the excerpt cut off the pages of the later ones), the first ones numbered and given their bodies by the
    headers."""
    listed = ["Godkendelse af dagsorden", "Orientering fra formanden", "Budgetopfølgning pr. 31. marts",
              "Salg af grund ved havnen", "Trafikplan for midtbyen", "Udbud af vintertjeneste",
              "Klage over afslag på byggetilladelse", "Frigivelse af anlægsmidler til cykelstier"]
    bodies = "\n\n".join(
        f"{k + 3} {k + 1}. {t} Sagsnr.: 16-00012{k} Resume Sagen forelægges udvalget. Indstilling Forvaltningen "
        f"indstiller, at sagen godkendes. Beslutning i Teknisk Udvalg den 12-05-2016 Godkendt."
        for k, t in enumerate(listed[:3]))
    page = tmp_path / "page.txt"
    page.write_text(
        "Referat Teknisk Udvalg\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Referat Teknisk "
        "Udvalg\"\n\nTranskript\n\n1 Referat Teknisk Udvalg Mødedato: Torsdag den 12. maj 2016 Mødetidspunkt: kl. "
        "16:00 Mødested: Mødelokale 3 Deltagere: Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Pedersen\n\n"
        f"2 Indholdsfortegnelse {' '.join(listed)}\n\n{bodies}\n", encoding="utf-8")
    items = parse_file(page).items
    assert [(it.number, it.title) for it in items] == [
        ("1", listed[0]), ("2", listed[1]), ("3", listed[2]), *((None, t) for t in listed[3:])]
    assert items[0].decisions and items[0].decisions[0].text == "Godkendt."


def test_a_contents_list_without_pages_goes_on_to_a_next_page_line_of_titles_only(tmp_path):
    """A contents list that prints neither numbers nor pages and goes on on the next page, behind its running
    header ('3 Teknisk Udvalg 12-05-2016 Side 3 Vedtagelse af …'): a next page line that prints titles and
    nothing else (no label, no body, no numbered header) goes on with the list."""
    listed = [*_LISTED[:6], "Ansøgning om tilskud til renovering af klubhus", "Vedtagelse af lokalplan for boliger",
              "Klage over afslag på byggetilladelse", "Frigivelse af anlægsmidler til cykelstier",
              "Orientering om vejarbejder i sommerperioden"]
    running = "Teknisk Udvalg 12-05-2016 Side {} "
    contents = f"{running.format(2)}Indholdsfortegnelse {' '.join(listed[:6])}\n\n3 {running.format(3)}" \
        + " ".join(listed[6:])
    assert _transcript(tmp_path, contents, head=running.format(4)) == listed


def test_a_closed_marker_with_its_colon_opens_the_title_it_closes(tmp_path):
    """'… pr. 31. marts Lukket punkt: Salg af grund …', '… LUKKET SAG: Salg af grund …' in a contents list
    without numbers: the marker and its colon open the closed title (not the end of the title before, nor an
    entry of its own), under a heading the list names itself by ('Punkter til behandling')."""
    for marker in ("Lukket punkt: ", "LUKKET SAG: "):
        contents = "Punkter til behandling " + " ".join(
            (marker + t if t.startswith("Salg") else t) for t in _LISTED)
        _transcript(tmp_path, contents)
        found = [(it.title, it.public) for it in parse_file(tmp_path / "page.txt").items]
        assert found == [(t, not t.startswith("Salg")) for t in _LISTED], marker


def test_a_title_a_later_header_prints_whole_stays_whole_in_the_contents(tmp_path):
    """'… TU - Orientering Januar TU - Budgetopfølgning …' in a contents list without numbers, and item 2's
    header later, behind its page's running header: '2. TU - Orientering Januar Sagsnr.: …'. The header
    prints the whole title, so the run holds it whole ('Januar' is no title of its own)."""
    listed = ["TU - Godkendelse af dagsorden", "TU - Orientering Januar", "TU - Budgetopfølgning pr. 31. marts",
              "TU - Salg af grund ved havnen", "TU - Trafikplan for midtbyen", "TU - Udbud af vintertjeneste"]
    page = tmp_path / "page.txt"
    page.write_text(
        "Referat Teknisk Udvalg\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"Referat Teknisk "
        "Udvalg\"\n\nTranskript\n\n1 Referat Teknisk Udvalg torsdag den 12. maj 2016 Kl. 16:00 i Mødelokale 3\n\n"
        f"2 Indholdsfortegnelse 1. {' '.join(listed)}\n\n3 Nordby Kommune Teknisk Udvalg Side 1 1. {listed[0]} "
        "Sagsnr.: 16/100 Resumé: Dagsordenen godkendes. Beslutning Teknisk Udvalg den 12. maj 2016: Godkendt.\n\n"
        f"4 Nordby Kommune Teknisk Udvalg Side 2 2. {listed[1]} Sagsnr.: 16/101 Resumé: Orientering om sager i "
        "januar. Beslutning Teknisk Udvalg den 12. maj 2016: Taget til efterretning.\n", encoding="utf-8")
    assert [it.title for it in parse_file(page).items] == listed


def test_a_committee_tag_of_several_words_ends_its_title(tmp_path):
    """'Budgetstatus 30. april Udvalget for Miljø og Teknik Budgetforslag Udvalget for Miljø og Teknik …': a
    committee's name of several words, begun after a lower-case word or a number, ends the title it tags, so
    the capitalised word after it starts the next title (after a name of one word it may go on the name)."""
    listed = ["Godkendelse af dagsorden", "Budgetstatus 30. april Udvalget for Miljø og Teknik",
              "Budgetforslag Udvalget for Miljø og Teknik", "Budgetønske om drift af genbrugspladsen",
              "Salg af grund ved havnen", "Trafikplan for midtbyen", "Udbud af vintertjeneste"]
    assert _titles(tmp_path, " ".join(listed)) == listed


def test_a_streets_word_alone_is_no_title_where_the_numbers_ask_for_more_titles(tmp_path):
    """A list whose numbers skip more items than its text shows titles for ('2. … 6. …' around three
    titles): the weak cut before 'Strandvej' in '… ved Sønderby Strandvej …' is not taken to make up the
    count; a street's word ends the street's name."""
    contents = ("Godkendelse af dagsorden 2. Orientering fra formanden Kystsikring ved Sønderby Strandvej Salg af "
                "grund ved havnen 6. Trafikplan for midtbyen 7. Eventuelt")
    assert _titles(tmp_path, contents) == [
        "Godkendelse af dagsorden", "Orientering fra formanden", "Kystsikring ved Sønderby Strandvej",
        "Salg af grund ved havnen", "Trafikplan for midtbyen", "Eventuelt"]


def _entries(tmp_path: Path, contents: str) -> list[tuple[str | None, bool]]:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(body="Teknisk Udvalg", contents=contents, later=""), encoding="utf-8")
    return [(it.title, it.public) for it in parse_file(page).items]


def test_a_status_column_after_each_title_closes_the_title_before_it(tmp_path):
    """'… Salg af grund Lukket Orientering …': the list prints each title's status after it (its first title
    has none before it), so 'Lukket' closes the title it follows, not the next."""
    contents = ("Godkendelse af dagsorden Åben Budgetopfølgning 2016 Åben Salg af grund Lukket "
                "Orientering fra formanden Åben Eventuelt Åben")
    assert _entries(tmp_path, contents) == [
        ("Godkendelse af dagsorden", True), ("Budgetopfølgning 2016", True), ("Salg af grund", False),
        ("Orientering fra formanden", True), ("Eventuelt", True)]


def test_a_status_column_before_each_title_closes_the_title_after_it(tmp_path):
    """'Åben Godkendelse … Lukket Salg af grund …': where the run opens with a status, each stands before its title."""
    contents = ("Åben Godkendelse af dagsorden Åben Budgetopfølgning 2016 Lukket Salg af grund "
                "Åben Orientering fra formanden Åben Eventuelt")
    assert _entries(tmp_path, contents) == [
        ("Godkendelse af dagsorden", True), ("Budgetopfølgning 2016", True), ("Salg af grund", False),
        ("Orientering fra formanden", True), ("Eventuelt", True)]


@pytest.mark.parametrize("header", [
    "Referat Teknik- og Miljøudvalget Torsdag den 20. juni 2013 Kl. 10:30 Rådhuset Medlemmer "
    "Jesper Mathiesen (A) Ole Bollesen (A) Fraværende",
    "Teknik- og Miljøudvalget Åben dagsorden Mødested Mødelokale 2, Rådhuset Dato Torsdag 20. juni 2013 "
    "Start kl. 16:00",
    "Referat Teknik- og Miljøudvalget 20. juni 2013 Mødet afholdes i Mødecenter, lokale C kl. 16.00 Deltagere: "
    "Anne Hansen (A), Bo Jensen (V)",
])
def test_a_flattened_meeting_header_is_not_a_run_of_titles(tmp_path, header):
    """The first page line of a transcript prints the meeting's header flattened ('Referat Teknik- og
    Miljøudvalget Torsdag den 20. juni 2013 Kl. 10:30 Rådhuset Medlemmer …'). Its pieces split like
    titles, but a date with its clock time behind it, or two labelled meeting facts ('Mødested … Dato …'),
    are the meeting's, so the line is no contents list:
    the two items on the next page are the meeting's items and the header names its body."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
        f"1 {header}\n\n"
        "2 1. Godkendelse af dagsorden Beslutning Godkendt. 2. Budget Beslutning Godkendt.\n", encoding="utf-8")
    doc = parse_file(page)
    assert [(it.number, it.title) for it in doc.items] == [("1", "Godkendelse af dagsorden"), ("2", "Budget")]
    assert doc.meeting.committee == "Teknik- og Miljøudvalget"
    assert [d.text for it in doc.items for d in it.decisions] == ["Godkendt.", "Godkendt."]


@pytest.mark.parametrize(("where", "k", "layout"), [(2, 2, "pages"), (2, 3, "one line"), (3, 3, "pages"),
                                                    (4, 4, "one line"), (4, 4, "pages")])
def test_a_bilag_list_inside_a_flattened_item_takes_no_headers_place(tmp_path, where, k, layout):
    """A transcript's item prints its bilag numbered from 1 inside its body ('2. Budgetopfølgning 2024 Sagsnr.: …
    Bilag 1. Kortbilag 2. Høringssvar … Beslutning …'): the list's number 2 is no header, though its body's
    cue follows it; the header with that number, and its title, stay the item's."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund",
              "Eventuelt"]
    bilag = "Bilag " + " ".join(f"{n}. {t}" for n, t in enumerate(
        ["Kortbilag", "Høringssvar fra borgerne", "Notat om økonomi", "Tidsplan"][:k], 1))
    parts = [f"{n}. {t} Sagsnr.: 24/10{n} " + (bilag + " " if n == where else "") + "Beslutning Godkendt."
             for n, t in enumerate(titles, 1)]
    pages = "\n\n".join(f"{n} {p}" for n, p in enumerate(parts, 2)) if layout == "pages" else "2 " + " ".join(parts)
    page = tmp_path / "page.txt"
    page.write_text("Referat Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
                    f"1 Referat Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n{pages}\n",
                    encoding="utf-8")
    assert [(it.number, it.title) for it in parse_file(page).items] == [(str(n), t) for n, t in enumerate(titles, 1)]


def test_item_headers_whose_bodies_print_their_labels_in_capitals(tmp_path):
    """A transcript's item pages with no contents list, each body's labels in capitals ('41. Budgetopfølgning
    2024 SAGSNR.: 24/1042 SAGSFREMSTILLING … BESLUTNING Godkendt.'): the capitals mark where the body begins as
    the labels as printed do, so each header is an item with its title and decision."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej"]
    pages = "\n\n".join(f"{p} {n}. {t} SAGSNR.: 24/10{n} SAGSFREMSTILLING Forvaltningen har lavet et forslag. "
                        f"INDSTILLING Direktionen indstiller, at forslaget godkendes. BESLUTNING Godkendt."
                        for p, (n, t) in enumerate(enumerate(titles, 41), 2))
    page = tmp_path / "page.txt"
    page.write_text("Referat Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
                    f"1 Referat Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n{pages}\n",
                    encoding="utf-8")
    items = parse_file(page).items
    assert [(it.number, it.title, [d.text for d in it.decisions]) for it in items] == [
        (str(n), t, ["Godkendt."]) for n, t in enumerate(titles, 41)]


_SHORT_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund"]


@pytest.mark.parametrize(("contents", "header"), [
    ("Indholdsfortegnelse " + " ".join(f"Sag nr. {n}: {t}" for n, t in enumerate(_SHORT_TITLES, 1)), "Punkt {n}: {t}"),
    ("Indholdsfortegnelse Pkt. Tekst Side " + " ".join(f"{n}. {t} {n + 2}" for n, t in enumerate(_SHORT_TITLES, 1)),
     "Punkt {n}: {t}"),
    ("Indholdsfortegnelse " + " ".join(f"{n} - {t} - side {n + 2}" for n, t in enumerate(_SHORT_TITLES, 1)),
     "{n}. {t}"),
])
def test_short_item_pages_keep_their_own_numbers_and_titles(tmp_path, contents, header):
    """Each item on a short page of its own ('3 Punkt 1: Godkendelse af dagsorden Sagsnr.: …'): the page's number
    is no item's, the item's own number after it is (half of the page lines opening with an item's number tell
    the pages' numbers), and a contents entry's '- side 3' is its page, not its title's."""
    pages = [f"{p} " + header.format(n=n, t=t) + f" Sagsnr.: 24/10{n} Beslutning Godkendt."
             for p, (n, t) in enumerate(enumerate(_SHORT_TITLES, 1), 3)]
    page = tmp_path / "page.txt"
    page.write_text("Referat Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
                    "1 Referat Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n"
                    f"2 {contents}\n\n" + "\n\n".join(pages) + "\n", encoding="utf-8")
    assert [(it.number, it.title, [d.text for d in it.decisions]) for it in parse_file(page).items] == [
        (str(n), t, ["Godkendt."]) for n, t in enumerate(_SHORT_TITLES, 1)]


def test_the_pages_numbers_of_short_item_pages_below_a_contents_list_number_no_items(tmp_path):
    """A contents list, then every item on a short page of its own ('3 1. Godkendelse af dagsorden Sagsnr.: …',
    '4 2. Budget 2025-2028 …'): the numbers that open the page lines are the pages', so the headers' own numbers
    give the items, each with its decision, and no page line becomes an item."""
    titles = ["Godkendelse af dagsorden", "Budget 2025-2028", "Budgetopfølgning", "Lokalplan 12",
              "Nye boliger ved Skovvej", "Eventuelt"]
    pages = "\n\n".join(f"{p} {n}. {t} Sagsnr.: 24/10{n} Beslutning Godkendt."
                        for p, (n, t) in enumerate(enumerate(titles, 1), 3))
    page = tmp_path / "page.txt"
    page.write_text("Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n1 Referat Økonomiudvalget "
                    "Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n2 Indholdsfortegnelse "
                    + " ".join(f"{n}. {t}" for n, t in enumerate(titles, 1)) + f"\n\n{pages}\n", encoding="utf-8")
    assert [(it.number, it.title, [d.text for d in it.decisions]) for it in parse_file(page).items] == [
        (str(n), t, ["Godkendt."]) for n, t in enumerate(titles, 1)]


@pytest.mark.parametrize("reference", ["som vist i figur 1.", "i tabel 4.", "jf. kapitel 2.", "i fase 3."])
def test_a_sentences_number_before_a_decisions_heading_is_no_item(tmp_path, reference):
    """A flattened body's last sentence may end in a number ('… som vist i figur 1. Beslutning Godkendt.'): a
    section's heading right behind it is the body's, so the number is the sentence's reference, no item's."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej"]
    pages = "\n\n".join(f"{p} {n}. {t} Sagsnr.: 24/10{n} Sagsfremstilling Forvaltningen har udarbejdet et forslag "
                        f"{reference} Beslutning Godkendt." for p, (n, t) in enumerate(enumerate(titles, 1), 2))
    page = tmp_path / "page.txt"
    page.write_text("Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n1 Referat Økonomiudvalget "
                    f"Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n{pages}\n", encoding="utf-8")
    assert [(it.number, it.title, [d.text for d in it.decisions]) for it in parse_file(page).items] == [
        (str(n), t, ["Godkendt."]) for n, t in enumerate(titles, 1)]


def test_a_sentences_number_equal_to_the_next_items_is_no_header(tmp_path):
    """Item 1's body ends a sentence in the next item's number ('… som vist i figur 2. Forslaget er drøftet …
    Godkendt. 2. Budgetopfølgning 2024 Sagsnr.: …'), both on one flattened line: the header is the number after a
    sentence's end, not the one after a sentence's word."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej"]
    items = " ".join(f"{n}. {t} Sagsnr.: 24/10{n} Sagsfremstilling Forvaltningen har udarbejdet et forslag som "
                     "vist i figur 2. Forslaget er drøftet med parterne. Beslutning Godkendt."
                     for n, t in enumerate(titles, 1))
    page = tmp_path / "page.txt"
    page.write_text("Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n1 Referat Økonomiudvalget "
                    f"Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n2 {items}\n", encoding="utf-8")
    assert [(it.number, it.title) for it in parse_file(page).items] == [(str(n), t) for n, t in enumerate(titles, 1)]
