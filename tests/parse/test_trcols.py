"""Contents lists of PDF transcripts whose entries print a label and a colon ('Pkt. 412: …', branch trcols), as
benchmarks/parse_accuracy/transcript_variants.py's `pkt-colon-numbers` rewrites the tune transcripts: an entry
whose title holds a full stop before a capital ('… byggemodning - kloakanlæg. Ansøgning om anlægsbevilling') is
still the list's entry where labelled entries with titles stand on both sides of it, its number rising between
theirs. Real tune pages (skipped where the corpus is absent)."""
from __future__ import annotations

import re
from pathlib import Path

from sagsgang.parse import parse_file

from .corpus_pages import extra_page


def _labelled_contents(tmp_path: Path, name: str, heading: str) -> list[tuple[str | None, str]]:
    """The items of tune page `name` with each number of its contents line ('412. Lokalplan …', the line after
    `heading`) printed 'Pkt. 412: Lokalplan …'."""
    text = extra_page(name).read_text(encoding="utf-8")
    at = text.index(heading)
    end = text.find("\n", at) % (len(text) + 1)  # (the page's last line: to its end)
    line = re.sub(r"(?<=\s)(\d{1,3})\. (?=[A-ZÆØÅ])", r"Pkt. \1: ", text[at:end])
    out = tmp_path / name
    out.write_text(text[:at] + line + text[end:], encoding="utf-8")
    return [(it.number, it.title or "") for it in parse_file(out).items]


def test_labelled_entries_whose_titles_hold_a_full_stop_stay_in_the_list(tmp_path: Path) -> None:
    """x0303 with 'Pkt. 409: Vand og Naturplaner …', 'Pkt. 412: Lokalplan 503, … kloakanlæg. Ansøgning om
    anlægsbevilling', 'Pkt. 413: …': the full stops in 409-413's titles read as a decision's sentence, so those
    three numbers were no list's and the list started at 415 (16 items of 27 were read, 28 as printed '412.')."""
    items = _labelled_contents(tmp_path, "x0303.txt", "Indholdsfortegnelse")
    assert items[0] == ("403", "Evaluering af budgetlægningen")
    assert ("412", "Lokalplan 503, Lindholt 2. etape, byggemodning - kloakanlæg. Ansøgning om anlægsbevilling") in items
    assert [n for n, _ in items if n][:9] == ["403", "405", "406", "407", "408", "409", "412", "413", "415"]
    assert len(items) >= 27


# x0305's contents rows 4-8 as printed ('4 Frigivelse … Klosterparken 7 5 Frigivelse … 9 …'): number, title, page
_X0305_ROWS = [("4", "Frigivelse af anlægsmidler ombygning til 2- værelsesboliger på Hjerneskadecenter Klosterparken",
                "7"),
               ("5", "Frigivelse af anlægsmidler - hjælpemidler til senhjerneskadede", "9"),
               ("6", "Frigivelse af anlægsmidler - Drivhus Solgården", "10"),
               ("7", "Udpegning til bestyrelsen for LAG Haderslev-Tønder", "11"),
               ("8", "Ansøgning om kommunegaranti til solvarmeanlæg fra Løgumkloster Fjernvarme", "13")]


def test_a_block_of_a_contents_table_read_column_by_column_is_read_row_by_row(tmp_path: Path) -> None:
    """x0305 with its rows 4-8 printed as a table extracted column by column ('… Økonomiudvalget 6 4 5 6 7 8
    Frigivelse af … Ansøgning om kommunegaranti … Fjernvarme 7 9 10 11 13 9 Ansøgning …', as transcript_variants'
    `columns-numbers-titles-pages` does): the numbers going up by one, the titles, and as many rising pages are
    put back row by row; before, the pages and numbers were read as items 4-8 ('4 5', '7 8') and their titles
    went to item 9."""
    text = extra_page("x0305.txt").read_text(encoding="utf-8")
    rows = " ".join(f"{n} {t} {p}" for n, t, p in _X0305_ROWS)
    assert rows in text
    columns = " ".join(" ".join(column) for column in zip(*_X0305_ROWS, strict=True))
    out = tmp_path / "x0305.txt"
    out.write_text(text.replace(rows, columns, 1), encoding="utf-8")
    items = [(it.number, it.title) for it in parse_file(out).items]
    for number, title, _ in _X0305_ROWS:
        assert (number, title) in items




# x0072's contents rows 1-3 as printed ('1 Beslutningsforslag … 3 2 Herregården … 6 3 Årsregnskab'): number, title,
# page (the third's page lost)
_X0072_ROWS = [("1", "Beslutningsforslag om Fleksibel Arbejdstid", "3"),
               ("2", "Herregården Odden - fremtidig støtte", "6"),
               ("3", "Årsregnskab", "")]


def test_a_block_whose_titles_came_out_before_its_numbers_is_read_row_by_row(tmp_path: Path) -> None:
    """x0072 with its rows 1-3 printed titles column first ('Pkt. Tekst Side Beslutningsforslag om … Herregården
    Odden - fremtidig støtte Årsregnskab 1 2 3 Låneadgang …', as transcript_variants' `columns-titles-numbers`
    does): the titles between the column heads and the numbers going up by one part into as many, and are put
    back row by row; before, the numbers were read with the next entry's title ('3 Låneadgang …') and the titles
    before them went to no item."""
    text = extra_page("x0072.txt").read_text(encoding="utf-8")
    rows = " ".join(" ".join(filter(None, row)) for row in _X0072_ROWS)
    assert rows in text
    columns = " ".join(t for _, t, _ in _X0072_ROWS) + " " + " ".join(n for n, _, _ in _X0072_ROWS)
    out = tmp_path / "x0072.txt"
    out.write_text(text.replace(rows, columns, 1), encoding="utf-8")
    items = [(it.number, it.title or "") for it in parse_file(out).items]
    assert [n for n, _ in items[:3]] == ["1", "2", "3"]
    assert items[0][1].startswith("Beslutningsforslag om")  # (where its title ends the split still misjudges)
    assert "Herregården Odden - fremtidig støtte" in items[1][1]
    assert items[2][1].startswith("Årsregnskab")
