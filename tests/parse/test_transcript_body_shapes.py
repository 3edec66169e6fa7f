"""Item bodies of a PDF transcript printed in the shapes other councils use (transcript_bodies.py): headings glued to
their text with no space ('SagsfremstillingDer er …', 'Økonomiske konsekvenserUdgifterne …', 'BESLUTNINGGodkendt.'),
and headings and labels in the general Danish council words the heading list did not yet know ('Beskrivelse' alone,
'Sag nr.:', 'FRAVÆRENDE').
Synthetic transcript pages in the shape of the tune transcripts; no real text copied."""
from __future__ import annotations

from sagsgang.parse import parse_file
from sagsgang.parse.headings import is_heading
from sagsgang.parse.unglue import glued_headings

from .flattening import flattened_text, tune_page
from .transcript_page import parse_transcript as _parse

_COVER = "1 TEKNISK UDVALG REFERAT FRA MØDET TORSDAG DEN 12. MAJ 2016, KL. 16.00 PÅ RÅDHUSET"
_LIST = ("2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Trafikplan for midtbyen med forslag til ændrede "
         "parkeringsregler 3. Udbud af vintertjeneste på kommunens veje")


def _item(n: int, title: str, body: str) -> str:
    return f"{n + 2} Teknisk Udvalg 12. maj 2016 Side {n + 2} {n}. {title} {body}"


def test_a_heading_of_several_words_glued_to_its_text_is_a_section(tmp_path):
    """'Økonomiske konsekvenserUdgifterne …': a heading of two words glued to its text is parted and counted, as the
    one-word glue ('SagsfremstillingForvaltningen') was before."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "BeslutningGodkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sagsnr.: 16/1234 SagsfremstillingForvaltningen har udarbejdet et forslag til en trafikplan. "
                       "Økonomiske konsekvenserUdgifterne afholdes inden for rammen. "
                       "BeslutningAnbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje", "Sagens formålDer skal vælges en entreprenør."))
    sections = {it.title: [s.heading for s in it.sections] for it in doc.items}
    assert sections["Trafikplan for midtbyen med forslag til ændrede parkeringsregler"] == [
        "Sagsfremstilling", "Økonomiske konsekvenser", "Beslutning"]
    assert sections["Udbud af vintertjeneste på kommunens veje"] == ["Sagens formål"]


def test_a_heading_in_capitals_glued_to_its_text_is_a_section(tmp_path):
    """'SAGSFREMSTILLINGForvaltningen …', 'BESLUTNINGAnbefales.': the heading in capitals, its text's first word
    capitalised; the item's header is found by the glued heading after a title the list printed shorter."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "BESLUTNINGGodkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler 2016",
                       "SAGSFREMSTILLINGForvaltningen har udarbejdet et forslag til en trafikplan. "
                       "BESLUTNINGAnbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje", "Sagsnr.: 16/1235 Beslutning Godkendt."))
    item = next(it for it in doc.items if it.title.startswith("Trafikplan"))
    assert [s.heading.casefold() for s in item.sections] == ["sagsfremstilling", "beslutning"]
    assert [d.text for d in item.decisions] == ["Anbefales."]


def test_glue_is_parted_only_after_a_known_heading():
    """A capital inside a word is parted only where the words before it are a heading: 'KommuneKredit',
    'Beslutningsforslaget' or a heading's start inside a longer word stay as printed."""
    text = "Lånet optages i KommuneKredit. BeslutningsforslagetBlev drøftet. ResumeI slutningen af året SagsgangAU, KB"
    assert glued_headings(text) == ("Lånet optages i KommuneKredit. BeslutningsforslagetBlev drøftet. \nResume\n"
                                    "I slutningen af året \nSagsgang\nAU, KB")


def _decisions(doc, title: str) -> list[tuple[str | None, str | None, str]]:
    item = next(it for it in doc.items if it.title == title)
    return [(d.committee, d.date, d.text) for d in item.decisions]


