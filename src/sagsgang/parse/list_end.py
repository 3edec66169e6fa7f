"""Where the last entry of a run of numbers ends, and how many titles it holds.

Between two numbers the next number ends a title; after the last one nothing does, so the last title may run into
what follows: a body's cue, the rest of a page line, prose, the first header printed again as a flattened page runs
on from its list into the first body, or the next entry's opening cut off by the excerpt. Each of these is a shape
all publishers' pages share. Also how many titles the last span holds: one where every number heads a body (the
run is the items' headers, not a contents list), else as many as its text shows.
"""
from __future__ import annotations

import re

from .casenumbers import past_case_head
from .dashes import SPACED_DASH
from .dates import NUMERIC_DMY
from .header_patterns import NUMBER_STOP
from .list_entry import MAX_SPAN, MAX_TITLE
from .number_candidates import LABEL_REACH, NEXT_LABEL_BEFORE, Candidate
from .number_chain import CASE_CELL, case_cells
from .prose_starts import prose_start
from .title_split import boundaries
from .title_tidy import BODY_CUE


def last_step(chain: list[Candidate], text: str, end: int) -> int | None:
    """How many titles the last entry of a flattened run holds: as many as its text holds (None: the end of a
    flattened list, whose last numbers may be lost), but one where every number of the run heads a body (a body's
    cue between each two numbers, and one where the last title ends): then the run is the items' own headers, no
    contents list, and a header prints one title however many capitalised words it holds ('3. Cykelsti langs
    Kløvervej og Birkevej Sagsfremstilling …' is no 'Cykelsti langs' and a lost item 'Kløvervej og Birkevej'). So
    too where the last title ends with the text (an excerpt cut inside the last header's title: '… 3. Cykelsti
    langs Kløv'). A contents list prints no body between its entries, so its end is read as before."""
    cut = not text[end:].strip()
    if len(chain) < 2 or not (cut or BODY_CUE.match(text, end) or BODY_CUE.match(text, end - 1)):
        return None
    if all(_heads_a_body(text, a.end, b.pos) for a, b in zip(chain, chain[1:], strict=False)) \
            and not any(_printed_twice(c, text) for c in chain):
        return 1
    return None


def _heads_a_body(text: str, start: int, end: int) -> bool:
    """A body's cue between `start` and `end` that is no case-number cell ('… Title Sagsnr. 24/1256 2. …': a contents
    table's case column, no body): a heading or a label of the body's text."""
    return any(not CASE_CELL.match(text, m.start()) for m in BODY_CUE.finditer(text, start, end))


def _printed_twice(c: Candidate, text: str) -> bool:
    """The entry's number and its title's first words are printed again elsewhere in the text: a list's row and its
    header ('• Pkt. 100 Beslutninger om … Pkt. 100 Beslutninger om … Sagsnr. …'), so the run may be the list's, the
    bodies read after it (last_step leaves such a run as it was). A short piece may stand between the number and
    the title in one of the two: the count of items a header prints beside its number ('Punkt 100 af 103
    Beslutninger om … Pkt. 100 Beslutninger om …'), a bar or a dash between number and title ('100 | Beslutninger
    om')."""
    words = text[c.end: c.end + 80].split()[:2]
    if not words:
        return False
    again = _header_again(c, words, rf"(?:\s*(?:af|/)\s*\d{{1,3}})?(?:\s+[|{SPACED_DASH}])?")
    return len(again.findall(text)) >= 2


def _header_again(c: Candidate, words: list[str], between: str) -> re.Pattern[str]:
    """An entry's header as printed again: its number, what a header may print between number and title (`between`,
    a pattern: the list's count, a bar), and its title's first `words`."""
    # ('(3) Title', '[3] Title': a bracketed number, number_runs, is printed again with its bracket)
    # (its stop as the lined reader reads it, header_patterns.NUMBER_STOP: '3 . Title', '3/ Title')
    return re.compile(rf"(?<!\S)[(\[]?{re.escape(c.printed)}(?:{NUMBER_STOP})?{between}\s+"
                      + r"\s+".join(map(re.escape, words)))


