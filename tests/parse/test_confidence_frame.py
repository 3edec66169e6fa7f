"""A page read whole should look confident: the printed form's labels are not text left unread, and titles of
mixed lengths on a page that keeps its lines are a list as printed, not entries run together. Invented pages,
shaped like the generated corpus's pages (run.py), which are all read perfectly."""
from __future__ import annotations

from sagsgang.model import AgendaItem, Document
from sagsgang.parse.quality import FRAME_WORDS, UNREAD_WARNING, factors, unread_share, warning
from tests.parse.test_generic import parse_text

# A closed item's minutes: all but the labels and the banner's repeated names go into fields.
TINY = ("Referat\nØkonomiudvalget - Rådhussalen\n\nUdvalg: Økonomiudvalget\nMødedato: 10. januar 2024 kl. 15.00\n"
        "Mødested: Rådhussalen\nFraværende: Ingen\n\nIndholdsfortegnelse\nPunkt Side Titel\n"
        "1 Lukket punkt: Personalesag\n")

LONG = "Evaluering af renovering af svømmehallen - opfølgning på budgetforliget og de tværgående effektiviseringer"
MIXED = ["Salg af ejendom", "Personalesag", LONG, "Klage over afgørelse", "Eventuelt"]


def test_a_short_page_read_whole_is_not_marked_for_its_labels():
    """Read perfectly, the page's words outside the fields are its labels ('Referat', 'Mødedato', 'Punkt', 'Side',
    'Lukket'): counted as unread they made it 67% unread and warned; left out, it is read with some confidence."""
    doc = parse_text(TINY)
    assert doc.meeting.date == "2024-01-10" and [(it.title, it.public) for it in doc.items] == [("Personalesag", False)]
    assert doc.unread_share < 0.4 < UNREAD_WARNING and warning(doc) is None and doc.confidence > 0.6


def test_labels_count_on_neither_side_of_the_share_and_prose_still_does():
    """The labels leave the share, not only its numerator: the page with its labels is as unread as without
    them (the sentence no field holds is half its other words), where counted they made it two thirds unread."""
    doc = Document(source="t.txt", items=[AgendaItem(title="Budget 2025", number="1")])
    assert {"mødedato", "punkt", "lukket", "referat"} <= FRAME_WORDS
    assert unread_share(doc, "Referat\nMødedato:\nPunkt 1 Budget 2025\nUdvalget drøftede sagen.") == 0.5
    assert unread_share(doc, "1 Budget 2025\nUdvalget drøftede sagen.") == 0.5


def test_titles_of_mixed_lengths_on_a_lined_page_raise_no_merged_doubt():
    """One title over three times the median ('Personalesag' pulls the median down) is a list as printed when
    the page keeps its lines and no title-start word sits inside it; on a flattened run length alone is the
    sign, as there every boundary is found without a line break."""
    doc = parse_text("Dagsorden\nSocialudvalget\nMødedato: 03-02-2025\n\n"
                     + "".join(f"{n}. {t}\n\n" for n, t in enumerate(MIXED, 1)))
    assert [it.title for it in doc.items] == MIXED
    assert factors(doc, 0.0)["merged"] == 1.0 and factors(doc, 0.0, True)["merged"] < 1.0
    assert doc.confidence == 1.0
