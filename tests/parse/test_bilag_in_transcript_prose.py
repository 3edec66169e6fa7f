"""Bilag named inside an item's prose in a PDF transcript (each page one line): a dashed list of bilag after a
sentence, or a reference in brackets, is the section's text, not the item's bilag list (invented words)."""
from __future__ import annotations

from .transcript_page import parse_text, viewer_text

HEAD = ("Engudvalget - 05-03-2024 Side 1 af 4 Referat Udvalg: Engudvalget Mødedato: 05-03-2024 Mødetidspunkt: kl. "
        "10:00 Mødested: Lokale Nord")
TOC = "Engudvalget - 05-03-2024 Side 2 af 4 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Ny sti langs åen 4"
FIRST = ("Engudvalget - 05-03-2024 Side 3 af 4 1. Godkendelse af dagsorden Sagsnr.: 24-000101 Beslutning i "
         "Engudvalget den 05-03-2024 Godkendt. Resume Dagsordenen forelægges. Indstilling Sekretariatet indstiller, "
         "at dagsordenen godkendes.")


def _second(description: str) -> str:
    return ("Engudvalget - 05-03-2024 Side 4 af 4 2. Ny sti langs åen Sagsnr.: 24-000202 Beslutning i Engudvalget "
            "den 05-03-2024 Godkendt. Resume Stien skal gå fra møllen til broen. Indstilling Sekretariatet "
            f"indstiller, at stien anlægges. Sagsbeskrivelse {description} Økonomiske konsekvenser Stien betales "
            "af puljen til friluftsliv.")


def test_a_dashed_bilag_list_in_the_prose_is_no_bilag_list(tmp_path):
    text = ("Stien er tegnet af Lodsen. Derudover er vedlagt følgende bilag: - Bilag 1 Kort over stien ved møllen - "
            "Bilag 2 Notat om broens bæreevne Hørsholt Grundejerforening har i mange år ønsket en sti, og foreningen "
            "vil passe den.")
    doc = parse_text(tmp_path, viewer_text("Referat Engudvalget", HEAD, TOC, FIRST, _second(text)))
    item = next(it for it in doc.items if it.number == "2")
    assert "Sagsbeskrivelse" in [s.heading for s in item.sections]
    assert item.attachments == []


def test_a_bilag_named_in_brackets_is_no_bilag_heading(tmp_path):
    text = "Planen for stien (jf. Bilag 1) tages til efterretning af grundejerne, som har set den."
    doc = parse_text(tmp_path, viewer_text("Referat Engudvalget", HEAD, TOC, FIRST, _second(text)))
    item = next(it for it in doc.items if it.number == "2")
    assert "Sagsbeskrivelse" in [s.heading for s in item.sections]
    assert item.attachments == []


def _item_two(tmp_path, description: str, after: str = ""):
    """Item 2 of the viewer's page whose item 2 describes the case as `description`, `after` run on behind its text
    (the page line goes on: a bilag list after the last section)."""
    doc = parse_text(tmp_path, viewer_text("Referat Engudvalget", HEAD, TOC, FIRST, _second(description) + after))
    return next(it for it in doc.items if it.number == "2")


def test_a_bilag_named_by_a_later_number_is_a_reference(tmp_path):
    # 'Bilag 3.' in a sentence names the third bilag: no item's list begins with its third entry
    item = _item_two(tmp_path, "Ruten er vist på kortet. Se i øvrigt Bilag 3. Broen holder til cykler og barnevogne.")
    assert [s.heading for s in item.sections][-2:] == ["Sagsbeskrivelse", "Økonomiske konsekvenser"]
    assert item.attachments == []


def test_a_first_bilag_named_in_a_sentence_is_a_reference(tmp_path):
    # 'af Bilag 1.' and no '2.' entry after it: the first bilag named, not a list's first entry
    item = _item_two(tmp_path, "Lodsens tegning fremgår af Bilag 1. Grundejerne har set tegningen og bakker op.")
    assert [s.heading for s in item.sections][-2:] == ["Sagsbeskrivelse", "Økonomiske konsekvenser"]
    assert item.attachments == []


def test_bilag_entries_each_labelled_in_the_prose_are_no_bilag_list(tmp_path):
    # each entry carries its own 'Bilag N.' label: a list the text discusses, run on into the text after it
    item = _item_two(tmp_path, "Se vedlagte bilag: Bilag 1. Kort over stien ved møllen. Bilag 2. Notat om broens "
                               "bæreevne. Grundejerne har i mange år ønsket en sti.")
    assert item.attachments == []


def test_a_numbered_bilag_list_under_its_heading_is_still_read(tmp_path):
    # the heading over the list's own numbers '1.' '2.' (flattened into the page's line) heads the item's bilag
    item = _item_two(tmp_path, "Stien er tegnet af Lodsen.",
                     after=" Bilag 1. Kort over stien ved møllen 2. Notat om broens bæreevne")
    assert [a.title for a in item.attachments] == ["Kort over stien ved møllen", "Notat om broens bæreevne"]


def test_a_bilag_word_before_a_running_sentence_is_no_bilag_heading(tmp_path):
    # a paragraph that opens on the word and goes on in a long sentence in lower case: the text's own, no list
    item = _item_two(tmp_path, "Stien er tegnet af Lodsen. Bilag I de vedlagte bilag ses længden og bredden af "
                               "stien, en oversigt over de træer der skal fældes langs åen samt prisen for "
                               "broen. Grundejerne bakker op.")
    assert [s.heading for s in item.sections][-2:] == ["Sagsbeskrivelse", "Økonomiske konsekvenser"]
    assert item.attachments == []


def test_titles_run_together_behind_a_bilag_heading_are_still_read(tmp_path):
    # each title on a capital: the item's bilag list run into the page's line
    item = _item_two(tmp_path, "Stien er tegnet af Lodsen.",
                     after=" Bilag Kort over stien ved møllen Notat om broens bæreevne")
    assert len(item.attachments) == 2


def test_a_range_of_bilag_as_a_sentence_subject_is_a_reference(tmp_path):
    item = _item_two(tmp_path, "Stien er tegnet af Lodsen. Bilag 1- 3 viser en overvægt af grusstier i kommunen.")
    assert item.attachments == []


def test_a_list_of_one_bilag_after_a_sentence_is_still_read(tmp_path):
    # one numbered entry behind the heading after the text's last sentence: the item's one bilag
    item = _item_two(tmp_path, "Stien er tegnet af Lodsen.", after=" Bilag 1 Kort over stien ved møllen")
    assert [a.title for a in item.attachments] == ["Kort over stien ved møllen"]
