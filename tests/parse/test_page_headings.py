"""Section headings the lexicon (headings.py) does not hold, found from the page's own structure
(parse/page_headings.py): a label repeated item after item, a label in the distinct form of the page's known
headings (all with ':' or all in capitals), the label that opens an item's case text. The words used here
('Sagsoplysninger', 'Faglige overvejelser', 'Uddybning', …) are not in the lexicon; the sub-headings of a
case's prose must stay out (annotation rules: sub-headings inside a section's prose do not count)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.headings import is_heading

_UNKNOWN = ("Sagsoplysninger", "Faglige overvejelser", "Uddybning", "Anbefaling", "Begrundelse")


def _parse(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()


def _sections(tmp_path: Path, text: str) -> list[list[str]]:
    return [it["sections"] for it in _parse(tmp_path, text)["items"]]


def test_probe_words_are_unknown() -> None:
    """The tests below mean something only while the lexicon lacks these words."""
    assert not any(is_heading(w) or is_heading(w.upper()) or is_heading(w + ":") for w in _UNKNOWN)


_MEETING = ("Referat\n\nDirektionen\n\nMødedato Mandag d. 18. marts 2024 kl. 12:30\n\nMødested Rådhuset\n\n"
            "Punkt 1: Decentrale direktionsmøder\n\n21-046857K\n\nBeslutning\n\nTaget til efterretning.\n\n"
            "Sagsfremstilling\n\nDirektionen har besluttet at rykke ét direktionsmøde ud hvert kvartal.\n\n"
            "Faglige overvejelser\n\nIngen bemærkninger.\n\n"
            "Indstilling\n\nDirektøren indstiller, at orienteringen tages til efterretning.\n\n"
            "Punkt 2: Drøftelse af fælleskommunale principper\n\n24-003250\n\nBeslutning\n\nAnbefales.\n\n"
            "Sagsfremstilling\n\nKKR Sjælland har iværksat et udviklingsprogram på det specialiserede socialområde.\n\n"
            "Faglige overvejelser\n\nDirektionen.\n\n"
            "Indstilling\n\nDirektøren indstiller, at principperne drøftes og anbefales.\n")
_FOUND = ["Beslutning", "Sagsfremstilling", "Faglige overvejelser", "Indstilling"]


def test_repeated_label_over_a_short_sentence(tmp_path: Path) -> None:
    """'Faglige overvejelser' heads a one-line sentence ('Ingen bemærkninger.') in both items: a heading of the
    page, though no paragraph follows it."""
    assert _sections(tmp_path, _MEETING) == [_FOUND] * 2


def test_repeated_label_with_its_colon(tmp_path: Path) -> None:
    """The same label printed with a colon in every item ('Faglige overvejelser:') is found too."""
    text = _MEETING.replace("Faglige overvejelser\n", "Faglige overvejelser:\n").replace(
        "Ingen bemærkninger.", "Der er ingen faglige bemærkninger til sagen fra forvaltningens side.").replace(
        "Direktionen.", "Forvaltningen har ingen yderligere bemærkninger til principperne.")
    assert _sections(tmp_path, text) == [_FOUND] * 2


_CASE = ("140. Regulativ for husholdningsaffald\n\nSag 306-2009-142584\n\n{opening}\n\n"
         "Miljø- og klimaudvalget godkendte den 11. juni 2019 udkast til regulativ for husholdningsaffald.\n\n"
         "{h1}\n\nRegulativet fastsætter regler om kommunens forskellige affaldsordninger for husholdningerne.\n\n"
         "Ændringer på tværs af regulativerne\n\n"
         "Der modtages ikke længere medicin- og kanyleaffald i miljøkasserne og på genbrugspladserne.\n\n"
         "{unknown}\n\nRegulativet har været i offentlig høring i 4 uger, og der er ikke kommet indsigelser.\n\n"
         "{h2}\n\nAdministrationen indstiller, at regulativet godkendes.\n\n{h3}\n\nGodkendt.\n")


@pytest.mark.parametrize("shape", [str.upper, lambda w: w + ":"])
def test_label_in_the_form_of_the_known_headings(tmp_path: Path, shape) -> None:
    """Where every known case-text heading is printed in capitals (or with ':'), an unknown label in that form is
    a heading too; the prose's sub-heading, printed plain, is not."""
    text = _CASE.format(opening=shape("Sagens opståen"), h1=shape("Sagsfremstilling"), unknown=shape("Begrundelse"),
                        h2=shape("Indstilling"), h3="Beslutning")
    [sections] = _sections(tmp_path, text)
    assert [s.casefold() for s in sections] == \
        ["sagens opståen", "sagsfremstilling", "begrundelse", "indstilling", "beslutning"]


