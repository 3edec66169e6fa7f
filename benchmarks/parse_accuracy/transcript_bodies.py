"""Item bodies of PDF transcripts written the other ways Danish councils write them: the tune transcripts
(pages holding a line 'Transkript') and the tune pages that keep their lines flattened the way `flattened.py`
flattens them, each with its section headings, decision headings or case-number labels rewritten in one way,
scored against the same gold (changed where the annotation rules count the new shape otherwise).

    PYTHONPATH=src python benchmarks/parse_accuracy/transcript_bodies.py [--only NAME] [--out DIR]

Why: on `check` the transcripts find about half of their item sections (29 of 53), a third of their decisions
(2 of 6) and 5 of 7 case numbers, where the pages that keep their lines find most, and the tune transcripts
find nearly all: the unseen transcripts print their bodies in words and shapes the tune ones do not. A
transcript runs each heading into its text ('Sagsfremstilling Der er …', 'BeslutningGodkendt.'), so the parser
finds a heading only by its word; a heading it knows only in one publisher's word is lost when flattened.
Each variant keeps the facts and changes one wording everywhere in the bodies:

- section headings in another council's word (`Sagsbeskrivelse`, `Beskrivelse`, `Baggrund`, `Sagens kerne`,
  `Resumé`, `Økonomi`, `Økonomiske konsekvenser`, `Forvaltningen indstiller`; `Sagen`, `Formål`, words that also
  open sentences), in capitals, with a colon, or
  glued to their text (`SagsfremstillingDer`): the gold's sections take the new word (compared without case);
- decision headings as `Beslutning i X den D`, `Xs beslutning den D`, `Beslutning (X, D)`, `Afgørelse i X den D`
  (the section is then `Afgørelse`), `X den D, pkt. N:` (a dated line: no section, annotation rules);
- case-number labels as `Sagsnummer:`, `Sag nr.:`, `Acadre sagsnr.:`, `Sagsnr.` without its colon, a
  `Dok.nr.:` after the number (never a case number), and the numbers in other ESDH shapes
  (`00.01.00-A00-7-24`, `EMN-2024-01234`, `2024-012345`), the gold's case numbers with them.

Only pages whose gold has a section, a decision or a case number are used; a page a variant leaves unchanged
keeps the plain prediction. Each line prints, for the transcripts (T) and the flattened pages (F), parse-F1 and
the body fields. Read it beside `real.py`, never instead of it.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from flattened import flatten
from real import CORPUS, lined_tune_pages, parse_beside_gold, scorer, variant_parser
from transcript_variants import transcript_pages

from sagsgang.parse.dates import parse_date
from sagsgang.parse.headings import decision_body_date

FIELDS = ("item.sections", "decision.committee+date", "decision.full", "item.case_numbers")
Gold = dict
# a variant: (page text, its gold, transcript?) -> (new text, new gold); a lined page is flattened after it
Variant = Callable[[str, Gold, bool], tuple[str, Gold]]

_MONTHS = ("januar februar marts april maj juni juli august september oktober november december").split()


def norm(s: str) -> str:
    return " ".join(s.split()).casefold().rstrip(" .:;")


def _frame(text: str) -> tuple[str, str]:
    """A transcript's site frame (up to and with 'Transkript') and its pages after it."""
    at = text.index("\nTranskript") + len("\nTranskript")
    return text[:at], text[at:]


# ------------------------------------------------------------------------------------------ section headings

_DECISION_NAMES = {"beslutning", "beslutninger", "afgørelse", "indstilling og beslutning"}
_GROUPS = {
    "story": ("sagsfremstilling", "sagsbeskrivelse", "beskrivelse af sagen"),
    "summary": ("resume", "resumé", "sagsresumé", "sagsresume"),
    "proposal": ("indstilling", "indstillinger"),
    "money": ("økonomi", "økonomiske konsekvenser", "økonomi og finansiering"),
}


def renamer(story: str, summary: str, proposal: str, money: str) -> Callable[[str], str | None]:
    targets = {"story": story, "summary": summary, "proposal": proposal, "money": money}

    def rename(name: str) -> str | None:
        for group, names in _GROUPS.items():
            if norm(name) in names and norm(name) != norm(targets[group]):
                return targets[group]
        return None
    return rename


def _section_names(gold: Gold) -> set[str]:
    return {s for it in gold.get("items") or [] for s in it.get("sections") or []}


