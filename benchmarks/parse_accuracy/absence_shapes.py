"""Probes of absentees and bilag lists in shapes the other absence nets lack: the meeting's absentees under other
labels ('Afbud fra:', 'Forhindret:', 'Ikke mødt:', 'Fraværende med afbud:') and in other sentences, members marked
absent inside their list ('(afbud)', '- fraværende', a status column), a substitute named beside an absentee,
members who came late or left early (no absence from the meeting), an inhabil member under a decision, lines that
name nobody absent; and bilag lists printed numbered, bulleted, with file sizes, under other headings, beside text
that only mentions a bilag ('jf. bilag 2', 'Bilag: Ingen', 'Der er ingen bilag'). Each page is read as printed and
flattened onto one line per page the way a PDF transcript prints it. No real text; expected values by the
annotation rules (participants as printed without remarks, members marked absent stay participants and are the
meeting's absentees, labelled absence lines leave the decision's text, absence sentences stay in it).

    PYTHONPATH=src python benchmarks/parse_accuracy/absence_shapes.py [--only FAMILY] [--out DIR] [--show]

Why: on the check split decision.absent stood at F1 0.63, meeting.absent at 0.82 (recall 0.69) and
item.attachments at 0.86 (one spurious bilag) while tune was at ~1.000, and absence_variants.py,
decision_absence.py, facts_variants.py, transcript_facts.py and member_shapes.py already vary the labels
'Fraværende', 'Afbud', 'Forfald', 'Ikke til stede', 'Meldt afbud', the names' layout and the decision heading's
places: the unseen pages print absence and bilag in other words. Read it beside real.py, never instead of it.
"""
from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator

from decision_places import CASE_TEXT, NEXT_ITEM
from layout_probes import run_by_layout

Case = tuple[str, str, Callable[[dict], bool]]

ANNE, BO, CARL, EVA = "Anne Hansen (V)", "Bo Jensen (A)", "Carl Olsen (C)", "Eva Berg (O)"
MEMBERS = [ANNE, BO, CARL, EVA]
# who is absent: one member, two joined by 'og'
WHO = {"one": ([ANNE], ANNE), "og": ([ANNE, BO], f"{ANNE} og {BO}")}
HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n"
ITEM = "\n1. Salg af grund ved Skolevej\n" + CASE_TEXT
OUTCOME, COMMITTEE, DATE = "Anbefales.", "Økonomiudvalget", "2024-03-12"


def _page_is(absent: list[str], participants: list[str] | None = None, text: str = OUTCOME,
             decided: list[str] | None = None) -> Callable[[dict], bool]:
    """The meeting's absentees are `absent`, its participants (when given) `participants`, and the first item's one
    decision is `text` with absentees `decided` (none when not given)."""
    def ok(d: dict) -> bool:
        if not d["items"]:
            return False
        meeting = d.get("meeting") or {}
        got = [(x["committee"], x["date"], x["text"], x["absent"]) for x in d["items"][0]["decisions"]]
        return meeting.get("absent") == absent and got == [(COMMITTEE, DATE, text, decided or [])] and \
            (participants is None or meeting.get("participants") == participants)
    return ok


def _meeting(head: str, decision: str = f"Beslutning\n{OUTCOME}\n") -> str:
    return HEAD + head + ITEM + decision + NEXT_ITEM


def meeting_labels() -> Iterator[Case]:
    """The meeting's absentees after its members under labels the other nets lack, names on the label's line or
    the next."""
    labels = ["Afbud fra", "Forhindret", "Ikke mødt", "Fraværende med afbud", "Meldt afbud", "Fravær",
              "Fraværende uden afbud", "Afbud/fravær", "Forhindret i at deltage"]
    for label, (wk, (names, w)), (lk, lay) in itertools.product(labels, WHO.items(), (("same", ": "), ("next", ":\n"))):
        head = f"Deltagere: {CARL}, {EVA}\n{label}{lay}{w}\n"
        yield f"{label}/{wk}/{lk}", _meeting(head), _page_is(names, [CARL, EVA])


