"""The HTML reader prints what a browser shows of a council site's markup: an <ol>'s item numbers (an agenda
numbered by its markup keeps its item numbers), and a fact's label beside its value (`<dt>`/`<dd>`, a row's
`<th>`/`<td>`) as the 'Label: value' line a text page prints. Invented words only."""
from __future__ import annotations

from sagsgang.read import read_bytes


def _lines(body: str) -> list[str]:
    return read_bytes(f"<html><body>{body}</body></html>".encode(), "moede.html").text.split("\n")


def test_an_ordered_list_prints_its_numbers_from_its_start():
    lines = _lines('<ol start="41"><li>Godkendelse af plovplan</li><li>Ny harvebane</li></ol>')
    assert lines == ["41. Godkendelse af plovplan", "42. Ny harvebane"]


def test_an_items_value_resets_the_count_and_reversed_counts_down():
    assert _lines('<ol><li value="7">Sålefod</li><li>Muldplade</li></ol>') == ["7. Sålefod", "8. Muldplade"]
    assert _lines("<ol reversed><li>Skær</li><li>Tud</li><li>Kam</li></ol>") == ["3. Skær", "2. Tud", "1. Kam"]
    assert _lines('<ol reversed start="10"><li>Skær</li><li>Tud</li></ol>') == ["10. Skær", "9. Tud"]


def test_letter_and_roman_types_print_as_the_browser_shows_them():
    assert _lines('<ol type="a"><li>Skær</li><li>Tud</li></ol>') == ["a. Skær", "b. Tud"]
    assert _lines('<ol type="A" start="27"><li>Skær</li></ol>') == ["AA. Skær"]
    assert _lines('<ol type="i" start="4"><li>Skær</li><li>Tud</li></ol>') == ["iv. Skær", "v. Tud"]
    assert _lines('<ol type="I"><li type="1" value="9">Skær</li><li>Tud</li></ol>') == ["9. Skær", "X. Tud"]


def test_an_item_that_prints_its_own_number_gets_no_second_one():
    lines = _lines("<ol><li>12. Plovplan</li><li><b>Pkt. 13</b> Harvebane</li><li>3 Tudsving</li>"
                   "<li>17.4 Muldbanken</li></ol>")
    assert lines == ["- 12. Plovplan", "- Pkt. 13 Harvebane", "- 3 Tudsving", "4. 17.4 Muldbanken"]


def test_an_unordered_list_keeps_its_dash():
    assert _lines("<ul><li>Skær</li></ul>") == ["- Skær"]


def test_a_definition_list_reads_as_label_and_value_lines():
    lines = _lines("<dl><dt>Plovdato</dt><dd>3. maj 2031</dd><dt>Harvested:</dt><dd>Muldsalen</dd>"
                   "<dd>Sidefløjen</dd></dl><p>Tekst.</p>")
    assert lines[:4] == ["Plovdato: 3. maj 2031", "Harvested: Muldsalen", "Sidefløjen", ""]


def test_a_table_row_of_label_cell_and_value_cell_reads_as_one_fact():
    lines = _lines("<table><tr><th>Plovdato</th><td>3. maj 2031</td></tr><tr><th>Skær</th><th>Tud</th></tr>"
                   "<tr><td>a</td><td>b</td></tr></table>")
    assert lines == ["Plovdato: 3. maj 2031", "Skær Tud", "a", "b"]  # a row of column heads is one line