def last_end(chain: list[Candidate], text: str, flattened: bool, earlier: list[Candidate] | None = None) -> int:
    """Where the last entry's title ends (_last_title_end), no further than the first entry's header printed
    again (_restart): the list's first entry, in the run of an earlier group (`earlier`) where the list numbers its
    groups apart ('1. A … 7. G Lukkede punkter 1. H … 7. N 1. A Sagsfremstilling …')."""
    end = _last_title_end(text, chain[-1].end, flattened)
    end = _before_cut_opening(chain, text, end)
    end = _before_cut_number(chain, text, end)
    end = _before_page_foot(text, end) if flattened else end
    whole = [*(earlier or []), *chain]
    return _restart(whole, text, chain[-1].end, end) if len(whole) > 1 else end


# a page line's bare printed page number after the last title's own page ('… 3. Vejplan for bymidten 5 2'), and a
# page line that ends in a bare page number ('… Godkendt. 4')
_TWO_PAGES = re.compile(r"\s\d{1,3}(?P<foot>\s+\d{1,4})\s*$")
_BARE_FOOT = re.compile(r"(?m)^\d{1,3}\s+\S.*\s\d{1,4}[ \t]*$")


def _before_page_foot(text: str, end: int) -> int:
    """Where the last title ends when its page line ends in the page's printed number after the title's page
    ('… 3. Vejplan for bymidten 5 2'): before that foot. Why: a transcript page's foot runs onto the end of its line;
    after a contents list's last entry two numbers stand, the entry's page and the page's own, and with the foot kept
    the entry's page was read as the title's last word ('Vejplan for bymidten 5'). Only where the page line ends
    there and other page lines end in a bare number too (the document prints such feet): a title's own number
    before its page ('Lokalplan 12 5') is left alone on a page that prints none."""
    if text[end:].split("\n", 1)[0].strip() or not (m := _TWO_PAGES.search(text, 0, end)):
        return end
    line_start = text.rfind("\n", 0, end) + 1
    feet = sum(1 for f in _BARE_FOOT.finditer(text) if f.start() != line_start)
    return m.start("foot") if feet >= 2 else end


def _before_cut_opening(chain: list[Candidate], text: str, end: int) -> int:
    """Where the last title ends when the text ends on the next entry's opening, cut off by the excerpt
    (annotation-rules 'Truncation'): the word every entry of the run prints before its number, or the start of
    that word, then its number or nothing ('… åbent 5 Ret til plads åbent 6', '… åbent 5 Ret til plads åb'). A
    title does not end in the word that opens every entry, so that word is the next entry's, not this title's."""
    if len(chain) < 2 or text[end:].strip():
        return end
    before = {text[:c.pos].split()[-1].casefold() if text[:c.pos].split() else "" for c in chain}
    word = before.pop() if len(before) == 1 else ""
    tail = re.search(r"\s(\S+)(?:\s+\d{1,3}[.:)]?)?\s*$", text[:end])
    if not word.rstrip(".").isalpha() or not tail or tail.start() <= chain[-1].end:
        return end
    cut = tail.group(1).casefold()
    if cut == word or len(cut) >= 2 and not tail.group().strip()[-1:].isdigit() and word.startswith(cut):
        return tail.start()
    return end


# the end of an excerpt cut behind the last title's page and the next entry's number ('… Genopretningspuljen 40 31.')
_PAGE_THEN_NUMBER = re.compile(r"\s\d{1,3}(?P<next>\s+(?P<num>\d{1,3})[.:)]?)\s*$")


