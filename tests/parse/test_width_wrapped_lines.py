"""Lines a PDF's column broke at the page's width join again where the next line opens in a capital or a digit
(a members list's next name, a place's next word): the next line's first word would not have fit after the line,
so only the width ended it. Invented pages; each is compared with the same page printed one paragraph a line."""
from __future__ import annotations

import textwrap
from pathlib import Path

from sagsgang.parse.lines import prepare
from tests.parse.transcript_page import parse_text

MEMBERS = ("Anne Holm (A), Bo Kjær (V), Carl Dam (C), Dorte Berg (F), Eva Lund (Ø), Frank Nielsen (O), "
           "Gitte P. Vang (B) og Ib Skov (A)")
PAGE = f"""Økonomiudvalget
Referat
Mødedato: 12. marts 2027 kl. 16:00 Mødested: Mødelokale 2 på Rådhuset ved Torvet
Deltagere: {MEMBERS}

1. Godkendelse af dagsordenen for mødet i Økonomiudvalget den 12. marts
Sagsnr.: 27/1001
Beslutning
Godkendt.

2. Anlægsbevilling til ny belysning på stierne langs Søndre Ringvej
Sagsnr.: 27/1002 Dok.nr.: 27/5555
Sagsfremstilling
Forvaltningen har undersøgt, hvordan stierne langs vejen kan få ny belysning, og foreslår en bevilling.
Beslutning
Anbefales over for Byrådet.
"""


def wrapped(text: str, width: int) -> str:
    """`text` with each line broken at `width`, as a PDF's column prints it."""
    return "\n".join("\n".join(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False)) or ln
                     for ln in text.split("\n"))


def texts(text: str) -> list[str]:
    return [ln.text for ln in prepare(text) if ln.text]


def test_a_place_and_a_members_list_broken_by_the_width_read_as_printed_in_one_line(tmp_path: Path) -> None:
    page = wrapped(PAGE, 60)
    assert "på\nRådhuset" in page and "Dorte\nBerg" in page  # the width broke the place and the list before a capital
    meeting = parse_text(tmp_path, page).to_contract()["meeting"]
    assert meeting["location"] == "Mødelokale 2 på Rådhuset ved Torvet"
    assert meeting["participants"] == ["Anne Holm (A)", "Bo Kjær (V)", "Carl Dam (C)", "Dorte Berg (F)", "Eva Lund (Ø)",
                                       "Frank Nielsen (O)", "Gitte P. Vang (B)", "Ib Skov (A)"]


def test_a_name_broken_after_its_initial_joins_its_last_name() -> None:
    # 'Per B.' ends no sentence: the full stop is the initial's
    page = ("Deltagere: Anne Holm, Bo Kjær, Carl Dam, Dorte Berg og Per B.\n"
            "Andersen. Mødet blev holdt i salen, og alle medlemmer deltog\n"
            "i behandlingen af de punkter, der stod på dagsordenen, og der\n"
            "var ingen afbud. Forvaltningen orienterede om status på de fire\n"
            "nye skoler.\n")
    assert texts(page)[0].startswith("Deltagere: Anne Holm, Bo Kjær, Carl Dam, Dorte Berg og Per B. Andersen. Mødet")


def test_numbered_entries_and_labels_that_fill_the_line_stay_lines_of_their_own() -> None:
    # each entry fills the width, yet the next opens an entry of its own: a number, a bullet, a numbered label, a
    # label's colon
    page = ("PUNKTER\n"
            "14. Godkendelse af regnskab og beretning for Fjordens Fritidscenter\n"
            "15. Beslutning om frigivelse af anlægsmidler til nye cykelstier i by\n"
            "16. Orientering om status på arbejdet med den nye skolestruktur nu\n"
            "• Udtalelse om forslag til ny lokalplan for området ved gamle havn\n"
            "Sag nr. 17\n"
            "Høring om forslag til regional udviklingsstrategi for hele region\n"
            "Sagsnr.: 27/1003\n")
    assert texts(page) == page.strip().split("\n")


