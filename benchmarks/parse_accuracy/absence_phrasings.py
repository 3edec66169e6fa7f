"""Probes of how Danish minutes word an absence, at an item's decision and for the whole meeting, in the phrasings
the other absence nets lack or hold only in one place: labels ('Fraværende med afbud:', 'FRAVÆRENDE:', 'Ikke til
stede:'), sentences ('X deltog ikke i behandlingen af punktet.', 'X forlod mødet under behandlingen af punkt 7.',
'X var forhindret i at deltage.', 'X erklærede sig inhabil og forlod mødet under sagens behandling.'), the names
after the label on the next line or one a line with bullets, the absence before or after the outcome, the party
marker in every form ('(V)', ', V', '- V', '(Venstre)', none), and the meeting's header forms ('Afbud fra:',
'Forfald:', a 'Fraværende:' block of bullets, a 'Deltagere' list with '(afbud)' / '- fraværende' marks). And for
precision: a name in the case's prose is no absentee, and the meeting's absentees are not copied to the decisions.
Each page is read as printed ('lined') and flattened onto one line per page the way a PDF transcript prints it
('flat'). No real text; expected values by the annotation rules (absence printed for an item is its decision's
`absent`, never the meeting's; the header's is the meeting's only).

    PYTHONPATH=src python benchmarks/parse_accuracy/absence_phrasings.py [--only VARIANT] [--show]

Prints one line per variant: its pages, then for each layout the F1 of the absentees found (each a pair: the
decision's place or 'meeting', the name as printed) and the pages read wrong.

Why: on the check split decision.absent stood at F1 0.632 (P 0.80, R 0.52) and meeting.absent at 0.815 while tune
was at 1.000, so tune cannot show what the unseen pages print; these are the phrasings councils use. Read it beside
real.py, never instead of it.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from decision_places import CASE_TEXT, NEXT_ITEM
from flattened import flatten

from sagsgang.parse import parse_file

HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n"
MEMBERS_LINE = "Deltagere: Carl Olsen (C), Eva Berg (O), Finn Dahl (A)\n"
ITEM = "\n1. Salg af grund ved Skolevej\n" + CASE_TEXT
OUTCOME = "Anbefales."
# who is absent, in the party forms councils print ('(V)', ', V', ' - V', '(Venstre)', none), one, two or three
WHO: dict[str, list[str]] = {
    "paren": ["Anne Hansen (V)"], "comma": ["Anne Hansen, V"], "dash": ["Anne Hansen - V"],
    "named": ["Anne Hansen (Venstre)"], "bare": ["Anne Hansen"], "og": ["Anne Hansen (V)", "Bo Jensen (A)"],
    "three": ["Anne Hansen (V)", "Bo Jensen (A)", "Lis Berg (F)"]}
Expect = set[tuple[str, str]]  # (where: 'meeting' or 'decision', the name as printed)
Page = tuple[str, str, Expect]  # (name, text, the absentees it prints)


def _joined(names: list[str]) -> str:
    """'A', 'A og B', 'A, B og C': names as a sentence joins them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def _page(decision: str, head: str = MEMBERS_LINE) -> str:
    return HEAD + head + ITEM + decision + NEXT_ITEM


