"""Item bodies that text extraction flattened onto a PDF page's one line (docplayer-like transcripts:
'Transkript', then each page behind its page number), read for their decisions and sections
(parse/inline_body.py). Synthetic pages in the shapes the tune transcripts and
benchmarks/parse_accuracy/transcribed.py show; no real text copied."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.inline_body import find_inline_bodies
from sagsgang.parse.lines import Line

_DOWNLOAD = """{title}

Størrelse: px
Starte visningen fra side:

Download "{title}"

Transkript

"""


def _parse(tmp_path: Path, pages: list[str], title: str = "Teknisk Udvalg. Referat"):
    page = tmp_path / "page.txt"
    body = "\n\n".join(f"{n} {text}" for n, text in enumerate(pages, start=1))
    page.write_text(_DOWNLOAD.format(title=title) + body + "\n", encoding="utf-8")
    return parse_file(page)


def _decisions(item) -> list[tuple[str | None, str | None, str, list[str]]]:
    return [(d.committee, d.date, d.text, list(d.absent)) for d in item.decisions]


def _sections(item) -> list[str]:
    return [s.heading for s in item.sections]


_COVER = ("Teknisk Udvalg Referat Dato 3. marts 2021 Mødetidspunkt 16:00 Sted Rådhuset, lokale 2 Medlemmer "
          "Anna Berg, Carl Dahl, Eva Friis Fraværende Ingen")
_CONTENTS = ("Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering om vejarbejder Trafikplan "
             "for midtbyen Ansøgning om tilskud til cykelsti Budgetopfølgning for vejområdet Salg af areal - LUKKET "
             "SAG Eventuelt...9 Bilagsoversigt...10 Underskriftsside...11")
_FIRST = ("Godkendelse af dagsorden Sagsnr.: 21/ Sagen afgøres i: Teknisk Udvalg Sagsfremstilling Dagsordenen er "
          "udsendt til medlemmerne. Indstilling Forvaltningen indstiller, at dagsordenen godkendes. "
          "Beslutning i Teknisk Udvalg den Indstillingen tiltrådt. 2")
_SECOND = ("Orientering om vejarbejder Sagsnr.: 21/ Sagen afgøres i: Teknisk Udvalg Sagsfremstilling Formanden "
           "orienterer om vejarbejderne på Storegade.")


@pytest.mark.parametrize("head", [
    "Nordby Kommune Dato Side Teknisk Udvalg ",  # the running header, its date and page lost
    "Teknisk Udvalg ",
    "Side Ø ",  # the header's page and item number printed as images, a letter left
    "NORDBY KOMMUNE - TEKNISK UDVALG ",
    "",
])
def test_a_listed_item_whose_page_lost_its_number_gets_its_body(tmp_path, head):
    """The contents print '1. Godkendelse af dagsorden'; its page prints the title without the number, after
    the page's running header, with its body behind it: that body is item 1's (decision, sections), and the
    next page's running header is no part of its decision."""
    doc = _parse(tmp_path, [_COVER, _CONTENTS, head + _FIRST, head + _SECOND])
    first, second = doc.items[0], doc.items[1]
    assert (first.number, first.title) == ("1", "Godkendelse af dagsorden")
    assert _decisions(first) == [("Teknisk Udvalg", "2021-03-03", "Indstillingen tiltrådt.", [])]
    assert _sections(first) == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert second.title == "Orientering om vejarbejder"
    assert "Sagsfremstilling" in _sections(second) and second.decisions == []


@pytest.mark.parametrize("label", ["2. ", "Punkt 2: ", "Pkt. 2: ", "Punkt 2. "])
def test_a_body_number_the_list_misread_still_ends_the_decision_before_it(label):
    """A contents list that lost its numbers may read a title's page as its number ('Godkendelse af dagsorden
    3 Ejendomsstrategi 4': item 2 listed as 3); the page prints '2. Ejendomsstrategi …' after item 1's decision:
    item 2's header starts at that number, which is no part of item 1's decision."""
    text = ("1. Godkendelse af dagsorden Sagsnr.: 21-004454 Resume Dagsordenen for mødet. Beslutning Godkendt. "
            + label + "Ejendomsstrategi for kommunens bygninger Sagsnr.: 23-009933 Resume Strategien skal "
            "revideres.")
    found = find_inline_bodies([Line(text, 0)], 0, [("1", "Godkendelse af dagsorden"),
                                                    ("3", "Ejendomsstrategi for kommunens bygninger")])
    assert [ln.text for ln in found[0].lines][-2:] == ["Beslutning", "Godkendt."]
    assert [ln.text for ln in found[1].lines][:2] == ["Sagsnr.: 23-009933", "Resume"]


