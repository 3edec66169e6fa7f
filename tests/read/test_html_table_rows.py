"""An agenda or a meeting's facts laid out as an HTML table: the browser shows a row on one line, so the reader
prints an item's row ('<td>5</td><td>Title</td><td>Åben</td>') as '5. Title Åben', a row of column heads as one
line, and a two-cell row whose first <td> is a label as 'Label: value'. A table of figures, or a cell holding
paragraphs of its own, keeps one cell a line. Invented words only."""
from __future__ import annotations

from sagsgang.read import read_bytes


def _lines(body: str) -> list[str]:
    return read_bytes(f"<html><body>{body}</body></html>".encode(), "moede.html").text.split("\n")


def test_an_items_row_reads_as_its_numbered_line():
    lines = _lines("<table><tr><th>Nr.</th><th>Punkt</th><th>Status</th></tr>"
                   "<tr><td>7</td><td>Plovfure ved Muldbakken</td><td>Åben</td></tr>"
                   "<tr><td>8.</td><td>Harvebane</td><td>31/0042</td><td>Lukket</td></tr>"
                   "<tr><td>Pkt. 9</td><td>Tudsving</td></tr></table>")
    assert lines == ["Nr. Punkt Status", "7. Plovfure ved Muldbakken Åben", "8. Harvebane 31/0042 Lukket",
                     "Pkt. 9 Tudsving"]


def test_a_label_cell_beside_its_value_cell_reads_as_one_fact():
    lines = _lines("<table><tr><td>Plovdato</td><td>3. maj 2031</td></tr><tr><td>Harvested:</td>"
                   "<td>Muldsalen</td></tr></table>")
    assert lines == ["Plovdato: 3. maj 2031", "Harvested: Muldsalen"]


def test_rows_of_figures_and_cells_of_paragraphs_keep_a_cell_a_line():
    assert _lines("<table><tr><td>2031</td><td>1.200</td></tr><tr><td>Skær 4</td><td>17</td></tr></table>") == [
        "2031", "1.200", "Skær 4", "17"]
    assert _lines("<table><tr><td>5</td><td><p>Plovfure</p><p>Tekst.</p></td></tr></table>") == [
        "5", "Plovfure", "", "Tekst."]
    assert _lines("<table><tr><td>Skær</td><td>Tud</td><td>Kam</td></tr></table>") == ["Skær", "Tud", "Kam"]
