"""The excerpt's last line under a long item header: the rest of the header's title only where the title ends open
(a joining word, a comma, a dash), the excerpt cut under its wrapped end; under a title that ends closed it is the
first line of the item's body. Invented pages; no real text copied."""
from __future__ import annotations

import pytest

from .transcript_page import parse_text

_PAGE = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024
1. Godkendelse af dagsorden
Beslutning
Godkendt.
2. {head}
{last}
"""


@pytest.mark.parametrize(("head", "last", "title"), [
    ("Godkendelse af regnskab for det kommunale ejendomsselskab i året 2023", "Sagen forelægges udvalget",
     "Godkendelse af regnskab for det kommunale ejendomsselskab i året 2023"),
    ("Godkendelse af regnskab for det kommunale ejendomsselskab for", "regnskabsåret 2023",
     "Godkendelse af regnskab for det kommunale ejendomsselskab for regnskabsåret 2023"),
])
def test_the_last_line_is_a_titles_rest_only_under_an_open_end(tmp_path, head, last, title):
    """Before the guard, the body's first line ('Sagen forelægges udvalget') ran into the closed title above it."""
    doc = parse_text(tmp_path, _PAGE.format(head=head, last=last))
    assert [(it.number, it.title) for it in doc.items] == [("1", "Godkendelse af dagsorden"), ("2", title)]
