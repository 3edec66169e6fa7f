"""Meeting facts of PDF transcripts and flattened pages (issue 11, branch tfacts): a transcript site prints
each PDF page as one long line behind its page number, so labels and values run together, the committee
stands anywhere in the first page line and lists run on into the contents. Small synthetic pages in the
transcript's shape (title, 'Transkript', page lines), and real tune pages where the corpus is present."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.head_body import body_in_head
from sagsgang.parse.page_lines import without_page_number

from .corpus_pages import extra_gold, extra_page


def _transcript(tmp_path: Path, title: str, *pages: str) -> dict:
    """Parse a page printed as a transcript: its title, then each page one line behind its page number."""
    body = "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1))
    path = tmp_path / "page.txt"
    path.write_text(f"{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n{body}\n", encoding="utf-8")
    return parse_file(path).to_contract()


def _meeting(tmp_path: Path, title: str, *pages: str) -> dict:
    return _transcript(tmp_path, title, *pages)["meeting"] or {}


def _tune_page(name: str) -> dict:
    return parse_file(extra_page(name)).to_contract()


def _gold(name: str) -> dict:
    return extra_gold(name)


def test_page_number_is_no_part_of_the_line() -> None:
    assert without_page_number("1 Byrådet Godkendt referat") == "Byrådet Godkendt referat"
    assert without_page_number("1. Godkendelse af dagsorden") == "1. Godkendelse af dagsorden"
    assert without_page_number("14-17 Byrådet") == "14-17 Byrådet"


def test_title_after_page_number_gives_time_and_place(tmp_path: Path) -> None:
    """'1 Byrådet Godkendt referat …': with the page number three words stood before 'referat', so the line
    was no title, and the place after its time was lost."""
    m = _meeting(tmp_path, "Byrådet",
                 "Byrådet Godkendt referat mandag den 7. maj 2007 kl. 17:00 - Det gamle Rådhus Indholdsfortegnelse "
                 "181. Overførsel af uforbrugte bevillinger 182. Dispensation fra lånepuljen 183. Finansiel strategi")
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Byrådet", "2007-05-07", "17:00", "Det gamle Rådhus")


def test_place_in_lower_case_after_the_time(tmp_path: Path) -> None:
    """'… kl. 18:00 kommunalbestyrelsessalen, Landemærket 26, …': a place in lower case that names a hall."""
    m = _meeting(tmp_path, "Referat",
                 "Referat Kommunalbestyrelsen 26-03-2015 kl. 18:00 kommunalbestyrelsessalen, Landemærket 26, Byen "
                 "Dagsordenspunkter åbent 1 Fraværende og bemærkninger til dagsordenen åbent 2 Kvalitetsrapport 2014")
    assert m["location"] == "kommunalbestyrelsessalen, Landemærket 26, Byen"


def test_place_ends_where_the_title_is_printed_again(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Kommunalbestyrelsen - Referat",
                 "Kommunalbestyrelsen - Referat Referat til mødet i Kommunalbestyrelsen den 10. oktober 2016 kl. 19:00 "
                 "i Kommunalbestyrelsens mødesal Kommunalbestyrelsen - Referat Tryk 'Ctrl F' for at søge i hele "
                 "teksten Åbne dagsordenspunkter 272. 2. behandling af budget 2017 Sagsnr.: 00.30.10-Ø00-4-16")
    assert m["location"] == "Kommunalbestyrelsens mødesal"


def test_place_in_capitals_keeps_its_last_short_word(tmp_path: Path) -> None:
    """'… PÅ TRAPPETÅRN 5 SAL': in a place printed in capitals a short last word is no body's initials."""
    m = _meeting(tmp_path, "Referat Kultur- og Fritidsudvalget",
                 "Referat KULTUR- OG FRITIDSUDVALGET ONSDAG DEN 16. AUGUST 2023, KL. 17.00 PÅ KULTURHUSET, TORVET 9, "
                 "1234 BYEN", "Kultur- og Fritidsudvalget 16-08-2023 Side 2 Indholdsfortegnelse 1. Godkendelse af "
                 "dagsorden 3 2. Budget 4")
    assert m["location"] == "KULTURHUSET, TORVET 9, 1234 BYEN"


def test_absent_list_ends_where_the_contents_begin(tmp_path: Path) -> None:
    """'Fraværende: Carl Nielsen Indholdsfortegnelse Sag 1 …': the item number after the contents' word read
    as the items the name was absent for, and the name went; 'Afbud: Indhold Punkt Side …' names nobody."""
    m = _meeting(tmp_path, "Referat",
                 "Referat Kommunalbestyrelsen Møde den 12.03.2024 kl. 18.00 i Byrådssalen Deltagere: Anne Hansen, "
                 "Bo Jensen Fraværende: Carl Nielsen Indholdsfortegnelse Sag 1 Godkendelse af dagsorden 2",
                 "Side 2 Godkendelse af dagsorden Beslutning Godkendt.")
    assert m["absent"] == ["Carl Nielsen"]
    m = _meeting(tmp_path, "ÅBEN DAGSORDEN",
                 "ÅBEN DAGSORDEN ØKONOMIUDVALGET Dato: 12. marts 2024 Tidspunkt: kl. 16:00 Sted: Mødelokale 1.14 "
                 "Afbud: Indhold Punkt Side 1. Godkendelse af dagsorden 2", "Side 2 Godkendelse af dagsorden")
    assert m["absent"] == []