# the absence at the item's decision: a label (its line leaves the decision's text) or a sentence, after the
# outcome or before it
DECISION_FORMS = {
    "fravaerende": "Fraværende: {w}", "fravaerende-med-afbud": "Fraværende med afbud: {w}", "afbud": "Afbud: {w}",
    "ikke-til-stede": "Ikke til stede: {w}", "caps": "FRAVÆRENDE: {w}", "next-line": "Fraværende:\n{lines}",
    "bullets": "Fraværende:\n{bullets}", "bare-label-lines": "Fraværende\n{lines}",
    "var-fravaerende": "{w} var fraværende.", "deltog-ikke-punktet": "{w} deltog ikke i behandlingen af punktet.",
    "deltog-ikke-sagens": "{w} deltog ikke i sagens behandling.",
    "forlod-punkt": "{w} forlod mødet under behandlingen af punkt 1.",
    "forhindret": "{w} var forhindret i at deltage.", "meldt-afbud": "{w} havde meldt afbud.",
    "inhabil-forlod": "{w} erklærede sig inhabil og forlod mødet under sagens behandling.",
    "inhabil-deltog": "{w} erklærede sig inhabil og deltog ikke i behandlingen af sagen.",
    "afbud-fra": "Afbud fra {w}.", "deltog-ikke-pkt": "{w} deltog ikke i behandlingen af dette punkt.",
    "er-fravaerende": "{w} er fraværende.", "substitute-label": "Fraværende: {w}\nStedfortræder: Finn Dahl (V)",
    "bilag-below": "Fraværende: {w}\n\nBilag\n1. Kort over grunden",
    # labels composed of the known words ('Meddelt forfald', 'Afbud meldt af', 'Ej mødt', a reason in brackets or
    # after 'pga.', what it is absence from), and the verbs of not attending in other words ('udeblev', 'ej', 'gik
    # under', 'kunne ikke deltage')
    "meddelt-forfald": "Meddelt forfald: {w}", "afbud-meldt-af": "Afbud meldt af: {w}", "ej-moedt": "Ej mødt: {w}",
    "fravaerende-paren": "Fraværende (afbud): {w}", "fravaerende-pga": "Fraværende pga. sygdom: {w}",
    "ikke-deltagende-label": "Ikke deltagende: {w}", "fravaerende-under": "Fraværende under punktet: {w}",
    "udeblev": "{w} udeblev.", "ej-til-stede": "{w} var ej til stede.", "deltog-ej": "{w} deltog ej.",
    "gik-under": "{w} gik under behandlingen af punktet.", "kunne-ikke": "{w} kunne ikke deltage.",
    "ikke-deltagende": "{w} var ikke deltagende.",
    # leaving in the other verb minutes use ('fratrådte', alone, with the room, after 'inhabil og'), and the leaving
    # as a clause before the verb of not taking part ('forlod mødet kl. 18.00 og deltog ikke i …'); the adverbial
    # first and the leaving before the case ('Under behandlingen af punktet var X fraværende', 'forlod mødet før …')
    "fratraadte": "{w} fratrådte under behandlingen af punktet.",
    "fratraadte-moedet": "{w} fratrådte mødet under sagens behandling.",
    "inhabil-fratraadte": "{w} erklærede sig inhabil og fratrådte mødet.",
    "forlod-kl-og": "{w} forlod mødet kl. 18.00 og deltog ikke i behandlingen af punktet.",
    "under-var": "Under behandlingen af punktet var {w} fraværende.",
    "forlod-foer": "{w} forlod mødet før behandlingen af dette punkt.",
    # leaving the room with no more said, leaving 'ved' the treatment, and the body declaring the member inhabil, as
    # the publications print it ('Udvalget erklærede X for inhabil. X forlod herefter lokalet.')
    "forlod-herefter-lokalet": "{w} forlod herefter lokalet.",
    "forlod-ved": "{w} forlod mødet ved behandlingen af punktet.",
    "erklaeret-inhabil": "Udvalget erklærede {w} for inhabil.",
    # stepping out in the verbs with 'ud' ('trådte ud', 'udtrådte', 'gik ud af lokalet') and leaving for being
    # inhabil, the reason after the verb ('forlod mødet pga. inhabilitet')
    "traadte-ud": "{w} trådte ud under behandlingen af punktet.",
    "udtraadte": "{w} udtrådte under behandlingen af sagen.",
    "gik-ud-af-lokalet": "{w} gik ud af lokalet under behandlingen af punktet.",
    "forlod-pga-inhabilitet": "{w} forlod mødet pga. inhabilitet.",
    # a sentence adverb between the verb and the absence ('var dog fraværende', 'deltog derfor ikke', 'var heller
    # ikke til stede')
    "var-dog-fravaerende": "{w} var dog fraværende.",
    "deltog-desvaerre-ikke": "{w} deltog desværre ikke i sagens behandling.",
    "heller-ikke-til-stede": "{w} var heller ikke til stede.",
    # the label in lower case, on its own line or in brackets ('fraværende: X', '(fraværende: X)')
    "lower-label": "fraværende: {w}", "lower-bracketed": "(fraværende: {w})"}
