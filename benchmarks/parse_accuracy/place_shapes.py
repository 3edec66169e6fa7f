"""Where and how a meeting page names its municipality and its meeting place: small invented meeting pages (a
head, a contents list, three items), each printing the municipality or the place one way a Danish council site
does, lined and flattened (flattened.py's transcript layout), scored on `municipality` and `meeting.location`.

    PYTHONPATH=src python benchmarks/parse_accuracy/place_shapes.py [--only NAME] [--show]

Why: on `check` (unseen municipalities) municipality recall is 0.82 and location 0.79 while tune is about 1.000:
tune cannot show what an unseen council does. This net prints the facts the ways the annotation rules name
(annotation-rules.md, Municipality: the name of the municipality or region as such, 'Odense Kommune', 'Odense
Byråd', 'Region Syddanmark', 'Københavns Kommunes', its own web domain; not a place name alone: '7800 Skive',
'Slagelse Rådhus') on pages whose every other line the parser reads well, so that a loss is the shape's. Names
are the real municipalities and regions (domain vocabulary), chosen for their shapes: a hyphen, Danish letters,
a domain that is not the name. Negatives expect null. Deterministic: no randomness.

Each line: the variant, then `lined` and `flat` as ok/pages for the field the variant is about.
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from flattened import flatten
from real import variant_parser

from sagsgang.parse import parse_file

# (name, its own web domain, a postcode and town in it): shapes of name the parser must read alike
NAMES = [
    ("Odense", "odense", "5000 Odense C"), ("Lyngby-Taarbæk", "ltk", "2800 Kongens Lyngby"),
    ("Ærø", "aeroekommune", "5970 Ærøskøbing"), ("Høje-Taastrup", "htk", "2630 Taastrup"),
    ("Frederiksberg", "frederiksberg", "2000 Frederiksberg"), ("Ringkøbing-Skjern", "rksk", "6950 Ringkøbing"),
    ("Aabenraa", "aabenraa", "6200 Aabenraa"), ("Tårnby", "taarnby", "2770 Kastrup"),
    ("Brønderslev", "broenderslev", "9700 Brønderslev"), ("Faaborg-Midtfyn", "fmk", "5750 Ringe"),
    ("Vesthimmerland", "vesthimmerland", "9600 Aars"), ("Læsø", "laesoe", "9940 Læsø"),
    ("Ballerup", "balk", "2750 Ballerup"), ("Helsingør", "helsingor", "3000 Helsingør"),
    ("Sønderborg", "sonderborg", "6400 Sønderborg"), ("Egedal", "egekom", "3650 Ølstykke"),
]
REGIONS = [("Syddanmark", "regionsyddanmark", "7100 Vejle"), ("Hovedstaden", "regionh", "3400 Hillerød"),
           ("Sjælland", "regionsjaelland", "4180 Sorø"), ("Midtjylland", "rm", "8800 Viborg"),
           ("Nordjylland", "rn", "9220 Aalborg Øst")]
PLACES = ["Byrådssalen", "Mødelokale 2, Rådhuset", "Udvalgsværelse D", "Lokale 1.14, Torvet 3",
          "Rådssalen, Rådhusvej 1, 4300 Holbæk", "Kantinen, Skovvej 7"]
# places of other kinds: a room with its floor (a number and a full stop inside the value), a meeting held online
ROOMS = ["Rådhuset, mødelokale 2, 1. sal", "Mødelokale 122, 1. sal, Rådhuset", "Lokale 3.05, 3. sal, Torvet 3"]
ONLINE = ["Virtuelt møde", "Microsoft Teams", "Teams-møde", "Online via Teams"]

HEAD = """{top}{kind}
{body}
{date_line}
{facts}
Deltagere: Anna Berg (A), Bo Dal (V), Carl Eng (C)
{after}
Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Budgetopfølgning for første kvartal
3. Lokalplan for boligområde ved Skovvej
"""
ITEMS = """
1. Godkendelse af dagsorden
Sagsnr.: 26/1234
Beslutning
Godkendt.
{running}
2. Budgetopfølgning for første kvartal
Sagsnr.: 26/2345
Sagsfremstilling
{text}
Indstilling
Direktionen indstiller, at budgetopfølgningen tages til efterretning.
Beslutning
Taget til efterretning.
{running}
3. Lokalplan for boligområde ved Skovvej
Sagsnr.: 26/3456
Sagsfremstilling
Forslaget til lokalplan har været i offentlig høring i otte uger, og der er kommet fire høringssvar.
Beslutning
Godkendt.
{running}{footer}"""
ITEM_TEXT = "Forvaltningen har udarbejdet en opfølgning på budgettet for første kvartal med bemærkninger."


def page(**parts: str) -> str:
    """An invented meeting page; `parts` replaces the defaults (the body 'Økonomiudvalget', a labelled date, time
    and place, no municipality anywhere)."""
    p = {"top": "", "kind": "Referat", "body": "Økonomiudvalget", "date_line": "Mødedato: 12.03.2026",
         "facts": "Mødetidspunkt: 16:00\nMødested: Byrådssalen", "after": "", "running": "", "text": ITEM_TEXT,
         "footer": ""} | parts
    return HEAD.format(**p) + ITEMS.format(**p)


Case = tuple[str, str | None]  # (page text, expected value)
Variant = tuple[str, Callable[[], list[Case]]]  # (field, the pages with what the field should hold)


def _muni(shape: Callable[[str, str, str], dict[str, str]], expect: bool = True) -> Variant:
    """A page per municipality, `shape`(name, domain, town) giving the page's parts; the name expected, or null."""
    return "municipality", lambda: [(page(**shape(n, d, t)), n if expect else None) for n, d, t in NAMES]


