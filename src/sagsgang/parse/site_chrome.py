"""A web site's chrome at the edges of a saved page: the skip links, menus, breadcrumb, cookie banner, page tools and
the side list of other meetings before the content, and the same lists, contact facts and policy links after it.

A page saved whole from a council's site prints these around the meeting, and read as content they take a single
case's title line ('Spring navigation over' read as the title), the head's committee and date (a side list's
'Økonomiudvalget 12-03-2024') and the last decision's text (a footer's address run into it). Only the runs at the
two edges go, and only lines that are chrome as a whole: the same words inside the content are the document's. The
lines leave the parse only; the document's text keeps them (searchable).
"""
from __future__ import annotations

import re

from .bodies import is_meeting_body
from .dates import DATE_ANY
from .lines import BREADCRUMB, Line, is_chrome

# A site's links and buttons, each alone on its line: the top menu ('Borger', 'Erhverv', 'Politik', 'Log ind'), skip
# links, a cookie banner's buttons ('Accepter alle', 'Kun nødvendige'), page tools ('Del på Facebook', 'Download som
# PDF', 'Abonnér på dagsordener', 'Fold alle punkter ud') and legal links ('Tilgængelighedserklæring'); no open
# wildcard, so that a run of them in a line ends where they end (_run_on). Not lines._CHROME, which the words shared
# with it ('Udskriv', 'Menu') repeat: that one drops a line anywhere in the page and holds open wildcards ('Download
# …', 'Spring til …'); these are chrome only at the page's edges ('Politik', 'Kontakt' are content's words too)
# and _piece reads them alone, each closed
_LINK = re.compile(
    r"(?:Forside|Hjem|Start|Borger|Erhverv|Politik|Om kommunen|Kontakt(?: os)?|English|Log (?:ind|på|ud)|"
    r"Selvbetjening|Nyheder|Job(?: og karriere)?|Presse|Sitemap|Genveje|A-Å|"
    r"Gå til (?:hoved)?indhold|Til indhold|Du er her:?|Menu|Søg|Luk|Udskriv|Dagsordener og referater|"
    r"Spring (?:navigation(?:en)?|menuen) over|Spring over navigation(?:en)?|Gå til (?:menu|søgning|navigation)|"
    r"Accepter(?: alle| valgte| nødvendige)?(?: cookies)?|Afvis(?: alle)?(?: cookies)?|Kun nødvendige(?: cookies)?|"
    r"Tillad (?:alle|valgte)(?: cookies)?|Gem (?:valg|indstillinger)|(?:Cookie-?)?indstillinger|Tilpas|OK|"
    r"Jeg (?:accepterer|forstår)|Skriv ud|Print(?: siden)?|Del(?: siden)?|Del (?:på|via) \w+|"
    r"(?:Download|Hent)(?: som| i)? PDF|Abonn[ée]r(?: på \w+)?|Vis alle (?:bilag|punkter)|"
    r"(?:Fold|Åbn|Luk) alle(?: punkter| bilag)?(?: ud| sammen)?|Tip en ven|Send til en ven|RSS|Lyt(?: til siden)?|"
    r"Læs (?:op|højt)|Til toppen|Tilgængelighedserklæring|Privatlivs(?:politik)?|Cookies?(?:politik)?|"
    r"Persondata(?:politik)?|Behandling af personoplysninger|Databeskyttelse|Om hjemmesiden|Følg os(?: på \w+)?|"
    r"Facebook|LinkedIn|Instagram|YouTube|Twitter|X)",
    re.IGNORECASE)
# The links about other meetings ('Forrige møde', 'Se alle møder'); those that open a list of them or of the bodies
# ('Andre møder' / 'Økonomiudvalget 12-03-2024' / …, 'Udvalg' / 'Økonomiudvalget' / …)
_MEETING_LINK = re.compile(r"(?:Forrige|Næste) møde|Se alle møder|Alle møder|Mødekalender", re.IGNORECASE)
_LIST_HEAD = re.compile(r"(?:Andre|Kommende|Tidligere|Seneste) møder|Møder(?: i \w+)?|(?:Politiske )?udvalg|"
                        r"Råd og nævn", re.IGNORECASE)
# A footer's contact facts: 'Telefon 11 22 33 44', 'CVR 12345678', 'EAN 5798…', 'E-mail: …', an address line ending
# in a post code and its town ('Torvegade 1, 8999 Lysby'), 'Åbningstider'
_CONTACT = re.compile(
    r"(?:Telefon|Tlf\.?|Hovednummer|CVR(?:-nr\.?| nr\.?)?|EAN(?:-nr\.?| nr\.?)?|SE-nr\.?|P-nr\.?|E-?mail|Mail|"
    r"Sikker mail|Postboks)\s*:?\s*[\w@. +-]{0,60}|Åbningstider|"
    r"[A-ZÆØÅ][\wæøå.' -]{1,40} \d{1,3}[A-Za-z]?(?:, [\wæøå. -]{1,30})?,? \d{4} [A-ZÆØÅ][\wæøå -]{1,30}")
