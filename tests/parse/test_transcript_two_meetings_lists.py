"""Two meetings' contents lists on one transcript page line, the second meeting's heading (its committee and date)
between them and its list numbered from 1 again ('… 3. Mødekalender 2027 7 Teknik- og Miljøudvalget 14. marts 2027
1. Godkendelse af dagsorden 3 …'): every row an item, each list's titles their own, the heading in none of them
(meeting_headings). Invented rows; no real text copied."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import contents_page, parse_text

# (the first list's last title holds a capital inside, where a flattened list's run-on end would be cut in two)
FIRST = ["Godkendelse af dagsorden", "Renovering af Vestervang Skole", "Status på ledigheden grundet Corona-krisen"]
LONGER = ["Godkendelse af dagsorden", "Renovering af Vestervang Skole", "Budget for vejene", "Salg af grund ved Åvej",
          "Status på ledigheden grundet Corona-krisen"]
SECOND = ["Godkendelse af referat", "Trafiksikkerhed ved Engvej", "Mødeplan for 2028", "Udbud af vintertjeneste"]


def _rows(titles: list[str], page: int) -> str:
    return " ".join(f"{k}. {t} {page + 2 * k}" for k, t in enumerate(titles, 1))


@pytest.mark.parametrize(("first", "second"), [(LONGER, SECOND), (FIRST, SECOND)])
def test_each_meetings_list_read_apart(tmp_path: Path, first: list[str], second: list[str]) -> None:
    """The longer list first (its run read, the second found behind the heading) or second (the first read back from
    the heading): both lists' rows, their last titles ending at the heading, not split at a capital."""
    line = (f"Indholdsfortegnelse {_rows(first, 1)} Teknik- og Miljøudvalget den 14. marts 2027 "
            f"{_rows(second, 1)}")
    doc = parse_text(tmp_path, contents_page(line, first[0]))
    assert [(it.number, it.title) for it in doc.items] == [
        *[(str(k), t) for k, t in enumerate(first, 1)], *[(str(k), t) for k, t in enumerate(second, 1)]]


def test_a_route_tables_body_and_date_on_lines_of_their_own_is_no_heading() -> None:
    """A lined page's cells ('Børneudvalget' / '30-01-2027' / '1') or a running head on a line of its own: no heading
    of a list on the same page line."""
    from sagsgang.parse.meeting_headings import meeting_heading
    cells = "Børneudvalget\n\n30-01-2027\n\n1\n\nFraværende"
    assert meeting_heading(cells, 0, len(cells)) is None
    # a running head over an item's header, on a line of its own: no heading of a list behind it
    head = "Møde i Kommunalbestyrelsen den 16. december 2027\n\n1 Åbent Meddelelser fra formanden"
    assert meeting_heading(head, 0, len(head)) is None
    line = "6 Eventuelt 9 Børneudvalget 30-01-2027 1 Fraværende"
    heading = meeting_heading(line, 0, len(line))
    assert heading is not None and heading.group() == "Børneudvalget 30-01-2027"
    assert meeting_heading(line, 0, line.index("30-01")) is None  # (only what ends within the span asked about)
