"""The key index that tells bilag linking which items a bilag may concern and which bilag a new
meeting document may concern (store/bilag_index.py), asked directly with hand-made facts.

The index must answer with every item (or bilag) that shares any key: a listed title, a case
number, the harvested listing, the folder. An answer that keeps only the last key's hits (or none
when one key has none) leaves a bilag unlinked, or linked to the wrong treatment, though its
minutes list it: the store never shows the linking code the item that would have claimed it.
Expected ids are written by hand from the facts below."""
from __future__ import annotations

from sagsgang.link.bilag import BilagFacts
from sagsgang.store.bilag_index import BilagIndex

HARVEST_A = "http://site.invalid/api/agenda/dagsorden/5"
HARVEST_B = "http://site.invalid/api/agenda/dagsorden/6"


def index_of_four_items() -> BilagIndex:
    """Item 1 lists 'Tidsplan' (/m), item 2 carries case 24/2222 (/m), items 3 and 4 are the
    harvested minutes A and B (no folder: their origin is a URL)."""
    index = BilagIndex()
    index.add_item(1, "/m/referat-5.pdf", ["24/1111"], ["Bilag 1: Tidsplan"], "Testby")
    index.add_item(2, "/m/referat-5.pdf", ["24/2222"], [], "Testby")
    index.add_item(3, HARVEST_A, [], ["Skitse"], "Testby")
    index.add_item(4, HARVEST_B, [], [], "Testby")
    return index


def test_a_bilag_gets_every_item_that_shares_any_key_with_it():
    """Harvested from two listings (one not stored), listed as 'Tidsplan', printing 24/2222: the
    items of all four keys, not only those of the last key looked up."""
    index = index_of_four_items()
    facts = BilagFacts(name="Tidsplan.pdf", folder="/x", text="Tidsplan\n\nSagsnr. 24/2222",
                       harvested=[(HARVEST_A, "1"), ("http://site.invalid/gone", "1"), (HARVEST_B, "2")])
    assert index.items_for(facts) == {1, 2, 3, 4}
    # only the keys it has: one printed number, no title any item lists, no harvest
    assert index.items_for(BilagFacts(name="Notat.pdf", folder="/x", text="Notat\n\nSagsnr. 24/2222")) == {2}
    assert index.items_for(BilagFacts(name="Notat.pdf", folder="/x", text="Notat\n\nIntet nummer.")) == set()


def test_a_new_document_gets_every_bilag_that_shares_any_key_with_its_items():
    """Bilag 10 and 11 print the document's two case numbers, 12 and 13 carry the titles its items
    list (one listed as 'Bilag 2: Høringssvar'): all four, not only the last key's."""
    index = BilagIndex()
    index.add_bilag(10, BilagFacts(name="Notat.pdf", folder="/x", text="Notat\n\nSagsnr. 24/1111"))
    index.add_bilag(11, BilagFacts(name="Brev.pdf", folder="/x", text="Brev\n\nJ.nr. 24/2222"))
    index.add_bilag(12, BilagFacts(name="Tidsplan.pdf", folder="/x", text="Tidsplan"))
    index.add_bilag(13, BilagFacts(name="Hoeringssvar.pdf", folder="/x", text="Svar fra borgerne"))
    index.add_bilag(14, BilagFacts(name="Vejrapport.pdf", folder="/x", text="Vejrapport\n\nSagsnr. 24/9999"))
    assert index.bilag_for(["24/1111", "24/2222"], ["Tidsplan", "Bilag 2: Høringssvar"]) == {10, 11, 12, 13}
    assert index.bilag_for(["24/2222"], []) == {11}
    assert index.bilag_for([], ["Bilag 2: Høringssvar"]) == {13}
    assert index.bilag_for(["24/5555"], ["Referat"]) == set()


def test_folders_hold_file_origins_only_and_answer_by_municipality():
    """A harvested (URL) document lies in no folder; a file's folder lists its document once per
    municipality asked for, and for a bilag that names no municipality, whatever municipality
    the document's items have: such a bilag in a meeting's folder is still that meeting's."""
    index = index_of_four_items()
    index.add_item(5, "/m/referat-5.pdf", [], [], "Andenby")
    index.add_item(6, "/n/referat-9.pdf", [], [], "Andenby")
    assert index.folders == {"/m": {"/m/referat-5.pdf"}, "/n": {"/n/referat-9.pdf"}}
    assert index.folder_origins(BilagFacts(name="N.pdf", folder="/m", text="", municipality="Testby")) == [
        "/m/referat-5.pdf"]
    assert index.folder_origins(BilagFacts(name="N.pdf", folder="/n", text="", municipality="Testby")) == []
    assert index.folder_origins(BilagFacts(name="N.pdf", folder="/n", text="", municipality=None)) == [
        "/n/referat-9.pdf"]
    assert index.items_of("/m/referat-5.pdf") == {1, 2, 5}
