"""A meeting's place printed straight before its members' list, as a row of labels flattened by a PDF transcript
prints it ('Sted Medlemmer Fraværende <place> <names>', 'Mødedato Mødetidspunkt Mødested Deltagere <date> <time>
<place> <names>'): small invented transcripts, one per place and shape, scored on `meeting.location` and
`meeting.participants`.

    PYTHONPATH=src python benchmarks/parse_accuracy/place_before_names.py [--only NAME] [--show]

Why: on `check` the transcripts lose the meeting's place about half the time while their members' lists are read;
a place with no room, building or street word ('Fjernmøde', 'Teams', 'Museet', a postcode's town, 'Udvalgsværelse
D') run onto the first member's name leaves no word where the place ends. Every page prints the same members; only
the place and the row's shape change, so a loss is the place's. Places and names are invented or generic words;
no council's text. Deterministic: no randomness.

Each line: the shape, then location and participants as ok/pages, for lists without and with party letters.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from real import variant_parser

from sagsgang.parse import parse_file

PLACES = ["Fjernmøde", "Teams", "Kantinen", "Lokale B.2.07", "Mødelokale 4", "Byrådssalen", "Online via Teams",
          "Grønnegade 12, 7600 Struer", "Kulturhuset Spiren", "Virtuelt møde", "Zoom", "Skype for Business",
          "Borgerservice, Møllevej 5", "Byens Bibliotek", "Rådhuset, mødelokale 1", "Udvalgsværelse C",
          "Direktionsgangen", "Museet", "Havnen, Pakhus 2", "Rådhuset, Teams"]
MEMBERS = ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte", "Jonas Brix"]
PARTIES = ["(A)", "(V)", "(F)", "(C)"]

# the first page line of a transcript; '{place}' and '{names}' filled per page
SHAPES = {
    "table-row": "Kulturudvalget Referat Dato 3. april 2025 Mødetidspunkt 15:00 Sluttidspunkt 17:10 Sted Medlemmer "
                 "Fraværende {place} {names}",
    "column-labels": "Kulturudvalget Referat Mødedato Mødetidspunkt Mødested Deltagere 03-04-2025 15:00 "
                     "{place} {names}",
    "column-labels-colon": "Kulturudvalget Referat Mødedato: Mødetidspunkt: Mødested: Deltagere: 03-04-2025 15:00 "
                           "{place} {names}",
    "two-labels": "Kulturudvalget Referat Dato: 3. april 2025 Sted: Deltagere: {place} {names}",
    "labelled": "Referat Kulturudvalget Mødedato: 3. april 2025 Mødested: {place} Deltagere: {names}",
    # the viewer's title: the PDF's first words, cut right after the row of empty labels ('… Sted Medlemmer')
    "table-row-cut-title": "Kulturudvalget Referat Dato 3. april 2025 Mødetidspunkt 15:00 Sluttidspunkt 17:10 Sted "
                           "Medlemmer Fraværende {place} {names}",
    "label-row-caps": "MØDESTED: MØDEDATO: {place} DAGSORDEN MØDETIDSPUNKT: MØDET HÆVET: Kulturudvalget "
                      "Deltagere: {names}",
    # a cover with no labels at all: the title's date and time, the place, the members (only their parties mark
    # where the list begins; without them nothing does, and the place runs on)
    "no-labels": "Referat Kulturudvalget 3. april 2025 kl. 15:00 {place} {names}",
    "no-labels-comma": "Referat Kulturudvalget 3. april 2025, kl. 15:00, {place} {names}",
    "held-sentence": "Referat Kulturudvalget 3. april 2025 Mødet blev afholdt på {place} {names}",
    # the place labelled, the members' list after it without its label
    "place-label-only": "Referat Kulturudvalget Mødedato: 3. april 2025 Mødested: {place} {names}",
}
_LATER = ("Indholdsfortegnelse 1 Godkendelse af dagsorden 2 Tilskud til foreninger 3 Eventuelt",
          "1 Godkendelse af dagsorden Sagsnr.: 25/101 Beslutning Godkendt. 2 Tilskud til foreninger Sagsnr.: 25/102 "
          "Sagsfremstilling Forvaltningen har lavet en indstilling om fordelingen. Beslutning Godkendt. 3 Eventuelt "
          "Beslutning Intet.")


def page(first: str, title: str = "Referat") -> str:
    """A transcript site's page: the frame titled `title`, then each PDF page one line behind its page number."""
    lines = "\n\n".join(f"{n} {p}" for n, p in enumerate((first, *_LATER), 1))
    return (f"{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"{title}\"\n\nTranskript\n\n"
            f"{lines}\n")


def _title(shape: str, first: str) -> str:
    """The frame's title for `shape`: the PDF's first words up to its members' label where the shape says so."""
    return first[: first.index("Medlemmer") + len("Medlemmer")] if shape.endswith("cut-title") else "Referat"


def _facts(text: str, scratch: Path) -> tuple[str | None, list[str]]:
    f = scratch / "page.txt"
    f.write_text(text, encoding="utf-8")
    m = parse_file(f).to_contract().get("meeting") or {}
    return m.get("location"), m.get("participants") or []


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], list(SHAPES))
    ap.add_argument("--show", action="store_true", help="print each miss (expected, got)")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-place-names-"))
    print(f"{'shape':22s} {'location':>9s} {'members':>9s} {'loc (A)':>9s} {'mem (A)':>9s}", flush=True)
    totals = [0, 0, 0, 0]
    for name in args.only or SHAPES:
        cols, misses = [], []
        for members in (MEMBERS, [f"{n} {p}" for n, p in zip(MEMBERS, PARTIES, strict=True)]):
            loc_ok = mem_ok = 0
            for place in PLACES:
                first = SHAPES[name].format(place=place, names=", ".join(members))
                got_place, got_members = _facts(page(first, _title(name, first)), scratch)
                loc_ok += got_place == place
                mem_ok += got_members == members
                if (got_place, got_members) != (place, members):
                    misses.append(f"    want {place!r} got {got_place!r}; members {got_members[:2]!r}")
            cols += [loc_ok, mem_ok]
        totals = [t + c for t, c in zip(totals, cols, strict=True)]
        print(f"{name:22s} " + " ".join(f"{f'{c}/{len(PLACES)}':>9s}" for c in cols), flush=True)
        if args.show and misses:
            print("\n".join(misses), flush=True)
    n = len(PLACES) * len(args.only or SHAPES)
    print(f"{'all':22s} " + " ".join(f"{f'{c}/{n}':>9s}" for c in totals), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
