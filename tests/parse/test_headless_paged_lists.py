"""A transcript's contents list printed with no heading and a page number after each title ('… dagsordenen.
Godkendelse af dagsorden 3 Orientering fra formanden 5 …'): the rising page column, not a heading, tells the
list. Synthetic pages in the shape of the tune transcripts (transcript_variants.py 'no-heading+pages'); no real
text copied."""
from __future__ import annotations

from sagsgang.parse.headless_contents import _paged_titles

from .transcript_page import ITEM_BODY as _BODY
from .transcript_page import parse_transcript as _parse

_TITLES = ["Anmodning om optagelse af punkt på dagsordenen - trafiksikkerhed ved skolerne",
           "Anlægsprojekter for 2016 og 2017 der afventer dispensation - vejområdet",
           "Anlægsprojekter for 2016 og 2017 der afventer dispensation - parker og grønne områder",
           "Salg af grund ved havnen til opførelse af boliger - endelig godkendelse",
           "Trafikplan for midtbyen med forslag til ændrede parkeringsregler - høringssvar",
           "Udbud af vintertjeneste på kommunens veje og stier for perioden 2016-2020"]
_COVER = "1 TEKNISK UDVALG REFERAT FRA MØDE NR. 4 TORSDAG DEN 12. MAJ 2016, KL PÅ RÅDHUSET, MØDELOKALE 3"


def _paged_list() -> str:
    return " ".join(f"{title} {3 + 2 * k}" for k, title in enumerate(_TITLES))


def test_a_headless_list_with_a_page_after_each_title_gives_the_items(tmp_path):
    """No heading over the list, the meeting's absence sentence before it, a page number after each title: every
    title is an item (before, the page numbers glued the titles into runs and no list was found at all: one item,
    the cover's line)."""
    doc = _parse(tmp_path, _COVER,
                 "2 Teknisk Udvalg 12. maj 2016 Side: 2 Fraværende: Ingen. Punkt 7 udsættes til næste møde. "
                 + _paged_list(),
                 *(f"{3 + 2 * k} Teknisk Udvalg 12. maj 2016 Side: {3 + 2 * k} {title} " + _BODY.format(n=k + 1)
                   for k, title in enumerate(_TITLES)))
    titles = [it.title for it in doc.items]
    assert titles[-len(_TITLES):] == _TITLES


def test_the_page_column_tells_a_list_from_prose():
    """The page line's tail is a list when a page column that never falls parts it into short runs; prose with
    numbers in it (a sentence, falling numbers) is not."""
    assert _paged_titles(_paged_list())
    assert not _paged_titles("Udvalget drøftede sagen i 3 møder. Forvaltningen svarede på 5 spørgsmål. Der var "
                             "enighed om 2 forslag. Sagen blev sendt til 9 høringsparter.")
    assert not _paged_titles("Godkendelse af dagsorden 9 Orientering fra formanden 7 Salg af grund ved havnen 5 "
                             "Trafikplan for midtbyen 3 Udbud af vintertjeneste")


def test_the_back_matter_after_a_paged_list_is_no_item(tmp_path):
    """'… Udbud af vintertjeneste … 13 Bilagsliste Underskriftsblad Side': with a page after each title the back
    matter parts into pieces, the last the bare word 'Side'; neither it nor the bilag list nor the signature page
    is an item."""
    doc = _parse(tmp_path, _COVER,
                 "2 Indholdsfortegnelse Side " + _paged_list() + " Bilagsliste Underskriftsblad Side",
                 *(f"{3 + 2 * k} Teknisk Udvalg 12. maj 2016 Side: {3 + 2 * k} {title} " + _BODY.format(n=k + 1)
                   for k, title in enumerate(_TITLES)))
    titles = [it.title for it in doc.items]
    assert titles == _TITLES
