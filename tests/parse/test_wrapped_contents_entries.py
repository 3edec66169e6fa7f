"""A lined contents list some of whose entries wrap onto a second line, above the bodies of its first items (an
excerpt cut after them): the entries read as headers take the list's whole title and the closed marker on the
second line, and the wrapped entries between them that no header's cue found are items too."""
from __future__ import annotations

from tests.parse.test_generic import parse_text

_PAGE = """Referat

Udvalget for Veje og Parker

Mødedato: 12-03-2024 kl. 15:00

Punkter

131. Godkendelse af dagsorden
132. Orientering fra formanden
133. Budgetopfølgning for første kvartal for Udvalget for Veje og Parker
134. Status -
   Udskiftning af gadelys i Kildeby
135. Vestermølle Vandværk - Generalforsamling og regnskab
136. Nye regler for brug af Kildeby
   Bypark
137. Forslag til ny busplan for oplandet
138. Renovering af broen over Mølleåen
139. Tilskud til foreningen Grønnemose Idræt
140. Salg af
   grund i Nørremark - Lukket punkt
141. Køb af ejendom

131. Godkendelse af dagsorden

Beslutning

Godkendt.

132. Orientering fra formanden

Beslutning

Taget til efterretning.
"""


def _items() -> list[tuple[str | None, str | None, bool]]:
    return [(it["number"], it["title"], it["public"]) for it in parse_text(_PAGE).to_contract()["items"]]


def test_a_header_on_a_wrapped_entry_takes_the_whole_title_and_its_status():
    items = _items()
    assert ("134", "Status - Udskiftning af gadelys i Kildeby", True) in items
    assert ("140", "Salg af grund i Nørremark", False) in items


def test_wrapped_entries_no_header_found_are_items():
    assert [n for n, _, _ in _items()][:10] == [str(n) for n in range(131, 141)]
    assert ("136", "Nye regler for brug af Kildeby Bypark", True) in _items()
