"""Contents lists in the PDF-transcript form: real meetings' item lists (the Greve FirstAgenda publications) printed
the way a PDF viewer site prints a contents page (the whole list run onto one line behind its page number), in the
shapes real contents pages take, scored on items, titles and status only.

    PYTHONPATH=src python benchmarks/parse_accuracy/transcript_contents.py [--only SHAPE] [--meetings N]
        [--show N] [--greve dev|held|all] [--out DIR]

Why: on `check` the transcripts lose a fifth of their items and cut a quarter of their titles wrong, and `check`
may not be read page by page. What the transcripts' contents lines share is known from `tune`: a number, a title
and a page number per entry, all run together, with column heads (`Pkt. Tekst Side`, `Sag nr.`), case numbers,
open/closed marks, and the first item's body on the next page line repeating the first title. Each shape below
keeps the same titles and changes one of these, so a loss beside `stops` (the plainest print) is that shape's:

- `stops`      '1. Title 3 2. Title 5 …' (page numbers glued to the end of each title)
- `bare`       '1 Title 3 2 Title 5 …' (numbers without a full stop)
- `heads`      'Pkt. Tekst Side 1 Title 3 …' (column heads before the first row)
- `casenos`    'Sag nr. Side 1. Title 21-014448 3 …' (the case number between title and page)
- `marks`      'Åben 1 Title 3 Lukket 2 Title 5' (each row opens with its status)
- `closed`     closed rows printed without a title ('7. Lukket punkt 12')
- `offset`     numbers that run on from earlier meetings ('148. Title 3 149. Title 5 …')
- `restart`    open items 1 … n, then 'Lukkede punkter' numbered from 1 again
- `columns`    the table's columns printed one after the other ('1 2 3 Title Title Title 3 5 7')
- `paged`      the list runs over two page lines, the second opening with the page's head
- `lost`       the item numbers lost, the pages kept ('Title 3 Title 5 …'): the pages part the titles
- `first`      only the first number kept, no pages ('1. Title Title Title …'): the words alone part the titles
- `digits`     every digit lost, in the titles too ('Budget - samlet oversigt Lokalplan nr. …')
- `inner`      bare numbers, and every second title ends in a small number of its own ('2 Lokalplan nr. 7 5 3 …')
- `samepage`   the first item's body on the list's own page line ('… 8. Eventuelt 14 1. Godkendelse af … Sagsnr. …')
- `wrapped`    a long title wraps in its cell, the page printed beside its first line ('1. Status på sygedagpenge i 3
               lyset af Covid-19 2. …'): the page number stands mid-title
- `pagefirst`  the page column printed first ('Side Pkt. Tekst 3 1. Title 5 2. Title …')
- `punkt`      each number behind its label ('Punkt 1 Title 3 Punkt 2 …', 'Pkt. 1. Title 3 …')
- `tails`      closed rows marked after their title ('7. Salg af grund (Lukket) 12', '… - Lukket punkt 12')
- `twolists`   two meetings' lists on one page line, the second committee's name and date between them, each
               numbered from 1

The gold follows annotation-rules.md: each entry an item with its number as printed and its title without marks;
a closed row is public false ('Lukket punkt' its title when that is all it prints); where the shape prints no status
column, a closed row prints its marker before its title ('Lukket: Salg af grund'), which the title leaves out. The
first item's body is printed after the list as '1. Title Sagsnr. … Sagsfremstilling …', which is no new item. A
regression net built from ONE municipality's titles, not the measure: `check` (real.py) is.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from real import parse_beside_gold, scorer
from transcribed import GREVE, Item, _no_digits, load

SHAPES = ("stops", "bare", "heads", "casenos", "marks", "closed", "offset", "restart", "columns", "paged", "lost",
          "first", "digits", "samepage", "inner", "wrapped", "pagefirst", "punkt", "tails", "twolists")
FRAME = "{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"{title}\"\n\nTranskript\n\n{pages}\n"
MAX_ITEMS = 12  # a contents page's worth: the excerpts are cut near 2,000 characters
_BACK = {"Underskriftsark", "Underskriftsside", "Underskriftsblad", "Bilagsoversigt", "Bilagsliste"}
_BODY = ("Sagsnr.: {case} Sagsfremstilling Administrationen har udarbejdet et notat om sagen. Indstilling "
         "Administrationen indstiller, at sagen tages til efterretning.")

Entry = tuple[str | None, str | None, bool]  # number as printed, title, public


def _rows(items: list[Item], shape: str, rnd: random.Random) -> tuple[list[str], list[Entry]]:
    """The contents line's pieces and the entries they print."""
    pieces: list[str] = []
    gold: list[Entry] = []
    page = 3
    base = rnd.randint(40, 180) if shape == "offset" else 0
    closed_k = [k for k, it in enumerate(items) if it.closed]
    if shape in ("closed", "restart", "marks", "tails") and not closed_k:
        closed_k = [len(items) - 2, len(items) - 1]  # this meeting closed nothing: its last two rows are
    number = 0
    restarted = False
    row_label = ""
    for k, it in enumerate(items):
        closed = k in closed_k
        if shape == "restart" and closed and not restarted:
            pieces.append("Lukkede punkter")
            restarted, number = True, 0
        # every row under the group heading is printed closed, an open item placed there too (annotation rules:
        # the status as printed), so the gold says so
        closed = closed or restarted
        number += 1
        num = str(base + number)
        title = it.title
        if shape == "closed" and closed:
            title = "Lukket punkt"
        if shape == "digits":
            title = _no_digits(title)
        if shape == "inner" and k % 2:
            title = f"{title.rstrip('.')} - {rnd.choice(('Lokalplan nr.', 'etape', 'tillæg nr.'))} {rnd.randint(1, 20)}"
        row = []
        if shape == "marks":
            row.append("Lukket" if closed else "Åben")
        if shape == "pagefirst":
            row.append(str(page))
        if shape == "punkt":
            row.append(rnd.choice(("Punkt", "Pkt.")) if not k else row_label)
            row_label = row_label if k else row[-1]
        lost = shape in ("lost", "digits") or shape == "first" and k > 0
        if not lost:
            row.append(num if shape in ("bare", "heads", "marks", "inner") else num + ".")
        # a closed row the shape prints no status for carries its marker ('Lukket: Salg af grund'), as real lists do
        if shape == "tails" and closed:
            row.append(title + rnd.choice((" (Lukket)", " - Lukket punkt", " (Lukket punkt)")))
        else:
            text = f"Lukket: {title}" if closed and shape not in ("closed", "restart", "marks") else title
            row.append(_wrapped(text, page) if shape == "wrapped" and len(title) > 40 else text)
        if shape == "casenos" and it.case:
            row.append(it.case)
        if shape not in ("first", "digits", "pagefirst") and not (shape == "wrapped" and len(title) > 40):
            row.append(str(page))
        page += rnd.choice((1, 1, 2, 3))
        pieces.append(" ".join(row))
        gold.append((None if lost else num, title, not closed))
    return pieces, gold


