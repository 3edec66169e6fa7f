"""Where a run of titles whose numbers were lost is cut, read from Danish grammar and the run's own pattern (issue 11,
parse/run_shape.py and parse/title_cues.py): no title ends on a subject pronoun ('Kender du …') nor on a bare noun
after a preposition that names its instance next ('i region Vestland'); a dashed ending that several titles share
('- frigivelse af midler') ends each of them, also before a quotation; a capitalised loanword adjective before its
noun ('Eventuel optagelse …', 'Generel orientering …') opens a title after a name. Invented titles only."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.title_split import split_titles

from .transcript_page import contents_page, parse_text


def test_no_title_ends_on_a_subject_pronoun() -> None:
    run = "Godkendelse af dagsorden Kender du Nordlund Kommune - temamøde Salg af grund ved Mosevang"
    assert split_titles(run) == ["Godkendelse af dagsorden", "Kender du Nordlund Kommune - temamøde",
                                 "Salg af grund ved Mosevang"]


def test_a_bare_noun_after_a_preposition_goes_on_with_its_name() -> None:
    run = "Samarbejdsaftale mellem kommunerne i region Vestland Trafiksikring af Kildevej"
    assert split_titles(run) == ["Samarbejdsaftale mellem kommunerne i region Vestland", "Trafiksikring af Kildevej"]
    run = "Status på projekt Grønne gårde Trafiksikring af Kildevej"
    assert split_titles(run) == ["Status på projekt Grønne gårde", "Trafiksikring af Kildevej"]


def test_a_noun_after_a_name_may_end_a_title() -> None:
    # after a name the noun is the title's last word, and the next title opens on the capital after it
    run = "Orientering om Tovskov projekt Trafiksikring af Kildevej"
    assert split_titles(run) == ["Orientering om Tovskov projekt", "Trafiksikring af Kildevej"]
    # before a capital and its own preposition the noun ends its title too: the next one opens there
    run = "Ansøgning om støtte til projekt Orientering om lokaletilskud"
    assert split_titles(run) == ["Ansøgning om støtte til projekt", "Orientering om lokaletilskud"]


def test_a_shared_dashed_ending_ends_each_title() -> None:
    run = ('Tovskov Hallen - frigivelse af midler Renovering af Kildevej - frigivelse af midler "Ren by Nordlund" '
           'kampagne Salg af grund ved Mosevang')
    assert split_titles(run) == ["Tovskov Hallen - frigivelse af midler",
                                 "Renovering af Kildevej - frigivelse af midler",
                                 '"Ren by Nordlund" kampagne', "Salg af grund ved Mosevang"]


def test_a_shared_dashed_ending_keeps_the_case_column_behind_it() -> None:
    # a contents list that prints each title's case number behind it: the column is the title's, no title of its own
    run = ("Parkvej - frigivelse af bevilling Sagsnr. 24/1249 Skolegården - frigivelse af bevilling Sagsnr. 24/1256 "
           "Trafiksikring af Kildevej")
    assert split_titles(run) == ["Parkvej - frigivelse af bevilling Sagsnr. 24/1249",
                                 "Skolegården - frigivelse af bevilling Sagsnr. 24/1256", "Trafiksikring af Kildevej"]


def test_a_loanword_adjective_opens_a_title_after_a_name() -> None:
    run = "Aftale med kommunerne i Vestland Eventuel optagelse af lån til skolen Trafiksikring af Kildevej"
    assert split_titles(run) == ["Aftale med kommunerne i Vestland", "Eventuel optagelse af lån til skolen",
                                 "Trafiksikring af Kildevej"]


def test_contents_list_without_numbers_is_cut_by_these_cues(tmp_path: Path) -> None:
    titles = ["Godkendelse af dagsorden", "Kender du Nordlund Kommune - temamøde", "Salg af grund ved Mosevang",
              "Samarbejdsaftale mellem kommunerne i region Vestland", "Generel orientering om affald",
              "Trafiksikring af Kildevej"]
    contents = "Indholdsfortegnelse Sag nr. Side 1. " + " ".join(titles) + " Eventuelt...19"
    doc = parse_text(tmp_path, contents_page(contents, titles[0]))
    assert [it.title for it in doc.items][:len(titles)] == titles
