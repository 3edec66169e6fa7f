"""A relink reads what linking needs of each member item from `link_inputs` (store/links.py), not
its stored document (issue 19): the cases kept at ingest equal build_cases over the same documents
field for field, a database from before the table gets it filled by the migration (and then the
same cases), and relinking works with every stored document unreadable."""
from __future__ import annotations

import hashlib
import json

from sagsgang.link.cases import build_cases, case_to_record
from sagsgang.model import AgendaItem, Attachment, Decision, Document, Meeting, Section
from sagsgang.search import index_item
from sagsgang.store import links, open_store
from sagsgang.store.codec import decode_record
from sagsgang.store.links import all_cases

from ..link.test_neardup import OTHER, TEXT

EU, BR = "Økonomiudvalget", "Byrådet"


def _doc(source: str, items: list[AgendaItem], *, muni: str = "Nordby", kind: str = "referat",
         meeting: tuple[str, str] | None = (EU, "2024-03-05"), date: str | None = None,
         addressed_to: str | None = None) -> Document:
    return Document(source=source, municipality=muni, document_type=kind,
                    meeting=Meeting(committee=meeting[0], date=meeting[1]) if meeting else None,
                    content_hash=hashlib.sha256(source.encode()).hexdigest(), date=date, addressed_to=addressed_to,
                    items=items)


def _item(number: str, title: str, cases: list[str], *, public: bool = True, text: str = "", page: int | None = None,
          route: list[str] | None = None, decisions: list[Decision] | None = None,
          attachments: list[Attachment] | None = None) -> AgendaItem:
    return AgendaItem(title=title, number=number, public=public, case_numbers=cases, route=route or [], page=page,
                      sections=[Section("Sagsfremstilling", text)] if text else [], decisions=decisions or [],
                      attachments=attachments or [])


def documents() -> list[Document]:
    """Documents that make every field linking reads count: routes and pages, absent members,
    public and closed bilag, closed items whose agenda's meeting treated them (lukket; one with no
    minutes stored) beside one it did not (planlagt), a note with addressees and a printed date
    but no meeting, titles that differ between copies, unnumbered near-duplicates (keys from
    content hash and item number), one joining a numbered case, and the same text in another
    municipality."""
    plan = _item("1", "Plan for legepladser", ["24-000101"], text=TEXT, page=3, route=[EU, BR],
                 decisions=[Decision(EU, "2024-03-05", "Indstillingen godkendt.", ["A. Hansen"])],
                 attachments=[Attachment("Bilag 1: Plan", "1"), Attachment("Bilag 2: Tilbud", "2", public=False)])
    closed = _item("2", "Salg af grund", ["24-000102"], public=False, page=5,
                   decisions=[Decision(EU, "2024-03-05", "Godkendt.")], attachments=[Attachment("Købsaftale")])
    agenda = [_item("5", "Plan for legepladser (2)", ["24-000101"], page=2, route=[BR]),
              _item("6", "Salg af grund", ["24-000102"], public=False, decisions=[Decision(BR, "2024-03-20", "x")]),
              _item("7", "Personalesag", ["24-000103"], public=False),
              _item("8", "Ekspropriation", ["24-000104"], public=False, decisions=[Decision(BR, "2024-03-20", "y")])]
    minutes = [_item("5", "Plan for legepladser", ["24-000101"], page=2,
                     decisions=[Decision(BR, "2024-03-20", "Vedtaget.", ["B. Jensen", "C. Olsen"])]),
               _item("6", "Salg af grund", ["24-000102"], public=False)]
    note = _item("1", "Orientering om legepladser", ["24-000101"], text="Kort orientering.",
                 attachments=[Attachment("Notat")])
    return [
        _doc("oeu-2024-03-05.txt", [plan, closed]),
        _doc("br-2024-03-20-dagsorden.txt", agenda, kind="dagsorden", meeting=(BR, "2024-03-20")),
        _doc("br-2024-03-20.txt", minutes, meeting=(BR, "2024-03-20")),
        _doc("notat.txt", [note], kind="orientering", meeting=None, date="2024-02-01",
             addressed_to="Økonomiudvalget og Byrådet"),
        _doc("tu.html", [_item("3", "Legepladser", [], text=TEXT + " Side 2", page=1)], meeting=("Teknisk Udvalg",
                                                                                                 "2024-02-10")),
        _doc("vinter.html", [_item("4", "Vintertjeneste", [], text=OTHER)], meeting=("Teknisk Udvalg", "2024-02-10")),
        _doc("vinter.pdf", [_item("4", "Vintertjenesten", [], text=OTHER + " Side 1", page=7)],
             meeting=("Teknisk Udvalg", "2024-02-10")),
        _doc("syd.html", [_item("9", "Legepladser", [], text=TEXT)], muni="Sydby", meeting=("Teknisk Udvalg",
                                                                                          "2024-02-11")),
    ]


