"""Agendas that print no item numbers and unfold their list over the bodies (benchmarks/parse_accuracy/unnumbered.py):
an entry's bilag files between its two prints, a bullet before the title over each body, a numbered run of a
proposal's points below a contents list of titles, and closed entries whose headings print only a case number.
Invented titles, names and wording only."""
from __future__ import annotations

from pathlib import Path

from tests.parse.transcript_page import parse_text

_HEAD = "Referat\n\nDato: Onsdag, Marts 6, 2024 - 16:00\nSted: Lokale 2B\n"


def _unfolded(entries: list[tuple[str, str]]) -> str:
    """Each entry behind its bullet, its files (maybe none) under it, then the title again over its body."""
    out = [_HEAD]
    for n, (title, files) in enumerate(entries):
        out.append(f" • {title}\n")
        if files:
            out.append(f"  {files}\n")
        out.append(f"\n\n  {title}\n\n  Sagsnr. 40{n}12 Fritidsudvalget Åbent punkt\n\n  Resume\n\n"
                   f"  Forvaltningen beskriver sagen om {title.split()[0].lower()}.\n\n  Beslutning\n\n  Godkendt.\n")
    return "\n".join(out)


def test_an_entry_s_files_between_its_two_prints(tmp_path: Path) -> None:
    """'• Title' / 'Notat.pdf Kort.pdf' / 'Title' / 'Sagsnr. …': each entry is one item, its files its bilag."""
    entries = [("Godkendelse af dagsorden", ""),
               ("Ny sti langs Mølleåen", "Notat_om_stien.pdf Kort_over_stien.pdf"),
               ("Tilskud til Lyngbakkens spejdere", "Ansoegning_fra_spejderne.pdf")]
    doc = parse_text(tmp_path, _unfolded(entries))
    assert [it.title for it in doc.items] == [t for t, _ in entries]
    assert [it.case_numbers for it in doc.items] == [["40012"], ["40112"], ["40212"]]
    assert [len(it.attachments) for it in doc.items] == [0, 2, 1]
    assert all(it.decisions for it in doc.items)


_SECTIONS = ("Sagsgang og sagstype\nFritidsudvalget, beslutningssag\n"
             "Indstilling\nForvaltningen indstiller, at {w} godkendes.\n")


def test_a_bullet_before_each_body_s_title_is_none_of_it(tmp_path: Path) -> None:
    """A list of titles, then each title again behind a bullet over the section heading every item opens with: the
    bullet is the line's mark, so each heading is its entry's body."""
    titles = ["Godkendelse af dagsorden", "Ny sti langs Mølleåen", "Tilskud til Lyngbakkens spejdere"]
    page = ("Dagsorden\nFritidsudvalget\n6. marts 2024\n\nPUNKTER\n\n" + "\n".join(titles) + "\n\n\n"
            + "\n".join(f"• {t}\n{_SECTIONS.format(w=t.split()[0].lower())}" for t in titles))
    doc = parse_text(tmp_path, page)
    assert [it.title for it in doc.items] == titles
    assert all([s.heading for s in it.sections] == ["Sagsgang og sagstype", "Indstilling"] for it in doc.items)


def _paged_contents(titles: list[tuple[str, bool]], bodies: str) -> str:
    rows = "\n".join(f"{'Lukket: ' if shut else ''}{t}.....\t{3 + n}" for n, (t, shut) in enumerate(titles))
    return ("REFERAT Fritidsudvalget d. 06-03-2024\n\nMødedato Onsdag d. 6. marts 2024 kl. 16:00\n\n"
            "Mødested Byhuset\n\nIndholdsfortegnelse\n\n" + rows + "\n\n" + bodies)


