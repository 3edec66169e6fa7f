"""A PDF printed as one flow of 'N) Title' headers and read as a transcript (each page one line behind its page
number), where one item's case text prints a numbered list of its own ('1. Fælles dialog om lyngen 2. …'): the list
restarts at 1 inside one item's body, the headers number the whole document. Invented words only."""
from __future__ import annotations

from sagsgang.parse import parse_file

from .transcript_page import TITLED_FRAME as FRAME

COVER = "Referat fra mødet i Lyngudvalget tirsdag den 3. maj 2022 kl. 16.00 i Mosesalen"
FILL = "Forvaltningen har gennemgået barken i skoven og målt stubbene på marken ved søen. "


def _item(n: int, title: str, serial: str, text: str = "") -> str:
    return (f"{n}) {title} Sagsnr.: 22-{serial} Beslutning Godkendt. Resume Et kort resume om {title.lower()}. "
            f"Indstilling Forvaltningen indstiller, at sagen godkendes. Sagsbeskrivelse {text}Lovgrundlag - ")


# a case text's numbered measures, more of them than the meeting has items, each a short title-like run
POINTS = ("Tiltagene er nummereret fortløbende. Tiltag der allerede er sat i gang 1. Fælles dialog om lyngen i lunden "
          "2. Anmeldelser ved huller i hegnet 3. Kameraer ved mosens stier er blevet skiftet Hertil kommer andre "
          "tiltag. Tiltag inden for rammen 4. Skovfogeden kommer oftere forbi mosen 5. Dialog med jægerne om "
          "stierne 6. Flytte bålpladsen til lunden 7. Arbejde med skiltningen ved søen 8. Ændre på fogedens "
          "arbejdstid om aftenen 9. Ændre på åbningstiden ved laden Tiltag, der skal finansieres 10. Udvide "
          "samarbejdet med vagterne ved laden 11. Leje et fast lokale til skovfogeden 12. Øget overvågning ved søen "
          "13. Styrke lågerne ved indgangen. ")


def test_a_numbered_list_in_one_case_text_does_not_outvote_the_headers(tmp_path):
    """Headers 1) to 9) over three pages, item 5's case text printing measures '1. …' to '13. …': the list restarts
    at 1 inside that one item's body, the headers number the whole document, so the headers are the items (the
    longer list was read as the meeting's items, the headers lost)."""
    pages = ["1 1 " + COVER + " " + _item(1, "Godkendelse af bladplan", "000111", FILL)
             + _item(2, "Kvashegn i lunden", "000222", FILL * 3) + "3) Lukket punkt 4) Lukket punkt "
             + _item(5, "Plejeaftale for lyngen", "000555", FILL),
             "2 2 " + POINTS + FILL,
             "3 3 " + _item(6, "Barkplan for skoven", "000666", FILL * 2) + _item(7, "Mosdrift ved bækken", "000777")
             + _item(8, "Stier i lunden", "000888", FILL) + _item(9, "Kvistliste", "000999")]
    page = tmp_path / "plain.txt"
    page.write_text(FRAME.format(title="1 " + COVER + " 1)", pages="\n\n".join(pages)), encoding="utf-8")
    doc = parse_file(page)
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Kvashegn i lunden"), ("3", "Lukket punkt"), ("4", "Lukket punkt"),
        ("5", "Plejeaftale for lyngen"), ("6", "Barkplan for skoven"), ("7", "Mosdrift ved bækken"),
        ("8", "Stier i lunden"), ("9", "Kvistliste")]
    assert "Fælles dialog om lyngen" in " ".join(s.text for s in doc.items[4].sections)


def test_a_case_text_list_in_another_mark_does_not_take_the_headers_after_it(tmp_path):
    """Item 2's case text prints '1. … 2. …' right before the header '3) …'; numbers 1 to 7 then rise by one, the
    list's '1. 2.' and the headers' '3) 4) …', and a later '3.' in item 5's text reads as the outer numbering going
    on after a nested list. The list keeps its mark: it ends at '2.', and the headers stay the items."""
    program = ("Program for mødet: 1. Orientering om lyngen i lunden. 2. Orientering om mosens stier Lovgrundlag - ")
    pages = ["1 1 " + COVER + " " + _item(1, "Godkendelse af bladplan", "000111", FILL)
             + _item(2, "Temamøde om lyngen", "000222", program) + _item(3, "Program for mødet", "000333")
             + "4) Lukket punkt " + _item(5, "Lejeaftale med jægerne", "000555", FILL),
             "2 2 Jægerne må bruge arealet på følgende vilkår: 3. Lejemålet må kun bruges til jagt. " + FILL * 2
             + _item(6, "Barkplan for skoven", "000666", FILL * 2) + _item(7, "Kvistliste", "000777")]
    page = tmp_path / "plain.txt"
    page.write_text(FRAME.format(title="1 " + COVER + " 1)", pages="\n\n".join(pages)), encoding="utf-8")
    doc = parse_file(page)
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Temamøde om lyngen"), ("3", "Program for mødet"),
        ("4", "Lukket punkt"), ("5", "Lejeaftale med jægerne"), ("6", "Barkplan for skoven"), ("7", "Kvistliste")]
