"""Members lists printed in the shapes other councils use: the tune pages whose gold has participants, with the
list reprinted in another shape (lined pages: the list's lines; PDF transcripts: the first page line's head),
scored on meeting.participants (and parse-F1) against the gold, changed as the annotation rules say.

    PYTHONPATH=src python benchmarks/parse_accuracy/member_shapes.py [--only NAME] [--out DIR]

Why: on `check` participants' recall is 0.91 on lined pages and 0.77 on transcripts while tune is ~1.000: an
unseen council prints its members list in a shape the readers do not expect. facts_variants.py and
transcript_facts.py already relabel the list ('Medlemmer', 'Til stede', bullets '•', '(X)' and ', X' parties);
this net moves the entries themselves: no label or an unknown one, 'Last, First', role titles before or after a
name, name-party-role table rows flattened, names with particles, hyphens, apostrophes and foreign letters, a list
run on one line held apart only by its party markers, other bullets and separators. Gold keeps every entry as
printed, with role titles and remarks removed (annotation-rules.md). Each variant is scored on the pages it
changed, beside the same pages unchanged (`base`). Deterministic: no randomness, names renamed by position.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from facts_variants import _participants_at, _replace, _scores, _write
from real import CORPUS, lined_tune_pages, variant_parser
from transcript_facts import _labelled
from transcript_facts import _rewrite as _tx_rewrite
from transcript_variants import transcript_pages

Page = tuple[str, dict]
_PARTIES = "A V C F O Ø B I".split()
_ROLES = ["Formand", "Næstformand", "Borgmester", "Medlem"]
_MARKED = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<p1>[A-ZÆØÅ]{1,3})\)|,\s*(?P<p2>[A-ZÆØÅ]{1,2}))$")


def _split_entry(entry: str, k: int) -> tuple[str, str] | None:
    """(name, party letter) of a gold entry; a party assigned by position when none is printed; None for entries
    that print more than a name and a party (initials, a column letter)."""
    m = _MARKED.match(entry)
    name, party = (m.group("name"), m.group("p1") or m.group("p2")) if m else (entry, _PARTIES[k % len(_PARTIES)])
    if not re.fullmatch(r"[A-ZÆØÅÉ][\w.'’ -]+", name) or len(name.split()) < 2:
        return None
    return name, party


# an entry's printed form and its gold form, from (name, party, position)
Entry = Callable[[str, str, int], tuple[str, str]]
# the printed lines of a lined list, from the printed entries
Block = Callable[[list[str]], list[str]]


def _lined(entry: Entry, block: Block) -> Callable[[str, dict], Page | None]:
    """The lined page's list (its label too) reprinted by `block` of the entries `entry` prints."""
    def variant(text: str, gold: dict) -> Page | None:
        ks = _participants_at(text, gold)
        parts = [_split_entry(e, k) for k, e in enumerate(gold["meeting"]["participants"])] if ks else []
        if not ks or None in parts:
            return None
        printed, golds = zip(*(entry(n, p, k) for k, (n, p) in enumerate(parts)), strict=True)
        g = json.loads(json.dumps(gold))
        g["meeting"]["participants"] = list(golds)
        return _replace(text, ks, ks[0], block(list(printed))), _renamed_absent(g, gold)
    return variant


def _renamed_absent(g: dict, gold: dict) -> dict:
    """Members marked absent stay listed in meeting.absent as printed in the new list (same position)."""
    old = gold["meeting"]["participants"]
    new = g["meeting"]["participants"]
    g["meeting"]["absent"] = [new[old.index(a)] if a in old else a for a in g["meeting"].get("absent") or []]
    return g


def _transcript(entry: Entry, joined: Callable[[list[str]], str], label: str = "Deltagere"
                ) -> Callable[[str, dict], Page | None]:
    """The transcript's head rebuilt (transcript_facts' labelled head) with the members printed by `entry`, joined
    by `joined` after `label` (none when empty)."""
    def variant(text: str, gold: dict) -> Page | None:
        ps = (gold.get("meeting") or {}).get("participants") or []
        parts = [_split_entry(e, k) for k, e in enumerate(ps)]
        if len(ps) < 3 or None in parts or (gold["meeting"].get("absent")):
            return None
        printed, golds = zip(*(entry(n, p, k) for k, (n, p) in enumerate(parts)), strict=True)
        members = f"{label}: {joined(list(printed))}" if label else joined(list(printed))

        def shape(f: dict) -> str:
            return _labelled()(f | {"members": []}) + " " + members
        got = _tx_rewrite(shape)(text, gold)  # (the head found by the gold as printed before)
        if got is None:
            return None
        got[1]["meeting"]["participants"] = list(golds)
        return got
    return variant