def test_a_proposal_s_points_below_a_contents_list_of_titles(tmp_path: Path) -> None:
    """A run '1) … 2) … 3) …' inside the body that a listed title heads again below is the proposal's points, not
    the meeting's items: the contents list is."""
    titles = [("Ny sti langs Mølleåen", False), ("Personalesag vedrørende Byhuset", True),
              ("Tilskud til Lyngbakkens spejdere", False), ("Eventuelt", False)]
    bodies = ("Ny sti langs Mølleåen\n\n24-001122\n\nSagsfremstilling\n\n"
              "Udvalget arbejder efter 3 mål: 1) Flere stier langs åen, 2) Bedre belysning om vinteren, og "
              "3) Færre huller i asfalten.\n\nBeslutning\n\nGodkendt.\n\n"
              "Lukket: Personalesag vedrørende Byhuset\n\n24-003344\n\n"
              "Tilskud til Lyngbakkens spejdere\n\n24-005566\n\nSagsfremstilling\n\nSpejderne søger tilskud.\n\n"
              "Beslutning\n\nBevilget.\n")
    doc = parse_text(tmp_path, _paged_contents(titles, bodies))
    assert [it.title for it in doc.items] == [t for t, _ in titles]
    assert [it.public for it in doc.items] == [not shut for _, shut in titles]
    assert [it.case_numbers for it in doc.items[:3]] == [["24-001122"], ["24-003344"], ["24-005566"]]
    assert doc.items[0].decisions and doc.items[2].decisions


def test_closed_entries_take_their_headings_case_number(tmp_path: Path) -> None:
    """A closed entry of a list of titles and its closed heading below, which prints its case number only: one item.
    Two closed entries of one title with no heading below stay two items."""
    titles = [("Ny sti langs Mølleåen", False), ("Salg af grund ved Kæret", True),
              ("Tilskud til Lyngbakkens spejdere", False), ("Køb af ejendom", True), ("Køb af ejendom", True)]
    bodies = ("Ny sti langs Mølleåen\n\n24-001122\n\nSagsfremstilling\n\nForvaltningen foreslår en sti.\n\n"
              "Beslutning\n\nGodkendt.\n\n"
              "Lukket: Salg af grund ved Kæret\n\n24-003344\n\n"
              "Tilskud til Lyngbakkens spejdere\n\n24-005566\n\nSagsfremstilling\n\nSpejderne søger tilskud.\n\n"
              "Beslutning\n\nBevilget.\n")
    doc = parse_text(tmp_path, _paged_contents(titles, bodies))
    assert [it.title for it in doc.items] == [t for t, _ in titles]
    assert doc.items[1].case_numbers == ["24-003344"] and doc.items[1].public is False


def test_an_open_heading_among_closed_headers_the_list_vouches_for(tmp_path: Path) -> None:
    """The closed items' headers ('Lukket: …') outnumber the list's open entries, so the headers found by their cue
    win; the open entry's heading below, its title alone on a line, is an item too though no number pairs them."""
    titles = [("Ny sti langs Mølleåen", False), ("Salg af grund ved Kæret", True),
              ("Køb af jord ved Vesterled", True), ("Personalesag vedrørende Byhuset", True)]
    bodies = ("Ny sti langs Mølleåen\n\n24-001122\n\nSagsfremstilling\n\nForvaltningen foreslår en sti.\n\n"
              "Beslutning\n\nGodkendt.\n\n"
              + "".join(f"Lukket: {t}\n\n24-00{n}{n}44\n\n" for n, (t, _) in enumerate(titles[1:], start=3)))
    doc = parse_text(tmp_path, _paged_contents(titles, bodies))
    assert [it.title for it in doc.items] == [t for t, _ in titles]
    assert doc.items[0].decisions and doc.items[0].case_numbers == ["24-001122"]


def test_number_cells_over_the_titles_of_a_list_that_numbers_nothing(tmp_path: Path) -> None:
    """'1' / 'Title' headers below a contents list of titles: the title under its number cell is that header's, no
    second item the list vouches for."""
    titles = [("Ny sti langs Mølleåen", False), ("Salg af grund ved Kæret", True),
              ("Tilskud til Lyngbakkens spejdere", False)]
    bodies = ("1\nNy sti langs Mølleåen\n\n24-001122\n\nSagsfremstilling\n\nUdvalget arbejder efter 3 mål: 1) Flere "
              "stier, 2) Bedre lys, og 3) Færre huller.\n\nBeslutning\n\nGodkendt.\n\n"
              "2\nLukket: Salg af grund ved Kæret\n\n24-003344\n\n"
              "3\nTilskud til Lyngbakkens spejdere\n\n24-005566\n\nSagsfremstilling\n\nSpejderne søger tilskud.\n\n"
              "Beslutning\n\nBevilget.\n")
    doc = parse_text(tmp_path, _paged_contents(titles, bodies))
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, (t, _) in enumerate(titles, start=1)]
    assert doc.items[0].decisions and doc.items[2].decisions
