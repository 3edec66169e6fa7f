"""How else Danish agendas number and list their items: the tune pages that keep their lines and number their
items, each item's number re-printed in a form no other net prints (`Punkt 3:`, `Pkt. 3 -`, `Sag nr. 3`, `(3)`,
`3 -`, `03` with no stop, a meeting-wide running number from 127, numbers that skip the closed items a public
list leaves out, `4.1`/`4.2` sub-items), or the contents list printed otherwise (entries wrapped over two lines,
no contents list at all), with the gold following exactly, lined and flattened (flattened.py's transcript layout).

    PYTHONPATH=src python benchmarks/parse_accuracy/number_forms.py [--only NAME] [--layout lined|flat|both]
        [--out DIR] [--fields]

Why: on `check` (unseen municipalities) items recall is the largest single loss (0.849 against tune's 0.982),
and item.number, title, public and sections all follow it. title_lines.py prints a few other forms of the number
(`Pkt. 3`, `3)`, `§ 3`, `Sag 3:`, `04.`, `3 |`) and unnumbered.py takes the numbers off; this prints the rest of
the ways council publishers number items, and the numbers that do not run 1, 2, 3. Like unnumbered.py (whose way
of finding each printed occurrence of an item from its gold it reuses) the pages and gold are real and only the
numbering or the list's form changes.

What a variant does to an item's printed occurrences (a line ending with its gold title behind a short prefix that
holds its number, or a prefix line holding only the number with the title on the next filled line): a `num-*`
variant prints the form in place of the prefix (a prefix line becomes the form alone, without the separator
that would stand before a title beside it: 'Pkt. 3') on the contents-list entry
and the heading alike, and the gold's number is the number as printed (parse-output.md: "as printed", so `03`
stays `03` and `4.2` is `4.2`); `list-wrap` breaks each contents-list entry of four words or more after its
middle word (the gold's title is the same once whitespace is collapsed); `no-list` leaves out the contents-list
entries of items printed again below (bodies only: the gold is the same, each item is still printed). Digit
numbers only; each line says how many items it rewrote.

Session 52 added the number in a table's column of its own, read as a line above the title (`num-cell-bare` '3',
`num-cell-paren` '3)', `num-cell-both` '(3)', `num-cell-blank` '3' and a blank line), also with the title wrapped in
its cell after its middle word (`num-cell-bare-wrap`, `num-cell-paren-wrap`; the gold's title is the same once
whitespace is collapsed).

Session 45 added sub-items beside plain numbers (`num-sub-beside`/`-space`/`-dot`: 1, 2, 2a, 3, 4, 4a, … as '2a',
'2 a', '2.a', the gold's number '2a') and a letter after the item's label (`num-pkt-letter`: 'Pkt. B').

Session 44 added the forms no net printed before, and none read then: `[3]`, roman numerals (`IV.`, `Punkt IV`),
letters (`C.`, `c)`), sub-items `1a`, `Nr. 3`, `3 .`, `3:`, `3/`, `Sag 3 af 40`, `# 3` (roman numerals and
letters count the items from the first, whatever their printed number); the number after the title
(`num-after-*`: 'Godkendelse af dagsorden (1)', '… - pkt. 1', the title as before); and `list-page-first`,
each contents-list entry behind its page number ('3 1. Title'). The gold's number is the number as printed
without its punctuation ("IV", "c", "1a"): parse-output.md's "as printed", where the rules say nothing of marks.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable

from real import next_filled
from unnumbered import occurrences, run_numbered_pages

# A number form: (the item's gold number, its 1-based place among the page's numbered items) -> (the prefix
# printed before its title, the number as printed).
Form = Callable[[int, int], tuple[str, str]]


def _roman(m: int) -> str:
    """`m` in roman numerals ('IV', 'XII')."""
    out = ""
    for value, glyph in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while m >= value:
            out, m = out + glyph, m - value
    return out


def _letter(m: int) -> str:
    """`m` as a letter, A for 1 ('AA' past Z)."""
    return ("A" * ((m - 1) // 26)) + chr(ord("A") + (m - 1) % 26)


def _form(pattern: str, number: Callable[[int, int], int] = lambda n, k: n, printed: str = "{m}") -> Form:
    """`pattern` with {m} the item's (re-mapped) number, {mm} it padded to two digits, {r} it in roman numerals,
    {a} it as a capital letter and {la} as a small one."""
    def fn(n: int, k: int) -> tuple[str, str]:
        m = number(n, k)
        keys = {"m": m, "mm": f"{m:02d}", "r": _roman(m), "a": _letter(m), "la": _letter(m).lower()}
        return pattern.format(**keys), printed.format(**keys)
    return fn


def _sub_beside(mark: str) -> Form:
    """Every third item a sub-item of the plain item before it, the others numbered on (1, 2, 2a, 3, 4, 4a, …), the
    sub-item's letter set after the number by `mark` ('2a', '2 a', '2.a'); the number as printed without a space or
    stop ('2a'), as the rules keep the number printed."""
    def fn(n: int, k: int) -> tuple[str, str]:
        plain = k - k // 3
        return (f"{plain}{mark}a " if k % 3 == 0 else f"{plain}. "), (f"{plain}a" if k % 3 == 0 else str(plain))
    return fn


FORMS: dict[str, Form] = {
    "num-punkt-colon": _form("Punkt {m}: "),
    "num-pkt-dash": _form("Pkt. {m} - "),
    "num-sag-nr": _form("Sag nr. {m} "),
    "num-paren-both": _form("({m}) "),
    "num-dash": _form("{m} - "),
    "num-padded-bare": _form("{mm} ", printed="{mm}"),
    # a meeting-wide running number: the council numbers its items over the year, this meeting's from 127
    "num-running": _form("{m}. ", lambda n, k: n + 126),
    # a public list leaves out the closed items' numbers: 1, 2, 4, 5, 7, ...
    "num-skip": _form("{m}. ", lambda n, k: n + (n - 1) // 2),
    # the items printed as sub-items of one agenda point, counted from 1 on the page
    "num-sub": _form("4.{m} ", lambda n, k: k, printed="4.{m}"),
    # forms no earlier net printed, read on no corpus page (session 44): the number as printed, punctuation off
    "num-square": _form("[{m}] "),
    "num-roman": _form("{r}. ", lambda n, k: k, printed="{r}"),
    "num-punkt-roman": _form("Punkt {r} ", lambda n, k: k, printed="{r}"),
    "num-letter": _form("{a}. ", lambda n, k: k, printed="{a}"),
    "num-letter-paren": _form("{la}) ", lambda n, k: k, printed="{la}"),
    "num-sub-letter": _form("1{la} ", lambda n, k: k, printed="1{la}"),
    "num-nr": _form("Nr. {m} "),
    "num-space-stop": _form("{m} . "),
    "num-colon": _form("{m}: "),
    "num-slash": _form("{m}/ "),
    "num-sag-af": _form("Sag {m} af 40 "),
    "num-hash": _form("# {m} "),
    # session 45: sub-items beside plain numbers ('2a', '2 a', '2.a'), a letter after the item's label ('Pkt. B')
    "num-sub-beside": _sub_beside(""),
    "num-sub-space": _sub_beside(" "),
    "num-sub-dot": _sub_beside("."),
    "num-pkt-letter": _form("Pkt. {a} ", lambda n, k: k, printed="{a}"),
}
# the number printed in a table's column of its own, which the text layer reads as a line above the title ('3' /
# 'Budget for vejene'), with the stop or brackets the column prints ('3)', '(3)'), a blank line between or not
CELLS: dict[str, Form] = {
    "num-cell-bare": _form("{m}\n"),
    "num-cell-paren": _form("{m})\n"),
    "num-cell-both": _form("({m})\n"),
    "num-cell-blank": _form("{m}\n\n"),
}
# ... and the title wrapped in its cell after its middle word ('3' / 'Budget for' / 'vejene 2025')
WRAPPED_CELLS: dict[str, Form] = {
    "num-cell-bare-wrap": _form("{m}\n"),
    "num-cell-paren-wrap": _form("{m})\n"),
}
FORMS.update(CELLS)
FORMS.update(WRAPPED_CELLS)
# the number printed after the title, the title as before ('Godkendelse af dagsorden (1)', '… - pkt. 1')
SUFFIXES: dict[str, Form] = {
    "num-after-paren": _form(" ({m})"),
    "num-after-pkt": _form(" - pkt. {m}"),
}
VARIANTS = [*FORMS, *SUFFIXES, "list-wrap", "no-list", "list-page-first"]


def _is_entry(lines: list[str], occ: list[tuple[int, int | None]], n: int, starts: set[int]) -> bool:
    """A contents-list entry: the item is printed again below, or another item's occurrence follows it."""
    return n < len(occ) - 1 or next_filled(lines, occ[n][0]) in starts


