"""Bilag and minutes in either order of arrival (store/bilag.py), on small hand-made documents:
a bilag stored after its minutes or before them, minutes replaced by a corrected version, a closed
item arriving after its bilag (the bilag leaves the search index), a case treated at two meetings,
a bilag no item claims (shown as unlinked), and re-ingesting the same files. Fast: the minutes are
Document objects, the bilag one-page text PDFs (sagsgang.demo.bilag.bilag_pdf). Expected values
are written by hand."""
from __future__ import annotations

import hashlib

import pytest

from sagsgang.demo.bilag import bilag_pdf
from sagsgang.ingest import ingest
from sagsgang.model import AgendaItem, Attachment, BilagFile, Document, Meeting
from sagsgang.search import open_index, search
from sagsgang.store.bilag import PENDING

TIDSPLAN = "Tidsplan\n\nSkolerne lægges sammen fra august, og eleverne flytter til Nordskolen."


def minutes(path: str, version: str, items: list[AgendaItem], date: str = "2024-05-02",
            municipality: str = "Testby") -> Document:
    return Document(source=path.rsplit("/", 1)[-1], municipality=municipality, document_type="referat",
                    content_hash=hashlib.sha256(f"{path} {version}".encode()).hexdigest(),
                    meeting=Meeting(committee="Børneudvalget", date=date), origin=path, items=items)


def roads(number: str = "1") -> AgendaItem:
    return AgendaItem(title="Cykelsti langs Åvej", number=number, case_numbers=["24/1111"],
                      intro="Kommunen anlægger en cykelsti langs Åvej.")


def schools(number: str = "2", public: bool = True, listed: str = "Tidsplan") -> AgendaItem:
    return AgendaItem(title="Skolestruktur", number=number, public=public, case_numbers=["24/2222"],
                      intro="Forslag om at samle skolerne." if public else "",
                      attachments=[Attachment(listed)])


def bilag_file(path: str, text: str = TIDSPLAN, municipality: str | None = "Testby") -> BilagFile:
    data = bilag_pdf(text)
    return BilagFile(source=path.rsplit("/", 1)[-1], pages=[text], content_hash=hashlib.sha256(data).hexdigest(),
                     size=len(data), data=data, municipality=municipality, title=text.split("\n", 1)[0],
                     origin=path)


def only(store) -> dict:
    (b,) = store.bilag_list()
    return b


def page_rows(store, bilag_id: int) -> list[tuple]:
    return store.conn.execute("SELECT public, committee, date, case_numbers, municipality FROM items "
                              "WHERE document_id=? AND unit='bilag' ORDER BY position", (bilag_id,)).fetchall()


def bilag_hits(store, words: str = "eleverne flytter") -> list[dict]:
    return [h for h in search(store, words)["results"] if h["unit"] == "bilag"]


