"""No CPR number, in any printed form and any field, reaches any output: the human output of
`parse`, search (CLI, web, API, feed), the web pages, the API, the feeds, the CSV downloads and
the case/theme reports — checked by a crawl of a site built from generated minutes, for CPR
numbers drawn by hypothesis. The store masks on entry, so neither the records nor the search
index hold one, and search cannot tell whether a given number occurs."""
from __future__ import annotations

import re
import tempfile
import zlib
from pathlib import Path
from urllib.parse import urlencode

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sagsgang.search import open_index, search

from ..site import Item, cli, client, minutes
from .crawl import crawl

# every printed form the masking must recognise: hyphen, en dash, non-breaking hyphen, spaced
# dash, a space, nothing
FORMS = ("{a}-{b}", "{a}\u2013{b}", "{a}\u2011{b}", "{a} - {b}", "{a} {b}", "{a}{b}")
FIELDS = ("location", "title", "decision", "body", "bilag", "closed_title")


@st.composite
def cprs(draw) -> tuple[str, str]:
    """A valid CPR number as (ddmmyy, serial). The serial is 3000-9999, so it cannot be mistaken
    for a year or another number the site prints anyway (the crawl looks for it alone too)."""
    day, month, year = draw(st.integers(1, 31)), draw(st.integers(1, 12)), draw(st.integers(0, 99))
    return f"{day:02d}{month:02d}{year:02d}", f"{draw(st.integers(3000, 9999))}"


def leaks(text: str, first6: str, last4: str) -> list[str]:
    """The parts of the number found in `text`: its date part or its serial as a number of their
    own (a hex id or a timestamp's microseconds do not count), or all ten digits in a row."""
    found = []
    if re.search(rf"(?<![\w.]){first6}(?!\w)", text) or first6 + last4 in text:
        found.append(first6)
    if re.search(rf"(?<![\w.]){last4}(?!\w)", text):
        found.append(last4)
    return found


