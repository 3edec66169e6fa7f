"""A PDF transcript's contents list that runs on from one page line to the next behind the running head the
page prints (branch theads): the head is known by its repetition (the words after the page number that another
page line opens with too, the page's own number folded) or, on an excerpt of two pages, by the page printing
its own number again; the list is read past it. Real tune pages with a head put above their pages after the
first (as benchmarks/parse_accuracy/transcript_variants.py's 'running-heads' does; skipped where the corpus is
absent), and small texts in the same shape."""
from __future__ import annotations

import re
from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.page_heads import running_head

from .corpus_pages import extra_page


def _with_head(tmp_path: Path, name: str, head: str) -> list[tuple[str | None, str | None]]:
    """The items of tune page `name` parsed with `head` ('{n}' for the page's number) printed after the page
    number of each transcript page line from the second on."""
    page = extra_page(name)
    frame, body = page.read_text(encoding="utf-8").split("\nTranskript", 1)

    def put(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return m.group(0) if n < 2 else f"{n} {head.format(n=n)} "
    out = tmp_path / name
    out.write_text(frame + "\nTranskript" + re.sub(r"(?m)^(\d{1,3}) (?=\S)", put, body), encoding="utf-8")
    return [(it.number, it.title) for it in parse_file(out).items]


def test_the_list_runs_on_behind_a_head_known_by_repetition(tmp_path: Path) -> None:
    """x0089 with 'Tønder Kommune Økonomiudvalget Referat' (no date, no 'Side') above pages 2 and 3: the list
    goes on at '3 … 15 Turismepolitik' as it does without the head (before, the titles from item 15 on were
    lost: 13 items)."""
    items = _with_head(tmp_path, "x0089.txt", "Tønder Kommune Økonomiudvalget Referat Side {n}")
    assert len(items) >= 25
    assert ("15", "Turismepolitik") in items  # the name before the dash opens the next title (as x0089's gold reads)
    assert (None, "Rømø-Tønder Turistforening - Evaluering af resultmål for") in items
    assert (None, "Godkendelse af valgfag") in items
    assert not any("Økonomiudvalget" in (title or "") for _, title in items)


def test_the_list_runs_on_behind_a_head_that_prints_its_page(tmp_path: Path) -> None:
    """x0072, an excerpt of two page lines (nothing to compare a head with), with 'Hjørring Byråd Side 2' above
    its second: the page printing its own number again ends the head, and the list goes on at item 22 (before,
    it stopped at the page's end: 20 items)."""
    items = _with_head(tmp_path, "x0072.txt", "Hjørring Byråd Side {n}")
    assert ("22", "Justering af Principper for Økonomistyring") in items
    assert len(items) >= 25


def test_running_head_is_the_words_page_lines_share() -> None:
    """The repeated words after the page number, the page's own number folded; none where the pages share
    nothing, and a line that is no page line has none."""
    text = ("1 Referat Mødedato: 1. marts " + "x " * 80 + "\n\n"
            "2 Byrådet Referat Side 2 Indholdsfortegnelse 1 Budget 2 Regnskab " + "y " * 80 + "\n\n"
            "3 Byrådet Referat Side 3 15 Turismepolitik " + "z " * 80 + "\n")
    pages = {text.index("2 Byrådet"), text.index("3 Byrådet")}
    at = text.index("\n\n3 Byrådet")
    start, end = running_head(text, at, pages)
    assert text[start:end] == "Byrådet Referat Side 3 "
    other = text.replace("3 Byrådet Referat Side 3", "3 Kommunen Bilag")
    start, end = running_head(other, at, pages)
    assert start == end
    start, end = running_head(text, 0, set())  # page 1 prints no head (nor its number again)
    assert start == end


def test_the_next_page_goes_on_with_its_numbered_entry_behind_a_head_without_a_date(tmp_path: Path) -> None:
    """x0084 with 'Skive Byråd Side 2' above its second page line ('2 Skive Byråd Side 2 23. Vedtægter …'): the
    contents go on from item 23 behind the head as they do without it, though the head prints no date (before,
    only a head with a date was passed: 20 items, 23 and the titles after it lost)."""
    items = _with_head(tmp_path, "x0084.txt", "Skive Byråd Side {n}")
    assert ("23", "Vedtægter Midtjyllands EU-kontor") in items
    assert (None, "Overordnet it-sikkerhedspolitik") in items


def test_the_next_page_goes_on_behind_a_repeated_head_that_ends_in_its_page(tmp_path: Path) -> None:
    """x0331 with 'Referat - Åben dagsorden Byrådet Side 3.' above its pages (the page's number with a full stop,
    as a head prints it): the list goes on at '3 … 180. Lukket - Godkendelse …' (before, the closed items of page
    3 were lost)."""
    items = _with_head(tmp_path, "x0331.txt", "Referat - Åben dagsorden Byrådet Side {n}.")
    assert ("180", "Godkendelse af tilslutning af vandværk til Silkeborg Kommunes Vandforsyning") in items
    assert len(items) >= 22


def test_a_run_across_page_lines_reads_its_last_page_line_as_titles(tmp_path: Path) -> None:
    """x0089 with 'Tønder Kommune Økonomiudvalget Referat' (no page, no date) above pages 2 and 3: the run of
    numbers goes on to '3 … 15 Turismepolitik …' across the page break, and the titles behind 15, their
    numbers lost, are parted as on one flattened line (before, they were read as one title: 15 items)."""
    items = _with_head(tmp_path, "x0089.txt", "Tønder Kommune Økonomiudvalget Referat")
    assert ("15", "Turismepolitik") in items  # the name before the dash opens the next title (as x0089's gold reads)
    assert (None, "Rømø-Tønder Turistforening - Evaluering af resultmål for") in items
    assert (None, "Godkendelse af valgfag") in items
    assert (None, "Klimilpasningsplan") in items
    assert len(items) >= 25
