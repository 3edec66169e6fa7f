"""A tune transcript whose contents list prints a case column ('… Højer Sagsnr. 24/1256 Tønder Sport …'), as the
transcript_variants net's 'case-numbers' rewrites it. The labels are body cues elsewhere ('1. Budget Sagsnr.: …
Sagsfremstilling …'); two or more of them, each before its number and nothing else cue-like, are a table's cells:
the run of numbers goes on across a gap of lost numbers, and a flattened list's last titles run on past them."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .corpus_pages import extra_gold, extra_page

PAGE = "x0305.txt"  # a tune transcript: two page lines of contents, numbers lost in runs of four and more


def _with_case_column(text: str, titles: list[str]) -> tuple[str, list[str]]:
    """`text` with ' Sagsnr. 24/…' after each title its contents list prints as the gold does (in order, from
    the contents heading up to the first title's words printed again: its item's header), and those titles."""
    at = text.index("Indholdsfortegnelse")
    first = " ".join(titles[0].rstrip(".").split()[:3])
    end = text.index(first, text.index(first, at) + 1)
    out, last, celled = [], 0, []
    for k, title in enumerate(titles):
        hit = text.find(title, at, end)
        if hit < 0:
            continue
        at = hit + len(title)
        out += [text[last:at], f" Sagsnr. 24/{1200 + 7 * k}"]
        last = at
        celled.append(title)
    return "".join(out) + text[last:], celled


def test_a_case_column_costs_the_transcripts_list_nothing(tmp_path: Path):
    titles = [(it.get("title") or "").strip() for it in extra_gold(PAGE)["items"]]
    text, celled = _with_case_column(extra_page(PAGE).read_text(encoding="utf-8"), titles)
    assert celled == titles  # the list prints every title as the gold does
    page = tmp_path / PAGE
    page.write_text(text, encoding="utf-8")
    # every item read, each with its gold title: the lost numbers' titles, those of the second page line after
    # item 14, and closed item 24 after them (without the column the list ends at item 9, its titles run into one)
    assert [it.title for it in parse_file(page).items] == titles
