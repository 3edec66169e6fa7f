"""Probes of shapes an unseen publisher plausibly prints: small pages generated from templates, each with the
items (and facts) it must give, counted per family. No real text; the expected values are the pages' own.

    PYTHONPATH=src python benchmarks/parse_accuracy/shape_probes.py [--show]

Why: `check` may not be studied page by page, and the nets built from tune pages (perturbed.py, flattened.py,
transcript_variants.py …) vary only what tune prints. These families came from asking how else a council's page
could look, and each found a failure that lost a whole list of items or a meeting's facts (session 16): a flattened
header read as a run of titles, a bilag list inside a body taking the next headers' numbers, a contents list's
'Lukkede punkter' closing every item below it, a transcript's page numbers heading items, a sentence's 'figur 2.'
taking item 2's place, 'SAGSFREMSTILLING' in capitals not ending a title. 'headless outcomes' holds the annotation
rules' own examples of a decision printed without a heading ('Dagsordenen godkendt.', 'Godkendelse af dagsorden:
Godkendt', 'Foretoges.'): 80 of its 84 pages were read wrong before the parser read them (no decision, the outcome
kept in the title, the page a dagsorden); 'not outcomes' holds what must stay no decision. A family's count is pages
read wrong; read it beside real.py, never instead of it.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from decision_places import family_results

TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund ved Havnen",
          "Orientering fra formanden"]
FRAME = "Referat Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
COVER = "1 Referat Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen"
LINED_HEAD = "Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"
Case = tuple[str, str, Callable[[dict], bool]]  # (name, page text, test of the parse's contract)


def _items_are(titles: list[str], first: int = 1, decided: bool = True) -> Callable[[dict], bool]:
    def ok(d: dict) -> bool:
        got = [(i["number"], i["title"], len(i["decisions"]) if decided else 0) for i in d["items"]]
        return got == [(str(n), t, 1 if decided else 0) for n, t in enumerate(titles, first)]
    return ok


def flattened_headers() -> Iterator[Case]:
    """A transcript's first page line: the meeting's header flattened, then two items on the next page."""
    heads = ["Referat Teknik- og Miljøudvalget Torsdag den 20. juni 2013 Kl. 10:30 Rådhuset Medlemmer Jesper "
             "Mathiesen (A) Ole Bollesen (A) Fraværende",
             "Teknik- og Miljøudvalget Åben dagsorden Mødested Mødelokale 2, Rådhuset Dato Torsdag 20. juni 2013 Start "
             "kl. 16:00",
             "Referat Teknik- og Miljøudvalget Torsdag den 20. juni 2013 i Byrådssalen, Rådhuset Medlemmer "
             "Jesper Mathiesen (A)", "Kultur- og Fritidsudvalget Beslutningsprotokol Mødedato 20. juni 2013 Kl. 16.00 "
             "Sted Rådhuset Deltagere Jesper Mathiesen Ole Bollesen"]
    for k, h in enumerate(heads):
        text = (f"Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n1 {h}\n\n2 1. Godkendelse af "
                "dagsorden Beslutning Godkendt. 2. Budget 2014 Sagsnr.: 13/1234 Beslutning Godkendt.\n")
        yield f"head{k}", text, _items_are(["Godkendelse af dagsorden", "Budget 2014"])


def lists_in_bodies() -> Iterator[Case]:
    """A numbered list (bilag, a plan's parts, a proposal's points) inside item k's body, lined and flattened."""
    lists = {"bilag": ("Bilag\n{items}", ["Kortbilag", "Høringssvar fra borgerne", "Notat om økonomi", "Tidsplan"]),
             "plan": ("Sagsfremstilling\nPlanen har disse dele:\n{items}",
                      ["Boliger", "Erhverv", "Grønne områder", "Veje"]),
             "points": ("Indstilling\nDirektionen indstiller,\n{items}",
                        ["at planen godkendes", "at sagen sendes i høring", "at der gives en bevilling",
                         "at sagen genoptages"])}
    for (name, (block, entries)), where, k, layout in itertools.product(lists.items(), range(5), (2, 3, 4),
                                                                         ("lined", "pages", "oneline")):
        sep = "\n" if layout == "lined" else " "
        inner = block.replace("\n", sep).format(items=sep.join(f"{n}. {e}" for n, e in enumerate(entries[:k], 1)))
        parts = [f"{n}. {t}{sep}Sagsnr.: 24/10{n}{sep}" + (inner + sep if n - 1 == where else "")
                 + f"Beslutning{sep}Godkendt." for n, t in enumerate(TITLES, 1)]
        if layout == "lined":
            text = LINED_HEAD + "\n\n".join(parts) + "\n"
        elif layout == "pages":
            text = FRAME + COVER + "\n\n" + "\n\n".join(f"{p} {x}" for p, x in enumerate(parts, 2)) + "\n"
        else:
            text = FRAME + COVER + "\n\n2 " + " ".join(parts) + "\n"
        yield f"{name}-in-{where + 1}-of-{k}-{layout}", text, _items_are(TITLES)


