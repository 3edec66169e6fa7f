"""Unseen headings run in beside a heading already known, and at a page's start (flat_run_labels.run_labels,
_paired_labels). A publisher that prints every heading of its template leaves some empty, each right before the
next ('… formanden. Trimlund Indstilling Forvaltningen …'): the word after the empty one is the same known heading on
every item, which reads as a name going on unless the word past it is asked. A page that begins with a heading
prints it right after the page's number, a heading's slot as a finished sentence is (runin_sections.py one-word)."""
from __future__ import annotations

from sagsgang.parse.flat_run_labels import run_labels
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare

_FRAME = "Referat Vindelbo Udvalg\n\nTranskript\n\n"
# a page of a flattened run (300 characters or more) that ends on a finished sentence
_ONE = ("1 Referat Vindelbo Udvalg 4. maj 2026 Punkt 1: Plan for skovparken Sagsnr.: 26/1142 Vindelbo Udvalget "
        "anbefaler, at planen for parken godkendes som den foreligger efter høringen i foråret. Planen har været "
        "drøftet med borgerne på to møder, og deres ønsker er skrevet ind i den, så godt det lod sig gøre inden for "
        "rammen.")


def test_the_labels_are_unknown_to_the_lexicon() -> None:
    assert not any(is_heading(w) for w in ("Trimlund", "Florik"))


def test_a_label_before_a_known_heading_on_every_item() -> None:
    """'Trimlund' stands before 'Indstilling' on both items; past it the texts begin each their own way."""
    run = ("1 Referat Vindelbo Udvalg 4. maj 2026 Punkt 1: Plan for skovparken Sagen er sat på dagsordenen af "
           "formanden. Trimlund Indstilling Forvaltningen indstiller, at planen for parken godkendes som den "
           "foreligger. Beslutning Godkendt. Punkt 2: Ny sti ved søen Sagen er sat på dagsordenen af udvalget. "
           "Trimlund Indstilling Direktøren indstiller, at stien anlægges langs søens østlige bred. Beslutning "
           "Godkendt.")
    assert run_labels(prepare(_FRAME + run + "\n")) == {"Trimlund"}


def test_the_same_phrase_before_the_same_text_is_none() -> None:
    """Past the known heading the same words each time ('Trimlund Indstilling Forvaltningen indstiller'): nothing
    tells the phrase from a name or a sentence's start printed twice."""
    run = ("1 Referat Vindelbo Udvalg 4. maj 2026 Punkt 1: Plan for skovparken Sagen er sat på dagsordenen af "
           "formanden. Trimlund Indstilling Forvaltningen indstiller, at planen for parken godkendes som den "
           "foreligger. Beslutning Godkendt. Punkt 2: Ny sti ved søen Sagen er sat på dagsordenen af udvalget. "
           "Trimlund Indstilling Forvaltningen indstiller, at stien anlægges langs søens østlige bred. Beslutning "
           "Godkendt.")
    assert run_labels(prepare(_FRAME + run + "\n")) == frozenset()


def test_a_label_that_opens_a_page() -> None:
    """'Trimlund' right after the page's number, a sentence after it and the page before ending on a finished
    sentence, 'Florik' after a finished sentence: two phrases in heading slots of one run."""
    one = _ONE
    two = ("2 Trimlund Stillingtagen til, at parken kan rumme en sø og et område til ophold for byens borgere. Florik "
           "Forvaltningen har gennemgået de tre modeller for parkens fremtid og anbefaler den mellemste af dem, som "
           "giver mest plads til ophold. Planen rummer stier, en sø og et område til ophold, som borgerne har ønsket "
           "sig gennem flere år, og udgiften afholdes inden for udvalgets ramme.")
    assert run_labels(prepare(_FRAME + one + "\n\n" + two + "\n")) == {"Trimlund", "Florik"}


def test_a_running_head_at_a_page_start_is_none() -> None:
    """'Indholdsfortegnelse Side 2 …' after the page's number: no sentence follows, a page's running head."""
    one = _ONE
    two = ("2 Kalmerup Side 2 Florik Forvaltningen har gennemgået de tre modeller for parkens fremtid og anbefaler den "
           "mellemste af dem, som giver mest plads. Trimlund Planen rummer stier, en sø og et område til ophold, som "
           "borgerne har ønsket sig gennem flere år, og udgiften afholdes inden for udvalgets ramme i år.")
    assert "Kalmerup" not in run_labels(prepare(_FRAME + one + "\n\n" + two + "\n"))


def test_a_page_after_a_page_cut_mid_row_opens_on_no_heading() -> None:
    """The page before ends on no finished sentence (a contents row, a time: 'Mødet hævet 19.15'): the phrase after
    the page's number is its title or running head, however a sentence follows."""
    one = _ONE + " Mødet hævet 19.15"
    two = ("2 Trimlund Stillingtagen til, at parken kan rumme en sø og et område til ophold for byens borgere. Florik "
           "Forvaltningen har gennemgået de tre modeller for parkens fremtid og anbefaler den mellemste af dem, som "
           "giver mest plads til ophold. Planen rummer stier, en sø og et område til ophold, som borgerne har ønsket "
           "sig gennem flere år, og udgiften afholdes inden for udvalgets ramme.")
    assert run_labels(prepare(_FRAME + one + "\n\n" + two + "\n")) == frozenset()
