"""An item's number behind a label other councils print ('Punkt nr. 2:', 'PKT. 2', 'DAGSORDENSPUNKT 2:',
'Dagsordenpunkt 2:', the compound without its linking 's') on a transcript's page line, each item's header run on
after the decision before it: the label opens the next item (inline_headers, number_candidates.ITEM_LABEL), it is no
word of the decision ('Godkendt. Punkt nr.'), with or without a contents list above. Invented titles and wording."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import COVER, TITLED_FRAME, parse_text

_TITLES = ["Budget for vejene", "Plan for skolerne", "Salg af grunden ved Mosevej"]


def _page(label: str, contents: bool) -> str:
    items = [f"{label.format(n=n)} {t} Sagsfremstilling Der er skrevet et notat om sagen. Indstilling Forvaltningen "
             "indstiller, at sagen godkendes. Beslutning Godkendt." for n, t in enumerate(_TITLES, 1)]
    pages = [COVER]
    if contents:
        pages.append("2 Indholdsfortegnelse " + " ".join(f"{label.format(n=n)} {t} {n + 2}"
                                                          for n, t in enumerate(_TITLES, 1)))
    pages.append(f"{len(pages) + 1} " + " ".join(items))
    return TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages))


def test_each_label_opens_its_item_and_ends_the_decision_before_it(tmp_path: Path) -> None:
    for label in ("Punkt nr. {n}:", "PKT. {n}", "DAGSORDENSPUNKT {n}:", "Dagsordenpunkt {n}:"):
        for contents in (False, True):
            doc = parse_text(tmp_path, _page(label, contents))
            got = [(it.number, it.title, [d.text for d in it.decisions]) for it in doc.items]
            assert got == [(str(n), t, ["Godkendt."]) for n, t in enumerate(_TITLES, 1)], (label, contents)
