"""A transcript's contents list read whatever its publisher's typing: its heading word (or none), its numbers
('Punkt 4', '4)', bare, some lost), its page numbers (dotted leaders, trailing, partly lost) and running heads
above the pages. Synthetic pages in the shape of the tune transcripts (benchmarks/parse_accuracy/
transcript_variants.py rewrites those the same ways); no real text copied."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sagsgang.model import Document
from sagsgang.parse import parse_file
from sagsgang.parse.name_lists import before_column_heads

from .corpus_pages import extra_page
from .transcript_page import ITEM_BODY as _BODY
from .transcript_page import parse_transcript as _parse


def _rows(doc: Document) -> list[tuple[str | None, str | None]]:
    return [(it.number, it.title) for it in doc.items]


_COVER = "1 Referat Teknisk Udvalg Dato 12. maj 2016 Mødetidspunkt 16:00 Sted Mødelokale 3, Rådhuset"
_TITLES = ["Godkendelse af dagsorden", "Orientering fra formanden", "Budgetopfølgning for vejområdet",
           "Salg af grund ved havnen", "Trafikplan for midtbyen", "Udbud af vintertjeneste", "Eventuelt"]


def test_a_number_that_goes_on_from_the_lists_starts_its_title(tmp_path):
    """'284. Godkendelse af dagsorden 285. Gensidig orientering Strategi …': a list that kept a few numbers and lost
    the rest. 285 goes on from 284, so its title starts there and is numbered 285; the title before it does not end
    in '285.' (and so its body, printed under '284. Godkendelse af dagsorden', is found)."""
    doc = _parse(tmp_path, _COVER,
                 "2 Indholdsfortegnelse Side 284. Godkendelse af dagsorden 285. Orientering fra formanden "
                 "Budgetopfølgning for vejområdet Salg af grund ved havnen Trafikplan for midtbyen Eventuelt",
                 "3 284. Godkendelse af dagsorden " + _BODY.format(n=1))
    assert _rows(doc)[:3] == [("284", "Godkendelse af dagsorden"), ("285", "Orientering fra formanden"),
                              (None, "Budgetopfølgning for vejområdet")]
    assert doc.items[0].decisions and doc.items[0].decisions[0].text.startswith("Godkendt")


def _leadered(titles: list[str], led: int) -> str:
    """The titles with a dotted leader and a page behind the first `led` of them, the rest as printed bare."""
    return " ".join(f"{t} .......... {3 + 2 * k}" if k < led else t for k, t in enumerate(titles))


def test_titles_after_the_last_leader_are_entries(tmp_path):
    """'A .......... 3 B .......... 5 C D E': where the leaders of the last titles were lost, what runs on after the
    last leader prints titles and nothing else, so the list goes on (it is no page's next text)."""
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse " + _leadered(_TITLES, 3))
    assert [t for _, t in _rows(doc)] == _TITLES


def test_a_leadered_run_longer_than_a_title_is_cut(tmp_path):
    """'A .... 3 B .... 5 C D E F G .... 15': a run that its leader closes but that runs longer than any title lost
    the leaders inside it; it is cut as a run without leaders is, not read as one title."""
    titles = _TITLES + ["Lokalplan for boliger ved skoven", "Ansøgning om tilskud til foreningshuset",
                        "Kommuneplantillæg for erhvervsområdet", "Orientering om budgetprocessen"]
    line = _leadered(titles[:3], 3) + " " + " ".join(titles[3:]) + " .......... 15"
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse " + line)
    assert [t for _, t in _rows(doc)] == titles


def test_a_street_number_inside_a_title_leaves_the_page_column(tmp_path):
    """Pages after each title ('… 3 Orientering … 5'), one title holding a street's number ('… Branners Vej 1 R,
    8600 Silkeborg 7'): the page column is the run of numbers that never falls, and the street's number, which
    falls out of it, stays in its title; every page is read off its title."""
    titles = ["Godkendelse af anlægsbevilling til lejede lokaler", "Orientering om årlig beretning",
              "Godkendelse af ændringer for køkkenet beliggende Branners Vej 1 R, 8600 Silkeborg",
              "Godkendelse af anlægsregnskab for brandmateriel", "Drøftelse af model for borgerinddragelse"]
    line = " ".join(f"{t} {3 + 2 * k}" for k, t in enumerate(titles))
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse Side 246. " + line)
    assert [t for _, t in _rows(doc)] == titles


def test_a_one_word_title_between_two_pages_is_cut(tmp_path):
    """The list's last span with its pages ('… Højst 41 Ældrepuljen 43 Vedtægtsændringer …'): a title of one word
    between two pages is a title, so the pages cut there too."""
    first = " ".join(f"{k + 1}. {t} {3 + 2 * k}" for k, t in enumerate(_TITLES[:3]))
    doc = _parse(tmp_path, _COVER,
                 f"2 Indholdsfortegnelse Pkt. Tekst Side {first} 4. Buskørsel i Øster Højst 9 Ældrepuljen 11 "
                 "Vedtægtsændringer for Frivillighedsrådet 13 Orientering om befordringsområdet 15")
    assert [t for _, t in _rows(doc)][3:] == ["Buskørsel i Øster Højst", "Ældrepuljen",
                                              "Vedtægtsændringer for Frivillighedsrådet",
                                              "Orientering om befordringsområdet"]


def _tune_page(tmp_path: Path, name: str, rewrite: Callable[[str], str]) -> Document:
    """A tune transcript of the shared corpus, rewritten by `rewrite` (its contents' typing changed, every fact
    kept), parsed; skipped where the corpus is absent."""
    out = tmp_path / name
    out.write_text(rewrite(extra_page(name).read_text(encoding="utf-8")), encoding="utf-8")
    return parse_file(out)


def _running_heads(text: str) -> str:
    """A publisher's running head at the top of every page line after the first, above the page's own."""
    return re.sub(r"(?m)^(\d{1,3}) (?=\S)",
                  lambda m: m.group(0) if m.group(1) == "1" else f"{m.group(1)} Økonomiudvalget 12-03-2024 Side "
                  f"{m.group(1)} ", text)


def test_a_header_behind_two_running_heads_gets_its_body(tmp_path):
    """A publisher's running head above the page's own ('3 Økonomiudvalget 12-03-2024 Side 3 Vordingborg Kommune
    Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: …', a tune transcript given that head): more words
    than a page's lead holds, but two pages repeat them, so the listed title behind them heads its body."""
    doc = _tune_page(tmp_path, "x0118.txt", _running_heads)
    assert doc.items[0].title == "Godkendelse af dagsorden" and len(doc.items[0].decisions) == 1


def test_the_list_runs_on_behind_a_bare_number_that_goes_on(tmp_path):
    """A tune transcript whose contents print bare numbers ('1 Forlængelse af …'), its next page line going on
    with the list behind its page number and the next entry's bare number ('2 23 Vedtægter …'): the number goes on
    from the entries read, so the list goes on there."""
    doc = _tune_page(tmp_path, "x0084.txt", lambda text: text.replace("\n2 23. Vedtægter", "\n2 23 Vedtægter"))
    assert ("23", "Vedtægter Midtjyllands EU-kontor") in _rows(doc)


def test_a_leadered_list_begins_after_the_labels_on_its_line(tmp_path):
    """The meeting's absentees flattened onto the contents' page line, an unknown heading and a group heading in
    capitals before the leadered titles ('… Fraværende: Bo Holm, Anne Berg. Oversigt TIL UDVALGETS AFGØRELSE
    Title...3 …'): the list begins after the label's sentence, its heading word is no entry, and the absentees
    are the meeting's."""
    doc = _parse(tmp_path,
                 "1 TEKNISK UDVALG REFERAT FRA MØDET TORSDAG DEN 12. MAJ 2016 PÅ RÅDHUSET",
                 "2 Teknisk Udvalg 12. maj 2016 Side: 2 Fraværende: Bo Holm, Anne Berg. Oversigt "
                 "TIL UDVALGETS AFGØRELSE " + _leadered(_TITLES, len(_TITLES)))
    assert [t for _, t in _rows(doc)] == _TITLES
    assert doc.meeting is not None and doc.meeting.absent == ["Bo Holm", "Anne Berg"]


def test_a_leadered_list_begins_at_its_first_number_behind_its_heading(tmp_path):
    """'Oversigt Side 284. Godkendelse af dagsorden .......... 3 …': a heading the parser does not know and a column
    head before the first number; the list starts at that number, which is the first item's."""
    doc = _parse(tmp_path, _COVER, "2 Oversigt Side 284. " + _leadered(_TITLES, len(_TITLES)))
    assert _rows(doc)[0] == ("284", "Godkendelse af dagsorden")


def test_names_end_at_a_contents_tables_column_heads():
    """'Fraværende: Bo Holm Oversigt Pkt. Tekst Side 1 …': the column heads end the names and the word above them
    is the table's heading; a name of one word before them keeps it ('Bo Holm Pkt. Tekst')."""
    assert before_column_heads(" Viggo Bilde Oversigt Pkt. Tekst 1 Budget") == " Viggo Bilde"
    assert before_column_heads(" Oversigt Pkt. Tekst Side 1 Budget") == ""
    assert before_column_heads(" Anne Berg, Bo Holm Pkt. Tekst Side") == " Anne Berg, Bo Holm"


def test_an_absentee_list_under_a_contents_heading_it_does_not_know(tmp_path):
    """The whole page: 'Fraværende: Bo Holm og Anne Berg Oversigt Pkt. Tekst Side 1 Title 3 …' reads two absentees."""
    doc = _parse(tmp_path,
                 "1 Referat Teknisk Udvalg Dato 12. maj 2016 Mødetidspunkt 16:00 Mødested: Mødelokale 3, Rådhuset "
                 "Fraværende: Bo Holm og Anne Berg Oversigt Pkt. Tekst Side "
                 + " ".join(f"{k + 1} {t} {3 + 2 * k}" for k, t in enumerate(_TITLES)))
    assert doc.meeting is not None and doc.meeting.absent == ["Bo Holm", "Anne Berg"]


def test_labelled_or_bracketed_numbers_are_no_pages(tmp_path):
    """'Punkt 403 Evaluering … 412. Lokalplan …' and '403) Evaluering … 412. Lokalplan …': a number behind an item's
    label or with its bracket is an item's, though the list's other numbers print their full stop."""
    titles = ["Evaluering af budgetlægningen", "Aftaler med specialskoler", "Aftaler for Socialudvalget",
              "Lokalplan for boliger ved skoven", "Tilskud til privat pasning", "Tilskud til julebelysningen"]
    for style in ("Punkt {n} ", "{n}) "):
        line = " ".join((style.format(n=401 + k) if k < 3 else f"{401 + k}. ") + t for k, t in enumerate(titles))
        doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse " + line)
        assert _rows(doc)[:4] == [(str(401 + k), t) for k, t in enumerate(titles[:4])], style