def test_plain_unknown_label_inside_the_text_stays_out(tmp_path: Path) -> None:
    """Printed plain, like the prose's sub-headings, an unknown label between known headings is not taken: no
    evidence tells it from 'Ændringer på tværs af regulativerne'."""
    text = _CASE.format(opening="Sagens opståen", h1="Sagsfremstilling", unknown="Begrundelse",
                        h2="Indstilling", h3="Beslutning")
    [sections] = _sections(tmp_path, text)
    assert "Ændringer på tværs af regulativerne" not in sections
    assert sections == ["Sagens opståen", "Sagsfremstilling", "Indstilling", "Beslutning"]


def test_label_that_opens_the_case_text(tmp_path: Path) -> None:
    """The first label under the item's head (its case number), with prose below it and known headings further on,
    opens the case text: a section, though the lexicon lacks it."""
    text = _CASE.format(opening="Uddybning", h1="Sagsfremstilling", unknown="",
                        h2="Indstilling", h3="Beslutning")
    [sections] = _sections(tmp_path, text)
    assert sections == ["Uddybning", "Sagsfremstilling", "Indstilling", "Beslutning"]


def test_repeated_label_over_a_list(tmp_path: Path) -> None:
    """A repeated label whose block is a list ('- Model A …', '1. at …'), no paragraph, heads it all the same."""
    text = _MEETING.replace("Faglige overvejelser\n\nIngen bemærkninger.", "Løsningsforslag\n\n- Model A: udbygning") \
        .replace("Faglige overvejelser\n\nDirektionen.", "Løsningsforslag\n\n1) Fælles visitation")
    assert _sections(tmp_path, text) == [["Beslutning", "Sagsfremstilling", "Løsningsforslag", "Indstilling"]] * 2


def test_form_of_most_known_headings(tmp_path: Path) -> None:
    """One known heading printed plain ('Økonomi') among four in capitals does not hide the page's form."""
    text = ("12. Ny affaldsordning\n\nSag 24-001234\n\nSAGENS OPSTÅEN\n\n"
            "Miljø- og klimaudvalget godkendte den 11. juni 2019 udkast til en ny affaldsordning.\n\n"
            "SAGSFREMSTILLING\n\nOrdningen fastsætter regler om indsamling af madaffald fra alle husstande.\n\n"
            "BEGRUNDELSE\n\nOrdningen har været i offentlig høring i 4 uger, og der er ikke kommet indsigelser.\n\n"
            "Økonomi\n\nOrdningen finansieres fuldt ud af affaldsgebyrerne for husstandene i kommunen.\n\n"
            "LOVGRUNDLAG\n\nBekendtgørelse om affald og bekendtgørelse om affaldsregulativer og gebyrer.\n\n"
            "INDSTILLING\n\nAdministrationen indstiller, at ordningen godkendes.\n\nBeslutning\n\nGodkendt.\n")
    [sections] = _sections(tmp_path, text)
    assert [s.casefold() for s in sections] == ["sagens opståen", "sagsfremstilling", "begrundelse", "økonomi",
                                                "lovgrundlag", "indstilling", "beslutning"]


def test_status_and_table_cells_stay_out(tmp_path: Path) -> None:
    """The item's status ('Åbent') under its head is no opening label, and a committee's cell repeated above its
    meeting's date ('Børne- og Skoleudvalget' / '30. januar 2018', a dated line read like a list's '30.') no
    repeated heading."""
    item = ("{n}. {title}\n\nSag 24-00{n}\n\nÅbent\n\nBehandling\n\nBørne- og Skoleudvalget\n\n30. januar 2018\n\n"
            "Sagsfremstilling\n\nForvaltningen har udarbejdet et forslag til ny struktur for skolernes ledelse.\n\n"
            "Indstilling\n\nForvaltningen indstiller, at forslaget godkendes.\n\nBeslutning\n\nGodkendt.\n\n")
    text = "Referat\n\nBørne- og Skoleudvalget\n\n30-01-2018 kl. 13:00\n\n" + "".join(
        item.format(n=n, title=t) for n, t in ((1, "Ny skolestruktur"), (2, "Ny ledelsesstruktur")))
    for sections in _sections(tmp_path, text):
        assert "Åbent" not in sections and "Børne- og Skoleudvalget" not in sections


_PROSE_LINE = "Forvaltningen har gennemgået sagen og beskriver her, hvad den finder."


def _case_of_labels(labels: list[str], known: str | None = None) -> str:
    blocks = [f"{t}\n\n{_PROSE_LINE}\n" for t in labels]
    if known:
        blocks.insert(0, f"{known}\n\n{_PROSE_LINE}\n")
    return "140. Regulativ for husholdningsaffald\n\nSag 306-2009-142584\n\n" + "\n".join(blocks)


