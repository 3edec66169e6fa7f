"""The confidence and the warning read the parse for signs it went wrong, and say which in Danish: titles that
ran into the page header or the item body, titles that start mid-sentence, item numbers out of sequence.
The flattened pages are tune pages printed as a PDF transcript prints them (benchmarks/parse_accuracy/
flattened.py), where the parser reads them worst; benchmarks/parse_accuracy/confidence.py measures the rest."""
from __future__ import annotations

from sagsgang.cli import main
from sagsgang.commands.parse import summary
from sagsgang.model import AgendaItem, Decision, Document, Section
from sagsgang.parse import parse_file
from sagsgang.parse.quality import confidence, factors, one_run, reasons, warning
from tests.parse.flattening import flattened_text, parse_flattened, tune_page
from tests.parse.test_generic import parse_text
from tests.parse.test_quality import WELL_READ

GLUED = "punkttitler løber sammen med teksten"
CUT = "punkttitler begynder midt i en sætning"
ORDER = "punktnumre ikke i rækkefølge"


def test_a_title_that_swallowed_the_flattened_meeting_header_marks_the_page(tmp_path):
    """x0326 flattened: its one title runs on through 'Udvalg: … Mødedato: … Mødested: …' (159 characters); its
    case text is read (its title line is cut as the page printed it), so the page is partly read, not unread."""
    doc = parse_flattened(tmp_path, "x0326.txt")
    assert any("Mødedato:" in it.title for it in doc.items)
    assert GLUED in reasons(doc) and GLUED in warning(doc) and doc.confidence < 0.4


def test_a_title_that_runs_into_the_item_body_marks_the_page(tmp_path):
    """003 flattened: the note's title runs on into 'Sagen KL har den 7. oktober 2022 …' (190 characters)."""
    doc = parse_flattened(tmp_path, "003_356bb92c41c6d0b8.txt")
    assert GLUED in reasons(doc) and doc.confidence < 0.3
    assert f"Delvist læst: {GLUED}" in summary(doc)  # the readable summary says so too


def test_a_case_page_whose_only_title_starts_mid_sentence_is_marked(tmp_path):
    """x0291 flattened: its title is the tail of a bulleted list ('o pædagogiske forudsætninger, …')."""
    doc = parse_flattened(tmp_path, "x0291.txt")
    assert doc.items[0].title[:1].islower()
    assert CUT in warning(doc) and doc.confidence < 0.6


def test_long_printed_titles_and_one_label_are_not_glued():
    """Titles as printed run to about 155 characters and may hold one label: they raise no doubt."""
    printed = ("Forslag til kommuneplantillæg nr , Industri Syd, lokalplan nr område til tekniske anlæg til varme og "
               "energiproduktion, Energi Syd samt Miljørapport april")
    for title in (printed, "Beslutningssag: Budget 2025 - 1. behandling"):
        doc = Document(source="t.txt", items=[AgendaItem(title=title, number="1")])
        assert reasons(doc) == [] and confidence(doc, 0.1) == 0.9


def test_numbers_that_skip_lower_the_confidence_but_alone_do_not_warn():
    """1 then 5 with nothing between: items were missed or split wrongly. Alone it does not mark the page
    (well-read excerpts cut short skip numbers too); on a marked page it is one of the reasons."""
    well, skipping = parse_text(WELL_READ), parse_text(WELL_READ.replace("2. Budget 2025", "5. Budget 2025"))
    assert [it.number for it in skipping.items] == ["1", "5"]
    assert skipping.confidence < well.confidence and warning(skipping) is None
    prose = " ".join(["Udvalget besøgte et trykkeri i Vejle og drøftede lærepladser med ledelsen."] * 12)
    marked = parse_text(WELL_READ.replace("2. Budget 2025", "5. Budget 2025")
                        .replace("\n\n1. Godkendelse", "\n\n" + prose + "\n\n1. Godkendelse"))
    assert reasons(marked)[-1] == ORDER and warning(marked).startswith("partly read")


def test_unnumbered_items_between_fill_the_skip():
    """1, two unnumbered items (numbers cut from the list), 4: in sequence."""
    items = [AgendaItem(title="Godkendelse af dagsorden", number="1"), AgendaItem(title="Budget 2025"),
             AgendaItem(title="Lokalplan 12"), AgendaItem(title="Eventuelt", number="4")]
    doc = Document(source="t.txt", items=items)
    assert confidence(doc, 0.0) == 1.0


def test_items_whose_titles_were_lost_but_bodies_read_raise_no_doubt():
    """x0201: minutes whose item titles were lost in extraction (the gold has none either) while their
    sections and decisions were read: only the unread text lowers the confidence."""
    doc = parse_file(tune_page("x0201.txt"))
    assert doc.items and not any(it.title for it in doc.items)
    assert factors(doc, doc.unread_share)["titled"] == 1.0 and doc.confidence == round(1 - doc.unread_share, 3)


def test_an_item_with_neither_title_nor_body_lowers_the_confidence():
    read = AgendaItem(title="", decisions=[Decision(committee="Byrådet", date="2024-03-18", text="Godkendt.")])
    headed, empty = AgendaItem(title="", sections=[Section("Sagsfremstilling")]), AgendaItem(title="")
    assert confidence(Document(source="t.txt", items=[read, headed]), 0.0) == 1.0
    # titled (one of two items has neither: 0.75) times empty (a stray number taken for an item's start: 0.8)
    assert confidence(Document(source="t.txt", items=[read, empty]), 0.0) == 0.6


