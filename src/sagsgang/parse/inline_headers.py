"""An item's header found again inside a flattened page line: "<number>. <title>" (HeaderSeek).

The item list tells which numbers and titles to look for; where "<number>. <title>" reappears inside a later line,
that is where the item's body begins. The header may print its number with a label, its title cut, doubled or
behind the page's lead; this reader finds it and stands alone because it knows only the entry it looks for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .bullets import BULLETS
from .case_before_header import case_before
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .dashes import SPACED_DASH
from .header_patterns import NUMBER_STOP
from .people import ABSENCE_LABEL_WORD
from .title_tidy import BODY_CUE, BODY_OPENS

# the label an item header may print before its number ('Punkt 4 Title', 'Pkt. 4', 'Sag nr. 4', '§ 4': the paragraph
# mark of a protocol numbering its items so, here sought only for an item the list read); the point's words in any
# case and with their 'nr.' as header_patterns.ITEM_LABEL_WORDS reads them at a line's start ('PKT. 4', 'Punkt nr. 4',
# 'Dagsordenpunkt 4', the compound with or without its linking 's')
_HEAD_LABEL = r"(?:(?:(?i:punkt|pkt\.?|dagsordens?punkt)(?:\s*(?i:nr)\.?)?|Sag(?:\s+nr\.?)?|§)\s*)?"  # may be empty
# the count of the list's items after a labelled number ('Punkt 4 af 12 Title'),
# as number_candidates._CANDIDATE reads it
_OF_COUNT = r"(?:(?<=\d)\s+af\s+\d{1,3}(?=\s))?"
# between two words of a listed title as its page prints it: a number the contents lost with every digit
# ('Mødekalender for Skole-…' listed, 'Mødekalender 2024 for Skole-…' printed)
_GAP = r"\s+(?:\d[\d.,/-]*\s+)?"


def _title_pattern(words: list[str]) -> str:
    """Words of a listed title joined by _GAP as a pattern, where a word that ends in its hyphen may meet the
    next with no space ('Tilskud 2025- 2027' listed, 'Tilskud 2025-2027' at the header). Why across publishers:
    a contents cell is narrower than the header's line, so it wraps a compound at its hyphen, and a flattened
    text puts a space where the line broke; the header, on the page's full width, prints the compound whole."""
    out = ""
    for k, w in enumerate(words):
        if k:
            out += f"(?:{_GAP})?" if words[k - 1].endswith("-") else _GAP
        out += w
    return out
# an open/closed status printed between an item's number and its title ('1 Åbent Lokalplan …', '14. Lukket: …')
_STATUS = r"(?:(?:Lukket|Åben|Åbent)(?:\s+(?:punkt|sag))?\s*:?\s*)?"
# the same status printed before the header's number ('… Godkendt. Åbent punkt 4. Salg af …', 'Lukket sag 7: …'):
# the header's own, no word of the decision that ends the body before it
_STATUS_BEFORE = r"(?:(?:Lukket|Åben|Åbent)(?:\s+(?:punkt|sag))?\s*:?\s+)?"
# the item's case number printed between its label's number and its title ('Punkt 1 Sagsnr. 24/1223 Budget …'):
# a layout with the case cell beside the label and the title below both, read across by the text layer (the
# lined page's labelled_starts._case_beside_label); a label and its value, never a title's words
_CASE_CELL = rf"(?:(?P<case>(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*{CASE_FORM.pattern})\s+)?"
# what a transcript's page line prints before an item's title when the item's number was lost: the page
# number and a running header of a few words ('3 Vordingborg Kommune Dato Side Erhvervsudvalget', '2 Side Ø')
_PAGE_LEAD = re.compile(r"\d{1,4}(?:\s+\S+){0,7}\s+")


