"""Items with little or nothing under their title: '2. Godkendelse af regnskab' with an empty body, or with one
sentence ('Dagsordenen godkendt.'), between items whose bodies carry the usual cues. The page's own numbering
says where such an item stands; it must not vanish because nothing under it looks like a body. Synthetic pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"
BODY = "Sagsfremstilling\nForvaltningen har lavet et forslag.\n\nBeslutning\nGodkendt.\n"


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None, int]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(i["number"], i["title"], len(i["decisions"])) for i in parse_file(page).to_contract()["items"]]


# (the sentence under the title is the item's outcome printed without a heading: a decision, annotation rules)
@pytest.mark.parametrize(("under", "decided"), [("", 0), ("Dagsordenen blev godkendt.\n", 1), ("Intet.\n", 1)])
def test_a_bare_item_between_two_full_ones_is_kept(tmp_path: Path, under: str, decided: int) -> None:
    text = HEAD + "1. Budget 2025\n" + BODY + "\n2. Godkendelse af regnskab\n" + under + "\n3. Lokalplan 12\n" + BODY
    assert _items(tmp_path, text) == [("1", "Budget 2025", 1), ("2", "Godkendelse af regnskab", decided),
                                      ("3", "Lokalplan 12", 1)]


@pytest.mark.parametrize("under", ["", "Dagsordenen blev godkendt.\n"])
def test_a_bare_first_item_is_kept(tmp_path: Path, under: str) -> None:
    text = HEAD + "1. Godkendelse af dagsorden\n" + under + "\n2. Budget 2025\n" + BODY + "\n3. Lokalplan 12\n" + BODY
    assert [t for _, t, _ in _items(tmp_path, text)] == ["Godkendelse af dagsorden", "Budget 2025", "Lokalplan 12"]


def test_a_bare_last_item_is_kept(tmp_path: Path) -> None:
    text = HEAD + "4. Budget 2025\n" + BODY + "\n5. Lokalplan 12\n" + BODY + "\n6. Eventuelt\n"
    assert [n for n, _, _ in _items(tmp_path, text)] == ["4", "5", "6"]


def test_a_page_without_a_type_label_keeps_both_items(tmp_path: Path) -> None:
    text = "Økonomiudvalget\nMødedato: 14. marts 2024\n\n1. Godkendelse af dagsorden\n\n2. Budget 2025\n" + BODY
    assert _items(tmp_path, text) == [("1", "Godkendelse af dagsorden", 0), ("2", "Budget 2025", 1)]


@pytest.mark.parametrize("head", [HEAD, HEAD.replace("Referat", "Dagsorden"), "Økonomiudvalget\n14. marts 2024\n\n"])
@pytest.mark.parametrize("form", ["{n}. {t}", "{n}) {t}", "{n} - {t}", "{n}.\n{t}"])
def test_a_sentence_under_each_title_is_no_part_of_it(tmp_path: Path, head: str, form: str) -> None:
    # every item has one sentence under its title and no heading: the page is a list of items with their text
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Eventuelt"]
    text = head + "\n".join(form.format(n=n, t=t) + "\nForvaltningen orienterer om sagen.\n"
                            for n, t in enumerate(titles, 1))
    assert [t for _, t, _ in _items(tmp_path, text)] == titles


def test_a_title_wrapped_from_an_open_end_keeps_its_rest(tmp_path: Path) -> None:
    titles = ["Godkendelse af dagsorden", "Ansøgning om tilskud til", "Lokalplan 12 for Skovvej", "Eventuelt"]
    text = HEAD + "\n".join(f"{n}. {t}\n" + ("Dragør Sejlklub og Vestby Roklub i året.\n" if n == 2 else "")
                            + "Forvaltningen orienterer om sagen.\n" for n, t in enumerate(titles, 1))
    assert _items(tmp_path, text)[1][1] == "Ansøgning om tilskud til Dragør Sejlklub og Vestby Roklub i året."


@pytest.mark.parametrize("header", ["{t}", "{n}. {t}"], ids=["title-alone", "numbered"])
@pytest.mark.parametrize("entry", ["{n}. {t}", "Punkt {n}: {t}", "{n}. {t} ........ {p}"])
def test_a_contents_list_gives_each_body_its_item(tmp_path: Path, entry: str, header: str) -> None:
    # the list numbers the items; the bodies below print each title alone, or numbered another way than the list
    # does: each body (its decision) is its own item's, and the list's last title does not run into the first body
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej",
              "Salg af grund ved Havnen"]
    listed = "\n".join(entry.format(n=n, t=t, p=n + 2) for n, t in enumerate(titles, 1))
    bodies = "\n".join(header.format(n=n, t=t) + f"\nSagsnr.: 24/10{n}\n\nSagsfremstilling\nTekst.\n\nBeslutning\n"
                       "Godkendt.\n" for n, t in enumerate(titles, 1))
    assert _items(tmp_path, HEAD + "Indholdsfortegnelse\n" + listed + "\n\n" + bodies) == [
        (str(n), t, 1) for n, t in enumerate(titles, 1)]


def test_a_header_cut_off_by_the_pages_end_takes_its_listed_title(tmp_path: Path) -> None:
    # the excerpt ends on item 2's header, cut in its title: the contents list above gives the whole title
    listed = "PUNKTER\n\n1. Budget 2025\n2. Godkendelse af regnskab for 2023 og beretning\n3. Eventuelt\n\n\n"
    text = HEAD + listed + "1. Budget 2025\n" + BODY + "\n\n2. Godkendelse af regnskab for"
    assert [t for _, t, _ in _items(tmp_path, text)] == ["Budget 2025", "Godkendelse af regnskab for 2023 og beretning",
                                                         "Eventuelt"]


def test_two_bare_items_in_a_row_fill_their_places(tmp_path: Path) -> None:
    text = (HEAD + "1. Budget 2025\n" + BODY + "\n2. Godkendelse af regnskab\n\n3. Meddelelser\nIntet.\n\n"
            "4. Lokalplan 12\n" + BODY)
    assert [n for n, _, _ in _items(tmp_path, text)] == ["1", "2", "3", "4"]


def test_a_body_numbering_its_own_points_fills_no_place(tmp_path: Path) -> None:
    # item 5's text numbers its points 1 and 2; between headers 5 and 6 the page's numbering leaves no place
    text = (HEAD + "5. Budget 2025\nSagsfremstilling\nForslaget har to dele.\n\n1. Drift\n\n2. Anlæg\n\n"
            "Beslutning\nGodkendt.\n\n6. Lokalplan 12\n" + BODY)
    assert [n for n, _, _ in _items(tmp_path, text)] == ["5", "6"]
