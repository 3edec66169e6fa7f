"""Single cases from Acadre/SBSYS-style sites: Norddjurs as HTML text and as PDF text, Fredensborg."""
from sagsgang.parse import parse_file


def test_norddjurs_html_and_pdf_versions_agree(corpus):
    html = parse_file(corpus("000_49f9073853a75b98.txt"))
    pdf = parse_file(corpus("001_af3f98d7004bd649.txt"))
    for doc in (html, pdf):
        assert doc.municipality == "Norddjurs" and doc.document_type == "sagsfremstilling" and doc.meeting is None
        (item,) = doc.items
        assert item.title == "Indstilling til velfærdsaftale" and item.number is None
        assert item.case_numbers == ["22/8164"] and item.route == ["AU/BUU/VPU", "ØK", "KB"]
        assert [a.number for a in item.attachments] == ["1", "2", "3", "4"]
        assert item.attachments[3].title == ("Borgmesterbrev vedr. udvælgelsesproces for velfærdsaftaler på "
                                             "folkeskole-, dagtilbuds- og ældreområdet")
    assert [(d.committee, d.date) for d in html.items[0].decisions] == [("Arbejdsmarkedsudvalget", "2022-08-17")]
    (bu,) = pdf.items[0].decisions
    assert (bu.committee, bu.date, bu.absent) == ("Børne- og ungdomsudvalget", "2022-08-18",
                                                  ["Stinne Thorsen Kvorning (I)"])
    assert "Fraværende" not in bu.text


def test_fredensborg_numbered_item(corpus):
    (item,) = parse_file(corpus("002_3ed3bba4aa5e581f.txt")).items
    assert (item.number, item.title, item.case_numbers) == ("148", "Frikommuneforsøg II og landspolitisk udvikling",
                                                            ["16/31575"])
    (d,) = item.decisions
    assert (d.committee, d.date, d.text) == ("Social- og Seniorudvalget (18-21)", "2018-12-03",
                                             "Orienteringen taget til efterretning.")
    assert "LOV nr 707" not in " ".join(item.case_numbers)
