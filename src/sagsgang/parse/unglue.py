"""Text runs that extraction glued together, parted again: a heading run into its text, a label's colon or an
item's number run into what follows.

When a PDF or a web page is extracted, a heading and the text after it are often two runs joined with no space
and no line break ('BeslutningGodkendt.', 'IndstillingDirektionen indstiller …', 'Mødested:Rådhuset',
'Beslutning i Byrådet den 12-03-2024:Godkendt.', '1.Godkendelse af dagsorden'). The evidence that a new run
begins is structural: a known heading (the lexicon of headings.py, nothing new) ends exactly where a capital
letter starts a new word, with no space between them. A word that merely begins with a heading word
('Beslutningsforslag', 'Indstillingen') goes on in lower case and is never parted; neither is a line that is a
heading as a whole. Parting happens on the lines before anything else reads them, so every later step sees the
heading on a line of its own (or the label with its space).
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .headings import HEADING, dated_heading, inline_route, is_heading
from .lines import Line

# where a new run may begin inside a line: a capital right after a lower-case letter, a digit, a colon, a full
# stop or a bracket ('…ningGodkendt', 'ResuméKommunalbestyrelsen', '…2024:Godkendt'), or a capital word right
# after a word in capitals ('BESLUTNINGGodkendt')
_RUN_START = re.compile(r"(?<=[a-zæøåéèáóúüöä0-9:.)])(?=[A-ZÆØÅ])|(?<=[A-ZÆØÅÉ])(?=[A-ZÆØÅ][a-zæøå])")
_LONGEST_HEAD = 120  # is_heading's bound: no heading is longer
# an item's number, bare or with its label, run into its capitalised title ('1.Godkendelse af dagsorden',
# '12Orientering', 'Punkt 4:Drøftelse af …'): a space between
# '2.MBU/ØU/KB - …' after a number's stop any capital; a bare number only before a word ('3F' is a name)
_NUMBER_RUN = re.compile(r"^((?:(?i:Punkt|Pkt\.?|Sag)\s*)?\d{1,3}(?:[.:)](?=[A-ZÆØÅ])|(?=[A-ZÆØÅ][a-zæøå])))")
# a label of one to four words at a line's start whose colon runs into its value ('Mødested:Rådhuset',
# 'Sagsnr.:27.00.00-A00-1-20', 'Bilag 1:Notat om …', 'FRAVÆRENDE:-'): a space after the colon. Not a time
# ('kl.16:00': a digit on both sides) and not a web address ('https://…': no capital starts it)
_LABEL_RUN = re.compile(r"^([A-ZÆØÅ][\wæøåÆØÅ./-]*(?: [\wæøåÆØÅ./-]+){0,3}"
                        r"(?:(?<=[^\W\d_]|\.):(?=[A-ZÆØÅ0-9(-])|(?<=\d):(?=[A-ZÆØÅ][a-zæøå])))")


def _heading_end(text: str) -> int | None:
    """Where the text after a heading run into it begins, or None: the shortest head that is a known section
    heading, or a decision heading naming its body and date (or any decision heading with its colon: 'BESLUTNING
    I BYRÅDET 9. OKTOBER 2018:Fraværende: …'), ending right before a capital."""
    for m in _RUN_START.finditer(text, 1, min(len(text) - 1, _LONGEST_HEAD)):
        head = text[: m.start()]
        if head[-1:].isupper() and not head.isupper():
            continue  # 'ØkonomiUdvalget' style capitals after capitals count only after a head in capitals
        if HEADING.match(head) or (len(head) > 12 and (dated_heading(head.rstrip(":"))
                                                     or head.endswith(":") and is_heading(head))):
            return None if head.endswith(":") and _reads_inline(head, text[m.start():]) else m.start()
    return None


def _reads_inline(head: str, rest: str) -> bool:
    """True when 'head: rest' is a line the parser reads as one field, as pages print it: a route ('Sagsgang:ØU,
    KB') or a body named after the heading ('Kompetence:Byrådet'). There the colon only lost its space; elsewhere
    ('INDSTILLING:Der er …', 'Beslutning:Godkendt.', 'Bilag:Notat …') the heading gets a line of its own, which
    reads the same whether the page printed the text beside the heading or below it."""
    return bool(inline_route(f"{head} {rest}") or is_body_name(rest))


def unglued(lines: list[Line]) -> list[Line]:
    """`lines` with each heading run into its text parted into two lines (the text's offset where it begins),
    and a space put after a label's colon or an item's number that runs into its value or title."""
    out: list[Line] = []
    for ln in lines:
        text = ln.text
        cut = _heading_end(text) if len(text) > 4 and _RUN_START.search(text, 1, _LONGEST_HEAD) else None
        if cut is not None:
            out.append(Line(text[:cut], ln.offset, ln.raw))
            ln = Line(text[cut:], ln.offset + cut, ln.raw)
        if ":" in ln.text[:45]:
            ln = _spaced(_LABEL_RUN, ln)
        out.append(_spaced(_NUMBER_RUN, ln) if ln.text[:1].isdigit() or ln.text[:1] in "PpSs" else ln)
    return out


# inside a flattened text, where a heading may end glued to the next run: a capital right after a lower-case letter
# ('…fremstillingDer', '…konsekvenserUdgifterne', 'SagsgangAU/BUU, KB', 'ResumeI slutningen …'), or a capital word
# right after a word in capitals ('BESLUTNINGGodkendt')
# ('RESUMÉKommunalbestyrelsens …': an accented capital ends a heading in capitals as any other capital does)
_CAPS_THEN_WORD = r"(?<=[A-ZÆØÅÉ]{2})(?=[A-ZÆØÅ][a-zæøå])"  # (the second kind; _caps_pair puts a space in there)
# a heading in capitals glued to the one-letter preposition that opens its text ('SAGSFREMSTILLINGI økonomiaftalen …',
# 'RESUMEI forlængelse af …'): the word in small letters after it says the 'I' is a word of its own (_glued_head asks
# that what stands before it is a heading in capitals, so 'ØKONOMI økonomien' stays whole)
_CAPS_THEN_I = r"(?<=[A-ZÆØÅÉ]{2})(?=I\s+[a-zæøå])"
_GLUE = re.compile(rf"(?<=[a-zæøåé])(?=[A-ZÆØÅÉ])|{_CAPS_THEN_WORD}|{_CAPS_THEN_I}")
_WORDS_BACK = 7  # the most words a heading holds ('Sammenhæng til andre politikker/strategier og fagområder')


def glued_headings(text: str) -> str:
    """`text` with each heading glued to the run after it ('SagsfremstillingDer er …', 'Økonomiske
    konsekvenserUdgifterne …', 'ResuméIndstillingBeslutning …') on a line of its own: the longest run of up to seven
    words before the glue that is a known heading, in capitals where the glue follows a capital. A PDF page flattened
    onto one line keeps such glue mid-line, where `unglued` (a line's start only) does not look.

    Linear in the text: the pieces are joined once at the end, and a heading is looked for only within the reach of
    the longest heading before each glue (a flattened transcript of a whole meeting is one line of a megabyte)."""
    text = _CAPS_RUN.sub(_caps_pair, text)
    pieces: list[str] = []
    done = cut = 0  # text[:done] is in `pieces`; `cut` is where the last heading's line break put a line start
    pos = 0
    while m := _GLUE.search(text, pos):
        at = m.start()
        if at == cut + 1 and cut and not _LOWER_BEFORE.match(text, cut):
            pos = at + 1  # ('ØKONOMIUDgifter' cut before 'U'): the capitals the glue looked behind at are split now
            continue
        head = _glued_head(text, at, cut)
        if head is None:
            pos = at + 1
            continue
        pieces += [text[done:head], "\n", text[head:at], "\n"]
        done = cut = at
        pos = at + 1
    pieces.append(text[done:])
    return "".join(pieces)


_LOWER_BEFORE = re.compile(r"[a-zæøåé]")  # the first kind of glue (_GLUE): a lower-case letter, then a capital
_HEAD_REACH = 160  # more than a heading can be long (is_heading: 120 characters); no heading starts further back


def _glued_head(text: str, at: int, cut: int = 0) -> int | None:
    """Where the heading that ends glued at `at` begins, or None; no heading begins before `cut` (a line start)."""
    reach = max(cut, at - _HEAD_REACH)
    line = max(reach, text.rfind("\n", reach, at) + 1)
    starts = [w.start() for w in re.finditer(r"(?:^|(?<=\s))\S", text[line:at])][-_WORDS_BACK:]
    for s in starts:  # the longest first
        head = text[line + s: at]
        if head[:1].isupper() and is_heading(head) and not head.endswith((".", ",")) \
                and (head.isupper() or not text[at - 1].isupper()):
            return line + s
    return None


def _spaced(run: re.Pattern[str], ln: Line) -> Line:
    """`ln` with a space after the run at its start that `run` finds (the same line when none)."""
    m = run.match(ln.text)
    return Line(f"{m.group(1)} {ln.text[m.end():]}", ln.offset, ln.raw) if m else ln


# a word in capitals long enough to hold two headings, up to where its capitals end or a glued word in small letters
# begins ('INDHOLDINDSTILLING:', 'RESUMÉINDSTILLINGBeslutning …', 'SAGSFREMSTILLINGADMINISTRATIONENS VURDERING')
_CAPS_RUN = re.compile(r"(?<![\wÆØÅÉ])[A-ZÆØÅÉ]{8,}?(?=[A-ZÆØÅ][a-zæøå]|[^\wÆØÅÉ]|$)")
_CAPS_GLUE = re.compile(_CAPS_THEN_WORD)
_PAIR_WORDS = 4  # the words after the second heading's first that may finish it ('… VURDERING', '… OG FINANSIERING')


def _caps_pair(m: re.Match[str]) -> str:
    """Two headings in capitals run together without a space ('INDHOLDINDSTILLING:', an empty section's heading glued
    to the next heading): parted where the first ends and the next begins, each a heading of the lexicon (the next
    with up to four words after it). Why across publishers: a capitals run shows no case change where the runs
    meet, so only the lexicon on both sides can say; never where the whole word is a heading ('ØKONOMIVURDERING')."""
    run = m.group(0)
    if is_heading(run):
        return run
    after = _CAPS_GLUE.sub(" ", m.string[m.end(): m.end() + 80]).split()[:_PAIR_WORDS]
    for i in range(3, len(run) - 2):
        if is_heading(run[:i]) and any(is_heading(" ".join([run[i:], *after[:k]]).rstrip(":"))
                                       for k in range(len(after) + 1)):
            return f"{run[:i]}\n{run[i:]}"
    return run
