"""An unseen publisher's first heading run into each item's header on a flattened page, where the bodies of all
headers but the last open on the same word (chain_entries._past_last_end): the last header's line is read on past
the cue that ended its title, so its heading and prose count as evidence that the phrase is a heading (before: the
last title was cut at its cue first, the two others shared the word after the phrase, and it stayed in their
titles). Invented transcript, Danish, in the shape of benchmarks/parse_accuracy/transcript_headers.py's 'unknown'."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import TITLED_FRAME, parse_text

_BODY = ("en henvendelse om sagen fra en grundejerforening i området. Sagen har været drøftet med de berørte parter. "
         "Vurdering og anbefaling Det indstilles, at sagen fremmes. Beslutning {outcome}")


def _page(openers: list[str]) -> str:
    titles = ["Parkering ved Ravnsøvej og Søbakken", "Belysning på Stationspladsen", "Hastighedszone på Birkely"]
    pages = ["1 Referat Miljø- og Trafikudvalget Mødedato: 9. april 2021 Mødetidspunkt: 16:00 Mødested: Lokale Syd"]
    for n, (title, opener) in enumerate(zip(titles, openers, strict=True), 1):
        pages.append(f"{n + 1} Miljø- og Trafikudvalget 9. april 2021 Side {n + 1} {n}. {title} Sagens forløb {opener} "
                     + _BODY.format(outcome="Godkendt."))
    return TITLED_FRAME.format(title="Referat Miljø- og Trafikudvalget", pages="\n\n".join(pages))


def test_the_heading_leaves_every_title_where_the_others_open_alike(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page(["Borgerne har sendt", "Borgerne har sendt", "Der er kommet"]))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Parkering ved Ravnsøvej og Søbakken"), ("2", "Belysning på Stationspladsen"),
        ("3", "Hastighedszone på Birkely")]
    assert all([s.heading for s in it.sections][:1] == ["Sagens forløb"] for it in doc.items)


def test_one_opening_word_on_every_page_is_still_no_evidence(tmp_path: Path) -> None:
    """Where every body opens on the same word, nothing tells a heading from two titles' shared tail; the parse
    keeps the item numbers whatever it reads for the titles."""
    doc = parse_text(tmp_path, _page(["Borgerne har sendt"] * 3))
    assert [it.number for it in doc.items] == ["1", "2", "3"]
