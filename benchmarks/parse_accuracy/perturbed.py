"""Robustness to how a page is typed: the tune pages that keep their lines, each changed in one way
that changes no word (non-breaking spaces, tabs, Windows line ends, capitals, page footers, lines
broken by the page's width, labels dropped, soft hyphens, symbol-font bullets, …), scored against the same gold.

    PYTHONPATH=src python benchmarks/parse_accuracy/perturbed.py [--only NAME] [--out DIR] [--split check]

With `--split check` the check pages are retyped instead: read their numbers only, as `real.py`'s.

Why: `check` may not be studied one by one, yet an unseen municipality differs from the tune pages
first in such typing: its site's editor puts a tab after an item's number or a non-breaking space
inside a date, its export keeps Windows line ends. Each variant keeps the words, so every point lost
against the plain pages is the parser depending on typing it should not. Read it beside `real.py`.
"""
from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Callable

from real import run_lined_variants

from sagsgang.parse.fact_labels import FIELD_OF, cased_alternation
from sagsgang.parse.lines import is_heading


def _lines(fn: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(fn(ln) for ln in text.split("\n"))


def _hyphenated(line: str, width: int) -> list[str]:
    """`line` broken at `width`, a word of 10 letters or more that would cross the edge split by a hyphen."""
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            room = width - len(cur) - 2
            if len(word) >= 10 and word.isalpha() and room >= 4 and len(word) - room >= 4:
                out.append(f"{cur} {word[:room]}-")
                cur = word[room:]
                continue
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return [*out, cur] if cur or out else []


_MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()


def _run_in(text: str) -> str:
    """Each section heading printed with a colon on a line of its own joined to the first line of its text
    ('INDSTILLING:' / 'Der er ikke modtaget afbud' -> 'INDSTILLING: Der er ikke modtaget afbud')."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        nxt = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
        if ln.strip().endswith(":") and is_heading(ln.strip()) and nxt is not None \
                and not is_heading(lines[nxt].strip()) and not lines[nxt].strip().endswith(":"):
            out.append(f"{ln.rstrip()} {lines[nxt].strip()}")
            k = nxt + 1
            continue
        out.append(ln)
        k += 1
    return "\n".join(out)


def _long_date(m: re.Match[str]) -> str:
    """'12-03-2024' as 'tirsdag den 12. marts 2024' would be printed, weekday left out."""
    day, month = int(m.group(1)), int(m.group(2))
    return f"{day}. {_MONTHS[month - 1]} {m.group(3)}" if 1 <= month <= 12 else m.group(0)


_ITEM_LABELS = ["sags nr.", "sagsnummer", "j.nr.", "dok.nr.", "bilag", "beslutning", "indstilling", "sagsfremstilling",
                "resumé", "sagsforløb", "økonomi", "høring"]
# a label of the meeting's facts ('Mødedato', 'Fraværende') or of an item's ('Sagsnr.', 'Bilag', 'Beslutning') and
# its colon, at a line's start or after a space
_LABEL_COLON = re.compile(rf"(?<![^\s|])({cased_alternation([*FIELD_OF, *_ITEM_LABELS])}):")


def _tracked(word: str) -> str:
    """A word set with character spacing as an extractor gives it: a word of letters glyph by glyph, its hyphen,
    slash or colon too ('Mødedato:' -> 'M ø d e d a t o :', 'Børne-' -> 'B ø r n e -'); a word with a digit (a
    date, a number) as printed, and a one-letter word ('i') as it is."""
    letters = sum(c.isalpha() for c in word)
    return " ".join(word) if letters >= 2 and not any(c.isdigit() for c in word) else word


def _letter_spaced(line: str) -> str:
    """The display text of a line set with tracking, each word spaced letter by letter and the words three spaces
    apart (a space's width plus the tracking): a section heading's line, a line printed alone in capitals (the
    document's kind, the committee's name) and a meeting's or an item's label at the line's start with its colon
    (its value after the same gap, in the body font)."""
    s = line.strip()
    lead = line[:len(line) - len(line.lstrip())]
    if s and (is_heading(s) or s.isupper() and any(sum(c.isalpha() for c in w) >= 3 for w in s.split())):
        return lead + "   ".join(_tracked(w) for w in s.split())
    m = re.match(rf"({cased_alternation([*FIELD_OF, *_ITEM_LABELS])}):\s*", s)
    if m:
        label = "   ".join(_tracked(w) for w in (m.group(1) + ":").split())
        return lead + label + ("   " + s[m.end():] if s[m.end():] else "")
    return line


_LIGATURES = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02"}


VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda text: text,
    # every space a non-breaking one: what an HTML editor's &nbsp; leaves in exported text
    "nbsp": lambda text: text.replace(" ", "\xa0"),
    # the space after a leading number a tab: a word processor's numbered list saved as text
    "tab": _lines(lambda ln: re.sub(r"^(\s*\d+\.?) (?=\S)", lambda m: m.group(1) + "\t", ln)),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "indent": _lines(lambda ln: "    " + ln if ln.strip() else ln),
    "trailing": _lines(lambda ln: ln + "  " if ln.strip() else ln),
    "spaced": lambda text: re.sub(r"\n+", "\n\n", text),
    "dense": lambda text: re.sub(r"\n\s*\n", "\n", text),
    # section headings ('Sagsfremstilling', 'Beslutning') in capitals, or with a colon: how many PDFs print them
    "caps-headings": _lines(lambda ln: ln.upper() if is_heading(ln.strip()) else ln),
    "colon-headings": _lines(lambda ln: ln.rstrip() + ":" if is_heading(ln.strip()) and not ln.rstrip().endswith(":")
                             else ln),
    # a label in capitals ('MØDEDATO:', 'FRAVÆRENDE:', 'SAGSNR.:') and an item's title in capitals
    "caps-labels": _lines(lambda ln: re.sub(r"^(\s*)([A-ZÆØÅ][\wæøåÆØÅ. \-]{2,30}?)(\s*:)",
                                            lambda m: m.group(1) + m.group(2).upper() + m.group(3), ln)),
    "caps-titles": _lines(lambda ln: re.sub(r"^(\d{1,3}\.\s+)([A-ZÆØÅ].*)$", lambda m: m.group(1) + m.group(2).upper(),
                                            ln)),
    # dates and times written another common way: '12-03-2024' as '12.03.2024', 'kl. 16:00' as 'kl. 16.00'
    "dotted-dates": lambda text: re.sub(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", r"\1.\2.\3", text),
    "long-dates": lambda text: re.sub(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", _long_date, text),
    # a label's comma list of names printed one name a line under the label (an HTML list)
    "listed-names": _lines(lambda ln: re.sub(
        r"^(\s*(?:Deltagere|Mødedeltagere|Medlemmer|Fraværende|Afbud)\s*:?)\s*(\S[^,]*(?:,\s*[^,]+)+)$",
        lambda m: m.group(1).rstrip(":") + "\n" + "\n".join(n.strip() for n in m.group(2).split(",")), ln)),
    "dotted-times": lambda text: re.sub(r"\b(kl\.?\s*\d{1,2}):(\d{2})\b", r"\1.\2", text, flags=re.IGNORECASE),
    # lines broken at 70 characters, as a PDF's column breaks them (a continuation indented like its line)
    "wrapped": _lines(lambda ln: "\n".join(textwrap.wrap(ln, 70, subsequent_indent=re.match(r"\s*", ln).group(),
                                                          break_long_words=False, break_on_hyphens=False)) or ln),
    # a PDF's page footer every 20 lines ('Side 3 af 9'), wherever it falls
    "page-footers": lambda text: "\n".join(
        ln + (f"\n\nSide {k // 20 + 1} af 9\n" if k % 20 == 19 else "") for k, ln in enumerate(text.split("\n"))),
    # the same with a running header above the footer: a committee and a date
    "running-heads": lambda text: "\n".join(
        ln + (f"\n\nØkonomiudvalget 12-03-2024\nSide {k // 20 + 1} af 9\n" if k % 20 == 19 else "")
        for k, ln in enumerate(text.split("\n"))),
    # wrapped at 70 with a long word hyphenated across the break ('bevil-' / 'lingen'), as typeset PDFs do
    "hyphenated": _lines(lambda ln: "\n".join(_hyphenated(ln, 70)) or ln),
    # other labels of the same facts ('Afbud:' for 'Fraværende:', 'Sags nr.' for 'Sagsnr.')
    "synonyms": lambda text: re.sub(r"(?m)^(\s*)Fraværende:", r"\1Afbud:",
                                    re.sub(r"(?m)^(\s*)Sagsnr\.:?", r"\1Sags nr.:", text)),
    # an item's number closed by a parenthesis or a dash ('12) Title', '12 - Title')
    "paren": _lines(lambda ln: re.sub(r"^(\s*\d{1,3})\.\s+(?=\S)", r"\1) ", ln)),
    "dash": _lines(lambda ln: re.sub(r"^(\s*\d{1,3})\.\s+(?=\S)", r"\1 - ", ln)),
    "en-dash": _lines(lambda ln: re.sub(r"^(\s*\d{1,3})\.\s+(?=\S)", r"\1 – ", ln)),
    # an item's label dropped ('Pkt. 102 Title' -> '102. Title'): a site that numbers its items bare
    # a heading and the first line of its text printed on one line ('INDSTILLING: Der er ikke modtaget afbud')
    "run-in": _run_in,
    "unlabelled": _lines(lambda ln: re.sub(r"^(\s*)(?:Punkt|Pkt\.|Sag nr\.|Dagsordenspunkt)\s*(\d{1,3})\s*[.:]?\s+",
                                          r"\1\2. ", ln)),
    # characters that print as nothing or as a line break, left by a CMS or a word processor: a soft hyphen (&shy;)
    # and a zero-width space inside long words, Word's line separator (U+2028) for line ends, and list bullets typed
    # in the Symbol font (private-use U+F0B7) for '-' / '•'
    "soft-hyphens": lambda text: re.sub(r"(\w{5})(?=\w{5})", "\\1\u00ad", text),
    "zero-width": lambda text: re.sub(r"(\w{4})(?=\w{4})", "\\1\u200b", text),
    "line-separators": lambda text: text.replace("\n", "\u2028"),
    "symbol-bullets": lambda text: re.sub(r"(?m)^(\s*)[-•](?=\s)", "\\1\uf0b7", text),
    # a space before a label's colon ('Mødedato : 12-03-2024', 'Fraværende : …'): Word templates and hand-typed
    # covers (the French habit of a word processor's autocorrect), for every label the page prints
    "spaced-colons": lambda text: re.sub(_LABEL_COLON, r"\1 :", text),
    # the minus sign (U+2212) typed for every dash: between numbers ('12−03−2024', 'kl. 16.00−18.00'), spaced
    # ('Punkt 3 − Title', '(A) − formand') and for each en dash; a figure dash (U+2012) between numbers only
    "minus-signs": lambda text: re.sub(r"(?<=\d)[-\u2013](?=\d)|(?<= )[-\u2013](?= )", "\u2212", text),
    "figure-dashes": lambda text: re.sub(r"(?<=\d)[-\u2013](?=\d)", "\u2012", text),
    # Word's non-breaking hyphen (U+2011) in every date and number range, typed to keep them on one line
    "nonbreaking-hyphens": lambda text: re.sub(r"(?<=\d)-(?=\d)", "\u2011", text),
    # headings, labels and lines printed in capitals set with character spacing (tracking), as a PDF extractor gives
    # them letter by letter ('R e f e r a t', 'D e l t a g e r e :   …'): display type a publisher letter-spaces;
    # body text keeps its words (see _letter_spaced)
    "letter-spaced": _lines(_letter_spaced),
    # the en dash (U+2013) typeset for every hyphen between numbers ('12–05–2023', 'kl. 16.00–18.00', '2022–2025',
    # case numbers '00.01.00–A00–1–23'), as a publisher's autocorrect or style sheet sets ranges
    "en-dash-numbers": lambda text: re.sub(r"(?<=\d)-(?=\d)", "\u2013", text),
    # a spaced em dash (U+2014) for every spaced hyphen or en dash ('Punkt 3 — Title', 'kl. 16.00 — 18.00'): the
    # separator a house style or a word processor's autocorrect ('--') sets
    "em-dash-spaced": lambda text: re.sub(r"(?<= )[-\u2013](?= )", "\u2014", text),
    # every colon a full-width one (U+FF1A): text typed with an East Asian input method or font fallback
    "fullwidth-colons": lambda text: text.replace(":", "\uff1a"),
    # 'ff', 'fi', 'fl' as the ligature characters (U+FB00-FB02) a PDF font's glyphs extract to
    "ligatures": lambda text: re.sub("ff|fi|fl", lambda m: _LIGATURES[m.group(0)], text),
}


def main(argv: list[str] | None = None) -> int:
    return run_lined_variants(VARIANTS, "perturbed", __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
