"""A transcript whose items open their bodies with 'Beskrivelse' or 'Sagens kerne' (title_tidy.BODY_CUE_WORDS): the
case's account as some councils head it, where others print 'Sagsfremstilling'; the body is found behind each listed
title by it. transcript_bodies.py words-b (T)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text, viewer_text

_TITLE = "Referat - Åben dagsorden Vindelbo Udvalg Borgmesterkontoret"
_LIST = (f"{_TITLE} Vindelbo Kommune Side 1. Mødedato: Mødet påbegyndt: "
         "kl. 08:00 Mødested: Mødelokale B Fraværende: Anne Berg Følgende sager behandles: Pkt. Tekst 1 Vejplan og "
         "trafik Salg af areal ved havnen 3 Tilskud til Vindelbo Hallen 5 4 Eventuelt 38 Side")


@pytest.mark.parametrize("word", ["Beskrivelse", "Sagens kerne"])
def test_the_account_heading_opens_each_body(tmp_path: Path, word: str) -> None:
    pages = (_LIST,
             f"Side Ø Vejplan og trafik 2025 {word} Direktionen orienterer om planen for vejene med henblik på "
             "drøftelse. Direktionen indstiller, at orienteringen tages til efterretning Beslutning Udvalget godkendte "
             "indstillingen.",
             f"Side Ø Salg af areal ved havnen {word} Kommunen har modtaget et bud på arealet ved havnen. Beslutning "
             "Udvalget godkendte salget.",
             f"Side Ø Tilskud til Vindelbo Hallen {word} Hallen søger om tilskud. Beslutning Godkendt.",
             "Side Ø Eventuelt Beslutning Intet.")
    items = parse_text(tmp_path, viewer_text(_TITLE, *pages)).to_contract()["items"]
    assert [it["sections"] for it in items[:2]] == [[word, "Beslutning"], [word, "Beslutning"]]
