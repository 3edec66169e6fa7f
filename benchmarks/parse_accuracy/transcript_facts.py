"""Meeting facts and the document's kind on PDF transcripts, printed as other councils print them: the tune
transcripts (pages holding a line 'Transkript'), with the facts their first page line prints (committee, date,
start time, place, members, absentees, the kind word) cut out and printed again in another shape a Danish
council's PDF uses, flattened as a transcript prints it, scored per field against the gold.

    PYTHONPATH=src python benchmarks/parse_accuracy/transcript_facts.py [--only NAME] [--out DIR] [--fields]

Why: on `check` the transcripts lose the meeting's place (location F1 ~0.53) and their document type (~0.67)
while the tune transcripts score ~1.000: the tune transcripts print their facts in a few shapes, and an unseen
council prints them others ('Sted: …', a label-less head line 'Økonomiudvalget 12-03-2024 kl. 16:00 Rådhuset',
a two-column table extracted column-wise, 'Til stede:', 'Afbud:' elsewhere, 'Beslutningsprotokol', 'Åben
dagsorden', the kind only in the site's frame). facts_variants.py rewrites facts on pages that keep their lines
only; this rewrites them on transcripts. Each variant rebuilds the first page line's head from the gold values
(so every gold value stays printed) and replaces the site's frame title by the body's name (or, where the variant
says so, by the kind), so the facts must be read from the page line. Every variant is scored on the pages it
changed beside `base`: the same head rebuilt in the tune transcripts' most common shape. Read it beside
`real.py`, never instead of it.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from facts_variants import _MUNI_OF, _domain, _long_date, _write
from real import scorer, variant_parser
from transcript_variants import _body, transcript_pages

from sagsgang.parse.dates import find_dates

_FIELDS = ("document_type", "municipality", "meeting.committee", "meeting.date", "meeting.start_time",
           "meeting.location", "meeting.participants", "meeting.absent")
_KINDS = {"referat": "Referat", "dagsorden": "Dagsorden", "beslutningsprotokol": "Beslutningsprotokol"}
_FIRST = re.compile(r"(?m)^1 (?=\S)")
_HEAD_REACH = 3000  # the facts stand at the start of the first page line
# a kind word the rest of the transcript prints as a title (a variant that changes the kind skips such a page)
_OTHER_KIND = re.compile(r"(?<![Aa]f )(?<![Tt]il )\b(?:Referat|REFERAT|Refer|Dagsorden|DAGSORDEN|[Bb]eslutningsprotokol"
                         r"|BESLUTNINGSPROTOKOL|Protokol)\b")

_ABSENT_LABEL = re.compile(r"(?i:Fraværende|Afbud|Forfald|Ikke til stede)\b")
Facts = dict  # the gold's facts: committee, date, time, place, members, absent, kind, municipality
Page = tuple[str, dict]


def _time_at(line: str, time: str) -> re.Match[str] | None:
    h, m = (int(x) for x in time.split(":"))
    return re.search(rf"(?<!\d)0?{h}[:.]{m:02d}(?!\d)", line)


def _ends(line: str, gold: dict) -> list[int]:
    """Where each gold fact printed in `line` (the first page line's head) ends."""
    m = gold.get("meeting") or {}
    head = line[:_HEAD_REACH]
    ends = []
    absent_label = _ABSENT_LABEL.search(head)
    for value in [m.get("committee"), m.get("location"), *(m.get("participants") or []), *(m.get("absent") or [])]:
        if value:
            # an absentee is also in the members' list: where the absentees' label names them
            since = absent_label.end() if absent_label and value in (m.get("absent") or []) else 0
            at = head.lower().find(value.lower(), since)
            if at >= 0:
                ends.append(at + len(value))
    if m.get("date"):
        ends += [e for s, e, iso in find_dates(head) if iso == m["date"]][:1]
    if m.get("start_time") and (t := _time_at(head, m["start_time"])):
        ends.append(t.end())
    return ends


def _split(text: str, gold: dict) -> tuple[str, str, str] | None:
    """(the text before the first page line's head, the head, the text after it) or None."""
    frame, body = _body(text)
    first = _FIRST.search(body)
    if first is None:
        return None
    line_end = body.find("\n", first.end())
    line = body[first.end(): line_end if line_end >= 0 else len(body)]
    ends = _ends(line, gold)
    if not ends:
        return None
    cut = max(ends)
    while cut < len(line) and line[cut] in ",.;:)":
        cut += 1
    return frame + body[:first.end()], line[:cut], line[cut:] + body[first.end() + len(line):]


def _facts(gold: dict, head: str) -> Facts:
    m = gold.get("meeting") or {}
    return {"committee": m.get("committee"), "date": m.get("date"), "time": m.get("start_time"),
            "place": m.get("location"), "members": list(m.get("participants") or []),
            "absent": list(m.get("absent") or []), "kind": _KINDS.get(gold.get("document_type") or "", "Referat"),
            "municipality": gold.get("municipality"), "head": head}


def _names(muni: str, text: str) -> bool:
    """The text names the municipality as such ('Hjørring Kommune', 'Skive Byråd', 'www.skive.dk')."""
    named = rf"(?i:{re.escape(muni)}s?\s+(?:kommune|byråd)|\b{re.escape(_domain(muni))}\.dk)"
    return re.search(named, text) is not None


def _frame(title: str) -> str:
    """The transcript site's frame around a document whose PDF's first line is `title`."""
    return f"{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"{title}\"\n\nTranskript\n\n"


def _weekday_date(iso: str) -> str:
    return _long_date(iso, weekday=True)


def _dashed(iso: str) -> str:
    y, mo, d = iso.split("-")
    return f"{d}-{mo}-{y}"


Shape = Callable[[Facts], str]


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _labelled(place: str = "Mødested", members: str = "Deltagere", absent: str = "Fraværende",
              sep: str = ", ", date: Callable[[str], str] = _long_date, absent_first: bool = False,
              kind_after_place: bool = False) -> Shape:
    """'Referat Økonomiudvalget Dato: 12. marts 2024 Tidspunkt: kl. 16:00 Mødested: … Deltagere: … Fraværende: …'"""
    def shape(f: Facts) -> str:
        names = f"{members}: {sep.join(f['members'])}" if f["members"] else None
        away = f"{absent}: {sep.join(f['absent'])}" if f["absent"] else None
        lists = [away, names] if absent_first else [names, away]
        lead, after = (None, f["kind"]) if kind_after_place else (f["kind"], None)
        return _join(lead, f["committee"], f["date"] and f"Dato: {date(f['date'])}",
                     f["time"] and f"Tidspunkt: kl. {f['time']}", f["place"] and f"{place}: {f['place']}", after,
                     *lists)
    return shape


def _headline(kind_last: bool = False, date: Callable[[str], str] = _dashed, clock: str = "kl. ") -> Shape:
    """'Økonomiudvalget 12-03-2024 kl. 16:00 Rådhuset, mødelokale 1': no labels, then the lists labelled."""
    def shape(f: Facts) -> str:
        lists = _join(f["members"] and "Deltagere: " + ", ".join(f["members"]),
                      f["absent"] and "Afbud: " + ", ".join(f["absent"]))
        head = _join(f["committee"], f["date"] and date(f["date"]), f["time"] and clock + f["time"], f["place"])
        return _join(head, f["kind"], lists) if kind_last else _join(f["kind"], head, lists)
    return shape


_COLUMN = (("committee", "Udvalg"), ("date", "Dato"), ("time", "Tidspunkt"), ("place", "Sted"),
           ("members", "Deltagere"), ("absent", "Fraværende"))


def _columns(values_first: bool) -> Shape:
    """A two-column table read column by column: all labels, then all values (or values, then labels)."""
    def shape(f: Facts) -> str:
        labels, values = [], []
        for key, label in _COLUMN:
            v = f[key]
            if not v:
                continue
            labels.append(f"{label}:")
            values.append(", ".join(v) if isinstance(v, list) else _long_date(v) if key == "date" else v)
        cols = [" ".join(values), " ".join(labels)] if values_first else [" ".join(labels), " ".join(values)]
        return _join(f["kind"], *cols)
    return shape


def _in_sentence(f: Facts) -> str:
    """'Økonomiudvalget Mødet afholdes 12. marts 2024 kl. 16:00 i Rådhuset, mødelokale 1. Deltagere: …': the date, the
    time and the place in one sentence after the body's name, the lists labelled."""
    when = _join("Mødet afholdes", f["date"] and _long_date(f["date"]), f["time"] and f"kl. {f['time']}",
                 f["place"] and f"i {f['place']}") + "."
    return _join(f["kind"], f["committee"], when, f["members"] and "Deltagere: " + ", ".join(f["members"]),
                 f["absent"] and "Fraværende: " + ", ".join(f["absent"]))


def _capitals_among_facts(f: Facts) -> str:
    """'Økonomiudvalget Dato: … Mødested: Rådhuset, mødelokale 1 REFERAT Deltagere: …': the cover's title in capitals
    set among its facts (a PDF's first page run together), past where a title starts."""
    return _labelled(kind_after_place=True)(f | {"kind": f["kind"].upper()})


def _capitals(f: Facts) -> str:
    return _labelled()(f | {"kind": f["kind"].upper()})


def _with_kind(word: str, doc_type: str | Callable[[dict], str], base: Shape | None = None,
               frame_kind: bool = False, in_head: bool = True) -> Callable[[Facts, dict], tuple[Facts, str, str]]:
    """The head printed with `word` for the kind (or none, when `in_head` is off), the gold's type `doc_type`."""
    def kind(f: Facts, gold: dict) -> tuple[Facts, str, str]:
        t = doc_type(gold) if callable(doc_type) else doc_type
        return f | {"kind": word if in_head else None}, t, word if frame_kind else ""
    return kind


def _decided(gold: dict) -> str:
    """'Dagsorden og referat': one page for both, its decisions tell which it is."""
    return "referat" if any(d.get("text") for it in gold.get("items") or [] for d in it.get("decisions") or []) \
        else "dagsorden"


Kind = Callable[[Facts, dict], tuple[Facts, str, str]]


def _frame_other(f: Facts, gold: dict) -> tuple[Facts, str, str]:
    """The cover prints the gold's kind word, the viewer's title the other kind's (a site that names the file by a
    listing or by the agenda's metadata): the cover is the document's own name (annotation rules)."""
    t = gold["document_type"]
    return f | {"kind": _KINDS.get(t, "Referat")}, t, "Referat" if t == "dagsorden" else "Dagsorden"


def _rewrite(shape: Shape, kind: Kind | None = None, frame_head: bool = False,
             tail: Callable[[Facts], str] | None = None,
             frame_cut: Callable[[str, Facts], str | None] | None = None) -> Callable[[str, dict], Page | None]:
    """The first page line's head rebuilt by `shape`, the frame's title the body's name (the kind too where `kind`
    says so, the whole head with `frame_head`, the head cut where `frame_cut` says); `tail` prints a footer at the
    end of the first page line."""
    def variant(text: str, gold: dict) -> Page | None:
        parts = _split(text, gold)
        if parts is None:
            return None
        before, head, after = parts
        g = json.loads(json.dumps(gold))
        f = _facts(gold, head)
        frame_word = ""
        if kind is not None:
            if _OTHER_KIND.search(after[:_HEAD_REACH]):
                return None  # the kind printed again below (a running head): the variant would not be the only one
            f, g["document_type"], frame_word = kind(f, gold)
        new_head = shape(f)
        muni = f["municipality"]
        if muni and tail is None and not _names(muni, new_head + after):
            new_head = f"{muni} Kommune {new_head}"
        line_end = after.find("\n")
        first_rest, later = (after, "") if line_end < 0 else (after[:line_end], after[line_end:])
        if tail is not None:
            add = tail(f)
            if not add or muni and _names(muni, before + new_head + after):
                return None
            first_rest = f"{first_rest.rstrip()} {add}"
        title = new_head[:160] if frame_head else _join(frame_word, f["committee"] or "")
        if frame_cut is not None:
            title = frame_cut(new_head, f)
            if title is None:
                return None
        frame = _frame(title or "Mødet")
        return frame + before[before.rindex("\n") + 1:] + new_head + first_rest + later, g
    return variant


def _cut_at_first_label(head: str, f: Facts) -> str | None:
    """'Referat Økonomiudvalget Dato': a viewer's title that ends in the first label, its colon cut off."""
    return head[: head.index(":")] if ":" in head else None


def _cut_in_place(head: str, f: Facts) -> str | None:
    """'… Mødested: Rådhuset, møde': a viewer's title cut inside the place's value."""
    k = head.find(f["place"]) if f["place"] and len(f["place"]) >= 8 else -1
    return head[: k + len(f["place"]) // 2].rstrip() if k > 0 else None


def _municipality_muted(shape: Callable[[str], str]) -> Callable[[Facts], str]:
    """A footer naming the municipality (`shape` of its name) on a page whose head does not: the gold gets it."""
    def tail(f: Facts) -> str:
        return shape(f["municipality"]) if f["municipality"] else ""
    return tail


def _muni_added(shape: Callable[[str], str]) -> Callable[[str, dict], Page | None]:
    """A page whose text does not name its municipality gets it in a footer (`shape`); the gold gets it too."""
    def variant(text: str, gold: dict) -> Page | None:
        muni = _MUNI_OF.get(gold.get("source", ""))
        if gold.get("municipality") is not None or not muni:
            return None
        g = json.loads(json.dumps(gold))
        g["municipality"] = muni
        got = _rewrite(_labelled(), tail=lambda f: shape(muni))(text, g)
        return got
    return variant


def _place_last(f: Facts) -> str:
    """'Referat Økonomiudvalget Dato: … Deltagere: … Mødested: Rådhuset, mødelokale 1': the place the head's last
    fact."""
    return _join(_labelled()(f | {"place": None}), f["place"] and f"Mødested: {f['place']}")


def _footed(variant: Callable[[str, dict], Page | None]) -> Callable[[str, dict], Page | None]:
    """`variant`'s page with a running foot at the end of every page line ('Nordby Kommune, Rådhustorvet 1, Side 3 af
    12'), as a transcript runs a PDF's footer on after each page's last words; only pages whose gold names the
    municipality (the foot names it)."""
    def footed(text: str, gold: dict) -> Page | None:
        got = variant(text, gold)
        if got is None or not gold.get("municipality"):
            return None
        page, g = got
        frame, body = _body(page)
        n = len(re.findall(r"(?m)^\d{1,3} (?=\S)", body))
        foot = f"{gold['municipality']} Kommune, Rådhustorvet 1, Side {{}} af {n}"
        body = re.sub(r"(?m)^(\d{1,3}) (\S.*)$", lambda m: f"{m.group(1)} {m.group(2)} {foot.format(m.group(1))}", body)
        return frame + body, g
    return footed


_PAGE_LINE = re.compile(r"(?m)^(\d{1,3}) (?=\S)")


def _renumbered(line: str, n: int) -> str:
    """The page line `line` (page `n`) as page n + 1: its number and its own number among its first words ('Side 4')."""
    words = line.split(" ")
    return " ".join(str(n + 1) if k < _HEAD_WORDS and w == str(n) else w for k, w in enumerate(words))


_HEAD_WORDS = 12  # how far into a page line its running head may print the page's number


def _first_body_line(body: str, gold: dict) -> int | None:
    """The number of the page line that prints the first item's header: the page line of the second printing of its
    title's first words, the first on an earlier page line (a contents list's); None where the page prints none."""
    items = gold.get("items") or []
    title = " ".join((items[0].get("title") or "").split()[:4]) if items else ""
    if len(title) < 8:
        return None
    at = [m.start() for m in re.finditer(re.escape(title), body)][:2]
    lines = [[m for m in _PAGE_LINE.finditer(body) if m.start() <= a] for a in at]
    if len(at) < 2 or not lines[0] or lines[0][-1].start() == lines[1][-1].start():
        return None  # no contents list on a page line before the first item's
    return int(lines[1][-1].group(1))


def _facts_page(wrapped: bool = False) -> Callable[[str, dict], Page | None]:
    """The cover keeps the kind, the body, the date and the time; the place, the members and the absentees move to a
    page line of their own ('Mødested: … Deltagere: … Fraværende: …') right before the page line of the first item's
    header, behind the contents list where the page prints one (the later page lines renumbered). `wrapped`: the
    place's label ends that page line and its value opens the next one, before the first item's header. Why: a
    council's PDF may print its cover, its contents and then a page of facts; the tune transcripts print
    the facts on the cover."""
    def variant(text: str, gold: dict) -> Page | None:
        got = _rewrite(lambda f: _labelled()(f | {"place": None, "members": [], "absent": []}))(text, gold)
        m = gold.get("meeting") or {}
        if got is None or not (m.get("location") and m.get("participants")):
            return None
        page, g = got
        frame, body = _body(page)
        n = _first_body_line(body, g)
        if not n or n < 2:
            return None
        f = _facts(g, "")
        lists = _labelled()(f | {"kind": None, "committee": None, "date": None, "time": None, "place": None})
        facts = f"{lists} Mødested:" if wrapped else _join(f"Mødested: {f['place']}", lists)
        out = []
        for ln in body.split("\n"):
            k = _PAGE_LINE.match(ln)
            num = int(k.group(1)) if k else 0
            if num == n:
                out += [f"{n} {facts}", ""]
                if wrapped:
                    ln = _before_header(ln, g, f["place"])
            out.append(_renumbered(ln, num) if num >= n else ln)
        return frame + "\n".join(out), g
    return variant


def _before_header(line: str, gold: dict, words: str) -> str:
    """`words` put into the page line `line` right before the first item's header (its number, if printed, and its
    title's first words), where a page prints its text after its running head."""
    title = " ".join((gold["items"][0].get("title") or "").split()[:4])
    m = re.search(rf"(?:\d{{1,3}}\.?\s+)?{re.escape(title)}", line)
    return f"{line[:m.start()]}{words} {line[m.start():]}" if m else line


VARIANTS: dict[str, Callable[[str, dict], Page | None]] = {
    "base": _rewrite(_labelled()),
    "frame-head": _rewrite(_labelled(), frame_head=True),
    # a viewer's title that repeats the head up to its length: cut at the first label ('Referat Havneudvalget
    # Mødedato') or inside the place's value
    "frame-cut-at-label": _rewrite(_labelled(), frame_cut=_cut_at_first_label),
    "frame-cut-in-place": _rewrite(_labelled(), frame_cut=_cut_in_place),
    # the place under other labels
    "place-Sted": _rewrite(_labelled(place="Sted")),
    "place-Placering": _rewrite(_labelled(place="Placering")),
    "place-Adresse": _rewrite(_labelled(place="Adresse")),
    # no labels: the body, the date, the time and the place in one head line
    "head-line": _rewrite(_headline()),
    "head-line-kind-last": _rewrite(_headline(kind_last=True)),
    "head-line-weekday": _rewrite(_headline(date=_weekday_date)),
    "place-in-sentence": _rewrite(_in_sentence),
    # a two-column table extracted column-wise
    "labels-then-values": _rewrite(_columns(values_first=False)),
    "values-then-labels": _rewrite(_columns(values_first=True)),
    # members and absentees under other labels, separators, positions
    "members-Medlemmer": _rewrite(_labelled(members="Medlemmer")),
    "members-Til-stede": _rewrite(_labelled(members="Til stede")),
    "members-bullets": _rewrite(_labelled(sep=" • ")),
    "absent-Afbud": _rewrite(_labelled(absent="Afbud")),
    "absent-first": _rewrite(_labelled(absent="Afbud", absent_first=True)),
    # the kind of document in other words and places
    "kind-Beslutningsprotokol": _rewrite(_labelled(), _with_kind("Beslutningsprotokol", "beslutningsprotokol")),
    "kind-Protokol": _rewrite(_labelled(), _with_kind("Protokol", "beslutningsprotokol")),
    "kind-Åben-dagsorden": _rewrite(_labelled(), _with_kind("Åben dagsorden", "dagsorden")),
    "kind-Referat-(åben)": _rewrite(_labelled(), _with_kind("Referat (åben)", "referat")),
    "kind-Dagsorden-og-referat": _rewrite(_labelled(), _with_kind("Dagsorden og referat", _decided)),
    "kind-Tillægsdagsorden": _rewrite(_labelled(), _with_kind("Tillægsdagsorden", "dagsorden")),
    "kind-frame-only": _rewrite(_labelled(), lambda f, g: (f | {"kind": None}, g["document_type"],
                                                          _KINDS[g["document_type"]])),
    "kind-page-only": _rewrite(_labelled(), _with_kind("Referat", "referat")),
    "kind-frame-other": _rewrite(_labelled(), _frame_other),
    "kind-capitals": _rewrite(_capitals),
    # a page that prints no decision (the gold's type is the label's), its cover's title in capitals among its facts
    "kind-capitals-among-facts": _rewrite(_capitals_among_facts, _with_kind("Referat", "referat")),
    "kind-after-place": _rewrite(_labelled(kind_after_place=True)),
    "kind-after-lists": _rewrite(lambda f: _join(_labelled()(f | {"kind": None}), f["kind"])),
    # a PDF's footer run on after every page line, right after the cover's place
    "place-last": _rewrite(_place_last),
    "place-last-footed": _footed(_rewrite(_place_last)),
    # the municipality only in a footer or as the site's web domain
    "muni-footer": _muni_added(lambda m: f"{m} Kommune Side 1 af 9"),
    "muni-domain": _muni_added(lambda m: f"www.{_domain(m)}.dk"),
    # the place and the lists on a page line of their own behind the cover and the contents, the place's value maybe
    # opening the next page line
    "facts-page": _facts_page(),
    "facts-page-wrapped": _facts_page(wrapped=True),
}


def _scores(root: Path) -> dict[str, str]:
    """The scorer's facts fields and parse-F1 over root/gold and root/pred."""
    res = subprocess.run(scorer(root), capture_output=True, text=True)
    out = {}
    for ln in res.stdout.splitlines():
        parts = ln.split()
        if parts and parts[0] in _FIELDS:
            out[parts[0]] = parts[-1]
        if ln.startswith("parse-F1"):
            out["parse-F1"] = parts[1]
    return out


def _copy_base(root: Path, into: Path, name: str) -> None:
    """The base page's gold and prediction (parsed once) beside the variant's, for the pages the variant changed."""
    for sub, file in (("gold", f"{name}.json"), ("pred", f"{name}.json")):
        (into / sub).mkdir(parents=True, exist_ok=True)
        (into / sub / file).write_bytes((root / "_base" / sub / file).read_bytes())


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS, keeps="pages, gold and predictions")
    ap.add_argument("--fields", action="store_true", help="print every facts field, not only the moved ones")
    args = ap.parse_args(argv)
    kinds = args.only or list(VARIANTS)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-tfacts-"))
    pages = transcript_pages("tune")
    print(f"{len(pages)} tune transcripts", flush=True)
    print(f"{'variant':34} {'pages':>5}  {'parse-F1 base/var':>17}  field: base -> variant (ok/gold/pred)")
    based: dict[str, Page] = {}
    for _gold, doc, text, tree in pages:
        got = VARIANTS["base"](text, tree)
        if got:
            based[doc.name] = got
            _write(root / "_base", doc.name, *got)
    base = _scores(root / "_base")
    print(f"{'base':34} {len(based):>5}  {base.get('parse-F1', '-'):>17}  "
          + "  ".join(f"{f.split('.')[-1]} {base.get(f, '-')}" for f in _FIELDS), flush=True)
    for kind in (k for k in kinds if k != "base"):
        n = 0
        for _gold_path, doc, text, tree in pages:
            got = VARIANTS[kind](text, tree)
            if not got or doc.name not in based:
                continue
            n += 1
            _copy_base(root, root / kind / "base", doc.name)
            _write(root / kind / "var", doc.name, *got)
        if not n:
            print(f"{kind:34} {0:>5}  (applies to no page)")
            continue
        base, var = _scores(root / kind / "base"), _scores(root / kind / "var")
        shown = [f for f in _FIELDS if args.fields or base.get(f) != var.get(f)]
        cells = "  ".join(f"{f.split('.')[-1]} {base.get(f, '-')} -> {var.get(f, '-')}" for f in shown) or "same"
        print(f"{kind:34} {n:>5}  {base.get('parse-F1', '-'):>8}/{var.get('parse-F1', '-'):<8}  {cells}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
