"""Absentees, decision headings and route labels written the other ways Danish councils write them: the
tune pages whose gold has absentees, decisions or a route, each rewritten in one way that keeps every
gold value, scored with the shared scorer on the fields these wordings feed.

    PYTHONPATH=src python benchmarks/parse_accuracy/absence_variants.py [--only NAME] [--out DIR] [--per-doc]

Why: on the tune pages these fields are saturated (1.000), on the unseen municipalities of `check` they
are not (decision.absent, meeting.absent, item.route), and `check` may not be studied one by one. Each
site prints the same facts under its own words: 'Afbud:' where another prints 'Fraværende:', the names
on the label's line, on the next line or as bullets, a sentence ('X var fraværende.', 'Afbud fra X.')
instead of a label, 'Økonomiudvalgets beslutning den …' instead of 'Beslutning i Økonomiudvalget den …',
'Forventet sagsgang' instead of 'Sagsgang'. A variant keeps the facts, so a point lost against `plain`
is the parser knowing one site's words only. Where a variant turns a labelled absence into a sentence,
the sentence is part of the decision's text (annotation rules: absence sentences stay in the text), and
the variant's gold says so; every other gold value is kept.

Absentees' names are also printed other ways everywhere on the page and in its gold (the gold keeps entries
as printed): the party after a dash ('Anne Hansen - V', party-dashed) and a middle given name as an initial
('Jan N. Rose Thaysen', names-initialled: a full stop inside a name ends no sentence).

Wordings left out on purpose: decision headings no tune or spec page shows ('Beslutning fra mødet i X den
D', 'X den D' alone without a colon, which is also how a page's running header reads): they fail on main,
but no evidence says councils print them; and 'Beslutningskompetence' / 'Sagen afgøres i' / 'Kompetence'
as a route's label (the gold reads them as sections, not routes: they name who decides, not the bodies a
case passes). 'Beslutning (X den D)' and 'Beslutning - X den D' are in: the parser's headings already
name 'Beslutning (X D)' and 'Beslutning - X - D' as printed shapes.
"""
from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from real import CORPUS, lined_tune_pages, next_filled, parse_beside_gold, scorer, variant_parser

FIELDS = ("decision.absent", "meeting.absent", "decision.full", "decision.committee+date", "item.route",
          "meeting.participants")

Gold = dict


# ----------------------------------------------------------------------------------------------- absence blocks

_NAME = r"[A-ZÆØÅ][\w\-.']*(?:\s+(?:[A-ZÆØÅ][\w\-.']*|von|van|de))*\s*(?:\([^()]{0,12}\))?"
_NAME_LIST = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME})*(?:\s+og\s+{_NAME})?\.?$")
_LABEL = re.compile(r"^(?P<indent>\s*)Fraværende(?P<colon>\s*:)?[ \t]*(?P<rest>.*?)\s*$")
_BULLET = re.compile(r"^\s*[•·▪●\-]\s+(?P<name>\S.*?)\s*$")


@dataclass
class Block:
    """A labelled absence: lines [start, end) of the page, the label's indent and colon, its names, how
    they were laid out ('same', 'next', 'lines': one a line, 'bullets')."""

    start: int
    end: int
    indent: str
    colon: bool
    names: list[str]
    layout: str


def _names_of(value: str) -> list[str] | None:
    value = value.strip().rstrip(".").strip()
    if not value or not _NAME_LIST.match(value + "."):
        return None
    return [n.strip() for n in re.split(r"\s*,\s*|\s+og\s+", value) if n.strip()]


def blocks(lines: list[str]) -> list[Block]:
    """The 'Fraværende' labels of a page with their names: on the label's line, on the next non-empty line,
    or as bullets below it. A value that is no list of names (a sentence, a flattened row) is left out."""
    out = []
    for i, ln in enumerate(lines):
        m = _LABEL.match(ln)
        if not m or (m.group("rest") and not m.group("colon")):
            continue
        if m.group("rest"):
            names = _names_of(m.group("rest"))
            if names:
                out.append(Block(i, i + 1, m.group("indent"), True, names, "same"))
            continue
        j = next_filled(lines, i)
        if j < len(lines) and _BULLET.match(lines[j]):
            names, k = [], j
            while k < len(lines) and (b := _BULLET.match(lines[k])):
                names.append(b.group("name"))
                k += 1
            out.append(Block(i, k, m.group("indent"), bool(m.group("colon")), names, "bullets"))
        elif j < len(lines) and (names := _names_of(lines[j])):
            k = j + 1  # one name a line: the lines of names that follow
            while k < len(lines) and lines[k].strip() and (more := _names_of(lines[k])):
                names, k = names + more, k + 1
            out.append(Block(i, k, m.group("indent"), bool(m.group("colon")), names, "next" if k == j + 1 else "lines"))
    return out