def test_decision_headings_in_other_shapes_run_into_their_text(tmp_path):
    """'Beslutning (X, D)', 'Afgørelse i X den D', 'Xs beslutning den D' run into the decision's text: each is the
    decision's head, with its body and date, as on a page that kept its lines (before, the first two were lost
    and the genitive lost the first part of a two-part name)."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Åben sag Beslutning (Teknisk Udvalg, 12. maj 2016) Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sagsfremstilling Forvaltningen har udarbejdet et forslag. Afgørelse i Teknisk Udvalg den "
                       "12-05-2016 Anbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje",
                       "Sagsfremstilling Der skal vælges en entreprenør. Ingen bilag. Teknik- og Miljøudvalgets "
                       "beslutning den 12. maj 2016 Godkendt."))
    assert _decisions(doc, "Godkendelse af dagsorden") == [("Teknisk Udvalg", "2016-05-12", "Godkendt.")]
    assert _decisions(doc, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler") == [
        ("Teknisk Udvalg", "2016-05-12", "Anbefales.")]
    assert _decisions(doc, "Udbud af vintertjeneste på kommunens veje") == [
        ("Teknik- og Miljøudvalget", "2016-05-12", "Godkendt.")]


def test_a_dated_genitive_in_a_sentence_is_no_heading():
    """'… jf. Økonomiudvalgets beslutning den 25. marts 2022.': the date ends a sentence, so it is prose."""
    from sagsgang.parse.inline_lines import split_inline
    text = "Der holdes dialog med formanden jf. Økonomiudvalgets beslutning den 25. marts 2022. Sagen er oplyst."
    assert [ln.text for ln in split_inline(text, 0)] == [text]


def test_a_sagsnummer_label_ends_the_title_at_an_items_header(tmp_path):
    """A tune page flattened (flattened.py) with 'Sagsnr. 249050' printed 'Sagsnummer: 249050': the label is where the
    item's body begins after its title, as 'Sagsnr.:' is, so each item keeps its title and case number (before,
    the items ran together and lost their case numbers)."""
    text = tune_page("x0031.txt").read_text(encoding="utf-8").replace("Sagsnr. ", "Sagsnummer: ")
    page = tmp_path / "x0031.txt"
    page.write_text(flattened_text(text), encoding="utf-8")
    doc = parse_file(page)
    cases = [n for it in doc.items for n in it.case_numbers]
    assert {"249050", "230743", "18167"} <= set(cases)


def _sections(doc, start: str) -> list[str]:
    item = next(it for it in doc.items if (it.title or "").startswith(start))
    return [s.heading for s in item.sections]


def test_beskrivelse_alone_heads_a_section(tmp_path):
    """'Beskrivelse Forvaltningen har …': the word alone is a section heading (as 'Sagsbeskrivelse' and 'Beskrivelse
    af sagen' are), on a line of its own or run into its text."""
    assert is_heading("Beskrivelse") and is_heading("BESKRIVELSE:")
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sagsnr.: 16/1234 Beskrivelse Forvaltningen har udarbejdet et forslag til en trafikplan. "
                       "Indstilling Forvaltningen indstiller, at planen godkendes. Beslutning Anbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje", "Beskrivelse Der skal vælges en entreprenør."))
    assert _sections(doc, "Trafikplan") == ["Beskrivelse", "Indstilling", "Beslutning"]
    assert _sections(doc, "Udbud") == ["Beskrivelse"]


def test_beskrivelse_inside_a_sentence_is_no_heading():
    """A heading word inside prose ('en Beskrivelse af …' in a longer line) is not a heading line."""
    assert not is_heading("Der foreligger en Beskrivelse af projektet")


def test_sag_nr_with_its_colon_labels_a_case_number(tmp_path):
    """'Sag nr.: 16/1234' run into a flattened body labels the case's number, as 'Sagsnr.:' does; the title ends
    before it."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sag nr.: 16/1234 Sagsfremstilling Forvaltningen har udarbejdet et forslag. "
                       "Beslutning Anbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje",
                       "Sag nr.: 249050 Sagsfremstilling Der skal vælges en entreprenør."))
    numbers = {it.title: it.case_numbers for it in doc.items}
    assert numbers["Trafikplan for midtbyen med forslag til ændrede parkeringsregler"] == ["16/1234"]
    assert numbers["Udbud af vintertjeneste på kommunens veje"] == ["249050"]


def test_sag_nr_without_a_case_number_is_no_case_label():
    """'Sag nr. 4' numbers an item and 'Sag nr.: Emne:' heads a list's columns: neither is a case-number label."""
    from sagsgang.parse.casenumbers import labelled_case_numbers
    from sagsgang.parse.title_tidy import BODY_CUE

    assert labelled_case_numbers("Sag nr.: 16/1234 Sagsfremstilling") == ["16/1234"]
    assert not labelled_case_numbers("Sag nr. 4 Budget 2017")
    assert not BODY_CUE.search("Budget 2017 Sag nr.: Emne: Side")
    assert not BODY_CUE.search("Budget 2017 Sag nr.: 4 Regnskab")
    assert BODY_CUE.search("Budget 2017 Sag nr.: 17/2234 Regnskab")


def test_an_absence_label_in_capitals_heads_its_block():
    """'FRAVÆRENDE Ingen.' run into a flattened body that prints its headings in capitals goes on a line of its own, as
    'Fraværende Ingen.' does, so it heads the absence block."""
    from sagsgang.parse.inline_lines import split_inline

    lines = [ln.text for ln in split_inline("BEHANDLING Økonomiudvalget 04-01-2021 1 FRAVÆRENDE Ingen. "
                                            "BEMÆRKNINGER TIL DAGSORDENEN Godkendt.", 0)]
    assert "FRAVÆRENDE" in lines
    lines = [ln.text for ln in split_inline("Behandling Økonomiudvalget 04-01-2021 1 Fraværende Ingen. "
                                            "Bemærkninger til dagsordenen Godkendt.", 0)]
    assert "Fraværende" in lines
