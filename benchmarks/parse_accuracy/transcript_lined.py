"""Item bodies of the tune pages that keep their lines, printed the way a PDF-viewer site prints a PDF (the site's
frame, 'Transkript', then each PDF page of about 40 lines run onto one line behind its page number, optionally a
running header on each page), with their section and decision headings worded as other councils word them,
scored against the same gold (changed only where the annotation rules count the new shape otherwise).

    PYTHONPATH=src python benchmarks/parse_accuracy/transcript_lined.py [--only NAME] [--out DIR]

Why: on `check` the transcripts find about half of their item sections (30 of 53) and a third of their decisions
(2 of 6), where the pages that keep their lines find most of theirs (sections 184/205, decisions 43/50): the same
kind of text is lost when a viewer runs every PDF page onto one line, so that a heading runs into its text
('Sagsfremstilling Der er …', 'BeslutningGodkendt.') and a heading may fall at a page break, behind the next page's
number or running header. `flattened.py` and `transcript_bodies.py` flatten by characters without the site's
frame; this prints the tune lined pages (70, those with a section, a decision or a case number) as
tests/parse/transcript_page.viewer_text does, by lines a PDF page:

- `plain` 40 lines a page; `short` 12 and `long` 90 lines a page (headings fall at other page breaks);
  `header` 40 lines and the page's first line repeated as a running header ('<title> Side N') on every page;
- running lines as PDFs print them (annotation rules: in no field, so the gold is unchanged): `footer` 'Side N af M'
  ending every page, `dated-header` the committee, the date and 'Side N af M' opening every page after the first,
  `both` the committee and date as header and 'Side N af M' as footer (`both-short` 12 lines a page, so more
  breaks cut a title or a decision), `dated-footer` the committee, date and 'Side N' ending every page;
- section headings in other councils' words (`Redegørelse`, `Sagens indhold`, `Sagsbeskrivelse`,
  `Indstilling fra direktøren`, `Administrationens indstilling`, `Økonomiske konsekvenser`,
  `Bevillingsmæssige konsekvenser`, `Retsgrundlag`), in capitals with a colon (`SAGSFREMSTILLING:`): the gold's
  sections take the new word;
- section headings renamed, consistently within the page, to words the lexicon does not hold (`words-new` all of
  them, `words-half-new` every second distinct one; section_shapes' probe words), as an unseen council words them;
- decision headings as `Beslutning i X den D`, `Xs beslutning D` and `Udvalgets beslutning` (the meeting's own
  committee and date, annotation rules: a heading naming its body by its kind takes the meeting's).

Only pages whose gold has a section, a decision or a case number are used. Each line prints parse-F1 and the body
fields. Built from tune pages only; read it beside `real.py`, never instead of it.
"""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from real import CORPUS, lined_tune_pages, parse_beside_gold, scorer
from section_shapes import VARIANTS as RENAMINGS
from section_shapes import renamed
from transcript_bodies import decision_heading_of, heads, norm, renamer, scored_fields, sections, variant_dirs

from sagsgang.parse.dates import parse_date

Gold = dict
# a variant: (lined page text, gold) -> (text, gold), rendered after it with (lines a page, running header?)
Rewrite = Callable[[str, Gold, bool], tuple[str, Gold]]

FRAME = """{title}

Størrelse: px
Starte visningen fra side:

Download "{title}"

Transkript

{pages}
"""


