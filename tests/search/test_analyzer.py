"""The Danish analyzer: stems, compounds, abbreviations, å/aa, case numbers."""
from __future__ import annotations

from sagsgang.search.analyzer import index_text, tokens, word_variants


def toks(text: str, analyzer: str = "danish") -> set[str]:
    return set(index_text(text, analyzer).split())


def test_inflections_share_a_stem():
    assert toks("velfærdsaftaler") & toks("velfærdsaftale")
    assert toks("prioritering") & toks("prioriteringen")
    assert toks("Skolerne") & toks("skole")


def test_compounds_split_and_keep_whole_word():
    whole, parts, _ = word_variants("ældreområdet")
    assert whole and len(parts) == 2
    assert toks("område") <= toks("ældreområdet")
    assert toks("ældre") <= toks("ældreområdet")
    assert toks("velfærd") <= toks("velfærdsaftalerne")
    assert toks("aftale") <= toks("velfærdsaftalerne")
    assert toks("beskæftigelse") <= toks("beskæftigelsesområdet")
    assert toks("område") <= toks("beskæftigelsesområdet")


def test_short_or_simple_words_do_not_split():
    assert word_variants("område")[1] == ()
    assert word_variants("skole")[1] == ()


def test_abbreviations_expand():
    def whole(word: str) -> str:
        return word_variants(word)[0]

    assert whole("økonomiudvalget") in toks("ØK")
    assert whole("økonomiudvalget") in toks("ØU")
    assert whole("kommunalbestyrelsen") in toks("KB")
    assert whole("borgerrepræsentationen") in toks("BR")


def test_aa_is_å():
    assert toks("Aarhus") == toks("Århus")
    assert toks("AARHUS") == toks("århus")


def test_nfc_and_casefold():
    decomposed = "A\u030arhus"  # Å as A + combining ring
    assert toks(decomposed) == toks("Århus")


def test_case_numbers_are_exact_tokens():
    assert "cn_22_8164" in toks("Sagsnr. 22/8164")
    assert "cn_emn_2025_009242" in toks("EMN-2025-009242")
    assert "cn_24_003250" in toks("sag 24-003250 om")
    assert toks("22/8164") != toks("22/8165")


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
