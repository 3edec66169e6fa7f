"""Probes of absence forms the other absence nets leave out, each placed where the annotation rules put it: the
decision it is printed under (by its place among the page's decisions) or the meeting.

Forms: labels that put an absence sentence's predicate before the names ('Deltog ikke i behandlingen:', 'Følgende
medlemmer deltog ikke:', 'Følgende var ikke til stede:'), the verbs of not taking part in the present and the
perfect tense ('X deltager ikke i behandlingen', 'X har ikke deltaget i sagens behandling'), an inhabil member's
clause in other words before the verb ('X meddelte inhabilitet og deltog ikke …', 'X anså sig for inhabil og forlod
mødet …'), a sentence of two clauses each with its own absentee ('X havde meldt afbud, og Y var fraværende.'), '&'
between names, 'uden deltagelse af X', the party after a comma in a sentence that leads with its label; the names in
many shapes (hyphens, initials, particles, a role before or after, a reason after); each decision heading form;
earlier committees' decisions with their own absentees; the same absence repeated under every item (the decisions',
not the meeting's). And for precision: votes, reservations and a body as the subject of the same verbs ('Regionen
deltager ikke i projektet') name no absentee. Each page is read as printed ('lined') and flattened onto one line per
page ('flat'). No real text.

    PYTHONPATH=src python benchmarks/parse_accuracy/absence_forms.py [--only VARIANT] [--show]

Prints one line per variant: its pages, then for each layout the F1 of the absentees found (each a pair: where, the
name as printed) and the pages read wrong.

Why: on the check split decision.absent stood at recall 0.52 and meeting.absent at 10 of 14 while tune was at 1.000;
these are shapes councils print that no tune page shows. Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

from absence_phrasings import run_variants

HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n"
MEMBERS = "Deltagere: Carl Olsen (C), Eva Berg (O), Anne Hansen (V), Bo Jensen (A), Lis Berg (F)\n"
CASE = "Sagsfremstilling\nKommunen har modtaget et bud på grunden.\n"
ITEM = "\n1. Salg af grund ved Skolevej\n" + CASE
NEXT = "\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n"
OUTCOME = "Anbefales."
AH, BJ, LB = "Anne Hansen (V)", "Bo Jensen (A)", "Lis Berg (F)"
Expect = set[tuple[str, str]]  # (where: 'meeting' or 'i<item>d<decision>', the name as printed)
Page = tuple[str, str, Expect]  # (name, text, the absentees it prints)

# a decision's absence: (the line, the absentees as the gold writes them)
DECISION_FORMS: dict[str, tuple[str, list[str]]] = {
    "l-deltog-ikke-i-behandlingen": ("Deltog ikke i behandlingen: Anne Hansen (V)", [AH]),
    "l-deltog-ikke-punktet": ("Deltog ikke i behandlingen af punktet: Anne Hansen (V)", [AH]),
    "l-deltog-ikke-sagens": ("Deltog ikke i sagens behandling: Anne Hansen (V), Bo Jensen (A)", [AH, BJ]),
    "l-foelgende-medlemmer-deltog-ikke": ("Følgende medlemmer deltog ikke: Anne Hansen (V) og Bo Jensen (A)", [AH, BJ]),
    "l-foelgende-var-ikke-til-stede": ("Følgende var ikke til stede: Anne Hansen (V)", [AH]),
    "l-foelgende-next-line": ("Følgende medlemmer deltog ikke:\nAnne Hansen (V)\nBo Jensen (A)", [AH, BJ]),
    "l-ampersand": ("Fraværende: Anne Hansen (V) & Bo Jensen (A)", [AH, BJ]),
    "l-semicolon": ("Fraværende: Anne Hansen (V); Bo Jensen (A)", [AH, BJ]),
    "l-en-dash-bullets": ("Fraværende:\n– Anne Hansen (V)\n– Bo Jensen (A)", [AH, BJ]),
    "l-forfald-next": ("Forfald:\nAnne Hansen (V)\nBo Jensen (A)", [AH, BJ]),
    "l-samt": ("Afbud: Anne Hansen (V), Bo Jensen (A) samt Lis Berg (F)", [AH, BJ, LB]),
    "l-wrapped": ("Fraværende: Anne Hansen (V), Bo Jensen (A) og\nLis Berg (F)", [AH, BJ, LB]),
    "s-deltager-ikke": ("Anne Hansen (V) deltager ikke i behandlingen af sagen.", [AH]),
    "s-har-ikke-deltaget": ("Anne Hansen (V) har ikke deltaget i sagens behandling.", [AH]),
    "s-har-ikke-deltaget-bare": ("Anne Hansen (V) og Bo Jensen (A) har ikke deltaget.", [AH, BJ]),
    "s-meddelte-inhabilitet": ("Anne Hansen (V) meddelte inhabilitet og deltog ikke i behandlingen.", [AH]),
    "s-ansaa-sig-inhabil": ("Anne Hansen (V) anså sig for inhabil og forlod mødet under sagens behandling.", [AH]),
    "s-two-clauses": ("Anne Hansen (V) havde meldt afbud, og Bo Jensen (A) var fraværende.", [AH, BJ]),
    "s-uden-deltagelse": ("Sagen blev behandlet uden deltagelse af Anne Hansen (V).", [AH]),
    "s-afbud-fra-comma-party": ("Afbud fra Anne Hansen, V og Bo Jensen, A.", ["Anne Hansen, V", "Bo Jensen, A"]),
    "s-deltog-ikke-og-afstemning": ("Anne Hansen (V) deltog ikke i sagens behandling og afstemning.", [AH]),
    "s-var-ikke-til-stede-ved": ("Anne Hansen (V) var ikke til stede ved behandlingen af punktet.", [AH]),
    "s-pga-inhabilitet": ("Anne Hansen (V) deltog ikke i behandlingen af sagen på grund af inhabilitet.", [AH]),
    "s-udvalgsmedlem": ("Udvalgsmedlem Anne Hansen (V) var fraværende.", [AH]),
    "s-deltog-ikke-moedet": ("Anne Hansen (V) og Bo Jensen (A) deltog ikke i mødet.", [AH, BJ]),
    "s-sent-then-vote": ("Anne Hansen (V) var fraværende.\nFor stemte: A, C og O.\nImod stemte: F.", [AH]),
    "p-stemte-imod": ("Anne Hansen (V) stemte imod.", []),
    "p-undlod": ("Anne Hansen (V) undlod at stemme.", []),
    "p-forbehold": ("Anne Hansen (V) tog forbehold.", []),
    "p-deltog-i": ("Anne Hansen (V) deltog i behandlingen.", []),
    "p-kunne-ikke-tiltraede": ("Anne Hansen (V) kunne ikke tiltræde.", []),
    "p-region-deltager-ikke": ("Region Midtjylland deltager ikke i projektet.", []),
    "p-ingen": ("Fraværende: Ingen", []),
    "p-alle": ("Alle medlemmer var til stede.", []),
}
# the meeting's header: (the line below the members' list, the absentees)
MEETING_FORMS: dict[str, tuple[str, list[str]]] = {
    "m-foelgende-medlemmer-deltog-ikke": ("Følgende medlemmer deltog ikke: Anne Hansen (V) og Bo Jensen (A)", [AH, BJ]),
    "m-foelgende-deltog-ikke": ("Følgende deltog ikke: Anne Hansen (V)", [AH]),
    "m-foelgende-var-ikke-til-stede": ("Følgende var ikke til stede: Anne Hansen (V)", [AH]),
    "m-deltog-ikke-i-moedet-label": ("Deltog ikke i mødet: Anne Hansen (V)", [AH]),
    "m-har-ikke-deltaget": ("Anne Hansen (V) har ikke deltaget i mødet.", [AH]),
    "m-deltager-ikke": ("Anne Hansen (V) deltager ikke i mødet.", [AH]),
    "m-two-clauses": ("Anne Hansen (V) havde meldt afbud, og Bo Jensen (A) var fraværende.", [AH, BJ]),
    "m-ampersand": ("Afbud: Anne Hansen (V) & Bo Jensen (A)", [AH, BJ]),
    "m-label-column": ("Fraværende          Anne Hansen (V)\n                    Bo Jensen (A)", [AH, BJ]),
    "m-substitute-below": ("Fraværende: Anne Hansen (V)\nStedfortræder: Finn Dahl (V)", [AH]),
    "m-dash-bullets": ("Afbud:\n- Anne Hansen (V)\n- Bo Jensen (A)", [AH, BJ]),
    "m-forfald-next": ("Forfald:\nAnne Hansen (V)\nBo Jensen (A)", [AH, BJ]),
}
# the absentee's name in the shapes lists print it: (as printed, as the gold keeps it)
NAME_SHAPES: dict[str, tuple[str, str]] = {
    "hyphen": ("Anne-Marie Hansen-Berg (V)", "Anne-Marie Hansen-Berg (V)"),
    "short-form": ("Jens Chr. Holm (A)", "Jens Chr. Holm (A)"),
    "four-words": ("Anne Marie Lund Hansen (V)", "Anne Marie Lund Hansen (V)"),
    "role-before": ("Borgmester Anne Hansen (V)", "Anne Hansen (V)"),
    "role-after": ("Anne Hansen (V), formand", "Anne Hansen (V)"),
    "particle": ("Karin van der Berg (B)", "Karin van der Berg (B)"),
    "letters": ("Søren Ørum Ærbø (Ø)", "Søren Ørum Ærbø (Ø)"),
    "two-letter-party": ("Lis Berg (SF)", "Lis Berg (SF)"),
    "reason-dash": ("Anne Hansen (V) - syg", "Anne Hansen (V)"),
}
# decision headings: each as a page prints it
HEADINGS = {"plain": "Beslutning\n", "dated": "Beslutning i Økonomiudvalget den 12. marts 2024\n",
            "colon": "Beslutning:\n", "caps": "BESLUTNING\n",
            "genitive": "Økonomiudvalgets beslutning den 12. marts 2024\n"}


def _page(decision: str, header: str = MEMBERS) -> str:
    return HEAD + header + ITEM + decision + NEXT


def decision_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each decision form after the outcome and before it, under the plain heading."""
    for fk, (line, names) in DECISION_FORMS.items():
        pages = []
        for where in ("after", "before"):
            body = f"{OUTCOME}\n{line}" if where == "after" else f"{line}\n{OUTCOME}"
            pages.append((where, _page(f"Beslutning\n{body}\n"), {("i0d0", n) for n in names}))
        yield fk, pages


