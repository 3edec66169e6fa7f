"""Section headings no lexicon knows, run into their text: the tune transcripts (pages holding a line 'Transkript')
and the tune pages that keep their lines flattened as `flattened.py` flattens them, each section heading that is
not a decision's renamed to an invented word (the same word for the same heading wherever it is printed, so a
page's items share their new headings as a publisher's do), scored against the gold renamed alike.

    PYTHONPATH=src python benchmarks/parse_accuracy/runin_sections.py [--only NAME] [--out DIR]

Why: on `check` the transcripts find 30 of their 53 item sections, all 30 right: an unseen publisher's headings
are words the lexicon does not hold, and on a flattened page nothing but the word marks a heading. The page's own
evidence can: a publisher prints the same headings item after item, each after a finished sentence and before
its text (flat_run_labels.run_labels reads that on runs of 300 characters or more; entry_heads.repeated_heads the
first heading after an item's header). Where all of a page's case-text headings are unseen, the known ones that
frame them (`Sagsfremstilling`, `Indstilling`) are gone too, so this is the hard end: read `plain` beside it.
These variants print headings only that evidence can find:

- `one-word`: invented single words (`Sagsgrundlag`, `Fagnotat`, `Hovedtræk`, …);
- `two-words`: invented phrases of two or three words (`Fagligt skøn`, `Grundlag for sagen`, …);
- `caps`: the `one-word` names in capitals.

A page's headings take the names in the order its gold first names them (two headings never share one), so the
first heading of every page gets the list's first name.

Only pages whose gold has a section other than a decision's are used; excerpts are short, so most pages show
one item's body and only some two or more (repetition needs two). Each line prints, for the transcripts (T) and
the flattened pages (F), parse-F1 and the body fields. Read it beside `real.py`, never instead of it.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

from transcript_bodies import _DECISION_NAMES, Gold, Variant, _pages, _run, norm, sections, variant_dirs

_ONE = ("Sagsgrundlag", "Fagnotat", "Hovedtræk", "Tidsforløb", "Overvejelser", "Sagsnotat", "Hovedpunkter",
        "Forankring")
_TWO = ("Fagligt skøn", "Grundlag for sagen", "Nærmere redegørelse", "Tiltag og effekt", "Sagens grundlag",
        "Forvaltningens oplæg", "Videre tiltag", "Lokale hensyn")


def invented(names: tuple[str, ...], shape: Callable[[str], str] = lambda s: s) -> Variant:
    """Each non-decision heading of a page to the next of `names` in the order the page's gold first names them:
    the same heading gets the same new name on every item of the page, two headings never the same one."""
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        seen = [s for it in gold.get("items") or [] for s in it.get("sections") or [] if norm(s) not in _DECISION_NAMES]
        order = list(dict.fromkeys(seen))
        to = {s: shape(names[k % len(names)]) for k, s in enumerate(order)}
        return sections(to.get)(text, gold, transcript)
    return variant


VARIANTS: dict[str, Variant] = {
    "plain": lambda text, gold, transcript: (text, gold),
    "one-word": invented(_ONE),
    "two-words": invented(_TWO),
    "caps": invented(_ONE, str.upper),
}


def main(argv: list[str] | None = None) -> int:
    kinds, root, scratch = variant_dirs(argv, __doc__, VARIANTS, "runin")
    pages = [p for p in _pages() if any(norm(s) not in _DECISION_NAMES for it in p[3].get("items") or []
                                        for s in it.get("sections") or [])]
    print(f"{sum(p[4] for p in pages)} tune transcripts and {sum(not p[4] for p in pages)} lined tune pages "
          "(flattened) with a section other than a decision's", flush=True)
    for kind in kinds:
        changed, line = _run(kind, pages, root, scratch, VARIANTS)
        print(f"== {kind} ({changed} changed): {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
