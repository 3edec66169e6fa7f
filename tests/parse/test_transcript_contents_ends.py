"""A transcript's contents list (each PDF page run onto one line behind its page number), on invented pages: the
signature entry unnumbered before the closed group's heading is no item, the next page's running head is no part of
the titles a page break runs over, and an excerpt cut behind the last title's page and the next entry's number
leaves that number off the title; a page before a quoted title parts it from the title before; and where a list
lost every digit, a title's first two words printed again open the next title after a comma or a hyphen, and a
reading's stop left alone ('. behandling') opens one (strand trans, issue 11). Expected values by the annotation
rules."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.title_split import split_titles

HEAD = """Referat Teknikudvalget

Størrelse: px
Starte visningen fra side:

Download "Referat Teknikudvalget"

Transkript

1 Referat TEKNIKUDVALGET TORSDAG DEN 5. MARTS 2026, KL. 16.00 PÅ RÅDHUSET

"""


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None, bool]]:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return [(it.number, it.title, it.public) for it in parse_file(p).items]


GROUPED = HEAD + (
    "2 Teknikudvalget 05-03-2026 Side 2 Indholdsfortegnelse Åbne punkter 1. Godkendelse af dagsorden 3 "
    "2. Vintertjeneste på stierne 4 3. Renovering af Bakkevej 5 4. Kalender for udvalget 6 Underskriftsark 7 "
    "Lukkede punkter 6. Køb af grund ved havnen 8\n\n"
    "3 Teknikudvalget 05-03-2026 Side 3 Punkt 1: Godkendelse af dagsorden Sagsnr.: 26-000412 Resume Dagsordenen "
    "forelægges til godkendelse. Beslutning Godkendt.\n")


def test_an_unnumbered_signature_entry_before_the_closed_group_is_no_item(tmp_path):
    items = _items(tmp_path, GROUPED)
    assert [t for _, t, _ in items] == ["Godkendelse af dagsorden", "Vintertjeneste på stierne",
                                        "Renovering af Bakkevej", "Kalender for udvalget", "Køb af grund ved havnen"]
    assert items[-1] == ("6", "Køb af grund ved havnen", False)


def test_a_numbered_signature_entry_before_the_closed_group_stays(tmp_path):
    items = _items(tmp_path, GROUPED.replace("Underskriftsark 7", "5. Underskriftsark 7"))
    assert ("5", "Underskriftsark", True) in items


RUN_OVER = HEAD + (
    "2 Teknikudvalget 05-03-2026 Side 2 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 "
    "2. Vintertjeneste på stierne 4 3. Renovering af Bakkevej 5 4. Trafikplan for bymidten 6 "
    "5. Tilskud til grønne tage 7 Helhedsplan for havnen 8 Ny sti langs åen 9\n\n"
    "3 Teknikudvalget 05-03-2026 Side 3 Udbud af vejbelysning på landet 10 9. Kalender for udvalget 11 "
    "10. Underskriftsark 12\n\n"
    "4 Teknikudvalget 05-03-2026 Side 4 Punkt 1: Godkendelse af dagsorden Sagsnr.: 26-000412 Resume Dagsordenen "
    "forelægges til godkendelse. Beslutning Godkendt.\n")


def test_the_running_head_of_the_next_page_is_no_part_of_a_title(tmp_path):
    titles = [t for _, t, _ in _items(tmp_path, RUN_OVER)]
    assert "Udbud af vejbelysning på landet" in titles
    assert not any("Side 3" in (t or "") or "05-03-2026" in (t or "") for t in titles)


CUT = HEAD + (
    "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Vintertjeneste på stierne 4 "
    "3. Renovering af Bakkevej 5 4. Trafikplan for bymidten 6 5. Tilskud til grønne tage 7 6.")


def test_an_excerpt_cut_behind_the_page_and_the_next_number_ends_the_last_title(tmp_path):
    assert _items(tmp_path, CUT)[-1] == ("5", "Tilskud til grønne tage", True)


def test_a_pair_of_words_another_title_opens_with_starts_a_title_after_a_comma_or_a_hyphen():
    # the digits lost: 'LED-pulje, 2026' printed 'LED-pulje,', 'Covid-19' printed 'Covid-'
    assert split_titles("Frigivelse af LED-pulje, Tillægsbevilling til ombygning af stationen Status på "
                        "indsatsen efter Covid- Status på ventelisten Tillægsbevilling til Bakkeskolen - SFO") == [
        "Frigivelse af LED-pulje,", "Tillægsbevilling til ombygning af stationen", "Status på indsatsen efter Covid-",
        "Status på ventelisten", "Tillægsbevilling til Bakkeskolen - SFO"]


def test_an_ending_titles_share_behind_a_comma_opens_no_title():
    # '…, Opfølgning på analysen' ends two titles; no title opens on those words
    assert split_titles("Godkendelse af dagsorden Målgruppe for botilbud i Egehuset, Opfølgning på analysen - Forslag "
                        "Målgruppe for botilbud i Bøgehuset, Opfølgning på analysen - Forslag") == [
        "Godkendelse af dagsorden", "Målgruppe for botilbud i Egehuset, Opfølgning på analysen - Forslag",
        "Målgruppe for botilbud i Bøgehuset, Opfølgning på analysen - Forslag"]


def test_a_committee_tag_repeated_after_a_comma_opens_no_title():
    # words titles end with ('Budget 2027, Udvalget for Kultur og Fritid' printed without its year)
    assert split_titles("Placering af kunst i midtbyen Råderumskatalog , Udvalget for Kultur og Fritid Fastsættelse "
                        "af mødeplan i Udvalget for Kultur og Fritid Sager til kommende udvalgsmøder") == [
        "Placering af kunst i midtbyen", "Råderumskatalog , Udvalget for Kultur og Fritid",
        "Fastsættelse af mødeplan i Udvalget for Kultur og Fritid", "Sager til kommende udvalgsmøder"]

QUOTED = HEAD + (
    "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Vintertjeneste på stierne 4 "
    "3. Bakkevej 12, 4000 Byby - dispensation til autocampere 5 'Den grønne plads', helhedsplan - forslag 7 "
    "Klimaplan, afrapportering 8 6. Kalender for udvalget 9 7. Underskriftsark 10\n\n"
    "3 Punkt 1: Godkendelse af dagsorden Sagsnr.: 26-000412 Resume Dagsordenen forelægges til godkendelse. "
    "Beslutning Godkendt.\n")


def test_a_page_before_a_quoted_title_parts_the_titles_of_lost_numbers(tmp_path):
    titles = [t for _, t, _ in _items(tmp_path, QUOTED)]
    assert titles[2:5] == ["Bakkevej 12, 4000 Byby - dispensation til autocampere",
                           "'Den grønne plads', helhedsplan - forslag", "Klimaplan, afrapportering"]


def test_a_reading_whose_digit_was_lost_opens_its_title():
    # '2. behandling' printed '. behandling' where the list lost every digit; 'Budget 2027 -' printed 'Budget -'
    assert split_titles("Valg af ny suppleant til Ældrerådet . behandling af Budget - Byrådets forslag Salg af "
                        "grund ved havnen Forslag til Naturplan . Behandling af høringssvar") == [
        "Valg af ny suppleant til Ældrerådet", ". behandling af Budget - Byrådets forslag",
        "Salg af grund ved havnen", "Forslag til Naturplan", ". Behandling af høringssvar"]
