"""Absentees and participants: who was not there, from the phrases minutes actually use."""
from __future__ import annotations

import re
from functools import cache

from .dashes import SPACED_DASH
from .dates import parse_date
from .leaving import LEFT_AS_INHABIL, LEFT_DURING_CASE, LEFT_ROOM, LEFT_THEN
from .list_bullets import bullets_parted
from .members import PARTY_ABBREVIATION, PARTY_NAME, ROLE_TITLE

# a party printed by name after a comma: "Anne Hansen, Socialdemokratiet", "Karl Berg, Dansk Folkeparti"
# "Anna Hansen, Venstre", "Anna Hansen - Venstre", "Anna Hansen (Venstre)"
# a member outside any party is marked where a party would stand ('(Løsgænger)', '(Uden for partierne)'): that is
# the member's party marker as printed, kept as a party is (annotation rules), neither a remark nor part of the name
# (and the word cut short as a narrow column prints it, '(Løsg.)', as a party's name is: '(Soc.)')
NO_PARTY = r"(?:Løsgænger|Løsg\.|Uden\s+for\s+(?:parti(?:erne)?|grupperne?))"
_PARTY_BY_NAME = re.compile(rf"(?:,|\s[{SPACED_DASH}])\s*{PARTY_NAME}$"
                            rf"|\s*\((?:{PARTY_NAME}|{NO_PARTY}|{PARTY_ABBREVIATION})\)$")
PARTY_ALONE = re.compile(rf"\s*{PARTY_NAME}\s*")

# the offices a members' list prints beside a name, and the roles (offices and plain membership)
OFFICES = r"formand|næstformand|borgmester|viceborgmester|udvalgsformand"
_ROLES = rf"{OFFICES}|medlem"
ROLES = _ROLES  # (meeting.py parts a flattened list at them)
# a role printed after a name, maybe with the name's party: ', formand (A)', ', næstformand'
ROLE_THEN_PARTY = re.compile(rf"\s*(?:{_ROLES})\.?(?:\s+(?:for|af|i)\s+(?-i:[a-zæøå])[^,;()]*?)?"
                              r"\s*(?P<party>\([A-ZÆØÅ]{1,3}\))?\s*", re.IGNORECASE)

# (a staff member's title is one word ending in its rank, 'Økonomichef', 'Kommunaldirektør', 'Centerchef': the
# title before the name in a 'Desuden deltog' list, no word of the name; no Danish name ends so)
_TITLES = re.compile(rf"^(?:{ROLE_TITLE}|\w*direktør|\w*chef)\s+", re.IGNORECASE)
_PARTICLES = r"van|von|der|de|la|le|af|du|den|el|al|bin"  # the words of a name in lower case ('Rafael van der Vaart')
# a capital of any Latin alphabet starts a name's word ('Çelik', 'Şahin', 'Łukasz'), and a particle with an apostrophe
# may stand before one ("d'Almeida", "l'Estrange")
NAME_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"
# a bullet before a list's entry, one a line: the word processors' dots, squares, arrows and ticks, and a lone
# 'o' (the hollow bullet a text extraction prints as a letter: 'o Anne Hansen (A)')
LIST_BULLET = rf"(?:[•·▪●◦○■□►▸➢➤✓✔*{SPACED_DASH}]|o(?=\s+[A-ZÀ-ÖØ-Þ]))"
_NAME_WORD = re.compile(rf"^(?:(?:[dDlL]['’])?[{NAME_CAPITAL}][\w'’.-]*|{_PARTICLES})$")
# party markers after a name: "(V)", "(hjhehv) V", "(NUH) V", " V", ", V"
_PARTY = re.compile(
    r"\s*(?:\([\wÆØÅæøå]{1,10}\)\s*[A-ZÆØÅ]{1,2}|(?:,\s*)?\([A-ZÆØÅ]{0,3}\)|(?<=\w)\s[A-ZÆØÅ]|,\s*[A-ZÆØÅ]{1,2}"
    rf"|\s[{SPACED_DASH}]\s[A-ZÆØÅ]{{1,3}}"  # 'Anne Hansen - A'
    # 'Anne Hansen [V]', 'Anne Hansen /V': a party's letters in square brackets or behind a slash, as some
    # publishers' templates print them; neither sign is ever part of a person's name
    r"|\s*\[[A-ZÆØÅ]{1,3}\]|\s*/\s*[A-ZÆØÅ]{1,3})$")
# a remark in brackets, not a party marker: "(Orlov)", "(Borgmester)(V)", "(protokol)", "(Stedfortræder for X)";
# a party by its name in brackets is the party ("(Socialdemokratiet)"), also cut short ("(Soc.)")
# (a party's letters in brackets inside one too: '(stedfortræder for Lars Lund (O))')
REMARK = re.compile(rf"\s*\((?![A-ZÆØÅ]{{1,3}}\)|{PARTY_NAME}\)|{NO_PARTY}\)|{PARTY_ABBREVIATION}\))"
                    r"(?:[^()]|\([A-ZÆØÅ]{1,3}\)){2,60}\)"
                    r"(?!\s*[A-ZÆØÅ]{1,2}(?![\wÆØÅæøå]))")
# where one name ends and the next begins in a list without commas: "… (hjhehv) V Klaus Hansen (hjkh) V …"
# (the next name carries a marker too, so that "Anna Aaen (V) Godkendt." is no list; the party may be named in full:
# "Anne Hansen (Socialdemokratiet) Bo Jensen (Venstre)")
_PARTY_THEN_NAME = re.compile(
    rf"(\([\wÆØÅæøå]{{1,10}}\)\s*[A-ZÆØÅ]{{1,2}}(?![\wÆØÅæøå(])|\([A-ZÆØÅ]{{1,3}}\)|\({NO_PARTY}\)|\({PARTY_NAME}\))"
    rf"(?=\s+[A-ZÆØÅÉÜÖÄ][a-zæøåéüöä][\w'’.-]*(?:\s+(?:[A-ZÆØÅÉÜÖÄ][\w'’.-]*|(?:{_PARTICLES})\b)){{0,4}}\s*\()")
# a given name's short form inside a name ('Jens Chr. Hansen'), as lookbehinds to put before a full stop (one each:
# Python's have one width)
_NAME_ABBREVIATIONS = ("Chr", "Kr", "Fr", "Th", "Joh", "Vilh")
NOT_NAME_ABBREVIATION = "".join(rf"(?<!\b{w})" for w in _NAME_ABBREVIATIONS)
# where a sentence ends (before the space after it): a full stop, '!' or '?', but not the stop of an abbreviation
# inside a name: a short form, or a single initial after a word ('Jens Ø. Hansen', 'H. C. Hansen'; 'Anne
# Hansen, A.' ends its sentence, the comma comes first)
SENTENCE_END = (r"(?<=[.!?])(?<!\w [A-ZÆØÅ]\.)(?<!^[A-ZÆØÅ]\.)(?<!\.[A-ZÆØÅ]\.)"
                + "".join(rf"(?<!\b{w}\.)" for w in _NAME_ABBREVIATIONS))
