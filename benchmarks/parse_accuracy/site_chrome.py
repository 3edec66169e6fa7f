"""Robustness to a site's chrome: the tune pages that keep their lines, each wrapped in the chrome a council's web
site prints around its content (skip links and menus, breadcrumbs, a cookie banner, page tools, a side list of other
meetings, a footer of contact facts), scored against the same gold; the html-* variants write the page as HTML
(each line a paragraph) with the chrome in elements of its role or in plain <div>s, read by the HTML reader.

    PYTHONPATH=src python benchmarks/parse_accuracy/site_chrome.py [--only NAME] [--fields] [--out DIR] [--split check]

With `--split check` the check pages are wrapped instead: read their numbers only, as `real.py`'s.

Why: a page saved whole from an unseen municipality's site carries that site's chrome before and after the
content, and the tune pages carry the chrome of their own few sites only. The chrome here is invented wording of
each family and names no municipality, person or fact the gold counts (a breadcrumb's last crumb is the page's own
body, from its gold), so every point lost against the plain pages is the parser reading chrome as content.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

from real import CORPUS, lined_tune_pages, run_lined_variants

SKIP_MENU = ["Gå til indhold", "Spring navigation over", "Menu", "Søg", "Borger", "Erhverv", "Politik",
             "Om kommunen", "Kontakt", "English", "Log ind"]
COOKIE = ["Vi bruger cookies for at give dig den bedste oplevelse af hjemmesiden og til at lave anonym statistik. "
          "Du kan altid trække dit samtykke tilbage.", "Accepter alle", "Kun nødvendige", "Læs mere"]
TOOLS = ["Print", "Del", "Del på Facebook", "Download som PDF", "Abonnér på dagsordener", "Udskriv", "Vis alle bilag",
         "Fold alle punkter ud"]
# other meetings and bodies with their dates, as a meeting page's own navigation and side menu list them
MEETINGS_BEFORE = ["Forrige møde", "Næste møde", "Andre møder", "Økonomiudvalget 12-03-2024",
                   "Teknik- og Miljøudvalget 14-03-2024", "Børne- og Ungeudvalget 19. marts 2024", "Se alle møder"]
MEETINGS_AFTER = ["Udvalg", "Økonomiudvalget", "Teknik- og Miljøudvalget", "Børne- og Ungeudvalget",
                  "Kultur- og Fritidsudvalget", "Social- og Sundhedsudvalget", "Kommende møder",
                  "Økonomiudvalget 9. april 2024 kl. 15.00", "Teknik- og Miljøudvalget 11-04-2024", "Se alle møder"]
FOOTER = ["Torvegade 1, 8999 Lysby", "Telefon 11 22 33 44", "CVR 12345678", "EAN 5798000123456",
          "Tilgængelighedserklæring", "Privatlivspolitik", "Cookiepolitik", "Følg os"]
CRUMBS = ["Forside", "Politik", "Dagsordener og referater"]


_GOLD: dict[str, Path] = {}  # a page's text -> its gold file (filled before the variants run)


def _body(gold: dict) -> str | None:
    """The page's own body from its gold (the meeting's committee, else its first decision's): a breadcrumb's last
    crumb names it, so it adds nothing the gold does not already hold."""
    if gold.get("meeting") and gold["meeting"].get("committee"):
        return gold["meeting"]["committee"]
    return next((d["committee"] for it in gold.get("items") or [] for d in it.get("decisions") or []
                 if d.get("committee")), None)


def _crumbs(text: str) -> list[str]:
    gold = _GOLD.get(text)
    body = _body(json.loads(gold.read_text(encoding="utf-8"))) if gold else None
    return [*CRUMBS, body] if body else list(CRUMBS)


def _wrapped(before: Callable[[str], list[str]], after: Callable[[str], list[str]] = lambda t: [],
             run_on: bool = False) -> Callable[[str], str]:
    """The page with chrome lines before and after it; with `run_on`, the chrome joined into one line and run
    onto the page's first (last) line, as an extractor joins a page's inline elements."""
    def wrap(text: str) -> str:
        top, bottom = before(text), after(text)
        if not run_on:
            return "\n".join([*top, "", text.strip("\n"), "", *bottom]).strip("\n") + "\n"
        lines = text.strip("\n").split("\n")
        if top:
            lines[0] = " ".join([*top, lines[0].strip()])
        if bottom:
            lines[-1] = " ".join([lines[-1].rstrip(), *bottom])
        return "\n".join(lines) + "\n"
    return wrap


def _fixed(lines: list[str]) -> Callable[[str], list[str]]:
    return lambda text: lines


def _trail(sep: str) -> Callable[[str], list[str]]:
    return lambda text: [sep.join(_crumbs(text))]


VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda text: text,
    # skip links and the top menu, one a line, before the content
    "skip-menu": _wrapped(_fixed(SKIP_MENU)),
    # a breadcrumb trail to the page ('Forside > Politik > Dagsordener og referater > <body>'), several separators,
    # and one crumb a line
    "breadcrumb": _wrapped(_trail(" > ")),
    "breadcrumb-slash": _wrapped(_trail(" / ")),
    "breadcrumb-angle": _wrapped(_trail(" › ")),
    "breadcrumb-guillemet": _wrapped(_trail(" » ")),
    "breadcrumb-lines": _wrapped(_crumbs),
    # a cookie banner (a sentence and its buttons) before the content
    "cookie": _wrapped(_fixed(COOKIE)),
    # page tools before the content and a 'to the top' link after it
    "tools": _wrapped(_fixed(TOOLS), _fixed(["Til toppen"])),
    # the meeting's navigation before the content (other meetings with dates) and a side menu of bodies and
    # coming meetings after it
    "meetings": _wrapped(_fixed(MEETINGS_BEFORE), _fixed(MEETINGS_AFTER)),
    # a footer of contact facts and policy links after the content
    "footer": _wrapped(lambda t: [], _fixed(FOOTER)),
    # every family at once, in the order a site prints them
    "all": _wrapped(lambda t: [*COOKIE, *SKIP_MENU, " > ".join(_crumbs(t)), *TOOLS, *MEETINGS_BEFORE],
                    lambda t: ["Til toppen", *MEETINGS_AFTER, *FOOTER]),
    # the same chrome run onto the page's first or last line with no line break
    "skip-menu-run": _wrapped(_fixed(SKIP_MENU), run_on=True),
    "breadcrumb-run": _wrapped(_trail(" > "), run_on=True),
    "tools-run": _wrapped(_fixed(TOOLS), _fixed(["Til toppen"]), run_on=True),
    "footer-run": _wrapped(lambda t: [], _fixed(FOOTER), run_on=True),
}


def _html(text: str, chrome: bool, roles: bool) -> str:
    """The page as a site's HTML: each line a paragraph in <main>, and with `chrome` the families around it, in
    the elements that name their role (<header>, <nav>, <aside>, <footer>) or, without `roles`, in <div>s that only
    a class name tells apart (a menu and a side list as <ul>, the breadcrumb as links between '›')."""
    body = "\n".join(f"<p>{escape(ln.strip())}</p>" for ln in text.split("\n") if ln.strip())
    if not chrome:
        return f"<html><body><main>{body}</main></body></html>\n"

    def listed(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li><a href='#'>{escape(t)}</a></li>" for t in items) + "</ul>"
    trail = " › ".join(f"<a href='#'>{escape(t)}</a>" for t in _crumbs(text))
    tags = ("header", "nav", "aside", "footer") if roles else ("div",) * 4
    return (f"<html><body><div class='cookie-banner'><p>{escape(COOKIE[0])}</p>{listed(COOKIE[1:])}</div>"
            f"<{tags[0]} class='site-header'>{listed(SKIP_MENU)}</{tags[0]}>"
            f"<{tags[1]} class='breadcrumb'>{trail}</{tags[1]}><div class='page-tools'>{listed(TOOLS)}</div>"
            f"<main>{body}</main><{tags[2]} class='sidebar'><h2>Andre møder</h2>{listed(MEETINGS_BEFORE[3:-1])}"
            f"{listed(MEETINGS_AFTER)}</{tags[2]}><{tags[3]} class='site-footer'>{listed(FOOTER)}</{tags[3]}>"
            "</body></html>\n")


HTML_VARIANTS: dict[str, Callable[[str], str]] = {
    # the page as HTML with no chrome (what the two below are read beside), then with every family: in elements
    # of their role (the reader drops <header>, <nav>, <footer>; an <aside>'s side list stays) or in plain <div>s
    "html-plain": lambda text: _html(text, chrome=False, roles=False),
    "html-roles": lambda text: _html(text, chrome=True, roles=True),
    "html-divs": lambda text: _html(text, chrome=True, roles=False),
}


def main(argv: list[str] | None = None) -> int:
    for split in ("tune", "check"):
        for gold, _, text in lined_tune_pages(CORPUS, split):
            _GOLD[text] = gold
    return run_lined_variants({**VARIANTS, **HTML_VARIANTS}, "site-chrome", __doc__.split("\n\n")[0], argv,
                              counted=True, suffixes=dict.fromkeys(HTML_VARIANTS, ".html"))


if __name__ == "__main__":
    sys.exit(main())
