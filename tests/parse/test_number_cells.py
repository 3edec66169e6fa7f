"""An item's number printed in a table's column of its own: the text layer reads the number cell on a line above
the title ('3', '3)', '(3)', '[3]'), and a long title wraps onto a second line in its cell. Each item must keep its
number, its whole title, its sections and its decision, whether a case-number label or the first section heading
follows the title. Invented pages; the expected items are read off each page by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Rådhuset\n\n"
# each title as its cell wraps it: (first line, second line)
TITLES = [("Udpegning af nyt medlem og nye suppleanter til", "Handicaprådet"),
          ("Endelig vedtagelse af lokalplan 1234 for et boligområde ved", "Kløvervej i Tune"),
          ("Godkendelse af regnskab 2023 for Greve Vandværk samt", "revisionsberetning"),
          ("Anlægsbevilling til renovering af Tune Skole og Hundige", "Skole")]
CASE_LABEL = "\n\nSagsnr.: 24-00{n}\n\nSagsfremstilling\nForvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n\n"
FIRST_HEADING = "\n\nSagsfremstilling\nForvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n\n"


def _page(tmp_path: Path, cell: str, after: str, wrapped: bool) -> list[tuple]:
    text = HEAD + "".join(cell.format(n=n) + (f"{a}\n{b}" if wrapped else f"{a} {b}") + after.format(n=n)
                          for n, (a, b) in enumerate(TITLES, 1))
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it.number, it.title, [s.heading for s in it.sections], [d.text for d in it.decisions])
            for it in parse_file(page).items]


def _expected() -> list[tuple]:
    return [(str(n), f"{a} {b}", ["Sagsfremstilling", "Beslutning"], ["Godkendt."])
            for n, (a, b) in enumerate(TITLES, 1)]


@pytest.mark.parametrize("cell", ["{n}\n", "{n}\n\n", "{n})\n", "{n})\n\n", "({n})\n", "[{n}]\n"])
@pytest.mark.parametrize("after", [CASE_LABEL, FIRST_HEADING], ids=["case-label", "first-heading"])
@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "wrapped"])
def test_a_number_cell_above_the_title(tmp_path, cell, after, wrapped):
    assert _page(tmp_path, cell, after, wrapped) == _expected()


def test_a_page_number_alone_on_its_line_inside_a_body_is_no_item(tmp_path):
    """'7' at a page break between a case text's lines, the next page opening on a short line: a page's folio, not
    an item's number cell (no title block over the items' first heading or case label follows it)."""
    body = ("Sagsnr.: 24-00{n}\n\nSagsfremstilling\nForvaltningen har lavet et notat om sagen,\n\n{page}\nSom "
            "udvalget bad om\n\nBeslutning\nGodkendt.\n\n")
    text = HEAD + "".join(f"{n}) {a} {b}\n\n" + body.format(n=n, page=n + 6) for n, (a, b) in enumerate(TITLES, 1))
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    assert [(it.number, it.title) for it in parse_file(page).items] == [(n, t) for n, t, *_ in _expected()]


def test_cells_below_a_first_header_printed_with_its_number_and_stop(tmp_path):
    """'86. Godkendelse …' over the first item's first heading, then '87' / 'Bevilling …' in cells: every item keeps
    its number and its decision (the first header's number is no part of its title)."""
    body = ("\n\nSagsgang og sagstype\nUdvalget for Klima\n\nIndstilling\nDirektøren indstiller, at sagen godkendes."
            "\n\nBeslutning\nGodkendt\n\n")
    text = (HEAD + "86. Godkendelse af dagsorden til mødet" + body + "87\nBevilling til oprensning af olieforurening"
            + body + "88\nBeslutning om linjeføring af ringvejen" + body)
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    assert [(it.number, it.title, [d.text for d in it.decisions]) for it in parse_file(page).items] == [
        ("86", "Godkendelse af dagsorden til mødet", ["Godkendt"]),
        ("87", "Bevilling til oprensning af olieforurening", ["Godkendt"]),
        ("88", "Beslutning om linjeføring af ringvejen", ["Godkendt"])]


def test_cells_over_case_labels_whose_title_is_printed_again_and_the_last_cut_off(tmp_path):
    """'1' / title / 'Sagsnr.: … Sagsbehandler: …' / the title again, item after item, the excerpt ending inside the
    last item's header: each label is an item's, numbered by the cell above its title (not titled twice)."""
    body = ("\n\nSagsnr.: 00.01.00-P19-{n}-14 Sagsbehandler: Anne Berg\n\n{title}\n\nSagsfremstilling\n"
            "Forvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n\n")
    titles = ["Cirkulæreskrivelser og orienteringssager", "Valg af næstformand for udvalget",
              "Praksis for udsendelse af dagsordener"]
    text = "Udvalg: Økonomiudvalget\nMødedato: 20. januar 2014\nMødested: C3.40\n\nDagsordenpunkter\n\n" + "".join(
        f"{n}\n{t}" + body.format(n=n, title=t) for n, t in enumerate(titles, 1))
    text = text[: text.rindex("Sagsfremstilling")]  # the excerpt ends under the last item's repeated title
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    assert [(it.number, it.title) for it in parse_file(page).items] == [(str(n), t) for n, t in enumerate(titles, 1)]
