"""Whole minutes printed to PDF in real layouts, as their text layer reads (benchmarks/parse_accuracy/printed.py):
page numbers and running heads, titles wrapped in large type, run-in labels one a line, a cover sentence that
wraps before its place. Invented pages shaped like those text layers."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file


def _parse(tmp_path: Path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)


# 'boxed': the label line holds the case number, the title below it in large type wraps onto a capitalised line;
# the cover's members one a line, then a page break and the contents table's column heads
BOXED = """Dagsorden

Vejudvalget

Mødedato: 04.03.2025

Mødested: Mødelokale 3

Deltagere
Ida Krogh
Ole Brink
Lars Vinter

Punkt Titel Side
1 Godkendelse af dagsorden 2
2 Tilladelse til udvidelse af parkeringsareal ved Havnegade 14,
Søndermarken Øst
3

Punkt 1 Sagsnr. 25-000101

Godkendelse af dagsorden

Resume
Dagsordenen for mødet forelægges til godkendelse.

Punkt 2 Sagsnr. 25-000102

Tilladelse til udvidelse af parkeringsareal ved Havnegade 14,
Søndermarken Øst

Resume
Ejeren har søgt om at udvide parkeringsarealet med tolv pladser langs vejen.

Indstilling
Forvaltningen indstiller, at tilladelsen gives.
"""


def test_title_below_label_line_keeps_its_wrapped_line(tmp_path: Path) -> None:
    doc = _parse(tmp_path, BOXED)
    assert [it.title for it in doc.items] == [
        "Godkendelse af dagsorden",
        "Tilladelse til udvidelse af parkeringsareal ved Havnegade 14, Søndermarken Øst"]
    assert doc.items[1].case_numbers == ["25-000102"]
    assert [s.heading for s in doc.items[1].sections] == ["Resume", "Indstilling"]


def test_contents_heads_end_the_members_list(tmp_path: Path) -> None:
    doc = _parse(tmp_path, BOXED)
    assert doc.meeting is not None
    assert doc.meeting.participants == ["Ida Krogh", "Ole Brink", "Lars Vinter"]


# 'plain': 'N) Title' headers in one flow, a title wrapped after a comma, and a body line that a plan's number opens
# ('14.03 § 6 …', a bare number of another form than the headers')
PLAIN = """Referat

fra mødet i Vejudvalget tirsdag den 4. marts 2025 kl. 16:00 i
Nordby Campus, Strandbuen 25, 4000 Nordby

1) Godkendelse af dagsorden

Sagsnr.: 25-000101

Beslutning
Godkendt.

2) Dispensation fra lokalplan for et carport på Engvej 4, Nordby
Landsby

Sagsnr.: 25-000102

Beslutning
Godkendt.

Resume
Der søges om dispensation fra bestemmelsen i lokalplan nr.
14.03 § 6, stk. c om tagform, idet carporten får et fladt tag.

Indstilling
Forvaltningen indstiller, at dispensationen gives.

3) Dispensation til terrænregulering på grunden Bakkevej 11,
Nordby Strand

Sagsnr.: 25-000103

Beslutning
Sagen udsættes.

Resume
Ejeren har hævet terrænet mere end lokalplanen tillader langs skel.

4) Vedtagelse af trafikplan for skolevejene

Sagsnr.: 25-000104

Beslutning
Godkendt.

Resume
Trafikplanen forelægges til endelig vedtagelse efter høringen.

5) Eventuelt

Sagsnr.: 25-000105

Beslutning
Intet.
"""


def test_number_of_another_form_breaks_no_run_of_headers(tmp_path: Path) -> None:
    doc = _parse(tmp_path, PLAIN)
    assert [it.number for it in doc.items] == ["1", "2", "3", "4", "5"]
    assert doc.items[2].title == "Dispensation til terrænregulering på grunden Bakkevej 11, Nordby Strand"
    assert [d.text for d in doc.items[2].decisions] == ["Sagen udsættes."]


def test_cover_sentence_carries_its_place_to_the_next_line(tmp_path: Path) -> None:
    doc = _parse(tmp_path, PLAIN)
    assert doc.meeting is not None
    assert doc.meeting.start_time == "16:00"
    assert doc.meeting.location == "Nordby Campus, Strandbuen 25, 4000 Nordby"


# 'list': run-in labels one a line with no blank line between them, a short text after one, a case history's
# dated entry after its label
LIST = """Referat

Vejudvalget

Mødet blev holdt den 4. marts 2025 kl. 16:00 i Rådhuset, mødelokale 3.

Punkt 1: Godkendelse af dagsorden
Sagsnr.: 25-000101
Beslutning: Dagsordenen blev godkendt.
Fraværende: Ole Brink
Resume: Dagsordenen for mødet forelægges til godkendelse.
Indstilling: Forvaltningen indstiller, at dagsordenen godkendes.
Sagens forløb: 04-03-2025 Vejudvalget Beslutning ikke frigivet