NONE_WORDS = {"ingen", "-", "ingen fraværende", "ingen afbud", "alle mødt", "alle til stede"}
# what parts the names of a list ('A (V), B og C samt D; E'), in every reading of one
# (a comma before 'og' too, as the comma that closes a party's apposition prints it: 'Anne Hansen, V, og Bo Jensen, A')
NAME_SEPARATOR = r",?\s+(?:og|samt|&)\s+|,\s*|\s*;\s*"  # ('&': 'og' as a template may print it)

# A label built of the parts the labels below are made of, with a colon: the notice's verb before the absence's noun
# ('Meddelt forfald:', 'Anmeldt afbud:'), who gave it ('Afbud meldt af:'), its reason in brackets or after 'pga.'
# ('Fraværende (afbud):', 'Fraværende pga. sygdom:'), a negated word of presence ('Ej mødt:', 'Ikke fremmødt:', 'Ikke
# deltagende:'). Each part is a word minutes use for absence already, so the label says absence whichever template
# composed it; only the colon after them makes the words a label (a sentence may hold them too). Tried first: 'Afbud'
# alone would take 'meldt af:' for its names.
_NOTICE_LABEL = (r"(?:(?:(?:Meldt|Meddelt|Anmeldt)\s+)?(?:Afbud|Forfald|Fravær(?:ende)?)"
                 # ('Fraværende var:', 'Afbud fra:': the label as the start of a sentence about its names)
                 r"(?:\s+(?:meldt|meddelt|modtaget)\s+(?:af|fra)|\s+(?:var|er|fra)|\s*\([a-zæøå ]{2,25}\)"
                 r"|\s+(?:p\.?\s?g\.?\s?a\.?|på\s+grund\s+af|grundet)\s+[a-zæøå]+)?"
                 r"|(?:Ikke|Ej)\s+(?:fremmødt|mødt|deltagende|til\s*stede))(?=\s*:)")
# A label composed of absence words by shape, with a colon: two of them joined ('Fraværende/afbud:', 'Afbud og
# fravær:', 'Fravær, afbud:'), or one with the case's treatment it was absent from ('Fraværende ved afstemningen:',
# 'Fravær i sagen:', 'Ikke til stede under behandlingen af dette punkt:'). Templates compose their labels of the words
# minutes use for absence, so a label built of them says absence whichever template built it; the treatment is this
# case's in words ('Fraværende under punkt 3:' names items, which the meeting's header scopes: absence_scope.py), and
# the colon makes the words a label (a sentence may hold them too). Tried first, like the notice labels: 'Fraværende'
# alone would take '/afbud:' for its names.
_ABSENCE_NOUN = r"(?:Fraværende|Fravær|Afbud|Forfald|(?:Ikke|Ej)\s+til\s*stede|Ikke\s+mødt)"
# A label said as a sentence's predicate, with a colon: not taking part in this case's treatment ('Deltog ikke i
# behandlingen:', 'Deltog ikke i sagens behandling:'), or who did not ('Følgende medlemmer deltog ikke:', 'Følgende
# var ikke til stede:', 'Følgende var fraværende under behandlingen af punktet:'). The predicate is the one an
# absence sentence prints after its names; a template that puts it first and the names after its colon says the same
# (only the colon makes it a label: 'Følgende deltog ikke i …' runs on as a sentence).
_TREATMENT = (r"(?:\s+(?:i|under|ved)\s+(?:behandlingen(?:\s+af\s+(?:dette\s+punkt|denne\s+sag|punktet|sagen))?"
              r"|(?:sagens|punktets)\s+behandling))?")
_PREDICATE_LABEL = (r"(?:Følgende(?:\s+medlemmer)?\s+(?:deltog\s+ikke|var\s+(?:ikke\s+til\s*stede|fraværende))"
                    rf"|Deltog\s+ikke){_TREATMENT}(?=\s*:)")
_COMPOSED_LABEL = (rf"(?:{_ABSENCE_NOUN}(?:\s*[/,]\s*|\s+(?:og|eller)\s+){_ABSENCE_NOUN}"
                   rf"|{_ABSENCE_NOUN}\s+(?:under|ved|i)\s+(?:(?:behandlingen|afstemningen)"
                   r"(?:\s+af\s+(?:dette\s+punkt|denne\s+sag|punktet|sagen))?|(?:sagens|punktets)\s+behandling"
                   r"|sagen|punktet|dette\s+punkt|denne\s+sag))(?=\s*:)")
# A person's party as a sentence prints it after the name: its letters or its name in brackets ('(V)', '(Venstre)',
# '(Nye Borgerlige)', '(Borgerlisten)', a word of three letters or more: '(Løsgænger)'), or its letters after a dash
# ('- V'). One piece for every sentence that names absentees (the verb after the names or the label before them), so
# a party printed one way in one sentence is read in all of them.
_PARTY_IN_SENTENCE = (rf",?\s*\((?:[A-ZÆØÅ]{{1,3}}|{PARTY_NAME}|{NO_PARTY}"
                      r"|[A-ZÆØÅ][a-zæøå]{3,}(?:\s[A-ZÆØÅ][a-zæøå]{3,})?)\)"
                      rf"|\s+[{SPACED_DASH}]\s+[A-ZÆØÅ]{{1,3}}(?=[\s,.;]|$)")
# a word of a name in a sentence: capitalised, after the particles before it ('Karin van der Berg')
_NAME_WORD_IN_SENTENCE = rf"(?:(?:{_PARTICLES})\s+)*[A-ZÆØÅ][\w'’.-]*"
# the names right before the verb of a sentence, each maybe with its party: 'Bo Jensen (V) og Lis Berg '
# (the party in brackets, its letter or its name, 'Bo Jensen (Socialdemokratiet)', or after a dash: 'Bo Jensen - V og
# Lis Berg - A'), particles between the words ('Karin van der Berg')
_NAME_IN_SENTENCE = rf"[A-ZÆØÅ][\w'’.-]*(?:{_PARTY_IN_SENTENCE})?(?:,?\s+og\s+|,\s*|\s+)"
_NAMES_BEFORE_VERB = rf"(?P<names>{_NAME_IN_SENTENCE}(?:(?:(?:{_PARTICLES})\s+)*{_NAME_IN_SENTENCE})*?)"
# not being there in the words the lexicon below lacks elsewhere: 'ej' for 'ikke' ('var ej til stede', 'deltog ej'),
# staying away ('udeblev'), being no participant ('var ikke deltagende'), being unable ('kunne ikke deltage'); with a
# name as the subject, one for a case and for a meeting alike
_NOT_THERE = (r"(?:var\s+ej\s+(?:til\s*stede|mødt)|deltog\s+ej|udeblev|var\s+ikke\s+deltagende"
              r"|kunne\s+ikke\s+(?:deltage|være\s+til\s*stede))"
              r"(?=[\s.,;]|$)"
              # the same not taking part in the present and the perfect tense, as minutes written while the meeting
              # is held print it ('X deltager ikke i behandlingen', 'X har ikke deltaget i sagens behandling'):
              # only where the sentence ends there or names a treatment or the meeting, for a body may be the
              # subject of those verbs in a case's text ('Regionen deltager ikke i projektet')
              r"|(?:deltager\s+ikke|(?:har|havde)\s+ikke\s+deltaget)"
              r"(?=\s*[.,;]|\s*$|\s+(?:i|under|ved)\s+(?:sagens|punktets|behandlingen|mødet|dette\s+punkt|punktet"
              r"|sagen|denne\s+sag)\b)")
