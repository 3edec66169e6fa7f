"""A flattened transcript whose item headers print the item's label and number right before a case number with no
colon ('Punkt 7 Sagsnr. 21-016102 Lukket punkt. Henvendelser til formanden'): the case number is a cell of that
item's own header, so the cut at a colonless case label (case_label_cuts._lone_form_labels) is not made between
them, and the item before keeps its text, its decision and its one case number (before the mend: the next item's
case number and its 'Lukket punkt.' ran into it, and it lost its decision). Invented pages."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.case_label_cuts import case_label_cuts

from .transcript_page import COVER, TITLED_FRAME, parse_text

_HEAD = "Vestby Kommune · Teknisk Udvalg · 12.05.2027 Side {n} af 4"
_BODY = ("Resume Forvaltningen har udarbejdet et notat om sagen. Indstilling Forvaltningen indstiller, at sagen "
         "godkendes. Beslutning i Teknisk Udvalg den 12. maj 2027 Godkendt.")


def test_a_case_number_behind_the_items_label_stays_in_its_header(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Teknisk Udvalg", pages="\n\n".join([
        COVER,
        f"2 {_HEAD.format(n=2)} Punkt 5 Sagsnr. 27-004411 Udbud af vintertjeneste {_BODY}",
        f"3 {_HEAD.format(n=3)} Punkt 6 Sagsnr. 27-005249 Udviklingen i antallet af vejsager {_BODY}",
        f"4 {_HEAD.format(n=4)} Punkt 7 Sagsnr. 27-016102 Lukket punkt. Henvendelser til formanden"])))
    items = {it.number: it for it in doc.items}
    assert (items["6"].public, items["6"].case_numbers) == (True, ["27-005249"])
    assert [d.text for d in items["6"].decisions] == ["Godkendt."]
    assert items["7"].case_numbers == ["27-016102"]


def test_no_cut_between_an_items_label_and_its_colonless_case_number() -> None:
    line = ("14 Vestby Kommune · Teknisk Udvalg · 22.05.2027 Side 14 af 18 Punkt 7 Sagsnr. 27-016102 Lukket punkt. "
            "Henvendelser til formanden")
    assert line.index("Sagsnr.") not in case_label_cuts(line)
    # (a colonless label after a finished sentence is still cut: the header of an unlabelled item)
    run_on = "Indstillingen blev godkendt. Spørgetid Sagsnr. 450-2017-25250 Initialer NIB Åbent"
    assert run_on.index("Sagsnr.") in case_label_cuts(run_on)
