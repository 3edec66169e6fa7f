"""Item headers on a flattened transcript page whose bodies open on their first sentence, no heading between
(prose_starts.prose_start): a fronted date or year and the verb right after it ('Den 3. marts 2024 modtog …', 'I 2023
blev …'), or a clause behind a title's last word in small letters ('… for 2025 Der er kommet …' is not; '… af
stierne Der er kommet …' is). The title ends there, in the run's overlong spans and in its last entry. Invented
minutes, Danish."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.prose_starts import prose_start

from .transcript_page import TITLED_FRAME, parse_text

_COVER = ("1 Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Rådhuset, mødelokale 1 "
          "Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)")
_TITLES = ["Tilskud til foreningen Ungdomshuset", "Budgetopfølgning pr. 31. marts 2024",
           "Vintervedligehold af stier og fortove"]
_REST = ("Sagen har været drøftet med de berørte parter. Indstilling Forvaltningen indstiller, at sagen godkendes. "
         "Beslutning Godkendt.")
_OPENERS = ["Forvaltningen har udarbejdet et notat om sagen.", "Kommunen har fået en henvendelse fra en forening.",
            "Der er kommet en ansøgning om tilskud."]


@pytest.mark.parametrize("first", ["Den 3. marts 2024 modtog forvaltningen en ansøgning.",
                                   "I 2023 blev der bevilget 200.000 kr. til formålet."])
def test_the_title_ends_where_the_dated_sentence_opens(tmp_path: Path, first: str) -> None:
    items = [f"{n}. {t} {first} {o} {_REST}" for n, (t, o) in enumerate(zip(_TITLES, _OPENERS, strict=True), 7)]
    pages = [_COVER, "2 " + " ".join(items[:2]), "3 " + items[2]]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(_TITLES, 7)]


def test_prose_start_reads_the_grammar() -> None:
    span = "Vintervedligehold af stierne Der er kommet en ansøgning. Sagen har"
    assert span[prose_start(span, 200):].startswith("Der er")
    assert prose_start(span, 200, clauses=False) is None  # a clause only where asked
    assert prose_start("Tilskud til Ungdomshuset Der er kommet en ansøgning.", 200) is None  # behind a name
    assert prose_start("Lokalplan 12 for Havnen I 2023 blev planen vedtaget.", 200) == len("Lokalplan 12 for Havnen ")
    assert prose_start("Tilskud til Det Gamle Værksted", 200) is None  # a name's words, no clause
