"""Headings an unseen publisher prints item after item, known from the page before it is cut into items
(page_headings.page_labels): the item headers that only they vouch for are read, and each decision ends at
the next item's header instead of running on through it. The labels used here ('Sagsoplysninger',
'Uddybning') are not in the lexicon (headings.py)."""
from __future__ import annotations

import re
from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare
from sagsgang.parse.page_headings import page_labels

from .corpus_pages import extra_page

# a Guldborgsund-like page: '• 135.' / the title (twice) / the publisher's own headings / the decision heading
_PAGE = """Byråd: Referat af mødet 14. december 2017

Byråd

Starttidspunkt for møde: 14. december 2017 kl. 17:00
Mødelokale: Byrådssalen, Parkvej 37, Nykøbing F.
  • 135.

    Beslutningssag: Godkendelse af indkaldelse af stedfortrædere

    Beslutningssag: Godkendelse af indkaldelse af stedfortrædere


    Uddybning
    Der er ikke modtaget afbud til mødet i denne omgang

    Sagsoplysninger:
    Byrådet skal godkende indkaldelse af stedfortrædere, når et medlem har forfald.

    BESLUTNING I BYRÅDET den 14-12-2017

    Der var ingen afbud

  • 136.

    Beslutningssag: Godkendelse af dagsorden

    Beslutningssag: Godkendelse af dagsorden


    Uddybning
    Direktionen indstiller, at dagsordenen godkendes som den foreligger.

    Sagsoplysninger:
    Dagsordenen er udsendt til byrådets medlemmer sammen med bilagene.

    BESLUTNING I BYRÅDET den 14-12-2017

    Dagsordenen godkendt
"""


def test_labels_are_unknown_to_the_lexicon() -> None:
    """The test below means something only while the lexicon lacks these words."""
    assert not is_heading("Uddybning") and not is_heading("Sagsoplysninger:")


def test_repeated_labels_are_the_pages_headings() -> None:
    assert page_labels(prepare(_PAGE)) == {"Uddybning", "Sagsoplysninger"}


def test_items_and_decisions_read_by_the_pages_own_headings(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE, encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert [it["number"] for it in items] == ["135", "136"]
    # (item 135's block says only that nobody was away: no outcome, no decision, by the annotation rules)
    assert [[d["text"] for d in it["decisions"]] for it in items] == [[], ["Dagsordenen godkendt"]]
    assert items[1]["sections"][:2] == ["Uddybning", "Sagsoplysninger"]


def test_a_list_of_names_is_no_heading() -> None:
    """Names repeated above sentences (a transcript's speakers) are no headings: every word capitalised."""
    text = ("Hans Pedersen\nJeg synes forslaget er godt for hele kommunen og dens borgere.\n\n"
            "Mette Olsen\nJeg er uenig i forslaget af flere grunde som jeg vil nævne.\n\n"
            "Hans Pedersen\nDet kan jeg ikke se nogen grund til at være uenig i her.\n\n"
            "Mette Olsen\nSå må vi stemme om det til sidst i mødet i aften.\n")
    assert page_labels(prepare(text)) == frozenset()


# an Assens-like page: no item numbers or titles, each item opened by its case label ('• Sagsid.: 18/15013')
_LABELLED = """Referat

Onsdag den 18. december 2019 kl. 17:00

Mødested: Byrådssalen
Udvalg: Byrådet
  • Sagsid.:

    Beslutning Byrådet den 18-12-2019

    Dagsordenen godkendt.

  • Sagsid.: 18/15013

    Uddybning

    Økonomiudvalget anbefaler, at Koelbjerggruppen meddeles tilladelse til at kunne disponere over et kommunalt areal.

    Sagsoplysninger

    Stillingtagen til, at Koelbjerggruppen kan disponere over et kommunalt areal til en udstillingsbygning.
"""


def test_case_labels_open_items_whose_headings_are_unknown(tmp_path: Path) -> None:
    """The second case label heads only the publisher's own headings: it still opens an item, and the first
    item's decision ends above it."""
    p = tmp_path / "page.txt"
    p.write_text(_LABELLED, encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert [[d["text"] for d in it["decisions"]] for it in items] == [["Dagsordenen godkendt."], []]
    assert items[1]["case_numbers"] == ["18/15013"]


def test_first_of_a_run_of_labels_under_a_case_label_is_no_title(tmp_path: Path) -> None:
    """'Uddybning' right under '• Sagsid.: 16/27300' opens a run of labels heading the block's text
    ('Uddybning' … 'Sagsoplysninger' … 'Begrundelse' …): the item's first heading, not its title."""
    text = _LABELLED.replace("Stillingtagen til, at Koelbjerggruppen kan disponere over et kommunalt areal til en "
                             "udstillingsbygning.\n",
                             "Stillingtagen til, at Koelbjerggruppen kan disponere over et kommunalt areal til en "
                             "udstillingsbygning.\n\n    Begrundelse\n\n    Koelbjerggruppen under Vissenbjerg "
                             "Lokalråd har anmodet Assens Kommune om tilladelse til at opføre en bygning.\n")
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert items[1]["title"] is None
    assert items[1]["sections"] == ["Uddybning", "Sagsoplysninger", "Begrundelse"]



def test_the_documents_kind_repeated_in_its_header_is_no_heading(tmp_path: Path) -> None:
    """The tune page x0306 prints 'Dagsorden' on lines of its own, above itself, its facts and its contents, and
    again in its pages' heads: the document's title, no heading of its own. Read as one (with each listed number
    run onto its title, '1 Høring Sydtrafik budget 2016' / '4', as glued.py's numbers-alone prints it), the
    contents list ended at its first lines: 2 items read of the 21 read as printed."""
    text = re.sub(r"(?m)^(\d{1,3})\n(?=\S)", r"\1 ", extra_page("x0306.txt").read_text(encoding="utf-8"))
    assert "\n1 Høring Sydtrafik budget 2016\n" in text
    assert "Dagsorden" not in page_labels(prepare(text))
    p = tmp_path / "x0306.txt"
    p.write_text(text, encoding="utf-8")
    items = parse_file(p).items
    assert [it.number for it in items] == [str(n) for n in range(1, 22)]  # (as the page read as printed)