def test_a_page_that_keeps_its_lines_is_not_read_as_wrapped() -> None:
    # paragraphs a line each that run past any printed column's width: their ends are the writer's, so a line
    # that follows one in a capital stays its own, however close the paragraphs' lengths
    para = ("Forvaltningen har undersøgt sagen grundigt og anbefaler, at udvalget godkender planen for det nye "
            "område ved havnen, som den er beskrevet i notatet, der er vedlagt som bilag {k} til sagen")
    page = "\n".join(line for k in range(1, 4) for line in (para.format(k=k), "Beslutning Godkendt"))
    assert texts(page) == page.split("\n")


def test_a_dot_leader_sets_no_width() -> None:
    # a contents line's dot leader runs past the column (nothing could break it); the list's lines still set the width
    page = ("Tilstede: Anne Holm, Bo Kjær, Carl Dam, Dorte Berg, Eva Lund og Ib\n"
            "Skov. Mødet blev holdt i salen, og alle medlemmer deltog i alle\n"
            "punkter, der stod på dagsordenen, og der var ingen afbud til det\n"
            "møde, som formanden havde indkaldt til i god tid før sommeren.\n"
            "1 Meddelelser\n"
            "......................................................................................4\n")
    assert texts(page)[0].startswith("Tilstede: Anne Holm, Bo Kjær, Carl Dam, Dorte Berg, Eva Lund og Ib Skov. Mødet")


COLUMN = ("Forvaltningen har undersøgt, hvordan skolerne i kommunens nordlige\n"
          "del kan samles, og foreslår tre modeller, der hver er beskrevet i\n"
          "notatet, som er vedlagt sagen, med elevtal og økonomi for hver skole.\n")


def test_a_decision_heading_run_on_to_its_text_and_a_line_in_lower_case_join_across_the_width() -> None:
    # a heading with its text run on is no heading's line of its own; words a heading opens with, in lower case
    # ('konsekvenser for …'), are a sentence's that ran on
    page = (COLUMN + "o elevtal, økonomi og forudsætninger for de tre modeller og deres o\n"
            "konsekvenser for lokalsamfundet\n"
            "Beslutning: Byrådet, 14.05.2027 Anne Holm, Bo Kjær, Carl Dam, Lene\n"
            "Lassen og Dorte Berg var fraværende. Godkendt.\n")
    assert texts(page)[1:] == [
        "o elevtal, økonomi og forudsætninger for de tre modeller og deres o konsekvenser for lokalsamfundet",
        "Beslutning: Byrådet, 14.05.2027 Anne Holm, Bo Kjær, Carl Dam, Lene Lassen og Dorte Berg var fraværende. "
        "Godkendt."]


def test_a_metadata_row_fills_the_line_with_the_gaps_between_its_cells() -> None:
    # the row's cells stand a column apart: printed, it fills the line, so its last cell ran on to the next
    page = COLUMN + "Sagsnr.: 330-2027-164                    Dok.nr.: 330-2027-488200\nÅbent\nBeslutningstema\n"
    assert texts(page)[1:] == ["Sagsnr.: 330-2027-164 Dok.nr.: 330-2027-488200 Åbent", "Beslutningstema"]


def test_a_page_of_short_lines_of_like_length_is_not_read_as_wrapped() -> None:
    # labels, a decision's lines and names of like length, none a sentence the width broke in lower case: each
    # line ends where its writer ended it
    page = ("Mødedato: 14. januar 2031 kl. 08:00 på rådhuset\n"
            "Fjordby Råd 2030-2033s beslutning den 14.01.2031\n"
            "Programmet for mødet blev godkendt uden ændringer\n"
            "Følgende deltog ikke i behandlingen af punktet:\n"
            "Aske Vindborg\n"
            "Bodil Pilehave\n")
    assert texts(page) == page.strip().split("\n")