def test_a_run_of_labels_heads_a_text_without_known_headings(tmp_path: Path) -> None:
    # no known heading, no repetition (one case), no distinct form: three labels, each between finished sentences
    # and prose, are the text's structure
    labels = list(_UNKNOWN[:4])
    assert _sections(tmp_path, _case_of_labels(labels)) == [labels]


def test_two_labels_are_a_run(tmp_path: Path) -> None:
    """An excerpt cut after its second section shows two of an unseen publisher's headings only: both head the
    text (section_shapes.py `new-plain`)."""
    labels = list(_UNKNOWN[:2])
    assert _sections(tmp_path, _case_of_labels(labels)) == [labels]


def test_one_label_is_no_run(tmp_path: Path) -> None:
    assert _sections(tmp_path, _case_of_labels(list(_UNKNOWN[:1]))) == [[]]


def test_with_a_known_heading_plain_labels_stay_sub_headings(tmp_path: Path) -> None:
    assert _sections(tmp_path, _case_of_labels(list(_UNKNOWN[:4]), known="Sagsfremstilling")) == [["Sagsfremstilling"]]


_SEQUENCE_ITEM = ("{n}. {title}\n\nSag 24-00{n}\n\nSagsfremstilling\n\n{prose}\n\n{first}\n\n{first_text}\n\n"
                  "{second}\n\n{second_text}\n\nIndstilling\n\nForvaltningen indstiller, at {what} godkendes.\n\n")
_SEQUENCE_PAGE = "Dagsorden\n\nPlanudvalget\n\n14-03-2024 kl. 16:00\n\n"
_LONG = "Forvaltningen har samlet borgernes ønsker til den nye plan for området ved havnen."


def test_repeated_label_over_a_few_words(tmp_path: Path) -> None:
    """A label heading a paragraph in one item and a text of a few words in the next ('Kort orientering om
    tiltagene', no stop), in the same place between the known headings: the page's heading in both items."""
    text = _SEQUENCE_PAGE + _SEQUENCE_ITEM.format(
        n=1, title="Ny plan for havnen", prose=_LONG, first="Tværgående hensyn", first_text=_LONG,
        second="Målbillede", second_text=_LONG, what="planen") + _SEQUENCE_ITEM.format(
        n=2, title="Ny sti ved skoven", prose=_LONG, first="Tværgående hensyn", first_text="Kort orientering om stien",
        second="Målbillede", second_text="Stien skal binde byen sammen med skoven og åen.", what="stien")
    assert _sections(tmp_path, text) == [["Sagsfremstilling", "Tværgående hensyn", "Målbillede", "Indstilling"]] * 2


def test_repeated_empty_label_above_another(tmp_path: Path) -> None:
    """A label a template prints empty above the page's next label in every item ('Tværgående hensyn' /
    'Målbillede' / text) heads a section of its own, as the label below it does."""
    text = _SEQUENCE_PAGE + "".join(_SEQUENCE_ITEM.format(
        n=n, title=title, prose=_LONG, first="Tværgående hensyn", first_text="", second="Målbillede",
        second_text=text, what=what).replace("\n\n\n\n", "\n\n") for n, title, text, what in (
            (1, "Ny plan for havnen", "Kort orientering om planen", "planen"),
            (2, "Ny sti ved skoven", "Stien skal binde byen sammen med skoven og åen.", "stien")))
    assert _sections(tmp_path, text) == [["Sagsfremstilling", "Tværgående hensyn", "Målbillede", "Indstilling"]] * 2


def test_repeated_label_out_of_the_sequence_stays_out(tmp_path: Path) -> None:
    """The same short line above a few words before the known headings in one item and after them in the next is
    no heading of the page's sequence: only where it heads a paragraph is it taken."""
    one = _SEQUENCE_ITEM.format(n=1, title="Ny plan for havnen", prose=_LONG, first="Tværgående hensyn",
                                first_text=_LONG, second="Målbillede", second_text=_LONG, what="planen")
    two = _SEQUENCE_ITEM.format(n=2, title="Ny sti ved skoven", prose=_LONG, first="Målbillede",
                                first_text=_LONG, second="Perspektiver", second_text=_LONG, what="stien")
    two = two.replace("Sag 24-002\n\n", "Sag 24-002\n\nTværgående hensyn\n\nKort orientering om stien\n\n")
    sections = _sections(tmp_path, _SEQUENCE_PAGE + one + two)
    assert "Tværgående hensyn" not in sections[1]
