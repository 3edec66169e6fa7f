"""A transcript of a PDF whose text layer reads each page's folio (a bare page number in the footer or header) before
the page's body: the viewer prints the page number, then the page's own ('2 2 …'). The second number is no item's
number (lines._without_folios): the cover is no item 1, and the flow of '1) Title' headers is read as the items
(benchmarks/parse_accuracy/printed.py --as-transcript, 'plain'). Invented words."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.lines import prepare

TITLES = ["Godkendelse af dagsorden", "Ny kran på kajen", "Lukket punkt", "Lys på lystbådehavnen",
          "Flydebro ved slæbestedet", "Meddelelser"]


def _item(k: int) -> str:
    if TITLES[k - 1] == "Lukket punkt":
        return f"{k}) Lukket punkt"
    return (f"{k}) {TITLES[k - 1]} Sagsnr.: 23-00{k}117 Beslutning Godkendt. Resume Havnefogeden har lavet et "
            f"oplæg om sagen. Indstilling Forvaltningen indstiller, at oplægget godkendes.")


PAGES = [f"1 1 Referat fra mødet i Havneudvalget mandag den 6. marts 2023 kl. 17:00 i Pakhuset {_item(1)} {_item(2)}",
         f"2 2 inden sommerferien, hvor havnen har travlt. {_item(3)} {_item(4)}",
         f"3 3 når sejlklubben har sendt et brev om sagen. {_item(5)}",
         f"4 4 om et år, som havnefogeden har lovet. {_item(6)}"]


def test_the_folio_behind_the_page_number_is_dropped() -> None:
    lines = [ln.text for ln in prepare("Transkript\n\n" + "\n\n".join(PAGES) + "\n") if ln.text]
    assert lines[0].startswith("1 Referat fra mødet")
    assert lines[1].startswith("2 inden sommerferien")


def test_the_items_of_a_folio_numbered_transcript_are_its_headers(tmp_path: Path) -> None:
    # the viewer's title is the first page's first words, its folio with them
    title = "1 Referat fra mødet i Havneudvalget mandag den 6. marts 2023 kl. 17:00 i Pakhuset 1) Godkendelse"
    page = tmp_path / "page.txt"
    page.write_text(f'{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "{title}"\n\nTranskript\n\n'
                    + "\n\n".join(PAGES) + "\n", encoding="utf-8")
    doc = parse_file(page)
    assert [it.number for it in doc.items] == ["1", "2", "3", "4", "5", "6"]
    assert [doc.items[k].title for k in (0, 1, 4, 5)] == [TITLES[k] for k in (0, 1, 4, 5)]
    assert doc.items[1].case_numbers == ["23-002117"]


def test_two_pages_opening_on_a_number_twice_keep_it() -> None:
    # an item numbered as its page, twice only: no folio read from it
    text = "Transkript\n\n1 Referat Havneudvalget\n\n2 2 Ny kran på kajen\n\n3 3 Lys på lystbådehavnen\n"
    lines = [ln.text for ln in prepare(text) if ln.text]
    assert "2 2 Ny kran på kajen" in lines