# A cookie banner's sentence ('Vi bruger cookies for at …', 'Denne side anvender cookies …', '… cookies … dit
# samtykke'): one line that says the site uses cookies, not too long for a banner; a case's title about them ('Brug af
# cookies på hjemmesiden') says no such thing
_COOKIE = re.compile(r"\b(?:bruger|anvender|benytter|sætter|bruges|anvendes|benyttes)\s+(?:\w+\s+){0,2}cookies\b"
                     r"|\bcookies\b.*\bsamtykke", re.IGNORECASE)
_COOKIE_CHARS = 400
# 'Forside / Politik / Dagsordener': a trail whose steps a spaced slash parts, from the site's front page
_SLASH_TRAIL = re.compile(r"(?:Forside|Hjem|Start|Home|Du er her:?)(?: / [^/]{1,60}){2,}", re.IGNORECASE)


# a list's bullet before an entry, as the HTML reader prints a menu's <li> ('- Borger', '- Økonomiudvalget 12-03-2024')
_BULLET = re.compile(r"^[-•·*▪]\s+")


def _bare(text: str) -> str:
    return _BULLET.sub("", text, count=1)


def _chrome(text: str, tail: bool = False) -> bool:
    """A line a site prints around its content whatever the page: a link or button, a cookie banner's sentence, a
    slash breadcrumb; after the content (`tail`) a contact fact too (before it, an address may be the meeting's)."""
    return bool(is_chrome(text) or _link_or_fact(text, tail) or _SLASH_TRAIL.fullmatch(text)
                or len(text) <= _COOKIE_CHARS and _COOKIE.search(text))


def _link_or_fact(text: str, tail: bool) -> bool:
    """One of the site's links as a whole ('Del på Facebook', 'Forrige møde'), or after the content (`tail`) one
    contact fact ('Telefon 11 22 33 44'): a whole line of chrome, or one piece of a run of them (_piece)."""
    return bool(_LINK.fullmatch(text) or _MEETING_LINK.fullmatch(text) or tail and _CONTACT.fullmatch(text))


def _listed(text: str) -> bool:
    """A side list's entry: a body's name alone or with a date and time ('Økonomiudvalget 12-03-2024',
    'Teknik- og Miljøudvalget 9. april 2024 kl. 15.00'), which a list of meetings or bodies prints."""
    date = DATE_ANY.search(text)
    name = text[:date.start()].strip(" ,-–") if date else text
    return len(text) <= 100 and bool(name) and is_meeting_body(name)


def _head_run(lines: list[Line]) -> int:
    """How many of the first `lines` are chrome before the content: links and banners, and, where chrome follows
    them, a list's head and entries ('Andre møder' / 'Økonomiudvalget 12-03-2024') and a breadcrumb's last step
    (split_lines keeps 'Byrådet' of 'Forside > Politik > Byrådet'): a page's own head prints 'Udvalg' / 'Byrådet'
    and 'Byrådet 12-03-2024' too, then its content, and a trail's last step just before the content is the page's."""
    end = 0
    listing = False
    for k, ln in enumerate(lines):
        t = _bare(ln.text)
        if _chrome(t):
            end = k + 1
        elif _LIST_HEAD.fullmatch(t):
            listing = True
        elif not (listing and _listed(t) or ln.raw != t and len(BREADCRUMB.split(ln.raw)) >= 3):
            break
    return end


def _tail_run(texts: list[str]) -> int:
    """How many of the last `texts` are chrome after the content: links and contact facts read backwards, and a
    list's entries where its head comes before them (else they are the content's own last lines)."""
    start = len(texts)
    while start > 0 and (_chrome(texts[start - 1], tail=True) or _LIST_HEAD.fullmatch(texts[start - 1])
                         or _listed(texts[start - 1])):
        start -= 1
    while start < len(texts) and _listed(texts[start]) and not _LIST_HEAD.fullmatch(texts[start]):
        start += 1
    return len(texts) - start


def without_edge_chrome(lines: list[Line]) -> list[Line]:
    """`lines` without the site's chrome before the first line of content and after the last (see the module): the
    runs of whole lines, then what runs on to the first and last line left (and the runs again where that was a
    line of chrome pieces alone: 'Torvegade 1, 8999 Lysby Telefon 11 22 33 44' before a footer's links)."""
    kept = _without_runs(lines)
    cut = _without_run_on(kept)
    return _without_runs(cut) if len(cut) < len(kept) else cut