# the sentence adverbs Danish puts between the verb and the absence it says ('X var dog fraværende', 'X deltog
# derfor ikke', 'X var heller ikke til stede', 'Y var også fraværende'): they weigh the sentence, the absence is the
# same
_SENTENCE_ADVERB = r"(?:dog|desværre|derfor|også|ligeledes|heller)"
# why a member was away, printed as the mark after the member's name in a members' list ('Bo Jensen (V) - syg', 'Bo
# Jensen (V) (ferie)'): a reason for absence is said only of one who was absent, so it marks the member as an
# absence word does (only as such a mark: no label's word)
ABSENCE_REASON_WORD = r"(?:syg|sygdom|sygemeldt|ferie|bortrejst)"
# "<names> deltog ikke i sagens behandling", "<names> var forhindret i at deltage", "... var fraværende",
# "<names> erklærede sig inhabil og deltog ikke i behandlingen"
ABSENT_SENTENCE = re.compile(
    _NAMES_BEFORE_VERB +
    # 'erklærede sig inhabil og', 'var inhabil og', 'blev erklæret inhabil og', 'var inhabil i sagen, og'
    # and a clause of a few words ending in the word itself, however the member said it ('meddelte inhabilitet og',
    # 'anså sig for inhabil og', 'gjorde opmærksom på sin inhabilitet og'): what follows 'og' must still say the
    # member was away, so the clause only lets the subject reach its verb
    r"(?P<inhabil>(?:[a-zæøå]+\s+){1,5}?inhabil(?:e|itet)?"  # ('X og Y erklærede sig inhabile og …')
    r"(?:\s+i\s+(?:sagen|punktet|denne\s+sag))?,?\s+og\s+)?"
    rf"(?:{LEFT_THEN})?"  # ('forlod mødet kl. 18.00 og deltog ikke …': leaving.py)
    rf"(?:deltog\s+(?:{_SENTENCE_ADVERB}\s+)?ikke(?:\s+i\s+(?:sagens|punktets|behandlingen|mødet|udvalgets))?"
    r"(?=[\s.,]|$)"
    rf"|ikke\s+deltog\b|var\s+forhindret|(?:var|er)\s+(?:{_SENTENCE_ADVERB}\s+)?fraværende"
    rf"|var\s+(?:{_SENTENCE_ADVERB}\s+)?ikke\s+(?:til\s*stede|mødt)|mødte\s+ikke\b"
    # the same said in the other words for not attending: 'ej' for 'ikke' ('var ej til stede', 'deltog ej'), the verb
    # of staying away ('udeblev'), of being no participant ('var ikke deltagende'), of leaving during the case ('gik
    # under behandlingen'): each with a person's name as its subject says the person missed the case
    rf"|{_NOT_THERE}"
    r"|gik\s+(?:under|inden|før)\s+(?:behandlingen|behandling|sagens|punktets|dette|punktet|sagen)"
    # ('X havde anmeldt forfald': the notice's other verb, as the labels print it, 'Anmeldt afbud:')
    r"|(?:havde|har)\s+(?:(?:an)?meldt\s+)?(?:afbud|forfald)|(?:an)?meldte\s+(?:afbud|forfald)"
    # left the room while the case was treated: 'forlod mødet under behandling af sagen', 'fratrådte under punktet'
    # (leaving.py); after 'inhabil og' the verb alone: away for this case
    rf"|{LEFT_DURING_CASE}|{LEFT_ROOM}|(?(inhabil){LEFT_AS_INHABIL}|(?!))"
    # inhabil and nothing more said: 'X var inhabil.', 'X erklærede sig inhabil i sagen.' One who is inhabil may
    # take no part in the case's treatment (forvaltningsloven § 3), so the sentence alone says X was away for it
    r"|(?:erklærede\s+sig|erklærer\s+sig|var|(?:var|blev)\s+erklæret)\s+inhabil"
    r"(?:\s+i\s+(?:sagen|punktet|denne\s+sag|behandlingen))?(?=\s*(?:[.;]|$))"
    # terse: 'Bo Jensen (V) fraværende.', 'Bo Jensen (V) - fraværende', 'Bo Jensen (V) (fraværende)'
    rf"|(?:[{SPACED_DASH}]\s*|\(\s*)?(?:ikke\s+til\s*stede|fraværende)\)?(?=\s*(?:[.;]|$))"
    # the reason said as the sentence's whole predicate ('Bo Jensen (V) var syg.', '… var på ferie.'): said only of
    # one who was away, as the same word after a name in a members' list marks the member absent
    rf"|var\s+(?:på\s+)?{ABSENCE_REASON_WORD}(?=\s*(?:[.;]|$)))"
)
# Names run together in a sentence, each maybe with its party as sentences print it, even an empty slot: 'Erik Holm
# (F), Bo Jensen - V og Lis Berg ()'
_NAMES_IN_SENTENCE = (rf"(?P<names>[A-ZÆØÅ][\w'’.-]*(?:(?:{_PARTY_IN_SENTENCE}|,?\s*\(\))?(?:,?\s+og\s+|,\s*|\s+)"
                      rf"[A-ZÆØÅ][\w'’.-]*)*(?:{_PARTY_IN_SENTENCE}|,?\s*\(\))?)")
# The verb first, as Danish puts it after an adverbial: 'Som inhabil deltog X ikke i behandlingen', 'Under punktet
# var X og Y fraværende', 'Ved sagens behandling var X ikke til stede'; and the body declaring the member inhabil
# ('Udvalget erklærede X for inhabil', not '… for ikke inhabil'): one declared so takes no part (forvaltningsloven § 3)
ABSENT_INVERTED = re.compile(
    r"\b(?:deltog|var|(?P<declared>erklærede))\s+" + _NAMES_IN_SENTENCE + r"\s+(?(declared)for\s+inhabile?\b|"
    r"(?:ikke(?:\s+til\s+stede)?(?=\s+i\s+(?:sagens|punktets|behandlingen|mødet)|\s*[.,;]|\s*$)|fraværende\b))")
# The notice of absence said as a sentence's start, no colon: 'Afbud fra X', 'Med afbud fra X', 'Afbud meldt af X',
# 'Afbud (er) modtaget fra X', 'Der var (modtaget) afbud fra X'. One alternation for every reader of such a sentence (a
# meeting's header, a decision's lines: decision_absences), so a wording one reads is a sentence to the other too
AFBUD_SENTENCE_LEAD = (r"(?:Afbud(?:\s+(?:(?:er|var)\s+)?(?:meldt|meddelt|modtaget))?\s+fra"
                       r"|Afbud\s+(?:(?:er|var)\s+)?(?:meldt|meddelt|modtaget)\s+af"
                       r"|Med\s+afbud\s+fra|Der\s+(?:var|er)\s+(?:modtaget\s+|meldt\s+)?afbud\s+fra)")