def _wrapped(title: str, page: int) -> str:
    """`title` wrapped in its cell at the last space within 30 characters, the row's page printed beside its first
    line, as a transcript reads the table row by row."""
    cut = title.rfind(" ", 0, 30)
    return f"{title[:cut]} {page} {title[cut + 1:]}" if cut > 0 else f"{title} {page}"


def _two_lists(items: list[Item], rnd: random.Random) -> tuple[list[str], list[Entry]]:
    """Two meetings' lists on one page line: the first half of the items, the second meeting's committee and date,
    then the rest numbered from 1 again, each row with its page."""
    half = len(items) // 2
    pieces: list[str] = []
    gold: list[Entry] = []
    page = 3
    for k, it in enumerate(items):
        if k == half:
            pieces.append(rnd.choice(("Teknik- og Miljøudvalget 14. marts 2024", "Økonomiudvalget den 19. marts 2024")))
            page = 3
        num = str(k + 1 if k < half else k - half + 1)
        pieces.append(f"{num}. {f'Lukket: {it.title}' if it.closed else it.title} {page}")
        page += rnd.choice((1, 2))
        gold.append((num, it.title, not it.closed))
    return pieces, gold


def _columns(items: list[Item], rnd: random.Random) -> tuple[list[str], list[Entry]]:
    """The table printed column by column: every number, then every title, then every page."""
    pages, page = [], 3
    for _ in items:
        pages.append(str(page))
        page += rnd.choice((1, 2))
    nums = [str(k + 1) for k in range(len(items))]
    titles = " ".join(f"Lukket: {it.title}" if it.closed else it.title for it in items)
    pieces = [" ".join(nums), titles, " ".join(pages)]
    return pieces, [(n, it.title, not it.closed) for n, it in zip(nums, items, strict=True)]