def meeting_prose() -> Iterator[Case]:
    """The meeting's absentees as a sentence after its members, in words the other nets lack."""
    forms = {"forhindret": "{w} var forhindret i at deltage.", "deltog-ikke": "{w} deltog ikke i mødet.",
             "meldt-til": "{w} havde meldt afbud til mødet.", "sendt": "{w} havde sendt afbud.",
             "meldt-fravaer": "{w} var meldt fraværende.", "afbud-fra-kolon": "Afbud fra: {w}.",
             "uden": "Mødet blev holdt uden {w}.", "var-fravaerende": "{w} var fraværende under hele mødet."}
    for (fk, form), (wk, (names, w)) in itertools.product(forms.items(), WHO.items()):
        head = f"Deltagere: {CARL}, {EVA}\n" + form.format(w=w) + "\n"
        yield f"{fk}/{wk}", _meeting(head), _page_is(names, [CARL, EVA])


def members_marked() -> Iterator[Case]:
    """Members listed one a line, the absent ones marked beside the name; they stay participants (without the mark)
    and are the meeting's absentees."""
    marks = {"afbud": " (afbud)", "fravaerende": " (fraværende)", "dash-fravaerende": " - fraværende",
             "dash-afbud": " – afbud", "med-afbud": " (fraværende med afbud)", "forhindret": " (forhindret)",
             "colon-afbud": ": Afbud", "tab-afbud": "\tAfbud", "caps": " (AFBUD)"}
    for (mk, mark), (wk, (names, _)) in itertools.product(marks.items(), WHO.items()):
        rows = [f"{m}{mark if m in names else ''}" for m in MEMBERS]
        for label in ("Deltagere:", "Medlemmer:"):
            head = label + "\n" + "\n".join(rows) + "\n"
            yield f"{mk}/{wk}/{label[:-1]}", _meeting(head), _page_is(names, MEMBERS)


def status_column() -> Iterator[Case]:
    """A members table with a status column ('Deltog' / 'Afbud'), read row by row: the 'Afbud' rows are the
    meeting's absentees, every row a participant, the status no part of a name."""
    for (present, away), (wk, (names, _)) in itertools.product(
            (("Deltog", "Afbud"), ("Til stede", "Fraværende"), ("Mødt", "Afbud")), WHO.items()):
        rows = [f"{m}\t{away if m in names else present}" for m in MEMBERS]
        head = "Deltagere:\n" + "\n".join(rows) + "\n"
        yield f"{present}-{away}/{wk}", _meeting(head), _page_is(names, MEMBERS)


def substitutes() -> Iterator[Case]:
    """A substitute named beside an absentee: on the absence line, on a line of its own below it, or as a sentence;
    the absentee is absent, the substitute is not."""
    sub = "Dorte Nielsen (V)"
    shapes = {"paren": f"Afbud: {ANNE} (stedfortræder: {sub})", "comma": f"Afbud: {ANNE}, stedfortræder {sub}",
              "line": f"Afbud: {ANNE}\nStedfortræder: {sub}", "i-stedet": f"Afbud: {ANNE}. I stedet mødte {sub}.",
              "for": f"Fraværende: {ANNE}\nSom stedfortræder for {ANNE} deltog {sub}.",
              "dash": f"Fraværende: {ANNE} - i stedet deltog {sub}"}
    for sk, shape in shapes.items():
        yield sk, _meeting(f"Deltagere: {CARL}, {EVA}\n{shape}\n"), _page_is([ANNE], [CARL, EVA])