def records(cases) -> list[dict]:
    """Every field of every case (what the store keeps as `cases.data`), by key."""
    return sorted((case_to_record(c) for c in cases), key=lambda r: r["key"])


def path_of(doc: Document) -> str:
    return f"/data/{doc.source}"


def test_cases_kept_at_ingest_equal_build_cases_field_for_field(new_db):
    docs = documents()
    expected = records(build_cases(docs))
    assert any(t["kind"] == "lukket" for r in expected for t in r["treatments"])
    assert any(t["kind"] == "planlagt" for r in expected for t in r["treatments"])
    for order in (docs, docs[::-1], docs[1::2] + docs[::2]):
        store = open_store(new_db(), indexer=index_item)
        try:
            for d in order:
                store.put_document(d, path_of(d))
            assert records(all_cases(store.conn)) == expected
        finally:
            store.close()


def test_a_relink_reads_no_stored_document(new_db):
    """With every stored document's `parsed` made unreadable, adding documents that join the
    stored cases and withdrawing one (its members relinked without it) still give build_cases'
    cases: a relink reads the members' link inputs only."""
    docs = documents()
    rest = docs[5:] + [docs[2]]
    store = open_store(new_db(), indexer=index_item)
    conn = store.conn
    try:
        with store.deferred_people():  # the people rebuild reads documents; it runs once, after the restore
            for d in docs[:2] + docs[3:5]:
                store.put_document(d, path_of(d))
            saved = conn.execute("SELECT id, parsed FROM documents").fetchall()
            conn.execute("UPDATE documents SET parsed=?", (b"not a stored document",))
            for d in rest:
                store.put_document(d, path_of(d))
            assert records(all_cases(conn)) == records(build_cases(docs))
            # withdrawn: the replaced version is read (its tombstones), the members left are not
            (old,) = [r[0] for r in conn.execute("SELECT id FROM documents WHERE source=?", (docs[0].source,))]
            conn.execute("UPDATE documents SET parsed=? WHERE id=?", (dict(saved)[old], old))
            withdrawn = _doc(docs[0].source, [], meeting=(EU, "2024-03-05"))
            withdrawn.content_hash = hashlib.sha256(b"withdrawn").hexdigest()
            store.put_document(withdrawn, path_of(docs[0]))
            assert records(all_cases(conn)) == records(build_cases(docs[1:]))
            conn.executemany("UPDATE documents SET parsed=? WHERE id=?", [(p, i) for i, p in saved])
    finally:
        store.close()


def _inputs(conn) -> dict[int, dict]:
    return {iid: decode_record(entry) for iid, entry in conn.execute("SELECT item_id, entry FROM link_inputs")}


def test_a_database_from_before_link_inputs_gets_them_once_and_the_same_cases(new_db):
    docs = documents()
    path = new_db()
    store = open_store(path, indexer=index_item)
    for d in docs[:6]:
        store.put_document(d, path_of(d))
    written = _inputs(store.conn)
    assert len(written) == store.conn.execute("SELECT count(*) FROM link_items").fetchone()[0] > 0
    store.conn.execute("DROP TABLE link_inputs")
    store.conn.execute("PRAGMA user_version = 13")
    store.close()
    store = open_store(path, indexer=index_item)  # migrates: 13 -> 14
    try:
        assert _inputs(store.conn) == written
        for d in docs[6:]:  # relinks the stored groups from the migrated inputs
            store.put_document(d, path_of(d))
        assert records(all_cases(store.conn)) == records(build_cases(docs))
        # filled once: with every linked item's input present, nothing is read (not even a document)
        store.conn.execute("UPDATE documents SET parsed=?", (b"not a stored document",))
        before = _inputs(store.conn)
        links.backfill_inputs(store.conn)
        assert _inputs(store.conn) == before
    finally:
        store.close()


def test_link_inputs_hold_no_body_and_nothing_a_closed_item_decided():
    """What the store keeps per item for linking: no body text, and of a closed item only its
    decisions' dates (its title and number are public; what was decided is not)."""
    docs = documents()
    plan, closed = docs[0].items
    entry = json.dumps(links.entry_record(docs[0], plan), ensure_ascii=False)
    assert TEXT[:40] not in entry and "Bilag 2: Tilbud" not in entry and "Bilag 1: Plan" in entry
    sealed = links.entry_record(docs[0], closed)["item"]
    assert sealed["decisions"] == [[None, "2024-03-05", "", []]] and sealed["attachments"] == []