# the label run into the outcome's own sentence, in lower case after a comma, a dash or a stop, or in brackets after
# it with no stop before ('Anbefales, fraværende: X', 'Anbefales (Fraværende: X).')
RUN_IN_FORMS = {"r-comma-lower": "Anbefales, fraværende: {w}", "r-dash-lower": "Anbefales - afbud: {w}",
                "r-stop-lower": "Anbefales. fraværende: {w}", "r-bracket-no-stop": "Anbefales (Fraværende: {w}).",
                "r-bracket-lower": "Anbefales (ikke til stede: {w})."}
# the meeting's header: its absentees labelled, in a block, or marked in the members' list
MEETING_FORMS = {
    "m-afbud-fra": "Afbud fra: {w}\n", "m-forfald": "Forfald: {w}\n", "m-fravaerende": "Fraværende: {w}\n",
    "m-caps": "FRAVÆRENDE: {w}\n", "m-bullets": "Fraværende:\n{bullets}\n", "m-next-line": "Afbud:\n{lines}\n",
    "m-meldt-forfald": "{w} havde meldt forfald.\n", "m-deltog-ikke-moedet": "{w} deltog ikke i mødet.\n",
    "m-bare-label-lines": "Fraværende\n{lines}\n", "m-bemaerkninger": "Bemærkninger: {w} deltog ikke i mødet.\n",
    "m-afbud-next-bullets": "Afbud\n{bullets}\n",
    "m-meddelt-forfald": "Meddelt forfald: {w}\n", "m-ej-moedt": "Ej mødt: {w}\n", "m-udeblev": "{w} udeblev.\n",
    "m-ej-til-stede": "{w} var ej til stede.\n", "m-forfald-pga": "{w} havde forfald pga. sygdom.\n",
    # the notice's sentence with its auxiliary ('Afbud er modtaget fra X.') and the meeting named as today's
    "m-afbud-er-modtaget": "Afbud er modtaget fra {w}.\n", "m-deltog-ikke-dagens": "{w} deltog ikke i dagens møde.\n",
    # the notice as a sentence with no colon, its stop right after the last name's party letters ('Afbud fra Anne
    # Hansen, V.')
    "m-afbud-fra-sentence": "Afbud fra {w}.\n", "m-var-dog-fravaerende": "{w} var dog fraværende.\n",
    # everyone there but some, the exception naming who was away
    "m-alle-undtagen": "Alle medlemmer var mødt, undtagen {w}.\n",
    "m-alle-bortset-fra": "Alle deltog i mødet, bortset fra {w}.\n"}


def _members_like(names: list[str]) -> str:
    """The members' line, each member's party printed as the absentees' is (a sentence below the list names
    members only where its names print as the list's do: meeting.py)."""
    form = names[-1].replace("Anne Hansen", "{n}").replace("Bo Jensen", "{n}").replace("Lis Berg", "{n}")
    party = {"(V)": "(C)", ", V": ", C", "- V": "- C", "(Venstre)": "(Venstre)"}
    member = next((form.replace(k, v) for k, v in party.items() if k in form), form)
    return "Deltagere: " + "; ".join(member.format(n=n) for n in ("Carl Olsen", "Eva Berg")) + "\n"


def decision_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each decision form, after the outcome and before it, with every WHO."""
    for (fk, form), where in itertools.product(DECISION_FORMS.items(), ("after", "before")):
        if fk == "bilag-below" and where == "before":
            continue  # a bilag list above the outcome is no decision's
        pages = []
        for wk, names in WHO.items():
            line = form.format(w=_joined(names), lines="\n".join(names), bullets="\n".join(f"• {n}" for n in names))
            body = f"{OUTCOME}\n{line}" if where == "after" else f"{line}\n{OUTCOME}"
            pages.append((wk, _page(f"Beslutning\n{body}\n"), {("decision", n) for n in names}))
        yield f"{fk}/{where}", pages


def run_in_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each run-in form on the outcome's line, with every WHO."""
    for fk, form in RUN_IN_FORMS.items():
        yield fk, [(wk, _page(f"Beslutning\n{form.format(w=_joined(names))}\n"), {("decision", n) for n in names})
                   for wk, names in WHO.items()]