def _marked(n: str, p: str, k: int) -> tuple[str, str]:
    return f"{n} ({p})", f"{n} ({p})"


def _bare(n: str, p: str, k: int) -> tuple[str, str]:
    return n, n


def _last_first(n: str, p: str, k: int) -> tuple[str, str]:
    words = n.split()
    printed = f"{words[-1]}, {' '.join(words[:-1])} ({p})"
    return printed, printed


def _with_role(form: str) -> Callable[[str, str, int], tuple[str, str]]:
    """A member printed with a role title by `form` ('{role}' as printed, '{low}' in small letters, around '{n}
    ({p})'); the gold keeps the name and party only (annotation rules: role titles are removed)."""
    def entry(n: str, p: str, k: int) -> tuple[str, str]:
        role = _ROLES[min(k, 3)]
        return form.format(n=n, p=p, role=role, low=role.lower()), f"{n} ({p})"
    return entry


_role_before = _with_role("{role} {n} ({p})")
_role_colon = _with_role("{role}: {n} ({p})")
_role_after = _with_role("{n} ({p}), {low}")
_role_dash_after = _with_role("{n} ({p}) - {low}")


def _table_row(n: str, p: str, k: int) -> tuple[str, str]:
    """A name | party | role table row, flattened with spaces: the party column kept, the role dropped."""
    return f"{n} {p} {_ROLES[min(k, 3)]}", f"{n} {p}"


def _dash_party(n: str, p: str, k: int) -> tuple[str, str]:
    return f"{n} - {p}", f"{n} - {p}"


# names other than the corpus's common Danish ones, given by position (a particle, a hyphen, an apostrophe,
# letters from other alphabets)
_FIRST = ["Jens", "Marie", "Anne-Mette", "Zoë", "Mehmet", "Ahmed", "Jean-Luc", "Hülya", "Séverine", "Bjørn",
          "Niels Ib", "Ida Marie"]
_LAST = ["von Holstein", "de Fine Licht", "O'Neill", "Müller-Østergaard", "Çelik", "El Amrani", "van der Berg",
         "Öztürk", "Dubois", "Ulvæus", "d'Almeida", "la Cour", "Şahin"]


def _foreign(n: str, p: str, k: int) -> tuple[str, str]:
    name = f"{_FIRST[k % len(_FIRST)]} {_LAST[k % len(_LAST)]}"  # 12 x 13: no name twice in a list of 156
    return f"{name} ({p})", f"{name} ({p})"


def _own_comma(n: str, p: str, k: int) -> tuple[str, str]:
    return f"{n}, ({p})", f"{n}, ({p})"


def _lower_role_before(n: str, p: str, k: int) -> tuple[str, str]:
    role = ["borgmester", "rådmand", "medlem"][min(k, 2)]
    return f"{role} {n} ({p})", f"{n} ({p})"


def _role_of(n: str, p: str, k: int) -> tuple[str, str]:
    return (f"{n} ({p}), formand for udvalget" if k == 0 else f"{n} ({p})"), f"{n} ({p})"


def _substitute(n: str, p: str, k: int) -> tuple[str, str]:
    """Every third member a substitute, with whom it came for after its name (a remark the gold drops)."""
    remark = [" - suppleant for Kurt Berg", " mødte for Kaj Ring (C)", ""][k % 3]
    return f"{n} ({p}){remark}", f"{n} ({p})"


def _role_line(before: bool) -> Entry:
    """The officers' roles (the first three members') on a line of their own above or below the member, as a
    site's members table prints its role column one cell a line; the other members print none."""
    def entry(n: str, p: str, k: int) -> tuple[str, str]:
        if k > 2:
            return f"{n} ({p})", f"{n} ({p})"
        role = _ROLES[k]
        return (f"{role}\n{n} ({p})" if before else f"{n} ({p})\n{role}"), f"{n} ({p})"
    return entry


_role_line_before, _role_line_after = _role_line(True), _role_line(False)


def _no_party(n: str, p: str, k: int) -> tuple[str, str]:
    """Every third member outside any party, marked where the party stands: the marker is printed as a party is,
    and the gold keeps it (annotation rules: each entry as printed, party marker included)."""
    marker = f"({p})" if k % 3 else "(Løsgænger)"
    return f"{n} {marker}", f"{n} {marker}"


