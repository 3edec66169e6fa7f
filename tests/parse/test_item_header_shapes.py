"""Ways a meeting page heads its items that issue 11's real pages imply but the shared pages do not print
each way: a table's number cell on its own line, a case-number label with the title after it, the title
above a bare 'Punkt N', unnumbered titles parted from their first heading by a blank line, HTML headings
without numbers. Written out as small pages; the expected items are read off each page by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Referat\nTeknik- og Miljøudvalget\nMødedato: 12. marts 2024 kl. 16.00\nMødested: Rådhuset, mødelokale 2\n\n"
BODY = ("Sagsfremstilling\nForvaltningen har udarbejdet et notat om sagen.\n\nIndstilling\n"
        "Forvaltningen indstiller, at sagen godkendes.\n\nBeslutning\nGodkendt.\n\n")
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. januar 2024", "Lokalplan 123 for boliger ved Skovvej",
          "Salg af grund i Nørreby", "Eventuelt"]


def _parse(tmp_path: Path, text: str, name: str = "page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return parse_file(p)


def _items(doc) -> list[tuple[str | None, str | None, int]]:
    return [(it.number, it.title, len(it.decisions)) for it in doc.items]


def test_a_number_cell_on_its_own_line_above_the_title(tmp_path):
    doc = _parse(tmp_path, HEAD + "".join(f"{k}.\n{t}\n\n{BODY}" for k, t in enumerate(TITLES, start=1)))
    assert _items(doc) == [(str(k), t, 1) for k, t in enumerate(TITLES, start=1)]


def test_a_points_list_in_a_proposal_is_no_item(tmp_path):
    text = HEAD + "1.\nGodkendelse af dagsorden\n\n" + BODY.replace(
        "Forvaltningen indstiller, at sagen godkendes.", "Forvaltningen indstiller, at\n2.\nbudgettet godkendes")
    assert [it.title for it in _parse(tmp_path, text).items] == ["Godkendelse af dagsorden"]


def test_one_word_title_after_sag_nr_where_the_last_item_ended(tmp_path):
    doc = _parse(tmp_path, HEAD + "".join(f"Sag nr. {k} {t}\n\n{BODY}" for k, t in enumerate(TITLES, start=1)))
    assert _items(doc) == [(str(k), t, 1) for k, t in enumerate(TITLES, start=1)]


@pytest.mark.parametrize("upper", [False, True])
def test_unnumbered_titles_a_blank_line_above_their_first_heading(tmp_path, upper):
    titles = [t.upper() if upper else t for t in TITLES]
    doc = _parse(tmp_path, HEAD + "".join(f"{t}\n\n{BODY}" for t in titles))
    assert _items(doc) == [(None, t, 1) for t in titles]


def test_html_items_headed_by_unnumbered_headings(tmp_path):
    items = "".join(f"<h2>{t}</h2><h3>Sagsfremstilling</h3><p>Forvaltningen har udarbejdet et notat.</p>"
                    f"<h3>Beslutning</h3><p>Godkendt.</p>" for t in TITLES)
    page = (f"<html><body><h1>Referat</h1><p>Teknik- og Miljøudvalget</p><p>Mødedato: 12. marts 2024</p>{items}"
            "</body></html>")
    doc = _parse(tmp_path, page, "page.html")
    assert _items(doc) == [(None, t, 1) for t in TITLES]
    assert [[s.heading for s in it.sections] for it in doc.items] == [["Sagsfremstilling", "Beslutning"]] * len(TITLES)


def test_a_title_after_the_case_number_on_its_label_line(tmp_path):
    doc = _parse(tmp_path, HEAD + "".join(f"Sagsnr. 24/12{k} - {t}\n\n{BODY}" for k, t in enumerate(TITLES)))
    assert _items(doc) == [(None, t, 1) for t in TITLES]
    assert [it.case_numbers for it in doc.items] == [[f"24/12{k}"] for k in range(len(TITLES))]


def test_another_label_after_the_case_number_is_no_title(tmp_path):
    text = HEAD + "".join(f"Sagsnr.: 24/12{k} Sagsbehandler: Lene Holm\n\n{t}\n\n{BODY}" for k, t in enumerate(TITLES))
    assert [it.title for it in _parse(tmp_path, text).items] == TITLES


def test_the_title_right_above_a_bare_item_label(tmp_path):
    doc = _parse(tmp_path, HEAD + "".join(f"{t}\nPunkt {k}\n\n{BODY}" for k, t in enumerate(TITLES, start=1)))
    assert _items(doc) == [(str(k), t, 1) for k, t in enumerate(TITLES, start=1)]


TRANSCRIPT = ("Referat Økonomiudvalget\n\nTranskript\n\n1 Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødelokale: "
              "Mødelokale 2, Rådhuset Starttidspunkt for møde: 16:30 Fraværende:\n\n2 {head}{titles}\n\n"
              "3 Godkendelse af dagsorden Sagsfremstilling Forvaltningen har udarbejdet et notat\n")
RUN = ["Godkendelse af dagsorden", "Orientering fra borgmesteren.", "Lukket: Salg af grund i Nørreby",
       "Ansøgning om tilskud til klubhus", "Lukket: Henvendelse til formanden", "Status på arbejdsmiljø",
       "Frigivelse af anlægsmidler til cykelsti"]


@pytest.mark.parametrize("head", ["", "Dagsorden "])
def test_a_transcript_page_of_titles_only_with_closed_entries_and_a_full_stop(tmp_path, head):
    doc = _parse(tmp_path, TRANSCRIPT.format(head=head, titles=" ".join(RUN)))
    assert [(it.title, it.public) for it in doc.items] == [
        ("Godkendelse af dagsorden", True), ("Orientering fra borgmesteren.", True),
        ("Salg af grund i Nørreby", False), ("Ansøgning om tilskud til klubhus", True),
        ("Henvendelse til formanden", False), ("Status på arbejdsmiljø", True),
        ("Frigivelse af anlægsmidler til cykelsti", True)]
    assert doc.meeting.location == "Mødelokale 2, Rådhuset"


def test_a_decision_heading_in_capitals_naming_the_meetings_body_takes_its_date(tmp_path):
    text = (HEAD + "1. Lokalplan 123 for boliger ved Skovvej\n\nSagsfremstilling\nForvaltningen har udarbejdet et "
            "forslag.\n\nTEKNIK- OG MILJØUDVALGETS BESLUTNING\nGodkendt.\n")
    [decision] = _parse(tmp_path, text).items[0].decisions
    assert (decision.date, decision.text) == ("2024-03-12", "Godkendt.")


def test_a_site_footer_after_the_last_item_is_no_part_of_its_decision(tmp_path):
    body = "Sagsfremstilling\nForvaltningen har udarbejdet et forslag.\n\nBeslutning\nGodkendt.\n\n"
    text = (HEAD + f"1. Godkendelse af dagsorden\n\n{body}2. Eventuelt\n\n{body}Kontakt\nNordby Kommune\n"
            "Rådhustorvet 1\n8000 Nordby\nTelefon 12 34 56 78\nTilgængelighedserklæring\nCookies\n")
    assert [[d.text for d in it.decisions] for it in _parse(tmp_path, text).items] == [["Godkendt."], ["Godkendt."]]


def test_a_menu_word_at_the_top_of_a_contents_page_cuts_nothing(tmp_path):
    text = "Kontakt\nSøg\n\nDagsorden\nTeknik- og Miljøudvalget\nMødedato: 12. marts 2024\n\n" + "".join(
        f"{k}. {t}\n" for k, t in enumerate(TITLES, start=1))
    assert [it.title for it in _parse(tmp_path, text).items] == TITLES


def test_a_numbered_site_menu_above_the_page_is_not_its_list_of_items(tmp_path):
    body = "Sagsfremstilling\nForvaltningen har udarbejdet et forslag.\n\nBeslutning\nGodkendt.\n\n"
    text = ("Forside\nPolitik\n1. Byråd\n2. Udvalg\n3. Dagsordener og referater\n\n" + HEAD
            + f"1. Godkendelse af dagsorden\n\n{body}2. Eventuelt\n\n{body}")
    assert [(it.number, it.title) for it in _parse(tmp_path, text).items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Eventuelt")]


def test_a_footer_word_with_much_text_after_it_ends_nothing(tmp_path):
    titles = [f"Lokalplan {k} for boliger ved Skovvej" for k in range(1, 81)]
    lines = [f"{k}. {t}" for k, t in enumerate(titles, start=1)]
    text = "Dagsorden\nTeknik- og Miljøudvalget\nMødedato: 12. marts 2024\n\n" + "\n".join(
        lines[:45] + ["Kontakt"] + lines[45:]) + "\n"
    assert [it.title for it in _parse(tmp_path, text).items] == titles


CLOSED_BODY = "Sagsfremstilling\nForvaltningen har udarbejdet et forslag.\n\nBeslutning\nGodkendt.\n\n"


@pytest.mark.parametrize("open_head, closed_head", [("Åbne punkter", "Lukkede punkter"), ("", "Lukket møde"),
                                                     ("Åbne sager:", "Lukkede sager:")])
def test_items_under_a_closed_group_heading_are_closed(tmp_path, open_head, closed_head):
    text = (HEAD + f"{open_head}\n1. Godkendelse af dagsorden\n\n{CLOSED_BODY}{closed_head}\n\n2. Salg af grund\n\n"
            f"{CLOSED_BODY}3. Personalesag\n\n{CLOSED_BODY}")
    doc = _parse(tmp_path, text)
    assert [(it.title, it.public) for it in doc.items] == [
        ("Godkendelse af dagsorden", True), ("Salg af grund", False), ("Personalesag", False)]
    assert [d.text for d in doc.items[0].decisions] == ["Godkendt."]  # the heading is no part of the text above


@pytest.mark.parametrize("title, marker", [
    ("Salg af grund - ikke offentlig", ""), ("Ikke offentligt: Salg af grund", ""),
    ("Salg af grund", "Punktet behandles for lukkede døre.\n\n")])
def test_other_words_for_a_closed_item(tmp_path, title, marker):
    text = HEAD + f"1. Godkendelse af dagsorden\n\n{CLOSED_BODY}2. {title}\n\n{marker}{CLOSED_BODY}"
    assert [(it.title, it.public) for it in _parse(tmp_path, text).items] == [
        ("Godkendelse af dagsorden", True), ("Salg af grund", False)]


@pytest.mark.parametrize("listing, second", [
    # the page column of a wrapped entry after its second line
    ("1. Godkendelse af dagsorden 3\n2. Ansøgning om lejeforhøjelse i afd. 11, beliggende\nSkovvej 1, Nordby 4\n"
     "3. Salg af grund i Nørreby 6\n4. Eventuelt 8\n",
     "Ansøgning om lejeforhøjelse i afd. 11, beliggende Skovvej 1, Nordby"),
    # the number before a leader is the title's: the page stands behind the leader
    ("1. Godkendelse af dagsorden ........ 3\n2. Ansøgning om lejeforhøjelse i\nBoligforeningens afdeling 11 "
     "........ 4\n3. Salg af grund i Nørreby ........ 6\n4. Eventuelt ........ 8\n",
     "Ansøgning om lejeforhøjelse i Boligforeningens afdeling 11"),
])
def test_a_wrapped_contents_entry_keeps_its_title_and_loses_its_page(tmp_path, listing, second):
    text = "Dagsorden\nTeknik- og Miljøudvalget\nMødedato: 12. marts 2024 kl. 16.00\n\n" + listing
    assert [(it.number, it.title) for it in _parse(tmp_path, text).items] == [
        ("1", "Godkendelse af dagsorden"), ("2", second), ("3", "Salg af grund i Nørreby"), ("4", "Eventuelt")]


@pytest.mark.parametrize("head", ["Tilstedeværende:\nAnne Hansen\nPeter Jensen\nLise Holm",
                                  "Følgende deltog: Anne Hansen, Peter Jensen og Lise Holm."])
def test_more_words_for_who_attended(tmp_path, head):
    text = (f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n{head}\n\n1. Godkendelse af dagsorden\n\n"
            "Beslutning\nGodkendt.\n")
    assert _parse(tmp_path, text).meeting.participants == ["Anne Hansen", "Peter Jensen", "Lise Holm"]


def test_a_transcripts_next_page_head_is_no_part_of_the_decision_before_it(tmp_path):
    text = TRANSCRIPT.format(head="Dagsorden ", titles=" ".join(RUN)).rsplit("3 Godkendelse", 1)[0] + (
        "3 Økonomiudvalget 12. marts 2024 Side 3 Godkendelse af dagsorden Sagsnr.: 24/1001 Sagsfremstilling "
        "Dagsordenen "
        "er udsendt. Beslutning Godkendt.\n\n4 Økonomiudvalget 12. marts 2024 Side 4 Orientering fra borgmesteren. "
        "Sagsnr.: 24/1002 Sagsfremstilling Borgmesteren orienterer. Beslutning Taget til efterretning.\n")
    items = _parse(tmp_path, text).items
    assert [[d.text for d in it.decisions] for it in items[:2]] == [["Godkendt."], ["Taget til efterretning."]]
    assert [it.case_numbers for it in items[:2]] == [["24/1001"], ["24/1002"]]


EXTRA = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra" / "docs"


def test_a_heading_run_in_with_its_text_still_shows_the_body_has_begun(tmp_path):
    """A bulleted number above its title is an item when a body follows; a section heading printed with its
    first sentence on one line ('INDSTILLING: Der er ikke modtaget afbud') shows that as well as the heading
    alone does (a real tune page, its first item's heading joined to its text)."""
    page = EXTRA / "x0110.txt"
    if not page.exists():
        pytest.skip("shared corpus not available")
    text = page.read_text(encoding="utf-8")
    heading = "    INDSTILLING:"
    run_in = text.replace(f"{heading}\n    Der er ikke modtaget afbud", f"{heading} Der er ikke modtaget afbud", 1)
    assert run_in != text
    plain = [(it.number, it.title) for it in _parse(tmp_path, text, "plain.txt").items]
    assert [n for n, _ in plain] == ["135", "136", "137"]
    assert [(it.number, it.title) for it in _parse(tmp_path, run_in, "run_in.txt").items] == plain



def test_closed_items_headed_by_their_status_after_one_labelled_item(tmp_path):
    """One open item printed with its label and number, then closed items headed only by 'Lukket: <title>' (a page
    that numbers only the open part of its agenda): the status-headed items add to the labelled one and do not
    replace it (found by the long fuzz profile of tests/reliability/test_fuzz.py)."""
    text = (HEAD + "Punkt 1: Godkendelse af dagsorden\n\n" + BODY
            + "".join(f"Lukket: {t}\n\nBeslutning\nGodkendt.\n\n" for t in ("Salg af grund i Nørreby", "Personalesag")))
    doc = _parse(tmp_path, text)
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), (None, "Salg af grund i Nørreby", False),
        (None, "Personalesag", False)]
    assert [len(it.decisions) for it in doc.items] == [1, 0, 0]  # (a closed item's text is never kept)


