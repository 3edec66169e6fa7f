"""Invented PDF transcripts whose items' headers run into their bodies with no contents list above them, in the
shapes the tune transcripts (mostly a cover and a contents list) do not print: the first case-text heading one the
lexicon knows or an unseen publisher's own (plain, with a colon, in capitals), a case number after the title or not,
the running head before each page, and the excerpt's end after the last body or inside the last header's title;
also headings the lexicon knows from lined pages but that open no body on every page ('Beslutningstema', 'Resume og
sagens baggrund:', 'BAGGRUND'), a section's text that opens on a bullet ('Sagsfremstilling • Der er …'), and the
item's number behind other labels ('Punkt nr. 2:', 'PKT. 2', 'Dagsordenpunkt 2:').

    PYTHONPATH=src python benchmarks/parse_accuracy/transcript_headers.py [--pages N] [--misses]

Why: on `check` the transcripts lose a third of their titles and half their sections, where their excerpts reach
the items' bodies; tune's transcripts cannot show how a header runs into its body there. Each page is built from a
seeded pool of invented titles (several capitalised words: place names, as titles print them), bodies and headings,
so the gold is known exactly: the items' numbers and titles (the visible part where the excerpt cuts the last title),
their sections (the headings printed, in order) and their decisions' texts. Per shape the net prints the share of
items whose title, sections and decision are all read right, then each field's share. Read it beside `real.py`.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from sagsgang.parse import parse_file

_FRAME = """{title}

Størrelse: px
Starte visningen fra side:

Download "{title}"

Transkript