# The label first: "Afbud fra X.", "Med afbud fra X.", "Fraværende var X og Y.", "… Godkendt. Ikke til stede: X."
# ("Godkendt Afbud fra X": the capital 'Afbud fra' after a word with no stop opens a sentence whose line break the
# page lost, the outcome's line above it run on)
# 'uden' right after the verb of holding the meeting or treating the case ('Mødet blev holdt uden X'): the member
# was not there; 'uden' elsewhere is no absence ('uden bemærkninger')
_HELD_WITHOUT = r"(?:(?<=holdt\s)|(?<=behandlet\s))uden"
# everyone there but some: 'Alle var mødt undtagen X', 'Alle medlemmer var til stede, bortset fra X', 'Alle deltog med
# undtagelse af X': the exception names who was away
_ALL_BUT = (r"Alle(?:\s+(?:medlemmer|udvalgets\s+medlemmer))?\s+(?:var\s+(?:mødt|til\s*stede)|mødte|deltog)"
            r"(?:\s+i\s+mødet)?,?\s+(?:undtagen|bortset\s+fra|med\s+undtagelse\s+af)")
ABSENT_LEAD = re.compile(
    # ('… behandlet uden deltagelse af X.': the case treated without the member, in the sentence's middle; 'Mødet
    # blev holdt uden X.', 'Sagen blev behandlet uden X.': the meeting held, the case treated, without the member)
    rf"(?:^|(?<=[.:;]\s)|(?<=[a-zæøå]\s)(?=Afbud\s+fra\s|uden\s+deltagelse\s+af\s|{_HELD_WITHOUT}\s))"
    rf"(?:uden\s+deltagelse\s+af|{_HELD_WITHOUT}|Afbud\s*:|{AFBUD_SENTENCE_LEAD}|Fraværende(?:\s+var)?\s*:?"
    rf"|{_ALL_BUT}"
    r"|(?:Ikke|Ej)\s+til\s*stede\s*:)\s+"
    rf"(?P<names>[A-ZÆØÅ][\w'’.-]*(?:(?:{_PARTY_IN_SENTENCE})?(?:,?\s+og\s+|,\s*|\s+){_NAME_WORD_IN_SENTENCE})*"
    rf"(?:{_PARTY_IN_SENTENCE})?)\s*(?:[.;]|$)"
)
# Absence from the whole meeting, said in a sentence of the header: "X havde meldt forfald", "X deltog ikke i mødet"
MEETING_ABSENT_SENTENCE = re.compile(
    _NAMES_BEFORE_VERB +
    # (and 'X havde sendt afbud', 'X var meldt fraværende': the same notice in other verbs)
    r"(?:(?:havde|har)\s+(?:(?:an)?meldt|sendt)\s+(?:forfald|afbud)|(?:an)?meldte\s+(?:forfald|afbud)"
    r"|var\s+meldt\s+fraværende"
    r"|deltog\s+ikke\s+i\s+(?:mødet|dagens\s+møde)|var\s+forhindret\s+i\s+at\s+deltage\s+i\s+mødet"
    rf"|(?:var|er)\s+(?:{_SENTENCE_ADVERB}\s+)?fraværende"
    # said of the meeting, the sentence ending there: 'X var ikke til stede.', 'X mødte ikke.', 'X deltog ikke.',
    # 'X havde forfald.' (not 'X har forfald til Byrådsmødet 9. oktober': a case's text, another meeting)
    rf"|(?:var\s+(?:{_SENTENCE_ADVERB}\s+)?ikke\s+(?:til\s*stede|mødt)|mødte\s+ikke"
    rf"|deltog\s+(?:{_SENTENCE_ADVERB}\s+)?ikke|var\s+forhindret(?:\s+i\s+at\s+deltage)?"
    # (the reason as the whole predicate: 'X var syg.', 'X var på ferie.')
    rf"|(?:havde|har)\s+(?:forfald|afbud)|{_NOT_THERE}|var\s+(?:på\s+)?{ABSENCE_REASON_WORD})"
    # (or with the reason after it, 'X havde forfald pga. sygdom', 'X udeblev fra mødet')
    r"(?=\s*(?:[.;]|$)|\s+(?:i|ved|på|til|fra)\s+mødet\b|\s+(?:p\.?\s?g\.?\s?a\b|på\s+grund\s+af\b|grundet\b)))"
)
# A substitute named in a sentence ('Karl Berg (A) deltog som stedfortræder for Bo Jensen.', 'I stedet mødte
# Karl Berg.', 'Stedfortræder: Karl Berg'): who came instead of an absentee, no outcome of the case
SUBSTITUTE_SENTENCE = re.compile(
    r"^(?:I\s+stedet\b(?:\s+for\s+[^,.]{2,60}?)?,?\s+(?:mødte|deltog|indtrådte|var)\b"
    r"|(?:Stedfortræder|Suppleant)(?:e|er|en|erne)?\s*(?:for\s+[^:]{2,60})?:"
    r"|.*\b(?:deltog|mødte|indtrådte|var\s+indkaldt|blev\s+indkaldt)\s+(?:som\s+(?:stedfortræder|suppleant)|i\s+stedet\b))",
    re.IGNORECASE)
# A remark that limits someone's absence to some items or hours: '(punkt 1-3)', ', pkt. 1-2', 'til og med punkt 2',
# 'fra kl. 17.30', '(ankom kl. 17.30)', 'forlod mødet efter punkt 4', 'deltog ikke i pkt. 7 og 8, 10-18', '(delvis)'.
# Who was there for part of the meeting is no absentee of the whole meeting.
PART_OF_MEETING = (
    r"(?:(?:deltog|var|mødte|ankom|kom|gik|forlod\s+mødet|fraværende|ikke\s+til\s+stede)\s+)?(?:ikke\s+)?"
    r"(?:(?:under|fra(?:\s+og\s+med)?|til(?:\s+og\s+med)?|efter|før|inden|indtil|i|ved)\s+)?"
    r"(?:behandlingen\s+af\s+)?(?:dagsordenens\s+)?(?:punkt(?:erne)?|pkt\.?|sag(?:erne)?|kl\.?)\s*\d[\d.:\s,og-]*"
    r"|delvis|delvist")
_PART_REMARK = re.compile(rf"(?:\s*[,{SPACED_DASH}]\s*|\s*\(\s*|\s+)(?:{PART_OF_MEETING})\)?", re.IGNORECASE)
# The one a substitute came for was away: 'Karl Berg (F) deltog som stedfortræder for Erik Holm (F)', 'Karl Berg
# mødte i stedet for Erik Holm', 'I stedet for Erik Holm deltog Karl Berg', 'Stedfortræder for Erik Holm: Karl Berg'
_REPLACED = re.compile(
    r"(?:\b(?:deltog|mødte)\s+(?:som\s+(?:stedfortræder|suppleant)\s+for|i\s+stedet\s+for)"
    r"|(?:^|(?<=[.:;]\s))(?:I\s+stedet|Stedfortræder|Suppleant)\s+for)\s+" + _NAMES_IN_SENTENCE)