def _before_cut_number(chain: list[Candidate], text: str, end: int) -> int:
    """Where the last title ends when the excerpt is cut right behind the next entry's number, the title's page
    before it ('… 30. Anlægsbevilling fra Genopretningspuljen 40 31.'): before that number, whose title the cut
    took (annotation-rules 'Truncation': an entry whose title is not visible is no item), so the page is taken off
    the title as every entry's page is. Why across publishers: two numbers after the last title, the second the
    run's next number, is the shape every paged contents list takes where an excerpt ends inside it; a title's own
    number is followed by its page, not by the next entry's number."""
    if len(chain) < 2 or text[end:].strip():
        return end
    m = _PAGE_THEN_NUMBER.search(text, chain[-1].end, end)
    if not m or int(m.group("num")) != chain[-1].num + 1:
        return end
    return m.start("next")


def _restart(chain: list[Candidate], text: str, start: int, end: int) -> int:
    """Where the first entry's header is printed again inside the last entry's span ('… 164. Underskriftsark
    147. Godkendelse af dagsorden …': a flattened page runs on from the list into the first item's body), else
    end: the list's first number with the first words of its title, as the list printed them."""
    first = text[chain[0].end: chain[1].pos].split()[:2]
    if not first:
        return end
    # (with the list's count after it as the list printed it: 'Punkt 1 af 12 Godkendelse …', _CANDIDATE)
    again = _header_again(chain[0], first, r"(?:\s+af\s+\d{1,3})?")
    m = again.search(text, start, end + MAX_TITLE)
    if not m or m.start() >= end:
        return end
    # the header printed again with its label ('… 9. Underskriftsark Punkt 1: Godkendelse af …'): the label is the
    # header's, not a word of the last title (which would read 'Underskriftsark Punkt' and part off 'Punkt')
    label = NEXT_LABEL_BEFORE.search(text, max(start, m.start() - LABEL_REACH), m.start())
    return label.start() if label else m.start()


def _last_title_end(text: str, start: int, flattened: bool = False) -> int:
    """The last entry's title runs to the end of its line (or of a flattened list's sentence), and
    no further than where a body begins ('… 4. Notat om skoledistrikter. Indstilling Meddelelses…')."""
    while start < len(text) and text[start] in " \n":
        start += 1
    nl = text.find("\n", start)
    end = min(nl if nl >= 0 else len(text), start + MAX_SPAN)
    if flattened and end == start + MAX_SPAN:
        end = max(end, _run_on_end(text, start, nl if nl >= 0 else len(text)))
    # (behind a case cell that opens the title: 'Sagsnr. 24.00.00-A00-1-24 Salg af grund' is no body's cue)
    body = BODY_CUE.search(text, past_case_head(text[:end], start), end)
    if body and flattened and case_cells(text[start:end]):
        return end  # '15. Turismepolitik Sagsnr. 24/1298 Rømø-Tønder … Sagsnr. 24/1305 …': a case column, no body
    # a body that opens on prose before its first cue ('… Birkely I 2023 blev der bevilget … . Indstilling …')
    prose = prose_start(text[start:end], (body.start() if body else end) - start, False) if flattened else None
    return start + prose if prose else body.start() if body else end


def _run_on_end(text: str, start: int, line_end: int) -> int:
    """A transcript's page line of titles whose numbers were lost runs on past a title's length: the
    titles go on to the line's end, or, where prose (a sentence, a date, a label) begins first, to
    the last title start before it (the piece the prose begins in is no title)."""
    prose = _PROSE.search(text, start, line_end)
    if not prose:
        return line_end
    starts = [pos for score, pos, _ in boundaries(text[start:prose.start()]) if score >= 1.0]
    return start + starts[-1] if starts else start


# what titles do not print and the text after a list does: a sentence's end ('… 45 min. til dialog.
# Der er …'), a date ('Udvalget 30-01-2018'), a label ('Fraværende:')
_PROSE = re.compile(r"(?:[a-zæøå]{3,}|\d)\.\s+[A-ZÆØÅ][a-zæøå]|\b" + NUMERIC_DMY + r"\b|\w:\s")