def test_a_page_flattened_into_one_run_is_read_with_less_confidence(tmp_path):
    """x0097 read well in both forms; flattened, every boundary had to be found without a line break, which
    on unseen pages fails far more often: the form factor says so, the page is not marked for it alone."""
    text = tune_page("x0097.txt").read_text(encoding="utf-8")
    assert not one_run(text) and one_run(flattened_text(text))
    lined, flat = parse_file(tune_page("x0097.txt")), parse_flattened(tmp_path, "x0097.txt")
    assert factors(flat, flat.unread_share, True)["form"] == 0.85 and factors(lined, lined.unread_share)["form"] == 1.0
    assert flat.confidence == confidence(flat, flat.unread_share, True)
    assert flat.confidence < confidence(flat, flat.unread_share) and warning(flat) is None


def test_ingest_counts_and_names_the_marked_pages_and_says_why(tmp_path, capsys):
    """The flattened x0326 (its title swallowed the meeting header) beside x0097 as published: the summary
    counts and names the one, stderr says why in the parse's own words."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "x0326_flat.txt").write_text(flattened_text(tune_page("x0326.txt").read_text(encoding="utf-8")),
                                           encoding="utf-8")
    (folder / "x0097.txt").write_bytes(tune_page("x0097.txt").read_bytes())
    assert main(["ingest", str(folder), "--db", str(tmp_path / "s.db")]) == 0
    out, err = capsys.readouterr()
    assert "1 partly read (x0326_flat.txt)" in out
    assert f"x0326_flat.txt: partly read: {GLUED} (sikkerhed" in err and "x0097" not in err


def test_a_long_title_printed_whole_is_no_sign_of_a_run_on(tmp_path):
    """A title of 161 characters with neither a date nor a new sentence inside (the generator prints such titles,
    and councils do) is read whole: the page is not marked, while the same length running into a dated sentence
    is."""
    long = ("Frigivelse af midler til forlængelse af driftsaftale om København Bibliotek - endelig vedtagelse "
            "efter offentlig høring og behandling af de indkomne bemærkninger")
    page = tmp_path / "p.txt"
    page.write_text(f"Dagsorden\nØkonomiudvalget\nMødedato: 12.03.2024\n\n1. {long}\n\nSagsfremstilling\n"
                    "Forvaltningen har forhandlet en ny aftale på plads.\n\n2. Budget 2025\n\nSagsfremstilling\n"
                    "Der skal vedtages et budget for det kommende år.\n", encoding="utf-8")
    doc = parse_file(page)
    assert doc.items[0].title == long and len(long) > 160
    assert GLUED not in reasons(doc) and warning(doc) is None


LIST_HEAD = "Dagsorden\nSocialudvalget\nMødedato: 03-02-2025\n\n"
LISTED = ["Godkendelse af dagsorden", "Tilskud til privat pasning", "Takster for madservice", "Ældrepuljen",
          "Eventuelt"]


def _listed(titles: list[str]) -> str:
    return LIST_HEAD + "".join(f"{n}. {title}\n\n" for n, title in enumerate(titles, 1))


def test_a_title_holding_entries_run_together_reads_with_less_confidence():
    """An invented agenda list whose line break between three entries was lost: one title over three times the
    page's median holds entries the parse did not cut apart, so the page is read with less confidence than the
    same list read entry by entry (and the page is not marked for it: its text is all in fields)."""
    whole = parse_text(_listed(LISTED))
    run_on = LISTED[:2] + ["Takster for madservice Ansøgning fra boligforeningerne om ændrede udlejningsregler og "
                           "Ældrepuljen", "Eventuelt"]
    merged = parse_text(_listed(run_on))
    assert [it.title for it in merged.items] == run_on
    assert factors(whole, whole.unread_share)["merged"] == 1.0 and factors(merged, merged.unread_share)["merged"] < 1
    assert merged.confidence < whole.confidence - 0.1 and warning(merged) is None


def test_titles_of_one_kind_or_too_few_to_compare_raise_no_merged_doubt():
    """Three titles give no median to compare with; a list whose longest title is under three times its median
    (printed titles vary that much) is no sign."""
    few = [AgendaItem(title=t, number=str(n)) for n, t in enumerate(["Eventuelt", "Budget", LISTED[2] * 3], 1)]
    assert factors(Document(source="t.txt", items=few), 0.0)["merged"] == 1.0
    varied = [AgendaItem(title=t, number=str(n)) for n, t in enumerate(LISTED + [LISTED[1] + " og " + LISTED[2]], 1)]
    assert factors(Document(source="t.txt", items=varied), 0.0)["merged"] == 1.0


def test_a_title_ending_in_a_column_of_numbers_lowers_the_confidence():
    """'Ældrepuljen 4 5': the list's number column read into the title; one number alone is part of many titles."""
    def conf(last: str) -> float:
        items = [AgendaItem(title=t, number=str(n)) for n, t in enumerate([*LISTED[:3], last], 1)]
        return confidence(Document(source="t.txt", items=items), 0.0)
    assert conf("Lokalplan 503") == conf("Ældrepuljen") == 1.0
    assert conf("Ældrepuljen 4 5") == 0.8 and conf("Ældrepuljen 4. 5.") == 0.8