def transcript_items() -> Iterator[Case]:
    """Item pages of a transcript: contents lists and headers of several kinds, bodies with labels as printed,
    in capitals or run together, the items on a page each or run on."""
    numbered = list(enumerate(TITLES, 1))
    tocs = {"none": None, "dots": "Indholdsfortegnelse " + " ".join(f"{n}. {t}" for n, t in numbered),
            "pages": "Indholdsfortegnelse Punkt Side " + " ".join(f"{n}. {t} {n + 2}" for n, t in numbered),
            "sagnr": "Indholdsfortegnelse " + " ".join(f"Sag nr. {n}: {t}" for n, t in numbered),
            "dash-side": "Indholdsfortegnelse " + " ".join(f"{n} - {t} - side {n + 2}" for n, t in numbered),
            "nonum": "Indholdsfortegnelse " + " ".join(TITLES)}
    heads = {"dot": "{n}. {t}", "punkt": "Punkt {n}: {t}", "pkt": "Pkt. {n} {t}", "paren": "{n}) {t}"}
    bodies = {"plain": "Sagsnr.: 24/10{n} Sagsfremstilling Forvaltningen har udarbejdet et forslag. Beslutning "
                       "Godkendt.",
              "caps": "SAGSNR.: 24/10{n} SAGSFREMSTILLING Forvaltningen har udarbejdet et forslag. BESLUTNING "
                      "Godkendt.",
              "glued": "Sagsnr.: 24/10{n}SagsfremstillingForvaltningen har udarbejdet et forslag.BeslutningGodkendt.",
              "figure": "Sagsnr.: 24/10{n} Sagsfremstilling Forvaltningen har udarbejdet et forslag som vist i "
                        "figur 1. Beslutning Godkendt."}
    for (tk, toc), (hk, head), (bk, body), perpage in itertools.product(tocs.items(), heads.items(), bodies.items(),
                                                                        (True, False)):
        pages = [COVER[2:]] + ([toc] if toc else [])
        items = [head.format(n=n, t=t) + " " + body.format(n=n) for n, t in enumerate(TITLES, 1)]
        pages += items if perpage else [" ".join(items[:3]), " ".join(items[3:])]
        text = FRAME + "\n\n".join(f"{p} {x}" for p, x in enumerate(pages, 1)) + "\n"
        yield f"{tk}-{hk}-{bk}-{'pages' if perpage else 'runs'}", text, _items_are(TITLES)


def contents_groups() -> Iterator[Case]:
    """A contents list in 'Åbne punkter' / 'Lukkede punkter' groups above every item's header and body."""
    def ok(d: dict) -> bool:
        return [(i["number"], i["public"]) for i in d["items"]] == [("1", True), ("2", True), ("3", False),
                                                                    ("4", False)]
    contents = ("Åbne punkter\n1. Godkendelse af dagsorden\n2. Budgetopfølgning 2024\nLukkede punkter\n"
                "3. Lokalplan 12 for Skovvej\n4. Salg af grund ved Havnen\n")
    bodies = "\n\n".join(f"{n}. {t}\nSagsnr.: 24/10{n}\nBeslutning\nGodkendt." for n, t in enumerate(TITLES[:4], 1))
    yield "lined", LINED_HEAD + contents + "\n" + bodies + "\n", ok
    toc = ("Indholdsfortegnelse Åbne punkter 1. Godkendelse af dagsorden 3 2. Budgetopfølgning 2024 4 Lukkede punkter "
           "3. Lokalplan 12 for Skovvej 5 4. Salg af grund ved Havnen 6")
    items = "\n\n".join(f"{p} {n}. {t} Sagsnr.: 24/10{n} Beslutning Godkendt."
                        for p, (n, t) in enumerate(enumerate(TITLES[:4], 1), 3))
    yield "transcript", FRAME + COVER + f"\n\n2 {toc}\n\n{items}\n", ok


