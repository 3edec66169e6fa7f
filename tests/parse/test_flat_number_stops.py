"""Item numbers with the stop the lined reader reads (header_patterns.NUMBER_STOP: '3 .' with a spaced full stop, '3/'),
on a page flattened into transcript page lines (benchmarks/parse_accuracy/number_forms.py num-space-stop and
num-slash, flat): the list's numbers, the last entry's end where the first header is printed again, and the headers
found at their bodies. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import ITEM_BODY, parse_transcript

TITLES = ["Godkendelse af dagsorden", "Forslag til lokalplan for Skovvej", "Trafiksikkerhedsplan 2025",
          "Orientering fra formanden"]


@pytest.mark.parametrize("stop", [" .", "/"])
def test_a_flattened_list_and_headers_numbered_with_a_spaced_stop_or_a_slash(tmp_path: Path, stop: str):
    # the list's numbers were no candidates ('1 .' / '1/': the stop stood where a title was looked for): no item
    # had its number, the headers' titles ran on into their bodies
    listed = " ".join(f"{k}{stop} {t}" for k, t in enumerate(TITLES, 1))
    heads = " ".join(f"{k}{stop} {t} {ITEM_BODY.format(n=100 + k)}" for k, t in enumerate(TITLES, 1))
    doc = parse_transcript(tmp_path, f"Dagsordenspunkter {listed} {heads}")
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES, 1)]
    assert [it.case_numbers for it in doc.items] == [[f"16/{100 + k}"] for k in range(1, 5)]


def test_headers_numbered_with_a_spaced_stop_give_an_unnumbered_contents_list_its_numbers(tmp_path: Path):
    # a contents list of titles and pages ('Title ..... 3'), the numbers printed only at the bodies, each on its page
    # ('1 . Title Sagsnr.: …'): the header was sought with its stop right after its number, so no item had a number
    listed = " ".join(f"{'Lukket: ' if k == 3 else ''}{t}.....\t{k + 2}" for k, t in enumerate(TITLES, 1))
    heads = [f"{k} . {t} {ITEM_BODY.format(n=100 + k)}" for k, t in enumerate(TITLES, 1)]
    doc = parse_transcript(tmp_path, f"Indholdsfortegnelse {listed} {heads[0]}", *heads[1:])
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        (str(k), t, k != 3) for k, t in enumerate(TITLES, 1)]
