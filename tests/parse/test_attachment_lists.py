"""The bilag list under an item's 'Bilag' heading (parse/attachments.py): its entries are the item's attachments,
and a sentence about the bilag (that there are none, that they come later or elsewhere) is none of them."""
from __future__ import annotations

import pytest

from sagsgang.parse.attachments import parse_attachments
from sagsgang.parse.lines import Line


def _titles(*texts: str) -> list[str]:
    return [a.title for a in parse_attachments([Line(t, 0) for t in texts])]


@pytest.mark.parametrize("sentence", ["Der er ingen bilag til sagen.", "Ikke relevant", "Se dagsordenens bilag",
                                      "Bilagene er udsendt separat.", "Bilag eftersendes", "Ingen", "Intet",
                                      "(ingen)", "(Ingen bilag)",
                                      # 'Bilag' and a passive of any verb, or a small finite verb
                                      "Bilag fremlægges på mødet.", "Bilagene omdeles på mødet", "Bilaget vedlægges",
                                      "Bilag forelægges senere.", "Bilagene ligger i Acadre.",
                                      "Bilaget skal godkendes."])
def test_a_sentence_about_the_bilag_is_no_attachment(sentence):
    assert _titles(sentence) == []


@pytest.mark.parametrize("empty", ["Nej", "0", "-ingen-", "[Ingen]", "Ingen vedlagt", "Ingen bilag vedlagt.",
                                   "– Intet –"])
def test_the_word_for_an_empty_list_in_any_marks_is_no_attachment(empty):
    # a template's word for no bilag, whatever brackets or dashes it sets it in, lists none
    assert _titles(empty) == []


def test_the_word_for_none_inside_a_title_leaves_the_title_a_bilag():
    assert _titles("Nej-stemmer fra høringen", "0-alternativ for vejen", "Ingen ændringer i planen - notat") == [
        "Nej-stemmer fra høringen", "0-alternativ for vejen", "Ingen ændringer i planen - notat"]


def test_the_entries_of_a_bilag_list_are_its_attachments():
    assert _titles("Kortbilag.pdf", "Høringssvar fra Naturstyrelsen", "Bilag 2: Notat om økonomi") == [
        "Kortbilag.pdf", "Høringssvar fra Naturstyrelsen", "Bilag 2: Notat om økonomi"]


def test_a_link_back_to_the_top_is_no_bilag_even_as_an_entry_of_its_own():
    # a flattened page's bilag line runs on into the web page's 'Tilbage til toppen' and the next item; where the
    # titles are cut apart before the link, the link alone is left as an entry: it names no bilag
    from sagsgang.parse.attachments import parse_attachments
    from sagsgang.parse.lines import Line

    found = parse_attachments([Line("1 Notat om jordbundsforhold på Vestgrunden", 0), Line("Tilbage til toppen", 50)])
    assert [a.title for a in found] == ["Notat om jordbundsforhold på Vestgrunden"]


def test_a_bilags_title_after_the_word_bilag_stays_a_bilag():
    # a preposition or a noun after 'Bilag', not a verb
    assert _titles("Bilag til lokalplan 12", "Bilag om økonomi", "Bilag Kortbilag") == [
        "Bilag til lokalplan 12", "Bilag om økonomi", "Bilag Kortbilag"]


@pytest.mark.parametrize("mark", ["-", "•", "▪"])
def test_a_bullet_list_run_into_one_line_is_cut_at_each_bullet(mark):
    # a transcript flattens the list's lines into one ('- Notat om budget - Oversigt over tilskud - Udkast til plan 2')
    assert _titles(f"{mark} Notat om budget {mark} Oversigt over tilskud {mark} Udkast til plan 2") == [
        "Notat om budget", "Oversigt over tilskud", "Udkast til plan 2"]
