"""An item's header in a PDF transcript run on into a row of its case's and its document's numbers behind a bare
'Sag:' ('… 1. Salg af grund på Industrivej Sag: 24/1004 | Dok: 24/55512 Sagsfremstilling …'): the title ends at the
label, the case number is the one 'Sag:' labels, not the document's. Invented pages in the shape of the viewer
transcripts (transcript_page); no real text copied."""
from __future__ import annotations

from .transcript_page import COVER, TITLED_FRAME, parse_text

_TITLES = ("Salg af grund på Industrivej", "Budgetopfølgning for 1. kvartal", "Lokalplan for Kirkebakken")


def _item(n: int) -> str:
    return (f"{n}. {_TITLES[n - 1]} Sag: 24/{1003 + n} | Dok: 24/{55511 + n} Sagsfremstilling Forvaltningen har "
            f"udarbejdet et notat om sag {n}. Indstilling Det indstilles, at sagen godkendes. Beslutning Godkendt.")


def test_a_bare_sag_label_ends_the_title_and_gives_the_case(tmp_path):
    """Before, each title kept 'Sag: 24/1004 | Dok:' and the item took the document's number for its case."""
    pages = [COVER, "2 " + _item(1) + " " + _item(2), "3 " + _item(3)]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))
    assert [(it.number, it.title) for it in doc.items] == [("1", _TITLES[0]), ("2", _TITLES[1]), ("3", _TITLES[2])]
    assert [it.case_numbers for it in doc.items] == [["24/1004"], ["24/1005"], ["24/1006"]]
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Godkendt."]] * 3

