"""Item numbers in a form a run of them shows (parse/number_runs): '(1) Title' and '4.1 Title' on a flattened
transcript, where no line start sets the numbers apart, and a running number in brackets ('(212) Title'). Invented
pages: no text copied from the corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.number_runs import form_marks

from .flattening import flattened_text
from .transcript_page import parse_text

_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning for Plimsted Skole",
           "Ansøgning om tilskud til Vrondel Forening", "Lokalplan for Grubbenkvarteret",
           "Salg af areal ved Trolsvej", "Orientering fra formanden"]


def _page(form: str, first: int = 1) -> str:
    """A minutes page: cover, a contents list and each item's header and body, numbered in `form` ({m}: the number)."""
    lines = ["Referat", "Plimudvalget", "Mødedato: 12. marts 2024", "Sted: Rådhuset", "", "Indholdsfortegnelse"]
    lines += [form.format(m=k) + t for k, t in enumerate(_TITLES, first)]
    for k, t in enumerate(_TITLES, first):
        lines += ["", form.format(m=k) + t, "", f"Sagsnr.: 24/{k:04d}", "", "Sagsfremstilling",
                  "Forvaltningen har set på sagen og fremlægger den kl. 14.30 for udvalget.", "", "Beslutning",
                  "Godkendt.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize(("form", "first", "printed"), [
    ("({m}) ", 1, "{m}"),
    ("({m}) ", 212, "{m}"),  # a meeting-wide running number: the run counts from where it stands
    ("4.{m} ", 1, "4.{m}"),  # sub-items of one agenda point: the number as printed
])
def test_flattened_form_run_reads_every_item(tmp_path: Path, form: str, first: int, printed: str) -> None:
    doc = parse_text(tmp_path, flattened_text(_page(form, first)))
    got = [(it.number, it.title, it.case_numbers) for it in doc.items]
    assert got == [(printed.format(m=k), t, [f"24/{k:04d}"]) for k, t in enumerate(_TITLES, first)]


def test_marks_outside_a_run_are_no_candidates() -> None:
    # a bracketed count of votes and a time are no list: they do not count up in one form
    text = "For stemte 9 (6) Imod stemte 2 (2) Undlod 1 (1) Mødet sluttede 14.30 Næste møde 15.30 Tak"
    assert form_marks(text) == []
    listed = "Punkter (3) Alfa sag (4) Beta sag (6) Gamma sag"  # a closed item left out between 4 and 6
    assert [(mk.num, mk.printed) for mk in form_marks(listed)] == [(3, "3"), (4, "4"), (6, "6")]


def test_sub_items_of_a_short_page_read_where_printed_twice(tmp_path: Path) -> None:
    # two items are too few for a run; each number and title printed twice (list entry, header) is the evidence
    lines = ["Referat", "Plimudvalget", "Mødedato: 12. marts 2024", "", "Indholdsfortegnelse",
             "7.1 Godkendelse af dagsorden", "7.2 Flytning af Vrondel Bibliotek", ""]
    for k, t in ((1, "Godkendelse af dagsorden"), (2, "Flytning af Vrondel Bibliotek")):
        lines += [f"7.{k} {t}", "", f"Sagsnr.: 24/{k:04d}", "", "Sagsfremstilling", "Forvaltningen har set på sagen.",
                  "", "Beslutning", "Godkendt.", ""]
    doc = parse_text(tmp_path, flattened_text("\n".join(lines)))
    assert [(it.number, it.title) for it in doc.items] == [
        ("7.1", "Godkendelse af dagsorden"), ("7.2", "Flytning af Vrondel Bibliotek")]
    assert form_marks("Se afsnit 7.1 Baggrund og 7.2 Økonomi i notatet") == []  # printed once each: no list


def test_a_section_number_a_title_names_twice_is_no_count() -> None:
    # a list's entry and its header both name the plan's section: printed twice, but counting from 4, not from 1
    text = "1. Godkendelse 2. Grubbenrådet 12.4 Vrondel By - Orientering 3. Eventuelt 12.4 Vrondel By - Orientering"
    assert form_marks(text) == []
    twice = "3.1 Plimsted Skole - Budget 3.1 Plimsted Skole - Budget Sagsnr.: 24/0001"
    assert [mk.printed for mk in form_marks(twice)] == ["3.1", "3.1"]


def test_names_initials_in_alphabetical_order_are_no_long_counted_run() -> None:
    """Members listed by name in alphabetical order print their initials as a capital and a full stop ('Anne A. Holm,
    Bo B. Krag, …'), counting A, B, C … inside a line: that form (number_runs._INITIAL, built by _form_key) needs its
    anchor however long the run, while the same long run in another form ('A) … F) …') is read without one."""
    names = ["Anne A. Holm", "Bo B. Krag", "Carl C. Lund", "Dorte D. Moos", "Erik E. Nissen", "Frida F. Olsen"]
    assert form_marks("Referat Plimudvalget Deltagere: " + ", ".join(names) + ". Mødet sluttede kl. 16.") == []
    listed = " ".join(f"{c}) Sag om {n.split()[-1]}" for c, n in zip("ABCDEF", names, strict=True))
    assert [mk.printed for mk in form_marks("Referat Plimudvalget Dagsorden: " + listed)] == list("ABCDEF")
