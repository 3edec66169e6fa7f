"""Running headers and footers inside a PDF transcript's page lines (page_line_chrome): the first words most page
lines after the first open with, or the last words most page lines end with, are the page's chrome and part of no
field, found by their repetition (a page number folded where it rises with the page). Synthetic transcripts in the
shape of tests/parse/transcript_page.viewer_text; no real text copied."""
from __future__ import annotations

from sagsgang.parse.page_line_chrome import blank_page_line_chrome

from .transcript_page import parse_text, viewer_text

_PAGES = [
    "Referat Vejudvalget Mødedato: 3. april 2025 Mødested: Lokale B Medlemmer: Ane Dal, Bo Lind, Carl Vang "
    "Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Ny sti langs åen ved skoven "
    "3. Plan for vandløb i det åbne land",
    "1. Godkendelse af dagsorden Sagsnr.: 25/101 Indstilling Forvaltningen indstiller, at dagsordenen godkendes. "
    "Beslutning Godkendt.",
    "2. Ny sti langs åen ved skoven Sagsnr.: 25/102 Sagsfremstilling Der er ønske om en sti langs åen. Indstilling "
    "Forvaltningen indstiller, at stien anlægges. Beslutning Udvalget godkendte",
    "indstillingen med den ændring, at stien bliver grus. 3. Plan for vandløb i det",
    "åbne land Sagsnr.: 25/103 Sagsfremstilling Planen er klar. Beslutning Godkendt.",
]


def _with(head: str = "", foot: str = "") -> str:
    """The pages with `head` opening each page after the first and `foot` ending each ({n} the page, {m} the count)."""
    m = len(_PAGES)
    return viewer_text("Referat Vejudvalget", *(
        " ".join(filter(None, [head.format(n=n, m=m) if n > 1 else "", page, foot.format(n=n, m=m)]))
        for n, page in enumerate(_PAGES, 1)))


def _page_lines(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.split("Transkript", 1)[1].split("\n") if ln.strip()]


def test_a_page_count_foot_is_blanked_in_place_and_the_head_kept():
    text = _with("Vejudvalget 03-04-2025", "Side {n} af {m}")
    blanked = blank_page_line_chrome(text)
    assert len(blanked) == len(text)
    lines = _page_lines(blanked)
    assert lines[0].startswith("1 Referat Vejudvalget Mødedato") and "Side" not in lines[0]
    assert lines[2].startswith("3 Vejudvalget 03-04-2025 2. Ny sti") and lines[2].endswith("Udvalget godkendte")
    # (the header the page break parts, '3. Plan for vandløb i det' / 'åbne land Sagsnr.: …', moved whole behind the
    # next page's head: page_break_headers)
    assert lines[3] == "4 Vejudvalget 03-04-2025 indstillingen med den ændring, at stien bliver grus."
    assert lines[4].startswith("5 Vejudvalget 03-04-2025 3. Plan for vandløb i det åbne land Sagsnr.: 25/103")


def test_a_page_count_offset_from_the_viewers_is_a_page_count():
    """A PDF cut from a longer one prints its own count ('Side 41' on the viewer's page 3): it rises with the page."""
    lines = _page_lines(blank_page_line_chrome(_with(foot="Side 4{n}")))
    assert not any("Side" in ln for ln in lines)


def test_item_numbers_behind_the_page_number_are_no_head():
    """'2 1 Åbent …', '3 2 Åbent …': each page opens an item; its number and status are the page's own text."""
    text = viewer_text("Dagsorden", "Dagsorden Vejudvalget 3. april 2025 Lokale B",
                       "1 Åbent Godkendelse af dagsorden Beslutning Godkendt.",
                       "2 Åbent Ny sti langs åen Beslutning Godkendt.", "3 Åbent Plan for vandløb Beslutning Godkendt.")
    assert blank_page_line_chrome(text) == text


def test_a_running_foot_is_no_part_of_a_decision_over_the_page_break(tmp_path):
    for foot in ("Side {n}/{m}", "Vejvej 1, 9999 Vejby", "Vejudvalget 03-04-2025 Side {n}"):
        doc = parse_text(tmp_path, _with(foot=foot))
        decisions = [d.text for it in doc.items for d in it.decisions]
        assert decisions == ["Godkendt.", "Udvalget godkendte indstillingen med den ændring, at stien bliver grus.",
                             "Godkendt."], foot
        assert [it.title for it in doc.items] == ["Godkendelse af dagsorden", "Ny sti langs åen ved skoven",
                                                  "Plan for vandløb i det åbne land"], foot