@pytest.mark.parametrize("status", ["Åbent ", "Åben sag ", "Åbent punkt "])
def test_an_open_status_between_number_and_title_heads_the_body(tmp_path, status):
    """'1 Åbent Lokalplan 12 … Resumé …': the item's status printed between its number and its title, also
    where the item starts after the previous one's decision on the same page."""
    contents = ("Indholdsfortegnelse Teknisk Udvalg den 3. marts 2021 Åben dagsorden 1 Lokalplan 12 for et "
                "boligområde ved Skovvej. Forslag 2 Trafikplan for midtbyen. Endelig vedtagelse 3 Ansøgning om "
                "tilskud til cykelsti 4 Budgetopfølgning for vejområdet 5 Meddelelser fra formanden Lukket "
                "dagsorden 6 Salg af areal Side 2 af 12")
    pages = ["Nordby Kommune Dagsorden til møde i Teknisk Udvalg Mødedato 3. marts 2021 Side 1 af 12", contents,
             f"1 {status}Lokalplan 12 for et boligområde ved Skovvej. Forslag Resumé Der er udarbejdet et forslag "
             "til lokalplan. Indstilling Forvaltningen indstiller, at forslaget sendes i høring. Beslutning "
             f"Teknisk Udvalg den 3. marts 2021 Anbefales med bemærkninger 2 {status}Trafikplan for midtbyen. "
             "Endelig vedtagelse Resumé Planen har været i høring."]
    first, second = _parse(tmp_path, pages, "Dagsorden Teknisk Udvalg").items[:2]
    assert _sections(first) == ["Resumé", "Indstilling", "Beslutning"]
    assert _decisions(first) == [("Teknisk Udvalg", "2021-03-03", "Anbefales med bemærkninger", [])]
    assert _sections(second) == ["Resumé"]


@pytest.mark.parametrize("cut", ["fra N ", "fra ", "fra Nordby "])
def test_a_title_printed_shorter_at_its_body_keeps_the_first_heading(tmp_path, cut):
    """The list prints 'Overførsel af driftsbevillinger fra Nordby Kommunes regnskab 2020', its page only
    'Overførsel af driftsbevillinger fra N Sagsfremstilling …' (the rest lost): the body starts at its first
    heading, not the title's length further on inside it. The next page's running header ('Referat') is no part
    of the decision."""
    contents = ("Referat Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Overførsel af "
                "driftsbevillinger fra Nordby Kommunes regnskab 2020 3 2 Ansøgning til Turismepuljen - Havnefest 5 "
                "3 Anlægsprojekter afsluttet i året 7 4 Frigivelse af anlægsmidler til renovering af hal 9 "
                "Lukkede dagsordenspunkter 5 Salg af areal 11")
    pages = ["Referat Referat Mødedato: 3. marts 2021 Mødelokale: Byrådssalen, Rådhuset Starttidspunkt for møde: "
             "16:00", contents,
             f"Referat 1. Overførsel af driftsbevillinger {cut}Sagsfremstilling Der er udarbejdet en opgørelse "
             "af udvalgenes uforbrugte driftsbevillinger. Indstilling Direktionen indstiller, at overførslerne "
             "godkendes. Beslutning Godkendt.",
             "Referat 2. Ansøgning til Turismepuljen - Havnefest Sagsfremstilling Foreningen søger om tilskud. "
             "Beslutning Godkendt."]
    first = _parse(tmp_path, pages, "Referat Teknisk Udvalg").items[0]
    assert _sections(first) == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert [d.text for d in first.decisions] == ["Godkendt."]


@pytest.mark.parametrize(("field", "sections"), [
    # the label with its value after the colon: a field of the case, no section
    ("Sagen afgøres i: Teknisk Udvalg ", ["Sagsfremstilling", "Indstilling", "Beslutning"]),
    ("Sagen afgøres af: Byrådet ", ["Sagsfremstilling", "Indstilling", "Beslutning"]),
    ("Sagen afgøres i: KB ", ["Sagsfremstilling", "Indstilling", "Beslutning"]),
    # nothing after the colon but the next heading: the label heads a (lost) text of its own
    ("Sagen afgøres i: ", ["Sagen afgøres i", "Sagsfremstilling", "Indstilling", "Beslutning"]),
])
def test_a_fact_label_with_its_value_is_no_section(tmp_path, field, sections):
    """'Sagen afgøres i: Erhvervsudvalget' run into a flattened page is a label with its value on one line
    (annotation-rules: field labels with a value do not count as sections)."""
    first = _FIRST.replace("Sagen afgøres i: Teknisk Udvalg ", field)
    doc = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + first, "Teknisk Udvalg " + _SECOND])
    assert _sections(doc.items[0]) == sections


