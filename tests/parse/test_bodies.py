import pytest

from sagsgang.parse.bodies import detect_municipality, is_body_name, route_from_text, split_route


def test_body_names():
    for name in ("Økonomiudvalget", "Social- og Seniorudvalget (18-21)", "Aarhus Byråd", "Direktionen",
                 "Kommunalbestyrelsen", "KB", "AU/BUU/VPU", "Magistraten", "Børn- og Familieudvalget"):
        assert is_body_name(name), name
    for text in ("dagtilbudsområdet", "Ansøgningsfristen for at ansøge om en velfærdsaftale på dagtilbudsområdet",
                 "Orienteringen taget til efterretning", "Godkendt"):
        assert not is_body_name(text), text


def test_routes():
    assert split_route("AU/BUU/VPU, ØK, KB") == ["AU/BUU/VPU", "ØK", "KB"]
    assert route_from_text("Direktionen.") == ["Direktionen"]
    assert route_from_text("Direktionen, Børn- og Familieudvalget, Socialudvalget") == [
        "Direktionen", "Børn- og Familieudvalget", "Socialudvalget"]
    assert route_from_text("Det indstilles, at orienteringen tages til efterretning.") is None


def test_municipality_from_mentions():
    assert detect_municipality("Norddjurs Kommune har ... Norddjurs Kommunes kodeks") == "Norddjurs"
    assert detect_municipality("Københavns Kommune har meldt ind, jf. Borgerrepræsentationen") == "København"
    assert detect_municipality("Referat fra Aarhus Byråd") == "Aarhus"
    assert detect_municipality("KKR Sjælland og Region Sjælland") is None


def test_municipality_in_capitals_lower_case_or_genitive_of_a_regional_municipality():
    from sagsgang.parse.bodies import detect_municipality

    assert detect_municipality("SKIVE KOMMUNE MØDESTED: MØDEDATO:") == "Skive"
    assert detect_municipality("For Assens kommune svarer det til") == "Assens"
    assert detect_municipality("indstillinger til Bornholms Regionskommunes kultur- og idrætspris") == "Bornholm"
    assert detect_municipality("Mødet blev holdt i Skive") is None


@pytest.mark.parametrize("text, municipality", [
    ("Kontakt: www.faxekommune.dk", "Faxe"),
    ("Læs mere på www.dragoer.dk", "Dragør"),
    ("Se dagsordenen på ishoj.dk", "Ishøj"),  # ø printed as o
    ("Referatet ligger på www.ltk.dk", "Lyngby-Taarbæk"),  # a council whose domain is its initials
    ("Kontakt Center for Plan på www.kk.dk/plan", "København"),
    ("Hospitalsplanen, se www.rm.dk", "Region Midtjylland"),
    ("Billeder fra naturpark.dk", None),
])
def test_municipality_from_its_own_web_domain(text, municipality):
    assert detect_municipality(text) == municipality


@pytest.mark.parametrize(("text", "region"), [
    ("Referat Forretningsudvalget Region Hovedstaden\nMødedato: 14. marts 2024", "Region Hovedstaden"),
    ("Dagsorden - Udvalg for Regional Udvikling - Region Sjælland\n1. Godkendelse af dagsorden", "Region Sjælland"),
    ("Referat Økonomiudvalget Region Syddanmark\nMødested: Damhaven 12", "Region Syddanmark"),
])
def test_a_region_named_behind_the_kind_or_body_on_a_head_line(text, region):
    """A region publishes like a municipality, and its head line may name it after the document's kind or
    the body that met ('Referat Forretningsudvalget Region Hovedstaden'), not only at the line's start."""
    assert detect_municipality(text) == region


def test_a_region_named_deep_in_a_flattened_head_line_is_not_the_pages():
    """Far into a flattened page line the region is a case's (a municipality's agreement with the region)."""
    text = ("1 Referat Økonomiudvalget Mødedato: 14. marts 2024 Sagsfremstilling Kommunen har indgået en aftale "
            "med Region Syddanmark om genoptræning")
    assert detect_municipality(text) is None


_CASE = ("Kommunen har en aftale med Varde Kommune. Varde Kommune har godkendt den, og Varde Kommunes andel er "
         "halvdelen.")


@pytest.mark.parametrize("text", [
    f"Vejen Kommune\nReferat\nØkonomiudvalget\nMødedato: 12.03.2026\n{_CASE}",
    f"Referat\nØkonomiudvalget\n{_CASE}\nGodkendt.\nVejen Kommune · Torvet 1 · 9999 Byen",
    f"Referat fra Vejen Kommunes Økonomiudvalg\nMødedato: 12.03.2026\n{_CASE}",
])
def test_a_neighbour_named_in_a_cases_sentences_loses_to_the_pages_own_name(text):
    """The page's own council stands on a line of its own, in its title or footer; a neighbour it deals with is
    named inside sentences, however often."""
    assert detect_municipality(text) == "Vejen"


def test_a_name_in_sentences_only_still_counts():
    assert detect_municipality("Kommunen har en aftale med Varde Kommune, og Varde Kommune betaler.") == "Varde"


@pytest.mark.parametrize(("text", "municipality"), [
    ("VEJEN Kommune\nReferat", "Vejen"),
    ("Lyngby-Taarbæk KOMMUNE\nReferat", "Lyngby-Taarbæk"),
    ("Kommune: Vejen\nReferat", "Vejen"),
    ("Status på salg af HTK´s boliger", "Høje-Taastrup"),
    ("Kontakt: post@balk.dk", "Ballerup"),
    ("Kontakt: post@egekom.dk", "Egedal"),
    ("Udvalget for KK og VIK", None),
])
def test_municipality_in_mixed_capitals_a_label_initials_or_a_short_domain(text, municipality):
    assert detect_municipality(text) == municipality


@pytest.mark.parametrize(("text", "municipality"), [
    ("Referat\nRingkøbing-\nSkjern Kommune\nMødedato: 12.03.2026", "Ringkøbing-Skjern"),  # a line broke its hyphen
    ("1 Referat Ikast- Brande Kommune Mødedato: 12.03.2026", "Ikast-Brande"),  # ... and a transcript joined it
    ("Dagsorden til Halvtorp-punktet\nVejen Kommunalbestyrelses møde 12.03.2026", "Vejen"),  # the genitive
    ("Bilag: Koege_Kommune_referat_2026.pdf", "Køge"),  # Danish letters spelt out, as file names do
    ("Skrevet af Hoeje Taastrup Kommune\nReferat", "Høje-Taastrup"),
    ("Svar sendes til sekretariat@rsyd.dk", "Region Syddanmark"),  # the region's e-mail domain
    ("Referat\nVesthim-\nmerlands Kommune\nMødedato: 12.03.2026", "Vesthimmerland"),  # a PDF's hyphenation
    ("1 Referat Faa- borg-Midtfyn Kommune Mødedato: 12.03.2026", "Faaborg-Midtfyn"),  # ... in a double name's half
    ("Referat\nTrappe-\nbakken i Vejen\nMødedato: 12.03.2026", None),  # a word broken is no name's
    ("Dagsorden til Kroge-punktet\nMødedato: 12.03.2026", None),  # a word near a name in spelt-out letters is none
])
def test_municipality_broken_at_its_hyphen_in_the_genitive_or_spelt_out(text, municipality):
    assert detect_municipality(text) == municipality