def test_a_title_printed_again_under_its_header_is_not_its_wrapped_rest(tmp_path):
    # a web page gives every line a paragraph of its own: the header's title printed again as the body's first line
    # stands right under it, as a wrapped title's rest would, and is no part of the title
    page = ("<html><body><h1>Plovudvalget</h1><p>Mødedato 12-03-2031</p>"
            "<p>12. Godkendelse af dagsorden til mødet i Plovudvalget den 12. marts</p>"
            "<p>Godkendelse af dagsorden til mødet i Plovudvalget den 12. marts</p>"
            "<p>Sagsgang og sagstype</p><p>Plovudvalget</p><p>Beslutning</p><p>Godkendt.</p>"
            "<p>13. Ny belægning på Sognevej mellem kirken og skolen i Sogneby</p>"
            "<p>Ny belægning på Sognevej mellem kirken og skolen i Sogneby</p>"
            "<p>Sagsfremstilling</p><p>Vejen får ny belægning.</p></body></html>")
    path = tmp_path / "moede.html"
    path.write_text(page, encoding="utf-8")
    assert [it.title for it in parse_file(path).items] == [
        "Godkendelse af dagsorden til mødet i Plovudvalget den 12. marts",
        "Ny belægning på Sognevej mellem kirken og skolen i Sogneby"]


@pytest.mark.parametrize("facts", ["Mødested: Rådhuset\n", "Mødested: Rådhuset\nDeltagere: Anne Hansen (A)\n"])
def test_a_one_word_title_after_sag_nr_under_the_meetings_facts(tmp_path, facts):
    # the first header hugs the facts' last line ('Mødested: Rådhuset' / 'Sag nr. 1 Budget'): a field is no title
    # printed over its label, so the one word after the label is the title
    text = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n" + facts + "\n" + "".join(
        f"Sag nr. {k} {t}\n{BODY}" for k, t in enumerate(["Budget", "Lokalplan", "Eventuelt"], start=1))
    assert _items(_parse(tmp_path, text)) == [("1", "Budget", 1), ("2", "Lokalplan", 1), ("3", "Eventuelt", 1)]
