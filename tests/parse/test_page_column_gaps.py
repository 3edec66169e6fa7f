"""A contents list whose item numbers were lost and whose pages were kept, run onto a transcript's page line, where
the run of item numbers takes only part of the page column: every second page ('9 11 13', the page between them
read as a reference: '… over 60 år 12', put back by page_column_runs._with_passed_pages), or the pages up to a
number inside a title ('Budgetopfølgning 1 (2027) 4'). The whole column on the line is the list's
(page_column_runs._whole_column); the titles are the text between its pages, not the capitalised words a contents
list without pages is parted at (page_column_runs._finer_reading). Invented pages."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import ITEM_BODY, TITLED_FRAME, paged_titles_page, parse_text


def _items(tmp_path: Path, titles: list[str], pages: list[int]) -> list[tuple[str | None, str | None, bool]]:
    text = paged_titles_page("Dagsorden", titles, pages)
    return [(it.number, it.title, it.public) for it in parse_text(tmp_path, text).items]


_SKIPPING = ["Godkendelse af dagsorden", "Opfølgning på udvalgets temadag med Friends of Nature 2027",
             "Årsplan 2028 for vejområdet - godkendelse", "Udviklingen i antallet af vejsager efter stormen",
             "Pulje til trafiksikkerhed for borgere over 60 år", "Orientering fra formanden/gensidig orientering",
             "Huskeliste og orientering fra administrationen", "Teknisk Udvalg - mødekalender 2028"]


def test_a_column_whose_run_took_every_second_page_gives_every_title(tmp_path: Path) -> None:
    # '9 11 13' is the run of items ('12' follows 'år'); the capital in 'Friends of Nature' has no page before it
    items = _items(tmp_path, _SKIPPING, [3, 6, 9, 11, 12, 13, 16, 18])
    assert [t for _, t, _ in items] == _SKIPPING


_INNER = ["Godkendelse af dagsorden", "Budgetopfølgning 1 (2027)", "Orientering om årsregnskab 2026",
          "Vejplan 2027-2030", "Udbud af vintertjeneste på kommunevejene", "Lukket: Henvendelser til formanden",
          "Orientering fra formanden/gensidig orientering", "Huskeliste og orientering fra administrationen",
          "Teknisk Udvalg - mødekalender 2028"]


def test_a_number_inside_a_title_does_not_end_the_column(tmp_path: Path) -> None:
    items = _items(tmp_path, _INNER, [3, 4, 7, 8, 9, 10, 13, 16, 18])
    assert [t for _, t, _ in items] == [t.removeprefix("Lukket: ") for t in _INNER]
    assert [p for _, _, p in items] == [not t.startswith("Lukket") for t in _INNER]


_CAPITALS = ["Godkendelse af dagsorden", "Valg af næstformand i Teknisk Udvalg", "Evaluering af vejplanen 2024-2027",
             "Orientering om den nye affaldsordning", "Forsøg med samkørsel i landdistrikterne",
             "Godkendelse af samarbejdet med Friends of Nature 2027-2029", "Udbud af vintertjeneste på kommunevejene",
             "Tiltag mod stigende energipriser", "Huskeliste og orientering fra administrationen",
             "Orientering fra formanden/gensidig orientering", "Teknisk Udvalg - mødekalender 2028"]


def test_a_capital_inside_a_title_between_two_pages_does_not_part_it(tmp_path: Path) -> None:
    items = _items(tmp_path, _CAPITALS, [3, 4, 6, 9, 10, 13, 15, 16, 18, 19, 20])
    assert [t for _, t, _ in items] == _CAPITALS


_HEADED = ["Budget for aftenskolerne", "Regnskab 2026 for foreningerne",
           "Nordby Cykelklub - ansøgning om tilskud til bad",
           "Ansøgning fra Vestegnens Oplysningsforbund om tilskud", "Orienteringssager fra forvaltningen"]


def test_a_running_heads_page_number_is_no_page_column(tmp_path: Path) -> None:
    # '2 Kulturudvalget 12-03-2027 Side 2 INDHOLDSFORTEGNELSE 1. …': the head's 'Side 2' is one number before the
    # list, no column of pages (the page's footer 'SIDE 1' after the list); the list without numbers after the first
    # is read by its titles
    head = "Kulturudvalget 12-03-2027 Side"
    lines = ["1 Kulturudvalget Referat Mødedato: 12. marts 2027 Mødetidspunkt: 16:00 Mødested: Mødelokale 2",
             f"2 {head} 2 INDHOLDSFORTEGNELSE 1. {' '.join(_HEADED)} Underskriftsark...9 Bilagsliste...10 SIDE 1",
             f"3 {head} 3 1. {_HEADED[0].upper()} {ITEM_BODY.format(n=4411)}"]
    text = TITLED_FRAME.format(title="Kulturudvalget Referat", pages="\n\n".join(lines))
    items = [(it.number, it.title) for it in parse_text(tmp_path, text).items]
    assert [t for _, t in items][:len(_HEADED)] == _HEADED


_LEADING = ["Evaluering af budgetlægningen", "Aftaler på kulturområdet", "Aftaler med specialskoler",
            "Aftaler for Socialudvalget", "Aftaler for Beskæftigelsesudvalget", "Vandplaner - Åkomiteens bemærkninger",
            "Vandplaner - kommunens bemærkninger", "Lokalplan 503, Lindely 2. etape - vejanlæg",
            "Lokalplan 503, Lindely 2. etape - kloakanlæg", "Tilskud til privat pasning",
            "Tilskud til pasning af egne børn", "Tilskud til private institutioner",
            "Planstrategi 2027 endelig vedtagelse", "Forslag til servicestrategi", "Tilskud til julebelysningen",
            "Fonden til bevarelse af gamle bygninger", "Kunstfonden - regnskab og beretning"]


def test_numbers_leading_their_titles_are_no_page_column(tmp_path: Path) -> None:
    # '… Indholdsfortegnelse 403 Evaluering … Aftaler på … 405 Aftaler med …': items numbered through the year, some
    # numbers lost and the excerpt cut inside the list; read as pages, the titles between them run longer than one
    printed = {0: 403, 2: 405, 3: 406, 4: 407, 5: 408, 8: 411, 9: 412, 10: 413, 11: 414}
    run = " ".join(f"{printed[k]} {t}" if k in printed else t for k, t in enumerate(_LEADING))
    lines = [f"1 Økonomiudvalget Dagsorden mandag den 3. december 2027 kl. 14:30 Indholdsfortegnelse {run}"]
    text = TITLED_FRAME.format(title="Økonomiudvalget Dagsorden", pages="\n\n".join(lines)).rstrip()[:-4]
    titles = [it.title for it in parse_text(tmp_path, text).items]
    assert titles[:len(_LEADING) - 1] == _LEADING[:-1]