def came_or_left() -> Iterator[Case]:
    """Members who came late or left early attended the meeting: no absentee of the meeting, and (the notes printed
    in the meeting's head) none of item 1's decision, except where the note says the member came after item 1 (who
    arrived during item 2 missed item 1: annotation rules, a decision's `absent` is who missed that decision;
    absence_scope.py)."""
    notes = [("{w} forlod mødet efter punkt 1.", []), ("{w} deltog fra kl. 17.00.", []),
             ("{w} ankom under behandlingen af punkt 2.", [ANNE]), ("{w} forlod mødet kl. 18.00.", []),
             ("{w} deltog ikke i behandlingen af punkt 2.", [])]
    for k, (note, decided) in enumerate(notes):
        head = f"Deltagere: {ANNE}, {CARL}, {EVA}\n" + note.format(w=ANNE) + "\n"
        yield f"{k}", _meeting(head), _page_is([], [ANNE, CARL, EVA], decided=decided)


def inhabil() -> Iterator[Case]:
    """An inhabil member under a decision, in sentences (they stay in the text) or labelled (the line leaves it):
    that decision's absentee, never the meeting's."""
    sentences = ["{w} erklærede sig inhabil og deltog ikke i behandlingen.",
                 "{w} var inhabil og forlod mødet under behandlingen af punktet.",
                 "{w} deltog ikke i sagens behandling på grund af inhabilitet.",
                 "{w} deltog ikke i behandlingen af sagen."]
    for (k, form), (wk, (names, w)) in itertools.product(enumerate(sentences), WHO.items()):
        s = form.format(w=w)
        yield (f"sentence-{k}/{wk}", _meeting(f"Deltagere: {CARL}, {EVA}\n", f"Beslutning\n{OUTCOME}\n{s}\n"),
               _page_is([], [CARL, EVA], f"{OUTCOME} {s}", names))
    for label, (wk, (names, w)) in itertools.product(("Ikke mødt", "Forhindret", "Afbud fra"), WHO.items()):
        yield (f"label-{label}/{wk}",
               _meeting(f"Deltagere: {CARL}, {EVA}\n", f"Beslutning\n{OUTCOME}\n{label}: {w}\n"),
               _page_is([], [CARL, EVA], OUTCOME, names))


def nobody() -> Iterator[Case]:
    """Lines that name nobody absent: no absentee anywhere; in the meeting's head or under the decision (where a
    labelled line leaves the text and a sentence stays)."""
    labelled = ["Afbud: Ingen", "Fraværende: Ingen.", "Afbud: -", "Fraværende: Ingen fraværende", "Afbud: Ingen afbud"]
    sentences = ["Der var ingen afbud.", "Alle var til stede.", "Udvalget var fuldtalligt.", "Ingen fraværende.",
                 "Der var ikke modtaget afbud."]
    for k, line in enumerate(labelled + sentences):
        yield f"head-{k}", _meeting(f"Deltagere: {CARL}, {EVA}\n{line}\n"), _page_is([], [CARL, EVA])
        text = OUTCOME if k < len(labelled) else f"{OUTCOME} {line}"
        yield (f"decision-{k}", _meeting(f"Deltagere: {CARL}, {EVA}\n", f"Beslutning\n{OUTCOME}\n{line}\n"),
               _page_is([], [CARL, EVA], text))


# ------------------------------------------------------------------------------------------------------------- bilag

BILAG = ["Kort over grunden", "Notat om økonomi", "Tidsplan for salget"]
SIMPLE = HEAD + ITEM
DECISION = f"Beslutning\n{OUTCOME}\n"


def _bilag_are(titles: list[str]) -> Callable[[dict], bool]:
    """The first item's bilag titles are `titles`, its decision the outcome, and the second item still there."""
    def ok(d: dict) -> bool:
        items = d["items"]
        return len(items) == 2 and [a["title"] for a in items[0]["attachments"]] == titles and \
            [x["text"] for x in items[0]["decisions"]] == [OUTCOME] and items[1]["title"] == "Budget 2025"
    return ok


