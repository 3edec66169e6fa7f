"""The Danish analyzer: stems, compounds, abbreviations, å/aa, case numbers."""
from __future__ import annotations

from sagsgang.search.analyzer import index_text, tokens, word_variants


def toks(text: str, analyzer: str = "danish") -> set[str]:
    return set(index_text(text, analyzer).split())


def test_inflections_share_a_stem():
    # Snowball Danish stems, written out: the inflected forms index as their stem
    assert index_text("velfærdsaftaler") == index_text("velfærdsaftale") == "velfærdsaftal velfærd aftal"
    assert index_text("prioritering") == index_text("prioriteringen") == "prioritering"
    assert index_text("Skolerne") == index_text("skole") == "skol"


def test_compounds_split_and_keep_whole_word():
    assert word_variants("ældreområdet") == ("ældreområd", ("ældr", "områd"), ())
    assert toks("ældreområdet") == {"ældreområd", "ældr", "områd"}
    assert toks("velfærdsaftalerne") == {"velfærdsaftal", "velfærd", "aftal"}  # the linking s is dropped
    assert toks("beskæftigelsesområdet") == {"beskæftigelsesområd", "beskæftig", "områd"}
    assert toks("område") == {"områd"} and toks("ældre") == {"ældr"} and toks("beskæftigelse") == {"beskæftig"}


def test_short_or_simple_words_do_not_split():
    assert word_variants("område") == ("områd", (), ())
    assert word_variants("skole") == ("skol", (), ())


def test_abbreviations_expand():
    assert toks("ØK") == {"øk", "økonomiudvalg"} and toks("ØU") == {"øu", "økonomiudvalg"}
    assert toks("KB") == {"kb", "kommunalbestyr"}
    assert toks("BR") == {"br", "borgerrepræsentation"}
    assert "økonomiudvalg" in toks("Økonomiudvalget") and "kommunalbestyr" in toks("Kommunalbestyrelsen")


def test_aa_is_å():
    assert toks("Aarhus") == toks("Århus") == toks("AARHUS") == {"århus"}


def test_nfc_and_casefold():
    decomposed = "A\u030arhus"  # Å as A + combining ring
    assert toks(decomposed) == {"århus"}


def test_case_numbers_are_exact_tokens():
    assert "cn_22_8164" in toks("Sagsnr. 22/8164")
    assert "cn_emn_2025_009242" in toks("EMN-2025-009242")
    assert "cn_24_003250" in toks("sag 24-003250 om")
    assert toks("22/8164") != toks("22/8165")


def test_a_case_number_set_with_en_dashes_is_the_same_exact_token():
    # a publisher's style sets the case number's dashes as en dashes; it is the same case as with hyphens
    assert "cn_emn_2031_004417" in toks("Sag EMN\u20132031\u2013004417 om")
    assert "cn_emn_2031_004417" in toks("Sag EMN-2031-004417 om")


def test_numbers_kept():
    assert "2030" in toks("fremskrivning 2030")


def test_spans_point_into_the_text():
    text = "Ældreområdet og 22/8164"
    for t in tokens(text):
        assert text[t.start:t.end] == t.text


def test_plain_analyzer_is_words_only():
    assert toks("Velfærdsaftalerne", "plain") == {"velfærdsaftalerne"}
    assert toks("22/8164", "plain") == {"22", "8164"}


def test_fast_index_text_equals_the_token_analysis():
    from sagsgang.search.analyzer import index_text, tokens

    for text in ("Beslutning i Børne- og Ungdomsudvalget: velfærdsaftalerne på ældreområdet, sag 22/8164 og "
                 "EMN-2025-009242; ØK og KB i Århus 2024", "", "Aarhus aarhus ÅRHUS 24-003250 frisættelse"):
        for analyzer in ("danish", "plain"):
            assert index_text(text, analyzer) == " ".join(t for tok in tokens(text, analyzer) for t in tok.all)