def _marked_absent(mark: str) -> Entry:
    """Every fourth member marked absent after the name by `mark` (the gold keeps the member, without the mark, and
    lists it in meeting.absent: annotation rules); the absentees are found again by _with_absent."""
    def entry(n: str, p: str, k: int) -> tuple[str, str]:
        return (f"{n} ({p}){mark}" if k % 4 == 1 else f"{n} ({p})"), f"{n} ({p})"
    return entry


def _with_absent(variant: Callable[[str, dict], Page | None], mark: str) -> Callable[[str, dict], Page | None]:
    """`variant`'s page, with the members its list marks absent (`mark` after the name) in meeting.absent too."""
    def marked(text: str, gold: dict) -> Page | None:
        got = variant(text, gold)
        if got is None:
            return None
        page, g = got
        printed = [ln.strip() for ln in page.splitlines() if ln.strip().endswith(mark.strip())]
        absent = [e[: -len(mark)] for e in printed if e[: -len(mark)] in g["meeting"]["participants"]]
        g["meeting"]["absent"] = list(dict.fromkeys((g["meeting"].get("absent") or []) + absent))
        return page, g
    return marked


def _with_staff(variant: Callable[[str, dict], Page | None]) -> Callable[[str, dict], Page | None]:
    """`variant`'s page with a staff list after the members ('Desuden deltog: Økonomichef Lise Krog, …'): its
    people are participants too, without their titles (annotation rules: the header's lists as printed, role titles
    removed)."""
    staff = [("Kommunaldirektør", "Ib Holmgaard"), ("Økonomichef", "Lise Krogsbøl"), ("Centerchef", "Ole Vang")]

    def with_staff(text: str, gold: dict) -> Page | None:
        got = variant(text, gold)
        if got is None:
            return None
        page, g = got
        lines = page.split("\n")
        last = max(k for k, ln in enumerate(lines) if ln.strip() and ln.strip() in g["meeting"]["participants"])
        lines.insert(last + 1, "Desuden deltog: " + ", ".join(f"{t} {n}" for t, n in staff))
        g["meeting"]["participants"] = g["meeting"]["participants"] + [n for _t, n in staff]
        return "\n".join(lines), g
    return with_staff


def _lines(label: str = "", bullet: str = "") -> Block:
    return lambda es: [*([label] if label else []), *(f"{bullet}{e}" for e in es)]


def _one_line(label: str, sep: str) -> Block:
    return lambda es: [f"{label} {sep.join(es)}".strip()]


def _sentence(lead: str) -> Block:
    """The members as one sentence after its lead ('Mødet blev overværet af A, B og C.')."""
    return lambda es: [f"{lead} {', '.join(es[:-1])} og {es[-1]}." if len(es) > 1 else f"{lead} {es[0]}."]


