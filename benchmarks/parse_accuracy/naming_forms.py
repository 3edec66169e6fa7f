"""How pages name their municipality (or region) and the body that met: an invented agenda that prints one fact in
one form, for every one of the 98 municipalities and 5 regions (municipality forms) or a set of body names
(committee forms), scored for recall and precision.

    PYTHONPATH=src python benchmarks/parse_accuracy/naming_forms.py [--only NAME]

Why: on `check` (unseen municipalities) the municipality is the field an unseen page loses whole when its naming
form is not read (annotation-rules.md: the municipality or region named as such, `X Kommune`, `X Byråd`,
`Region X`, `Xs Kommunes`, or its own web domain; a place name alone is not enough). Each `muni-*` variant prints
the name in one such form (in the head, a footer, a title, an address, a URL, a file name); each `none-*` variant
prints only a place name or another body's (`Slagelse Rådhus`, `4600 Køge`, `Kommunernes Landsforening`) and
must give null; each `own-*` variant names a neighbour more often in a case's sentences than the page names its
own council, and the page's own must win. `body-*` variants print the meeting's body in a title form
(`Referat af mødet i X`, `X – referat`, `Dagsorden til Xs møde`, capitals, a period after the name, the name
broken over two lines) and score meeting.committee as printed. The pages are invented (no corpus text).
"""
from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable

from sagsgang.parse import parse_file
from sagsgang.parse.bodies import MUNICIPALITIES, REGIONS

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
# the municipalities whose name as a council is its genitive ('Københavns Kommune', 'Nordfyns Kommune')
_GENITIVE = {"København", "Nordfyn", "Langeland", "Lolland", "Vesthimmerland", "Bornholm"}

BODY = """Dagsorden
Økonomiudvalget
Mødedato: 12. marts 2024
Mødetidspunkt: 16:00
Mødested: Mødelokale 2

1. Godkendelse af dagsorden
Sagsnr.: 24/1234
Indstilling
Direktionen indstiller, at dagsordenen godkendes.
Beslutning
Godkendt.

2. Orientering om vejarbejde på Skrallebakken
Sagsnr.: 24/1299
Sagsfremstilling
Forvaltningen orienterer om arbejdet på Skrallebakken.
"""


def _own(x: str) -> str:
    return f"{x}s" if x in _GENITIVE else x


def _dom(x: str) -> str:
    return x.lower().translate(_ASCII)


def _case(text: str) -> str:
    """BODY with `text` as the second item's case text."""
    return BODY.replace("Forvaltningen orienterer om arbejdet på Skrallebakken.", text)


def _broken(x: str) -> str:
    """A double name broken after its hyphen at a line's end, else the name and its council word over two lines."""
    return x.replace("-", "-\n", 1) + " Kommune" if "-" in x else f"{x}\nKommune"


