from sagsgang.parse.lines import prepare


def texts(s: str) -> list[str]:
    return [ln.text for ln in prepare(s) if ln.text]


def test_pdf_line_breaks_are_joined():
    pdf = ("I økonomiaftalen mellem regeringen og KL for 2023 fremgår det, at alle 98 kommuner skal have \n\n"
           "mulighed for at indgå én velfærdsaftale.  \n\n \n\nSagsfremstilling \n")
    assert texts(pdf) == ["I økonomiaftalen mellem regeringen og KL for 2023 fremgår det, at alle 98 kommuner skal "
                          "have mulighed for at indgå én velfærdsaftale.", "Sagsfremstilling"]


def test_hyphen_breaks_keep_the_printed_hyphen():
    assert texts("Beslutning vedrørende det nye Børne-\nog Ungdomsudvalg skal sendes videre") == [
        "Beslutning vedrørende det nye Børne- og Ungdomsudvalg skal sendes videre"]


def test_headings_and_sentences_are_not_joined():
    assert texts("Indstilling\nat orienteringen tages til efterretning.") == [
        "Indstilling", "at orienteringen tages til efterretning."]


def test_site_chrome_and_page_footers_are_dropped():
    assert texts("Skip navigationen\nReferat\nSide 3 af 28\nGodkendt.") == ["Referat", "Godkendt."]


def test_a_toolbar_printed_as_text_is_chrome_but_a_metadata_row_is_not():
    from sagsgang.parse.lines import prepare
    texts = [ln.text for ln in prepare(
        "| Rss | Tip en ven | Print |\nSagsnr.: 22/100 | Dok.nr.: 123 | Initialer: AB\n")]
    assert texts == ["Sagsnr.: 22/100 | Dok.nr.: 123 | Initialer: AB"]


def test_a_running_header_beside_a_page_footer_does_not_run_into_the_text():
    from sagsgang.parse.lines import prepare
    text = ("Økonomiudvalget 12-03-2024\nReferat\n\n2. Budget for vejene\nBeslutning\n"
            "Indstillingen blev godkendt med den\n\nØkonomiudvalget 12-03-2024\nSide 3 af 12\n\n"
            "bemærkning, at sagen genoptages.\n\n3. Salg af grund 12-03-2024\nSide 4 af 12\n\n"
            "3. Salg af grund 12-03-2024\nBeslutning\nGodkendt.\n")
    texts = [ln.text for ln in prepare(text) if ln.text]
    assert texts == ["Økonomiudvalget 12-03-2024", "Referat", "2. Budget for vejene", "Beslutning",
                     "Indstillingen blev godkendt med den bemærkning, at sagen genoptages.",
                     "3. Salg af grund 12-03-2024", "3. Salg af grund 12-03-2024", "Beslutning", "Godkendt."]
    # the first page's own header stays (no footer beside it); an item's header is never a running header


def test_a_dated_decision_heading_beside_a_page_footer_is_no_running_header():
    from sagsgang.parse.lines import prepare
    text = ("1. Indkaldelse af stedfortrædere\nSagsfremstilling\nTeksten.\n\nSide 4 af 9\n\n"
            "Beslutning i Byrådet 9. oktober 2018:\nGodkendt.\n\n2. Spørgetid\nBeslutning i Byrådet 9. oktober 2018:\n"
            "Ingen spørgsmål.\n")
    texts = [ln.text for ln in prepare(text) if ln.text]
    assert texts.count("Beslutning i Byrådet 9. oktober 2018:") == 2


def test_a_numbered_list_a_page_footer_broke_reads_as_one():
    from sagsgang.parse.lines import prepare
    text = ("PUNKTER\n\n205. Digitale infotavler\n206. Jernbanevej 6, energirenovering\n\nSide 2 af 9\n\n"
            "207. Grønt regnskab for 2018\n208. Underskriftsark\n\n\nSagsfremstilling\n")
    lines = prepare(text)
    at = [k for k, ln in enumerate(lines) if ln.text.startswith(("206.", "207."))]
    assert at[1] == at[0] + 1  # no blank line left between them


def test_a_word_hyphenated_across_a_line_break_is_one_word_again():
    from sagsgang.parse.lines import prepare
    text = ("Forvaltningen indstiller, at udvalget godkender anlægsbevil-\nlingen til renovering af Social- og\n"
            "sundhedscentret, og at Social-\nog Sundhedsudvalget orienteres.\n")
    assert [ln.text for ln in prepare(text)] == [
        "Forvaltningen indstiller, at udvalget godkender anlægsbevillingen til renovering af Social- og "
        "sundhedscentret, og at Social- og Sundhedsudvalget orienteres."]


def test_a_date_a_line_broke_is_mended_in_a_heading_too():
    from sagsgang.parse.lines import prepare
    text = "Beslutning i Miljø-, Planlægning- og Bæredygtighedsudvalget den 5.\nmarts 2018:\nGodkendt.\n"
    assert [ln.text for ln in prepare(text)] == [
        "Beslutning i Miljø-, Planlægning- og Bæredygtighedsudvalget den 5. marts 2018:", "Godkendt."]


def test_a_running_head_with_the_page_count_inside_a_text_is_a_page_break(tmp_path):
    """Text copied from a PDF without its page breaks keeps each page's running head ('Økonomiudvalget, 14. marts
    2024 Side 2 af 9') inside an item's text: the meeting, its date and the page count are page furniture, not a
    decision of that body on that date, nor part of the sentence the page broke."""
    from sagsgang.parse import parse_file

    items = "\n\n".join(
        f"{n}. {t}\nSagsnr.: 24/10{n}\nSagsfremstilling\nForvaltningen har udarbejdet forslag nr. {n}\n"
        f"Økonomiudvalget, 14. marts 2024 Side {n + 1} af 9\ntil {t.lower()} som beskrevet.\nBeslutning\nGodkendt."
        for n, t in enumerate(["Godkendelse af dagsorden", "Budgetopfølgning 2024"], 1))
    page = tmp_path / "page.txt"
    page.write_text(f"Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\n\n{items}\n", encoding="utf-8")
    assert [[d.text for d in it.decisions] for it in parse_file(page).items] == [["Godkendt."], ["Godkendt."]]
