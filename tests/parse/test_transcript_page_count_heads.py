"""A PDF transcript whose running head counts the page ('4 Referat Byrådet 12. marts 2024 Side 4 Regnskabet viser
…'): the count repeats the viewer's page number and numbers no item, though it follows the items' numbers and a
capital follows it. Invented pages in the shape of the viewer transcripts (transcript_page); no real text copied."""
from __future__ import annotations

from .transcript_page import TITLED_FRAME, parse_text

_HEAD = "Referat Byrådet 12. marts 2024 Side {}"
_PAGES = [
    "1 Referat Byrådet Mødedato: 12. marts 2024 Mødested: Byrådssalen Deltagere: Anne Hansen, Bo Jensen, Carl Nielsen",
    "2 " + _HEAD.format(2) + " 1. Spørgetid for borgerne Sagsnr.: 24/1001 Sagsfremstilling Der var ikke modtaget "
    "spørgsmål til spørgetiden. Beslutning Ingen spørgsmål. 2. Godkendelse af dagsorden Sagsnr.: 24/1002",
    "3 " + _HEAD.format(3) + " Bilag Ingen bilag. Beslutning Godkendt. 3. Årsregnskab for kommunen Sagsnr.: 24/1003 "
    "Sagsfremstilling Forvaltningen har udarbejdet årsregnskabet for kommunen.",
    "4 " + _HEAD.format(4) + " Regnskabet viser et mindre underskud end budgetteret. Beslutning Godkendt."]


def test_the_page_count_of_a_running_head_is_no_item(tmp_path):
    """Before, 'Side 4 Regnskabet viser …' was item 4, titled by the page's first sentence, and item 3 lost its
    decision to it."""
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Byrådet", pages="\n\n".join(_PAGES)))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Spørgetid for borgerne"), ("2", "Godkendelse af dagsorden"), ("3", "Årsregnskab for kommunen")]
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Ingen spørgsmål."], ["Godkendt."], ["Godkendt."]]