def _rewrite_headings(text: str, gold: Gold, transcript: bool, new: Callable[[str], str | None],
                      glue: bool = False) -> tuple[str, dict[str, str]]:
    """Each printed heading that is one of the gold's sections (not a decision's: the decision variants change
    those) rewritten to `new(name)`; on a lined page its own line, in a transcript the word run into its text.
    With `glue` the heading is joined to its text without the space. Returns the text and the names changed."""
    names = {s for s in _section_names(gold) if norm(s) not in _DECISION_NAMES}
    done: dict[str, str] = {}
    if transcript:
        frame, body = _frame(text)
        for name in sorted(names, key=len, reverse=True):
            to = new(name)
            if to is None:
                continue
            pat = re.compile(rf"(?<=[\s.]){re.escape(name)}\s*:?(\s+)(?=[A-ZÆØÅ0-9])")
            body, n = pat.subn(lambda m, to=to: to + ("" if glue else m.group(1)), body)
            if n:
                done[name] = to
        return frame + body, done
    lines = text.split("\n")
    by_norm = {norm(s): s for s in names}
    for i, ln in enumerate(lines):
        name = by_norm.get(norm(ln))
        to = new(name) if name and ln.strip() else None
        if to is None:
            continue
        if glue:
            j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
            if j is None or not lines[j].strip()[:1].isupper():
                continue
            lines[i], lines[j] = "", to + lines[j].strip()
        else:
            lines[i] = ln[: len(ln) - len(ln.lstrip())] + to
        done[name] = to
    return "\n".join(lines), done


def _renamed_gold(gold: Gold, done: dict[str, str]) -> Gold:
    out = copy.deepcopy(gold)
    for it in out.get("items") or []:
        it["sections"] = [done.get(s, s) for s in it.get("sections") or []]
    return out


def sections(new: Callable[[str], str | None], glue: bool = False) -> Variant:
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        text, done = _rewrite_headings(text, gold, transcript, new, glue)
        return text, _renamed_gold(gold, done)
    return variant


# ------------------------------------------------------------------------------------------ decision headings

def _printed_date(iso: str, k: int) -> str:
    y, m, d = iso.split("-")
    return (f"{d}-{m}-{y}", f"{int(d)}. {_MONTHS[int(m) - 1]} {y}", f"{d}.{m}.{y}")[k % 3]


def _genitive(body: str) -> str:
    return body if body.endswith("s") else body + "s"


HEADS: dict[str, Callable[[str, str], str]] = {
    "i-den": lambda c, d: f"Beslutning i {c} den {d}",
    "genitive": lambda c, d: f"{_genitive(c)} beslutning den {d}",
    "paren": lambda c, d: f"Beslutning ({c}, {d})",
    "afgoerelse": lambda c, d: f"Afgørelse i {c} den {d}",
    "dated-pkt": lambda c, d: f"{c} den {d}, pkt. 12:",
    "caps": lambda c, d: f"BESLUTNING I {c.upper()} DEN {d}",
}
_SECTION_OF = {"afgoerelse": "Afgørelse", "dated-pkt": None}  # what the heading counts as (else Beslutning)


def _decisions(gold: Gold) -> list[tuple[dict, dict]]:
    return [(it, d) for it in gold.get("items") or [] for d in it.get("decisions") or []]


def _match(gold: Gold, body: str, printed: str | None) -> tuple[dict, dict] | None:
    """The gold decision a heading prints: its committee (or the meeting's, for a heading naming none) and its
    date (or the decision's, where the heading's date was lost)."""
    meeting = gold.get("meeting") or {}
    body = body or meeting.get("committee") or ""
    iso = parse_date(printed) if printed else None
    for it, d in _decisions(gold):
        if d.get("committee") and norm(d["committee"]) == norm(body) and d.get("date") \
                and (iso is None or iso == d["date"]):
            return it, d
    return None


PLAIN_DECISION = re.compile(r"^(?:Beslutning|BESLUTNING)\s*:?$")
# a transcript's decision heading run into its text: 'Beslutning Økonomiudvalget den : Godkendt',
# 'Beslutning i Erhvervsudvalget den Indstillingen tiltrådt.'
_RUN_IN = re.compile(r"(?<=\s)(?:Beslutning|BESLUTNING)\s+(?:i\s+)?(?P<body>[A-ZÆØÅ][^:]{2,60}?)\s+den\s*"
                     r"(?P<date>\d{1,2}[.\-/ ]+(?:\d{1,2}|[a-zæøå]+)[.\-/ ]+\d{4})?\s*:?(?=\s+[A-ZÆØÅ])")


