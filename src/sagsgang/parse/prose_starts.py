"""Where an item's case text opens on prose right behind its header's title, with no heading between them.

A flattened transcript runs each header into its body; most bodies open on a heading (BODY_CUE), but some open on
their first sentence ('7. Tilskud til foreningen Ungdomshuset Den 3. marts 2024 modtog forvaltningen …', '… I 2023
blev der bevilget …'). A title is a noun phrase and holds no clause; a Danish main clause opens on its subject and
finite verb (sentence_openers.opens_sentence), or on a fronted adverbial of time (a date, a year) with the finite verb
right after it (the verb second: 'Den 3. marts 2024 modtog', 'I 2023 blev'). The grammar, not a publisher's words.
"""
from __future__ import annotations

import re

from .dates import MONTH_WORDS
from .sentence_openers import opens_sentence

_WORD = re.compile(r"\S+")
# a fronted adverbial of time and the word after it in small letters (the finite verb): 'Den 3. marts 2024 modtog',
# '3. marts 2024 blev', 'I 2023 blev', 'I marts 2024 har'
_TIME_FIRST = re.compile(rf"(?:(?:Den|I)\s+)?(?:\d{{1,2}}\.\s*)?(?:{MONTH_WORDS})\s+\d{{4}}\s+[a-zæøå]{{2,}}\b"
                         rf"|I\s+\d{{4}}\s+[a-zæøå]{{2,}}\b")
# a finished sentence: a word's last letters, its full stop, the next capital (public: chain_entries asks it too, as no
# title holds one)
SENTENCE_END = re.compile(r"[a-zæøå]{2}\.\s+[A-ZÆØÅ]")
_TITLE_WORDS = 2  # the fewest words of a title before its body's prose


def prose_start(span: str, limit: int, clauses: bool = True) -> int | None:
    """The offset in `span` (a header's title run on into its body) where the body's first sentence opens: the
    first capitalised word after the title's first _TITLE_WORDS words, before `limit` and before any finished
    sentence, that opens a time adverbial and its verb, or with `clauses` a clause (opens_sentence, without bodies'
    names) behind a word in small letters; None where none does. (A last entry's span asks without `clauses`: the
    words it is cut off before would be read as an entry of their own.)"""
    stop = SENTENCE_END.search(span)
    end = min(limit, stop.start() + 2 if stop else len(span))
    before = ""
    for k, w in enumerate(_WORD.finditer(span, 0, end)):
        word = w.group()
        if k >= _TITLE_WORDS and word[:1].isupper() and (
                _TIME_FIRST.match(span, w.start())
                or clauses and before.isalpha() and before.islower() and opens_sentence(span, w.start(), names=False)):
            # (a clause behind a capitalised word may follow a heading no lexicon knows, 'Formål Forvaltningen har
            # …', which the repeated heads cut, or a name that ends the title: neither is read here)
            return w.start()
        before = word
    return None