def unnumbered_blocks() -> Iterator[Case]:
    """Items without numbered headers, each a block: title, a tag (status, 'Punkt N', a bullet), case label."""
    def ok(d: dict) -> bool:
        return [i["title"] for i in d["items"]] == TITLES[:4]
    forms = {"status": "{t}\nÅben sag\nSagsnr.: 24/10{n}\nBeslutning\nGodkendt.",
             "punkt": "{t}\nPunkt {n}\nSagsnr.: 24/10{n}\nBeslutning\nGodkendt.",
             "bullet": "• {t}\nSagsnr.: 24/10{n}\nBeslutning\nGodkendt.",
             "case-first": "{t}\nSagsnr.: 24/10{n}\nSagsfremstilling\nForslag {n}.\nBeslutning\nGodkendt."}
    for name, form in forms.items():
        yield name, LINED_HEAD + "\n\n".join(form.format(n=n, t=t) for n, t in enumerate(TITLES[:4], 1)) + "\n", ok


def sparse_bodies() -> Iterator[Case]:
    """Numbered items with little under their titles: one sentence, an inline decision, a case number, nothing;
    under a Referat, a Dagsorden or no label, with the numbers printed several ways (session 20: an item with an
    empty body between two full ones vanished, and a sentence under each title ran into it)."""
    heads = {"referat": LINED_HEAD, "dagsorden": LINED_HEAD.replace("Referat", "Dagsorden"),
             "unlabelled": "Økonomiudvalget\n14. marts 2024\n\n"}
    bodies = {"sentence": "Forvaltningen orienterer om sagen.\n", "inline": "Beslutning: Godkendt.\n",
              "resume": "Resumé\nForvaltningen orienterer om sagen.\n", "case": "Sagsnr.: 24/10{n}\n", "empty": ""}
    forms = {"dot": "{n}. {t}", "paren": "{n}) {t}", "punkt": "Punkt {n}\n{t}", "below": "{n}.\n{t}",
             "from7": "{m}. {t}", "dash": "{n} - {t}", "pkt": "Pkt. {n} {t}"}

    def ok(d: dict) -> bool:
        return [i["title"] for i in d["items"]] == TITLES
    for (hk, head), (bk, body), (fk, form) in itertools.product(heads.items(), bodies.items(), forms.items()):
        items = (form.format(n=n, m=n + 6, t=t) + "\n" + body.format(n=n) for n, t in enumerate(TITLES, 1))
        yield f"{hk}-{bk}-{fk}", head + "\n".join(items), ok
    for k in range(len(TITLES)):  # one item bare between items with their bodies
        items = (f"{n}. {t}\n" + ("" if n == k + 1 else f"Sagsnr.: 24/10{n}\nBeslutning\nGodkendt.\n")
                 for n, t in enumerate(TITLES, 1))
        yield f"bare-{k + 1}", LINED_HEAD + "\n".join(items), ok


def contents_then_bodies() -> Iterator[Case]:
    """A contents list in one form above bodies headed another way (numbered, labelled, the title alone, the number
    on a line of its own): each body must be its own item's, with its decision (session 20: bodies headed by their
    titles alone, or 'Punkt 1: …' listed over '1. …' bodies, all went to the list's last item)."""
    entries = {"dot": "{n}. {t}", "punkt": "Punkt {n}: {t}", "paged": "{n}. {t} ........ {p}", "tab": "{n}\t{t}\t{p}",
               "unnumbered": "{t}", "bullet": "• {t}", "pkt-side": "Pkt. {n} {t} side {p}"}
    heads = {"Indholdsfortegnelse": "Indholdsfortegnelse\n", "Dagsorden": "Dagsorden\n",
             "Punkter": "Punkter på dagsordenen\n", "none": ""}
    headers = {"dot": "{n}. {t}", "punkt": "Punkt {n}: {t}", "pkt-line": "Pkt. {n}\n{t}", "sagnr": "{t}\nSag nr. {n}",
               "title": "{t}", "number-line": "{n}.\n{t}"}
    titles = TITLES[:4]

    def ok(d: dict) -> bool:
        return [(i["title"], len(i["decisions"])) for i in d["items"]] == [(t, 1) for t in titles]
    for (ek, entry), (hk, head), (bk, header) in itertools.product(entries.items(), heads.items(), headers.items()):
        listed = head + "\n".join(entry.format(n=n, t=t, p=n + 2) for n, t in enumerate(titles, 1)) + "\n\n"
        bodies = "\n".join(header.format(n=n, t=t) + f"\nSagsnr.: 24/10{n}\n\nSagsfremstilling\nTekst om sagen.\n\n"
                           "Beslutning\nGodkendt.\n" for n, t in enumerate(titles, 1))
        yield f"{ek}-{hk}-{bk}", LINED_HEAD + listed + bodies, ok