# what follows a name in a list and is not part of it: " - Lars Boel stedfortræder", ": Deltog", " - afbud", " - syg"
_TRAILING_REMARK = re.compile(
    rf"\s+[{SPACED_DASH}]\s+.*\b(?:stedfortræder|suppleant)\b.*$|\s*:\s*\S.*$|\s+[{SPACED_DASH}]\s+(?-i:[a-zæøå])[^()]{{0,40}}$"
    rf"|\s*[{SPACED_DASH},]\s*(?:{_ROLES}|suppleant|stedfortræder)\b.*$"
    # a role right after the party, as a table's column of roles prints it ('Anne Hansen (A) Formand'), also after a
    # party column's bare letters ('Anne Hansen A Formand', 'Bo Berg SF Medlem')
    rf"|(?:(?<=\))|(?<=\s(?-i:[A-ZÆØÅ]))|(?<=\s(?-i:[A-ZÆØÅ]{{2}})))\s+(?:{_ROLES})\.?$",
    re.IGNORECASE)
# a role printed as the label of its member's line ('Formand: Anne Hansen (A)', 'Næstformand: Bo Jensen (V)')
_ROLE_LABEL = re.compile(rf"^(?:(?:{OFFICES}|\w*medlem|\d\.\s*viceborgmester)\s*:\s*)+(?=[A-ZÆØÅ])", re.IGNORECASE)
# The words minutes print as an absence label ('Fraværende:', 'Afbud:', 'Fravær:', 'Forfald:', 'Ikke til stede:',
# 'Ikke mødt:', 'Meldt afbud:', 'Deltog ikke:'): one vocabulary for every reader of one (a decision's lines, a
# label run into other text, a flattened body, a marker after a member's name), so a label one reader knows
# is not text to another
# ('Fraværende med afbud:' / 'Fraværende uden afbud:': whether the absence was announced is part of the label)
ABSENCE_LABEL_WORD = (rf"(?:{_COMPOSED_LABEL}|{_NOTICE_LABEL}|{_PREDICATE_LABEL}"
                      r"|Fraværende(?:\s+(?:med|uden)\s+afbud|\s+medlem(?:mer)?(?=\s*:))?|Afbud"
                      r"|Fravær|Forfald|(?:Ikke|Ej)\s+til\s*stede|Ikke\s+mødt|Meldt\s+afbud|Med\s+afbud|Deltog\s+ikke|Forhindret)")
# 'Fraværende under behandlingen af punktet:', 'Ikke til stede under punktets behandling:' (what a label may say its
# absence is from, for every reader of one)
ABSENCE_DURING = (r"\s+(?:under|ved)\s+(?:behandlingen(?:\s+af\s+(?:punktet|sagen))?|(?:punktets|sagens)\s+behandling"
           r"|punktet|sagen|dette punkt)")
