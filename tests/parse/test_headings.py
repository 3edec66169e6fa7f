from sagsgang.parse.headings import DECISION_HEADING, heading_name, is_heading


def test_known_headings_as_printed():
    for line in ("Sagsfremstilling", "Sagsfremstilling og økonomi", "Resume og sagens baggrund", "Indstillinger",
                 "Beslutningspunkter", "Sagsforløb:", "Bilag:", "Økonomiske konsekvenser", "RESUMÉ:",
                 "Sammenhæng til andre politikker/strategier og fagområder", "Borgmesterens Afdelings påtegning",
                 "FN's Verdensmål og Byrådets arbejdsgrundlag", "Videre proces"):
        assert is_heading(line), line


def test_sub_headings_and_sentences_are_not_sections():
    for line in ("Den videre proces", "Fælles om kvalitet, herunder:", "Proces for udvælgelse af velfærdsaftaler",
                 "Orienteringen taget til efterretning.", "Direktionen."):
        assert not is_heading(line), line


def test_decision_heading_names_body_and_date():
    m = DECISION_HEADING.match("Beslutning i Social- og Seniorudvalget (18-21) den 03-12-2018")
    assert m.group("body") == "Social- og Seniorudvalget (18-21)" and m.group("date") == "03-12-2018"
    assert heading_name("Beslutning i Arbejdsmarkedsudvalget den 17-08-2022") == "Beslutning"
    assert heading_name("Sagsforløb:") == "Sagsforløb"


def test_genitive_decision_headings_name_the_body_in_its_base_form():
    from sagsgang.parse.headings import decision_body_date, heading_name, is_heading
    assert decision_body_date("Forretningsudvalgets beslutning den 3. maj 2021:") == (
        "Forretningsudvalget", "3. maj 2021")
    assert decision_body_date("Regionsrådets beslutning") == ("Regionsrådet", None)
    assert heading_name("Byrådets beslutning den 20-06-2023") == "Beslutning"
    assert not is_heading("Sagens beslutning") and decision_body_date("Borgernes beslutning") is None


def test_labelled_routes_sagsforloeb_and_forventet_sagsgang():
    from sagsgang.parse.headings import ROUTE_HEADING, inline_route
    assert inline_route("Sagsforløb: BY") == "BY" and inline_route("Sagsforløb: ØU, KB") == "ØU, KB"
    assert inline_route("Sagsforløb: Sagen har været drøftet i udvalget") is None  # prose, not a route
    assert inline_route("Forventet sagsgang: TMU, ØU, BY") == "TMU, ØU, BY"
    assert inline_route("Sagsforløb: Teknik- og Miljøudvalget, ØU") == "Teknik- og Miljøudvalget, ØU"
    assert ROUTE_HEADING.match("FORVENTET SAGSGANG")


def test_the_headings_a_firstagenda_site_prints_on_its_items():
    """FirstAgenda's Greve publications head almost every item's case with 'Fremstilling' (3,978 of 4,292
    items) and date a supplement; both are the item's sections as printed."""
    for line in ("Fremstilling", "Supplerende sagsfremstilling den 17. maj 2022"):
        assert is_heading(line), line
    assert not is_heading("Fremstilling af materialet til borgermødet sker i foråret")


def test_an_sbsys_export_s_field_captions_are_headings():
    """SBSYS's agenda fields as a region's export prints them in capitals ('PUNKTET BEHANDLET TIDLIGERE' heads the
    earlier treatments) and a consequence's compound ('Handicapkonsekvenser') are section headings."""
    from sagsgang.parse.headings import HISTORY_HEADING

    for line in ("PUNKTET BEHANDLET TIDLIGERE", "Handicapkonsekvenser", "ADMINISTRATIONENS INDSTILLING"):
        assert is_heading(line), line
    assert HISTORY_HEADING.match("PUNKTET BEHANDLET TIDLIGERE")