def _texts(found, k: int) -> list[str]:
    return [ln.text for ln in found[k].lines]


@pytest.mark.parametrize("extra", ["2024 ", "(fortsat) ", "- status "])
def test_a_title_the_list_printed_shorter_heads_its_body(extra):
    """The list lost a word or two of the title ('Budget, regnskab og likviditet', the year read as a page);
    its page prints 'Budget, regnskab og likviditet 2024 Sagsfremstilling …' behind the running header: the
    body starts at its first heading."""
    lines = [Line("1 Referat Økonomiudvalget Side 1 Fraværende: Anna Berg", 0),
             Line(f"2 Side Ø Budget, regnskab og likviditet {extra}Sagsfremstilling Direktionen orienterer om "
                  "budgettet. Beslutning Økonomiudvalget godkendte indstillingen.", 60),
             Line("3 Side Ø Salg af byggegrunde i Nordby Sagsnr.: 24/1234 Sagsfremstilling Der er solgt to.", 200)]
    found = find_inline_bodies(lines, 1, [("1", "Budget, regnskab og likviditet"),
                                          ("", "Salg af byggegrunde i Nordby")])
    assert _texts(found, 0) == ["Sagsfremstilling", "Direktionen orienterer om budgettet.", "Beslutning",
                                "Økonomiudvalget godkendte indstillingen."]
    assert _texts(found, 1)[0] == "Sagsnr.: 24/1234"


@pytest.mark.parametrize("cut", ["Salg af byggegrunde i Nordby - anmodning om pris",
                                 "Salg af byggegrunde i Nordby - anmodning",
                                 "Salg af byggegrunde i"])
def test_a_page_line_cut_inside_the_next_title_ends_the_body_before_it(cut):
    """The excerpt ends inside the next item's title, behind its page's running header ('3 Side Ø Salg af
    byggegrunde … pris'): no body cue follows, but the page is that item's, no part of the decision before."""
    lines = [Line("2 Side Ø Budget, regnskab og likviditet Sagsfremstilling Direktionen orienterer om budgettet. "
                  "Beslutning Økonomiudvalget godkendte indstillingen. Anna Berg deltog ikke i mødet.", 0),
             Line(f"3 Side Ø {cut}", 200)]
    found = find_inline_bodies(lines, 0, [("1", "Budget, regnskab og likviditet"),
                                          ("", "Salg af byggegrunde i Nordby - anmodning om prisfastsættelse")])
    assert _texts(found, 0)[-1] == "Økonomiudvalget godkendte indstillingen. Anna Berg deltog ikke i mødet."


@pytest.mark.parametrize("footer", ["Møde den Side {n}", "Teknisk Udvalg 03-03-2021 Side {n}",
                                    "Referat fra mødet {n}"])
def test_a_running_footer_is_no_part_of_the_decision(footer):
    """Each page line ends with the same footer before its page number ('… Til orientering. Møde den Side 2',
    the date lost): it is cut from the body, and from the decision the page ends with."""
    lines = [Line("3 1. Budgetprocedure Sagsbeskrivelse Der orienteres om den kommende budgetprocedure. "
                  + footer.format(n=1), 0),
             Line("4 Beslutning: Til orientering. " + footer.format(n=2), 200),
             Line("5 2. Prioriteringskatalog for energi Sagsbeskrivelse Kataloget er udarbejdet. "
                  + footer.format(n=3), 300)]
    found = find_inline_bodies(lines, 0, [("1", "Budgetprocedure"), ("2", "Prioriteringskatalog for energi")])
    assert _texts(found, 0) == ["Sagsbeskrivelse", "Der orienteres om den kommende budgetprocedure.",
                                "Beslutning", "Til orientering."]


def test_a_decision_that_ends_two_pages_alike_is_no_footer():
    """Two pages that end with the same unpunctuated outcome ('Beslutning Anbefales uden bemærkninger 4') keep
    it: an outcome is no running footer."""
    lines = [Line("3 1. Budgetprocedure Sagsbeskrivelse Der orienteres. Beslutning Anbefales uden bemærkninger 3", 0),
             Line("4 2. Prioriteringskatalog for energi Sagsbeskrivelse Kataloget er udarbejdet. Beslutning "
                  "Anbefales uden bemærkninger 4", 200),
             Line("5 3. Trafikplan for midtbyen Sagsbeskrivelse Planen er i høring.", 300)]
    found = find_inline_bodies(lines, 0, [("1", "Budgetprocedure"), ("2", "Prioriteringskatalog for energi"),
                                          ("3", "Trafikplan for midtbyen")])
    assert _texts(found, 0)[-1] == "Anbefales uden bemærkninger"
    assert _texts(found, 1)[-1] == "Anbefales uden bemærkninger"


