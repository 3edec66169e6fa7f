"""Flattened pages where a bullet or an item's label stands near a contents list or a case-number label: the
bullets of a members' list, or a middle dot between a title and its case number, part no list's titles
(bulleted_contents.bullet_separators), and an item's label and number before a title run on after the last item's
stop ('… Godkendt. Pkt. 2 Spørgetid Sagsnr. 450-2021-1002 Initialer ABC Åbent …') head that title, their stop no
sentence's end (case_label_cuts._title_before). Invented text; each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.bulleted_contents import bullet_closes, bullet_separators
from sagsgang.parse.inline_lines import split_inline
from sagsgang.parse.lines import Line
from sagsgang.parse.run_on_titles import titles_run_on

from .transcript_page import parse_text, viewer_text

_TITLES = "• Godkendelse af dagsorden • Orientering om vandløbene • Plan for nye stier ved søen • Salg af grund"


def test_bullets_between_titles_part_them() -> None:
    # (the control: three bullets or more between titles named as titles are)
    assert len(bullet_separators(_TITLES)) == 4


def test_a_bulleted_list_of_members_parts_no_titles() -> None:
    # (a list read from an earlier cue runs on into the members' names: the names are no entries)
    span = ("Referat 2. marts 2021 Mødelokale 2 Skovudvalget Deltagere • Anne Berg • Bo Holm • Carl Lund • Dorte "
            "Juhl • Erik Mose • Finn Dahl Kopier link til punktet - Print 1: Spørgetid ....... 3 Sagsnr: Bilag")
    assert bullet_separators(span) == []
    assert not bullet_closes(span, span.index(" • Bo Holm"))


def test_middle_dots_between_titles_and_their_case_numbers_part_no_titles() -> None:
    # (each header prints its title twice, a dot before each case number; between them run numbers and bodies)
    span = ("Der var ingen afbud • 12. Beslutningssag: Godkendelse af dagsorden · SAG-2021-000002 Beslutningssag: "
            "Godkendelse af dagsorden · SAG-2021-000002 INDHOLD INDSTILLING: Direktøren indstiller, at dagsordenen "
            "godkendes. BESLUTNING Godkendt • 13. Orienteringssag: Nye stier ved søen · SAG-2021-000003 "
            "Orienteringssag: Nye stier ved søen · SAG-2021-000003 INDHOLD INDSTILLING: Direktøren indstiller, at "
            "orienteringen tages til efterretning.")
    assert bullet_separators(span) == []


def _labelled(label: str) -> str:
    """A transcript whose items print their label and number before the title, the header's cells (case number,
    initials, status) after it, each header run on after the last item's decision."""
    return viewer_text(
        f"{label} 1 Godkendelse af dagsorden",
        f"{label} 1 Godkendelse af dagsorden Sagsnr. 450-2021-1001 Initialer ABC Åbent Sagsfremstilling Dagsordenen "
        "skal godkendes, og udvalget skal tage stilling til, om sagerne på dagsordenen kan behandles i den "
        "rækkefølge, som forvaltningen har foreslået. Beslutning i Byrådet den 2. marts 2021 Godkendt. "
        f"{label} 2 Spørgetid Sagsnr. 450-2021-1002 Initialer ABC Åbent Sagsfremstilling Der blev ikke stillet "
        "spørgsmål. Borgerne kan stille spørgsmål til byrådet om sager, der er på dagsordenen, og spørgsmålene skal "
        "være sendt til forvaltningen senest fem dage før mødet. Beslutning i Byrådet den 2. marts 2021 Taget til "
        f"efterretning. {label} 3 Budget 2022 med overslagsårene (2. behandling) Sagsnr. 450-2021-1003 Initialer DEF "
        "Åbent Sagsfremstilling Budgettet skal vedtages. Beslutning i Byrådet den 2. marts 2021 Vedtaget.")


def test_an_item_label_before_a_run_on_title_heads_it(tmp_path: Path) -> None:
    # (not 'Initialer ABC', the header's next cell after the case number, as the title of an item with no number)
    for label in ("Pkt.", "Sag nr."):
        items = parse_text(tmp_path, _labelled(label)).items
        assert [(it.number, it.title, it.case_numbers) for it in items] == [
            ("1", "Godkendelse af dagsorden", ["450-2021-1001"]), ("2", "Spørgetid", ["450-2021-1002"]),
            ("3", "Budget 2022 med overslagsårene (2. behandling)", ["450-2021-1003"])], label


def test_the_cut_goes_before_the_label_not_after_its_stop() -> None:
    lines = [ln.text for ln in split_inline("Beslutning Godkendt. Punkt nr. 2 Spørgetid Sagsnr. 450-2021-1002 "
                                            "Initialer ABC Åbent Sagsfremstilling Tekst", 0)]
    assert "Punkt nr. 2 Spørgetid" in lines


def test_a_label_behind_its_title_opens_no_title_before_it() -> None:
    # (its stop is where the cut was sought: no title is read from the words before the label)
    lines = [ln.text for ln in split_inline("Beslutning Godkendt. Kopier link Budget for vejene - pkt. 2 Sagsnr.: "
                                            "450-2021-1002 Initialer ABC Åbent Sagsfremstilling Tekst", 0)]
    assert "Kopier link Budget for vejene - pkt. 2" not in lines



def test_the_same_words_before_every_decision_heading_are_no_title() -> None:
    # (a link printed before each item's 'Beslutning', run on after the text before it or opening a page line: the
    # page's chrome, not a title to cut off; the items' own titles stand under headings the lexicon does not know)
    texts = ["Skovudvalget 2. marts 2021", "", "Plan for nye stier ved søen Sag nr. 7 Uddybning Stierne skal gå rundt "
             "om søen. Økonomiudvalget: Indstilles godkendt. Vis hele sagen her", "Beslutning", "Godkendt.",
             "Salg af grund ved Bakkevej Sag nr. 8 Uddybning Grunden skal sælges.", "", "Vis hele sagen her",
             "Beslutning", "Godkendt."]
    lines = [Line(t, 0) for t in texts]
    assert titles_run_on(lines) is lines
