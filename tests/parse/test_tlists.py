"""Contents lists of PDF transcripts printed without a heading the parser knows (branch tlists): the list is read
from its own evidence (a page line of titles behind an item's number whose first title heads a body further on),
and a word of the prose ('… drøftelse af dato og indhold Orientering …') is no contents heading. Real tune pages
with their heading taken out (as benchmarks/parse_accuracy/transcript_variants.py does; skipped where the
corpus is absent), and small pages in the tune transcripts' shapes."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .corpus_pages import extra_gold, extra_page


def _without_heading(tmp_path: Path, name: str, heading: str, columns: str = "") -> list[tuple[str | None, str]]:
    """The items of tune page `name` parsed with its contents heading (and the column heads after it) removed."""
    page = extra_page(name)
    text = page.read_text(encoding="utf-8")
    assert f"{heading} {columns}" in text
    out = tmp_path / name
    out.write_text(text.replace(f"{heading} {columns}", "", 1), encoding="utf-8")
    return [(it.number, it.title or "") for it in parse_file(out).items]


def test_a_contents_line_behind_a_late_number_is_read_without_its_heading(tmp_path: Path) -> None:
    """'2 Side 162. Dialogmøde med borgerne Godkendelse af dagsorden …' (x0331 without 'Indholdsfortegnelse'):
    the run of titles behind item 162, whose header '162. Dialogmøde med' heads a body further on, is the
    contents list; before, only item 180 was read."""
    items = _without_heading(tmp_path, "x0331.txt", "Indholdsfortegnelse")
    assert len(items) >= 20
    assert items[0] == ("162", "Dialogmøde med borgerne")
    assert ("180", "Godkendelse af tilslutning af vandværk til Silkeborg Kommunes Vandforsyning") in items


def test_a_contents_line_without_heading_nor_column_heads(tmp_path: Path) -> None:
    """'2 246. Godkendelse af forhøjelse af anlægsbevilling … Orientering om årlig beretning …' (x0196 with
    'Indholdsfortegnelse Side' taken out): the line's first title heads the body on the next page."""
    items = _without_heading(tmp_path, "x0196.txt", "Indholdsfortegnelse", "Side ")
    titles = [t for _, t in items]
    assert len(items) >= 9
    assert "Orientering om årlig beretning fra Handicaprådet" in titles


def test_the_word_indhold_in_prose_is_no_contents_heading(tmp_path: Path) -> None:
    """x0289 without its heading: '… drøftelse af dato og indhold Orientering …' inside a title is prose, so the
    page line of titles behind '134.' is read as the list (before, two items were read from the bodies)."""
    items = _without_heading(tmp_path, "x0289.txt", "Indholdsfortegnelse")
    assert len(items) >= 20
    assert items[0][1] == "Godkendelse af dagsorden"


_PAGE = """Referat Udvalget

Størrelse: px
Starte visningen fra side:

Download "Referat Udvalget"

Transkript

1 Referat Udvalget for Teknik og Miljø Mødedato: Tirsdag den 3. maj 2022 Mødetidspunkt: 16:00 Mødested: Mødelokale 2

2 {head}Godkendelse af dagsorden Orientering fra formanden Ændring af takster for vinterberedskab Høring om \
trafikplan for den kollektive trafik Anlægsbevilling til renovering af broer Forslag til lokalplan for boliger \
ved skolen Status på klimaplanen

3 {number}. Godkendelse af dagsorden Sagsnr.: 22/100 Sagsfremstilling Dagsordenen forelægges. Beslutning Godkendt.
"""


@pytest.mark.parametrize("head", ["", "Oversigt ", "Punktoversigt ", "Side "])
def test_a_titles_line_behind_its_first_number_under_any_heading(tmp_path: Path, head: str) -> None:
    """A contents line that kept only its first number (item 41: a council numbering through the year), under no
    heading or one the parser does not know: its seven titles are the items, the first numbered."""
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(head=head + "41. ", number="41"), encoding="utf-8")
    items = [(it.number, it.title) for it in parse_file(page).items]
    assert items[0] == ("41", "Godkendelse af dagsorden")
    assert [t for _, t in items[1:]] == [
        "Orientering fra formanden", "Ændring af takster for vinterberedskab",
        "Høring om trafikplan for den kollektive trafik", "Anlægsbevilling til renovering af broer",
        "Forslag til lokalplan for boliger ved skolen", "Status på klimaplanen"]