# a listed title's word that is punctuation only ('-', '.', ',', '()'): what is left of a token whose digits the list
# lost ('Budget 2025-28 - Økonomiudvalgets …' listed as 'Budget - - Økonomiudvalgets …', 'Byrådets 2. behandling' as
# 'Byrådets . behandling', 'Budgetopfølgning 2 (2024)' as 'Budgetopfølgning ()'): at the header, the token whole
_REMNANT = r"(?:[^\w\s]|\d)+"


def _word(word: str) -> str:
    """A listed title's word as a pattern: itself, or where it is punctuation only, any token of digits and
    punctuation (_REMNANT). Why across publishers: extraction that loses a list's digits loses every digit of it
    and keeps the marks around them, while the header below prints the title whole; a title's words of letters
    stay as they are, so only the marks' tokens need reading anew."""
    return _REMNANT if not any(c.isalnum() for c in word) else re.escape(word)


def _compound(word: str) -> str:
    """A title's word as a pattern: a long compound by its first half, whatever its last part."""
    return _word(word) if len(word) < 12 or not word.isalpha() else re.escape(word[: len(word) // 2]) + r"\w+"


_NUMBER_BEFORE = re.compile(rf"(?<![\w.,:]){_HEAD_LABEL}\d{{1,3}}{NUMBER_STOP}\s+$")


@dataclass
class HeaderSeek:
    """How one listed item's header is looked for in a flattened line: '<number>. <title>' as the list
    printed it, or (a title of two words or more) the title alone, where the page lost the number, when a
    body begins after it ('Sagsnr.:', 'Sagsfremstilling …') and a page line, a sentence or nothing at all
    ends before it."""
    numbered: re.Pattern[str]
    bare: re.Pattern[str] | None
    rest: list[str]  # the title's words after the first four, which the pattern does not hold
    by_number: bool  # the list printed the number: a number found at the body is the list's
    cut: re.Pattern[str] | None = None  # the header with its number, cut off by the excerpt's end (find_cut)
    title: str = ""

    @classmethod
    def of(cls, number: str, title: str) -> HeaderSeek | None:
        words = title.split()
        if not words:
            return None
        num = re.escape(number) if number else r"\d{1,3}"  # a number the list lost is printed at the body
        # (the stop after the number as the lined reader reads it, header_patterns.NUMBER_STOP: '1 . Title', '1/ Title')
        lead = (rf"(?<![\w.]){_STATUS_BEFORE}(?P<label>{_HEAD_LABEL})(?P<num>{num}){_OF_COUNT}"
                rf"(?P<mark>{NUMBER_STOP}|\s+[{SPACED_DASH}|])?\s+")
        end = "" if words[:4][-1].endswith("-") else r"(?!\w)"  # ('2031-' may go on '2033' at the header)
        text = _title_pattern([_word(w) for w in words[:4]]) + end
        bare = re.compile(r"(?<![\w.])" + _STATUS + text) if len(words) >= 2 else None
        # with its number, the title may be printed in capitals at the body ('1. BUDGET AFTENSKOLER', listed as
        # '1. Budget Aftenskoler'), and a long compound after its first word spelt otherwise there, its first
        # half kept ('7. Orientering fra Økonomiudvalgsmødet …' listed as '… fra Økonomiudvalgsrådet …')
        spelt = _title_pattern([re.escape(words[0]), *(_compound(w) for w in words[1:4])]) + end
        cut = re.compile(lead + r"(?P<rest>\S.{7,})\Z")
        numbered = re.compile(lead + _CASE_CELL + _STATUS + f"(?P<title>(?i:{spelt}))")
        return cls(numbered, bare, words[4:], bool(number), cut, " ".join(words))

    def find_cut(self, text: str, head: re.Pattern[str] | None = None) -> tuple[int, int, str | None] | None:
        """(end of text, start of the header, its number) where the text's last page line opens on this item's
        header, its number printed ('4 437. Kommuneplantillæg - Vindmøll') and its title cut off by the excerpt's
        end: the start of the listed title, so the number the list lost is the one printed there. None elsewhere."""
        starts = (d.start() for d in re.finditer(r"(?<!\d)\d", text[:80]))  # the page's lead is short
        for m in (self.cut.match(text, at) for at in starts) if self.cut else ():
            if m and m.group("mark") and _page_lead(text[:m.start()], head) \
                    and not _SENTENCE_BEFORE.search(text, 0, m.start()) \
                    and self.title.startswith(" ".join(m.group("rest").split())):
                return len(text), 0, m.group("num")
        return None

    def find(self, text: str, pos: int, head: re.Pattern[str] | None = None,
             open_label: bool = False, at_list_end: bool = False) -> tuple[int, int, str | None] | None:
        """(start of the body, start of the header, the number printed there) of the first header in
        text from pos on, or None. A header found behind a page's running header (`head`: the one the pages
        repeat, running_head) starts at the line's start, so the page's head is no part of the body before it;
        not where the page before ended inside a label's value (`open_label`, _OPEN_LABEL): the words between
        the head and the header are the rest of that value, which the body before keeps. With `at_list_end`, `pos`
        is where the list's last title ends on its line: a title right there heads the first body run on from it."""
        hits = [(m.start(), m, True) for m in self.numbered.finditer(text, pos)]
        if self.bare:
            hits += [(m.start(), m, False) for m in self.bare.finditer(text, pos)]
        for at, m, numbered in sorted(hits, key=lambda h: h[0]):
            end, before = title_end(text, m.end(), self.rest), text[:at]
            # on a page line of its own (pos 0), what stands before the header may be the page's head only
            # ('4 Referat 2. Title', '3 Vordingborg Kommune Dato Side Erhvervsudvalget Title'): no part of
            # the body before it, so the header starts at the line's start
            page_head = pos == 0 and _page_lead(before, head) and not _SENTENCE_BEFORE.search(before) \
                and not _ABSENCE_LEAD.search(before)
            if numbered:
                # a number the list lost is taken from the header only as a header prints it ('8. Personalesag',
                # 'Punkt 8'), not a bare number before the title ('Side 3 af 12 Godkendelse af dagsorden')
                printed = m.group("num") if self.by_number or m.group("mark") or m.group("label") else None
                # the header's case cell printed before its number ('Godkendt. Sagsnr. 24/1002 2. Title'): the header
                # starts there, so the body before ends at its own last words (header_case reads the number)
                cased = case_before(text, at, end)
                at = cased.start() if cased and cased.start() >= pos else at
                return end, 0 if page_head and not open_label else at, printed
            cue = cue_after(text, end)
            if cue is None and not (page_head and _cut_in_title(text[m.end():], self.rest)):
                continue  # a title found again without its number heads a body only where one begins
            second = at
            at, before = _past_copy(text, at, end, pos)
            end = cue or len(text)
            # (or right where the search began: the list's last title ends there, the title printed twice, or once
            # where the first body runs on from the list on its own line, 'Eventuelt Godkendelse af … Sagsgang …')
            if not before.strip() or _AFTER_STOP.search(before) \
                    or (at < second or at_list_end) and pos and _MARK_ONLY.fullmatch(text, pos, at):
                # the header a list's wrong number missed ('Godkendt. 2. Title', '… Side 4 Punkt 2: Title'
                # where the list read a page as item 3) starts at the number printed before the title
                label = _NUMBER_BEFORE.search(before)
                return end, label.start() if label else at, None
            if page_head:
                label = _NUMBER_BEFORE.search(before) if open_label else None
                return end, (label.start() if label else at) if open_label else 0, None
        return None


# a stop before an unnumbered header's title, or nothing between it and the list's last title; either maybe with the
# bullet or dash the page marks its headers with as its list marks the entries ('… Godkendt. • Title Sagsgang …')
_AFTER_STOP = re.compile(rf"[.!:]\s+(?:[{BULLETS}–-]\s+)?$")
_MARK_ONLY = re.compile(rf"\s*(?:[{BULLETS}–-]\s*)?")


# a sentence ended before a header, maybe a bullet after it that marks the header ('3 Drøftet. Fraværende: Merete
# Dea Larsen (O). • Pkt. 17 …'): the text before is the previous item's, which ran on to this page, no page's lead
_SENTENCE_BEFORE = re.compile(r"[.!?]\s+(?:[•·▪●]\s*)?$")


# an absence label in what a page prints before a header ('4 Økonomiudvalget 12-03-2024 Fraværende: Bo Jensen (A) 2.
# Budget …'): the absentee line under the decision that ended the page before, run onto the next page's line; a page's
# running head names no one absent, so those words are the body's before it, not the page's lead
_ABSENCE_LEAD = re.compile(rf"(?<!\w)(?={ABSENCE_LABEL_WORD}\s*:)(?-i:[A-ZÆØÅ])")


def _page_lead(before: str, head: re.Pattern[str] | None) -> bool:
    """What a page line prints before a header is its page's lead only: its page number and a few words
    (_PAGE_LEAD), or the running header every page repeats (`head`) and then those few words ('3 Økonomiudvalget
    12-03-2024 Side 3 Vordingborg Kommune Dato Side Erhvervsudvalget Title': a publisher's head above the page's
    own), however many words the repeated head holds."""
    if _PAGE_LEAD.fullmatch(before):
        return True
    m = head.match(before) if head is not None else None
    return bool(m) and m.end() > 0 and re.fullmatch(r"(?:\S+\s+){0,7}", before[m.end():]) is not None


_TITLE_TAIL = re.compile(r"(?:\s+[^\s:]+){0,2}?(?=" + BODY_OPENS.pattern + ")")


def _past_copy(text: str, at: int, end: int, pos: int) -> tuple[int, str]:
    """(start, what stands before it) of a header whose title (text[at:end]) is printed twice in a row ('Budget for
    vejene Budget for vejene Sagsnr.: …'): the header starts at the first copy. Why: a page that unfolds each entry
    of its agenda under it prints the title again as the body's heading (item_segments.doubled_titles on a lined page);
    flattened, the copy stands between the body before and the header. Not a copy before `pos`, where the search
    began: the header of the entry before, which was found there."""
    title = text[at:end].rstrip()
    before = text[:at].rstrip()
    if len(title) >= 8 and before.endswith(title) and len(before) - len(title) >= pos \
            and (len(before) == len(title) or before[-len(title) - 1].isspace()):
        at = len(before) - len(title)
    return at, text[:at]


def cue_after(text: str, end: int) -> int | None:
    """Where a body begins right after a title found again, or None: at once, or after a word or two that the
    list left off the title ('Budget, regnskab og likviditet 2012 Sagsfremstilling …' listed without its year)."""
    m = _TITLE_TAIL.match(text, end)
    return m.end() if m else None


def _cut_in_title(after: str, rest: list[str]) -> bool:
    """The page line ends inside the title ('3 Side Ø Vrensted Forsamlingshus - anmodning om … pante', the
    excerpt cut there): what follows the title's first words is the start of its further words."""
    return " ".join(rest).startswith(" ".join(after.split()))


def title_end(text: str, at: int, rest: list[str]) -> int:
    """Where the title whose first words end at `at` ends in text: after those of its further words the
    text prints too; where it prints fewer ('Overførsel af driftsbevillinger fra S Sagsfremstilling …', the
    rest lost), at the body's first cue, if one follows within the title's length."""
    end = at
    for w in rest:
        gap = f"(?:{_GAP})?" if text[end - 1: end] == "-" else _GAP  # (_title_pattern: a compound wrapped)
        m = re.compile(gap + _word(w) + ("" if w.endswith("-") else r"(?!\w)")).match(text, end)
        if not m:
            break
        end = m.end()
    else:
        return end
    width = len(" ".join(rest))
    cue = BODY_CUE.search(text, end)
    return cue.start() if cue and cue.start() <= at + width + 1 else at + width + 1