def _hyphenated(x: str) -> str:
    """The name broken by a PDF's hyphenation inside its first word ('Vesthim-' / 'merlands')."""
    k = max(2, len(x.split("-")[0]) // 2)
    return f"{x[:k]}-\n{x[k:]}"


# name -> page text; the page's municipality is the name
MUNI_FORMS: dict[str, Callable[[str], str]] = {
    "muni-kommune-head": lambda x: f"{_own(x)} Kommune\n\n{BODY}",
    "muni-kommune-caps": lambda x: f"{_own(x).upper()} KOMMUNE\n\n{BODY}",
    "muni-kommunes-title": lambda x: BODY.replace("Dagsorden\n", f"Dagsorden til {_own(x)} Kommunes Økonomiudvalg\n",
                                                  1),
    "muni-byraad": lambda x: f"{x} Byråd\n\n{BODY}",
    "muni-byraadet-i": lambda x: f"Byrådet i {x}\n\n{BODY}",
    "muni-kb-i": lambda x: f"Kommunalbestyrelsen i {x}\n\n{BODY}",
    "muni-kb-i-caps": lambda x: f"KOMMUNALBESTYRELSEN I {x.upper()}\n\n{BODY}",
    "muni-x-kb": lambda x: f"{x} Kommunalbestyrelse\n\n{BODY}",
    "muni-x-kb-genitive": lambda x: BODY.replace("Dagsorden\n", f"Dagsorden til {x} Kommunalbestyrelses møde\n", 1),
    "muni-kommune-dash": lambda x: f"Dagsorden - {_own(x)} Kommune\n{BODY.split(chr(10), 1)[1]}",
    "muni-footer": lambda x: f"{BODY}\n{_own(x)} Kommune · Rådhustorvet 1 · 9999 Byen\n",
    "muni-broken": lambda x: f"{_broken(_own(x))}\n\n{BODY}",
    "muni-hyphenated": lambda x: f"Referat\n{_hyphenated(_own(x))} Kommune\n\n{BODY.split(chr(10), 1)[1]}",
    "muni-dash-in-name": lambda x: f"{_own(x).replace('-', ' – ')} Kommune\n\n{BODY}",
    "muni-spelt-out": lambda x: f"{BODY}\nBilag: {_own(x).translate(_ASCII).replace('-', '_')}_Kommune_notat.pdf\n",
    "muni-url": lambda x: f"{BODY}\nLæs mere på https://www.{_dom(x)}.dk/politik/udvalg\n",
    "muni-www": lambda x: f"{BODY}\nwww.{_dom(x)}.dk\n",
    "muni-bare-domain": lambda x: f"{BODY}\n{_dom(x)}.dk\n",
    "muni-email": lambda x: f"{BODY}\nKontakt: raadhus@{_dom(x)}.dk\n",
    "muni-in-case": lambda x: _case(f"{_own(x)} Kommunes vejafdeling orienterer om arbejdet."),
}
# region name -> page text; the page's municipality is 'Region X'
REGION_FORMS: dict[str, Callable[[str], str]] = {
    "region-head": lambda r: f"Region {r}\n\n{BODY}",
    "region-regionsraadet-i": lambda r: f"Regionsrådet i Region {r}\n\n{BODY}",
    "region-caps": lambda r: f"REGION {r.upper()}\n\n{BODY}",
    "region-genitive": lambda r: BODY.replace("Dagsorden\n", f"Dagsorden til Region {r}s Forretningsudvalg\n", 1),
    "region-dash": lambda r: f"Referat - Forretningsudvalget - Region {r}\n{BODY.split(chr(10), 1)[1]}",
}
# name -> page text; the page names no municipality as such (a place alone, another body): null
NONE_FORMS: dict[str, Callable[[str], str]] = {
    "none-raadhus": lambda x: BODY.replace("Mødelokale 2", f"{x} Rådhus, mødelokale 2"),
    "none-postcode": lambda x: BODY.replace("Mødelokale 2", f"Mødelokale 2, Torvet 1, 9999 {x}"),
    "none-place-in-case": lambda x: _case(f"Vejen fra {x} til Skrallebakken lukkes i to uger."),
    "none-kl": lambda x: _case(f"Kommunernes Landsforening har sendt et notat om vejene i {x}."),
}
# name -> page text; the page's own council is the name, a neighbour is named more often in a case's sentences
OWN_FORMS: dict[str, Callable[[str], str]] = {
    "own-head-vs-case": lambda x: f"{_own(x)} Kommune\n\n" + _case(
        "Forvaltningen har en aftale med {n} Kommune. {n} Kommune betaler, og {n} Kommunes andel er halvdelen."),
    "own-footer-vs-case": lambda x: _case(
        "Forvaltningen har en aftale med {n} Kommune, og {n} Kommune betaler halvdelen.")
    + f"\n{_own(x)} Kommune · Rådhustorvet 1 · 9999 Byen\n",
}

COMMITTEE_ITEMS = """
1. Godkendelse af dagsorden
Sagsnr.: 24/1234
Beslutning
Godkendt.

2. Orientering om vejarbejde på Skrallebakken
Sagsnr.: 24/1299
Sagsfremstilling
Forvaltningen orienterer om arbejdet.
Beslutning
Taget til efterretning.
"""
FACTS = "Mødedato: 12. marts 2024\nMødetidspunkt: 16:00\nMødested: Mødelokale 2\n"
BODIES = ["Økonomiudvalget", "Kommunalbestyrelsen", "Byrådet", "Børne- og Ungeudvalget", "Udvalget for Klima og Miljø",
          "Teknik- og Miljøudvalget", "Regionsrådet", "Social- og Sundhedsudvalget", "Plan- og Boligudvalget",
          "Hoppeltvedudvalget", "Det Lokale Beskæftigelsesråd"]
_FLAT_ITEMS = " ".join(COMMITTEE_ITEMS.split())


def _transcript(title: str, cover: str) -> str:
    """A whole PDF transcript: the viewer's frame around one page line, `cover` and then the items."""
    return (f"{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"{title}\"\n\nTranskript\n\n"
            f"1 {cover} {_FLAT_ITEMS}\n")


# body -> (page head, the committee as printed)
BODY_FORMS: dict[str, Callable[[str], tuple[str, str]]] = {
    "body-plain": lambda b: (f"Referat\n{b}\n{FACTS}", b),
    # under the committee's label (a name may hold a word other labels use: 'Det Lokale Beskæftigelsesråd')
    "body-udvalg-label": lambda b: (f"Referat\nUdvalg: {b}\n{FACTS}", b),
    "body-referat-af-moedet-i": lambda b: (f"Referat af mødet i {b}\n{FACTS}", b),
    "body-dash-referat": lambda b: (f"{b} – referat\n{FACTS}", b),
    "body-dagsorden-til-x-moede": lambda b: (f"Dagsorden til {b}s møde\n{FACTS}", b),
    "body-moedet-i-x-den": lambda b: (f"Referat\nMødet i {b} den 12. marts 2024 kl. 16:00\nMødested: Mødelokale 2\n",
                                      b),
    "body-caps": lambda b: (f"REFERAT\n{b.upper()}\n{FACTS}", b.upper()),
    "body-period": lambda b: (f"Referat\n{b} 2022-2025\n{FACTS}", f"{b} 2022-2025"),
    "body-broken": lambda b: (f"Referat af mødet i {' '.join(b.split()[:-1])}\n{b.split()[-1]}\n{FACTS}"
                              if " " in b else f"Referat af mødet i\n{b}\n{FACTS}", b),
    "body-muni-dash": lambda b: (f"Tværby Kommune - {b} - Referat\n{FACTS}", b),
    # a PDF transcript whose viewer title is the cover's first words, the municipality before the kind and the body
    "body-transcript-title": lambda b: (_transcript(f"Tværby Kommune. Referat. {b}",
                                                    f"Tværby Kommune Referat {b} Dato: 12. marts 2024 Kl. 16:00 "
                                                    "Sted: Mødelokale 2"), b),
}
VARIANTS = [*MUNI_FORMS, *REGION_FORMS, *NONE_FORMS, *OWN_FORMS, *BODY_FORMS]


class _Page:
    """One page file, written and parsed again for each variant."""

    def __init__(self) -> None:
        self.path = os.path.join(tempfile.mkdtemp(), "page.txt")

    def parse(self, text: str) -> tuple[str | None, str | None]:
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text)
        doc = parse_file(self.path)
        return doc.municipality, doc.meeting.committee if doc.meeting else None