def decision_heading_of(line: str) -> tuple[str, str | None] | None:
    """A lined page's decision heading as (body, printed date): ('', None) for a plain 'Beslutning', None when the
    line is no decision heading."""
    return ("", None) if PLAIN_DECISION.match(line) else decision_body_date(line) if line else None


def _new_section(it: dict, kind: str) -> None:
    """The item's 'Beslutning' section as the new heading counts it."""
    secs = it.get("sections") or []
    at = next((k for k, s in enumerate(secs) if norm(s) == "beslutning"), None)
    if at is None or kind not in _SECTION_OF:
        return
    to = _SECTION_OF[kind]
    if to is None and sum(norm(s) == "beslutning" for s in secs) == 1:
        del secs[at]
    elif to is not None:
        secs[at] = to


def heads(kind: str) -> Variant:
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        gold = copy.deepcopy(gold)
        changed: list[dict] = []

        def head(body: str, printed: str | None) -> str | None:
            found = _match(gold, body, printed)
            if found is None or any(found[1] is d for d in changed):
                return None
            it, d = found
            changed.append(d)
            _new_section(it, kind)
            return HEADS[kind](d["committee"], _printed_date(d["date"], len(changed)))
        if transcript:
            frame, body = _frame(text)

            def sub(m: re.Match[str]) -> str:
                new = head(m.group("body"), m.group("date"))
                return m.group(0) if new is None else new
            return frame + _RUN_IN.sub(sub, body), gold
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            s = ln.strip()
            found = decision_heading_of(s)
            new = head(*found) if found else None
            if new is not None:
                lines[i] = new
        return "\n".join(lines), gold
    return variant


# ------------------------------------------------------------------------------------------------ case numbers

_CASE_LABEL = re.compile(r"(?<![\w.])(?:Sagsnr|Sags\s?nr|Sagsnummer|Sag\s+nr|Sagsid|J\.\s?nr)\.?\s*:?[ \t]*(?=\S)",
                         re.IGNORECASE)


def labels(label: str, doc_number: bool = False) -> Variant:
    """Each case-number label before one of the gold's numbers printed as `label`; with `doc_number`, a document
    number after the case number (annotation rules: no case number)."""
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        numbers = {n for it in gold.get("items") or [] for n in it.get("case_numbers") or []}
        if not numbers:
            return text, gold
        alts = "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
        pat = re.compile(rf"{_CASE_LABEL.pattern}(?P<num>{alts})(?![\w/-])", re.IGNORECASE)
        extra = " Dok.nr.: 1234567" if doc_number else ""
        return pat.sub(lambda m: f"{label} {m.group('num')}{extra}", text), gold
    return variant


def _digits(s: str, n: int) -> str:
    return str(int(hashlib.sha1(s.encode()).hexdigest(), 16))[:n]


SHAPES: dict[str, Callable[[str], str]] = {
    "kle": lambda s: f"00.01.00-A00-{int(_digits(s, 2)) % 40 + 1}-24",
    "emn": lambda s: f"EMN-2024-{_digits(s, 5)}",
    "year-serial": lambda s: f"2024-{_digits(s, 6)}",
}


def numbers(shape: str) -> Variant:
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        gold = copy.deepcopy(gold)
        for it in gold.get("items") or []:
            new = []
            for n in it.get("case_numbers") or []:
                to = SHAPES[shape](n)
                text, k = re.subn(rf"(?<![\w/.-]){re.escape(n)}(?![\w/-])", to, text)
                new.append(to if k else n)
            it["case_numbers"] = new
        return text, gold
    return variant


VARIANTS: dict[str, Variant] = {
    "plain": lambda text, gold, transcript: (text, gold),
    "words-a": sections(renamer("Sagsbeskrivelse", "Resumé", "Forvaltningen indstiller", "Økonomiske konsekvenser")),
    "words-b": sections(renamer("Beskrivelse", "Sagens kerne", "Indstilling", "Økonomi")),
    "words-c": sections(renamer("Baggrund", "Resumé", "Indstilling", "Økonomi")),
    # the words that also open sentences ('Sagen blev …', 'Formål med …'): a heading only by where it stands
    "words-d": sections(renamer("Sagen", "Formål", "Indstilling", "Økonomi")),
    "caps": sections(str.upper),
    "colon": sections(lambda s: s + ":"),
    "glued": sections(lambda s: s, glue=True),
    "glued-caps": sections(str.upper, glue=True),
    **{f"head-{k}": heads(k) for k in HEADS},
    "Sagsnummer": labels("Sagsnummer:"),
    "Sag-nr": labels("Sag nr.:"),
    "Acadre": labels("Acadre sagsnr.:"),
    "Sagsnr-bare": labels("Sagsnr."),
    "Dok.nr-after": labels("Sagsnr.:", doc_number=True),
    **{f"number-{k}": numbers(k) for k in SHAPES},
}