def bilag_lists() -> Iterator[Case]:
    """A bilag list under its heading, before or after the decision, in the shapes councils print: numbered,
    bulleted, 'Bilag N: title' links (kept whole, as the rules say), under other headings."""
    shapes = {"numbered": ("{n}. {t}", False), "paren": ("{n}) {t}", False), "bullets": ("• {t}", False),
              "dashes": ("- {t}", False), "plain": ("{t}", False), "links": ("Bilag {n}: {t}", True)}
    for (sk, (shape, whole)), heading, where in itertools.product(
            shapes.items(), ("Bilag", "Bilag:", "Bilagsfortegnelse", "Vedlagte bilag", "Bilag til punktet"),
            ("after", "before")):
        rows = [shape.format(n=n, t=t) for n, t in enumerate(BILAG, 1)]
        block = heading + "\n" + "\n".join(rows) + "\n"
        page = SIMPLE + (DECISION + block if where == "after" else block + DECISION) + NEXT_ITEM
        yield f"{sk}/{heading.replace(':', '-colon')}/{where}", page, _bilag_are(rows if whole else BILAG)


def bilag_decorated() -> Iterator[Case]:
    """Bilag printed as files' names or with a date in the title: kept as printed (annotation rules: file names as
    printed). Sizes and types beside a link ('(PDF, 245 KB)') are left out: no rule says whether they are title."""
    rows = {"file": ["Kort_over_grunden.pdf", "Notat_om_økonomi.docx", "Tidsplan-2024.pdf"],
            "dated": ["Notat om økonomi af 12.03.2024", "Høringssvar, 4. marts 2024", "Tidsplan (revideret 2024)"]}
    for (rk, printed), (k, shape) in itertools.product(rows.items(), enumerate(("{n}. {r}", "• {r}", "{r}"))):
        block = "Bilag\n" + "\n".join(shape.format(n=n, r=r) for n, r in enumerate(printed, 1)) + "\n"
        yield f"{rk}/{k}", SIMPLE + DECISION + block + NEXT_ITEM, _bilag_are(printed)


def not_bilag() -> Iterator[Case]:
    """Text that only mentions a bilag, or says there is none: no bilag."""
    labelled = {"ingen": "Bilag: Ingen", "ingen-below": "Bilag\nIngen", "ingen-bilag": "Bilag: Ingen bilag",
                "dash": "Bilag: -", "intet": "Bilag: Intet", "ingen-stop": "Bilag\nIngen bilag.",
                "ikke-head": "Bilag\nDer er ikke bilag til sagen.", "eftersendes": "Bilag\nBilag eftersendes.",
                "ingen-paren": "Bilag\n(ingen)"}
    # a sentence after the outcome is the decision's text: these stand in the case text only
    sentences = {"der-er": "Der er ingen bilag til sagen.", "jf": "Forslaget fremgår af bilag 2.",
                 "se": "Se bilag 1 for detaljer.", "jf-paren": "Prisen er fastsat af en mægler (jf. bilag 3)."}
    in_case = HEAD + ITEM.replace(CASE_TEXT, CASE_TEXT + "{line}\n") + DECISION + NEXT_ITEM
    for (lk, line), where in itertools.product(labelled.items(), ("after", "case")):
        page = SIMPLE + DECISION + line + "\n" + NEXT_ITEM if where == "after" else in_case.format(line=line)
        yield f"{lk}/{where}", page, _bilag_are([])
    for lk, line in sentences.items():
        yield f"{lk}/case", in_case.format(line=line), _bilag_are([])
    titled = HEAD + "\n1. Bilag 3 til lokalplanen\n" + CASE_TEXT + DECISION + NEXT_ITEM

    def ok(d: dict) -> bool:
        return len(d["items"]) == 2 and d["items"][0]["title"] == "Bilag 3 til lokalplanen" and \
            not d["items"][0]["attachments"]
    yield "title", titled, ok


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "meeting-labels": meeting_labels, "meeting-prose": meeting_prose, "members-marked": members_marked,
    "status-column": status_column, "substitutes": substitutes, "came-or-left": came_or_left, "inhabil": inhabil,
    "nobody": nobody, "bilag-lists": bilag_lists, "bilag-decorated": bilag_decorated, "not-bilag": not_bilag}


def main(argv: list[str] | None = None) -> int:
    return run_by_layout(__doc__, FAMILIES, "ashapes", argv)


if __name__ == "__main__":
    sys.exit(main())
