"""A flattened page's unknown heading right after each item's head (flat_run_labels.run_labels): the phrase that follows
an item's case number or its status word ('… Sagsnr. 250467 Sundheds- og Omsorgsudvalget Åbent punkt Uddybning
Sundheds- og …') in two or more items is the heading that opens each case text, even where every item's text begins
with the same words (so nothing after it differs) and no finished sentence stands before it. A field with a
person's name after it ('Sagsbehandler: Marie Jensen') is no heading. section_shapes.py flat-new-plain: item.sections
131 -> 158 of 365 (predicted 153 -> 179)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.flat_run_labels import run_labels
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare

_RUN = ("1 Sundheds- og Omsorgsudvalget Referat Mødedato: 12. marts 2019 Mødested: Rådhuset, lokale 2 Punkt 16. "
        "Rehabiliteringsindsatsen Sagsnr. 250467 Sundheds- og Omsorgsudvalget Åbent punkt Uddybning Sundheds- og "
        "Omsorgsudvalget drøfter status på rehabiliteringsindsatsen i hjemmeplejen og på plejecentrene. Forvaltningen "
        "vil på mødet holde et kort oplæg om indsatsen. Beslutning Drøftet. Punkt 17. Status på "
        "tilfredshedsundersøgelsen Sagsnr. 267028 Sundheds- og Omsorgsudvalget Åbent punkt Uddybning Sundheds- og "
        "Omsorgsudvalget behandlede den 20. august resultaterne af den landsdækkende undersøgelse af tilfredsheden "
        "blandt modtagere af hjemmehjælp. Beslutning Taget til efterretning.")
_PAGE = "Sundheds- og Omsorgsudvalget Referat\n\nTranskript\n\n" + _RUN + "\n"


def test_the_label_is_unknown_to_the_lexicon() -> None:
    assert not is_heading("Uddybning")


def test_a_phrase_after_each_items_status_word_is_a_heading() -> None:
    assert run_labels(prepare(_PAGE)) == {"Uddybning"}


def test_a_phrase_after_each_items_case_number_is_a_heading() -> None:
    page = _PAGE.replace("Sundheds- og Omsorgsudvalget Åbent punkt Uddybning", "Uddybning")
    assert run_labels(prepare(page)) == {"Uddybning"}


def test_the_items_read_their_sections_by_it(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE, encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert [it["sections"] for it in items] == [["Uddybning", "Beslutning"]] * 2


def test_a_field_naming_a_person_after_the_case_number_is_none() -> None:
    """'Sagsbehandler: Marie Jensen': a field's value, a name, where a heading's text begins with a sentence."""
    run = ("1 Økonomiudvalget Referat Mødedato: 8. januar 2014 1. Cirkulæreskrivelser m.v. "
           "Sagsnr.: 00.00.00-P19-1391-07 Sagsbehandler: Marie Jensen Til efterretning foreligger "
           "cirkulæreskrivelser og orienteringssager fra perioden. Beslutning Taget til efterretning. "
           "2. Valg af næstformand Sagsnr.: 00.22.04-A00-1-13 Sagsbehandler: Grethe Wilmoes På det konstituerende "
           "møde skal udvalget vælge sin næstformand for perioden. Beslutning Godkendt. 3. Praksis for udsendelse "
           "af dagsordner Sagsnr.: 00.22.00-A26-1-14 Sagsbehandler: Grethe Wilmoes Dagsordner sendes ud "
           "elektronisk fire dage før mødet. Beslutning Godkendt.")
    assert run_labels(prepare(run)) == frozenset()


# A page of one case: its headings repeat nowhere, and each is read as one of the run's phrases in a heading's slot
# (flat_run_labels._paired_labels), the head's end among those slots. section_shapes.py flat-new-plain: item.sections
# 160 -> 174 of 365 (predicted 181 -> 195).
_ONE = ("1 Nr.148 - Frikommuneforsøg II og landspolitisk udvikling Sagsnr.: 16/31575 Uddybning Borgerservice-, "
        "Arbejdsmarkeds- og Erhvervsudvalget og Social- og Seniorudvalget orienteres om status på frikommuneforsøget "
        "og om den landspolitiske udvikling på området. Sagsoplysninger Kommunen har sammen med netværket søgt om "
        "at indgå i forsøget med én samlet plan for borgere i udsatte livssituationer. Perspektivering Borgerservice-, "
        "Arbejdsmarkeds- og Erhvervsudvalget følger forsøget tæt i de kommende år. Beslutning Taget til efterretning.")


def test_a_phrase_after_the_case_number_pairs_with_the_runs_other_headings() -> None:
    """'Uddybning' after the case number and 'Sagsoplysninger' after a finished sentence: two phrases in a
    heading's slot; 'Perspektivering' before a compound's first part cut at its hyphen ('Borgerservice-,
    Arbejdsmarkeds- og …') is followed by no name."""
    assert run_labels(prepare(_ONE)) == {"Uddybning", "Sagsoplysninger", "Perspektivering"}


def test_the_case_reads_its_sections_by_them(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text("Byrådet Referat\n\nTranskript\n\n" + _ONE + "\n", encoding="utf-8")
    (item,) = parse_file(p).to_contract()["items"]
    assert item["sections"] == ["Uddybning", "Sagsoplysninger", "Perspektivering", "Beslutning"]


def test_a_name_printed_twice_with_the_same_surname_is_none() -> None:
    """'… fraværende. Kristoffer Storm og …' twice in the run: a name, though a phrase after a finished sentence, as
    'Uddybning' after the status word is a heading."""
    run = ("1 Byrådet Referat 13. november 2023 Punkt 1 Godkendelse af dagsorden Åben Beslutning Godkendt. "
           "Kristoffer Storm og Vibeke Gamst var fraværende. Punkt 2 Ældrepolitik Åben Uddybning Job- og "
           "Velfærdsudvalget indstiller, at byrådet godkender den nye politik for ældreområdet. Beslutning Godkendt. "
           "Kristoffer Storm og Vibeke Gamst var fraværende. Punkt 3 Klimaplan Åben Uddybning Klima- og "
           "Miljøudvalget indstiller, at byrådet godkender planen. Beslutning Godkendt.")
    assert run_labels(prepare(run)) == {"Uddybning"}


# A section whose whole text names a body ('Begrundelse Sundheds- og Omsorgsudvalget'): no stop ends it, and the
# heading after it is read as one of the run's headings (flat_run_labels._after_body_section). section_shapes.py
# flat-new-plain: item.sections 174 -> 179 of 365 (predicted 195 -> 200).
_BODY = ("1 Sundheds- og Omsorgsudvalget Referat Punkt 16. Rehabiliteringsindsatsen Sagsnr. 250467 Åbent punkt "
         "Uddybning Sundheds- og Omsorgsudvalget drøfter status på rehabiliteringsindsatsen i hjemmeplejen. "
         "Direktøren indstiller, at rehabiliteringsindsatsen drøftes. Begrundelse Sundheds- og Omsorgsudvalget "
         "Faglige overvejelser Forvaltningen vil på mødet holde et kort oplæg om indsatsen og dens resultater. "
         "Beslutning Drøftet.")


def test_a_heading_after_a_section_naming_a_body_is_one_too() -> None:
    assert run_labels(prepare(_BODY)) == {"Uddybning", "Begrundelse", "Faglige overvejelser"}


def test_a_phrase_after_a_body_named_in_a_sentence_is_none() -> None:
    """'… indstilles til Sundheds- og Omsorgsudvalget Forvaltningen …': the body follows no heading of the run."""
    run = _BODY.replace("Begrundelse Sundheds- og Omsorgsudvalget Faglige overvejelser Forvaltningen",
                        "Begrundelse Sagen sendes videre til Sundheds- og Omsorgsudvalget Faglige overvejelser "
                        "Forvaltningen")
    assert "Faglige overvejelser" not in run_labels(prepare(run))


def test_the_last_word_of_a_body_named_after_a_heading_is_none() -> None:
    """'… Begrundelse Udvalget for Kultur og Fritid den …': the word after 'Udvalget for Kultur og' goes on the body's
    name ('Fritid'), no heading (transcript_variants.py status-after lost a decision to it)."""
    run = _BODY.replace("Begrundelse Sundheds- og Omsorgsudvalget Faglige overvejelser Forvaltningen",
                        "Begrundelse Udvalget for Kultur og Fritid Forvaltningen")
    assert run_labels(prepare(run)) == {"Uddybning", "Begrundelse"}


def test_a_contents_rows_title_between_two_heads_is_none() -> None:
    """'… Sagsnr. 24/1221 Åbent Erhvervskontoret Sagsnr. 24/1228 Åbent …': a contents table's case and status cells
    around each row's title put the titles in the head's slot; a title followed by the next row's head opens no
    section (transcript_variants.py case-numbers read such titles as headings, parse-F1 0.971 -> 0.958)."""
    rows = ("Sagsnr. 24/1214 Åbent Helhedsplaner for folkeskolerne Sagsnr. 24/1221 Åbent Erhvervskontoret Sagsnr. "
            "24/1228 Åbent Placering af planfunktionen Sagsnr. 24/1235 Åbent Erhvervskontoret Sagsnr. 24/1242 Åbent ")
    assert "Erhvervskontoret" not in run_labels(prepare("Indholdsfortegnelse " + rows + _RUN))
    assert "Uddybning" in run_labels(prepare("Indholdsfortegnelse " + rows + _RUN))


# The head's last field other than its number or status: the case's type ('Drøftelsessag') or a one-word label with a
# body as its value ('Kompetence: Teknisk Udvalg'). A head's fields come before the item's text; the phrase after them
# opens that text as the phrase after a case number does.
_FIELDS = ("1 Teknisk Udvalg Referat Mødedato: 4. april 2022 Punkt 3. Ny belysning på stierne {head1} Målbillede "
           "Lygterne langs stierne ved søen udskiftes i år til nye lamper med lavere forbrug. Beslutning Godkendt. "
           "Punkt 4. Vintertjeneste på fortovene {head2} Målbillede Ordningen for snerydning på fortovene evalueres "
           "efter vinteren. Beslutning Taget til efterretning.")


def test_a_phrase_after_each_items_case_type_is_a_heading() -> None:
    run = _FIELDS.format(head1="Drøftelsessag", head2="Orienteringssag")
    assert run_labels(prepare(run)) == {"Målbillede"}


def test_a_phrase_after_a_field_naming_a_body_is_a_heading() -> None:
    run = _FIELDS.format(head1="Kompetence: Teknisk Udvalg", head2="Kompetence: Byrådet")
    assert run_labels(prepare(run)) == {"Målbillede"}
