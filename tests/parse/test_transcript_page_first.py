"""PDF-transcript pages whose contents list prints each entry's page before it, the page column read ahead of
the titles ('Side 3 246. Godkendelse … 5 Orientering … Lukket - 21 Ejendomssag'), the way the transcript_variants
net's 'page-first' rewrites the tune transcripts: a list that prints its first item's number only, and marks its
closed entries 'Lukket - ' before the page. The pages are no item numbers, also where a closed marker stands
before one. Synthetic pages in the shape of the tune transcripts."""
from __future__ import annotations

from sagsgang.parse import parse_file

_PAGE = """Referat Økonomiudvalget

Størrelse: px
Starte visningen fra side:

Download "Referat Økonomiudvalget"

Transkript

1 Åben beslutningsprotokol 25. juni kl. 10:00 Lokale D116, Rådhuset Afbud: Jens Erik Jørgensen, Hanne Bæk Olsen

2 Indholdsfortegnelse Side {contents} Underskrifter

3 Godkendelse af forhøjelse af anlægsbevilling til retablering af lejede lokaler på Chr. 8. Vej 7 Sagsnr.: \
07/21538 Sagsansvarlig: HBA Sagens formål Godkendelse af forhøjelse af anlægsbevilling til retableringsarbejder. \
Beslutning Godkendt.

5 Orientering om årlig beretning fra Handicaprådet Sagsnr.: 07/21539 Sagens formål Orientering om beretningen. \
Beslutning Taget til efterretning.
"""

_TITLES = ["Godkendelse af forhøjelse af anlægsbevilling til retablering af lejede lokaler på Chr. 8. Vej 7",
           "Orientering om årlig beretning fra Handicaprådet",
           "Godkendelse af anlægsregnskab for indkøb af brandslukningsmateriel",
           "Orientering om Årsrapport 2006 fra lufthavnen", "Drøftelse af model for borgerinddragelse",
           "Gensidig orientering", "Ejendomssag", "Ejendomssag", "Personalesag"]
_PUBLIC = [True] * 6 + [False] * 3


def test_a_page_column_before_each_entry_numbers_no_item(tmp_path):
    """'Side 3 246. Title 5 Title … Lukket - 15 Ejendomssag': the bare numbers rise by two, one before each
    title, and stand between a closed entry's marker and its title too: pages, not items 8, 9, 11 … (the '8.'
    of a street's name is no item either)."""
    entries = [f"{3 + 2 * k} " + ("246. " if k == 0 else "") + title
               for k, (title, public) in enumerate(zip(_TITLES, _PUBLIC, strict=True))]
    entries = [e if public else "Lukket - " + e for e, public in zip(entries, _PUBLIC, strict=True)]
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(contents=" ".join(entries)), encoding="utf-8")
    got = [(it.number, it.title, it.public) for it in parse_file(page).items]
    assert got == [("246" if k == 0 else None, title, public)
                   for k, (title, public) in enumerate(zip(_TITLES, _PUBLIC, strict=True))]
