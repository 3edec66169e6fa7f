"""PDFium's text layer writing each letter of a printed line on a line of its own (a font whose advances exceed
its glyphs' spacing): the page's lines are rebuilt from the letters' boxes. Invented words only."""
from __future__ import annotations

from sagsgang.read.pdf import _split_letter_by_letter, _with_block_breaks


class _Page:
    """A text page as PDFium's binding shows it: its text, and a box (left, bottom, right, top) per character."""

    def __init__(self, rows: list[tuple[str, float, bool]]) -> None:
        # rows: (text, baseline, split letter by letter by the text layer)
        self.text, self.boxes = "", []
        for words, base, split in rows:
            x = 70.0
            for k, c in enumerate(words):
                if c == " ":
                    x += 4.0
                    continue
                self.text += c
                self.boxes.append((x, base, x + 6.0, base + 9.0))
                x += 6.5
                if split or k == len(words) - 1:
                    self.text += "\r\n"
                    self.boxes += [(x, base, x, base)] * 2
                elif words[k + 1] == " ":
                    self.text += " "
                    self.boxes.append((x, base, x, base))

    def get_text_range(self) -> str:
        return self.text

    def count_chars(self) -> int:
        return len(self.text)

    def get_charbox(self, i: int) -> tuple[float, float, float, float]:
        return self.boxes[i]


def test_a_line_split_letter_by_letter_is_read_as_printed() -> None:
    page = _Page([("Mødeprotokol", 750.0, True), ("Skovrådet 2030", 720.0, True), ("Alfa Bravosen", 690.0, False),
                  ("Carla Deltadóttir", 676.0, False)])
    assert _with_block_breaks(page).split("\n") == ["Mødeprotokol", "Skovrådet 2030", "Alfa Bravosen",
                                                    "Carla Deltadóttir"]


def test_a_column_of_single_marks_is_no_split_line() -> None:
    # one mark a line on baselines of their own: a table's column, which the text layer wrote as printed
    page = _Page([("X", 700.0 - 14 * k, False) for k in range(6)])
    assert not _split_letter_by_letter(page, page.get_text_range())