def render(text: str, per_page: int, header: bool | str = False, gold: Gold | None = None) -> str:
    """The lined page as a PDF viewer's transcript: the frame titled by its first line, then every `per_page`
    lines joined onto one line behind the page's number; with `header`, each page after the first opens with the
    first line and 'Side N' (a running header), or the running lines RUNNING names (from the gold's meeting)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0]
    count = (len(lines) + per_page - 1) // per_page
    pages = []
    for n, at in enumerate(range(0, len(lines), per_page), 1):
        head, foot = _running(header, title, gold or {}, n, count)
        pages.append(f"{n} " + " ".join(head + lines[at: at + per_page] + foot))
    return FRAME.format(title=title, pages="\n\n".join(pages))


# the running lines a PDF prints on its pages, by kind: (head of pages 2.., foot of every page) as format strings
# of the meeting's committee {c}, its date {d} (dd-mm-yyyy), the page {n} and the page count {m}
RUNNING = {
    "footer": ("", "Side {n} af {m}"),
    "dated-header": ("{c} {d} Side {n} af {m}", ""),
    "both": ("{c} {d}", "Side {n} af {m}"),
    "dated-footer": ("", "{c} {d} Side {n}"),
}


def _running(header: bool | str, title: str, gold: Gold, n: int, count: int) -> tuple[list[str], list[str]]:
    if header is True:
        return ([f"{title} Side {n}"] if n > 1 else []), []
    if not header:
        return [], []
    meeting = gold.get("meeting") or {}
    date = meeting.get("date") or ""
    fill = {"c": meeting.get("committee") or title, "d": "-".join(reversed(date.split("-"))), "n": n, "m": count}
    head, foot = (part.format(**fill) for part in RUNNING[str(header)])
    return ([head] if head and n > 1 else []), ([foot] if foot else [])


def _same(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
    return text, gold


def _own_committee() -> Rewrite:
    """Each decision heading of the meeting's own committee on the meeting's date (or a plain 'Beslutning')
    printed 'Udvalgets beslutning': the gold keeps the decision and its 'Beslutning' section (annotation rules)."""
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        meeting = gold.get("meeting") or {}
        own = {(norm(d.get("committee") or ""), d.get("date")) for it in gold.get("items") or []
               for d in it.get("decisions") or []}
        if (norm(meeting.get("committee") or ""), meeting.get("date")) not in own:
            return text, gold
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            s = ln.strip()
            found = decision_heading_of(s)
            if found is None:
                continue
            body, printed = found
            if body and norm(body) != norm(meeting.get("committee") or ""):
                continue
            if printed and parse_date(printed) != meeting.get("date"):
                continue
            lines[i] = "Udvalgets beslutning"
        return "\n".join(lines), copy.deepcopy(gold)
    return variant


def _unknown_words(every: int) -> Rewrite:
    """Every `every`-th distinct case-text heading of the page renamed, the same way in all its items, to a heading
    the lexicon does not hold (section_shapes' probe words, its gold's sections renamed alike): a publisher's own
    words, which only the page's repetition of them tells from its prose."""
    _, shape = RENAMINGS["new-plain"]

    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        return renamed(text, gold, every, shape)
    return variant


def _then(*fns: Rewrite) -> Rewrite:
    def variant(text: str, gold: Gold, transcript: bool) -> tuple[str, Gold]:
        for fn in fns:
            text, gold = fn(text, gold, transcript)
        return text, gold
    return variant


VARIANTS: dict[str, tuple[Rewrite, int, bool | str]] = {
    "plain": (_same, 40, False),
    "short": (_same, 12, False),
    "long": (_same, 90, False),
    "header": (_same, 40, True),
    "words-d": (sections(renamer("Redegørelse", "Resumé", "Indstilling fra direktøren", "Økonomiske konsekvenser")),
                40, False),
    "words-e": (sections(renamer("Sagens indhold", "Sagsresumé", "Administrationens indstilling",
                                  "Bevillingsmæssige konsekvenser")), 40, False),
    "words-f": (sections(renamer("Sagsbeskrivelse", "Resumé", "Indstilling", "Retsgrundlag")), 40, False),
    "caps-colon": (sections(lambda s: s.upper() + ":"), 40, False),
    "head-i-den": (heads("i-den"), 40, False),
    "head-genitive": (heads("genitive"), 40, False),
    "head-udvalgets": (_own_committee(), 40, False),
    "words-d-short": (sections(renamer("Redegørelse", "Resumé", "Indstilling fra direktøren",
                                        "Økonomiske konsekvenser")), 12, True),
    "footer": (_same, 40, "footer"),
    "dated-header": (_same, 40, "dated-header"),
    "both": (_same, 40, "both"),
    "dated-footer": (_same, 25, "dated-footer"),
    "both-short": (_same, 12, "both"),
    "words-new": (_unknown_words(1), 40, False),
    "words-half-new": (_unknown_words(2), 40, False),
}


def _pages() -> list[tuple[Path, Path, str, Gold]]:
    out = [(g, d, t, json.loads(g.read_text(encoding="utf-8"))) for g, d, t in lined_tune_pages(CORPUS)]
    return [p for p in out if any(it.get("sections") or it.get("decisions") or it.get("case_numbers")
                                  for it in p[3].get("items") or [])]


def main(argv: list[str] | None = None) -> int:
    kinds, root, scratch = variant_dirs(argv, __doc__, VARIANTS, "tlined")
    pages = _pages()
    print(f"{len(pages)} lined tune pages with sections, decisions or case numbers, as viewer transcripts", flush=True)
    for kind in kinds:
        rewrite, per_page, header = VARIANTS[kind]
        changed = 0
        for gold_file, doc, text, gold in pages:
            new, new_gold = rewrite(text, gold, False)
            changed += new != text
            page = scratch / kind / doc.name
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(render(new, per_page, header, gold), encoding="utf-8")
            g = scratch / kind / "gold" / gold_file.name
            g.parent.mkdir(parents=True, exist_ok=True)
            g.write_text(json.dumps(new_gold, ensure_ascii=False), encoding="utf-8")
            parse_beside_gold(page, g, root / kind, doc.name)
        res = subprocess.run(scorer(root / kind), capture_output=True, text=True)
        print(f"== {kind} ({changed} rewritten): {scored_fields(res.stdout)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
