"""Snippets show the best window of a text, with only the matching words marked.

The texts are written here; the expected snippets are written by hand from them (the window
starts four words before its first match and holds the most distinct query words)."""
from __future__ import annotations

import hashlib

from sagsgang.model import AgendaItem, Document, Meeting, Section
from sagsgang.search import open_index, search
from sagsgang.search.engine import parse_query, snippet, snippet_hits

# "Parkering" opens the text alone; "parkering ved havnen" comes together 40 words later.
TEXT = ("Parkering blev kort nævnt i indledningen. Derefter fulgte en lang gennemgang af budgettet for skolerne, "
        "ældreplejen, vejvedligeholdelsen, kulturhuset, bibliotekerne, idrætshallerne og de kommunale "
        "ejendomme, som alle skal have nye tal til næste år. Til sidst drøftede udvalget forslaget om "
        "billigere parkering ved havnen og besluttede at sende det i høring.")
BEST = ("… udvalget forslaget om billigere <mark>parkering</mark> ved <mark>havnen</mark> og besluttede at sende "
        "det i høring")


def test_snippet_is_the_window_with_most_query_words():
    assert snippet(TEXT, parse_query("parkering havnen").highlight) == BEST


def test_only_matching_words_are_marked():
    out = snippet(TEXT, parse_query("budgettet").highlight)
    assert out.count("<mark>") == 1 and "<mark>budgettet</mark>" in out
    assert out.startswith("… en lang gennemgang af <mark>budgettet</mark> for skolerne,")


def test_search_result_carries_the_best_window(tmp_path):
    store = open_index(str(tmp_path / "s.db"))
    item = AgendaItem(title="Budget og havn", number="4", sections=[Section("Sagsfremstilling", TEXT)])
    store.put_document(Document(source="s.txt", municipality="Faxe", document_type="referat",
                                meeting=Meeting(committee="Teknisk Udvalg", date="2024-06-04"), items=[item],
                                content_hash=hashlib.sha256(TEXT.encode()).hexdigest()), "/x/s.txt")
    (hit,) = search(store, "parkering havnen")["results"]
    assert hit["snippet"] == BEST
    store.close()


LONG = "Parkering ved havnen skal koste mindre, foreslår udvalget. " + " ".join(f"ord{i}" for i in range(40))


def test_window_at_the_start_of_a_long_text_is_full_and_says_it_goes_on():
    # 28 words from the first, no leading ellipsis, a trailing one (40 more words follow)
    assert snippet(LONG, parse_query("parkering havnen").highlight) == (
        "<mark>Parkering</mark> ved <mark>havnen</mark> skal koste mindre, foreslår udvalget. "
        + " ".join(f"ord{i}" for i in range(20)) + " …")


def test_window_starts_four_words_before_its_first_match():
    highlight = parse_query("havnen").highlight
    assert snippet("En to tre fire havnen seks syv.", highlight) == "En to tre fire <mark>havnen</mark> seks syv"
    assert snippet("En to tre fire fem havnen seks syv.", highlight) == "… to tre fire fem <mark>havnen</mark> seks syv"
    assert snippet("Havnen ved byen.", highlight) == "<mark>Havnen</mark> ved byen"


def test_text_without_a_match_shows_its_first_words():
    highlight = parse_query("havnen").highlight
    assert snippet("Ingen træf i denne korte tekst om budgettet.", highlight) == \
        "Ingen træf i denne korte tekst om budgettet"
    many = " ".join(f"ord{i}" for i in range(40))
    assert snippet(many, highlight) == " ".join(f"ord{i}" for i in range(28)) + " …"


def test_empty_or_wordless_text_gives_no_snippet():
    assert snippet_hits("", {"havn"}) == ("", 0)
    assert snippet_hits("!!! — …", {"havn"}) == ("", 0)


def test_case_number_query_marks_the_number_only():
    highlight = parse_query("22/8164").highlight
    assert snippet("Sagen 22/8164 blev godkendt.", highlight) == "Sagen <mark>22/8164</mark> blev godkendt"
    assert snippet("Sagen 22/8165 blev godkendt.", highlight) == "Sagen 22/8165 blev godkendt"


def test_plain_analyzer_marks_whole_words_only():
    text = "Velfærdsaftalerne blev godkendt."
    assert snippet(text, {"velfærdsaftalerne"}, "plain") == "<mark>Velfærdsaftalerne</mark> blev godkendt"
    assert snippet(text, {"velfærdsaftalerne"}) == "Velfærdsaftalerne blev godkendt"  # Danish: stem velfærdsaftal
    # the plain analyzer reads a case number as two numbers, either of which may match
    assert snippet("Sag 22/8164 om havnen.", {"8164"}, "plain") == "Sag 22/<mark>8164</mark> om havnen"


def test_hit_count_is_the_number_of_matching_words():
    assert snippet_hits(TEXT, parse_query("parkering havnen").highlight)[1] == 3  # Parkering, parkering, havnen
