"""A contents list that prints each entry's page in brackets after its title ('2. Budgetopfølgning (side 4)'): the
page is part of no field, the title is the words before it. Invented page; no real text copied."""
from __future__ import annotations

import pytest

from .transcript_page import parse_text

_PAGE = """Dagsorden
Økonomiudvalget
Mødedato: 14. marts 2024
Mødested: Byrådssalen

Indholdsfortegnelse
{rows}
"""
_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. januar 2024", "Salg af grund på Industrivej 4",
           "Eventuelt"]


@pytest.mark.parametrize("reference", ["(side {p})", "(Side {p})", "(s. {p})"])
def test_a_bracketed_page_after_a_contents_title_is_no_part_of_it(tmp_path, reference):
    """Before, every title kept its page ('Eventuelt (side 6)')."""
    rows = "\n".join(f"{n}. {t} {reference.format(p=n + 2)}" for n, t in enumerate(_TITLES, 1))
    doc = parse_text(tmp_path, _PAGE.format(rows=rows))
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(_TITLES, 1)]


def test_a_bracket_that_is_the_titles_own_stays(tmp_path):
    rows = "\n".join(f"{n}. {t}" for n, t in enumerate([*_TITLES[:3], "Lokalplan 12 (sidste høring)"], 1))
    doc = parse_text(tmp_path, _PAGE.format(rows=rows))
    assert doc.items[-1].title == "Lokalplan 12 (sidste høring)"