def test_a_late_number_before_titles_is_a_list_only_where_a_body_repeats_its_first_title(tmp_path: Path) -> None:
    """The same line behind '41.': read as the contents where the body of item 41 prints its first title again,
    not where no body does (no proof it is the contents)."""
    headed, unheaded = tmp_path / "headed.txt", tmp_path / "unheaded.txt"
    headed.write_text(_PAGE.format(head="41. ", number="41"), encoding="utf-8")
    text = re.sub(r"\n3 7\. Godkendelse af dagsorden", "\n3 7. Vejbelysning i byen",
                  _PAGE.format(head="41. ", number="7"))
    unheaded.write_text(text, encoding="utf-8")
    assert "Status på klimaplanen" in [it.title for it in parse_file(headed).items]
    assert "Status på klimaplanen" not in [it.title for it in parse_file(unheaded).items]


@pytest.mark.parametrize("head", ["Indholdsfortegnelse 1) ", "Indholdsfortegnelse Punkt 1 ", "1) "])
def test_the_first_number_of_a_contents_line_typed_another_way(tmp_path: Path, head: str) -> None:
    """'1)' or 'Punkt 1' for '1.' before the first title of a contents line (a word processor's numbered list, a
    site that labels its numbers): the same seven items, the first numbered 1."""
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(head=head, number="1"), encoding="utf-8")
    items = [(it.number, it.title) for it in parse_file(page).items]
    assert items[0] == ("1", "Godkendelse af dagsorden")
    assert len(items) == 7 and items[-1][1] == "Status på klimaplanen"


def test_a_bare_first_number_behind_the_page_number(tmp_path: Path) -> None:
    """'2 1 Budgetprocedure Prioriteringskatalog …' (x0285 with its '1.' typed '1'): a contents line with no heading
    whose first number lost its full stop, vouched for by the item headers below it ('Punkt 2. …')."""
    page = extra_page("x0285.txt")
    text = page.read_text(encoding="utf-8")
    assert "\n2 1. Budgetprocedure" in text
    out = tmp_path / "x0285.txt"
    out.write_text(text.replace("\n2 1. Budgetprocedure", "\n2 1 Budgetprocedure", 1), encoding="utf-8")
    items = [(it.number, it.title) for it in parse_file(out).items]
    assert items[0] == ("1", "Budgetprocedure")
    assert len(items) >= 10


def test_the_contents_run_on_to_a_page_whose_first_number_is_labelled(tmp_path: Path) -> None:
    """'2 Punkt 23 Vedtægter Midtjyllands EU-kontor Overordnet it-sikkerhedspolitik …' (x0084 with its '23.' typed
    'Punkt 23'): the next page's line goes on with the contents from item 23, as '2 23. Vedtægter …' does."""
    page = extra_page("x0084.txt")
    text = page.read_text(encoding="utf-8")
    assert "\n2 23. Vedtægter" in text
    out = tmp_path / "x0084.txt"
    out.write_text(text.replace("\n2 23. Vedtægter", "\n2 Punkt 23 Vedtægter", 1), encoding="utf-8")
    items = [(it.number, it.title) for it in parse_file(out).items]
    assert ("23", "Vedtægter Midtjyllands EU-kontor") in items
    assert (None, "Overordnet it-sikkerhedspolitik") in items


def test_a_contents_list_glued_to_the_header_text_without_heading_or_number(tmp_path: Path) -> None:
    """x0311 without 'Til behandling forelå:': '… Pkt. 594 og 595 tages af dagsordenen. TIL KOMMUNALBESTYRELSENS
    AFGØRELSE Anmodning om optagelse … Antal kommunalbestyrelsesmedlemmer …' on the header's page line: the tail
    after the header's last sentence prints titles only, and is the contents list (before, one item was read)."""
    items = _without_heading(tmp_path, "x0311.txt", "Til behandling forelå:")
    titles = [t for _, t in items]
    assert len(items) >= 15
    assert "Antal kommunalbestyrelsesmedlemmer" in titles