# the members' line going on into the absentees' label in small letters, after a comma or a semicolon ('Deltagere:
# Carl Olsen (C), Eva Berg (O), fraværende: X')
MEETING_RUN_IN_FORMS = {"m-run-in-comma-lower": ", fraværende: {w}", "m-run-in-semicolon-lower": "; afbud: {w}"}


def meeting_run_in_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each run-in form on the members' line, with every WHO; the decision has none."""
    for fk, form in MEETING_RUN_IN_FORMS.items():
        yield fk, [(wk, _page(f"Beslutning\n{OUTCOME}\n", _members_like(names).rstrip("\n")
                              + form.format(w=_joined(names)) + "\n"), {("meeting", n) for n in names})
                   for wk, names in WHO.items()]


# the comma that closes a party's apposition before 'og' ('Anne Hansen, V, og Bo Jensen, A'), in a decision's
# sentence and label and in the header's label
SERIAL = "Anne Hansen, V, og Bo Jensen, A"
SERIAL_FORMS = {"serial-afbud-fra": ("decision", f"Beslutning\n{OUTCOME}\nAfbud fra {SERIAL}.\n", ""),
                "serial-var-fravaerende": ("decision", f"Beslutning\n{OUTCOME}\n{SERIAL}, var fraværende.\n", ""),
                "serial-label": ("decision", f"Beslutning\n{OUTCOME}\nFraværende: {SERIAL}\n", ""),
                "m-serial-label": ("meeting", f"Beslutning\n{OUTCOME}\n", f"Afbud: {SERIAL}\n")}


def serial_comma_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each form with the closing comma before 'og', one page each."""
    for fk, (where, decision, head) in SERIAL_FORMS.items():
        yield fk, [("serial", _page(decision, "Deltagere: Carl Olsen, C, og Eva Berg, O\n" + head),
                    {(where, "Anne Hansen, V"), (where, "Bo Jensen, A")})]


def meeting_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each header form after the members' list, and the marks in the list itself; the decision has none."""
    for fk, form in MEETING_FORMS.items():
        pages = []
        for wk, names in WHO.items():
            line = form.format(w=_joined(names), lines="\n".join(names), bullets="\n".join(f"• {n}" for n in names))
            pages.append((wk, _page(f"Beslutning\n{OUTCOME}\n", _members_like(names) + line),
                          {("meeting", n) for n in names}))
        yield fk, pages
    for mk, mark in (("afbud", "{n} (afbud)"), ("dash-fravaerende", "{n} - fraværende"),
                     ("role-afbud", "{n}, næstformand - afbud"), ("syg", "{n} - syg"), ("ferie", "{n} (ferie)")):
        pages = []
        for wk, names in WHO.items():
            if wk in ("comma", "dash"):
                continue  # a mark after a comma-party or dash-party is another list's shape
            listed = "\n".join(["Carl Olsen (C)", *(mark.format(n=n) for n in names), "Eva Berg (O)"])
            pages.append((wk, _page(f"Beslutning\n{OUTCOME}\n", f"Deltagere:\n{listed}\n"),
                          {("meeting", n) for n in names}))
        yield f"m-marked-{mk}", pages
    # every member marked, present ones too ('- til stede'), the list one a line (run on when flattened)
    pages = []
    for wk, names in WHO.items():
        if wk in ("comma", "dash"):
            continue
        listed = "\n".join(["Carl Olsen (C) - til stede", *(f"{n} - afbud" for n in names), "Eva Berg (O) - til stede"])
        pages.append((wk, _page(f"Beslutning\n{OUTCOME}\n", f"Deltagere:\n{listed}\n"),
                      {("meeting", n) for n in names}))
    yield "m-marked-present-too", pages