def build_docs(folder: Path, numbers: dict[str, str]) -> None:
    """Minutes with a CPR number in every field (`numbers`: field -> the number as printed)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = [Item(f"Klage vedr. {numbers['title']}", "24-001234",
                  decision=f"Klagen fra borger med CPR {numbers['decision']} blev afvist.",
                  body=f"Borgeren med CPR {numbers['body']} har klaget over afgørelsen om hjælpemidler.",
                  bilag=[f"Klage fra {numbers['bilag']}"]),
             Item(f"Personsag {numbers['closed_title']}", "24-001235", public=False)]
    text = minutes("Socialudvalget", "05-03-2024", items, location=f"Rådhuset, lokale {numbers['location']}")
    (folder / "referat.txt").write_text(text, encoding="utf-8")


def every_output(root: Path, typed: list[str]) -> dict[str, str]:
    """Ingest root/docs and collect every output: CLI commands, then a crawl of the web site,
    API and feeds from its entry points, with searches for the numbers as typed."""
    db, docs = str(root / "s.db"), root / "docs"
    outputs: dict[str, str] = {}
    code, out, err = cli("ingest", str(docs), "--db", db, "--municipality", "Testby")
    assert code == 0 and "1 new" in out, err
    outputs["parse"] = cli("parse", str(docs / "referat.txt"))[1]
    for query in [*typed, "klage", "hjælpemidler"]:
        outputs[f"search {query}"] = cli("search", query, "--db", db)[1]
        outputs[f"search --json {query}"] = cli("search", query, "--db", db, "--json")[1]
    outputs["theme"] = cli("theme", "klage", "--db", db)[1]
    outputs["theme --json"] = cli("theme", "klage", "--db", db, "--json")[1]
    cli("theme", "klage", "--db", db, "--csv", str(root / "t.csv"))
    outputs["theme --csv"] = (root / "t.csv").read_text(encoding="utf-8")
    outputs["case"] = cli("case", "24-001234", "--db", db)[1]
    outputs["case --json"] = cli("case", "24-001234", "--db", db, "--json")[1]
    entries = ["/", "/kommuner", "/api/v1/system", "/api/v1/bodies"]
    for query in [*typed, "klage"]:
        q = urlencode({"q": query})
        entries += [f"/?{q}", f"/tema?{q}", f"/tema.csv?{q}", f"/api/v1/search?{q}", f"/feeds/search.atom?{q}"]
    with client(db) as web:
        pages = crawl(web, entries)
    assert any(p.startswith("/punkt/") for p in pages) and any(p.startswith("/api/v1/meetings/") for p in pages)
    assert any(p.startswith("/feeds/udvalg/") for p in pages) and any(p.startswith("/sag/") for p in pages)
    outputs.update(pages)
    return outputs


# no shrinking: one example builds and crawls a whole site; the failure message names the number
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(cpr=cprs(), forms=st.lists(st.sampled_from(FORMS), min_size=len(FIELDS), max_size=len(FIELDS)))
def test_no_cpr_number_in_any_output(cpr, forms):
    first6, last4 = cpr
    numbers = {f: form.format(a=first6, b=last4) for f, form in zip(FIELDS, forms, strict=True)}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_docs(root / "docs", numbers)
        outputs = every_output(root, sorted(set(numbers.values())))
    leaked = {name: leaks(text, first6, last4) for name, text in outputs.items() if leaks(text, first6, last4)}
    assert not leaked, f"CPR {first6}-{last4} shown in {leaked}"


def test_every_form_in_every_field_is_masked(tmp_path):
    """Each form in every field at once (the property test draws combinations)."""
    for n, form in enumerate(FORMS):
        first6, last4 = f"{n + 10:02d}0385", f"{7000 + n}"
        build_docs(tmp_path / f"r{n}" / "docs", {f: form.format(a=first6, b=last4) for f in FIELDS})
        outputs = every_output(tmp_path / f"r{n}", [form.format(a=first6, b=last4)])
        assert "xxxxxx-xxxx" in outputs["parse"]
        leaked = {name: leaks(text, first6, last4) for name, text in outputs.items() if leaks(text, first6, last4)}
        assert not leaked, f"form {form!r}: shown in {leaked}"


def stored_texts(db: str) -> str:
    """Every value in every table of the database, compressed columns decompressed."""
    import sqlite3

    conn = sqlite3.connect(db)
    parts = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        for row in conn.execute(f"SELECT * FROM {table}"):
            for v in row:
                if isinstance(v, bytes):
                    try:
                        v = zlib.decompress(v).decode("utf-8")
                    except (zlib.error, UnicodeDecodeError):
                        v = v.hex()
                parts.append(str(v))
    conn.close()
    return "\n".join(parts)


def test_records_and_index_hold_no_cpr_number(tmp_path):
    """Masked where text enters the store: no table holds the number, the index is fed masked
    text, and a search for the number answers exactly as for a number that occurs nowhere."""
    numbers = {f: form.format(a="010203", b="4567") for f, form in zip(FIELDS, FORMS * 2, strict=False)}
    build_docs(tmp_path / "docs", numbers)
    store = open_index(str(tmp_path / "s.db"))
    indexed: list[tuple[str, str, str]] = []
    feed = store.indexer

    def spy(doc, item, analyzer):
        indexed.append(feed(doc, item, analyzer))
        return indexed[-1]

    store.indexer = spy
    from sagsgang.ingest import ingest

    assert ingest(store, [str(tmp_path / "docs")]).counts["new"] == 1
    assert indexed and not any(leaks(" ".join(row), "010203", "4567") for row in indexed)
    assert not leaks(stored_texts(str(tmp_path / "s.db")), "010203", "4567")
    assert search(store, "hjælpemidler")["total"] == 1
    for typed in set(numbers.values()):
        assert search(store, typed) == search(store, "311299-9876") | {"query": search(store, typed)["query"]}
        assert search(store, typed)["query"] == search(store, "311299-9876")["query"]
    store.close()


def test_a_snippet_window_never_starts_inside_a_number(tmp_path):
    """A snippet cut at the serial of a CPR number showed that serial ('… 1118 …')."""
    (tmp_path / "docs").mkdir()
    body = ("Indledning om sagen. " * 12 + "Borger med CPR 010203-1118 afviste helt denne løsning om "
            "parkeringspladser ved skolen og vejen.")
    (tmp_path / "docs" / "r.txt").write_text(minutes("Teknisk Udvalg", "05-03-2024", [
        Item("Parkering ved skolen", "24-001236", body=body)]), encoding="utf-8")
    store = open_index(str(tmp_path / "s.db"))
    from sagsgang.ingest import ingest

    ingest(store, [str(tmp_path / "docs")])
    for query in ("parkeringspladser", "løsning", "afviste", "helt denne"):
        result = search(store, query)
        assert result["total"] == 1
        assert "1118" not in result["results"][0]["snippet"] and "010203" not in result["results"][0]["snippet"]
    store.close()