_GLUED = """Referat Udvalget

Størrelse: px
Starte visningen fra side:

Download "Referat Udvalget"

Transkript

1 Referat Udvalget for Teknik og Miljø

2 Udvalget for Teknik og Miljø 3. maj 2022 Mødested: Mødelokale 2 Mødetidspunkt: 16:00 Deltagere: Anne Holm, Bo \
Lund, Carl Berg. {tail}

3 Udvalget for Teknik og Miljø 3. maj 2022 Vejbelysning i byen Sagsnr.: 22/100 Sagsfremstilling Belysningen \
forelægges. Beslutning Godkendt.
"""
_TITLES = ("Vejbelysning i byen Ændring af takster for vinterberedskab Høring om trafikplan for den kollektive trafik "
           "Anlægsbevilling til renovering af broer Forslag til lokalplan for boliger ved skolen Status på klimaplanen")


def test_titles_after_the_header_labels_are_the_contents_but_not_a_section_of_a_text(tmp_path: Path) -> None:
    """Six titles after the header's last label on its page line are the meeting's items; the same run holding a
    section's heading ('Administrativ indstilling') is the tail of an item's text, no list."""
    listed, texted = tmp_path / "listed.txt", tmp_path / "texted.txt"
    listed.write_text(_GLUED.format(tail=_TITLES), encoding="utf-8")
    texted.write_text(_GLUED.format(tail=_TITLES.replace("Status på", "Administrativ indstilling Status på")),
                      encoding="utf-8")
    titles = [it.title for it in parse_file(listed).items]
    assert "Status på klimaplanen" in titles and "Anlægsbevilling til renovering af broer" in titles
    assert "Status på klimaplanen" not in [it.title for it in parse_file(texted).items]


def test_the_contents_run_on_behind_the_next_page_s_running_head(tmp_path: Path) -> None:
    """'2 Økonomiudvalget 12-03-2024 Side 2 23. Vedtægter Midtjyllands EU-kontor …' (x0084 with a running head above
    its second page): the contents go on from item 23 behind the head, as they do without it."""
    page = extra_page("x0084.txt")
    text = page.read_text(encoding="utf-8")
    out = tmp_path / "x0084.txt"
    out.write_text(text.replace("\n2 23. Vedtægter", "\n2 Økonomiudvalget 12-03-2024 Side 2 23. Vedtægter", 1),
                   encoding="utf-8")
    items = [(it.number, it.title) for it in parse_file(out).items]
    assert ("23", "Vedtægter Midtjyllands EU-kontor") in items
    assert (None, "Overordnet it-sikkerhedspolitik") in items



def test_a_contents_line_with_leaders_whose_numbers_were_partly_lost(tmp_path: Path) -> None:
    """x0072 as transcript_variants.py's 'dotted-pages' prints it (a leader and a page after each title: '1.
    Beslutningsforslag … .......... 3 2. Herregården … .......... 5 3. Årsregnskab .......... 7 Låneadgang …
    .......... 9 5. Forslag …', the lost numbers still lost): numbers with titles and leaders between them are a
    contents list, not prose between numbers (before, one item was read)."""
    page = extra_page("x0072.txt")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "parse_accuracy"))
    try:
        from transcript_variants import VARIANTS
    finally:
        sys.path.pop(0)
    gold = extra_gold("x0072.txt")
    out = tmp_path / "x0072.txt"
    out.write_text(VARIANTS["dotted-pages"](page.read_text(encoding="utf-8"), gold), encoding="utf-8")
    titles = [it.title for it in parse_file(out).items]
    assert len(titles) >= 20
    assert "Modulboliger i tomme bygninger, frigivelse af midler til forsøgsprojekt" in titles
