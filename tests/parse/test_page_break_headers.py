"""Item headers and body headings that a PDF transcript's page break separates or runs together: each PDF page
is one line behind its page number, so a header's case-number label, a body's first heading or a page line's
section label meets the page break or the next page's number. Invented Danish text."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.meeting_places import tidy_place

from .transcript_page import TITLED_FRAME, parse_text

_TEXT = ("Forvaltningen har skrevet et notat om sagen til udvalgets medlemmer. Indstilling Forvaltningen indstiller, "
         "at sagen godkendes. Beslutning i Byrådet den 4. marts 2021 Godkendt.")


def _titles(tmp_path: Path, title: str, *pages: str) -> list[tuple[str | None, str]]:
    doc = parse_text(tmp_path, TITLED_FRAME.format(title=title, pages="\n\n".join(pages)))
    return [(it.number, it.title) for it in doc.items]


def test_case_label_before_its_number_is_no_part_of_the_title(tmp_path: Path) -> None:
    # page 1 ends in item 2's case-number label, whose number opens page 2
    titles = _titles(
        tmp_path, "Byrådet Referat",
        "1 Byrådet Referat 4. marts 2021 kl. 17.00 Mødested: Rådhuset 1. Orientering fra borgmesteren Sagsnr. "
        f"21/0101 Sagsfremstilling {_TEXT} 2. Vejplan for Tudemose Sagsnr.",
        f"2 21/0234 Sagsfremstilling {_TEXT} 3. Salg af grund ved Skovkrogen Sagsnr. 21/0377 Sagsfremstilling {_TEXT}",
        "3 Slut på referatet for mødet i Byrådet den 4. marts 2021 med tre punkter på dagsordenen og intet mere.")
    assert titles == [("1", "Orientering fra borgmesteren"), ("2", "Vejplan for Tudemose"),
                      ("3", "Salg af grund ved Skovkrogen")]


_WEB_PAGES = (
    "1 Genveje Tudby Kommune Værktøjer Byråd: Referat af mødet 3. april 2019 Byråd Starttidspunkt for møde: 3. april "
    "2019 kl. 17:00 Mødelokale: Byrådssalen, Krogvej 9, Tudby N. • 41. Beslutningssag: Valg af medlem til hegnssynet "
    "Beslutningssag: Valg af medlem til hegnssynet INDHOLD",
    "2 INDSTILLING: Direktionen indstiller, at der vælges et medlem. BESLUTNING I BYRÅDET den 03-04-2019 FRAVÆRENDE: "
    "- Valgt blev Ib Krog • 42. Beslutningssag: Godkendelse af mødeplan Beslutningssag: Godkendelse af mødeplan "
    "INDHOLD INDSTILLING: Direktionen indstiller, at planen godkendes.",
    "3 BESLUTNING I BYRÅDET den 03-04-2019 FRAVÆRENDE: - Godkendt • 43. Orienteringssag: Status på skolernes trivsel "
    "Orienteringssag: Status på skolernes trivsel INDHOLD INDSTILLING: Direktionen indstiller, at orienteringen tages "
    "til efterretning. BESKRIVELSE AF SAGEN: Skolerne har målt trivslen.",
    "4 Der gives status på trivslen i alle klasser. • Trivslen er steget • Fraværet er faldet Orienteringen blev "
    "taget til efterretning af byrådet på mødet.",
)


def test_page_line_opening_on_a_section_label_is_no_contents_entry(tmp_path: Path) -> None:
    # '2 INDSTILLING: …' is page 2 opening on item 41's section label, not entry 2 of a list that lost its numbers
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Tudby Kommune", pages="\n\n".join(_WEB_PAGES)))
    assert [(it.number, it.title) for it in doc.items] == [
        ("41", "Beslutningssag: Valg af medlem til hegnssynet"), ("42", "Beslutningssag: Godkendelse af mødeplan"),
        ("43", "Orienteringssag: Status på skolernes trivsel")]
    assert [s.heading for s in doc.items[0].sections] == ["INDHOLD", "INDSTILLING", "Beslutning"]


# page 1 of a web page printed as a transcript: item 89's header and its first heading ('• Resumé') end the page
_PAGE_ENDING_IN_A_HEADING = (
    "1 Mødedetaljer Udvalg Dato Type Hent Byrådet 12-05-2021 16:00 Referat Samlet dokument Punkt 88 Spørgetid 12. "
    "maj 2021 • Sagsfremstilling Der kom et spørgsmål om stierne ved søen. Borgmesteren svarede på mødet. Vis "
    "video Punkt 89 Regnskab for havnen 2020 • Resumé")


def test_bulleted_heading_at_a_page_break_opens_the_body(tmp_path: Path) -> None:
    # item 89's header and its first heading end page 1; the heading's text opens page 2
    titles = _titles(
        tmp_path, "Byrådet",
        _PAGE_ENDING_IN_A_HEADING,
        "2 Havnens bestyrelse har afleveret regnskabet for 2020, og det fremlægges til godkendelse. • Sagsfremstilling "
        "Regnskabet viser et lille overskud, som overføres til næste år.")
    assert titles == [("88", "Spørgetid 12. maj 2021"), ("89", "Regnskab for havnen 2020")]


def test_bulleted_heading_after_the_last_header_of_a_page_is_no_title_word(tmp_path: Path) -> None:
    titles = _titles(
        tmp_path, "Byrådet",
        _PAGE_ENDING_IN_A_HEADING,
        "2 Havnens bestyrelse har afleveret regnskabet for 2020, og det fremlægges til godkendelse. • Sagsfremstilling "
        "Regnskabet viser et lille overskud, som overføres til næste år. Vis video Punkt 90 Salg af grund ved Skrænten "
        "• Resumé Der er kommet et bud på grunden. • Sagsfremstilling Buddet ligger over vurderingen.",
        "3 Byrådet godkendte salget på mødet uden bemærkninger og uden afstemning, og sagen er hermed afsluttet.")
    assert titles[1] == ("89", "Regnskab for havnen 2020")


def test_place_ends_before_the_next_lines_bullet() -> None:
    assert tidy_place("Byrådssalen, Krogvej 9, Tudby N. •") == "Byrådssalen, Krogvej 9, Tudby N."