def _neighbour(x: str) -> str:
    """A municipality other than x, for the page's case to name."""
    return next(m for m in ("Vejen", "Struer") if m != x)


def score(name: str, page: _Page) -> tuple[int, int, int, list[str]]:
    """(right, gold, predicted, first misses) of one variant."""
    right = gold = pred = 0
    misses: list[str] = []

    def count(want: str | None, got: str | None, label: str) -> None:
        nonlocal right, gold, pred
        gold += want is not None
        pred += got is not None
        right += want is not None and got == want
        if got != want and len(misses) < 4:
            misses.append(f"{label}->{got}")

    if name in BODY_FORMS:
        for b in BODIES:
            head, want = BODY_FORMS[name](b)
            text = head if "\nTranskript\n" in head else head + COMMITTEE_ITEMS  # (a transcript holds its items)
            count(want, page.parse(text)[1], b)
    elif name in REGION_FORMS:
        for r in REGIONS:
            count(f"Region {r}", page.parse(REGION_FORMS[name](r))[0], r)
    else:
        for x in MUNICIPALITIES:
            if name in MUNI_FORMS:
                want, text = x, MUNI_FORMS[name](x)
            elif name in NONE_FORMS:
                want, text = None, NONE_FORMS[name](x)
            else:
                want, text = x, OWN_FORMS[name](x).replace("{n}", _neighbour(x))
            count(want, page.parse(text)[0], x)
    return right, gold, pred, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=VARIANTS)
    args = ap.parse_args()
    page = _Page()
    print(f"{'variant':28s} {'ok/gold/pred':>14s}  recall  precision")
    for name in [args.only] if args.only else VARIANTS:
        right, gold, pred, misses = score(name, page)
        rec = right / gold if gold else 1.0
        prec = right / pred if pred else 1.0
        print(f"{name:28s} {right:>4d}/{gold:>3d}/{pred:>3d}  {rec:6.3f}  {prec:6.3f}  {' '.join(misses)}", flush=True)


if __name__ == "__main__":
    main()