ABSENT_LABEL = re.compile(rf"^(?:{_COMPOSED_LABEL}|{_NOTICE_LABEL}|{_PREDICATE_LABEL}"
                          # ('Fraværende medlemmer:': who the absentees are, said in the label)
                          rf"|Fraværende(?:\s+(?:med|uden)\s+afbud|\s+var(?=\s*:|\s+[A-ZÆØÅ])|{ABSENCE_DURING}"
                          r"|\s+medlem(?:mer)?(?=\s*:))?"
                          r"|Afbud(?:\s+modtaget)?(?:\s+fra)?"
                          r"|Afbud under hele mødet|Fravær|Forfald"
                          # ('Ej til stede': the older word for 'ikke' that minutes keep in their labels)
                          rf"|(?:Ikke|Ej) til ?stede(?:{ABSENCE_DURING})?"
                          r"|Følgende deltog ikke(?: i behandlingen(?: af (?:punktet|sagen))?)?"
                          # 'Følgende var fraværende:', 'Følgende medlemmer var fraværende:': the label said as the
                          # start of a sentence, its names after the colon
                          r"|Følgende(?:\s+medlemmer)?\s+var\s+fraværende(?=\s*:)"
                          # labels that are words of a sentence too ('Deltog ikke i mødet'): with a colon only
                          # ('Med afbud fra formanden blev …' is a sentence; 'Med afbud:' a label)
                          # ('Forhindret:', 'Forhindret i at deltage:': the meeting's header reads them as labels
                          # of its absentees already, fact_labels; under a decision they are the same label)
                          r"|(?:Ikke\s+mødt|Meldt\s+afbud|Med\s+afbud|Deltog\s+ikke|Forhindret(?:\s+i\s+at\s+deltage)?)"
                          r"(?=\s*:|\s*$))"
                          r"\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)


# 'Lolan Ottesen (A) - formand Grethe Larsen (A) - næstformand …': a role after the party goes (the party stays)
# (with what the role is of: '(Ø), formand for udvalget', '(A), medlem af udvalget')
_ROLE_AFTER_PARTY = re.compile(rf"(\([A-ZÆØÅ]{{1,3}}\))\s*[{SPACED_DASH},]\s*(?:{_ROLES})\b\.?"
                               r"(?:\s+(?:for|af|i)\s+(?-i:[a-zæøå])[^,;()]*)?", re.IGNORECASE)
# whom a listed member came for, after the name ('Jan Holm (A) - suppleant for Kurt Berg', 'Gitte Sand (A) mødte
# for Kaj Ring', 'Bo Lind (stedfortræder for Ib Ryge)'): a remark, not a member (annotation rules)
SUBSTITUTE_REMARK = re.compile(
    rf"\s*[{SPACED_DASH},]?\s*\(?(?:(?i:suppleant|stedfortræder)|mødte(?:\s+i\s+stedet)?)\s+for\s+"
    r"[A-ZÆØÅ][\w'’.-]*(?:\s+(?:[A-ZÆØÅ][\w'’.-]*|van|von|de|af))*(?:\s*\([A-ZÆØÅ]{1,3}\))?\)?")
# 'Anne Hansen A Bo Jensen V Carl Nielsen C': a members' table read row by row, a party letter ending
# each name (taken only where it happens at least twice in a list without commas)
_LETTER_THEN_NAME = re.compile(r"([a-zæøåé]\s+[A-ZÆØÅ]{1,2})(?=\s+[A-ZÆØÅ][a-zæøåé])")


# a party's letters printed before the name, as a list sorted by party prints them ('A: Anne Hansen', 'V - Bo Berg'):
# a name's first word is never one to three capitals and a colon or a spaced dash (not '(C) Carl Holm': in a comma list
# that is the party of the name before it, 'Bo Berg, (C) Carl Holm')
_PARTY_FIRST = re.compile(rf"^(?:[A-ZÆØÅ]{{1,3}}\s*:|[A-ZÆØÅ]{{1,3}}\s[{SPACED_DASH}])\s*(?=[A-ZÆØÅ])")


def clean_name(raw: str) -> str | None:
    """'Rådmand Nicolaj Bang' -> 'Nicolaj Bang'; None when it does not look like a person's name."""
    name = re.sub(r"\s+", " ", raw).strip(" .,;:|")
    name = re.sub(rf"^{LIST_BULLET}\s*", "", name)
    name = _ROLE_LABEL.sub("", name)
    lead = first.group() if (first := _PARTY_FIRST.match(name)) else ""  # kept as printed, read apart
    name = name[len(lead):]
    party = re.search(r"\s*(?:\([A-ZÆØÅ]{1,3}\)|\[[A-ZÆØÅ]{1,3}\]|/\s*[A-ZÆØÅ]{1,3})$", name)
    cut = _TRAILING_REMARK.sub("", name)
    if cut != name and party and not cut.endswith(party.group().strip()):
        cut += party.group()  # 'Anne Hansen, formand (A)': the role goes, the party stays
    name = cut
    name = _TITLES.sub("", name)
    bare = _PARTY.sub("", _PARTY_BY_NAME.sub("", name))
    if PARTY_ALONE.fullmatch(bare):
        return None  # 'Fraværende: Dansk Folkeparti': a party, no person
    words = re.sub(r"^([^\s,]+),\s", r"\1 ", bare).split()  # (surname first: 'Larsen, Erling')
    if not 2 <= len(words) <= 6:
        return None
    if not all(_NAME_WORD.match(w) for w in words) or not words[0][0].isupper():
        return None
    if any(len(w) > 2 and w.isupper() for w in words) and not party:
        return None  # "ÅBNE SAGER", "BESLUTNING": headings in capitals, not people ('JENS HANSEN (A)' is one)
    return lead + name


# a word of a sentence among names: in lower case, four letters or more, no role, particle or list glue
_SENTENCE_WORD = re.compile(rf"(?<![\w(])(?!(?:{_ROLES}|{_PARTICLES}|og|samt)\b)[a-zæøå]{{4,}}\b")


def is_names_line(text: str) -> bool:
    """A line that names people and says nothing else: no word of a sentence ('X deltog som stedfortræder')
    and no text after a colon ('Melissa Meulengracht: Spørgsmål til punkt 3, …', a speaker's line). The line
    below a list of absentees' names is text again where it is none."""
    bare = REMARK.sub(" ", text)
    return not re.search(r":\s*\S+\s+\S", bare) and not _SENTENCE_WORD.search(bare)


def _commas_between_names(text: str) -> str:
    """A members' list printed without commas, with them: after each party marker ('… (hjhehv) V Klaus
    Hansen (hjkh) V …'), a role after a party dropped ('(A) - formand'), and after a party letter that
    ends two names or more ('Anne Hansen A Bo Jensen V …')."""
    text = _ROLE_AFTER_PARTY.sub(r"\1", text)
    text = _PARTY_THEN_NAME.sub(r"\1,", text)
    if "," not in text and len(_LETTER_THEN_NAME.findall(text)) >= 2:
        text = _LETTER_THEN_NAME.sub(r"\1,", text)
    return text


# a members' table read row by row starts with its column heads ('Navn Parti Anne Hansen A …')
_COLUMN_HEADS = re.compile(r"^(?:Navn|Medlem)(?:\s+(?:Parti|Funktion|Titel|Rolle|Fremmøde|Status|Deltagelse))+"
                           r"\s*(?=[A-ZÆØÅ]|$)")


# a spaced dash after a party's bracket and before two capitalised words ('Anne Hansen (V) - Bo Jensen (A)'): a list
# that parts its names by dashes. A remark after the dash is in small letters or one word ('- formand', '- Formand for
# udvalget', '- syg'), so two capitalised words after the party's bracket are the next name, unless the first is a
# role or a substitute's word ('- Stedfortræder Bo Ek' says who came instead)
_DASH_BETWEEN_NAMES = re.compile(rf"(?<=\))\s+[{SPACED_DASH}]\s+(?!(?i:{_ROLES}|suppleant|stedfortræder)\b)"
                                 r"(?=[A-ZÆØÅ][a-zæøåé]+\s+[A-ZÆØÅ][a-zæøåé])")


def split_names(text: str, run_on: bool = False) -> list[str]:
    """'A (V), B og C (A).' -> ['A (V)', 'B', 'C (A)'], dropping anything that is not a name.

    run_on: also split a members' list printed without commas after each party marker."""
    # a list a page's line broke after its glue ('Anne Hansen (V) og' / 'Bo Jensen (A)'): the glue goes
    text = re.sub(r"(?:,|\s+(?:og|samt))$", "", text.strip().rstrip("."))
    # the word for none as the value's first sentence ('Ingen. Sagsoplysninger Ingen.': a flattened page ran the next
    # heading and its text on after it): none, whatever follows
    if text.casefold() in NONE_WORDS or text.split(". ", 1)[0].casefold() in NONE_WORDS:
        return []
    text = REMARK.sub(" ", _COLUMN_HEADS.sub("", SUBSTITUTE_REMARK.sub("", bullets_parted(text, "\n"))))
    text = _DASH_BETWEEN_NAMES.sub(", ", text)
    if run_on:
        text = _commas_between_names(text)
    parts = surname_first(re.split(rf"{NAME_SEPARATOR}|\n", text))
    out: list[str] = []
    joined: set[int] = set()
    for k, p in enumerate(parts):
        if k in joined:
            continue  # the party of the name before it
        role = ROLE_THEN_PARTY.fullmatch(p)
        if role:
            if role.group("party") and out and not out[-1].endswith(")"):
                out[-1] = f"{out[-1]} {role.group('party')}"  # 'Anne Hansen, formand (A)'
            continue
        if k + 1 < len(parts) and (PARTY_ALONE.fullmatch(parts[k + 1])
                                   or re.fullmatch(r"\s*(?:[A-ZÆØÅ]{1,2}|\([A-ZÆØÅ]{1,3}\))\s*", parts[k + 1])):
            p = f"{p.strip()}, {parts[k + 1].strip()}"  # "Stephanie Lose, V", "Karl Berg, Dansk Folkeparti"
            joined.add(k + 1)
        for name in (_several_names(p) if run_on else None) or [clean_name(p)]:
            if name and name not in out:
                out.append(name)
    return out


_NOT_NAMES_IN_CAPITALS = {w for phrase in NONE_WORDS for w in phrase.split()} | {"fraværende", "afbud", "mødt"}
_CAPITALS_NAME = re.compile(r"[A-ZÆØÅ][A-ZÆØÅÉÜÖÄ'’-]+(?:\s+[A-ZÆØÅ][A-ZÆØÅÉÜÖÄ'’.-]*){1,4}")


def names_in_capitals(text: str) -> list[str]:
    """'JONAS KVIST og METTE LUND': the value of an absence label printed in capitals, names as printed. Only an
    absence label's value is read so (clean_name refuses capitals elsewhere, where they are headings): what such a
    label holds is people, in whatever case the publisher's template sets them."""
    parts = [p.strip() for p in re.split(NAME_SEPARATOR, text.strip().rstrip(".")) if p.strip()]
    if any(w.casefold() in _NOT_NAMES_IN_CAPITALS for p in parts for w in p.split()):
        return []  # 'INGEN FRAVÆRENDE', 'ALLE MØDT': the label's value says nobody, in capitals
    return parts if parts and all(_CAPITALS_NAME.fullmatch(p) for p in parts) else []


# where a sentence starts after a list of names run on into it ('Carl Nielsen Indstillingen anbefales.'): a
# capitalised word, then a word in lower case that is no name's particle (_NAME_WORD), list glue or verb of an
# absence sentence ('Carl Erik Nielsen deltog ikke …' is one sentence with its names)
_NOT_A_SENTENCE_WORD = (rf"(?!(?:{_PARTICLES}|{_ROLES}|og|samt|deltog|var|havde|har|mødte|meldte|forlod|ankom|kom|gik"
                        r"|erklærede|indtrådte|ikke)\b)[a-zæøå]")  # nor a role after a name ('X (V), formand')
_SENTENCE_AFTER_NAMES = re.compile(
    rf"\s+(?=[A-ZÆØÅ][\w'’.-]*\s+{_NOT_A_SENTENCE_WORD})"
    # or a sentence whose first word, its subject, extraction lost ('X, Y anmoder Byrådet om …')
    rf"|\s+(?={_NOT_A_SENTENCE_WORD})")


def names_then_sentence(text: str) -> tuple[list[str], str] | None:
    """(the names, the sentence) of an absence label's value whose names run on into the decision's next
    sentence without a full stop ('Carl Nielsen Indstillingen anbefales.', 'Ingen Sagen blev drøftet.'); None
    when the words before the sentence are not names and nothing else, or no sentence follows."""
    for m in _SENTENCE_AFTER_NAMES.finditer(text):  # where the names end: the first place that leaves names only
        head, sentence = text[: m.start()].strip(), text[m.end():]
        if head.casefold() in NONE_WORDS:
            return [], sentence
        parts = [p for p in re.split(NAME_SEPARATOR, REMARK.sub(" ", head)) if p.strip()]
        if parts and all(clean_name(p) or _several_names(p) for p in parts):
            return split_names(head, run_on=True), sentence
        if any(c.islower() for p in parts for c in p[:1]):
            return None  # a word in lower case among them: no list of names reaches further
    return None


# a surname alone before its comma ('Larsen, Erling (A)'): one capitalised word, no party's letters or name, no role
_LOWER = "a-zæøåäöüéèçş"
_SURNAME = re.compile(rf"^\s*(?:{LIST_BULLET}\s*)?[{NAME_CAPITAL}][{_LOWER}'’]+(?:-[{NAME_CAPITAL}][{_LOWER}]+)?\s*$")


def surname_first(parts: list[str]) -> list[str]:
    """A list printed surname first ('Larsen, Erling (A), Holm, Bo (V)'): each lone surname joined to the given
    names after its comma, as printed, where two or more entries are printed so or the list is that one entry
    (a lone word is never a name of its own, so nothing else is lost)."""
    lone = [k for k, p in enumerate(parts[:-1]) if _SURNAME.match(p) and not PARTY_ALONE.fullmatch(p)
            and not re.fullmatch(rf"\s*(?:{_ROLES})\s*", p, re.IGNORECASE)
            and _NAME_WORD.match((parts[k + 1].split() or [""])[0])]
    if not lone or len(lone) < 2 and len(parts) != 2:
        return parts
    out: list[str] = []
    skip = False
    for k, p in enumerate(parts):
        if skip:
            skip = False
            continue
        if k in lone:
            out.append(f"{p.strip()}, {parts[k + 1].strip()}")
            skip = True
        else:
            out.append(p)
    return out


def _several_names(part: str) -> list[str]:
    """'Anne Hansen Bo Jensen': names of a column read as one line, [] for one name or none."""
    words = part.split()
    if len(words) >= 4 and all(_NAME_WORD.match(w) for w in words):
        return names_without_separators(words)
    return []


def only_substitutes(text: str) -> bool:
    """True when every sentence of text names a substitute ('X deltog som stedfortræder for Y.'): a decision
    block that says only who was away and who came instead has no outcome, so it is no decision."""
    sentences = [s for s in re.split(rf"{SENTENCE_END}\s+|\n", text) if s.strip()]
    return bool(sentences) and all(SUBSTITUTE_SENTENCE.match(s.strip()) for s in sentences)


# A sentence saying that nobody was away ('Der var ingen afbud', 'Ingen fraværende.', 'Alle medlemmer var til stede.',
# 'Udvalget var fuldtalligt.'): the attendance record a decision block prints where its absentees would stand. It
# reports attendance, not an outcome, so a block of it alone is no decision, like one naming absentees.
NOBODY_AWAY_SENTENCE = re.compile(
    r"^(?:(?:Der\s+(?:var|er|blev)\s+(?:meldt\s+|modtaget\s+)?)?(?:ingen|intet)\s+(?:afbud|fraværende|forfald|fravær)"
    r"|Der\s+(?:var|er)\s+ikke\s+(?:meldt\s+)?(?:afbud|forfald|nogen\s+fraværende)"
    r"|(?:Alle|Samtlige)(?:\s+(?:\w+s\s+)?(?:medlemmer|deltagere))?\s+(?:var\s+|er\s+)?(?:til\s*stede|mødt|fremmødt)"
    r"|\w+\s+var\s+fuldtallig[et]?|Fuldtallig[et]?(?:\s+fremmøde)?)\s*[.!]?$",
    re.IGNORECASE)


def only_absence(text: str) -> bool:
    """True when every sentence of text opens by saying who was away ('Afbud fra X (A)', 'X var ikke til stede.')
    or that nobody was ('Der var ingen afbud'), or names a substitute: a decision block of such sentences alone
    has no outcome (annotation rules: no decision), as one of absence labels alone has none."""
    sentences = [s.strip() for s in re.split(rf"{SENTENCE_END}\s+|\n", text) if s.strip()]
    away = [bool(ABSENT_LEAD.match(s) or ABSENT_SENTENCE.match(s) or NOBODY_AWAY_SENTENCE.match(s))
            for s in sentences]
    return any(away) and all(a or SUBSTITUTE_SENTENCE.match(s) for a, s in zip(away, sentences, strict=True))


def bare_name(name: str) -> str:
    """'Erik Holm (F)' / 'Erik Holm, F' -> 'Erik Holm': the person, whatever party marker a mention prints."""
    return _PARTY.sub("", _PARTY_BY_NAME.sub("", name)).strip()


def replaced_people(text: str, known: list[str]) -> list[str]:
    """Whom the substitutes of text's sentences came for ('Karl Berg deltog som stedfortræder for Erik Holm'),
    leaving out the people of `known` however their party is printed (the absentees a label named already)."""
    seen = {bare_name(n) for n in known}
    out: list[str] = []
    for sentence in re.split(rf"{SENTENCE_END}\s+", text):
        for m in _REPLACED.finditer(sentence):
            out += [n for n in split_names(m.group("names")) if bare_name(n) not in seen and n not in out]
    return out


# where a sentence's second clause starts with its own subject: a comma, then 'og' or 'mens', then a capital
_CLAUSE_START = re.compile(r",\s+(?:og|mens)\s+(?=[A-ZÆØÅ])")


def _clauses(sentence: str) -> list[str]:
    """The sentence itself, then each clause after the first where it joins clauses ('…, og Y var fraværende')."""
    parts = _CLAUSE_START.split(sentence)
    return [sentence, *parts[1:]] if len(parts) > 1 else [sentence]


def absent_in_sentences(text: str) -> list[str]:
    """Names in 'X deltog ikke i sagens behandling' style sentences."""
    out: list[str] = []
    # (not after 'kl.' + its hour, nor after 'pga.' + its reason: 'X forlod mødet pga. inhabilitet')
    for sentence in re.split(rf"{SENTENCE_END}(?<!kl\.)(?<!pga\.)\s+", text):
        # each clause of a sentence that joins two ('X havde meldt afbud, og Y var fraværende'): a comma and 'og'
        # before a capital start a clause of its own subject, whose absentees count as the first one's do
        for clause in _clauses(sentence):
            m = ABSENT_SENTENCE.search(clause) or ABSENT_LEAD.search(clause) or ABSENT_INVERTED.search(clause)
            if not m:
                continue
            for name in split_names(m.group("names")):
                if name not in out:
                    out.append(name)
    return out


# A case's text that says members will miss this meeting (the item calling their substitutes): 'Martin Stenmann og
# Poul Erik Knudsen har forfald til Byrådsmødet 9. oktober 2018', 'X har meldt forfald til mødet'; what follows
# up to the sentence's end may print the meeting's date
_CALLED_OFF = re.compile(_NAMES_BEFORE_VERB + r"(?:har|havde)\s+(?:meldt\s+|anmeldt\s+)?(?:forfald|afbud)\s+til\s+"
                         # this meeting, by its kind ('Byrådsmødet', 'byrådets møde'), not another body's ('mødet i
                         # Kontaktrådet', 'bestyrelsesmødet')
                         r"(?i:(?:byråds|kommunalbestyrelses|udvalgs)?mødet|(?:byrådets|kommunalbestyrelsens|udvalgets)"
                         r"\s+møde)\b(?!\s+(?:i|med|hos)\s+[A-ZÆØÅ])(?P<rest>.{0,60})")


def called_off_for_meeting(text: str, meeting_date: str | None) -> list[str]:
    """The members a case's text says will miss the meeting ('X har forfald til Byrådsmødet 9. oktober 2018'),
    not where the sentence names another date than the meeting's."""
    out: list[str] = []
    for m in _CALLED_OFF.finditer(text):
        printed = parse_date(re.split(r"\.\s+(?=[A-ZÆØÅ])", m.group("rest"), maxsplit=1)[0])  # up to its full stop
        if printed and printed != meeting_date:
            continue
        out.extend(n for n in split_names(m.group("names")) if n not in out)
    return out


def absent_from_meeting(text: str) -> list[str]:
    """Names in 'X havde meldt forfald. I stedet mødte Y' style sentences of a meeting's header."""
    out: list[str] = []
    for sentence in re.split(rf"{SENTENCE_END}(?<!kl\.)(?<!pkt\.)\s+|\n", text):  # not after 'kl.' / 'pkt.' + number
        # 'X havde meldt forfald', or the lead first: 'Afbud fra X.', 'Der var afbud fra X.'
        for clause in _clauses(sentence):  # (each clause of its own subject, as absent_in_sentences reads them)
            m = MEETING_ABSENT_SENTENCE.search(clause) or ABSENT_LEAD.search(clause)
            if m and not _PART_REMARK.match(clause, m.end()):  # 'X var fraværende under punkt 2': part of it
                out.extend(n for n in split_names(m.group("names"), run_on=True) if n not in out)
    return out


@cache
def _name_dictionary() -> dict:
    """gender-guesser's name dictionary (Jörg Michael's nam_dict: some 48,000 names with a frequency per country),
    read once (0.2 s) for both name sets below."""
    from gender_guesser.detector import Detector

    return Detector().names


@cache
def danish_first_names() -> frozenset[str]:
    """Given names used in Denmark, from gender-guesser's name dictionary. A maintained list of real names rather
    than one made up here; read once, when a list without separators needs it."""
    from gender_guesser.detector import Detector

    denmark = Detector.COUNTRIES.index("denmark")
    return frozenset(name for name, by_gender in _name_dictionary().items()
                     if any(len(v) > denmark and v[denmark] != " " for v in by_gender.values()))


@cache
def given_names_anywhere() -> frozenset[str]:
    """Given names of any country in the same dictionary (danish_first_names): a council's members are not all
    named in Danish ('Mehmet', 'Liselott', 'Marc' are given names the Danish column lacks). Only ever used to let a
    name START at such a word, never to end one."""
    return frozenset(_name_dictionary())


def _given(word: str, names: frozenset[str]) -> bool:
    """A given name of `names`, or a compound of them ('Hans-Jørgen', 'Anne-Mette'): every part is one."""
    return word in names or "-" in word and all(part in names for part in word.split("-"))


def _name_score(words: list[str]) -> int | None:
    """How surely `words` (two to four) are one person's name in a run of names, None when they cannot be: it
    starts at a given name (+2 a Danish one, +1 one of anywhere) and ends at a surname, never at a Danish given
    name or an initial ('Anne Marie' is no whole name, so 'Louise Hansen' after it is no second one), less surely
    at a given name of anywhere ('Anne Hansen Mehmet' / 'Ali Berg' is worse than 'Anne Hansen' / 'Mehmet Ali
    Berg'). +1 for each name, so a run parts where a given name may start one ('Bo Abel' / 'Liselott Bak')."""
    first, last = words[0], words[-1]
    if last.endswith(".") or _given(last, danish_first_names()):
        return None
    if _given(first, danish_first_names()):
        score = 3
    elif _given(first, given_names_anywhere()):
        score = 2
    else:
        return None
    return score - _given(last, given_names_anywhere())


def names_without_separators(words: list[str]) -> list[str]:
    """'Anne Hansen Bo Jensen Carl Erik Nielsen' (a members' column read as one line) -> its names: the parting
    of the whole run into names of two to four words (each from a given name to a surname, _name_score) whose
    scores add up highest, so 'Bjarke Abel Liselott Blixt' parts where the second given name starts although
    'Liselott' is no Danish one. [] unless there are two names or more, so a run that is no list of people (or
    one person's long name) gives nothing."""
    best: list[tuple[int, list[str]] | None] = [None] * (len(words) + 1)
    best[0] = (0, [])
    for end in range(2, len(words) + 1):  # (best parting of words[:end], dynamic programming: linear in the run)
        for size in range(2, min(4, end) + 1):
            before, score = best[end - size], _name_score(words[end - size:end])
            if before is not None and score is not None and (best[end] is None or before[0] + score > best[end][0]):
                best[end] = (before[0] + score, [*before[1], " ".join(words[end - size:end])])
    found = best[len(words)]
    return found[1] if found is not None and len(found[1]) >= 2 else []