def test_two_pages_share_a_page_count_foot_but_no_chance_phrase():
    counted = viewer_text("Referat", "Referat Vejudvalget 3. april 2025 Lokale B Side 1 af 7",
                          "1. Godkendelse af dagsorden Beslutning Godkendt. Side 2 af 7")
    assert "Side" not in blank_page_line_chrome(counted).split("Transkript", 1)[1]
    chance = viewer_text("Referat", "Referat Vejudvalget 3. april 2025 Lokale B Beslutning Godkendt",
                         "1. Godkendelse af dagsorden Beslutning Godkendt")
    assert blank_page_line_chrome(chance) == chance


def test_an_items_label_parted_from_its_number_by_a_page_break_ends_no_decision(tmp_path):
    """'… Beslutning Godkendt. Pkt.' / '3 102 Ny sti …': the label is the next item's, not the decision's last word."""
    text = viewer_text("Referat Vejudvalget",
                       "Referat Vejudvalget Mødedato: 3. april 2025 Mødested: Lokale B Medlemmer: Ane Dal, Bo Lind "
                       "Indholdsfortegnelse Pkt. 101 Godkendelse af dagsorden Pkt. 102 Ny sti langs åen "
                       "Pkt. 103 Plan for vandløb",
                       "Pkt. 101 Godkendelse af dagsorden Sagsnr.: 25/101 Beslutning Godkendt. Pkt.",
                       "102 Ny sti langs åen Sagsnr.: 25/102 Sagsfremstilling Der er ønske om en sti. "
                       "Beslutning Anbefales.",
                       "Pkt. 103 Plan for vandløb Sagsnr.: 25/103 Sagsfremstilling Planen er klar. "
                       "Beslutning Godkendt.")
    doc = parse_text(tmp_path, text)
    assert [(it.number, [d.text for d in it.decisions]) for it in doc.items] == [
        ("101", ["Godkendt."]), ("102", ["Anbefales."]), ("103", ["Godkendt."])]


def test_a_one_word_foot_on_every_whole_page_between_the_cover_and_a_cut_last_page():
    """The footer's month left alone ('… Salg af jord maj') on each page between the cover and the excerpt's cut last
    page; three pages ending on one word by chance are no foot."""
    pages = ["Referat Vejudvalget Mødedato 3. maj 2025 Lokale B", "Indholdsfortegnelse 1 Salg af jord 2 Ny sti maj",
             "3 Plan for vandløb 4 Budget for veje maj", "1. Salg af jord Sagsnr.: 25/1 Beslutning"]
    lines = _page_lines(blank_page_line_chrome(viewer_text("Referat", *pages)))
    assert lines[1].endswith("Ny sti") and lines[2].endswith("Budget for veje") and lines[0].endswith("Lokale B")
    chance = viewer_text("Referat", pages[0], "1. Salg af jord Beslutning Godkendt", "2. Ny sti Beslutning Godkendt")
    assert blank_page_line_chrome(chance) == chance


def test_an_absence_line_each_item_page_ends_with_is_kept():
    # each item fills a page and its decision ends with the same absence line: a field's value under its label, not a
    # running foot (no page count rises in it), so each decision keeps its absentee
    items = [(f"{n}. {title} Sagsnr.: 25/{100 + n} Indstilling Forvaltningen indstiller, at sagen godkendes. "
              f"Beslutning i Vejudvalget den 03-04-2025 Godkendt. Fraværende: {name} (V)")
             for n, title, name in [(1, "Ny sti langs åen", "Gry Holt Nør"), (2, "Plan for vandløb", "Gry Holt Nør"),
                                    (3, "Lys på stien", "Gry Holt Nøhr"), (4, "Bro over åen", "Gry Holt Nør"),
                                    (5, "Rydning af krat", "Gry Holt Nør")]]
    cover = ("Referat Vejudvalget Mødedato: 3. april 2025 Mødested: Lokale B Medlemmer: Ane Dal, Bo Lind, "
             "Gry Holt Nør Indholdsfortegnelse 1. Ny sti langs åen 2. Plan for vandløb 3. Lys på stien "
             "4. Bro over åen 5. Rydning af krat")
    text = viewer_text("Referat Vejudvalget", cover, *items)
    assert blank_page_line_chrome(text) == text
