"""The next item's header inside a transcript page line after a decision, its title ending in an address whose house
number is the header's own number again ('… Godkendt. Punkt 4: Salg af grund på Industrivej 4 Sagsfremstilling …'):
the run takes the number set off as a header's (behind a label, a sentence's end) over the bare one behind the
title's word (number_chain._header_shape_beats). Before: the address was item 4's number, its title the body's first
sentence and the header ran into item 3's decision. Invented minutes, Danish."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_items_on_pages

_TITLES = ["Salg af grund på Industrivej 12", "Salg af grund på Industrivej 4", "Salg af grund på Havnevej 27"]


def _body(title: str) -> str:
    return (f"Sagsfremstilling Forvaltningen har modtaget et tilbud på grunden {title.split(' på ')[1]}. Indstilling "
            "Forvaltningen indstiller, at sagen godkendes. Beslutning Godkendt.")


@pytest.mark.parametrize("header", ["Punkt {n}: {t}", "Pkt. {n} {t}", "{n} {t}"])
def test_the_address_after_the_header_is_no_item_number(tmp_path: Path, header: str) -> None:
    items = [f"{header.format(n=n, t=t)} {_body(t)}" for n, t in enumerate(_TITLES, 3)]
    doc = parse_items_on_pages(tmp_path, items)
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(_TITLES, 3)]
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Godkendt."]] * 3


@pytest.mark.parametrize("header", ["Punkt {n}: {t} Punkt {n} {t}", "{n} - {t} {n} {t}"])
def test_a_title_repeated_under_its_link_keeps_its_own_number(tmp_path: Path, header: str) -> None:
    # a web page's link to the item, then the item's own header ('Punkt 100: Beslutninger om dagsordenen Punkt 100
    # Beslutninger om dagsordenen Sagsnr. …'): the second number is a header's too, no title's word
    titles = ["Beslutninger om dagsordenen", "Meddelelser fra formanden", "Dialogmøde med Udsatterådet"]
    body = "Sagsnr. 299831 Sagsfremstilling Forvaltningen orienterer udvalget. Beslutning Taget til efterretning."
    doc = parse_items_on_pages(tmp_path, [f"{header.format(n=n, t=t)} {body}" for n, t in enumerate(titles, 100)])
    # (the two on one page line, where the run chooses between the numbers)
    assert [(it.number, it.title) for it in doc.items][:2] == [(str(n), t) for n, t in enumerate(titles[:2], 100)]
