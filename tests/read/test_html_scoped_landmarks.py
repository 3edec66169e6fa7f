"""The HTML reader drops a site's chrome, not a page's content: a page wrapped whole in a <form> (as ASP.NET sites
build every page) keeps its text, and a <header>/<footer> inside an article, section or the main content is that
content's own (the meeting's body and date, its closing line), while the page's own banner and footer go."""
from __future__ import annotations

from sagsgang.read import read_bytes

FORM_PAGE = """<html><body><div class="banner">Vi bruger cookies</div>
<form id="sideForm" method="post"><input type="hidden" name="tilstand" value="qqq">
<h1>Referat</h1><p>Plovudvalget 12-03-2031 kl. 16:00</p>
<h2>1. Godkendelse af dagsorden</h2><p>Beslutning: Godkendt.</p>
<select><option>Vælg udvalg</option></select></form></body></html>"""

SCOPED_PAGE = """<html><body><header><a href="/">Forside</a> Sogneportalen</header>
<main><article><header><h1>Plovudvalget</h1><p>Mødedato 12-03-2031 kl. 16:00</p></header>
<h2>1. Godkendelse af dagsorden</h2><p>Beslutning: Godkendt.</p>
<footer>Mødet hævet kl. 17.10</footer></article></main>
<footer>Sognegade 1, 9999 Sogneby</footer></body></html>"""


def test_a_page_wrapped_in_a_form_keeps_its_text_not_its_controls():
    text = read_bytes(FORM_PAGE.encode(), "moede.html").text
    assert "Plovudvalget 12-03-2031 kl. 16:00" in text
    assert "1. Godkendelse af dagsorden" in text and "Beslutning: Godkendt." in text
    assert "Vælg udvalg" not in text and "qqq" not in text


def test_an_articles_header_and_footer_stay_the_pages_own_go():
    lines = read_bytes(SCOPED_PAGE.encode(), "moede.html").text.split("\n")
    assert "Plovudvalget" in lines and "Mødedato 12-03-2031 kl. 16:00" in lines
    assert "Mødet hævet kl. 17.10" in lines
    assert not any("Sogneportalen" in ln or "Sognegade" in ln for ln in lines)


FOLDED_PAGE = """<html><body><h1>Plovudvalget</h1><p>Referat af mødet 12-03-2031 kl. 16:00</p>
<details><summary>1. Godkendelse af dagsorden</summary>Godkendt.</details>
<details><summary>2. Ny sti langs Sognevej</summary><p>Sagsfremstilling</p>Stien anlægges i grus.</details>
<fieldset><legend>Afbud</legend>Ole Plovmand</fieldset></body></html>"""


def test_folded_items_and_boxed_groups_keep_their_parts_on_lines_of_their_own():
    # an accordion's summary is the item's title line, its text below; a fieldset's legend is a label line
    lines = read_bytes(FOLDED_PAGE.encode(), "moede.html").text.split("\n")
    assert "1. Godkendelse af dagsorden" in lines and "Godkendt." in lines
    assert "2. Ny sti langs Sognevej" in lines and "Stien anlægges i grus." in lines
    assert lines[lines.index("Afbud") + 1] == "Ole Plovmand"


ROLES_PAGE = """<html><body><div role="banner">Sogneportalen</div><div role="navigation">Borger Erhverv Politik</div>
<div role="search">Søg på sitet</div>
<div role="main"><header><h1>Plovudvalget</h1><p>Mødedato 12-03-2031</p></header><h2>1. Godkendelse af dagsorden</h2>
<p>Godkendt.</p></div><div role="contentinfo">Sognegade 1, 9999 Sogneby</div></body></html>"""


def test_landmarks_named_by_role_are_read_as_the_elements():
    # a site built of <div>s names its banner, menu, search and footer by ARIA role: chrome as <nav>/<header>/<footer>
    text = read_bytes(ROLES_PAGE.encode(), "moede.html").text
    assert text.split("\n")[0] == "Plovudvalget" and "Mødedato 12-03-2031" in text and "Godkendt." in text
    assert not any(w in text for w in ("Sogneportalen", "Erhverv", "Søg på", "Sognegade"))
