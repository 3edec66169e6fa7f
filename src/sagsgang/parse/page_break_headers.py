"""An item's header that a transcript's page break parts, moved whole onto the next page line.

A PDF transcript prints each page as one line behind its page number, so a header that the PDF wraps over a page
break ends one page line and goes on at the next one's start, past its page number and running head ('… Godkendt.
4. Salg af' / '3 grund på Industrivej Sagsfremstilling …'). Read where it stands, the title ends at the page line's
end ('Salg af') and the body the next page line prints is read as no item's. Moved behind the next page line's head,
the header opens that page line as a page that starts with an item prints it, and every reader of headers reads it
there. The text keeps its length: the header and the break between it and its title's rest swap places.
"""
from __future__ import annotations

import re

from .title_split import OPEN_END
from .title_tidy import BODY_CUE

_NUMBER = re.compile(r"^(\d{1,3})\.$")  # '4.': an item's number before its title
_MAX_WORDS = 8  # of a title on either side of the break: a header's piece, not a page's sentence
_REACH = 120  # characters from the next page line's own text to its body's cue
_STOP = re.compile(r"[.!?:;]$")  # a word that ends a sentence or a label: no title's piece


def moved_header(text: str, words: list[tuple[int, int, str]], last: int, after: list[tuple[int, int, str]],
                 first: int) -> tuple[int, int, str] | None:
    """The span (start, end) of `text` to replace and its new text where the page line whose own words are
    `words[:last]` (offsets into `text`) ends on an item's header whose title goes on at the start of the next page
    line's own words (`after[first:]`) up to its body's cue; None where it does not. Evidence: the header's number
    follows the one before it in the text (or is 1), the title's piece before the break is short and unfinished (it
    ends on a word that joins it to more, or the next page line goes on in small letters), neither piece ends a
    sentence, and a body's cue follows the rest within a title's reach."""
    at = next((j for j in range(max(1, last - _MAX_WORDS - 1), last - 1) if _NUMBER.match(words[j][2])), None)
    if at is None or first >= len(after):
        return None
    piece = [w for _, _, w in words[at + 1:last]]
    number = int(_NUMBER.match(words[at][2]).group(1))
    start, end, rest = words[at][0] - 1, words[last - 1][1], after[first][0]
    cue = BODY_CUE.search(text, rest - 1, rest + _REACH)
    more = text[rest:cue.start()].split() if cue else []
    if not more or len(more) > _MAX_WORDS or any(_STOP.search(w) for w in piece + more) \
            or BODY_CUE.search(" ".join(piece)) or not piece[0][:1].isupper() or "\n" in text[rest:cue.start()]:
        return None
    if not (OPEN_END.search(" " + " ".join(piece)) or more[0][:1].islower()):
        return None
    if number > 1 and not re.search(rf"(?<!\S){number - 1}\.\s+[A-ZÆØÅ]", text[:start]):
        return None
    header, gap = text[start:end], text[end:rest]
    kept = gap.rstrip(" ")
    return start, rest, kept + header + " " * (len(gap) - len(kept))
