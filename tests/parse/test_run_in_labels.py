"""Headings a flattened page runs in after a finished sentence, unknown to the lexicon ('Uddybning',
'Begrundelse', 'Anbefaling' here): a phrase the runs repeat in that slot, a different text after it each time,
is the page's heading (flat_run_labels.run_labels), so a decision ends there; a name repeated with the same
surname after it, or a phrase ending in a short word, is none."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.flat_run_labels import run_labels
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare

_RUN = ("1 REFERAT Direktionen d. 18-03-2024 Mødedato Mandag d. 18. marts 2024 kl. 12:30 Mødested Høng Skole "
        "Punkt 1: Decentrale direktionsmøder - Høng Skole 21-046857K Beslutning Taget til efterretning. Uddybning "
        "Direktionen har besluttet at rykke ét direktionsmøde ud af Direktionens mødelokale og afholde det hos en "
        "decentral afdeling. Begrundelse Direktøren indstiller, at orienteringen tages til efterretning. Anbefaling "
        "Ingen. Punkt 2: Drøftelse af tre fælleskommunale principper fra KKR Sjælland 24-003250 Beslutning "
        "Anbefales. Uddybning Kommunerne i KKR Sjælland har iværksat et udviklingsprogram på det specialiserede "
        "socialområde. "
        "Begrundelse Kommunaldirektøren indstiller, at principperne drøftes og anbefales. Anbefaling Ingen.")
_PAGE = "REFERAT Direktionen d. 18-03-2024\n\nTranskript\n\n" + _RUN + "\n"


def test_labels_are_unknown_to_the_lexicon() -> None:
    assert not any(is_heading(w) for w in ("Uddybning", "Begrundelse", "Anbefaling"))


def test_repeated_run_in_phrases_are_headings() -> None:
    """'Uddybning' and 'Begrundelse' by their repetition; 'Anbefaling' (the same 'Ingen.' after it each time) as
    one of the run's phrases in a heading's slot (test_paired_run_labels)."""
    assert run_labels(prepare(_PAGE)) == {"Uddybning", "Begrundelse", "Anbefaling"}


def test_names_and_cut_phrases_are_none() -> None:
    run = ("Godkendt. Mette Ekstrøm og Maja Torp Nielsen var fraværende under hele mødet i dag. " * 3
           + "Orientering om Budget 2025 blev givet. Det var godt. Orientering om Anlæg blev givet. ") * 2
    assert run_labels(prepare(run)) == frozenset()


def test_decisions_end_at_a_run_in_label(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE, encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert [[d["text"] for d in it["decisions"]] for it in items] == [["Taget til efterretning."], ["Anbefales."]]


def test_a_proper_name_inside_a_sentence_elsewhere_is_none() -> None:
    """'Aarhus' opens two sentences before different words, but stands inside one too ('i Aarhus Kommune'): a
    name's start, no heading."""
    run = ("Sagen blev drøftet på mødet i dag. Aarhus Byråd vedtog indstillingen med alle stemmer for forslaget. "
           "Sagen blev derefter afsluttet. Aarhus Kommune sender svar til borgerne inden udgangen af måneden. "
           "Borgerne i Aarhus Kommune får besked om beslutningen med posten inden for de næste fjorten dage. "
           "Der var ingen yderligere bemærkninger til punktet, og mødet fortsatte med det næste punkt på listen.")
    assert run_labels(prepare(run)) == frozenset()


def test_a_phrase_right_after_a_found_label_is_one_too() -> None:
    """'Sagsoplysninger' only ever follows 'Uddybning' ('… efterretning. Uddybning Sagsoplysninger Direktionen
    …'), never a finished sentence: the slot after a label found is a heading's slot too."""
    run = ("1 Punkt 1: Decentrale direktionsmøder Beslutning Taget til efterretning. Uddybning Sagsoplysninger "
           "Direktionen har besluttet at rykke ét direktionsmøde ud af Direktionens mødelokale og afholde det hos en "
           "decentral afdeling. Punkt 2: Drøftelse af principper Beslutning Anbefales. Uddybning Sagsoplysninger "
           "Kommunerne har iværksat et udviklingsprogram på det specialiserede socialområde i hele regionen. "
           "Punkt 3: Valg af emner Beslutning Godkendt. Uddybning Udover den normale dagsorden vil afdelingen "
           "præsentere sig for direktionen.")
    assert run_labels(prepare(run)) == {"Uddybning", "Sagsoplysninger"}