def render(items: list[Item], committee: str, shape: str, rnd: random.Random) -> tuple[str, list[Entry]]:
    """The transcript page of a meeting printing `items` in `shape`, and its gold entries."""
    build = {"columns": _columns, "twolists": _two_lists}.get(shape)
    pieces, gold = build(items, rnd) if build else _rows(items, shape, rnd)
    head = {"heads": "Pkt. Tekst Side", "casenos": "Sag nr. Side", "pagefirst": "Side Pkt. Tekst"}.get(shape, "")
    cue = rnd.choice(("Indholdsfortegnelse", "Dagsorden", "Punkter", "Indholdsfortegnelse:"))
    cover = f"{committee} Referat Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Mødelokale 2"
    if shape == "paged":
        half = len(pieces) // 2
        lines = [" ".join([cue, *pieces[:half]]), " ".join([f"{committee} 12. marts 2024 Side 2", *pieces[half:]])]
    else:
        lines = [" ".join(x for x in (cue, head, *pieces) if x)]
    first = items[0]
    # the first item's body: its header prints its number (the one a list that lost its numbers gives it), unless
    # every digit is lost
    number = "" if shape == "digits" else gold[0][0] or "1"
    gold[0] = (number or None, gold[0][1], gold[0][2])
    body = f"{number + '. ' if number else ''}{gold[0][1]} " + _BODY.format(case=first.case or "24-000001")
    pages = [cover, *lines[:-1], f"{lines[-1]} {body}"] if shape == "samepage" else [cover, *lines, body]
    text = FRAME.format(title=f"{committee} Referat", pages="\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)))
    return text, gold


def _gold_json(name: str, committee: str, gold: list[Entry]) -> dict:
    items = [{"number": n, "title": t, "public": p, "case_numbers": [], "route": [], "decisions": [],
              "attachments": [], "sections": []} for n, t, p in gold]
    return {"source": name, "municipality": None, "document_type": "referat",
            "meeting": {"committee": committee, "date": "2024-03-12", "start_time": "16:00", "location": None,
                        "participants": [], "absent": []}, "items": items}


def meetings(half: str, count: int) -> list[tuple[str, list[Item]]]:
    """(committee, items) of the Greve meetings of `half` (even index dev, odd held), at most `count`, each cut to a
    contents page's worth of items without its back-matter rows."""
    out = []
    for index, path in enumerate(sorted(GREVE.glob("*.json"))):
        if half != "all" and index % 2 != (0 if half == "dev" else 1):
            continue
        tree, items = load(path)
        items = [it for it in items if it.title and it.title.strip(". ") not in _BACK][:MAX_ITEMS]
        if len(items) < 4:
            continue
        committee = " ".join(((tree.get("Udvalg") or {}).get("Navn") or "Udvalget").split())
        out.append((committee, items))
        if len(out) >= count:
            break
    return out


def run_shape(shape: str, mts: list[tuple[str, list[Item]]], root: Path, show: int,
              write: Callable[[Path, str], None]) -> list[str]:
    """Render every meeting in `shape`, parse, score; the scorer's items, title and public lines."""
    rnd = random.Random(f"transcript-contents-{shape}")
    out = root / shape
    for k, (committee, items) in enumerate(mts):
        name = f"{shape}_{k:03d}.txt"
        text, gold = render(items, committee, shape, rnd)
        page = out / "docs" / name
        page.parent.mkdir(parents=True, exist_ok=True)
        write(page, text)
        g = out / "goldsrc" / f"{shape}_{k:03d}.json"
        g.parent.mkdir(parents=True, exist_ok=True)
        g.write_text(json.dumps(_gold_json(name, committee, gold), ensure_ascii=False), encoding="utf-8")
        parse_beside_gold(page, g, out, name)
        if k < show:
            pred = json.loads((out / "pred" / f"{name}.json").read_text(encoding="utf-8"))["items"]
            got = [(i["number"], i["title"], i["public"]) for i in pred]
            if got != gold:
                print(f"--- {name}\n  gold {gold}\n  got  {got}")
    scored = subprocess.run(scorer(out), capture_output=True, text=True, check=False).stdout
    return [ln for ln in scored.splitlines() if ln.startswith(("items ", "item.title ", "item.public ", "item.number"))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=SHAPES, action="append")
    ap.add_argument("--meetings", type=int, default=40)
    ap.add_argument("--show", type=int, default=0, help="print the first N pages of each shape that differ (dev only)")
    ap.add_argument("--greve", choices=("dev", "held", "all"), default="all")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.show and args.greve != "dev":
        ap.error("--show prints misses: use it with --greve dev")
    mts = meetings(args.greve, args.meetings)
    root = args.out or Path(tempfile.mkdtemp(prefix="transcript_contents_"))
    print(f"{len(mts)} meetings, up to {MAX_ITEMS} items each")
    for shape in args.only or SHAPES:
        lines = run_shape(shape, mts, root, args.show, lambda p, t: p.write_text(t, encoding="utf-8"))
        print(f"{shape:10s} " + " | ".join(" ".join(ln.split()) for ln in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
