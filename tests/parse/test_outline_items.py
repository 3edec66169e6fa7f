"""Items printed without numbers as an outline: each title right over its sections' headings set as a bulleted list,
the headings inside a body each after a blank line (outline_blocks); and one item's title that opens on a number of
its own ('2. behandling af budget') right above its case-number label. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.transcript_page import parse_text

_HEAD = "Mødedetaljer\n\nUdvalg Dato Type Hent\nByrådet 19-12-2025 16:00 Referat Samlet dokument\n\nVideo fra mødet\n\n"


@pytest.mark.parametrize("mark", ["", "• "])  # (the titles the outer list's entries, behind bullets of their own)
def test_titles_right_over_bulleted_headings_are_the_items(tmp_path: Path, mark: str) -> None:
    text = _HEAD + (
        f"{mark}Spørgetid 19/12-2025\n  • Beslutning i Byrådet den 19-12-2025\n\n"
        "    Borgere spurgte til skolevejen.\n\n"
        "    Der sendes et skriftligt svar.\n\nShow video\n"
        f"{mark}Lokalplan nr. 12 for boliger ved Kløvervej. Endelig behandling\n  • Resumé\n\n"
        "    Lokalplanen har været i høring i otte uger.\n\n  • Sagsfremstilling\n\n"
        "    Der er kommet 12 høringssvar.\n\n  • Beslutning i Byrådet den 19-12-2025\n\n    Godkendt.\n")
    doc = parse_text(tmp_path, text)
    assert [it.title for it in doc.items] == ["Spørgetid 19/12-2025",
                                              "Lokalplan nr. 12 for boliger ved Kløvervej. Endelig behandling"]
    assert [d.text for d in doc.items[1].decisions] == ["Godkendt."]


def test_a_title_opening_on_its_own_ordinal_over_a_case_label(tmp_path: Path) -> None:
    text = ("Kommunalbestyrelsen - Referat\nReferat\ntil\nmødet i Kommunalbestyrelsen\n"
            "den 10. oktober 2025 kl. 19:00\n\nÅbne dagsordenspunkter\n\n2. behandling af budget 2026\n\n"
            "Sagsnr.: 00.30.10-Ø00-4-25\n\nResumé\n\nBudgettet vedtages ved 2. behandling.\n\nBeslutning\n\n"
            "Taksterne blev tiltrådt.\n")
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [(None, "2. behandling af budget 2026")]


def test_a_numbered_list_inside_one_case_labelled_body_heads_no_items(tmp_path: Path) -> None:
    body = "{title}\n\nSagsnr: 25-00{n}\n\nSagsfremstilling\n\n{text}\n\nBeslutning\n\nGodkendt.\n\nKopier link\n\n"
    legend = ("Sagerne prioriteres efter følgende principper:\n\n • 1: Igangværende med første prioritet\n"
              " • 2: Arbejdes med periodisk\n • 3: Der arbejdes ikke på sagen\n")
    titles = ["Besøg på genbrugspladsen", "Godkendelse af dagsorden", "Prioritering af lokalplaner"]
    head = ("Referat: 22. juni 2025 kl. 12:00\n\nMødelokale 2, Rådhuset\nTeknik- og Miljøudvalget\n\nDeltagere\n\n"
            " • Anne Holm\n • Peter Lund\n\nKopier link\n\n")
    text = head + "".join(body.format(title=t, n=n, text=legend if n == 2 else "Udvalget drøftede sagen.")
                          for n, t in enumerate(titles))
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [(None, t) for t in titles]