# outcomes printed without a decision heading (annotation rules), each as the page prints it under the title and,
# where short, behind the title on its line ('Godkendelse af dagsorden: Godkendt')
OUTCOMES = {"dagsordenen": ("Dagsordenen godkendt.", None), "godkendt": ("Godkendt.", "Godkendt"),
            "intet": ("Intet.", "Intet"), "efterretning": ("Orienteringen blev taget til efterretning.",
                                                          "Taget til efterretning"),
            "foretoges": ("Foretoges.", "Foretoges"), "oversendt": ("Beslutningsforslaget blev oversendt til "
                                                                   "Magistraten.", None),
            "tillaeg": ("Dagsorden med tillægsdagsorden godkendt.", None),
            "herefter": ("Punkt 3 blev udsat. Dagsordenen blev herefter godkendt.", None),
            "bemaerkninger": ("Godkendt uden bemærkninger.", "Godkendt uden bemærkninger")}
UNLABELLED_HEAD = "Økonomiudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"


def headless_outcomes() -> Iterator[Case]:
    """An item's outcome printed without a decision heading, under its title or behind it on the header's line, in
    the first or the second of three items whose other bodies print no decision, on a page with no type label:
    lined, a transcript's page per item, and all on one page line. The item has the meeting's decision (its body,
    its date, the text as printed) and the page is a referat; the other items have none."""
    for (name, (under, behind)), at, place, layout in itertools.product(
            OUTCOMES.items(), (0, 1), ("under", "behind"), ("lined", "pages", "oneline")):
        if place == "behind" and behind is None:
            continue
        sep = "\n" if layout == "lined" else " "
        parts = []
        for n, t in enumerate(TITLES[:3], 1):
            if n - 1 != at:
                parts.append(f"{n}. {t}{sep}Sagsnr.: 24/10{n}{sep}Sagsfremstilling{sep}Forvaltningen har et forslag.")
            else:
                parts.append(f"{n}. {t}{sep}{under}" if place == "under" else f"{n}. {t}: {behind}")
        if layout == "lined":
            text = UNLABELLED_HEAD + "\n\n".join(parts) + "\n"
        else:
            lines = parts if layout == "pages" else [" ".join(parts)]
            text = ("Økonomiudvalget\n\nTranskript\n\n1 Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen"
                    "\n\n" + "\n\n".join(f"{p} {x}" for p, x in enumerate(lines, 2)) + "\n")
        decided = ("Økonomiudvalget", "2024-03-14", under if place == "under" else behind)

        def ok(d: dict, at: int = at, decided: tuple = decided) -> bool:
            got = [(i["number"], i["title"], [(x["committee"], x["date"], x["text"]) for x in i["decisions"]])
                   for i in d["items"]]
            want = [(str(n), t, [decided] if n - 1 == at else []) for n, t in enumerate(TITLES[:3], 1)]
            return got == want and d["document_type"] == "referat"
        yield f"{name}-{place}-item{at + 1}-{layout}", text, ok


# what is printed under a title or in a body and is no decision (annotation rules): a proposal, 'X indstiller …',
# a decision block of absentees only, the case's history (a dated sentence), a sentence the text goes on after
NOT_OUTCOMES = {"proposal": "Indstilling\nDirektionen indstiller, at planen godkendes.",
                "recommends-over": "Indstilling\nØkonomiudvalget anbefaler over for byrådet, at planen godkendes.",
                "indstiller": "Økonomiudvalget indstiller den 5. marts 2024, pkt. 3, at planen godkendes.",
                "absence-only": "Sagsfremstilling\nForvaltningen har et forslag.\n\nBeslutning\n"
                                "Fraværende: Bo Jensen (V)",
                "history": "Planen blev vedtaget i 2019.",
                "goes-on": "Planen blev vedtaget af byrådet.\nDen skal nu revideres, og forvaltningen har et forslag."}


