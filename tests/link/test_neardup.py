from sagsgang.link import build_cases
from sagsgang.model import AgendaItem, Document, Meeting, Section

TEXT = ("Udvalget skal tage stilling til en ny plan for vedligehold af byens legepladser, herunder en prioriteret "
        "liste over de legepladser, der skal renoveres først, og en tidsplan for arbejdet de kommende tre år.")
OTHER = ("Forvaltningen orienterer om status på vintertjenesten, hvor saltforbruget har været højere end budgetteret "
         "på grund af mange frostnætter i januar og februar, og om forventningerne til resten af sæsonen.")


def doc(source: str, text: str, number: str | None = None, muni: str = "Faxe", date: str = "2024-01-10") -> Document:
    item = AgendaItem(title="Legepladser", number="1", case_numbers=[number] if number else [],
                      sections=[Section("Sagsfremstilling", text)])
    return Document(source=source, municipality=muni, document_type="dagsorden", content_hash=source,
                    meeting=Meeting(committee="Teknisk Udvalg", date=date), items=[item])


def test_unnumbered_copies_link_by_content_and_different_texts_stay_apart():
    cases = build_cases([doc("a.html", TEXT), doc("a.pdf", TEXT + " Side 2"), doc("b.html", OTHER)])
    sizes = sorted(len(c.items) for c in cases)
    assert sizes == [1, 2]


def test_unnumbered_copy_joins_the_numbered_case():
    cases = build_cases([doc("a.html", TEXT, number="24-000001"), doc("a.pdf", TEXT)])
    assert len(cases) == 1 and cases[0].numbers == ["24-000001"]


def test_alike_texts_with_different_numbers_or_municipalities_are_not_merged():
    assert len(build_cases([doc("a", TEXT, "24-000001"), doc("b", TEXT, "24-000002")])) == 2
    assert len(build_cases([doc("a", TEXT, muni="Faxe"), doc("b", TEXT, muni="Køge")])) == 2


def test_word_sketch_estimates_jaccard():
    from sagsgang.link.neardup import sketch_jaccard, word_sketch

    assert sketch_jaccard(word_sketch(TEXT), word_sketch(TEXT + " Side 2")) >= 0.85  # the same write-up
    assert sketch_jaccard(word_sketch(TEXT), word_sketch(OTHER)) < 0.3
    assert sketch_jaccard(word_sketch(""), word_sketch("")) == 1.0
    assert len(word_sketch(TEXT * 20)) <= 128


def test_stored_signatures_are_datasketch_minhash_values():
    """Ingest computes MinHash values with numpy; they must be exactly datasketch's (seed 1,
    128 permutations), so the 0.5 threshold measured with datasketch still holds."""
    from sagsgang.link.neardup import minhash_values, signature

    texts = [TEXT, OTHER, TEXT + " Side 2", "Æblerne på Ørsteds Plads " * 12, "for kort tekst"]
    for text in texts:
        expected = signature(text)
        got = minhash_values(text)
        if expected is None:
            assert got is None
        else:
            assert got.dtype == expected.hashvalues.dtype and (got == expected.hashvalues).all()


def test_record_round_trip_keeps_every_field():
    from dataclasses import asdict

    from sagsgang.link.cases import case_from_record, case_to_record

    cases = build_cases([doc("a.html", TEXT, number="24-000001"), doc("a.pdf", TEXT)])
    assert [asdict(case_from_record(case_to_record(c))) for c in cases] == [asdict(c) for c in cases]
    assert case_to_record(cases[0]) == asdict(cases[0])