Punkt 2: Vedtagelse af trafikplan
Sagsnr.: 25-000102
Beslutning: Godkendt.
Resume: Planen vedtages.
Lovgrundlag: Færdselsloven § 92.
"""


def test_run_in_labels_one_a_line_head_their_sections(tmp_path: Path) -> None:
    doc = _parse(tmp_path, LIST)
    first, second = doc.items
    assert [s.heading for s in first.sections] == ["Beslutning", "Resume", "Indstilling", "Sagens forløb"]
    assert [d.text for d in first.decisions] == ["Dagsordenen blev godkendt."]
    assert [s.heading for s in second.sections] == ["Beslutning", "Resume", "Lovgrundlag"]
    assert [d.text for d in second.decisions] == ["Godkendt."]


def test_soft_hyphen_break_joins_the_word(tmp_path: Path) -> None:
    """Justified text broken at a soft hyphen: the layout draws it as U+2010 at the line's end; the word is printed
    without it (a word's own hyphen, ASCII '-', stays)."""
    text = BOXED.replace("Indstilling\nForvaltningen indstiller, at tilladelsen gives.\n",
                         "Beslutning i Vejudvalget den 4. marts 2025\n"
                         "Udvalget ønsker at mødes med grundejerforeningens repræsen\u2010\n"
                         "tanter, før tilladelsen gives.\n")
    doc = _parse(tmp_path, text)
    assert [d.text for d in doc.items[1].decisions] == [
        "Udvalget ønsker at mødes med grundejerforeningens repræsentanter, før tilladelsen gives."]


def test_decision_repeating_its_items_number_is_no_header(tmp_path: Path) -> None:
    """'3) Title' / … / 'Beslutning' / '3. Sagen udsættes.': the decision's point repeats the item's number in another
    form than the headers'; the header keeps its title, the point stays the decision's text."""
    decided = "Beslutning\n3. Sagen udsættes til næste møde."
    doc = _parse(tmp_path, PLAIN.replace("Beslutning\nSagen udsættes.", decided))
    assert [it.number for it in doc.items] == ["1", "2", "3", "4", "5"]
    assert doc.items[2].title == "Dispensation til terrænregulering på grunden Bakkevej 11, Nordby Strand"
    assert [d.text for d in doc.items[2].decisions] == ["3. Sagen udsættes til næste møde."]


def test_place_run_on_from_the_cover_sentence(tmp_path: Path) -> None:
    """'… kl. 16:00 i Nordby' / 'Idrætspark (NIP)': the place begun after the time, its rest on the next line."""
    doc = _parse(tmp_path, PLAIN.replace("kl. 16:00 i\nNordby Campus, Strandbuen 25, 4000 Nordby",
                                         "kl. 16:00 i Nordby\nIdrætspark (NIP)"))
    assert doc.meeting is not None
    assert doc.meeting.location == "Nordby Idrætspark (NIP)"


LIST_COVER = """Referat

Vejudvalget

Mødet blev holdt tirsdag den 4. marts 2025 kl. 16:00 i Nordby Campus, Strandbuen 25, 4000
Nordby

Deltagere: Ida Krogh, Ole Brink, Lars Vinter, Anne Marie
Skovgaard

"""


def test_cover_lines_the_width_broke(tmp_path: Path) -> None:
    """The held-sentence's place and the members' comma list, each wrapped at the margin: the place's last word and
    the last member's surname (after two given names) on the next line, which ends the block."""
    doc = _parse(tmp_path, LIST_COVER + LIST.split("\n\n", 3)[3])
    assert doc.meeting is not None
    assert doc.meeting.location == "Nordby Campus, Strandbuen 25, 4000 Nordby"
    assert doc.meeting.participants == ["Ida Krogh", "Ole Brink", "Lars Vinter", "Anne Marie Skovgaard"]
    assert [it.number for it in doc.items] == ["1", "2"]


def test_title_wrapped_after_an_abbreviation_or_before_a_span_of_years(tmp_path: Path) -> None:
    """A title broken after 'vedr.' (an abbreviation's stop, no sentence's) or before its span of years ('2025-2028',
    no case number) goes on on the next line."""
    head = "Tilladelse til udvidelse af parkeringsareal ved Havnegade 14,\nSøndermarken Øst\n\nResume"
    for first, rest in (("Henvendelse fra grundejerforeningen ved Søndermarken Øst vedr.", "parkering langs vejen"),
                        ("Selvforvaltningsaftale om driftstilskud for Nordby Roklub og Kajakklub", "2025-2028")):
        doc = _parse(tmp_path, BOXED.replace(head, f"{first}\n{rest}\n\nResume"))
        assert doc.items[1].title == f"{first} {rest}"
        assert doc.items[1].case_numbers == ["25-000102"]