@pytest.mark.parametrize(("printed", "text"), [
    ("BeslutningGodkendt. 2", "Godkendt."),  # the space after the heading lost in extraction
    ("BeslutningIndstillingen tiltrådt. 2", "Indstillingen tiltrådt."),
    ("Beslutning Teknisk Udvalg 03-03-2021 Godkendt. 2", "Godkendt."),  # body and date, no 'den', no colon
    ("Beslutning Teknisk Udvalg 3. marts 2021 Indstillingen tiltrådt. 2", "Indstillingen tiltrådt."),
    ("Beslutning Godkendt. Side 2 af 12", "Godkendt."),  # the page's 'Side N af M' footer
    ("Beslutning: Godkendt. 2 af 12", "Godkendt."),
])
def test_a_flattened_decision_keeps_its_text_only(tmp_path, printed, text):
    """The decision heading run into its text in the ways a flattened page prints it: the item gets one decision
    of the meeting's committee with the outcome as its text, and a 'Beslutning' section."""
    first = _FIRST.replace("Beslutning i Teknisk Udvalg den Indstillingen tiltrådt. 2", printed)
    item = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + first, "Teknisk Udvalg " + _SECOND]).items[0]
    assert _decisions(item) == [("Teknisk Udvalg", "2021-03-03", text, [])]
    assert _sections(item)[-1] == "Beslutning"


@pytest.mark.parametrize(("printed", "text"), [
    # words before a date that name no body are the decision's text, not its heading
    ("Beslutning Punktet udsat til mødet 7. april 2021 Udvalget ønsker mere materiale. 2",
     "Punktet udsat til mødet 7. april 2021 Udvalget ønsker mere materiale."),
    # a capital inside a word cuts it only after a heading ('VandCenter' is a name)
    ("Beslutning Godkendt med VandCenter Syd som bygherre. 2", "Godkendt med VandCenter Syd som bygherre."),
])
def test_no_decision_heading_is_made_of_other_words(tmp_path, printed, text):
    """The cuts of a flattened decision keep to headings: the text stays whole where no body is named and no
    heading is glued on."""
    first = _FIRST.replace("Beslutning i Teknisk Udvalg den Indstillingen tiltrådt. 2", printed)
    item = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + first, "Teknisk Udvalg " + _SECOND]).items[0]
    assert _decisions(item) == [("Teknisk Udvalg", "2021-03-03", text, [])]


@pytest.mark.parametrize(("printed", "text"), [
    ("Beslutning i Teknisk Udvalg den 03-03-2021 1. - 3. Anbefales. 2", "1. - 3. Anbefales."),
    ("Beslutning i Teknisk Udvalg den 03-03-2021 1.-3. drøftet 2", "1.-3. drøftet"),
    ("Beslutning i Teknisk Udvalg den 3. marts 2021 1. Godkendt. 2. Godkendt. 2", "1. Godkendt. 2. Godkendt."),
    ("Beslutning i Teknisk Udvalg den 1. Godkendt. 2. Anbefales. 2", "1. Godkendt. 2. Anbefales."),  # date lost
    ("Beslutning i Teknisk Udvalg den 03-03-2021 - Udvalget drøftede sagen. 2", "- Udvalget drøftede sagen."),
])
def test_a_decision_of_numbered_points_follows_its_heading(tmp_path, printed, text):
    """A decision that answers the proposal's points ('1. - 3. Anbefales.', '1. Godkendt. 2. Godkendt.') or
    starts with a dash runs into its heading with a digit or a dash, not a capital: still the decision, whole
    (its '2.' is its own point, not the next item's header, even on item 1)."""
    first = _FIRST.replace("Beslutning i Teknisk Udvalg den Indstillingen tiltrådt. 2", printed)
    item = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + first, "Teknisk Udvalg " + _SECOND]).items[0]
    assert _decisions(item) == [("Teknisk Udvalg", "2021-03-03", text, [])]


def test_a_day_without_its_year_is_no_numbered_point(tmp_path):
    """'… den 12. marts Godkendt.': the day of a date cut short, not a decision's first point."""
    first = _FIRST.replace("Beslutning i Teknisk Udvalg den Indstillingen tiltrådt. 2",
                           "Beslutning i Teknisk Udvalg den 12. marts Godkendt. 2")
    item = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + first, "Teknisk Udvalg " + _SECOND]).items[0]
    assert all(not d.text.startswith("12.") for d in item.decisions)


