"""A transcript whose viewer's title (the first page's first words, cut at a word) ends inside a labelled value of
the cover ('… Udvalg: Vand- og'): the first page line prints the value whole, so the title lines are not read as
the meeting's header (lines._without_cut_title; benchmarks/parse_accuracy/printed.py --as-transcript, 'table', a
cover table of labelled rows). Invented words."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

COVER = ("Vand- og Kystudvalget - 14-09-2023 Side 1 af 4 Nordby Kommune Referat Udvalg: Vand- og Kystudvalget "
         "Mødedato: 14-09-2023 Mødetidspunkt: kl. 16:00 Mødested: Pumpehuset Medlemmer: Åse Krog Bo Tang Ida Ravn")
TITLES = ["Godkendelse af dagsorden", "Nyt dige ved åen", "Regnvand på torvet"]


def _page(k: int) -> str:
    return (f"{k + 2} Vand- og Kystudvalget - 14-09-2023 Side {k + 2} af 4 {k}. {TITLES[k - 1]} Sagsnr.: "
            f"23-01{k}44 Beslutning i Vand- og Kystudvalget den 14-09-2023 Godkendt. Resume Forvaltningen har "
            "skrevet et kort notat om sagen.")


def test_a_title_cut_inside_a_labelled_value_is_not_the_header(tmp_path: Path) -> None:
    title = COVER[: COVER.index(" Kystudvalget Mødedato")]  # cut at a word, as the viewer cuts its title
    contents = "2 Vand- og Kystudvalget - 14-09-2023 Side 2 af 4 Indholdsfortegnelse " + " ".join(
        f"{k}. {t} {k + 2}" for k, t in enumerate(TITLES, 1))
    pages = [f"1 {COVER}", contents, *(_page(k) for k in range(1, 4))]
    page = tmp_path / "page.txt"
    page.write_text(f'{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "{title}"\n\nTranskript\n\n'
                    + "\n\n".join(pages) + "\n", encoding="utf-8")
    doc = parse_file(page)
    assert doc.meeting is not None and doc.meeting.committee == "Vand- og Kystudvalget"
    assert doc.meeting.date == "2023-09-14"
    assert [it.title for it in doc.items] == TITLES