def _bare(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).strip().rstrip(".").casefold()


def _decisions(gold: Gold) -> list[dict]:
    return [d for it in gold.get("items") or [] for d in it.get("decisions") or []]


def _level(block: Block, gold: Gold) -> str | None:
    """'decision' when a decision of the gold names these absentees, 'meeting' when only the meeting does."""
    names = {_bare(n) for n in block.names}
    if any(names <= {_bare(a) for a in d.get("absent") or []} for d in _decisions(gold)):
        return "decision"
    if names <= {_bare(a) for a in (gold.get("meeting") or {}).get("absent") or []}:
        return "meeting"
    return None


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def _rewrite(text: str, gold: Gold, fn: Callable[[Block, str, list[str], Gold], list[str] | None]) -> tuple[str, Gold]:
    """`text` with each absence block of a known level replaced by fn(block, level, lines, gold) (None: kept)."""
    lines = text.split("\n")
    gold = copy.deepcopy(gold)
    out, last = [], 0
    for b in blocks(lines):
        level = _level(b, gold)
        new = fn(b, level, lines, gold) if level else None
        if new is None:
            continue
        out += lines[last:b.start] + new
        last = b.end
    return "\n".join(out + lines[last:]), gold


def _label(word: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    """The label 'Fraværende' as `word`, its names where they were."""
    def fn(b: Block, level: str, lines: list[str], gold: Gold) -> list[str]:
        return [re.sub(r"Fraværende", word, lines[b.start], count=1), *lines[b.start + 1:b.end]]
    return lambda text, gold: _rewrite(text, gold, fn)


def _layout(kind: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    """The names on the label's line, on the next line, one a line, or one bullet a name."""
    def fn(b: Block, level: str, lines: list[str], gold: Gold) -> list[str] | None:
        if b.layout == kind:
            return None
        if kind == "same":
            return [f"{b.indent}Fraværende: {', '.join(b.names)}"]
        if kind == "next":
            return [f"{b.indent}Fraværende:", f"{b.indent}{', '.join(b.names)}"]
        if kind == "lines":
            return [f"{b.indent}Fraværende", *(f"{b.indent}{n}" for n in b.names)]
        return [f"{b.indent}Fraværende", *(f"{b.indent} • {n}" for n in b.names)]
    return lambda text, gold: _rewrite(text, gold, fn)


def _separated(sep: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    """The names on the label's line parted by `sep` ('; ', ' samt ') instead of commas."""
    def fn(b: Block, level: str, lines: list[str], gold: Gold) -> list[str] | None:
        return None if len(b.names) < 2 else [f"{b.indent}Fraværende: {sep.join(b.names)}"]
    return lambda text, gold: _rewrite(text, gold, fn)


def _titled(text: str, gold: Gold) -> tuple[str, Gold]:
    """The first absentee with the office printed before the name ('Fraværende: Udvalgsformand Bo Jensen
    (V), …'); annotation rules: role titles are no part of the name."""
    def fn(b: Block, level: str, lines: list[str], g: Gold) -> list[str] | None:
        return [f"{b.indent}Fraværende: {', '.join(['Udvalgsformand ' + b.names[0], *b.names[1:]])}"]
    return _rewrite(text, gold, fn)


def _decision_of(b: Block, lines: list[str], gold: Gold, used: set[int]) -> dict | None:
    """The gold decision the block belongs to: the next one naming its absentees whose text starts in the
    lines around the block (a block under an item with no outcome belongs to none)."""
    names = {_bare(n) for n in b.names}
    near = re.sub(r"\s+", " ", " ".join(lines[max(0, b.start - 12): b.end + 6]))
    for d in _decisions(gold):
        if id(d) not in used and names <= {_bare(a) for a in d.get("absent") or []} \
                and re.sub(r"\s+", " ", d["text"])[:25] in near:
            used.add(id(d))
            return d
    return None


def _prose(decision_form: str | None, meeting_form: str | None) -> Callable[[str, Gold], tuple[str, Gold]]:
    """The label and its names as a sentence ('{names} var fraværende.'); under a decision the sentence is
    part of the decision's text, put where the label was (after the outcome, or before it)."""
    def run(text: str, gold: Gold) -> tuple[str, Gold]:
        used: set[int] = set()

        def fn(b: Block, level: str, lines: list[str], g: Gold) -> list[str] | None:
            form = decision_form if level == "decision" else meeting_form
            if form is None or any(n.endswith("()") for n in b.names):  # an empty party slot: no sentence prints
                return None
            sentence = form.format(names=_joined(b.names))
            if level == "decision":
                d = _decision_of(b, lines, g, used)
                if d is None:
                    return None
                prev = next((ln.strip() for ln in reversed(lines[:b.start]) if ln.strip()), "")
                after = bool(prev) and re.sub(r"\s+", " ", prev) in re.sub(r"\s+", " ", d["text"])
                d["text"] = f"{d['text']} {sentence}" if after else f"{sentence} {d['text']}"
            return [b.indent + sentence]
        return _rewrite(text, gold, fn)
    return run


def _marked_members(text: str, gold: Gold, mark: str = " (fraværende)") -> tuple[str, Gold]:
    """The meeting's absentees printed in the members' list, each '(fraværende)' after the name, the
    absence label dropped: the members' list is one name a line (or bullet) above the label."""
    def fn(b: Block, level: str, lines: list[str], g: Gold) -> list[str] | None:
        if level != "meeting" or not (g.get("meeting") or {}).get("participants"):
            return None
        members = {_bare(n) for n in g["meeting"]["participants"]}
        last = next((k for k in range(b.start - 1, max(b.start - 8, -1), -1)
                     if lines[k].strip() and _bare(_BULLET.sub(r"\g<name>", lines[k]).strip()) in members), None)
        if last is None:
            return None
        shape = _BULLET.match(lines[last])
        prefix = lines[last][:shape.start("name")] if shape else re.match(r"\s*", lines[last]).group()
        g["meeting"]["participants"] += [n for n in b.names if _bare(n) not in members]
        # the names go right after the last member; what stood between them and the label stays
        lines[last] = lines[last] + "".join(f"\n{prefix}{n}{mark}" for n in b.names)
        return []
    return _rewrite(text, gold, fn)


def _glued(text: str, gold: Gold) -> tuple[str, Gold]:
    """The label run into its names by extraction: 'Fraværende:Anne Hansen (V)' (names on the label's line)."""
    def fn(b: Block, level: str, lines: list[str], g: Gold) -> list[str] | None:
        return [f"{b.indent}Fraværende:{', '.join(b.names)}"]
    return _rewrite(text, gold, fn)


def _absentees(gold: Gold) -> set[str]:
    return {n for d in _decisions(gold) for n in d.get("absent") or []} | set((gold.get("meeting") or {}).get("absent")
                                                                            or [])


def _renamed(text: str, gold: Gold, fn: Callable[[str], str | None], with_party: bool = True) -> tuple[str, Gold]:
    """Every absentee `fn` prints another way (None: as it is) printed so everywhere on the page and in its gold
    (participants, decision texts, absentees: annotation rules keep entries as printed). with_party: `fn` takes
    the entry with its party marker, else the name alone (the person wherever a page mentions them)."""
    raw = json.dumps(gold, ensure_ascii=False)
    for n in sorted(_absentees(gold), key=len, reverse=True):
        n = n if with_party else re.sub(r"\s*(?:\(|,|\s[-–]\s).*$", "", n)  # the person, however printed
        new = fn(n)
        if new and new != n:
            text, raw = text.replace(n, new), raw.replace(n, new)
    return text, json.loads(raw)


def _dashed_party(text: str, gold: Gold) -> tuple[str, Gold]:
    """The absentees' party after a dash, not in brackets ('Anne Hansen - V'), wherever they are printed."""
    return _renamed(text, gold, lambda n: re.sub(r"\s*\(([A-ZÆØÅ]{1,3})\)$", r" - \1", n), with_party=True)


def _initial(name: str) -> str | None:
    words = name.split()
    if len(words) >= 3 and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", words[1]):
        return " ".join([words[0], words[1][0] + ".", *words[2:]])
    return None


def _initialled(text: str, gold: Gold) -> tuple[str, Gold]:
    """Absentees of three words or more with the middle given name as an initial ('Jan N. Rose Thaysen'), everywhere
    the page and its gold print them: a full stop inside a name ends no sentence and no list."""
    return _renamed(text, gold, _initial, with_party=False)


# --------------------------------------------------------------------------------------- decision headings

_HEADING = re.compile(r"^(?P<indent>\s*)Beslutning i (?P<committee>\S.*?) (?P<den>den )?(?P<date>\d.*?)"
                      r"(?P<colon>:?)\s*$")


def _genitive(text: str, gold: Gold) -> tuple[str, Gold]:
    """'Beslutning i Økonomiudvalget den 17. februar 2020' as 'Økonomiudvalgets beslutning den 17. februar
    2020' (a committee named by one definite noun: the genitive reads back to the name)."""
    def one(m: re.Match[str]) -> str:
        c = m.group("committee")
        if not re.search(r"(?:et|en)$", c):
            return m.group(0)
        return f"{m.group('indent')}{c}s beslutning den {m.group('date')}{m.group('colon')}"
    return "\n".join(_HEADING.sub(one, ln) for ln in text.split("\n")), gold


def _heading_shape(shape: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    """'Beslutning i X den D' printed as `shape` ('Beslutning ({c} den {d})', 'Beslutning i {c} d. {d}')."""
    def one(m: re.Match[str]) -> str:
        return m.group("indent") + shape.format(c=m.group("committee"), d=m.group("date")) + m.group("colon")
    return lambda text, gold: ("\n".join(_HEADING.sub(one, ln) for ln in text.split("\n")), gold)


def _heading_caps(text: str, gold: Gold) -> tuple[str, Gold]:
    """Decision headings in capitals ('BESLUTNING I BYRÅDET DEN 9. OKTOBER 2018', 'BESLUTNING'), as many PDFs
    print them (the scorer reads committees without case)."""
    return "\n".join(ln.upper() if _HEADING.match(ln) or re.fullmatch(r"\s*(?:Beslutning|Indstilling):?\s*", ln)
                     else ln for ln in text.split("\n")), gold


def _bare_heading(word: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    """A bare 'Beslutning' heading as `word` ('Afgørelse', 'Udvalgets beslutning')."""
    return lambda text, gold: (re.sub(r"(?m)^(\s*)Beslutning(:?)[ \t]*$", rf"\g<1>{word}\g<2>", text), gold)


def _heading_colon_run(text: str, gold: Gold) -> tuple[str, Gold]:
    """The outcome on the heading's line: 'Beslutning i Byrådet den 25. juni 2018: Godkendt.' when the
    heading's next non-empty line is a short outcome sentence."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        m = _HEADING.match(ln)
        if not m:
            continue
        j = next_filled(lines, i)
        if j < len(lines) and re.fullmatch(r"\s*[A-ZÆØÅ][\wæøå ]{2,30}\.\s*", lines[j]) and not _LABEL.match(lines[j]):
            lines[i] = ln.rstrip().rstrip(":") + ": " + lines[j].strip()
            lines[i + 1:j + 1] = [""] * (j - i)
    return "\n".join(lines), gold


# ----------------------------------------------------------------------------------------------------- routes

_ROUTE_LABEL = re.compile(r"(?m)^(\s*)Sagsgang(?: og sagstype)?[ \t]*$")


def _route_label(word: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    """The route's label 'Sagsgang' / 'Sagsgang og sagstype' on a line of its own as `word`."""
    return lambda text, gold: (_ROUTE_LABEL.sub(rf"\g<1>{word}", text), gold)


def _route_inline(text: str, gold: Gold) -> tuple[str, Gold]:
    """'Sagsgang' with the bodies on its line: 'Sagsgang: AU/BUU/VPU, ØK, KB'."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        m = _ROUTE_LABEL.match(ln)
        if not m:
            continue
        j = next_filled(lines, i)
        if j < len(lines):
            lines[i] = f"{m.group(1)}Sagsgang: {lines[j].strip()}"
            lines[i + 1:j + 1] = [""] * (j - i)
    return "\n".join(lines), gold


VARIANTS: dict[str, Callable[[str, Gold], tuple[str, Gold]]] = {
    "plain": lambda text, gold: (text, gold),
    # the label's other words
    "label-afbud": _label("Afbud"),
    "label-forfald": _label("Forfald"),
    "label-meldt-afbud": _label("Meldt afbud"),
    "label-ikke-til-stede": _label("Ikke til stede"),
    "label-fravaer": _label("Fravær"),
    "label-caps": _label("FRAVÆRENDE"),
    "label-med-afbud": _label("Fraværende med afbud"),
    "label-ikke-tilstede": _label("Ikke tilstede"),
    "label-glued": _glued,
    "party-dashed": _dashed_party,
    "names-initialled": _initialled,
    # where the names stand
    "names-same-line": _layout("same"),
    "names-next-line": _layout("next"),
    "names-one-a-line": _layout("lines"),
    "names-bullets": _layout("bullets"),
    # a sentence instead of the label
    "prose-var-fravaerende": _prose("{names} var fraværende.", "{names} var fraværende."),
    "prose-deltog-ikke": _prose("{names} deltog ikke i behandlingen af punktet.", "{names} deltog ikke i mødet."),
    "prose-meldt-forfald": _prose("{names} havde meldt afbud.", "{names} havde meldt forfald."),
    "prose-afbud-fra": _prose("Afbud fra {names}.", "Afbud fra {names}."),
    "prose-ikke-til-stede": _prose("{names} var ikke til stede.", "{names} var ikke til stede."),
    "prose-mødte-ikke": _prose("{names} mødte ikke.", "{names} mødte ikke."),
    "prose-der-var-afbud": _prose("Der var afbud fra {names}.", "Der var afbud fra {names}."),
    "prose-forlod-mødet": _prose("{names} forlod mødet under behandling af sagen.", None),
    "prose-inhabil": _prose("{names} var inhabil og deltog derfor ikke i behandlingen.", None),
    "names-semicolons": _separated("; "),
    "names-samt": _separated(" samt "),
    "names-titled": _titled,
    "members-marked": _marked_members,
    "members-marked-afbud": lambda text, gold: _marked_members(text, gold, " - afbud"),
    # decision headings
    "dec-genitive": _genitive,
    "dec-caps": _heading_caps,
    "dec-paren": _heading_shape("Beslutning ({c} den {d})"),
    "dec-dash": _heading_shape("Beslutning - {c} den {d}"),
    "dec-d-dot": _heading_shape("Beslutning i {c} d. {d}"),
    "dec-comma": _heading_shape("Beslutning i {c}, {d}"),
    "dec-no-den": _heading_shape("Beslutning i {c} {d}"),
    "dec-afgoerelse": _bare_heading("Afgørelse"),
    "dec-udvalgets": _bare_heading("Udvalgets beslutning"),
    "dec-outcome-on-heading": _heading_colon_run,
    # route labels
    "route-forventet": _route_label("Forventet sagsgang"),
    "route-sagsforloeb": _route_label("Sagsforløb"),
    "route-politisk": _route_label("Politisk behandling"),
    "route-behandles-i": _route_label("Behandles i"),
    "route-inline": _route_inline,
}


def _relevant(gold: Gold) -> bool:
    m = gold.get("meeting") or {}
    return bool(m.get("absent") or _decisions(gold) or any(it.get("route") for it in gold.get("items") or []))


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS)
    ap.add_argument("--per-doc", action="store_true", help="the scorer's line per page")
    args = ap.parse_args(argv)
    kinds = args.only or list(VARIANTS)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-absence-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-absence-docs-"))
    pages = [(g, d, t) for g, d, t in lined_tune_pages(CORPUS, "tune")
             if _relevant(json.loads(g.read_text(encoding="utf-8")))]
    print(f"{len(pages)} tune pages with absentees, decisions or a route", flush=True)
    print(f"{'variant':24} {'changed':>7} " + " ".join(f"{f[:16]:>16}" for f in FIELDS) + "  parse-F1")
    status = 0
    for kind in ["plain"] + [k for k in kinds if k != "plain"]:
        changed = 0
        (scratch / kind).mkdir(exist_ok=True)
        for gold_path, doc, text in pages:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            new_text, new_gold = VARIANTS[kind](text, gold)
            changed += new_text != text
            page = scratch / kind / doc.name
            page.write_bytes(new_text.encode("utf-8"))
            variant_gold = scratch / kind / gold_path.name
            variant_gold.write_text(json.dumps(new_gold, ensure_ascii=False), encoding="utf-8")
            parse_beside_gold(page, variant_gold, root / kind, doc.name)
        res = subprocess.run(scorer(root / kind, args.per_doc), capture_output=True, text=True)
        status |= res.returncode
        rows = {ln.split()[0]: ln.split() for ln in res.stdout.splitlines() if ln.strip()}
        cells = [f"{rows[f][1]} {rows[f][4]:>10}" if f in rows else f"{'-':>16}" for f in FIELDS]
        head = next((ln.split()[1] for ln in res.stdout.splitlines() if ln.startswith("parse-F1")), "?")
        print(f"{kind:24} {changed:7d} " + " ".join(f"{c:>16}" for c in cells) + f"  {head}", flush=True)
        if args.per_doc:
            print("\n".join(ln for ln in res.stdout.splitlines() if ln.startswith("doc ") and "F1 1.000" not in ln))
    return status


if __name__ == "__main__":
    sys.exit(main())