{pages}
"""

_SUBJECTS = ("Cykelsti langs", "Lokalplan for boliger ved", "Belysning på", "Fortov langs", "Renovering af broen ved",
             "Trafiksikkerhed på", "Udbud af vintertjeneste på", "Parkering ved", "Hastighedszone på",
             "Vejnavn for udstykning ved")
_PLACES = ("Kløvervej", "Mågevej og Ternevej", "Birkely", "Tranestien Nord", "Hvidemose", "Ravnsøvej og Søbakken",
           "Gammel Landevej", "Stationspladsen")
_OPENERS = ("Der er kommet", "Forvaltningen har modtaget", "Kommunen har fået", "Et flertal i udvalget har bedt om",
            "Borgerne har sendt", "Vejafdelingen har udarbejdet")
_OUTCOMES = ("Godkendt.", "Anbefales.", "Taget til efterretning.", "Udsat.")
_BODIES = ("Plan- og Vejudvalget", "Udvalget for Teknik", "Miljø- og Trafikudvalget")
# (first heading, second heading, decision heading) by shape
_HEADS = {
    "known": ("Sagsfremstilling", "Indstilling", "Beslutning"),
    "unknown": ("Sagens forløb", "Vurdering og anbefaling", "Beslutning"),
    "unknown-one": ("Forløbet", "Indstilling", "Beslutning"),
    "unknown-colon": ("Baggrund:", "Anbefaling:", "Beslutning:"),
    "unknown-caps": ("BAGGRUND", "ANBEFALING", "BESLUTNING"),
    # headings the lexicon knows from lined pages, other than the few that open bodies everywhere (title_tidy's
    # BODY_CUE_WORDS): with no case number between, only the lexicon tells where the title ends
    "lexicon": ("Beslutningstema", "Økonomiske konsekvenser", "Beslutning"),
    "lexicon-colon": ("Resume og sagens baggrund:", "Retsgrundlag:", "Beslutning:"),
    "lexicon-caps": ("BAGGRUND", "VURDERING", "BESLUTNING"),
    # the first section's text opening on a bullet's list, as a lined page prints it below its heading
    "bulleted": ("Sagsfremstilling •", "Vurdering •", "Beslutning"),
    # the item's number behind a label other councils print ('Punkt nr. 2:', 'PKT. 2', 'Dagsordenpunkt 2:'), the
    # lexicon's headings after it: the label must open the next item, no word of the decision before it
    "label-punkt-nr": ("Sagsfremstilling", "Indstilling", "Beslutning"),
    "label-caps": ("Sagsfremstilling", "Indstilling", "Beslutning"),
    "label-dagsordenpunkt": ("Sagsfremstilling", "Indstilling", "Beslutning"),
}
# how each shape prints an item's number before its title (else '{n}.')
_LABELS = {"label-punkt-nr": "Punkt nr. {n}:", "label-caps": "PKT. {n}", "label-dagsordenpunkt": "Dagsordenpunkt {n}:"}


def _item(rng: random.Random, n: int, title: str, heads: tuple[str, str, str], case: bool,
          label: str = "{n}.") -> tuple[str, dict]:
    first, second, decision = heads
    outcome = rng.choice(_OUTCOMES)
    text = (f"{label.format(n=n)} {title}" + (f" Sagsnr.: 21/{rng.randrange(1000, 9999)}" if case else "")
            + f" {first} {rng.choice(_OPENERS)} en henvendelse om {title.split()[0].lower()} fra en borgergruppe i "
            f"området. Sagen har været drøftet med de berørte parter. {second} Det indstilles, at sagen fremmes. "
            f"{decision} {outcome}")
    gold = {"number": str(n), "title": title, "outcome": outcome,
            "sections": [h.removesuffix(" •").rstrip(":") for h in (first, second, decision)]}
    return text, gold


def page(rng: random.Random, shape: str, case: bool, cut: bool) -> tuple[str, list[dict]]:
    """An invented transcript of `shape` and its gold items; with `cut`, the excerpt ends inside the last title."""
    body = rng.choice(_BODIES)
    count = rng.randrange(2, 5)
    titles = rng.sample([f"{s} {p}" for s in _SUBJECTS for p in _PLACES], count)
    items = [_item(rng, n, t, _HEADS[shape], case, _LABELS.get(shape, "{n}.")) for n, t in enumerate(titles, 1)]
    cover = f"Referat {body} Mødedato: 9. april 2021 Mødetidspunkt: 16:00 Mødested: Lokale Syd"
    pages, golds = [cover], [g for _, g in items]
    for n, (text, _) in enumerate(items):
        pages.append(f"{body} 9. april 2021 Side {n + 2} {text}")
    if cut:
        words = titles[-1].split()
        keep = rng.randrange(2, len(words))
        visible = " ".join(words[:keep]) + " " + words[keep][: max(1, len(words[keep]) // 2)]
        pages[-1] = f"{body} 9. april 2021 Side {len(pages)} {_LABELS.get(shape, '{n}.').format(n=count)} {visible}"
        golds[-1] = {"number": str(count), "title": visible, "outcome": None, "sections": []}
    text = _FRAME.format(title=f"Referat {body}", pages="\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)))
    return text, golds


def _score(doc_items: list, golds: list[dict]) -> dict[str, tuple[int, int]]:
    """(right, asked) per field: each gold item's title, sections and decision against the parse's item of its
    number; extra items count against titles."""
    by_number = {it.number: it for it in doc_items}
    out = defaultdict(lambda: [0, 0])
    for g in golds:
        it = by_number.get(g["number"])
        title = it is not None and it.title == g["title"]
        sections = it is not None and [s.heading for s in it.sections] == g["sections"]
        decision = it is not None and [d.text for d in it.decisions] == ([g["outcome"]] if g["outcome"] else [])
        for field, ok in (("title", title), ("sections", sections), ("decision", decision),
                          ("item", title and sections and decision)):
            out[field][0] += ok
            out[field][1] += 1
    out["title"][1] += max(0, len(doc_items) - len(golds))
    return {k: (v[0], v[1]) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=12, help="pages per shape")
    ap.add_argument("--misses", action="store_true", help="print the items read wrong")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-theaders-"))
    for shape in _HEADS:
        for case, cut in ((False, False), (True, False), (False, True)):
            rng = random.Random(f"{shape}-{case}-{cut}")
            total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for k in range(args.pages):
                text, golds = page(rng, shape, case, cut)
                path = scratch / f"{shape}-{case}-{cut}-{k}.txt"
                path.write_text(text, encoding="utf-8")
                doc = parse_file(path)
                for field, (ok, n) in _score(doc.items, golds).items():
                    total[field][0] += ok
                    total[field][1] += n
                if args.misses and _score(doc.items, golds)["item"][0] < len(golds):
                    print(f"  miss {path.name}: " + " | ".join(f"{it.number} {it.title!r}" for it in doc.items))
            label = f"{shape}{' +case' if case else ''}{' cut' if cut else ''}"
            print(f"== {label:<22} " + " ".join(f"{f} {ok / n:.3f}" for f, (ok, n) in
                                                 sorted(total.items(), key=lambda p: p[0] != "item")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