def name_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each name shape under a label and in a sentence, under each heading form."""
    for nk, (printed, kept) in NAME_SHAPES.items():
        pages = []
        for hk, heading in HEADINGS.items():
            pages.append((f"{hk}/label", _page(f"{heading}{OUTCOME}\nFraværende: {printed}\n"), {("i0d0", kept)}))
            if printed.endswith(")"):  # (a remark after the party is a list's, not a sentence's)
                sentence = f"{printed} deltog ikke i sagens behandling."
                pages.append((f"{hk}/sentence", _page(f"{heading}{OUTCOME}\n{sentence}\n"), {("i0d0", kept)}))
        yield f"n-{nk}", pages


def meeting_variants() -> Iterator[tuple[str, list[Page]]]:
    """Each header form below the members' list; the decisions print none."""
    for fk, (line, names) in MEETING_FORMS.items():
        yield fk, [("one", _page(f"Beslutning\n{OUTCOME}\n", MEMBERS + line + "\n"), {("meeting", n) for n in names})]


def placement_variants() -> Iterator[tuple[str, list[Page]]]:
    """Absence where it belongs: each of two decisions its own, the same absence under every item (the decisions',
    no meeting's), the meeting's and a decision's side by side, an earlier committee's dated line with its own."""
    two = ("Beslutning i Teknisk Udvalg den 5. marts 2024\nAnbefales.\nFraværende: Bo Jensen (A)\n\n"
           "Beslutning i Økonomiudvalget den 12. marts 2024\nGodkendt.\nDeltog ikke i behandlingen: Anne Hansen (V)\n")
    yield "x-two-decisions", [("one", _page(two), {("i0d0", BJ), ("i0d1", AH)})]
    line = "Følgende medlemmer deltog ikke: Anne Hansen (V)\n"
    every = HEAD + MEMBERS + ITEM + f"Beslutning\nGodkendt.\n{line}" + \
        f"\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n{line}"
    yield "x-every-item", [("one", every, {("i0d0", AH), ("i1d0", AH)})]
    both = _page("Beslutning\nAnbefales.\nAnne Hansen (V) har ikke deltaget i sagens behandling.\n",
                 MEMBERS + "Følgende deltog ikke: Bo Jensen (A)\n")
    yield "x-meeting-and-decision", [("one", both, {("meeting", BJ), ("i0d0", AH)})]
    dated = ("Økonomiudvalget, 5. marts 2024, pkt. 12:\nAnbefales.\nBo Jensen (A) deltager ikke i behandlingen.\n\n"
             "Beslutning\nGodkendt.\n")
    yield "x-earlier-committee", [("one", _page(dated), {("i0d0", BJ)})]
    prose = HEAD + MEMBERS + "\n1. Salg af grund ved Skolevej\nSagsfremstilling\n" \
        "Region Midtjylland deltager ikke i projektet, og Anne Hansen (V) har stillet forslag om salget.\n" \
        f"Beslutning\n{OUTCOME}\n" + NEXT
    yield "p-case-prose", [("one", prose, set())]


def found(contract: dict) -> Expect:
    """The absentees a parse reports: the meeting's, and each decision's by its item's and its own place."""
    got = {("meeting", n) for n in (contract.get("meeting") or {}).get("absent") or []}
    for i, item in enumerate(contract.get("items") or []):
        for k, d in enumerate(item["decisions"]):
            got |= {(f"i{i}d{k}", n) for n in d["absent"]}
    return got


VARIANTS: list[Callable[[], Iterator[tuple[str, list[Page]]]]] = [decision_variants, name_variants,
                                                                   meeting_variants, placement_variants]


def main(argv: list[str] | None = None) -> int:
    return run_variants(VARIANTS, found, __doc__.split("\n\n")[0], "sagsgang-forms-", 36, argv)


if __name__ == "__main__":
    sys.exit(main())