def _region(shape: Callable[[str, str, str], dict[str, str]]) -> Variant:
    return "municipality", lambda: [(page(**shape(n, d, t)), f"Region {n}") for n, d, t in REGIONS]


def _place(shape: Callable[[str], dict[str, str]], expect: Callable[[str], str | None] = lambda p: p,
           places: list[str] = PLACES) -> Variant:
    """A page per meeting place (of `places`), `shape`(place) giving the page's parts; `expect`(place) the location
    expected."""
    return "location", lambda: [(page(**shape(p)), expect(p)) for p in places]


def _footer_lines(*lines: str) -> str:
    return "\n" + "\n".join(lines) + "\n"


VARIANTS: dict[str, Variant] = {
    # where the name stands
    "muni-title": _muni(lambda n, d, t: {"kind": f"Referat - {n} Kommune"}),
    "muni-head-line": _muni(lambda n, d, t: {"top": f"{n} Kommune\n"}),
    "muni-body-line": _muni(lambda n, d, t: {"body": f"{n} Kommune - Økonomiudvalget"}),
    "muni-footer-address": _muni(lambda n, d, t: {"footer": _footer_lines(f"{n} Kommune, Torvet 1, {t}",
                                                                            "Telefon 70 10 20 30")}),
    "muni-footer-dots": _muni(lambda n, d, t: {"footer": _footer_lines(f"{n} Kommune · Torvet 1 · {t}")}),
    "muni-chrome": _muni(lambda n, d, t: {"top": f"Forside > Politik > Dagsordener og referater\n{n} Kommune\n",
                                          "footer": _footer_lines("Cookies", "Tilgængelighedserklæring")}),
    "muni-running-footer": _muni(lambda n, d, t: {"running": f"{n} Kommune Side 2 af 4\n"}),
    "muni-running-date": _muni(lambda n, d, t: {"running": f"Økonomiudvalget 12.03.2026 - {n} Kommune\n"}),
    # how it is written
    "muni-genitive": _muni(lambda n, d, t: {"kind": f"Referat fra {n} Kommunes Økonomiudvalg"}),
    "muni-s-kommune": _muni(lambda n, d, t: {"top": f"{n}s Kommune\n"}),
    "muni-council-in": _muni(lambda n, d, t: {"body": f"Kommunalbestyrelsen i {n}"}),
    "muni-byraadet-i": _muni(lambda n, d, t: {"body": f"Byrådet i {n}"}),
    "muni-byraad": _muni(lambda n, d, t: {"body": f"{n} Byråd"}),
    "muni-caps": _muni(lambda n, d, t: {"top": f"{n.upper()} KOMMUNE\n"}),
    "muni-caps-body": _muni(lambda n, d, t: {"body": f"{n.upper()} BYRÅD"}),
    "muni-web": _muni(lambda n, d, t: {"footer": _footer_lines(f"www.{d}.dk")}),
    "muni-url": _muni(lambda n, d, t: {"footer": _footer_lines(f"Læs mere på https://www.{d}.dk/politik/")}),
    "muni-email": _muni(lambda n, d, t: {"footer": _footer_lines(f"Kontakt: post@{d}.dk")}),
    "muni-spaced-hyphen": _muni(lambda n, d, t: {"top": f"{n.replace('-', ' - ')} Kommune\n"}),
    "muni-kommune-for": _muni(lambda n, d, t: {"body": f"Kommunalbestyrelsen for {n} Kommune"}),
    "muni-caps-name": _muni(lambda n, d, t: {"top": f"{n.upper()} Kommune\n"}),
    "muni-caps-word": _muni(lambda n, d, t: {"top": f"{n} KOMMUNE\n"}),
    "muni-caps-two-lines": _muni(lambda n, d, t: {"top": f"{n.upper()}\nKOMMUNE\n"}),
    "muni-logo-two-lines": _muni(lambda n, d, t: {"top": f"{n}\nKommune\n"}),
    "muni-label": _muni(lambda n, d, t: {"top": f"Kommune: {n}\n"}),
    "muni-nbsp": _muni(lambda n, d, t: {"footer": _footer_lines(f"{n}\u00a0Kommune, Torvet 1, {t}")}),
    "muni-soft-hyphen": _muni(lambda n, d, t: {"top": f"{n} Kom\u00admune\n"}),
    "muni-letter-spaced": _muni(lambda n, d, t: {"top": " ".join(f"{n} Kommune".upper()) + "\n"}),
    "muni-council-genitive": _muni(lambda n, d, t: {"kind": f"Referat fra {n}s Byråds møde"}),
    "muni-in-sentence": _muni(lambda n, d, t: {"text": f"{n} Kommune har modtaget en ansøgning om tilskud."}),
    "muni-kommunalbestyrelse": _muni(lambda n, d, t: {"body": f"{n} Kommunalbestyrelse"}),
    # the regions
    "region-prose": _region(lambda n, d, t: {"body": "Forretningsudvalget",
                                             "text": f"Region {n} har modtaget en ansøgning om tilskud."}),
    "region-caps": _region(lambda n, d, t: {"top": f"REGION {n.upper()}\n", "body": "Forretningsudvalget"}),
    "region-title": _region(lambda n, d, t: {"kind": f"Referat - Forretningsudvalget - Region {n}",
                                             "body": ""}),
    "region-council": _region(lambda n, d, t: {"body": "Regionsrådet", "top": f"Region {n}\n"}),
    "region-genitive": _region(lambda n, d, t: {"body": "Regionsrådet",
                                                "kind": f"Referat fra Region {n}s regionsråd"}),
    "region-footer-comma": _region(lambda n, d, t: {"body": "Forretningsudvalget",
                                                    "footer": _footer_lines(f"Region {n}, Regionshuset, {t}")}),
    "region-footer-dots": _region(lambda n, d, t: {"body": "Forretningsudvalget",
                                                   "footer": _footer_lines(f"Region {n} · Regionshuset · {t}")}),
    "region-footer-street": _region(lambda n, d, t: {"body": "Forretningsudvalget",
                                                     "footer": _footer_lines(f"Region {n}, Alléen 15, {t}")}),
    "region-alone-line": _region(lambda n, d, t: {"body": "Forretningsudvalget", "after": f"Region {n}\n"}),
    "region-web": _region(lambda n, d, t: {"body": "Forretningsudvalget", "footer": _footer_lines(f"www.{d}.dk")}),
    # negatives: a place name alone is no municipality (annotation rules); another named in a case's text loses
    "neg-postcode": _muni(lambda n, d, t: {"facts": f"Mødetidspunkt: 16:00\nMødested: Rådhuset, Torvet 1, {t}"},
                          expect=False),
    "neg-town-hall": _muni(lambda n, d, t: {"facts": f"Mødetidspunkt: 16:00\nMødested: {n.split('-')[0]} Rådhus"},
                           expect=False),
    "neg-other-in-text": _muni(lambda n, d, t: {"top": f"{n} Kommune\n", "text": _other_text(n)}),
    "neg-other-in-text-footer": _muni(lambda n, d, t: {"footer": _footer_lines(f"{n} Kommune, Torvet 1, {t}"),
                                                       "text": _other_text(n)}),
    # the meeting place
    "place-mødested": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p}"}),
    "place-sted": _place(lambda p: {"facts": f"Tidspunkt: 16:00\nSted: {p}"}),
    "place-lokale": _place(lambda p: {"facts": f"Kl.: 16:00\nLokale: {p}"}),
    "place-mødelokale": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødelokale: {p}"}),
    "place-sted-nocolon": _place(lambda p: {"facts": f"Tidspunkt: 16:00\nSted {p}"}),
    "place-mødested-nocolon": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested {p}"}),
    "place-small-label": _place(lambda p: {"facts": f"mødetidspunkt: 16:00\nmødested: {p}"}),
    "place-label-above": _place(lambda p: {"facts": f"Mødetidspunkt\n16:00\nMødested\n{p}"}),
    "place-labels-block": _place(lambda p: {"date_line": "Mødedato:\nMødetidspunkt:\nMødested:",
                                            "facts": f"12.03.2026\n16:00\n{p}"}),
    "place-held-på": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødet blev holdt på {p}."}),
    "place-afholdes-i": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødet afholdes i {p}."}),
    "place-head-line": _place(lambda p: {"date_line": f"Mødedato 12.03.2026 kl. 16:00, {p}", "facts": ""}),
    "place-tid-og-sted": _place(lambda p: {"date_line": f"Tid og sted: 12. marts 2026 kl. 16.00, {p}",
                                           "facts": ""}),
    "place-head-dashes": _place(lambda p: {"date_line": f"12.03.2026 kl. 16:00 - {p}", "facts": ""}),
    "place-caps": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p.upper()}"}, str.upper),
    "place-tab-label": _place(lambda p: {"facts": f"Mødetidspunkt\t16:00\nMødested\t{p}"}),
    "place-in-running": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p}",
                                          "running": "Økonomiudvalget 12.03.2026 Side 2\n"}),
    "place-colon-above": _place(lambda p: {"facts": f"Mødetidspunkt:\n16:00\nMødested:\n{p}"}),
    "place-one-line-labels": _place(lambda p: {"date_line": f"Dato: 12.03.2026 Tidspunkt: 16:00 Sted: {p}",
                                               "facts": ""}),
    "place-table-row": _place(lambda p: {"date_line": "Dato\tTid\tSted", "facts": f"12.03.2026\t16:00\t{p}"}),
    "place-date-i": _place(lambda p: {"date_line": f"Mødedato: Torsdag den 12. marts 2026 kl. 16.00 i {p}",
                                      "facts": ""}),
    "place-afholdt-på": _place(lambda p: {"date_line": f"Afholdt den 12.03.2026 kl. 16:00 på {p}", "facts": ""}),
    "place-body-date-place": _place(lambda p: {"body": f"Økonomiudvalget - 12.03.2026 - {p}", "facts": ""}),
    "place-dash-label": _place(lambda p: {"facts": f"Mødetidspunkt - 16:00\nMødested - {p}"}),
    "place-after-members": _place(lambda p: {"facts": "Mødetidspunkt: 16:00", "after": f"Mødested: {p}\n"}),
    "place-lokation": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nLokation: {p}"}),
    "place-møde-nr": _place(lambda p: {"date_line": f"Møde nr. 3, 12.03.2026 kl. 16:00, {p}", "facts": ""}),
    "place-kl-i": _place(lambda p: {"facts": f"Kl. 16.00 i {p}"}),
    "place-slash-label": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nSted/Lokale: {p}"}),
    "place-sted-og-tid": _place(lambda p: {"date_line": f"Mødested og tid: {p}, 12.03.2026 kl. 16:00",
                                           "facts": ""}),
    "place-afholdelsessted": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nAfholdelsessted: {p}"}),
    "place-location": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nLocation: {p}"}),
    "place-none": _place(lambda p: {"facts": "Mødetidspunkt: 16:00"}, lambda p: None),
    # the time's own line under the date goes on with the place, after 'i'/'på', a comma or a dash
    "place-kl-på": _place(lambda p: {"facts": f"Kl. 16.00 på {p}"}),
    "place-kl-comma": _place(lambda p: {"facts": f"Kl. 16.00, {p}"}),
    "place-kl-dash": _place(lambda p: {"facts": f"Kl. 16.00 - {p}"}),
    "place-møde-nr-colon": _place(lambda p: {"date_line": f"Mødenr.: 3, 12.03.2026 kl. 16:00, {p}", "facts": ""}),
    # 'Tid og sted' with a bare time (no 'kl.', a full stop in it) before the place, on its line or the next
    "place-tid-og-sted-bare": _place(lambda p: {"facts": f"Tid og sted: 16.00, {p}"}),
    "place-tid-og-sted-below": _place(lambda p: {"facts": f"Tid og sted:\n16.00, {p}"}),
    "place-table-bars": _place(lambda p: {"date_line": "Dato | Tidspunkt | Sted",
                                          "facts": f"12.03.2026 | 16:00 | {p}"}),
    # what a head prints right after the place, which a flattened page runs on into it: the clock time, a span of
    # times, a weekday before its date, a sentence going on with a verb, the first item's header (no contents list)
    "place-then-kl": _place(lambda p: {"facts": f"Mødested: {p} kl. 16.00"}),
    "place-then-span": _place(lambda p: {"facts": f"Mødested: {p} 16.00 - 18.00"}),
    "place-then-weekday": _place(lambda p: {"date_line": f"Mødested: {p}", "facts": "Torsdag den 12. marts 2026"}),
    "place-held-og": _place(lambda p: {"facts": f"Mødet blev holdt i {p} og startede kl. 16.00."}),
    "place-then-item": ("location", lambda: [(_place_then_items(p), p) for p in PLACES]),
    # the place between the body and the date of a title line, a members' table's column heads after it
    "place-title-between": _place(lambda p: {"kind": f"Referat Økonomiudvalget, {p}, 12. marts 2026 kl. 16.00",
                                             "body": "", "date_line": "", "facts": ""}),
    "place-then-table": _place(lambda p: {"facts": f"Mødested: {p}\nNavn Parti Fremmøde\nEva Holt A Deltog"}),
    # a room with its floor, an online meeting: under a label, after the members, in the head line after 'kl. … i'
    "room-mødested": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p}"}, places=ROOMS),
    "room-sted-after-members": _place(lambda p: {"facts": "Mødetidspunkt: 16:00", "after": f"Sted: {p}\n"},
                                      places=ROOMS),
    "room-head-i": _place(lambda p: {"date_line": f"Mødedato: 12.03.2026 kl. 16.00 i {p}", "facts": ""},
                          places=ROOMS),
    "room-label-above": _place(lambda p: {"facts": f"Mødetidspunkt\n16:00\nMødested\n{p}"}, places=ROOMS),
    "online-mødested": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p}"}, places=ONLINE),
    "online-sted-after-members": _place(lambda p: {"facts": "Mødetidspunkt: 16:00", "after": f"Sted: {p}\n"},
                                        places=ONLINE),
    "online-lokale-after-members": _place(lambda p: {"facts": "Mødetidspunkt: 16:00", "after": f"Lokale: {p}\n"},
                                          places=ONLINE),
    # a span of times before the place: on a labelled time line, in the head line after 'kl.'
    "place-span-kl-i": _place(lambda p: {"facts": f"Kl. 16.00-18.30 i {p}"}),
    "place-head-span-i": _place(lambda p: {"date_line": f"Mødedato: 12.03.2026 kl. 16.00-18.30 i {p}",
                                           "facts": ""}),
    # a sentence printed under the place, which a flattened page runs on into it: opening with the one-letter 'I'
    # or with an abbreviation
    "place-then-i-sentence": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p}\n"
                                                        "I mødet deltog også direktøren."}),
    "place-then-abbreviation": _place(lambda p: {"facts": f"Mødetidspunkt: 16:00\nMødested: {p}\n"
                                                          "Evt. afbud til sekretariatet."}),
    "place-span-label": _place(lambda p: {"facts": f"Mødetidspunkt: 16.00 - 18.30\nSted: {p}"}),
}