def item_variants() -> Iterator[tuple[str, list[Page]]]:
    """An absence sentence of the item's own, outside its decision block: under the case text above the 'Beslutning'
    heading, or in the item's head above its case text; it is the decision's (annotation rules)."""
    forms = {"i-before-heading": "\n1. Salg af grund ved Skolevej\n" + CASE_TEXT
             + "{w} deltog ikke i behandlingen af punktet.\n",
             "i-in-head": "\n1. Salg af grund ved Skolevej\n{w} var forhindret i at deltage.\n" + CASE_TEXT}
    for fk, form in forms.items():
        pages = [(wk, HEAD + MEMBERS_LINE + form.format(w=_joined(names)) + f"Beslutning\n{OUTCOME}\n" + NEXT_ITEM,
                  {("decision", n) for n in names}) for wk, names in WHO.items()]
        yield fk, pages


def precision_variants() -> Iterator[tuple[str, list[Page]]]:
    """Names that are no absentees: in the case's prose, or a member who only came late; and the meeting's
    absentees with a decision that prints none (not copied to it)."""
    prose = {"p-case-prose": "Anne Hansen (V) har stillet forslag om salget.\n",
             "p-case-afbud": "Anne Hansen (V) har meldt afbud til borgermødet den 3. april.\n"}
    for pk, sentence in prose.items():
        text = HEAD + MEMBERS_LINE + "\n1. Salg af grund ved Skolevej\nSagsfremstilling\n" + sentence + \
            f"Beslutning\n{OUTCOME}\n" + NEXT_ITEM
        yield pk, [("one", text, set())]
    # a sentence under the case text about another meeting, and a vote that uses 'kunne ikke': no absentee
    other = {"p-item-other-meeting": "Anne Hansen (V) deltog ikke i mødet i Kontaktrådet den 3. april.\n",
             "p-kunne-ikke-tiltraede": "Anne Hansen (V) kunne ikke tiltræde indstillingen.\n",
             # (fratrådte of a post, not of the meeting: no absence)
             "p-fratraadte-post": "Anne Hansen (V) fratrådte sin post som formand i januar.\n",
             # (stepping out of a body, a post: no absence)
             "p-udtraadte-post": "Anne Hansen (V) udtrådte af udvalget i januar.\n"}
    for pk, sentence in other.items():
        text = HEAD + MEMBERS_LINE + ITEM + sentence + f"Beslutning\n{OUTCOME}\n" + NEXT_ITEM
        yield pk, [("one", text, set())]
    vote = _page(f"Beslutning\n{OUTCOME}\nAnne Hansen (V) kunne ikke tiltræde indstillingen.\n")
    yield "p-vote-kunne-ikke", [("one", vote, set())]
    cleared = _page(f"Beslutning\nUdvalget erklærede Anne Hansen (V) for ikke inhabil.\n{OUTCOME}\n")
    yield "p-erklaeret-ikke-inhabil", [("one", cleared, set())]
    late = _page(f"Beslutning\n{OUTCOME}\nAnne Hansen (V) deltog fra kl. 17.00.\n")
    yield "p-came-late", [("one", late, set())]
    pages = [(wk, _page(f"Beslutning\n{OUTCOME}\n", MEMBERS_LINE + f"Afbud: {_joined(names)}\n"),
              {("meeting", n) for n in names}) for wk, names in WHO.items()]
    yield "p-not-copied", pages
    # a header that says nobody is absent ('Afbud: Ingen', 'Fraværende: -'): no absentee, and the members no less
    nobody = {"p-afbud-ingen": "Afbud: Ingen\n", "p-afbud-dash": "Afbud: -\n", "p-fravaerende-dash": "Fraværende: ÷\n",
              "p-afbud-ingen-next": "Afbud:\nIngen\n"}
    for pk, line in nobody.items():
        yield pk, [("one", _page(f"Beslutning\n{OUTCOME}\n", MEMBERS_LINE + line), set())]
    # the next label of the header's table after the absence's cell, no colon: its value is the minute-taker, no
    # absentee (an empty 'Afbud/Fraværende' cell as a publication prints it; a row of cells parted by tabs)
    staff = {"p-empty-cell-then-sekretaer": ("Afbud/Fraværende\n\n\nSekretær\nMie Holm\n", set()),
             "p-tab-cells-then-sekretaer": ("Afbud\tAnne Hansen (V)\nSekretær\tMie Holm\n",
                                            {("meeting", "Anne Hansen (V)")})}
    for pk, (block, want) in staff.items():
        listed = "Tilstede\nCarl Olsen (C)\nEva Berg (O)\n\n"
        yield pk, [("one", _page(f"Beslutning\n{OUTCOME}\n", listed + block), want)]


