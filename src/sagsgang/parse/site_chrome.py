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
from .lines import _BREADCRUMB, Line, is_chrome

# A site's links and buttons, each alone on its line: the top menu ('Borger', 'Erhverv', 'Politik', 'Log ind'), skip
# links, a cookie banner's buttons ('Accepter alle', 'Kun nødvendige'), page tools ('Del på Facebook', 'Download som
# PDF', 'Abonnér på dagsordener', 'Fold alle punkter ud') and legal links ('Tilgængelighedserklæring')
_LINK = re.compile(
    r"(?:Forside|Hjem|Start|Borger|Erhverv|Politik|Om kommunen|Kontakt(?: os)?|English|Log (?:ind|på|ud)|"
    r"Selvbetjening|Nyheder|Job(?: og karriere)?|Presse|Sitemap|Genveje|A-Å|"
    r"Spring (?:navigation(?:en)?|menuen) over|Spring over navigation(?:en)?|Gå til (?:menu|søgning|navigation)|"
    r"Accepter(?: alle| valgte| nødvendige)?(?: cookies)?|Afvis(?: alle)?(?: cookies)?|Kun nødvendige(?: cookies)?|"
    r"Tillad (?:alle|valgte)(?: cookies)?|Gem (?:valg|indstillinger)|(?:Cookie-?)?indstillinger|Tilpas|OK|"
    r"Jeg (?:accepterer|forstår)|Skriv ud|Print(?: siden)?|Del(?: siden)?|Del (?:på|via) \w+|"
    r"(?:Download|Hent)(?: som| i)? PDF|Abonn[ée]r(?: på .{1,40})?|Vis alle (?:bilag|punkter)|"
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
# A cookie banner's sentence ('Vi bruger cookies for at …'): one line that says cookies, not too long for a banner
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CHARS = 400
# 'Forside / Politik / Dagsordener': a trail whose steps a spaced slash parts, from the site's front page
_SLASH_TRAIL = re.compile(r"(?:Forside|Hjem|Start|Home|Du er her:?)(?: / [^/]{1,60}){2,}", re.IGNORECASE)


def _chrome(text: str, tail: bool = False) -> bool:
    """A line a site prints around its content whatever the page: a link or button, a cookie banner's sentence, a
    slash breadcrumb; after the content (`tail`) a contact fact too (before it, an address may be the meeting's)."""
    return bool(is_chrome(text) or _LINK.fullmatch(text) or _MEETING_LINK.fullmatch(text)
                or _SLASH_TRAIL.fullmatch(text) or len(text) <= _COOKIE_CHARS and _COOKIE.search(text)
                or tail and _CONTACT.fullmatch(text))


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
        t = ln.text
        if _chrome(t):
            end = k + 1
        elif _LIST_HEAD.fullmatch(t):
            listing = True
        elif not (listing and _listed(t) or ln.raw != t and len(_BREADCRUMB.split(ln.raw)) >= 3):
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
    """`lines` without the site's chrome before the first line of content and after the last (see the module)."""
    filled = [k for k, ln in enumerate(lines) if ln.text]
    texts = [lines[k].text for k in filled]
    head = _head_run([lines[k] for k in filled])
    if head == len(texts):
        return lines  # all chrome-like: no content to tell it from, leave the page as it is
    tail = _tail_run(texts[head:])
    if not head and not tail:
        return lines
    return lines[filled[head]:filled[len(filled) - tail - 1] + 1]
