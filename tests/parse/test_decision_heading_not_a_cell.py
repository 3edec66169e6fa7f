"""A flattened item whose decision comes first, run in right after its header ('Punkt 1 Sagsnr. 21-014421 Title
Beslutning i Byråd 2022-2025 den 14. januar 2022 Godkendt. …'): 'Beslutning i Byråd' is the decision's heading naming
its body, not a table's column cells (what the item asks, a committee) before a case number, though the body's name
carries its election period ('2022-2025', a number of a case number's shape). parse/inline_header_cells.py. Invented
pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import TITLED_FRAME, parse_text

CASES = [("Ny cykelsti langs Åvej", "Kommunen har modtaget en ansøgning om en cykelsti.", "Godkendt."),
         ("Vedligehold af veje 2024", "Planen beskriver årets arbejde på vejene.", "Anbefales."),
         ("Parkering ved rådhuset", "Der er kommet ønsker om flere pladser.", "Udsat.")]
COVER = ("1 Referat Byråd 2022-2025 Mødedato: 14.01.2022 Mødetidspunkt: 08:00 Mødested: Byrådssalen Deltagere "
         "Anne Hansen Bo Jensen Carl Nielsen")
CONTENTS = "2 Indhold Punkt Titel Side " + " ".join(f"{n} {t} {n + 2}" for n, (t, _, _) in enumerate(CASES, 1))


@pytest.mark.parametrize("body", ["Byråd 2022-2025", "Økonomiudvalget"])
def test_a_decision_heading_run_in_after_the_header_is_the_decision(tmp_path: Path, body: str) -> None:
    pages = [COVER, CONTENTS, *(f"{n + 2} Punkt {n} Sagsnr. 21-01442{n} {title} Beslutning i {body} den 14. januar "
                                f"2022 {outcome} Resume {text} Indstilling Centret indstiller, at sagen godkendes."
                                for n, (title, text, outcome) in enumerate(CASES, 1))]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Byråd", pages="\n\n".join(pages))).to_contract()
    items = doc["items"]
    assert [it["title"] for it in items] == [t for t, _, _ in CASES]
    assert [[d["text"] for d in it["decisions"]] for it in items] == [[o] for _, _, o in CASES]
    assert [it["sections"] for it in items] == [["Beslutning", "Resume", "Indstilling"]] * 3