def found(contract: dict) -> Expect:
    """The absentees a parse reports: the meeting's, and every decision's of the first item."""
    got = {("meeting", n) for n in (contract.get("meeting") or {}).get("absent") or []}
    items = contract.get("items") or []
    for d in items[0]["decisions"] if items else []:
        got |= {("decision", n) for n in d["absent"]}
    # a decision missing from the first item, or a second item swallowed, shows as a lost or extra absentee
    for it in items[1:]:
        got |= {("other-item", n) for d in it["decisions"] for n in d["absent"]}
    return got


VARIANTS: list[Callable[[], Iterator[tuple[str, list[Page]]]]] = [decision_variants, meeting_variants,
                                                                   item_variants, precision_variants,
                                                                   run_in_variants, meeting_run_in_variants,
                                                                   serial_comma_variants]


def _f1(ok: int, gold: int, pred: int) -> float:
    if not gold and not pred:
        return 1.0
    return 2 * ok / (gold + pred) if gold + pred else 0.0


def run_variants(variants: list[Callable[[], Iterator[tuple[str, list[Page]]]]], found: Callable[[dict], Expect],
                 description: str, prefix: str, width: int, argv: list[str] | None = None) -> int:
    """Parse each variant's pages lined and flattened, compare the absentees `found` with the expected, print a row a
    variant and the totals. Shared by the absence nets that probe printed forms (absence_phrasings, absence_forms)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--only", action="append", help="run the variants whose name starts with this")
    ap.add_argument("--show", action="store_true", help="print each page read wrong: expected, found")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix=prefix)) / "page.txt"
    print(f"{'variant':{width}s} pages  lined F1 wrong   flat F1 wrong")
    totals = {"lined": [0, 0, 0, 0], "flat": [0, 0, 0, 0]}
    for make in variants:
        for name, pages in make():
            if args.only and not any(name.startswith(o) for o in args.only):
                continue
            cols = []
            for layout in ("lined", "flat"):
                ok = gold = pred = wrong = 0
                for wk, text, expect in pages:
                    scratch.write_text(flatten(text, 1200) if layout == "flat" else text, encoding="utf-8")
                    got = found(parse_file(scratch).to_contract())
                    ok, gold, pred = ok + len(got & expect), gold + len(expect), pred + len(got)
                    wrong += got != expect
                    if args.show and got != expect:
                        print(f"  {layout} {name}/{wk}: want {sorted(expect)} got {sorted(got)}", file=sys.stderr)
                t = totals[layout]
                t[0], t[1], t[2], t[3] = t[0] + ok, t[1] + gold, t[2] + pred, t[3] + wrong
                cols.append(f"{_f1(ok, gold, pred):.3f} {wrong:5d}")
            print(f"{name:{width}s} {len(pages):5d}  {cols[0]:>14s}  {cols[1]:>14s}", flush=True)
    print(f"{'all':{width}s} {'':5s}  " + "  ".join(f"{_f1(*t[:3]):.3f} {t[3]:5d}".rjust(14) for t in totals.values()))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_variants(VARIANTS, found, __doc__.split("\n\n")[0], "sagsgang-phrasings-", 34, argv)


if __name__ == "__main__":
    sys.exit(main())
