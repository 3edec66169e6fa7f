"""A web site's chrome around a saved page (skip links, menus, breadcrumbs, a cookie banner, page tools, a side list of
other meetings, a footer of contact facts) is no content: the case's title, the meeting's body and date and the last
decision read as without it (parse/site_chrome.py). Invented pages and chrome, no real text copied."""
from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.lines import prepare
from sagsgang.read.html import read_html

from .transcript_page import parse_text

# a single case printed alone: its title is the page's first line
CASE = """Ny belysning på Kildevej

25/4711 Åben sag

Sagsfremstilling

Forvaltningen foreslår at skifte lamperne på Kildevej til LED i løbet af foråret.

Indstilling

Forvaltningen indstiller, at forslaget godkendes.

Beslutning

Vejudvalget den 3. februar 2025

Godkendt.
"""

# a meeting whose head prints its body and date on the first lines
MINUTES = """Vejudvalget

03-02-2025

Referat

Sted: Mødelokale Grøn

1. Godkendelse af dagsorden

Sagsnr.: 25/100

Beslutning

Godkendt.

2. Vejbump på Mosevej

Sagsnr.: 25/101

Sagsfremstilling

Beboerne ønsker vejbump på Mosevej.

Beslutning

Godkendt med den ændring, at bumpene flyttes.
"""

MENU = "Gå til indhold\nSpring navigation over\nMenu\nSøg\nBorger\nErhverv\nPolitik\nOm kommunen\nKontakt\nLog ind\n\n"
COOKIE = ("Vi bruger cookies for at huske dine valg og tælle besøg på siden.\nAccepter alle\nKun nødvendige\n"
          "Læs mere\n\n")
TOOLS = "Print\nDel på Facebook\nDownload som PDF\nAbonnér på dagsordener\nFold alle punkter ud\n\n"
OTHER_MEETINGS = ("Forrige møde\nNæste møde\nAndre møder\nHavneudvalget 14-01-2025\nSkoleudvalget 9. januar 2025\n"
                  "Se alle møder\n\n")
SIDE_MENU = ("\n\nUdvalg\nHavneudvalget\nSkoleudvalget\nKommende møder\nHavneudvalget 11-03-2025 kl. 15.00\n"
             "Se alle møder\n")
FOOTER = ("\n\nMøllegade 7, 9990 Kirkeby\nTelefon 98 76 54 32\nCVR 87654321\nEAN 5790001234567\n"
          "Tilgængelighedserklæring\nPrivatlivspolitik\nFølg os\n")


def test_menu_and_cookie_banner_before_a_case_leave_its_title(tmp_path: Path) -> None:
    for chrome in (MENU, COOKIE, TOOLS, MENU + COOKIE + TOOLS):
        doc = parse_text(tmp_path, chrome + CASE)
        assert [it.title for it in doc.items] == ["Ny belysning på Kildevej"], chrome
    # a case's own title about cookies is no banner
    doc = parse_text(tmp_path, MENU + CASE.replace("Ny belysning på Kildevej", "Brug af cookies på hjemmesiden"))
    assert [it.title for it in doc.items] == ["Brug af cookies på hjemmesiden"]


def test_slash_breadcrumb_before_a_case_is_no_title(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, "Forside / Politik / Dagsordener og referater\n\n" + CASE)
    assert [it.title for it in doc.items] == ["Ny belysning på Kildevej"]


def test_chrome_before_a_meeting_leaves_its_head(tmp_path: Path) -> None:
    plain = parse_text(tmp_path, MINUTES)
    doc = parse_text(tmp_path, MENU + COOKIE + "Forside > Politik > Vejudvalget\n" + TOOLS + MINUTES)
    assert (doc.meeting.committee, doc.meeting.date) == (plain.meeting.committee, plain.meeting.date) \
        == ("Vejudvalget", "2025-02-03")
    assert [it.title for it in doc.items] == [it.title for it in plain.items]
    # 'Udvalg' / 'Vejudvalget' after the chrome is the page's own label and body, no side list: no chrome follows it
    doc = parse_text(tmp_path, MENU + TOOLS + "Udvalg\nVejudvalget\nDato\n03-02-2025\n\n" + MINUTES.split("\n", 4)[4])
    assert (doc.meeting.committee, doc.meeting.date) == ("Vejudvalget", "2025-02-03")


def test_a_side_list_of_other_meetings_gives_no_committee_or_date(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, OTHER_MEETINGS + MINUTES + SIDE_MENU)
    assert (doc.meeting.committee, doc.meeting.date) == ("Vejudvalget", "2025-02-03")
    assert [it.number for it in doc.items] == ["1", "2"]
    assert doc.items[-1].decisions[-1].text == "Godkendt med den ændring, at bumpene flyttes."


