"""Robustness to text runs glued together: the tune pages that keep their lines, with a heading, a label or an
item's number run into the text after it with no space and no line break, scored against the same gold.

    PYTHONPATH=src python benchmarks/parse_accuracy/glued.py [--only NAME] [--out DIR] [--split check]

With `--split check` the check pages are glued instead: read their numbers only, as `real.py`'s.

Why: when a PDF or a web page is extracted, a heading and its text are often two runs joined with nothing
between them ('BeslutningGodkendt.', 'Mødested:Rådhuset', '1.Godkendelse af dagsorden'); the annotation
still counts such a heading (spec/annotation-rules.md). The tune pages rarely print it, so `real.py` cannot
show it; an unseen municipality may. Each variant keeps every word (only the space or line break between two
runs goes), and glues only before a capital letter: the evidence a reader has that a new run begins.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable

from real import next_filled, run_lined_variants

from sagsgang.parse.fact_labels import starts_with_label
from sagsgang.parse.headings import PLAIN_DECISION, dated_heading, is_heading

_CAPITAL = re.compile(r"^[A-ZÆØÅ]")


def _is_decision(line: str) -> bool:
    s = line.strip()
    return bool(PLAIN_DECISION.match(s) or dated_heading(s.rstrip(":")))


def _titles_only(line: str) -> bool:
    return not (is_heading(line.strip()) or starts_with_label(line.strip()))


def _glue_next(head: Callable[[str], bool], tail: Callable[[str], bool] = lambda ln: True,
               head_as: Callable[[str], str] = str.rstrip) -> Callable[[str], str]:
    """Each line that `head` accepts joined to the next text line (blank lines between dropped) when that line
    starts with a capital and `tail` accepts it: 'Beslutning' / '' / 'Godkendt.' -> 'BeslutningGodkendt.' (the
    head printed as `head_as` makes it)."""
    def glue(text: str) -> str:
        lines = text.split("\n")
        out: list[str] = []
        k = 0
        while k < len(lines):
            ln = lines[k]
            j = next_filled(lines, k)
            if ln.strip() and head(ln) and j < len(lines) and _CAPITAL.match(lines[j].strip()) \
                    and not head(lines[j]) and tail(lines[j]):
                out.append(head_as(ln.rstrip()) + lines[j].strip())
                k = j + 1
                continue
            out.append(ln)
            k += 1
        return "\n".join(out)
    return glue


def _lines(fn: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(fn(ln) for ln in text.split("\n"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda text: text,
    # a section heading run into its first text line: 'Sagsfremstilling' + 'Byrådet …' -> 'SagsfremstillingByrådet …'
    "headings": _glue_next(lambda ln: is_heading(ln.strip()) and not _is_decision(ln)),
    # a decision heading run into its text: 'Beslutning' + 'Godkendt.' -> 'BeslutningGodkendt.',
    # 'Beslutning i Byrådet den 12-03-2024:' + 'Godkendt.' -> 'Beslutning i Byrådet den 12-03-2024:Godkendt.'
    "decisions": _glue_next(_is_decision),
    # the same with the heading in capitals ('BESLUTNINGGodkendt.') or with its colon ('Sagsfremstilling:Byrådet …')
    "caps-headings": _glue_next(lambda ln: is_heading(ln.strip()), head_as=str.upper),
    "colon-headings": _glue_next(lambda ln: is_heading(ln.strip()) and not ln.rstrip().endswith(":"),
                                 head_as=lambda ln: ln.rstrip() + ":"),
    # a label's colon run into its value: 'Mødested: Rådhuset' -> 'Mødested:Rådhuset', 'Sagsnr.:27.00.00-…'
    "labels": _lines(lambda ln: re.sub(r"^(\s*[A-ZÆØÅ][\wæøåÆØÅ./ -]{1,30}?:)[ \t]+(?=\S)", r"\1", ln)),
    # an item's number run into its title: '1. Godkendelse af dagsorden' -> '1.Godkendelse af dagsorden'
    "numbers-dot": _lines(lambda ln: re.sub(r"^(\s*\d{1,3}\.)[ \t]+(?=[A-ZÆØÅ])", r"\1", ln)),
    # a number alone on its line run into the title below: '1' + 'Godkendelse …' -> '1Godkendelse …' (not into a
    # heading or a label: there the number is a table's cell, '1' / 'Fraværende', no item's)
    "numbers-alone": _glue_next(lambda ln: bool(re.fullmatch(r"\s*\d{1,3}\.?\s*", ln)), _titles_only),
}


def main(argv: list[str] | None = None) -> int:
    return run_lined_variants(VARIANTS, "glued", __doc__.split("\n\n")[0], argv, counted=True)


if __name__ == "__main__":
    sys.exit(main())