def test_a_bilag_after_its_minutes_is_linked_when_stored(store):
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    outcome = store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    assert outcome.status == "new"
    b = only(store)
    assert (b["item_number"], b["item_title"], b["method"], b["reason"], b["item_public"], b["item_origin"]) == (
        "2", "Skolestruktur", "bilagsliste", "punktet lister »Tidsplan«", True, "/m/referat-5.pdf")
    # the page row carries its item's metadata, so filters and facets treat it like the item
    assert page_rows(store, b["id"]) == [(1, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]
    (hit,) = bilag_hits(store)
    assert (hit["item_number"], hit["title"], hit["case_numbers"], hit["page"]) == (
        "2", "Skolestruktur", ["24/2222"], 1)
    assert (hit["bilag"]["linked"], hit["bilag"]["label"]) == (True, "bilag til punkt 2, side 1")
    assert store.bilag_link_note(b["id"]) == ("punkt 2 »Skolestruktur« i referat-5.pdf "
                                              "(bilagsliste: punktet lister »Tidsplan«)")
    assert store.relinked_bilag() == []  # linked at its own arrival: nothing linked anew


def test_a_bilag_before_its_minutes_is_linked_when_they_arrive(store):
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == (None, None, "ingen punkter at sammenligne med")
    assert page_rows(store, b["id"]) == [(1, None, None, "[]", "Testby")]
    (hit,) = bilag_hits(store)
    assert hit["bilag"]["linked"] is False and hit["item_number"] is None
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == ("2", "bilagsliste", "punktet lister »Tidsplan«")
    assert page_rows(store, b["id"]) == [(1, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]
    (hit,) = bilag_hits(store)
    assert (hit["bilag"]["linked"], hit["item_number"], hit["case_numbers"]) == (True, "2", ["24/2222"])
    assert store.relinked_bilag() == [("/m/Tidsplan.pdf", b["id"])]
    assert store.relinked_bilag() == []  # told once
    # minutes of another municipality listing the same title do not touch it
    store.put_document(minutes("/n/referat-9.pdf", "a", [schools("7")], municipality="Andenby"))
    assert (only(store)["item_number"], only(store)["item_origin"]) == ("2", "/m/referat-5.pdf")
    assert store.relinked_bilag() == []


def test_inside_an_ingest_a_bilag_waits_unsearchable_and_is_linked_at_the_end(store):
    with store.deferred_bilag_links():
        store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
        b = only(store)
        assert (b["item_number"], b["method"], b["reason"]) == (None, None, PENDING)
        assert page_rows(store, b["id"]) == [(0, None, None, "[]", "Testby")]  # not searchable yet
        store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
        assert only(store)["reason"] == PENDING
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == ("2", "bilagsliste", "punktet lister »Tidsplan«")
    assert page_rows(store, b["id"]) == [(1, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]
    (hit,) = bilag_hits(store)
    assert hit["item_number"] == "2"
    assert store.conn.execute("SELECT COUNT(*) FROM bilag_files WHERE linked_at IS NULL").fetchone() == (0,)


def test_replaced_minutes_relink_their_bilag(store):
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    assert only(store)["item_number"] == "2"
    # the corrected minutes number the item 3: the old item is gone, the bilag follows the new one
    assert store.put_document(minutes("/m/referat-5.pdf", "b", [roads(), schools("3")])).status == "replaced"
    b = only(store)
    assert (b["item_number"], b["item_title"], b["method"]) == ("3", "Skolestruktur", "bilagsliste")
    assert store.relinked_bilag() == [("/m/Tidsplan.pdf", b["id"])]
    (hit,) = bilag_hits(store)
    assert (hit["item_number"], hit["bilag"]["label"]) == ("3", "bilag til punkt 3, side 1")
    # a version that lists the bilag nowhere leaves it unlinked, its pages without an item
    store.put_document(minutes("/m/referat-5.pdf", "c", [roads()]))
    b = only(store)
    assert (b["item_number"], b["method"]) == (None, None)
    assert store.relinked_bilag() == [("/m/Tidsplan.pdf", b["id"])]
    assert page_rows(store, b["id"]) == [(1, None, None, "[]", "Testby")]
    (hit,) = bilag_hits(store)
    assert (hit["bilag"]["linked"], hit["bilag"]["label"]) == (False, "bilag (ikke knyttet til et punkt), side 1")


@pytest.mark.parametrize("deferred", [False, True], ids=["at-once", "in-an-ingest"])
def test_a_closed_item_arriving_after_its_bilag_takes_it_out_of_search(store, deferred):
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    b = only(store)
    assert len(bilag_hits(store)) == 1 and store.bilag_file(b["id"]) is not None
    if deferred:
        with store.deferred_bilag_links():
            store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(public=False)]))
            # linked at once, inside the document's transaction: never searchable in between
            assert only(store)["item_public"] is False
    else:
        store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(public=False)]))
    b = only(store)
    assert (b["item_number"], b["item_public"], b["method"]) == ("2", False, "bilagsliste")
    assert page_rows(store, b["id"]) == [(0, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]
    assert bilag_hits(store) == []
    assert search(store, "Nordskolen")["total"] == 0
    assert store.bilag_file(b["id"]) is None  # its file is not served either
    # the minutes reopened (the item public in a corrected version): the bilag is searchable again
    store.put_document(minutes("/m/referat-5.pdf", "b", [roads(), schools()]))
    (hit,) = bilag_hits(store)
    assert hit["item_number"] == "2" and store.bilag_file(b["id"]) is not None


def test_a_case_treated_twice_links_its_bilag_to_the_latest_treatment(store):
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    store.put_document(minutes("/m/referat-mar.pdf", "a", [schools("4")], date="2024-03-07"))
    assert (only(store)["item_number"], only(store)["item_origin"]) == ("4", "/m/referat-mar.pdf")
    store.put_document(minutes("/m/referat-maj.pdf", "a", [roads(), schools()], date="2024-05-02"))
    b = only(store)
    assert (b["item_number"], b["item_origin"], b["method"]) == ("2", "/m/referat-maj.pdf", "bilagsliste")
    assert page_rows(store, b["id"]) == [(1, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]
    # an earlier treatment arriving last does not take it back
    store.put_document(minutes("/m/referat-jan.pdf", "a", [schools("9")], date="2024-01-11"))
    assert only(store)["item_origin"] == "/m/referat-maj.pdf"


def test_two_cases_listing_the_title_leave_the_bilag_unlinked_and_shown_so(store):
    store.put_document(minutes("/m/referat-5.pdf", "a", [
        AgendaItem(title="Budget", number="1", case_numbers=["24/3333"], attachments=[Attachment("Tidsplan")]),
        schools()]))
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf", "Tidsplan\n\nMøderne holdes hver anden uge."))
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == (
        None, None, "flere sager lister »Tidsplan«, og intet afgør hvilken")
    assert store.bilag_link_note(b["id"]) == ("ikke knyttet til et punkt (flere sager lister »Tidsplan«, "
                                              "og intet afgør hvilken)")
    (hit,) = bilag_hits(store, "hver anden uge")
    assert (hit["title"], hit["item_number"], hit["bilag"]["linked"]) == ("Tidsplan", None, False)


def test_a_printed_case_number_links_a_bilag_no_item_lists(store):
    store.put_bilag_file(bilag_file("/m/Notat.pdf", "Notat om skoler\n\nSagsnr. 24/2222\nEleverne flytter."))
    assert only(store)["item_number"] is None
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == ("2", "sagsnummer", "bilaget nævner sagsnummer 24/2222")


def test_reingesting_the_same_files_changes_nothing(store, tmp_path):
    store.put_document(minutes(str(tmp_path / "referat-5.pdf"), "a", [roads(), schools()]))
    pdf = tmp_path / "Tidsplan.pdf"
    pdf.write_bytes(bilag_pdf(TIDSPLAN))
    first = ingest(store, [str(pdf)], municipality="Testby")
    assert dict(first.counts) == {"new": 1}
    assert first.bilag == [(str(pdf), "punkt 2 »Skolestruktur« i referat-5.pdf (bilagsliste: punktet lister "
                                      "»Tidsplan«)")]
    before = store.bilag_list()
    queued = store.conn.execute("SELECT COUNT(*) FROM index_queue").fetchone()
    again = ingest(store, [str(pdf)], municipality="Testby")
    assert (dict(again.counts), again.bilag) == ({"unchanged": 1}, [])
    assert store.bilag_list() == before
    assert store.conn.execute("SELECT COUNT(*) FROM index_queue").fetchone() == queued
    assert len(bilag_hits(store)) == 1
    # the minutes stored again unchanged do not relink it either
    assert store.put_document(minutes(str(tmp_path / "referat-5.pdf"), "a", [roads(), schools()])).status == \
        "unchanged"
    assert store.bilag_list() == before and store.relinked_bilag() == []


def test_the_same_bilag_stored_twice_is_unchanged_and_its_pages_keep_their_places(store):
    bf = bilag_file("/m/Tidsplan.pdf")
    bf.pages = ["Tidsplan\n\nForår: høring.", "Efterår: flytning af eleverne."]
    first = store.put_bilag_file(bf)
    assert first.status == "new"
    assert (store.put_bilag_file(bf).status, store.put_bilag_file(bf).document_id) == ("unchanged", first.document_id)
    assert store.conn.execute("SELECT position, page, title FROM items WHERE document_id=? AND unit='bilag' "
                              "ORDER BY position", (first.document_id,)).fetchall() == [
        (0, 1, "Tidsplan"), (1, 2, "Tidsplan")]
    assert only(store)["pages"] == 2


def test_a_bilag_in_one_meetings_folder_is_linked_by_folder_in_either_order(store):
    text = "Notat\n\nForslaget om at samle skolerne betyder at eleverne flytter til Nordskolen."
    store.put_bilag_file(bilag_file("/m/Notat.pdf", text))
    assert only(store)["item_number"] is None
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    b = only(store)
    assert (b["item_number"], b["method"], b["item_origin"]) == ("2", "mappe", "/m/referat-5.pdf")
    assert b["reason"].startswith("i samme mappe som mødets dokument; indholdet ligner punktet")
    assert store.relinked_bilag() == [("/m/Notat.pdf", b["id"])]
    # the same text in another folder: no folder evidence, linked by content likeness alone
    store.put_bilag_file(bilag_file("/x/Notat.pdf", text + " Sidste side."))
    (other,) = [x for x in store.bilag_list() if x["id"] != b["id"]]
    assert (other["item_number"], other["method"]) == ("2", "indhold")
    assert other["reason"].startswith("indholdet ligner punktet")


NOTAT = "Notat\n\nForslaget om at samle skolerne betyder at eleverne flytter til Nordskolen."


def test_a_store_opened_again_links_as_before_by_title_folder_and_content(store, tmp_path):
    """The next ingest run opens the store anew and rebuilds the bilag key index from the
    database: it must know the stored items' listed titles, their municipality (for a folder) and
    which bilag are linked by content, or a bilag arriving later is not found by the title its
    minutes list, not linked by folder, and a content-linked bilag stays with an old treatment
    when its case is treated again."""
    store.put_document(minutes("/a/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    notat = store.put_bilag_file(bilag_file("/x/Notat.pdf", NOTAT)).document_id
    assert (only(store)["method"], only(store)["item_origin"]) == ("indhold", "/a/referat-5.pdf")
    store.close()
    again = open_index(str(tmp_path / "b.db"))
    try:
        svar = again.put_bilag_file(bilag_file("/y/Høringssvar.pdf", "Høringssvar\n\nVi er imod planen.")).document_id
        folder = again.put_bilag_file(bilag_file("/a/Notat-2.pdf", NOTAT + " Bilag til mødet.")).document_id
        linked = {b["id"]: (b["item_origin"], b["item_number"], b["method"]) for b in again.bilag_list()}
        assert linked[svar] == ("/a/referat-5.pdf", "2", "bilagsliste")
        assert linked[folder] == ("/a/referat-5.pdf", "2", "mappe")
        # the case treated again at a later meeting (in another folder; its other item is not like
        # the notat): the content-linked notat follows it, as does the listed one; the one in the
        # first meeting's folder stays
        again.put_document(minutes("/b/referat-8.pdf", "a", [schools("6", listed="Høringssvar"), roads("7")],
                                   date="2024-06-13"))
        assert {b["file"]: (b["item_origin"], b["item_number"], b["method"]) for b in again.bilag_list()} == {
            "Notat.pdf": ("/b/referat-8.pdf", "6", "indhold"),
            "Høringssvar.pdf": ("/b/referat-8.pdf", "6", "bilagsliste"),
            "Notat-2.pdf": ("/a/referat-5.pdf", "2", "mappe")}
        assert sorted(again.relinked_bilag()) == [("/x/Notat.pdf", notat), ("/y/Høringssvar.pdf", svar)]
    finally:
        again.close()


def test_a_bilag_without_a_municipality_in_a_meetings_folder_is_linked_by_folder(store):
    """A file read without --municipality names none; lying in the folder of one meeting's minutes
    it is still that meeting's bilag (by folder, not merely by content likeness)."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    store.put_bilag_file(bilag_file("/m/Notat.pdf", NOTAT, municipality=None))
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["method"]) == ("/m/referat-5.pdf", "2", "mappe")
    # its page rows take the municipality of the item it is linked to
    assert page_rows(store, b["id"]) == [(1, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]


HARVEST = "http://site.invalid/api/agenda/dagsorden/5"
BILAG_URL = "http://site.invalid/vis/pdf/bilag/8"


def test_a_harvested_bilag_read_before_its_minutes_is_linked_by_the_listing_when_they_arrive(store):
    """The harvester fetched the file from item 2's bilag list before the minutes were stored:
    read, it links to nothing and names no municipality; when the minutes arrive the listing
    links it to item 2 (whose list names it 'Skitse', a title the file does not carry)."""
    from sagsgang.ingest import ingest_harvested_bilag

    store.put_bilag(BILAG_URL, HARVEST, "2", "Skitse", "application/pdf", bilag_pdf(TIDSPLAN),
                    {"url": BILAG_URL, "status": 200})
    assert ingest_harvested_bilag(store).bilag == [
        (BILAG_URL, "ikke knyttet til et punkt (ingen punkter at sammenligne med)")]
    b = only(store)
    assert (b["file"], b["item_number"], b["method"]) == ("8", None, None)
    assert page_rows(store, b["id"]) == [(1, None, None, "[]", None)]
    store.put_document(minutes(HARVEST, "a", [roads(), schools(listed="Skitse")]))
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["method"], b["reason"]) == (
        HARVEST, "2", "hentet", f"hentet fra punktets bilagsliste ({HARVEST})")
    assert page_rows(store, b["id"]) == [(1, "Børneudvalget", "2024-05-02", '["24/2222"]', "Testby")]
    assert store.relinked_bilag() == [(BILAG_URL, b["id"])]


def test_the_publishers_listing_overrides_a_link_by_title_and_keeps_it(store):
    """A file read from disk went to the item listing its title; the harvested listing of other
    minutes names the same bytes under their item 1: when those minutes arrive the bilag moves
    there (the publisher's own listing is the strongest evidence), and no later minutes listing
    its title take it back."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    assert (only(store)["item_origin"], only(store)["method"]) == ("/m/referat-5.pdf", "bilagsliste")
    store.put_bilag(BILAG_URL, HARVEST, "1", "Plan", "application/pdf", bilag_pdf(TIDSPLAN),
                    {"url": BILAG_URL, "status": 200})
    store.put_document(minutes(HARVEST, "a", [roads()], date="2024-04-11"))
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["item_title"], b["method"]) == (
        HARVEST, "1", "Cykelsti langs Åvej", "hentet")
    assert store.relinked_bilag() == [("/m/Tidsplan.pdf", b["id"])]
    store.put_document(minutes("/m/referat-9.pdf", "a", [schools("3")], date="2024-09-05"))
    assert (only(store)["item_origin"], only(store)["method"]) == (HARVEST, "hentet")
    assert store.relinked_bilag() == []


@pytest.mark.parametrize("deferred", [False, True], ids=["at-once", "in-an-ingest"])
def test_minutes_replaced_by_a_version_without_items_unlink_their_bilag(store, deferred):
    """A corrected file in which the parser finds no items replaces the minutes: the item the
    bilag was linked to is gone, so the bilag must be unlinked, say so, and its pages lose that
    item's committee, date and case number (a case-number filter would otherwise still offer it
    as case 24/2222's bilag). Found by a mutant: the relinking stopped at a document without
    items and left the bilag dangling, still 'bilagsliste: punktet lister »Tidsplan«'."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    assert only(store)["item_number"] == "2"
    if deferred:
        with store.deferred_bilag_links():
            assert store.put_document(minutes("/m/referat-5.pdf", "b", [])).status == "replaced"
    else:
        assert store.put_document(minutes("/m/referat-5.pdf", "b", [])).status == "replaced"
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == (None, None, "ingen punkter at sammenligne med")
    assert page_rows(store, b["id"]) == [(1, None, None, "[]", "Testby")]
    assert store.relinked_bilag() == [("/m/Tidsplan.pdf", b["id"])]
    (hit,) = bilag_hits(store)
    assert (hit["case_numbers"], hit["bilag"]["linked"]) == ([], False)
    assert search(store, "eleverne flytter", committee="Børneudvalget")["total"] == 0


@pytest.mark.parametrize("deferred", [False, True], ids=["at-once", "in-an-ingest"])
def test_a_bilag_the_new_minutes_do_not_concern_does_not_stop_the_linking_of_the_next(store, deferred):
    """Two bilag from an earlier run wait unlinked: a weather report no item is like, then the
    Tidsplan. Minutes listing the Tidsplan arrive (in an ingest: linked when it ends): the
    Tidsplan goes to item 2 though the report, looked at first, stays unlinked."""
    weather = store.put_bilag_file(bilag_file("/x/Vejrapport.pdf", "Vejrapport\n\nRegnen faldt tæt i marts og april."))
    store.put_bilag_file(bilag_file("/x/Tidsplan.pdf"))
    assert [b["item_number"] for b in store.bilag_list()] == [None, None]
    if deferred:
        with store.deferred_bilag_links():
            store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    else:
        store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    assert [(b["file"], b["item_number"], b["method"]) for b in store.bilag_list()] == [
        ("Vejrapport.pdf", None, None), ("Tidsplan.pdf", "2", "bilagsliste")]
    assert store.relinked_bilag() == [("/x/Tidsplan.pdf", weather.document_id + 1)]


def test_a_plain_analyzer_store_indexes_bilag_pages_plainly_however_they_are_linked(store, monkeypatch):
    """A store built with the plain analyzer (no stemming) must index every bilag page with it,
    whether the bilag is linked when it arrives, when its minutes arrive later, or when an
    ingest ends; a page indexed with Danish stems would not be found by the very word it prints
    ('cyklisterne' is indexed as 'cyklist')."""
    monkeypatch.setenv("SAGSGANG_ANALYZER", "plain")
    store.put_bilag_file(bilag_file("/m/Cykelplan.pdf", "Cykelplan\n\nCyklisterne får deres egen bane."))
    # the first file stored fixes the store's analyzer: a later setting does not change it
    monkeypatch.setenv("SAGSGANG_ANALYZER", "danish")
    store.put_document(minutes("/m/referat-5.pdf", "a", [
        AgendaItem(title="Cykelsti langs Åvej", number="1", case_numbers=["24/1111"],
                   attachments=[Attachment("Cykelplan")]), schools()]))
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    with store.deferred_bilag_links():
        store.put_bilag_file(bilag_file("/p/Høringssvar.pdf", "Høringssvar\n\nBorgerne ønsker flere træer."))
        store.put_document(minutes("/p/referat-6.pdf", "a", [schools("4", listed="Høringssvar")],
                                   date="2024-06-13"))
    assert store.analyzer_name() == "plain"
    assert {b["file"]: (b["item_origin"], b["item_number"]) for b in store.bilag_list()} == {
        "Cykelplan.pdf": ("/m/referat-5.pdf", "1"), "Tidsplan.pdf": ("/m/referat-5.pdf", "2"),
        "Høringssvar.pdf": ("/p/referat-6.pdf", "4")}
    for word, item in (("cyklisterne", "1"), ("eleverne", "2"), ("borgerne", "4")):
        (hit,) = search(store, word)["results"]
        assert (hit["unit"], hit["item_number"]) == ("bilag", item), word


def test_minutes_arriving_first_in_a_new_run_relink_the_bilag_of_the_last_run(store, tmp_path):
    """The store opened anew (the next ingest run) with a bilag already stored and nothing asked
    of the bilag index yet: the minutes listing it, the first thing stored, must still link it."""
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    store.close()
    again = open_index(str(tmp_path / "b.db"))
    try:
        again.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
        b = only(again)
        assert (b["item_number"], b["method"]) == ("2", "bilagsliste")
        assert again.relinked_bilag() == [("/m/Tidsplan.pdf", b["id"])]
    finally:
        again.close()


def test_in_one_ingest_each_bilag_is_compared_with_the_items_of_its_own_municipality(store):
    """Three notes no item lists, linked by content when the ingest ends: Testby's to Testby's
    school item, though Andenby's school item says nearly the note's words; Andenby's to
    Andenby's swimming-pool item; and one read without a municipality, compared with every item,
    to the item it is most like, Andenby's. A batch that compared the second with the first one's
    candidates would leave it unlinked or link it across municipalities."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    store.put_document(minutes("/n/referat-7.pdf", "a", [
        AgendaItem(title="Ny svømmehal", number="3", case_numbers=["24/7777"],
                   intro="Byrådet bygger en svømmehal ved stadion."),
        AgendaItem(title="Skolestruktur", number="4", case_numbers=["24/8888"],
                   intro="Forslag om at samle skolerne, så eleverne flytter til Nordskolen.")], municipality="Andenby"))
    with store.deferred_bilag_links():
        store.put_bilag_file(bilag_file("/x/Notat.pdf", NOTAT))
        store.put_bilag_file(bilag_file("/y/Svoemmehal.pdf", "Notat\n\nSvømmehallen ved stadion får et bassin på "
                                        "50 meter.", municipality="Andenby"))
        store.put_bilag_file(bilag_file("/z/Notat-u.pdf", NOTAT + " Uden kommune.", municipality=None))
    assert {b["file"]: (b["item_origin"], b["item_number"], b["method"]) for b in store.bilag_list()} == {
        "Notat.pdf": ("/m/referat-5.pdf", "2", "indhold"),
        "Svoemmehal.pdf": ("/n/referat-7.pdf", "3", "indhold"),
        "Notat-u.pdf": ("/n/referat-7.pdf", "4", "indhold")}


def test_each_page_of_a_bilag_is_a_search_result_naming_its_page_ocr_and_listed_title(store):
    """The item lists the file as 'Bilag 2: Tidsplan'; page 2 was read by OCR. A word on both
    (short) pages finds both, each with its own page, PDF anchor and OCR flag, titled as listed;
    the bilag list says the same. Found while writing this test: two short pages were collapsed
    into one result as twins ('bilag 2 side 1' and '... side 2' look alike, their bodies are too
    short to compare, the date is the same), so page 2 could not be found."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(listed="Bilag 2: Tidsplan")]))
    bf = bilag_file("/m/Tidsplan.pdf")
    bf.pages = ["Tidsplan\n\nForår: høring af forældrene.", "Efterår: eleverne flytter, høring af personalet."]
    bf.ocr_pages = [2]
    bid = store.put_bilag_file(bf).document_id
    b = only(store)
    assert (b["title"], b["first_line"], b["number"], b["pages"], b["ocr_pages"]) == (
        "Bilag 2: Tidsplan", "Tidsplan", "2", 2, [2])
    result = search(store, "høring")
    assert result["total"] == 2
    assert sorted((h["page"], h["item_number"], h["bilag"]["title"], h["bilag"]["number"], h["bilag"]["ocr"],
                   h["bilag"]["url"], h["bilag"]["label"]) for h in result["results"]) == [
        (1, "2", "Bilag 2: Tidsplan", "2", False, f"/bilag/{bid}.pdf#page=1", "bilag 2 til punkt 2, side 1"),
        (2, "2", "Bilag 2: Tidsplan", "2", True, f"/bilag/{bid}.pdf#page=2", "bilag 2 til punkt 2, side 2")]


def test_a_bilag_goes_to_the_item_of_its_own_municipality_listing_it(store):
    """Testby and Andenby both treat a case 24/2222 whose item lists 'Tidsplan' (the same number:
    case numbers are only unique within a municipality; Andenby's treatment is the later one).
    Testby's Tidsplan, in neither meeting's folder, goes to Testby's item."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    store.put_document(minutes("/n/referat-9.pdf", "a", [schools("7")], date="2024-06-13", municipality="Andenby"))
    store.put_bilag_file(bilag_file("/x/Tidsplan.pdf"))
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["method"]) == ("/m/referat-5.pdf", "2", "bilagsliste")


def test_a_bilag_fetched_from_a_url_is_listed_under_the_file_name_the_url_ends_in(store):
    """A bilag stored from a URL has no folder and its name is the URL's last part: the item
    listing 'Tidsplan' claims '.../filer/Tidsplan.pdf' though the file's first line says otherwise."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    store.put_bilag_file(bilag_file("Tidsplan.pdf", "Plan for skolerne\n\nEleverne flytter."),
                         "http://site.invalid/filer/Tidsplan.pdf")
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["method"], b["reason"]) == (
        "/m/referat-5.pdf", "2", "bilagsliste", "punktet lister »Tidsplan«")


def test_an_item_listing_the_bilag_elsewhere_beats_the_meeting_of_its_folder(store):
    """The file lies in the folder of the May minutes, whose school item is like it but does not
    list it; the June minutes list it: listing is stronger evidence than the folder."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), AgendaItem(
        title="Skoler", number="2", case_numbers=["24/2222"],
        intro="Skolerne samles, eleverne flytter til Nordskolen.")]))
    store.put_document(minutes("/p/referat-6.pdf", "a", [schools("4")], date="2024-06-13"))
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["method"]) == ("/p/referat-6.pdf", "4", "bilagsliste")


