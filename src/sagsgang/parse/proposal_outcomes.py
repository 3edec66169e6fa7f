"""An outcome printed right after the proposal, at the item's end, with no decision heading between them.

Some minutes print the decision as the paragraph after the proposal ('Borgmesteren indstiller, at dagsordenen
godkendes.' / 'Punkt 15 overføres til åben dagsorden' / 'Dagsordenen godkendt'), the heading over it in a margin
that extraction lost or never printed. What tells the paragraph from more case text is its place and its shape:
it follows the proposal's sentence, ends the item, is short, and its last sentence states an outcome
(outcome_lines). A proposal ('X indstiller, at …') is never itself the decision (annotation rules); what follows it
and says what became of it is the meeting's decision on the item.
"""
from __future__ import annotations

import re

from .outcome_lines import is_outcome_after_proposal, trailing_outcome

# the proposal's verb and its 'at' clause: 'indstiller, at', 'indstiller over for byrådet, at', 'foreslås, at'
_PROPOSAL = re.compile(r"\b(?:indstiller|indstilles|anbefaler|foreslår|foreslås)\b[^.:]{0,60}?\bat\b")
# where the proposal's sentence ends: a full stop after a word, a capital after it (not 'kr. 1,5 mio. kr.')
_SENTENCE_END = re.compile(r"(?<=[a-zæøå0-9)]\.)\s+(?=[A-ZÆØÅ])")
# the paragraph of a decision, not a case's text that goes on
_SHORT = 200


def _ends_in_outcome(tail: str) -> bool:
    """`tail` ends in an outcome sentence; the item's end stands for a full stop the extraction lost."""
    stopped = tail if tail.endswith((".", "!")) else f"{tail}."
    return is_outcome_after_proposal(tail) or trailing_outcome(stopped) is not None


def outcome_after_proposal(text: str) -> int | None:
    """Where, in the item's last text `text`, the decision begins that follows the proposal's sentence ('…
    indstiller, at dagsordenen godkendes. Punkt 15 overføres til åben dagsorden Dagsordenen godkendt' -> the start
    of 'Punkt 15'); None when the text holds no proposal, or what follows it is long, another proposal or no
    outcome."""
    proposals = list(_PROPOSAL.finditer(text))
    if not proposals:
        return None
    end = _SENTENCE_END.search(text, proposals[-1].end())
    if end is None:
        return None
    tail = text[end.end():].strip()
    return end.end() if tail and len(tail) <= _SHORT and _ends_in_outcome(tail) else None


# an 'at' clause of a proposal printed as a list ('Borgmesteren indstiller,' / '1. at dagsordenen godkendes.')
_AT_CLAUSE = re.compile(r"^(?:\d{1,2}[.)]\s*|[-•·]\s*)?at\s")


def outcome_below_proposal(previous: str, text: str) -> bool:
    """`text`, the item's last line, is the outcome of the proposal on the line above it ('Forvaltningen
    indstiller, at forslaget godkendes.' / 'Godkendt.'): that line is the proposal's sentence or its last 'at'
    clause, and `text` is an outcome line of its own."""
    return bool(_PROPOSAL.search(previous) or _AT_CLAUSE.match(previous.strip())) \
        and is_outcome_after_proposal(text)
