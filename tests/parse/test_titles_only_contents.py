"""A contents list of titles only (no item numbers, dot leaders to a page) above item pages headed 'Punkt N: Title',
the bare case number and 'Beslutninger' before the sections, read as a PDF transcript: each page flattened on one
line behind its page number. Invented meeting, names and places; no real text."""
from sagsgang.parse import parse_file

from .transcript_page import viewer_text

COVER = "REFERAT Havneudvalget d. 03-02-2031 Mødedato Mandag d. 3. februar 2031 kl. 09:00 Mødested Mågesalen"
# a page's case text as long as a real one's, so each page line reads as a flattened page, not a heading
CASE_TEXT = ("Havnekontoret har modtaget en henvendelse fra bådelauget om forholdene ved molen, og sagen har været "
             "drøftet med brugerne af havnen. Sagsbeskrivelse Der er indhentet tilbud fra to entreprenører, og "
             "arbejdet kan udføres i løbet af foråret. Økonomiske konsekvenser Udgiften afholdes af havnens budget.")
SECTIONS = ["Beslutninger", "Resume", "Sagsbeskrivelse", "Økonomiske konsekvenser", "Indstilling"]


def _contents(*titles: str) -> str:
    return "Indholdsfortegnelse " + " ".join(f"{t}{'.' * max(3, 90 - len(t))} {p}" for p, t in enumerate(titles, 3))


def _item(n: int, title: str, decision: str = "Godkendt.") -> str:
    return (f"Punkt {n}: {title} 31-00010{n} Beslutninger {decision} Resume Sagen forelægges. {CASE_TEXT} "
            "Indstilling Havnekontoret indstiller, at sagen godkendes.")


def _parse(tmp_path, *pages: str):
    path = tmp_path / "page.txt"
    path.write_text(viewer_text(COVER, COVER, *pages), encoding="utf-8")
    return parse_file(path)


TITLES = ["Godkendelse af dagsorden", "Ny bådebro ved Tangvej", "Vinteroplag for joller", "Orientering"]


def test_numbered_signature_page_is_an_item(tmp_path):
    """The list's last title is a signature page that the pages below head 'Punkt 5: Underskriftsark', numbered in
    turn with the items: an item, not back matter to drop (its body no part of item 4's)."""
    doc = _parse(tmp_path, _contents(*TITLES, "Underskriftsark"), *(_item(n, t) for n, t in enumerate(TITLES, 1)),
                 "Punkt 5: Underskriftsark 31-000105 Beslutninger . Resume Mødets underskrifter.")
    assert [i.number for i in doc.items] == ["1", "2", "3", "4", "5"]
    assert doc.items[4].title == "Underskriftsark" and doc.items[4].case_numbers == ["31-000105"]
    assert [s.heading for s in doc.items[3].sections] == SECTIONS


def test_header_found_where_the_contents_wrapped_a_compound(tmp_path):
    """The contents wrap '2031-2033' at its hyphen ('2031- 2033'); the header prints it whole: the item is found
    at its header, with its own body, number and case, and takes the header's title."""
    titles = ["Godkendelse af dagsorden", "Tilskud til roklubben 2031- 2033", "Vinteroplag for joller", "Orientering"]
    doc = _parse(tmp_path, _contents(*titles),
                 *(_item(n, t.replace("- ", "-")) for n, t in enumerate(titles, 1)))
    assert [i.number for i in doc.items] == ["1", "2", "3", "4"]
    assert doc.items[1].title == "Tilskud til roklubben 2031-2033"
    assert [i.case_numbers for i in doc.items] == [[f"31-00010{n}"] for n in range(1, 5)]
    assert [s.heading for s in doc.items[0].sections] == SECTIONS


def test_header_gives_the_title_the_contents_cut(tmp_path):
    """The contents cut a long title and lose a title's last number into the page column; the headers print them
    whole, up to the bare case number before 'Beslutninger': the items take the headers' titles and cases."""
    long = ("Omlægning af kyststien fra Birkeholm Mole til Lyngbugtens Fyr og Tangstedet i perioden 1. marts 2031 til "
            "30. april 2031")
    cut = long[:95].rsplit(" ", 1)[0]
    titles = ["Godkendelse af dagsorden", cut, "Udbud af færgerute", "Orientering"]
    printed = ["Godkendelse af dagsorden", long, "Udbud af færgerute 42", "Orientering"]
    doc = _parse(tmp_path, _contents(*titles), *(_item(n, t) for n, t in enumerate(printed, 1)))
    assert [i.title for i in doc.items] == printed
    assert [i.case_numbers for i in doc.items] == [[f"31-00010{n}"] for n in range(1, 5)]


def test_plural_decision_heading_over_a_dash_list(tmp_path):
    """'Beslutninger - Anbefales …': the plural heading over a decision printed as a dash list is the decision's
    heading, as the singular is."""
    doc = _parse(tmp_path, _contents(*TITLES),
                 *(_item(n, t, "- Anbefales med den ændring, at broen males grøn." if n == 2 else "Godkendt.")
                   for n, t in enumerate(TITLES, 1)))
    two = doc.items[1]
    assert [s.heading for s in two.sections] == SECTIONS
    assert [d.text for d in two.decisions] == ["- Anbefales med den ændring, at broen males grøn."]