def test_a_bilag_linked_by_content_follows_its_case_to_a_later_treatment(store):
    """A note no item lists went to the school item by content likeness; when the case is treated
    again at a later meeting, the note moves to that treatment (the latest, as for listed bilag),
    and says so."""
    store.put_document(minutes("/a/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    notat = store.put_bilag_file(bilag_file("/x/Notat.pdf", NOTAT)).document_id
    assert (only(store)["item_origin"], only(store)["method"]) == ("/a/referat-5.pdf", "indhold")
    store.put_document(minutes("/b/referat-8.pdf", "a", [schools("6", listed="Høringssvar")], date="2024-06-13"))
    b = only(store)
    assert (b["item_origin"], b["item_number"], b["method"]) == ("/b/referat-8.pdf", "6", "indhold")
    assert store.relinked_bilag() == [("/x/Notat.pdf", notat)]


def test_a_bilag_waiting_in_a_meetings_folder_is_linked_by_folder_though_only_a_little_like_it(store):
    """A map of the area lies in the folder before the minutes arrive; it shares one word with
    the school item, too little for a link by content alone (below 0.12) but enough within the
    folder of one meeting (0.05): when the minutes arrive it goes to that item, by folder."""
    store.put_bilag_file(bilag_file("/m/Kort.pdf", "Kort\n\nOversigt over hallerne, vejene, parkeringen, stierne, "
                                    "busruterne, legepladserne, fortovene, belysningen, træerne, bænkene, "
                                    "skraldespandene og skolerne i byen."))
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(listed="Høringssvar")]))
    b = only(store)
    assert (b["item_number"], b["method"], b["reason"]) == (
        "2", "mappe", "i samme mappe som mødets dokument; indholdet ligner punktet (0.10, næste sag 0.00)")


def test_the_link_note_of_an_unnumbered_item_says_so(store):
    """The ingest report's line for a bilag linked to an item printed without a number."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [AgendaItem(
        title="Skolestruktur", case_numbers=["24/2222"], attachments=[Attachment("Tidsplan")])]))
    bid = store.put_bilag_file(bilag_file("/m/Tidsplan.pdf")).document_id
    assert store.bilag_link_note(bid) == ("punkt ? »Skolestruktur« i referat-5.pdf "
                                          "(bilagsliste: punktet lister »Tidsplan«)")
    assert store.bilag_file(bid + 1) is None  # no such bilag: nothing to serve (the web answers 404)
