"""A run of titles whose numbers were lost: a capitalised word followed by a preposition opens a title after a long
compound common noun, also when a coordinator or preposition stands before that noun ('… og Svømmehalsbyggeriet |
Program for …'; title_split._compound_noun); a brand's name with capitals inside ('… fra BørneHusetNord Vest om …')
or a short name's word ('… fra Skamby Friskole om …') still goes on. Invented titles."""
from __future__ import annotations

from sagsgang.parse.title_split import split_titles


def test_a_phrase_after_a_compound_noun_opens_a_title() -> None:
    run = "Godkendelse af dagsorden Orientering om Idrætspolitikken og Svømmehalsbyggeriet Program for sommerfesten"
    assert split_titles(run) == ["Godkendelse af dagsorden", "Orientering om Idrætspolitikken og Svømmehalsbyggeriet",
                                 "Program for sommerfesten"]


def test_a_brand_with_inner_capitals_goes_on() -> None:
    run = "Godkendelse af dagsorden Ansøgning fra BørneHusetNord Vest om tilskud til legeplads"
    assert "Ansøgning fra BørneHusetNord Vest om tilskud til legeplads" in split_titles(run)
