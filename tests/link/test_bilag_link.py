"""link/bilag.py: which item a bilag belongs to, from hand-made facts (no database)."""
from __future__ import annotations

from sagsgang.link.bilag import BilagFacts, ItemFacts, is_bilag, link, listed_parts
from sagsgang.model import AgendaItem, Decision, Document, Meeting, Section


def item(key: int, title: str, case: str, attachments=(), text: str = "", origin: str = "/m/referat.pdf",
         date: str = "2024-05-02", number: str | None = None) -> ItemFacts:
    return ItemFacts(key=key, origin=origin, number=number or str(key), title=title, public=True,
                     case_numbers=[case], attachments=list(attachments), text=f"{title}\n{text}", date=date)


ITEMS = [
    item(1, "Renovering af Nørregade Skole", "24/100", [(None, "Bilag 1: Tidsplan"), (None, "Bilag 2: Høringssvar")],
         "Skolens tag og facader renoveres; eleverne flytter i pavilloner."),
    item(2, "Cykelsti langs Åvej", "24/200", [(None, "Bilag 1: Tidsplan"), (None, "Kortbilag")],
         "En dobbeltrettet cykelsti anlægges langs Åvej mellem byen og havnen."),
    item(3, "Takster for hjemmepleje 2025", "24/300", [],
         "Taksterne for praktisk hjælp og personlig pleje reguleres med pris- og lønudviklingen."),
]


def test_listed_parts_drop_bilag_prefixes_and_spell_out_danish_letters():
    assert listed_parts("Bilag 2: Høringssvar") == ("2", "hoeringssvar")
    assert listed_parts("3. Tidsplan") == ("3", "tidsplan")
    assert listed_parts("Meningstilkendegivelse Havnens Perle (påført 27.08.2025)") == (
        None, "meningstilkendegivelse havnens perle paafoert 27 08 2025")


def test_a_title_only_one_item_lists_links_by_the_file_name():
    got = link(BilagFacts("Bilag 2 Høringssvar.pdf", "/x", "Vi er imod projektet."), ITEMS)
    assert (got.item, got.method, got.listed_as, got.number) == (1, "bilagsliste", "Bilag 2: Høringssvar", "2")
    # a file name without Danish letters and with a copy number is the same title
    assert link(BilagFacts("Horingssvar (2).pdf", "/x", "Vi er imod."), ITEMS).item is None  # 'o' is not 'oe'
    assert link(BilagFacts("Hoeringssvar (2).pdf", "/x", "Vi er imod."), ITEMS).item == 1


def test_a_title_several_cases_list_needs_more_evidence_or_stays_unlinked():
    bare = link(BilagFacts("Tidsplan.pdf", "/x", "Tidsplan\n\nArbejdet begynder i marts."), ITEMS)
    assert bare.item is None and "flere sager lister" in bare.reason
    heading = link(BilagFacts("Tidsplan.pdf", "/x", "Tidsplan\nCykelsti langs Åvej\n\nArbejdet begynder i marts."),
                   ITEMS)
    assert (heading.item, heading.method) == (2, "bilagsliste")
    number = link(BilagFacts("Tidsplan.pdf", "/x", "Tidsplan\nSagsnr.: 24/100\n\nArbejdet begynder."), ITEMS)
    assert number.item == 1


def test_a_printed_case_number_links_when_nothing_lists_the_file():
    got = link(BilagFacts("scan0001.pdf", "/x", "Notat\nSag: 24/300\nOm hjemmeplejen."), ITEMS)
    assert (got.item, got.method) == (3, "sagsnummer")
    # a longer number that starts with a known one is another number
    assert link(BilagFacts("scan0001.pdf", "/x", "Notat\nSag: 24/3001\nOm vejret."), ITEMS).method != "sagsnummer"


def test_a_case_number_printed_with_another_dash_links_by_its_number():
    """The item prints '2031-88213'; the bilag's own publisher set it with a spaced em dash, a minus sign or Word's
    non-breaking hyphen: the same case number."""
    items = [*ITEMS, item(4, "Klitsti ved Sandvig", "2031-88213")]
    for printed in ("2031 \u2014 88213", "2031\u221288213", "2031\u201188213"):
        got = link(BilagFacts("scan0002.pdf", "/x", f"Notat\nSag: {printed}\nOm stien."), items)
        assert (got.item, got.method) == (4, "sagsnummer"), repr(printed)


def test_content_links_only_with_a_clear_margin():
    letter = ("Kære udvalg. Vi bor ved Åvej og cykler hver dag mellem byen og havnen. En cykelsti langs "
              "Åvej vil gøre vejen sikker for børnene. Cykelstien bør være dobbeltrettet.")
    got = link(BilagFacts("brev.pdf", None, letter), ITEMS)
    assert (got.item, got.method) == (2, "indhold")
    vague = link(BilagFacts("brev.pdf", None, "Kære udvalg. Tak for et godt samarbejde i årets løb."), ITEMS)
    assert vague.item is None


def test_the_harvested_listing_wins_and_the_latest_treatment_of_a_case_is_chosen():
    later = item(4, "Renovering af Nørregade Skole", "24/100", [(None, "Bilag 1: Tidsplan")], date="2024-06-01",
                 origin="/m/byraad.pdf", number="9")
    items = [*ITEMS, later]
    harvested = BilagFacts("x.pdf", None, "Tidsplan", harvested=[("/m/referat.pdf", "2")])
    assert link(harvested, items).item == 2
    listed = link(BilagFacts("Tidsplan.pdf", "/y", "Tidsplan\nRenovering af Nørregade Skole"), items)
    assert listed.item == 4  # the same case treated again lists it again: the most recent treatment
    beside = link(BilagFacts("Tidsplan.pdf", "/m", "Tidsplan\nRenovering af Nørregade Skole"), items)
    assert beside.item == 4  # both treatments lie in /m; the later one still wins