_MEMBERS = "Deltagere: Anna Berg (A), Bo Dal (V), Carl Eng (C)\n"
_CONTENTS = HEAD[HEAD.index("Indholdsfortegnelse"):]


def _place_then_items(place: str) -> str:
    """A page whose place is the head's last line, the first item's header next (no contents list between)."""
    return page(facts=f"{_MEMBERS}Mødested: {place}").replace(_MEMBERS + "\n", "\n").replace(_CONTENTS, "")


_OTHER = ("Holstebro", "Struer")


def _other_text(own: str) -> str:
    """A case's text that names another municipality twice (a neighbour the council agrees with)."""
    other = _OTHER[0] if own != _OTHER[0] else _OTHER[1]
    return (f"Kommunen har indgået en aftale med {other} Kommune om fælles drift. {other} Kommune har "
            f"godkendt aftalen, og {other} Kommunes andel af udgiften er halvdelen.")


def _got(text: str, field: str, scratch: Path) -> str | None:
    f = scratch / "page.txt"
    f.write_text(text, encoding="utf-8")
    c = parse_file(f).to_contract()
    return c["municipality"] if field == "municipality" else (c.get("meeting") or {}).get("location")


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS)
    ap.add_argument("--show", action="store_true", help="print each miss (expected, got)")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-places-"))
    print(f"{'variant':28s} {'field':12s} {'lined':>7s} {'flat':>7s}", flush=True)
    for name in args.only or VARIANTS:
        field, cases = VARIANTS[name]
        cols, misses = [], []
        for layout in ("lined", "flat"):
            ok = 0
            for text, want in cases():
                got = _got(flatten(text, 1200) if layout == "flat" else text, field, scratch)
                ok += got == want
                if got != want:
                    misses.append(f"    {layout}: want {want!r} got {got!r}")
            cols.append(f"{ok}/{len(cases())}")
        print(f"{name:28s} {field:12s} {cols[0]:>7s} {cols[1]:>7s}", flush=True)
        if args.show and misses:
            print("\n".join(misses), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
