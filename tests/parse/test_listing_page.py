"""A listing page (an index of meetings, as a council site's front page) is no meeting: it names
many dates and committees but holds no agenda item. It is skipped, never stored as an empty
meeting of committee 'Ukendt'."""
from __future__ import annotations

import pytest

from sagsgang.errors import DocumentError
from sagsgang.ingest import ingest
from sagsgang.parse import parse_file
from sagsgang.search import open_index

ROWS = [("08/10-2025", "Aarhus Byråd", "Dagsorden"), ("07/10-2025", "Magistraten", "Referat"),
        ("06/10-2025", "Teknisk Udvalg", "Referat"), ("01/10-2025", "Kulturudvalget", "Referat")]


def listing_page() -> str:
    """A meeting index in the markup of a FirstAgenda Publication front page."""
    rows = "".join(
        f'<a href="/vis?{kind}-{body.replace(" ", "-")}-d.{day.replace("/", "-")}&amp;id={n}" class="list-group-item">'
        f'<div class="row"><div class="col-sm-3">{day}</div><div class="col-sm-5"><strong>{body}</strong></div>'
        f'<div class="col-sm-4 link"><strong>{kind}</strong></div></div></a>'
        for n, (day, body, kind) in enumerate(ROWS))
    return ("<html><head><title>Forside - dagsordener og referater</title></head><body>"
            "<h1>Dagsordener og referater fra Aarhus Byråd og politiske udvalg</h1>"
            "<p>Her finder du dagsordner og referater fra Aarhus Byråd, Magistraten og de politiske udvalg.</p>"
            "<form><label>Udvalg</label><select><option>Vælg udvalg</option><option>Teknisk Udvalg</option>"
            "</select><label>År</label><select><option>2025</option><option>2024</option></select></form>"
            f'<div class="list-group search_result"><span>Resultater</span>{rows}</div>'
            "<footer>powered by FirstAgenda Publication</footer></body></html>")


def test_listing_page_is_not_a_document(tmp_path):
    path = tmp_path / "aarhus_forside.html"
    path.write_text(listing_page(), encoding="utf-8")
    with pytest.raises(DocumentError) as err:
        parse_file(path)
    assert err.value.kind == DocumentError.NOT_COUNCIL


def test_ingest_skips_a_listing_page(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "aarhus_forside.html").write_text(listing_page(), encoding="utf-8")
    store = open_index(str(tmp_path / "s.db"))
    report = ingest(store, [str(tmp_path / "docs")])
    assert [p for p, _ in report.skipped] == [str(tmp_path / "docs" / "aarhus_forside.html")]
    assert not report.failed and store.stats()["documents"] == 0
    store.close()


def index_page_with_intro(rows: int) -> str:
    """A site's index whose heading and intro read as one unnumbered item above the rows of meetings."""
    listed = "".join(f"<div><p>{d:02d}/05-2031</p><p>Plovudvalget</p><p>Referat</p></div>" for d in range(1, rows + 1))
    return ("<html><body><h1>Dagsordener og referater</h1><p>fra Sognerådet og de stående udvalg</p>"
            "<p>Her finder du dagsordener og referater fra sognerådets møder.</p><h2>Søg i arkivet</h2>"
            f"<p>Resultater</p>{listed}</body></html>")


def test_an_index_whose_intro_reads_as_an_item_is_not_a_document(tmp_path):
    path = tmp_path / "arkiv.html"
    path.write_text(index_page_with_intro(12), encoding="utf-8")
    with pytest.raises(DocumentError) as err:
        parse_file(path)
    assert err.value.kind == DocumentError.NOT_COUNCIL


def test_a_case_page_with_a_short_list_of_other_meetings_is_read():
    # a single case's page, a side list of three other meetings below it: the case is the page
    page = ("<html><body><h1>Plovudvalget</h1><h2>Ny belægning på Sognevej</h2>"
            "<h3>Sagsfremstilling</h3><p>Vejen har fået ny belægning på hele strækningen mod kirken.</p>"
            "<p>Udgiften holdes inden for rammen, og arbejdet er afsluttet i april.</p>"
            "<h3>Indstilling</h3><p>Forvaltningen indstiller, at orienteringen tages til efterretning.</p>"
            "<h3>Beslutning</h3><p>Taget til efterretning.</p><h3>Andre møder</h3>"
            + "".join(f"<p>{d:02d}/05-2031</p><p>Plovudvalget</p><p>Referat</p>" for d in (1, 8, 15))
            + "</body></html>")
    from sagsgang.parse.document import parse_result
    from sagsgang.read import read_bytes
    doc = parse_result(read_bytes(page.encode(), "sag.html"))
    assert [it.title for it in doc.items] == ["Ny belægning på Sognevej"]