VARIANTS: dict[str, Callable[[str, dict], Page | None]] = {
    # lined pages: one a line, without a label, under a label the reader does not know, without parties
    "lined-nolabel-marked": _lined(_marked, _lines()),
    "lined-unknown-label": _lined(_marked, _lines("Udvalgets sammensætning:")),
    "lined-unknown-label-bare": _lined(_bare, _lines("Politikere")),
    "lined-last-first": _lined(_last_first, _lines("Deltagere:")),
    "lined-role-before": _lined(_role_before, _lines("Deltagere:")),
    "lined-role-colon": _lined(_role_colon, _lines("Deltagere:")),
    "lined-role-after": _lined(_role_after, _lines("Deltagere:")),
    "lined-role-dash-after": _lined(_role_dash_after, _lines("Deltagere:")),
    "lined-table-rows": _lined(_table_row, _lines("Deltagere:")),
    "lined-dash-party": _lined(_dash_party, _lines("Deltagere:")),
    "lined-foreign-names": _lined(_foreign, _lines("Deltagere:")),
    "lined-markers-only": _lined(_marked, _one_line("Deltagere:", " ")),
    "lined-semicolons": _lined(_marked, _one_line("Deltagere:", "; ")),
    "lined-bullet-dash": _lined(_marked, _lines("Deltagere:", "- ")),
    "lined-bullet-star": _lined(_marked, _lines("Deltagere:", "* ")),
    "lined-bullet-square": _lined(_marked, _lines("Deltagere:", "▪ ")),
    "lined-bullet-o": _lined(_marked, _lines("Deltagere:", "o ")),
    "lined-bullet-arrow": _lined(_marked, _lines("Deltagere:", "➢ ")),
    # one line under a label of the page's own; other separators; a party after its own comma; remarks after names
    "lined-own-label-line": _lined(_marked, _one_line("Byrådsmedlemmer:", ", ")),
    "lined-own-label-above": _lined(_marked, lambda es: ["Politiske deltagere:", ", ".join(es)]),
    "lined-bars": _lined(_marked, _one_line("Deltagere:", " | ")),
    "lined-slashes": _lined(_marked, _one_line("Deltagere:", " / ")),
    "lined-party-own-comma": _lined(_own_comma, _one_line("Deltagere:", ", ")),
    "lined-lower-role-before": _lined(_lower_role_before, _one_line("Til stede:", ", ")),
    "lined-role-of": _lined(_role_of, _lines("Deltagere:")),
    "lined-substitute-for": _lined(_substitute, _lines("Deltagere:")),
    "lined-substitute-for-comma": _lined(_substitute, _one_line("Deltagere:", ", ")),
    # a role on a line of its own, members outside any party, members marked absent in the list, a staff list after
    "lined-role-line-before": _lined(_role_line_before, _lines("Deltagere:")),
    "lined-role-line-after": _lined(_role_line_after, _lines("Deltagere:")),
    "lined-no-party": _lined(_no_party, _lines("Deltagere:")),
    "lined-no-party-comma": _lined(_no_party, _one_line("Deltagere:", ", ")),
    "lined-marked-minus": _with_absent(_lined(_marked_absent(" ÷"), _lines("Deltagere:")), " ÷"),
    "lined-marked-ikke-mødt": _with_absent(_lined(_marked_absent(" - ikke mødt"), _lines("Deltagere:")),
                                           " - ikke mødt"),
    "lined-staff-after": _with_staff(_lined(_marked, _lines("Deltagere:"))),
    # the list said in a sentence, the verb of attending before it ('I mødet deltog A, B og C.') or its passive
    # ('Mødet blev overværet af A, B og C.')
    "lined-prose-deltog": _lined(_marked, _sentence("I mødet deltog")),
    "lined-prose-overvaeret": _lined(_marked, _sentence("Mødet blev overværet af")),
    # transcripts: the head's list in the same shapes, on the page line
    "tx-nolabel-marked": _transcript(_marked, ", ".join, label=""),
    "tx-unknown-label": _transcript(_marked, ", ".join, label="Udvalgets sammensætning"),
    "tx-role-before": _transcript(_role_before, ", ".join),
    "tx-role-after": _transcript(_role_dash_after, " ".join),
    "tx-table-rows": _transcript(_table_row, " ".join),
    "tx-foreign-names": _transcript(_foreign, ", ".join),
    "tx-markers-only": _transcript(_marked, " ".join),
    "tx-semicolons": _transcript(_marked, "; ".join),
    "tx-bullets": _transcript(_marked, lambda es: " ".join(f"▪ {e}" for e in es)),
    "tx-dash-party": _transcript(_dash_party, ", ".join),
    "tx-own-label": _transcript(_marked, ", ".join, label="Byrådsmedlemmer"),
    "tx-party-own-comma": _transcript(_own_comma, ", ".join),
    "tx-substitute-for": _transcript(_substitute, ", ".join),
    "tx-no-party": _transcript(_no_party, ", ".join),
    "tx-no-party-run-on": _transcript(_no_party, " ".join),
}


def _pages(kind: str) -> list[tuple[str, str, dict]]:
    """(name, text, gold) of the tune pages the variant family reads: lined pages or transcripts."""
    if kind.startswith("tx-"):
        return [(doc.name, text, tree) for _g, doc, text, tree in transcript_pages("tune")]
    return [(doc.name, text, json.loads(g.read_text(encoding="utf-8"))) for g, doc, text in lined_tune_pages(CORPUS)]


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS, keeps="pages, gold and predictions")
    args = ap.parse_args(argv)
    kinds = args.only or list(VARIANTS)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-members-"))
    print(f"{'variant':28} {'pages':>5}  {'parse-F1 base/var':>17}  participants: base -> variant (ok/gold/pred)")
    for kind in kinds:
        n = 0
        for name, text, gold in _pages(kind):
            got = VARIANTS[kind](text, gold)
            if not got or got[0] == text:
                continue
            n += 1
            base = _tx_rewrite(_labelled())(text, gold) if kind.startswith("tx-") else (text, gold)
            if base is None:
                continue
            _write(root / kind / "base", name, *base)
            _write(root / kind / "var", name, *got)
        if not n:
            print(f"{kind:28} {0:>5}  (applies to no page)")
            continue
        b, v = _scores(root / kind / "base"), _scores(root / kind / "var")
        f = "meeting.participants"
        print(f"{kind:28} {n:>5}  {b.get('parse-F1', '-'):>8}/{v.get('parse-F1', '-'):<8}  "
              f"{b.get(f, '-')} -> {v.get(f, '-')}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