def test_absent_list_ends_before_punkter(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat Teknik- og Miljøudvalget",
                 "Referat Teknik- og Miljøudvalget Mødetidspunkt 12-03-2024 16:00 Mødested Rådhuset, mødelokale 1 "
                 "Deltagere Anne Hansen, Bo Jensen Fraværende Carl Nielsen Punkter 1. Godkendelse af dagsorden 3",
                 "Side 2 Godkendelse af dagsorden")
    assert m["absent"] == ["Carl Nielsen"]


def test_one_value_under_a_row_of_labels_gives_the_place_without_its_weekday(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Dagsorden",
                 "Dagsorden Teknik- og Miljøudvalget Dato: Tid: Sted: Tirsdag den 12. marts 2024 kl. 16.00 "
                 "Mødelokale 1, Rådhuset Punkter 1. Godkendelse af dagsorden", "Side 2 Godkendelse af dagsorden")
    assert (m["date"], m["start_time"], m["location"]) == ("2024-03-12", "16:00", "Mødelokale 1, Rådhuset")


def test_time_and_place_after_the_date_before_the_labels(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Økonomiudvalget",
                 "Økonomiudvalget 12-03-2024 kl. 16:00 Mødelokale 1, Rådhuset Deltagere: Anne Hansen, Bo Jensen "
                 "Indholdsfortegnelse 1. Godkendelse af dagsorden 3", "Side 2 Godkendelse af dagsorden")
    assert (m["date"], m["start_time"], m["location"]) == ("2024-03-12", "16:00", "Mødelokale 1, Rådhuset")


def test_empty_absent_label_takes_no_header_line_below_it(tmp_path: Path) -> None:
    """'Fraværende:' ends the title; the next line is the page's header of labels, no list of names."""
    m = _meeting(tmp_path, "Referat. Mødedato: 18. september Mødelokale: Mødelokale 121, Rådhuset. Starttidspunkt "
                           "for møde: 16:30. Fraværende:",
                 "Refer Refer Mødedo: 18. september 2014 Mødelokale: Mødelokale 121, Rådhuset Starttidspunkt for "
                 "møde: 16:30 Fraværende: 18. september 2014")
    assert m["absent"] == []
    assert m["location"] == "Mødelokale 121, Rådhuset"


@pytest.mark.parametrize(("head", "body"), [
    ("MØDESTED: MØDEDATO: Rådhuset, Byrådssalen DAGSORDEN MØDETIDSPUNKT: MØDET HÆVET: Skive Byråd Deltagere: Anna",
     "Skive Byråd"),
    ("MØDESTED: MØDEDATO: Rådhuset REFERAT MØDETIDSPUNKT: MØDET HÆVET: Underudvalg for Økonomi Deltagere: Else",
     "Underudvalg for Økonomi"),
    ("Dagsorden 1.2.0 - Tønder Kommune – Kommunalbestyrelsen Dagsorden Mødedato: 25. juni", "Kommunalbestyrelsen"),
    ("Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag", "Udvalget for Kultur og Fritid"),
    ("Referat fra møde i Social-, Sundheds- og Ældreudvalget den 3. maj", "Social-, Sundheds- og Ældreudvalget"),
    ("Titel Udvalg Funktioner Byrådet Byrådet Vis medlemmer", "Byrådet"),
    ("Åben beslutningsprotokol 25. juni kl. 10:00 Lokale D116, Rådhuset Afbud: Jens Jørgensen", None),
    ("Beslutning Byrådet den 12. marts 2024", None),
    ("Referat Økonomiudvalgets møde", None),
])
def test_body_by_the_shape_of_its_name(head: str, body: str | None) -> None:
    assert body_in_head(head) == body


def test_committee_between_the_labels_of_a_real_transcript() -> None:
    """A tune transcript whose header row of labels prints the body among the values ('… MØDET HÆVET: Skive
    Byråd Deltagere: …')."""
    for name in ("x0083.txt", "x0084.txt"):
        got = _tune_page(name)
        assert (got["meeting"] or {})["committee"] == _gold(name)["meeting"]["committee"]


def test_meeting_word_is_no_members_first_name() -> None:
    """'1 Byrådsmøde Johnny Søtrup (Borgmester)(V), …': the meeting's word, then the members' list."""
    got = _tune_page("x0190.txt")
    assert (got["meeting"] or {})["participants"][0] == _gold("x0190.txt")["meeting"]["participants"][0]


