"""How much of a document the parse explains: the share of its text that went into no field,
and a confidence for the reading as a whole.

Nothing is silently half-read: `parse` warns on stderr and `ingest` counts the documents it marks
(no item, titles run into the text or starting mid-sentence, most of the text in no field; see
`reasons`), so a user knows which pages to check by hand (and search still finds every word of them:
the store indexes the whole text, not only the fields).

The confidence is a product of a few named factors (`factors`), all read from the parse itself, no
gold: benchmarks/parse_accuracy/confidence.py measures how it ranks pages by how well they were read
(Spearman against each page's own F1) and how well the warning picks out pages read badly.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import AgendaItem, Document
from .dates import DATE_ANY
from .title_split import FUNCTION_WORDS, STANDING_ITEMS, TITLE_STARTS

UNREAD_WARNING = 0.6  # above this share of unexplained text, a parse is reported as partial
RUN_LINE = 300  # characters: a line this long is a run of several printed lines (a flattened PDF page)
GLUED_TITLE = 250  # characters: longer than any title printed whole (tune's to ~155, generated ones past 160)
OUTSIZED = 3  # times the page's median title: past this a title holds two entries (tune's own lists vary up to ~2)
MERGED_MIN = 4  # titles: fewer give no median to compare with
LONG_TITLE = 160  # characters: a title this long ran on when a date or a new sentence is inside it
_RUN_ON = re.compile(rf"{DATE_ANY.pattern}|[.!?]\s+[A-ZÆØÅ]", re.IGNORECASE)
# Field labels that begin a meeting fact or a body, not a title: two of them inside one title mean the
# title swallowed the page's header or the item's body (a page flattened into one run).
_LABEL = re.compile(r"\b(?:Udvalg|Mødedato|Mødested|Mødetidspunkt|Sagsnr|Sagsbehandler|Sagsfremstilling|"
                    r"Indstilling|Beslutning|Dato|Tidspunkt|Sted|Deltagere|Fraværende)\.?:", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _field_texts(doc: Document) -> list[str]:
    out: list[str] = []
    m = doc.meeting
    if m:
        out += [m.committee or "", m.date or "", m.start_time or "", m.location or "", *m.participants, *m.absent]
    for it in doc.items:
        out += [it.title or "", it.number or "", it.intro, *it.case_numbers, *it.route]
        out += [s.heading + " " + s.text for s in it.sections]
        out += [d.text + " " + (d.committee or "") for d in it.decisions]
        out += [a.title for a in it.attachments]
    return out


# The printed form's own words: labels of the meeting header ('Mødedato', 'Mødested', 'Fraværende'), of the
# contents and its columns ('Indholdsfortegnelse', 'Punkt', 'Side', 'Titel'), of an item's state ('Lukket',
# 'Åbent') and the document's kind ('Dagsorden', 'Referat'). Every publisher prints them and no field holds
# them, so counted they made a page look unread for its frame alone: a generated page read perfectly had up to
# 72% of its words in no field and was warned (19 of 298). They are left out of both sides of the share.
FRAME_WORDS = frozenset("""referat dagsorden indholdsfortegnelse side punkt pkt nr sag sager titel møde mødet
    mødedato mødested mødetidspunkt mødelokale tidspunkt dato sted udvalg deltagere mødedeltagere fraværende afbud
    medlemmer lukket lukkede åbent åben åbne starttidspunkt sluttidspunkt kl sagsnr bemærkninger indhold""".split())


def unread_share(doc: Document, text: str) -> float:
    """Share of the text's words (by count, each word once per occurrence) found in no field, the frame's
    labels (FRAME_WORDS) left out. (Letting the meeting's committee and place explain each of their repetitions,
    as running heads print them, was tried: it lifted generated pages a little more but lost check's one warned
    bad page.)"""
    used: dict[str, int] = {}
    for t in _field_texts(doc):
        for w in _WORD.findall(t.casefold()):
            used[w] = used.get(w, 0) + 1
    total = unread = 0
    for w in _WORD.findall(text.casefold()):
        if used.get(w, 0) > 0:
            used[w] -= 1
        elif w in FRAME_WORDS:
            continue
        else:
            unread += 1
        total += 1
    return round(unread / total, 3) if total else 0.0


def _glued(title: str) -> bool:
    """A title that runs on into a page header or an item body: far too long, long with a date or a new sentence
    inside ('… Sagen KL har den 7. oktober 2022 …'), or holding two field labels. (A long title alone is no sign:
    'Frigivelse af midler til … endelig vedtagelse efter offentlig høring og behandling af de indkomne
    bemærkninger' is 161 characters.)"""
    return len(title) > GLUED_TITLE or len(_LABEL.findall(title)) >= 2 \
        or len(title) > LONG_TITLE and _RUN_ON.search(title) is not None


def _cut(title: str) -> bool:
    """A title that starts mid-sentence (lower-case): its start went to the item before it or was lost."""
    return title[:1].islower()


def _out_of_order(doc: Document) -> bool:
    """Printed item numbers that do not run in sequence: a number that does not rise, or one that skips more
    numbers than there are unnumbered items between (items missed, or split and joined in the wrong places)."""
    last, between = None, 0
    for it in doc.items:
        if not (it.number and it.number.isdigit()):
            between += 1
            continue
        n = int(it.number)
        if last is not None and (n <= last or n - last - 1 > between):
            return True
        last, between = n, 0
    return False


def _read(item: AgendaItem) -> bool:
    """An item with a title, a section or a decision read (the `titled` factor counts these)."""
    return bool(item.title or item.sections or item.decisions)


def _empty(item: AgendaItem) -> bool:
    """An item with neither a title nor any body (not `_read`, and no intro either): no publisher prints one, so it
    is a number (a page number, a count, a column of the list) the parse took for an item's start, and the split
    that made it misplaced a neighbour's boundary too."""
    return not _read(item) and not item.intro.strip()


def _outsized(doc: Document, flat: bool = False) -> float:
    """The share of titles over OUTSIZED times the page's median title (on a page of MERGED_MIN titles or more):
    one page prints titles of one kind, so a title that long holds two entries run together, the cut between
    them missed (the `glued` test catches only the titles too long for any page). Length alone is no proof:
    short titles beside long ones ('Personalesag' beside '… - opfølgning på budgetforliget og de tværgående
    effektiviseringer', ~140 characters) are a list as printed, and length alone fired on a fifth of the
    generated pages, every one read perfectly. So on a page that keeps its lines (`flat` false), where two
    entries run together only when a line break was lost, the title must also show where a second entry starts
    (`_second_entry`) or be longer than LONG_TITLE; on a flattened run, where every boundary is found without a
    line break, length alone is the sign (there it ranks unseen pages: check/flat rho 0.213 with it, 0.109 when
    the flattened pages too needed the start word)."""
    titles = [it.title for it in doc.items if it.title]
    if len(titles) < MERGED_MIN:
        return 0.0
    median = sorted(len(t) for t in titles)[len(titles) // 2]
    return sum(1 for t in titles if len(t) > OUTSIZED * median
               and (flat or len(t) > LONG_TITLE or _second_entry(t))) / len(titles)


_ENTRY_STARTS = TITLE_STARTS | STANDING_ITEMS


def _second_entry(title: str) -> bool:
    """A word that starts agenda titles ('Ansøgning', 'Godkendelse', 'Eventuelt': title_split's lists, learned
    from tune's gold) capitalised inside the title after a lower-case word that is no preposition: Danish
    capitalises no common noun mid-phrase, so there a new title began ('… madservice Ansøgning fra …'). After a
    preposition it is the object a title goes on with ('Endelig vedtagelse af Lokalplan …')."""
    words = title.split()
    return any(w.strip(",.:;") in _ENTRY_STARTS and p[:1].islower() and p.isalpha()
               and p not in FUNCTION_WORDS for p, w in zip(words, words[1:], strict=False))


# A title ending in two bare numbers ('Åbningsbalance pr. 1. januar 422 423'): a column of the list (the next
# items' numbers, or the pages) read into the title instead of beside it. One number alone is no sign: titles
# name years, plans and streets ('Lokalplan 503', 'Tjærebyvang 2').
_NUMBER_TAIL = re.compile(r"\s\d{1,3}\.?\s+\d{1,3}\.?$")


def one_run(text: str) -> bool:
    """The page's form: more than half its text in lines of over RUN_LINE characters, as a PDF transcript
    prints each page on one line. Unseen pages of this form are read worse than pages that keep their lines
    (real.py's check split), since the parse must find every boundary without a line break to lean on."""
    sizes = [len(ln) for ln in text.splitlines() if ln.strip()]
    return sum(n for n in sizes if n > RUN_LINE) * 2 > sum(sizes)


def _share(doc: Document, test: Callable[[str], bool]) -> float:
    """The share of the titled items whose title passes `test`."""
    titles = [it.title for it in doc.items if it.title]
    return sum(1 for t in titles if test(t)) / len(titles) if titles else 0.0


def factors(doc: Document, unread: float, flat: bool = False) -> dict[str, float]:
    """The named factors whose product is the confidence, each 0..1 (1: no doubt from this side):
    read (1 - unread share); form (the page is one flattened run: `one_run`); items (none found);
    titled (items with neither a title nor a body: an item whose title was lost in extraction but whose
    sections or decisions were read is no doubt); order (numbers out of sequence); glued (titles that
    ran into the text after them); cut (titles starting mid-sentence); empty (an item with neither title nor
    body: `_empty`); merged (titles far longer than the page's others: `_outsized`); columns
    (titles ending in a column of numbers: `_NUMBER_TAIL`). Weights: set on tune pages, their flattened forms
    and the tune transcripts rewritten by transcript_variants.py (confidence.py's rank correlation)."""
    out = {"read": 1.0 - unread, "form": 0.85 if flat else 1.0}
    if not doc.items:
        out["items"] = 0.3
        return out
    out["titled"] = 0.5 + 0.5 * sum(1 for it in doc.items if _read(it)) / len(doc.items)
    out["order"] = 0.8 if _out_of_order(doc) else 1.0
    out["glued"] = 1.0 - 0.6 * _share(doc, _glued)
    out["cut"] = 1.0 - 0.3 * _share(doc, _cut)
    out["empty"] = 0.8 if any(_empty(it) for it in doc.items) else 1.0
    out["merged"] = 1.0 - _outsized(doc, flat)
    out["columns"] = 0.8 if any(_NUMBER_TAIL.search(it.title.strip()) for it in doc.items if it.title) else 1.0
    return out


def confidence(doc: Document, unread: float, flat: bool = False) -> float:
    """0..1: how sure the reading is, the product of `factors`: items found with titles or bodies, their
    numbers in sequence, titles that look whole, lines kept and little unexplained text raise it."""
    score = 1.0
    for value in factors(doc, unread, flat).values():
        score *= value
    return round(max(0.0, min(1.0, score)), 3)


def assess(doc: Document, text: str) -> None:
    """Set the document's `unread_share`, `confidence` and `partly_read` (the reasons, if any)."""
    doc.unread_share = unread_share(doc, text)
    doc.confidence = confidence(doc, doc.unread_share, one_run(text))
    doc.partly_read = reasons(doc)


def reasons(doc: Document) -> list[str]:
    """Why a parse is partial, in Danish as the parse summary is; empty when it is not. Each of the first
    four alone marks the page (on tune, and on flattened tune pages, they mark the pages read worst);
    numbers out of sequence only explain a marked page: alone they mark too many pages read well."""
    out = []
    if not doc.items:
        out.append("ingen punkter fundet")
    if any(_glued(it.title) for it in doc.items if it.title):
        out.append("punkttitler løber sammen med teksten")
    if doc.items and _share(doc, _cut) == 1.0:
        out.append("punkttitler begynder midt i en sætning")
    if (doc.unread_share or 0) > UNREAD_WARNING:
        out.append(f"{doc.unread_share or 0:.0%} af teksten i intet felt")
    if out and _out_of_order(doc):
        out.append("punktnumre ikke i rækkefølge")
    return out


def warning(doc: Document) -> str | None:
    """A one-line note for stderr when the parse is partial (why, as `assess` kept it; the confidence), else None."""
    why = doc.partly_read
    if not why:
        return None
    lead = "no agenda item found" if not doc.items else "partly read"
    return (f"{lead}: {'; '.join(why)} (sikkerhed {doc.confidence or 0:.2f}, ulæst {doc.unread_share or 0:.0%}); "
            "ingest still indexes every word of it")
