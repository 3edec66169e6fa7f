"""Outcomes printed without a decision heading: the shape of a line that states what became of an item.

Many minutes print an item's outcome straight under its title, with no 'Beslutning' above it ('1. Godkendelse
af dagsorden' / 'Dagsordenen godkendt.'), or on the title's own line ('Godkendelse af dagsorden: Godkendt'). The
annotation rules count these as the meeting's decisions. What tells such a line from the first sentence of a
case's text is its grammar, not its words: an outcome verb alone ('Godkendt.', 'Foretoges.'), or a participle
said of the item's own paper in the definite form ('Orienteringen blev taget til efterretning.'), short, and
with no year or date (a sentence that dates what happened tells the case's history: 'Planen blev vedtaget i
2019.'). A proposal ('Direktionen indstiller, at …') has neither shape.
"""
from __future__ import annotations

import re

from .dashes import SPACED_DASHES
from .dates import DATE_ANY
from .headings import BARE_OUTCOME, OUTCOME_WORDS
from .people import ABSENCE_LABEL_WORD

# the participles of the outcome verbs (OUTCOME_WORDS), and those an outcome sentence adds: 'drøftet', 'foretaget'
_PARTICIPLE = (r"(?:ikke\s+)?(?:godkendt|tiltrådt|vedtaget|anbefalet|taget\s+til\s+efterretning|oversendt|udsat"
               r"|forkastet|afvist|drøftet|foretaget)")
# the noun an outcome is said of, in its definite form: 'Dagsordenen', 'Orienteringen', 'Beslutningsforslaget',
# 'Punktet' ('Dagsorden' too: its stem ends so); maybe with what goes with it ('Dagsorden med tillægsdagsorden')
_SUBJECT = r"[A-ZÆØÅ][a-zæøå]{2,}(?:en|et|ne)(?:\s+(?:med|og)\s+[a-zæøå]{3,}){0,2}"
# 'Dagsordenen godkendt.', 'Orienteringen blev taget til efterretning.', 'Beslutningsforslaget blev oversendt til
# Magistraten.': the participle right after the noun (or after 'blev'/'er'), a short tail at most
_ADVERB = r"(?:(?:herefter|hermed|derefter|således|endeligt?)\s+)?"
_SAID_OF = re.compile(rf"^{_SUBJECT}\s+(?:(?:blev|er)\s+)?{_ADVERB}{_PARTICIPLE}\b[^.!?]{{0,100}}\.$")
# 'Herefter blev dagsordenen godkendt.': the adverb first, the verb second, the noun after it
_SAID_AFTER = re.compile(rf"^(?:Herefter|Hermed|Derefter|Dernæst|Således)\s+(?:blev|er)\s+"
                         rf"[a-zæøå]{{2,}}(?:en|et|ne)\s+{_PARTICIPLE}\b[^.!?]{{0,100}}\.$")