def _without_runs(lines: list[Line]) -> list[Line]:
    filled = [k for k, ln in enumerate(lines) if ln.text]
    texts = [_bare(lines[k].text) for k in filled]
    head = _head_run([lines[k] for k in filled])
    if head == len(texts):
        return lines  # all chrome-like: no content to tell it from, leave the page as it is
    tail = _tail_run(texts[head:])
    return lines[filled[head]:filled[len(filled) - tail - 1] + 1] if head or tail else lines


# the most words one link or contact fact of a run spans ('Telefon 11 22 33 44')
_PIECE_WORDS = 5


def _piece(words: list[str], tail: bool) -> bool:
    """One link or fact that a run holds, with its capital (chrome is capitalised: '… adgang til indhold' is text)."""
    t = " ".join(words)
    return t[:1].isupper() and _link_or_fact(t, tail)


def _run_on(words: list[str], tail: bool, whole: bool = False) -> int:
    """How many words at the start of `words` (read from the line's end when `tail`) are links or facts run
    together, two or more or one of several words ('Gå til indhold Menu Søg Borger …', '… Telefon 11 22 33 44 CVR
    12345678 Følg os'): an extractor that joined the site's chrome to the content's first or last line. Each piece
    the most words that are one before the content ('Del på Facebook', not 'Del'), the fewest after it (an address
    line takes any capital word before it: '… Godkendt. Torvegade 1, 8999 Lysby'). One word stays, unless `whole`."""
    k = pieces = 0
    several = False  # a piece of several words ('Til toppen', 'Gå til indhold') says chrome alone
    left = 0 if whole else 1
    while k < len(words) - left:
        sizes = range(1, min(_PIECE_WORDS, len(words) - left - k) + 1)
        n = next((n for n in (sizes if tail else reversed(sizes))
                  if _piece(words[k:k + n][::-1] if tail else words[k:k + n], tail)), 0)
        if not n:
            break
        k += n
        pieces += 1
        several = several or n > 1
    return k if pieces >= 2 or several else 0


def _without_run_on(lines: list[Line]) -> list[Line]:
    """`lines` with the chrome run onto the first line of content before it and onto the last after it cut off, and
    a breadcrumb's body before the first given its own line; a first or last line that is chrome pieces alone goes,
    unless it is the only line."""
    filled = [k for k, ln in enumerate(lines) if ln.text]
    if not filled:
        return lines
    out = list(lines)
    whole = len(filled) > 1
    first = out[filled[0]]
    words = first.text.split(" ")
    cut = _run_on(words, tail=False, whole=whole)
    if cut:
        rest = " ".join(words[cut:])
        first = out[filled[0]] = Line(rest, first.offset + len(first.text) - len(rest), rest)
    words = out[filled[-1]].text.split(" ")
    cut = _run_on(words[::-1], tail=True, whole=whole)
    if cut:
        rest = " ".join(words[:len(words) - cut])
        out[filled[-1]] = Line(rest, out[filled[-1]].offset, rest)
    body = _crumb_body(out[filled[0]])
    if body:
        first = out[filled[0]]
        rest = first.text[len(body) + 1:]
        out[filled[0]:filled[0] + 1] = [Line(body, first.offset, body), Line(rest, first.offset + len(body) + 1, rest)]
    blank = {id(ln) for ln in lines if not ln.text}  # the blank markers, not the lines cut to nothing
    return [ln for ln in out if ln.text or id(ln) in blank]


_BODY_WORDS = 10  # the most words a body's name spans ('Udvalget "Aktiv Hele Livet - Sundhed og Omsorg"')


def _crumb_body(line: Line) -> str | None:
    """The body a breadcrumb's last step names when the content's first line ran on behind it ('Forside > Politik >
    Byrådet 1. Godkendelse …', of which split_lines kept 'Byrådet 1. Godkendelse …'): the longest run of first words
    that is a body's name. That step is the page's own body, on a line of its own as when the trail is; a date
    behind it is the step's own ('… > Byrådet 12-03-2024': the meeting's page)."""
    if line.raw == line.text or len(BREADCRUMB.split(line.raw)) < 3:
        return None
    words = line.text.split(" ")
    sizes = range(min(_BODY_WORDS, len(words) - 1), 0, -1)
    # the content's head naming the same body first ('Byrådet Byrådet - Referat - …'): the step is the first
    n = next((n for n in sizes if words[:n] == words[n:2 * n] and is_meeting_body(" ".join(words[:n]))), 0) \
        or next((n for n in sizes if is_meeting_body(" ".join(words[:n]))), 0)
    return " ".join(words[:n]) if n and not DATE_ANY.match(" ".join(words[n:])) else None