@pytest.mark.parametrize(("listed", "printed"), [
    ("Mødekalender for Teknisk Udvalg", "Mødekalender 2024 for Teknisk Udvalg"),
    ("Budgetopfølgning pr. for vejområdet", "Budgetopfølgning pr. 31.3.2024 for vejområdet"),
    ("Lokalplan for boliger ved Skovvej", "Lokalplan 12 for boliger ved Skovvej"),
])
def test_a_title_whose_numbers_the_list_lost_is_found_at_its_body(listed, printed):
    """A contents list that lost every digit lists 'Mødekalender for Teknisk Udvalg'; the page prints
    'Mødekalender 2024 for …': the same item, so item 1's decision ends before it."""
    lines = [Line("3 Teknisk Udvalg 03-03-2024 Side 3 1. Godkendelse af dagsorden Sagsnr.: 24-000101 Resume "
                  "Dagsordenen for mødet. Beslutning Godkendt.", 0),
             Line(f"4 Teknisk Udvalg 03-03-2024 Side 4 2. {printed} Sagsnr.: 24-000202 Resume Udvalget skal "
                  "fastlægge sine møder.", 200)]
    found = find_inline_bodies(lines, 0, [("", "Godkendelse af dagsorden"), ("", listed)])
    assert _texts(found, 0)[-2:] == ["Beslutning", "Godkendt."]
    assert _texts(found, 1)[0] == "Sagsnr.: 24-000202"


@pytest.mark.parametrize("cut", ["Teknisk Udv", "Teknisk", "Teknisk Udvalg 03-03-2024 Si"])
def test_the_next_page_head_cut_by_the_excerpt_is_no_part_of_the_decision(cut):
    """The excerpt ends in the next page's running header ('5 Teknisk Udv'): the page number and the start of
    the header the page before printed, not the decision's last words."""
    lines = [Line("3 Teknisk Udvalg 03-03-2024 Side 3 1. Godkendelse af dagsorden Sagsnr.: 24-000101 Resume "
                  "Dagsordenen for mødet. Beslutning Godkendt.", 0),
             Line("4 Teknisk Udvalg 03-03-2024 Side 4 2. Orientering om vejarbejder Sagsnr.: 24-000202 Resume "
                  "Formanden orienterer. Beslutning Orienteringen blev taget til efterretning.", 200),
             Line(f"5 {cut}", 400)]
    found = find_inline_bodies(lines, 0, [("1", "Godkendelse af dagsorden"), ("2", "Orientering om vejarbejder")])
    assert _texts(found, 1)[-1] == "Orienteringen blev taget til efterretning."


def test_a_next_page_that_goes_on_with_the_decision_stays_in_it():
    """A last page line that goes on with other words than the header ('5 med bemærkninger …') is text."""
    lines = [Line("4 Teknisk Udvalg 03-03-2024 Side 4 2. Orientering om vejarbejder Sagsnr.: 24-000202 Resume "
                  "Formanden orienterer. Beslutning Orienteringen blev taget til efterretning", 0),
             Line("5 med bemærkning om skiltning.", 200)]
    found = find_inline_bodies(lines, 0, [("2", "Orientering om vejarbejder")])
    assert _texts(found, 0)[-1] == "Orienteringen blev taget til efterretning med bemærkning om skiltning."


@pytest.mark.parametrize("said", ["med følgende bemærkninger: - God introduktion - Mere tid til debat.",
                                  "og gav sin vurdering: Planen er god.",
                                  "med disse bemærkninger: Planen skal drøftes igen."])
def test_a_lowercase_heading_word_inside_a_decision_is_no_heading(tmp_path, said):
    """'Udvalget drøftede sagen med følgende bemærkninger: - …': a heading's word written lowercase before a
    colon is the sentence's, so the decision goes on after it; 'Bemærkninger:' capitalised still heads."""
    first = _FIRST.replace("Beslutning i Teknisk Udvalg den Indstillingen tiltrådt. 2",
                           f"Beslutning i Teknisk Udvalg den Udvalget drøftede sagen {said} 2")
    item = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + first, "Teknisk Udvalg " + _SECOND]).items[0]
    assert _decisions(item) == [("Teknisk Udvalg", "2021-03-03", f"Udvalget drøftede sagen {said}", [])]
    capitalised = _FIRST.replace("Sagsfremstilling Dagsordenen", "Bemærkninger: Dagsordenen")
    item = _parse(tmp_path, [_COVER, _CONTENTS, "Teknisk Udvalg " + capitalised, "Teknisk Udvalg " + _SECOND]).items[0]
    assert _sections(item)[0] == "Bemærkninger"
