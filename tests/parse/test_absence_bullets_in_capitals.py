"""An absence label printed in capitals over a bulleted list of names, flattened into the decision's line ('…
Godkendt. FRAVÆRENDE • Carl Lund (A) • …'), the shape a page that prints its headings in capitals gives
(transcript_bodies.py 'caps'). Invented transcript; no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_COVER = "1 Byrådet Referat Mødedato: 12. marts 2024 kl. 16.00 Mødested: Byrådssalen"
_ITEM = ("2 Byrådet 12. marts 2024 Side 2 af 12 1. Ny plan for havnen Sagsnr.: 24/1001 Sagsfremstilling "
         "Forvaltningen har lavet et forslag til en plan. Indstilling Forvaltningen indstiller, at planen vedtages. "
         "Beslutning Byrådet godkendte forslaget.")


def test_an_absence_label_in_capitals_over_bullets_ends_the_decision(tmp_path):
    """'… Beslutning Godkendt. FRAVÆRENDE • Carl Lund (A) • Dorte Holm (B)' flattened, a page printing its headings in
    capitals: the label with its bulleted names is the decision's absence line, as 'Fraværende • …' is (before, the
    names ran on in the decision's text)."""
    doc = parse_transcript(tmp_path, _COVER, f"{_ITEM} FRAVÆRENDE • Carl Lund (A) • Dorte Holm (B)", body="Byrådet")
    assert [(d.text, d.absent) for d in doc.items[0].decisions] == [
        ("Byrådet godkendte forslaget.", ["Carl Lund (A)", "Dorte Holm (B)"])]