def test_time_and_place_after_the_date_of_a_head_line_without_labels(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Økonomiudvalget",
                 "Økonomiudvalget 12-03-2024 kl. 16:00 Mødelokale 1, Rådhuset Indholdsfortegnelse 1. Godkendelse af "
                 "dagsorden 3 2. Budget 2025 4", "Side 2 Godkendelse af dagsorden")
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Økonomiudvalget", "2024-03-12", "16:00", "Mødelokale 1, Rådhuset")


def test_first_label_of_a_row_in_capitals_counts(tmp_path: Path) -> None:
    """'UDVALG' as the title, then 'UDVALG Byrådet MØDE Referat STED …': the first of a row of labels in
    capitals is a label too, so the page line is no value of the title's label, and its own value is the body."""
    m = _meeting(tmp_path, "UDVALG",
                 "UDVALG Byrådet MØDE Referat STED Mødesalen, Rådhuset STARTTIDSPUNKT 03-09-2019 18:00:00 "
                 "SLUTTIDSPUNKT 03-09-2019 20:20:00 PUNKTER 446. Godkendelse af dagsorden 447. Budgetopfølgning")
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Byrådet", "2019-09-03", "18:00", "Mødesalen, Rådhuset")


def test_column_heads_run_into_their_values_name_no_body(tmp_path: Path) -> None:
    """'Mødedetaljer Udvalg Dato Type Hent Byrådet 24-06-2020 16:00 Referat …': the body after the heads."""
    m = _meeting(tmp_path, "Mødedetaljer",
                 "Mødedetaljer Udvalg Dato Type Hent Byrådet 24-06-2020 16:00 Referat Samlet dokument Video fra "
                 "mødet Punkt 571 Spørgetid 24. juni 2020 • Sagsfremstilling To spørgsmål blev stillet.")
    assert (m["committee"], m["date"], m["start_time"]) == ("Byrådet", "2020-06-24", "16:00")


@pytest.mark.parametrize("members", [
    "Deltagere: Anne Hansen Formand Bo Jensen Næstformand Carl Nielsen Medlem Dorte Lund Medlem",
    "Medlemmer: Anne Hansen, formand (A) Bo Jensen, næstformand (V) Carl Nielsen (O) Dorte Lund (F)",
])
def test_roles_between_the_names_of_a_flattened_list(tmp_path: Path, members: str) -> None:
    """A table's column of roles flattened between the names: the role goes, its party stays with its name."""
    m = _meeting(tmp_path, "Referat Økonomiudvalget",
                 "Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Byrådssalen "
                 f"{members} Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budget 4",
                 "Side 2 Godkendelse af dagsorden")
    names = [n.split(" (")[0] for n in m["participants"]]
    assert names == ["Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Lund"]
    if "(A)" in members:
        assert m["participants"][:2] == ["Anne Hansen (A)", "Bo Jensen (V)"]


def test_empty_label_ending_the_title_takes_no_page_line(tmp_path: Path) -> None:
    """A title that ends in an empty label ('… kl. 08:00 Mødested'), then the page line that prints the title
    again with its values: the page line is a header of its own, no place below the label."""
    head = "REFERAT Arbejdsmarkedsudvalget d. 12-03-2024 Mødedato Tirsdag d. 12. marts 2024 kl. 08:00 Mødested"
    m = _meeting(tmp_path, head, f"{head} Udvalgsværelset Mødedeltagere Anne Hansen (I), Bo Jensen (A) "
                                 "Indholdsfortegnelse Evaluering af driftsaftale..... 3 Eventuelt..... 4")
    assert (m["location"], m["participants"]) == ("Udvalgsværelset", ["Anne Hansen (I)", "Bo Jensen (A)"])


def test_title_parts_body_kind_place(tmp_path: Path) -> None:
    """'Download "Økonomiudvalget. Referat. Mødelokale 1, Rådhuset"': the body, the kind, then the place; a
    place before a body ('Mødelokale 1, Rådhuset Økonomiudvalget') is no part of the body's name."""
    title = "Økonomiudvalget. Referat. Mødelokale 1, Rådhuset"
    path = tmp_path / "page.txt"
    path.write_text(f"{title.replace('. ', ' ')}\n\nStørrelse: px\nStarte visningen fra side:\n\n"
                    f"Download \"{title}\"\n\nTranskript\n\n1 Referat Økonomiudvalget 12. marts 2024 "
                    "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budget 4\n\n"
                    "2 Side 2 Godkendelse af dagsorden Beslutning Godkendt.\n", encoding="utf-8")
    m = parse_file(path).to_contract()["meeting"]
    assert (m["committee"], m["date"], m["location"]) == ("Økonomiudvalget", "2024-03-12", "Mødelokale 1, Rådhuset")