# the sentences of a short paragraph: 'Punkt 3 blev udsat. Dagsordenen blev herefter godkendt.'
_SENTENCE_END = re.compile(r"(?<=[a-zæøå)]\.)\s+(?=[A-ZÆØÅ])")
_PARAGRAPH = 300
# 'Foretoges.', 'Vedtoges.', 'Anbefales.': a verb in the s-passive as the whole sentence
_PASSIVE_ALONE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,}es\.$")
# 'Intet.' under 'Eventuelt': nothing was raised, and that is the item's outcome
_NOTHING = re.compile(r"^Intet(?:\s+at\s+bemærke|\s+til\s+referat)?\.$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_OUTCOME_WORD = re.compile(rf"^{OUTCOME_WORDS}\b")
# 'Godkendt', 'Taget til efterretning', 'Intet', 'Foretoges': an outcome word and a few more, no full stop
# (an s-passive by its past endings only, alone: 'Kongres Hotel' is a name)
_UNSTOPPED = re.compile(rf"^(?:{OUTCOME_WORDS}\b(?:\s+[a-zæøå][^\s.:;,!?]*){{0,4}}|Intet"
                        r"|[A-ZÆØÅ][a-zæøå]{3,}(?:oges|tes|des))$")


def is_outcome_line(t: str, stop_optional: bool = False) -> bool:
    """`t` (a whole line) states an item's outcome: an outcome word leading it ('Godkendt.', 'Anbefales med …'),
    an s-passive alone ('Foretoges.'), 'Intet.', or a participle said of the item's paper ('Dagsordenen
    godkendt.'), without a year or date. With `stop_optional`, also the first three without their full stop
    when short ('Godkendt', 'Taget til efterretning'): where a line or a colon sets them apart."""
    if stop_optional and _UNSTOPPED.match(t):
        return True
    if BARE_OUTCOME.match(t) and _OUTCOME_WORD.match(t):
        return True
    if _YEAR.search(t) or DATE_ANY.search(t):
        return False
    if _PASSIVE_ALONE.match(t) or _NOTHING.match(t):
        return True
    # a short paragraph that ends in the outcome ('Pkt. 16 flyttes til sidst. Herefter blev dagsordenen godkendt.')
    last = _SENTENCE_END.split(t)[-1] if len(t) <= _PARAGRAPH else t
    return bool(_SAID_OF.match(last) or _SAID_AFTER.match(last))


# the outcome verbs in the s-passive ('Udsættes', 'Oversendes', 'Godkendes'), from OUTCOME_WORDS: what the meeting does
# to the case, said in the present
_S_PASSIVE = "|".join(w.lower() for w in re.findall(r"[A-ZÆØÅ][a-zæøå]+es\b", OUTCOME_WORDS))
# 'Drøftet.', 'Sagen udsættes til næste møde.', 'Punktet oversendes til Byrådet.': a participle as the whole sentence,
# or the case's noun (definite) with an outcome verb in the s-passive, a short tail
_PARTICIPLE_ALONE = re.compile(rf"^{_PARTICIPLE}\.?$", re.IGNORECASE)  # (capitalised: is_outcome_after_proposal)
_PASSIVE_SAID_OF = re.compile(rf"^{_SUBJECT}\s+(?:{_S_PASSIVE})\b[^.!?]{{0,100}}\.$")


def is_outcome_after_proposal(t: str) -> bool:
    """`t` states the outcome where its place tells it is one, the line after an item's proposal at the item's end
    (proposal_outcomes): as is_outcome_line, or a participle alone ('Drøftet.'), or the case said to be put off or
    sent on in the present ('Sagen udsættes til næste møde.'). Why only there: in a case's text such a sentence tells
    what is planned ('Sagen oversendes til Byrådet'); after the proposal it says what became of it (annotation rules:
    an outcome printed for the meeting's own item without a heading is the meeting's decision)."""
    t = t.strip()
    return is_outcome_line(t, stop_optional=True) or t[:1].isupper() and bool(_PARTICIPLE_ALONE.match(t)) \
        or not (_YEAR.search(t) or DATE_ANY.search(t)) and bool(_PASSIVE_SAID_OF.match(t))


# 'Godkendelse af dagsorden: Godkendt': the outcome after the title's last colon, its full stop optional
_COLON_TAIL = re.compile(r"^(?P<title>\S.{2,}?)\s*:\s+(?P<outcome>[A-ZÆØÅ][^:]{1,120})$")
_CAPITAL_AT = re.compile(r"(?<=\s)[A-ZÆØÅ]")
# 'Dagsordenen godkendt. Fraværende: X': an absence label run on after the outcome goes with it
_ABSENCE_AFTER = re.compile(rf"(?<=\.)\s+(?={ABSENCE_LABEL_WORD}\s*:)", re.IGNORECASE)


def trailing_outcome(text: str, stop_optional: bool = False) -> int | None:
    """Where the outcome a flattened line runs on into begins ('Godkendelse af dagsorden Dagsordenen godkendt.',
    'Sagsnr.: 24/0001 Godkendt.'): the first capital after the line's first word from which the rest is an
    outcome line (is_outcome_line), an absence label after it allowed; None when the line ends in none."""
    for c in _CAPITAL_AT.finditer(text):
        rest = text[c.start():]
        run_in = _ABSENCE_AFTER.search(rest)
        if is_outcome_line(rest[: run_in.start()] if run_in else rest, stop_optional=stop_optional):
            return c.start()
    return None


def title_and_outcome(title: str) -> tuple[str, str | None]:
    """(title, outcome) of an item header that prints the item's outcome behind its title: after a colon
    ('Godkendelse af dagsorden: Godkendt' -> ('Godkendelse af dagsorden', 'Godkendt')), or as the sentence a
    flattened page runs on into ('Godkendelse af dagsorden Dagsordenen godkendt.' -> ('Godkendelse af
    dagsorden', 'Dagsordenen godkendt.')); (title, None) when it prints none."""
    m = _COLON_TAIL.match(title)
    if m:
        outcome = m.group("outcome").strip()
        if is_outcome_line(outcome, stop_optional=True):
            return m.group("title").strip(), outcome
    at = trailing_outcome(title, stop_optional=True)
    head = title[:at].rstrip(f" {SPACED_DASHES}:") if at else ""
    return (head, title[at:]) if at and head else (title, None)
