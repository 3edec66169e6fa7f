"""Where a Danish sentence opens on its subject and its verb: the grammar that tells a run-in heading's text from a
name or a title going on.

A PDF transcript prints each page on one line, so a heading no lexicon knows stands run into its text
('… Sagsnr.: 14/2 Sagsgrundlag Der er udarbejdet …', '… forretningsorden. Hovedtræk Administrationen indstiller …').
What follows a heading is a sentence, and a Danish main clause opens on its subject and then its finite verb: a
pronoun or the expletive ('Der er', 'Det skal', 'Vi har') or a noun in the definite form ('Kommunen har',
'Administrationen indstiller', 'Udvalget besluttede'). A name goes on in capitals ('Anne Hansen', 'Vordingborg
Kommune': no definite ending, or a surname's '-sen'), a title in small letters; neither opens so. This is the
language's grammar, the same at every publisher, not a list of any publisher's words.
"""
from __future__ import annotations

import re

from .bodies import is_body_name

# the subject pronouns and the expletive a Danish sentence opens on, before its verb (closed classes of the grammar)
_PRONOUN = frozenset({"Der", "Det", "Den", "De", "Dette", "Denne", "Disse", "Vi", "Man", "Han", "Hun", "Jeg"})
# a noun in the definite form: '-en'/'-et' singular, '-erne'/'-ene' plural ('Kommunen', 'Udvalget', 'Parterne'; not
# 'Kommune', whose '-ne' is the word's own: 'Herning Kommune har' is a name and its verb); not a surname
# on '-sen' ('Hansen', 'Nielsen'), which a first name before it would otherwise make read as a heading and a subject
_DEFINITE = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}(?:en|et|erne|ene)")
_SURNAME = re.compile(r".*sen")
# the finite verb: the present on '-r' ('har', 'er', 'indstiller'), the past on '-de'/'-te' ('besluttede', 'købte'),
# or one of the modal and strong verbs that end otherwise ('skal', 'kan', 'blev')
_FINITE = re.compile(r"[a-zæøå]+(?:r|de|te)|skal|kan|vil|må|blev|fik|gik|kom|gav|tog|lod|bad|så")
# the small words on '-r', '-de' or '-te' that are no verb: prepositions, conjunctions, adverbs, ordinals ('Rammerne for
# …', 'Parterne eller …', 'Kommunen første gang …'): after a subject they leave the clause without its verb
_NO_VERB = frozenset({"for", "over", "under", "efter", "eller", "der", "her", "hvor", "hver", "nær", "mer", "før",
                      "første", "sidste", "anden", "andre", "bedste", "største", "mindste", "næste", "hele", "samme"})
# an auxiliary or modal verb: a phrase holding one is a clause ('Derudover skal', 'Planen er'), no heading's noun phrase
_AUXILIARY = frozenset({"er", "har", "var", "havde", "blev", "bliver", "skal", "skulle", "kan", "kunne", "vil", "ville",
                        "må", "bør"})
# the prepositions and conjunctions a sentence opens its adverbial or its clause on ('I økonomiaftalen …', 'Med
# kommunernes …', 'Som et led …', 'Da kommunen …'), a word in small letters after them
_ADVERBIAL = frozenset({"I", "På", "Med", "Efter", "Ved", "Som", "Under", "Siden", "Fra", "Udover", "Da", "Når", "Hvis",
                        "Forud", "Inden", "Gennem", "Blandt", "Ifølge"})
# the same opening as one pattern, for readers that ask a regular expression (title_tidy.BODY_CUE): a pronoun or a
# definite noun, its finite verb, and the clause going on (a comma, or a word in small letters)
SUBJECT_AND_VERB = (rf"(?:{'|'.join(sorted(_PRONOUN))}|{_DEFINITE.pattern})\s+"
                    rf"(?!(?:{'|'.join(sorted(_NO_VERB))})\b)(?:{_FINITE.pattern})(?:,|\s+[a-zæøå])")
_BODY_WORDS = 6  # the most words of a body's name read as a sentence's subject ('Børne- og Skoleudvalget indstiller')
_LOOK = 100  # characters read for the two words


def opens_sentence(text: str, at: int, names: bool = True) -> bool:
    """A main clause opens at `at` of `text`: its subject (a pronoun, a noun in the definite form that is no surname,
    or with `names` a body's name: 'Fredensborg Kommune har', 'Børne- og Skoleudvalget indstiller') and then its
    finite verb in small letters, or an adverbial's preposition and a word in small letters ('I forlængelse af …').
    A body's name is asked only with `names`: a place's name before it may be the name's own first word ('Vissenbjerg
    Lokalråd har'), where a pronoun or a definite noun is never a name's second word."""
    words = text[at: at + _LOOK].split()[:_BODY_WORDS + 2]
    if len(words) < 2:
        return False
    if words[0] in _ADVERBIAL:
        return words[1][:1].islower() and words[1].isalpha()
    if _finite(words[1]) and (words[0] in _PRONOUN
                              or bool(_DEFINITE.fullmatch(words[0])) and not _SURNAME.fullmatch(words[0])):
        return _goes_on(words, 1)
    verb = next((k for k in range(1, min(len(words), _BODY_WORDS + 1)) if _finite(words[k])), None) if names else None
    return verb is not None and is_body_name(" ".join(words[:verb])) and _goes_on(words, verb)


def _goes_on(words: list[str], verb: int) -> bool:
    """The clause whose finite verb is `words[verb]` goes on as a sentence does: a comma (or a stop) on the verb, or a
    word in small letters after it ('Kommunen har modtaget …', 'Administrationen indstiller, at …'), or a body's
    name as its object ('Borgmesteren orienterer Byrådet om …'). A capitalised word of another kind or a bare number
    right behind the verb opens the next title or the page column of a list run together ('Spørgetid Borgmesteren
    orienterer Budgetopfølgning …', '… orienterer 3 4 5': a contents list, 'Borgmesteren orienterer' one of its
    titles), where a sentence would go on; so does the line's end with no stop."""
    if words[verb][-1:] in ".,:;!?":
        return True
    after = words[verb + 1] if verb + 1 < len(words) else ""
    return after[:1].islower() or bool(after) and is_body_name(after.rstrip(".,:;"))


def _finite(word: str) -> bool:
    """`word` reads as a finite verb in small letters (_FINITE), no small word of another class (_NO_VERB)."""
    w = word.rstrip(",")
    return bool(_FINITE.fullmatch(w)) and w not in _NO_VERB


def no_noun_phrase(phrase: str) -> bool:
    """`phrase` is no heading's noun phrase: it holds an auxiliary or modal verb after its first word (a clause,
    'Derudover skal'), or ends on a preposition ('Koelbjerggruppen under': a sentence going on), where a heading is a
    noun phrase ('Fagligt skøn', 'Grundlag for sagen')."""
    words = phrase.split()
    return any(w in _AUXILIARY for w in words[1:]) or len(words) > 1 and words[-1].capitalize() in _ADVERBIAL
