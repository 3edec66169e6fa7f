"""A PDF transcript's contents list whose item numbers were lost keeps its page column: each title is
followed by the page its item starts on. These pages print that list the way the transcribed FirstAgenda
meetings do (benchmarks/parse_accuracy/transcribed.py): over two page lines, each opening with its page
number and a running head ('… 13-06-2022 Side 2'), a title ending in a number of its own, an excerpt cut
inside the last title. The page numbers must not be read as item numbers (gold: number null where the
print lost it), the running head not as a title, and no two titles glued across the page break."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_HEAD = """Referat Teknik- og Miljøudvalget

Størrelse: px
Starte visningen fra side:

Download "Referat Teknik- og Miljøudvalget"

Transkript

1 Referat Teknik- og Miljøudvalget Mødedato: Mandag den 13. juni 2022 Mødetidspunkt: kl. 16:00 Mødested: \
Mødelokale 2 Deltagere: Anne Hansen, Peter Jensen, Lise Holm, Karl Berg, Maja Lund

"""
_PAGE_2 = ("2 Teknik- og Miljøudvalget 13-06-2022 Side 2 Godkendelse af dagsorden 3 Evaluering af vintertjenesten "
           "2021-22 4 Modeller til finansiering af kunstgræs på stadion 5 Placering af ny daginstitution i bymidten 7 "
           "Vejnavn - boligområde etape 3 9 Trafiksikkerhedsplan - høring 10 Budgetopfølgning 1 2022 12 Lokalplan "
           "for erhvervsområde ved motorvejen 14 \n\n")
_PAGE_3 = ("3 Teknik- og Miljøudvalget 13-06-2022 Side 3 Principaftale om kystbeskyttelse 15 Orientering fra "
           "formanden 17 Orientering fra administrationen 18 Underskriftsark 19 \n\n")
_BODIES = ("4 Teknik- og Miljøudvalget 13-06-2022 Side 4 Punkt 1: Godkendelse af dagsorden Sagsnr.: 22-001234 "
           "Beslutning i Teknik- og Miljøudvalget den 13-06-2022 Godkendt. Resume Godkendelse af dagsorden for "
           "mødet. Indstilling Administrationen indstiller, at dagsordenen godkendes. \n\n"
           "5 Teknik- og Miljøudvalget 13-06-2022 Side 5 Punkt 2: Evaluering af vintertjenesten 2021-22 Sagsnr.: "
           "22-004321 Beslutning i Teknik- og Miljøudvalget den 13-06-2022 Taget til efterretning. Resume Udvalget "
           "orienteres om vintertjenesten i sæsonen. \n")

_TITLES = [
    "Godkendelse af dagsorden",
    "Evaluering af vintertjenesten 2021-22",
    "Modeller til finansiering af kunstgræs på stadion",
    "Placering af ny daginstitution i bymidten",
    "Vejnavn - boligområde etape 3",
    "Trafiksikkerhedsplan - høring",
    "Budgetopfølgning 1 2022",
    "Lokalplan for erhvervsområde ved motorvejen",
    "Principaftale om kystbeskyttelse",
    "Orientering fra formanden",
    "Orientering fra administrationen",
]


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return [(it.number, it.title) for it in parse_file(p).items]


def test_page_column_over_two_page_lines(tmp_path: Path) -> None:
    """The list runs from page line 2 to 3: both running heads are furniture, the page numbers are no
    item numbers (only the two item pages below print theirs), and 'motorvejen 14' / 'Principaftale' are
    two titles."""
    items = _items(tmp_path, _HEAD + _PAGE_2 + _PAGE_3 + _BODIES)
    assert [t for _, t in items] == _TITLES
    assert [n for n, _ in items] == ["1", "2"] + [None] * (len(_TITLES) - 2)


def test_title_with_its_own_number_keeps_the_column(tmp_path: Path) -> None:
    """One title ending in a number ('… etape 3' before its page 9) does not make the list's numbers
    items' numbers: a list that prints items and pages ends most of its titles so, not one."""
    items = _items(tmp_path, _HEAD + _PAGE_2 + _PAGE_3 + _BODIES)
    assert ("5", "Trafiksikkerhedsplan - høring") not in items
    assert (None, "Vejnavn - boligområde etape 3") in items


def test_excerpt_cut_inside_the_last_title(tmp_path: Path) -> None:
    """The excerpt ends inside the list ('… 12 Lokalplan for erhvervsområde ved moto'): the cut title is an
    entry as printed, the run before it still a page column (it opens past 1 and skips pages)."""
    cut = _PAGE_2[:_PAGE_2.index("rvejen 14")]
    items = _items(tmp_path, _HEAD + cut)
    assert [n for n, _ in items] == [None] * 8
    assert [t for _, t in items] == [*_TITLES[:7], "Lokalplan for erhvervsområde ved moto"]


_SOME_LOST = ("2 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budgetopfølgning 2 (2024) - Teknik- og "
              "Miljøudvalget 4 Nøgletal for vejvedligeholdelsen 6 Analyse af erhvervsvenlighed 2024 7 Orientering "
              "fra formanden 9 Huskeliste og orientering fra administrationen 10 7. Teknik- og Miljøudvalget - "
              "mødekalender 2024 11 \n\n")


