"""Item headers of a PDF transcript that a page break or the excerpt's end cuts: the header whose title goes on at the
next page line's start ('… Godkendt. 3. Salg af' / '3 grund på Industrivej Sagsfremstilling …'), read whole with its
body; and the text's last header cut inside its title after one header with a body ('… Godkendt.' / '3 … 2. Vejnavn
for udstykning v'), read as the item it is. Invented pages in the shape of the viewer transcripts (transcript_page);
no real text copied."""
from __future__ import annotations

from .transcript_page import COVER, TITLED_FRAME, parse_text

_TITLES = ("Salg af grund på Industrivej", "Budgetopfølgning for 1. kvartal", "Lokalplan for Kirkebakken",
           "Anlægsbevilling til skolen")
_HEAD = "Økonomiudvalget 12. marts 2024 Side {} "


def _body(n: int) -> str:
    return (f"Sagsfremstilling Forvaltningen har udarbejdet et notat om sag {n}. Indstilling Det indstilles, at sagen "
            f"godkendes. Beslutning Godkendt.")


def _items(tmp_path, *pages: str) -> list[tuple[str | None, str, list[str]]]:
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget",
                                                   pages="\n\n".join([COVER, *pages])))
    return [(it.number, it.title, [s.heading for s in it.sections]) for it in doc.items]


_SECTIONS = ["Sagsfremstilling", "Indstilling", "Beslutning"]


def test_a_header_parted_by_a_page_break_goes_on_in_small_letters(tmp_path):
    """'3. Salg af' ends page line 2, 'grund på Industrivej Sagsfremstilling …' opens page line 3: one header. Before,
    the title was 'Salg af grund på Industrivej' but its body went to item 2 and item 3 had none."""
    first = "2 " + " ".join(f"{n}. {_TITLES[n - 1]} {_body(n)}" for n in (1, 2)) + " 3. Salg af"
    second = f"3 grund på Industrivej {_body(3)} 4. {_TITLES[3]} {_body(4)}"
    items = _items(tmp_path, first, second)
    assert [(n, t) for n, t, _ in items] == [("1", _TITLES[0]), ("2", _TITLES[1]),
                                             ("3", "Salg af grund på Industrivej"), ("4", _TITLES[3])]
    assert [s for _, _, s in items] == [_SECTIONS] * 4


def test_a_header_parted_past_a_running_head_ends_on_a_joining_word(tmp_path):
    """'3. Lokalplan for' (a word that joins it to more) / '3 Økonomiudvalget … Side 3 Kirkebakken Sagsfremstilling
    …': the title goes on past the next page's running head (before, it was 'Lokalplan for')."""
    first = "2 " + _HEAD.format(2) + " ".join(f"{n}. {_TITLES[n - 1]} {_body(n)}" for n in (1, 2)) + " 3. Lokalplan for"
    second = f"3 {_HEAD.format(3)}Kirkebakken {_body(3)} 4. {_TITLES[3]} {_body(4)}"
    items = _items(tmp_path, first, second)
    assert [(n, t) for n, t, _ in items] == [("1", _TITLES[0]), ("2", _TITLES[1]), ("3", _TITLES[2]), ("4", _TITLES[3])]
    assert [s for _, _, s in items] == [_SECTIONS] * 4


def test_a_finished_title_before_a_page_break_stays(tmp_path):
    """'3. Lokalplan for Kirkebakken' ends page line 2 on a whole title and page line 3 opens with its body's heading:
    nothing is moved (the title neither ends on a joining word nor goes on in small letters)."""
    first = "2 " + " ".join(f"{n}. {_TITLES[n - 1]} {_body(n)}" for n in (1, 2)) + " 3. Lokalplan for Kirkebakken"
    second = "3 Projektet Sagsfremstilling Forvaltningen har udarbejdet et notat. Beslutning Godkendt."
    items = _items(tmp_path, first, second)
    assert ("3", "Lokalplan for Kirkebakken") in [(n, t) for n, t, _ in items]


def test_the_excerpt_cuts_the_second_header(tmp_path):
    """One header with its body, then the excerpt's last page line ends inside header 2's title: two items, the
    second titled by what is printed (annotation rules 'Truncation'). Before, item 2 was lost."""
    pages = ["2 " + _HEAD.format(2) + f"1. {_TITLES[0]} {_body(1)}",
             "3 " + _HEAD.format(3) + "2. Vejnavn for udstykning v"]
    assert [(n, t) for n, t, _ in _items(tmp_path, *pages)] == [("1", _TITLES[0]), ("2", "Vejnavn for udstykning v")]


def test_a_decision_point_at_the_excerpts_end_is_no_header(tmp_path):
    """'… Beslutning Godkendt. 2. at sagen udsættes' at the text's end: a point in small letters, no title's start."""
    pages = ["2 " + _HEAD.format(2) + f"1. {_TITLES[0]} {_body(1)} Det blev besluttet: 1. at sagen fremmes "
             "2. at sagen udsættes"]
    assert [n for n, _, _ in _items(tmp_path, *pages)] == ["1"]