def test_is_bilag_is_a_pdf_without_meeting_decision_route_or_write_up_sections():
    letter = Document(source="b.pdf", items=[AgendaItem(title="Fra: borger", case_numbers=["24/1"],
                                                         sections=[Section("Tidsplan", "…")])])
    assert is_bilag(letter, "pdf") and is_bilag(None, "pdf")
    assert not is_bilag(letter, "txt") and not is_bilag(None, "html")
    minutes = Document(source="r.pdf", meeting=Meeting(committee="Byrådet", date="2024-01-02"),
                       items=[AgendaItem(title="Punkt")])
    write_up = Document(source="s.pdf", items=[AgendaItem(title="Sag", sections=[Section("Sagsfremstilling", "…"),
                                                                                 Section("Indstilling", "…")])])
    decided = Document(source="d.pdf", items=[AgendaItem(title="Sag", decisions=[Decision("ØU", None, "Godkendt.")])])
    assert not any(is_bilag(d, "pdf") for d in (minutes, write_up, decided))


def test_a_case_number_printed_with_spaces_is_read():
    items = [item(1, "Vintertjeneste", "2024 - 52597"), item(2, "Vintertjeneste", "2024 - 60647")]
    got = link(BilagFacts("scan.pdf", None, "Notat\nSagsnr.: 2024 - 52597\n\nOm saltning."), items)
    assert (got.item, got.method) == (1, "sagsnummer")


SAME_TITLE = [
    item(1, "Udbud af vintertjeneste", "24/1", [(None, "Tidsplan")],
         "Udbuddet omfatter saltning og snerydning på alle kommunale veje og stier i de seks "
         "nordlige sogne, hvor entreprenøren skal rykke ud inden for to timer efter varsel."),
    item(2, "Udbud af vintertjeneste", "24/2", [(None, "Tidsplan")],
         "Udgifterne skønnes at udgøre 6 mio. kr. over de kommende år. Kontrakten løber i fire år "
         "med mulighed for forlængelse, og prisen reguleres årligt efter nettoprisindekset."),
]


def test_a_quoted_passage_tells_two_cases_of_one_title_apart_a_stock_sentence_does_not():
    quoting = ("Tidsplan\nUdbud af vintertjeneste\n\nUdbuddet omfatter saltning og snerydning på alle kommunale "
               "veje og stier i de seks nordlige sogne, hvor entreprenøren skal rykke ud inden for to timer.")
    assert link(BilagFacts("Tidsplan.pdf", None, quoting), SAME_TITLE).item == 1
    stock = "Tidsplan\nUdbud af vintertjeneste\n\nUdgifterne skønnes at udgøre 6 mio. kr. over de kommende år."
    got = link(BilagFacts("Tidsplan.pdf", None, stock), SAME_TITLE)
    assert got.item is None and "flere sager lister" in got.reason  # likeness never picks between them


def test_the_bilag_number_tells_two_cases_of_one_title_apart_by_their_list_order():
    same = [
        item(1, "Udbud af vintertjeneste", "24/1", [(None, "Tidsplan"), (None, "Kortbilag")]),
        item(2, "Udbud af vintertjeneste", "24/2", [(None, "Kortbilag"), (None, "Tidsplan")]),
        item(3, "Udbud af vintertjeneste", "24/3", [(None, "Bilag 5: Kortbilag")]),
    ]
    body = "Tidsplan\nUdbud af vintertjeneste\n\nArbejdet begynder i marts."
    # 'Bilag 2' in the file name: only case 24/2 lists Tidsplan second
    got = link(BilagFacts("Bilag 2 Tidsplan.pdf", None, body), same)
    assert (got.item, got.method, got.listed_as) == (2, "bilagsliste", "Tidsplan")
    assert link(BilagFacts("Bilag_1_Tidsplan.pdf", None, body), same).item == 1
    # a printed number beats the place in the list: 24/3 lists Kortbilag first but numbers it 5
    assert link(BilagFacts("Bilag 5 Kortbilag.pdf", None, "Kortbilag"), same).item == 3
    # no number, or a number both cases list it under: never a guess
    assert link(BilagFacts("Tidsplan.pdf", None, body), same).item is None
    assert link(BilagFacts("Bilag 1 Kortbilag.pdf", None, "Kortbilag"), same).item == 2  # 24/3's is no. 5
    both = [item(1, "Vej", "24/1", [(None, "Tidsplan")]), item(2, "Vej", "24/2", [(None, "Tidsplan")])]
    assert link(BilagFacts("Bilag 1 Tidsplan.pdf", None, "Tidsplan\nVej"), both).item is None


def test_the_bilag_number_chooses_among_the_cases_whose_shared_title_the_bilag_prints():
    # many cases list 'Økonomisk oversigt' first; two share the title the bilag prints, and only
    # one of those lists it first
    items = [item(k, f"Anden sag {k}", f"24/{k}", [(None, "Økonomisk oversigt")]) for k in range(1, 5)]
    items += [item(10, "Status på vintertjeneste", "24/10", [(None, "Økonomisk oversigt")]),
              item(11, "Status på vintertjeneste", "24/11", [(None, "Notat"), (None, "Økonomisk oversigt")])]
    body = "Faxe Kommune\nØkonomisk oversigt\nStatus på vintertjeneste\n\nUdgifterne skønnes at udgøre 6 mio. kr."
    assert link(BilagFacts("Bilag 2 Økonomisk oversigt.pdf", None, body), items).item == 11
    assert link(BilagFacts("Bilag 1 Økonomisk oversigt.pdf", None, body), items).item == 10
    assert link(BilagFacts("Økonomisk oversigt.pdf", None, body), items).item is None