def test_pages_passing_over_the_item_numbers_kept(tmp_path: Path) -> None:
    """Some item numbers printed, the others lost, every title with its page: the run of pages
    (2 4 6 7 9 …, '2' a title's own) took only one of the list's marked numbers (1. 2. 7.), which still tell
    the bare ones for pages; each title keeps its number where printed, none takes a page for one."""
    items = _items(tmp_path, _HEAD + _SOME_LOST)
    assert items == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Budgetopfølgning 2 (2024) - Teknik- og Miljøudvalget"),
        (None, "Nøgletal for vejvedligeholdelsen"),
        (None, "Analyse af erhvervsvenlighed 2024"),
        (None, "Orientering fra formanden"),
        (None, "Huskeliste og orientering fra administrationen"),
        ("7", "Teknik- og Miljøudvalget - mødekalender 2024"),
    ]


_OPEN_GROUP_FIRST = ("2 Teknik- og Miljøudvalget 13-06-2022 Side 2 Til behandling forelå: Åbne punkter Godkendelse af "
                     "dagsorden 3 2. Godkendelse af kommunal lånegaranti til forsyningen 4 3. Drifts- og "
                     "anlægsoverførsler 2021 til 2022 6 4. Evaluering af vintertjenesten 8 5. Udbudsstrategi for "
                     "rengøring 9 \n\n")


def test_open_group_heading_behind_the_cue(tmp_path: Path) -> None:
    """The open items' heading right behind the contents' cue is a group's heading, not the words of the
    first title, whose number was lost ('Til behandling forelå: Åbne punkter Godkendelse af dagsorden 3 2. …')."""
    items = _items(tmp_path, _HEAD + _OPEN_GROUP_FIRST)
    assert items[0] == (None, "Godkendelse af dagsorden")
    assert [n for n, _ in items[1:]] == ["2", "3", "4", "5"]



_SOME_LOST_TWO_PAGES = ("2 1. Godkendelse af dagsorden 3 2. Temamøde om budgetopfølgning 4 Program for mødet 6 4. "
                        "Lukket: Orientering 7 5. Lukket: Salg af grund 8 Lukket: Udbud af kørsel 9 7. Spørgetid 11 "
                        "Borgmesteren orienterer 12 Frigivelse af midler fra puljen 13 \n\n3 Renovering af skolen 14 "
                        "Privat arv til museet 15 12. Underskriftsark 17 \n\n")


def test_pages_of_a_list_going_on_over_its_second_page_line(tmp_path: Path) -> None:
    """A list of some marked numbers (1. 2. 4. …) and every page, going on over a second page line of the
    transcript: the bare numbers of both lines are its page column ('… puljen 13' / '3 Renovering … 14 Privat …'),
    so no lost item number is read from a page, and the titles of the lost numbers 8 to 11 are found on both
    lines, the page line's own number no part of them."""
    items = _items(tmp_path, _HEAD + _SOME_LOST_TWO_PAGES)
    assert [n for n, _ in items] == ["1", "2", None, "4", "5", None, "7", None, None, None, None, "12"]
    assert [t for _, t in items[7:11]] == ["Borgmesteren orienterer", "Frigivelse af midler fra puljen",
                                           "Renovering af skolen", "Privat arv til museet"]


_READING_TITLE = ("2 1. Godkendelse af dagsorden 3 2. Lukket: Orientering 4 3. Lukket: Salg af grund 5 Spørgetid 6 "
                  "Borgmesteren orienterer 7 6. Budgetopfølgning 0 for 2023 8 Budget 2024-27 - Budgetanalyser 9 "
                  "Lånoptagelse 2023 vedrørende regnskab 2022 10 2. behandling af styrelsesvedtægt 11 10. "
                  "Handicaprådets sammensætning 12 \n\n")


def test_page_before_a_title_opening_with_a_readings_ordinal(tmp_path: Path) -> None:
    """A page number before a title that opens with a reading's ordinal in small letters ('… regnskab 2022 10 2.
    behandling af styrelsesvedtægt 11 10. …') ends the title before it: the lost numbers' two titles part there,
    the ordinal stays the title's own."""
    items = _items(tmp_path, _HEAD + _READING_TITLE)
    assert items[7:9] == [(None, "Lånoptagelse 2023 vedrørende regnskab 2022"),
                          (None, "2. behandling af styrelsesvedtægt")]


_GROUP_WORDS_IN_A_TITLE = ("2 1. Godkendelse af dagsorden 3 2. Udtalelse fra Ankestyrelsen, medlemmer af Byrådet skal "
                           "have adgang til lukkede punkter under orlov 4 3. Drifts- og anlægsoverførsler 2023-2024 5 "
                           "4. Beredskabsplan niveau 1 og 2 6 5. Valg til Europa-Parlamentet 2024 7 \n\n")


def test_group_words_inside_a_title_close_nothing(tmp_path: Path) -> None:
    """'lukkede punkter' in small letters after a title's word is the title's own words, not the heading of a
    closed group: the title keeps them and the items after it stay open."""
    page = _HEAD + _GROUP_WORDS_IN_A_TITLE
    items = _items(tmp_path, page)
    assert items[1] == ("2", "Udtalelse fra Ankestyrelsen, medlemmer af Byrådet skal have adgang til lukkede punkter "
                             "under orlov")
    assert all(item.public for item in parse_file(tmp_path / "page.txt").items)  # (the page _items wrote)