def not_outcomes() -> Iterator[Case]:
    """Text that is no decision in the second of three items of an unlabelled page, lined and on one page line:
    no item has a decision and the page is a dagsorden."""
    for (name, body), layout in itertools.product(NOT_OUTCOMES.items(), ("lined", "oneline")):
        sep = "\n" if layout == "lined" else " "
        parts = [f"{n}. {t}{sep}Sagsnr.: 24/10{n}{sep}"
                 + (body.replace("\n\n", sep).replace("\n", sep) if n == 2 else "Sagsfremstilling" + sep + "Tekst.")
                 for n, t in enumerate(TITLES[:3], 1)]
        text = UNLABELLED_HEAD + "\n\n".join(parts) + "\n" if layout == "lined" else (
            "Økonomiudvalget\n\nTranskript\n\n1 Økonomiudvalget Mødedato: 14. marts 2024 Mødested: Byrådssalen\n\n2 "
            + " ".join(parts) + "\n")

        def ok(d: dict) -> bool:
            return [(i["number"], i["title"], i["decisions"]) for i in d["items"]] == \
                [(str(n), t, []) for n, t in enumerate(TITLES[:3], 1)] and d["document_type"] == "dagsorden"
        yield f"{name}-{layout}", text, ok


def flat_header_runs() -> Iterator[Case]:
    """Items run on one flattened page line: headers of several kinds (numbered, labelled with or without a colon),
    bodies as short as an outcome alone ('Punkt 1: Godkendelse af dagsorden Dagsordenen godkendt. Punkt 2: …'), a
    sentence, a case number or a heading first; the line after the meeting's facts, on a page of its own, or after
    a contents list on the same line (session 24: labelled headers whose bodies hold a sentence lost all items but
    the last, and bodies after a flattened contents list lost item 1's decision to the list's last entry)."""
    titles = TITLES[:4]
    heads = {"dot": "{n}. {t}", "punkt-colon": "Punkt {n}: {t}", "punkt": "Punkt {n} {t}", "pkt": "Pkt. {n} {t}",
             "bare": "{n} {t}"}
    outcome = {1: "Dagsordenen godkendt."}
    bodies = {"outcome": lambda n: outcome.get(n, "Godkendt."),
              "decision": lambda n: "Beslutning Godkendt.",
              "sentence": lambda n: "Forvaltningen har lavet et forslag. Beslutning Godkendt.",
              "case": lambda n: f"Sagsnr.: 24/10{n} Beslutning Godkendt.",
              "heading": lambda n: "Sagsfremstilling Forvaltningen har lavet et forslag. Beslutning Godkendt.",
              "mixed": lambda n: outcome.get(n, f"Sagsnr.: 24/10{n} Sagsfremstilling Forvaltningen har lavet et "
                                                "forslag. Beslutning Godkendt.")}
    contents = "Indholdsfortegnelse " + " ".join(f"{n}. {t}" for n, t in enumerate(titles, 1))
    for (hk, head), (bk, body), layout in itertools.product(heads.items(), bodies.items(),
                                                            ("after-facts", "own-page", "after-contents")):
        run = " ".join(f"{head.format(n=n, t=t)} {body(n)}" for n, t in enumerate(titles, 1))
        pages = {"after-facts": [f"{COVER[2:]} {run}"], "own-page": [COVER[2:], run],
                 "after-contents": [f"{COVER[2:]} {contents} {run}"]}[layout]
        text = FRAME + "\n\n".join(f"{p} {x}" for p, x in enumerate(pages, 1)) + "\n"
        yield f"{hk}-{bk}-{layout}", text, _items_are(titles)


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "flattened headers": flattened_headers, "lists inside bodies": lists_in_bodies,
    "transcript items": transcript_items, "contents groups": contents_groups, "unnumbered blocks": unnumbered_blocks,
    "sparse bodies": sparse_bodies, "contents then bodies": contents_then_bodies,
    "headless outcomes": headless_outcomes, "not outcomes": not_outcomes, "flat header runs": flat_header_runs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="name the pages read wrong")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-shapes-"))
    print("| family | pages | read wrong |\n|---|---|---|")
    for family, names, wrong in family_results(FAMILIES, scratch):
        print(f"| {family} | {len(names)} | {len(wrong)} |")
        if args.show and wrong:
            print("  " + ", ".join(wrong), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