def _renumber(lines: list[str], title: str, occ: list[tuple[int, int | None]], prefix: str,
              printed: str | None = None) -> None:
    """Each occurrence's prefix (or prefix line) printed as `prefix`, its title as `printed` (default: as it is)."""
    for i, pre in occ:
        if pre is not None:
            lines[pre] = lines[pre][: len(lines[pre]) - len(lines[pre].lstrip())] + prefix.strip(" :-")
            if printed is not None:
                lines[i] = lines[i].replace(title, printed, 1)
            continue
        lead = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        rest = lines[i].strip()
        at = rest.rfind(title)
        lines[i] = lead + prefix + (title if printed is None else printed) + rest[at + len(title):]


def _cell_wrapped(title: str) -> str:
    """The title broken after its middle word onto the next line, as a narrow cell wraps it (short titles whole)."""
    words = title.split(" ")
    if len(words) < 4:
        return title
    return " ".join(words[: len(words) // 2]) + "\n" + " ".join(words[len(words) // 2:])


def _suffix(lines: list[str], title: str, occ: list[tuple[int, int | None]], suffix: str) -> None:
    """Each occurrence's number taken from before its title (its prefix line left blank) and `suffix` printed
    after the title."""
    for i, pre in occ:
        if pre is not None:
            lines[pre] = ""
        lead = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        rest = lines[i].strip()
        at = rest.rfind(title)
        lines[i] = lead + title + suffix + rest[at + len(title):]


def wrap_parts(line: str, title: str) -> tuple[str, str, str] | None:
    """The entry broken after the middle word of its title: (its first line, the line's indent, the rest of the
    entry); None where the title is not on the line or has fewer than four words. (list_breaks.py breaks it too.)"""
    at = line.rfind(title)
    words = title.split(" ")
    if at < 0 or len(words) < 4:
        return None
    head = " ".join(words[: len(words) // 2])
    return line[: at + len(head)], line[: len(line) - len(line.lstrip())], line[at + len(head) + 1:]


def _wrap(line: str, title: str) -> str:
    """The entry broken after the middle word of its title, the rest on the next line indented."""
    parts = wrap_parts(line, title)
    return line if parts is None else parts[0] + "\n" + parts[1] + "   " + parts[2]


def rewrite(text: str, gold: dict, kind: str) -> tuple[str, dict, int]:
    """The page with `kind` applied to each numbered item's occurrences, its gold changed to match, and how many
    items were rewritten."""
    lines = text.split("\n")
    gold = json.loads(json.dumps(gold))
    items = [it for it in gold.get("items") or []
             if len(it.get("title") or "") >= 4 and (it.get("number") or "").isdigit()]
    found = {id(it): occurrences(lines, it["title"], it["number"], it.get("public", True) is not False)
             for it in items}
    starts = {i if pre is None else pre for occ in found.values() for i, pre in occ}
    drop: set[int] = set()
    renumbered: dict[str, str] = {}
    touched = 0
    for k, it in enumerate(items, 1):
        occ = found[id(it)]
        if not occ:
            continue
        if kind in SUFFIXES:
            _suffix(lines, it["title"], occ, SUFFIXES[kind](int(it["number"]), k)[0])
        elif kind in FORMS:
            prefix, printed = FORMS[kind](int(it["number"]), k)
            _renumber(lines, it["title"], occ, prefix,
                      _cell_wrapped(it["title"]) if kind in WRAPPED_CELLS else None)
            renumbered[it["number"]] = printed
            it["number"] = printed
        else:
            # (no-list leaves out only the entries of items printed again below: each item stays printed)
            entries = [(i, pre) for n, (i, pre) in enumerate(occ[:-1] if kind == "no-list" else occ)
                       if _is_entry(lines, occ, n, starts)]
            if not entries:
                continue
            for i, pre in entries:
                if kind == "list-wrap":
                    lines[i] = _wrap(lines[i], it["title"])
                elif kind == "list-page-first":
                    # the entry's page number printed before its number ('3 1. Title'): the entry's place + 2
                    at = pre if pre is not None else i
                    lead = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
                    lines[at] = f"{lead}{k + 2} {lines[at].lstrip()}"
                else:
                    drop.update({i} | ({pre} if pre is not None else set()))
        touched += 1
    if any(old != new for old, new in renumbered.items()):
        _renumber_references(lines, starts, renumbered)
    return "\n".join(ln for i, ln in enumerate(lines) if i not in drop), gold, touched


_REFERENCE = re.compile(r"(?i)\b((?:pkt|punkt)\.?\s*)(\d{1,4})\b")


def _renumber_references(lines: list[str], starts: set[int], renumbered: dict[str, str]) -> None:
    """The item's number where the page names it elsewhere ('Økonomiudvalget, 03-03-2016, pkt. 15'): a page that
    numbers its items 127, 128, … names them so in its decisions' dated lines too."""
    for i, ln in enumerate(lines):
        if i not in starts:
            lines[i] = _REFERENCE.sub(lambda m: m.group(1) + renumbered.get(m.group(2), m.group(2)), ln)


def main(argv: list[str] | None = None) -> int:
    return run_numbered_pages("numberforms", __doc__.split("\n\n")[0], VARIANTS, str.isdigit, rewrite, 15, argv)


if __name__ == "__main__":
    sys.exit(main())