def test_a_footer_of_contact_facts_does_not_run_into_the_last_decision(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, MINUTES + FOOTER)
    assert doc.items[-1].decisions[-1].text == "Godkendt med den ændring, at bumpene flyttes."


def test_chrome_run_onto_the_first_and_last_line_is_cut_off(tmp_path: Path) -> None:
    """An extractor that joined the menu to the case's title line and the footer to its last decision."""
    menu = "Gå til indhold Menu Søg Borger Erhverv Politik Log ind "
    footer = " Møllegade 7, 9990 Kirkeby Telefon 98 76 54 32 CVR 87654321 Privatlivspolitik Følg os"
    doc = parse_text(tmp_path, menu + CASE.rstrip("\n") + footer + "\n")
    assert [it.title for it in doc.items] == ["Ny belysning på Kildevej"]
    assert doc.items[0].decisions[-1].text == "Godkendt."
    tools = "Print Del på Facebook Download som PDF Fold alle punkter ud "
    doc = parse_text(tmp_path, tools + CASE.rstrip("\n") + " Til toppen\n")
    assert [it.title for it in doc.items] == ["Ny belysning på Kildevej"]
    assert doc.items[0].decisions[-1].text == "Godkendt."


def test_a_breadcrumb_run_onto_the_head_gives_its_body_a_line(tmp_path: Path) -> None:
    """'Forside > Politik > Vejudvalget Ny belysning …': the trail's last step is the page's body, the content follows
    (a case's title, or a head that names the body again)."""
    doc = parse_text(tmp_path, "Forside > Politik > Vejudvalget " + CASE)
    assert [it.title for it in doc.items] == ["Ny belysning på Kildevej"]
    doc = parse_text(tmp_path, "Forside > Politik > Vejudvalget " + MINUTES)
    assert (doc.meeting.committee, doc.meeting.date) == ("Vejudvalget", "2025-02-03")


def test_a_head_naming_the_body_alone_takes_the_date_its_items_were_decided(tmp_path: Path) -> None:
    """'Havneudvalget' above items each decided last by it on one date: that date is the meeting's."""
    page = """Havneudvalget

1. Nye fortøjninger

Sagsnr.: 25/300

Beslutning i Havneudvalget den 6. marts 2025:

Godkendt.

2. Takster for gæstepladser

Sagsnr.: 25/301

Beslutning i Havneudvalget den 6. marts 2025:

Taksterne hæves med 5 kr.
"""
    doc = parse_text(tmp_path, page)
    assert (doc.meeting.committee, doc.meeting.date) == ("Havneudvalget", "2025-03-06")


def _html_page(text: str, around: bool) -> str:
    """`text` as a site's HTML, each line a paragraph, with the chrome as lists in plain <div>s (`around`)."""
    def listed(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li><a href='#'>{t}</a></li>" for t in items) + "</ul>"
    body = "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln.strip())
    if not around:
        return f"<html><body><main>{body}</main></body></html>"
    return (f"<html><body><div class='top'>{listed(MENU.split(chr(10))[:-2])}</div><div class='tools'>"
            f"{listed(['Print', 'Del på Facebook', 'Abonnér på dagsordener'])}</div><main>{body}</main>"
            f"<div class='side'><h2>Andre møder</h2>{listed(['Havneudvalget 14-01-2025', 'Skoleudvalget'])}</div>"
            f"<div class='bottom'>{listed(FOOTER.split(chr(10))[2:-1])}</div></body></html>")


def test_html_chrome_in_lists_of_plain_divs_reads_as_the_page_without_it(tmp_path: Path) -> None:
    """The HTML reader prints a menu's entries as '- Borger' lines with no blank line between them, the page's
    paragraphs each after a blank line: the bullets are chrome's too, and the page is still one spaced paragraph a
    line."""
    page = tmp_path / "page.html"
    page.write_text(_html_page(MINUTES, around=False), encoding="utf-8")
    plain = parse_file(page).to_contract()
    page.write_text(_html_page(MINUTES, around=True), encoding="utf-8")
    assert parse_file(page).to_contract() == plain
    assert plain["meeting"]["committee"] == "Vejudvalget"


def test_a_page_of_spaced_paragraphs_inside_html_chrome_is_read_as_spaced() -> None:
    """A page whose every line is a paragraph prints a blank line after each, which then says nothing and goes; the
    chrome's lists around it print none between their entries, and must not make the page's blank lines count."""
    def lines(around: bool) -> list[str]:
        return [ln.text for ln in prepare(read_html(_html_page(MINUTES, around).encode(), "p.html").text)]
    assert lines(around=True) == lines(around=False)
    assert "" not in lines(around=False)