def _pages() -> list[tuple[Path, Path, str, Gold, bool]]:
    """(gold file, document, text, gold, transcript?) of the tune pages whose gold has a section, a decision or a
    case number: transcripts, and pages that keep their lines (flattened after the variant)."""
    out = [(g, d, t, tree, True) for g, d, t, tree in transcript_pages("tune")]
    out += [(g, d, t, json.loads(g.read_text(encoding="utf-8")), False) for g, d, t in lined_tune_pages(CORPUS)]
    return [p for p in out if any(it.get("sections") or it.get("decisions") or it.get("case_numbers")
                                  for it in p[3].get("items") or [])]


def scored_fields(scored: str) -> str:
    rows = {ln.split()[0]: ln.split() for ln in scored.splitlines() if ln.split()[:1] and ln.split()[0] in FIELDS}
    head = next((ln.split()[1] for ln in scored.splitlines() if ln.startswith("parse-F1")), "?")
    return f"F1 {head} " + " ".join(f"{f.split('.')[-1]} {rows[f][-1]}" for f in FIELDS if f in rows)


def variant_dirs(argv: list[str] | None, doc: str, variants: dict, prefix: str) -> tuple[list[str], Path, Path]:
    """A variant net's command line read: the variants to run, 'plain' first (the others are read beside it), the
    folder for gold and predictions (--out or a temporary one) and a temporary one for the rewritten pages."""
    args = variant_parser(doc.split("\n\n")[0], variants).parse_args(argv)
    kinds = args.only or list(variants)
    root = args.out or Path(tempfile.mkdtemp(prefix=f"sagsgang-{prefix}-"))
    scratch = Path(tempfile.mkdtemp(prefix=f"sagsgang-{prefix}-docs-"))
    return ["plain"] + [k for k in kinds if k != "plain"], root, scratch


def _run(kind: str, pages: list, root: Path, scratch: Path, variants: dict[str, Variant] | None = None
         ) -> tuple[int, str]:
    """Variant `kind` (of `variants`, else this net's) over the pages, scored: (pages changed, the score line)."""
    variants = VARIANTS if variants is None else variants
    changed, out = 0, []
    for group, is_t in (("T", True), ("F", False)):
        into = root / kind / group
        for gold_file, doc, text, gold, transcript in pages:
            if transcript != is_t:
                continue
            new, new_gold = variants[kind](text, gold, transcript)
            same = new == text and new_gold == gold
            changed += not same
            (into / "gold").mkdir(parents=True, exist_ok=True)
            (into / "pred").mkdir(parents=True, exist_ok=True)
            plain = root / "plain" / group / "pred" / f"{doc.name}.json"
            if same and kind != "plain" and plain.exists():
                (into / "gold" / gold_file.name).write_bytes(gold_file.read_bytes())
                shutil.copy(plain, into / "pred" / plain.name)
                continue
            page = scratch / kind / group / doc.name
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(new if transcript else flatten(new, 1200), encoding="utf-8")
            g = scratch / kind / group / "gold" / gold_file.name
            g.parent.mkdir(parents=True, exist_ok=True)
            g.write_text(json.dumps(new_gold, ensure_ascii=False), encoding="utf-8")
            parse_beside_gold(page, g, into, doc.name)
        res = subprocess.run(scorer(into), capture_output=True, text=True)
        out.append(f"{group}: {scored_fields(res.stdout)}")
    return changed, " | ".join(out)


def main(argv: list[str] | None = None) -> int:
    kinds, root, scratch = variant_dirs(argv, __doc__, VARIANTS, "tbodies")
    pages = _pages()
    print(f"{sum(p[4] for p in pages)} tune transcripts and {sum(not p[4] for p in pages)} lined tune pages "
          "(flattened) with sections, decisions or case numbers", flush=True)
    for kind in kinds:
        changed, line = _run(kind, pages, root, scratch)
        print(f"== {kind} ({changed} changed): {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
