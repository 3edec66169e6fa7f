from sagsgang.link.identity import acronym, case_key, committee_key, same_body
from sagsgang.link.steps import classify


def test_step_types_from_outcome_text():
    assert classify("Fremsendes til Aarhus Byråd med bemærkning, at Magistraten anbefaler, at byrådet tiltræder") \
        == "anbefaling"
    assert classify("Anbefales.") == "anbefaling"
    assert classify("Et flertal i udvalget kunne tiltræde indstillingen i overensstemmelse med Magistratens "
                    "anbefaling.") == "afgørelse"
    assert classify("Godkendt.") == "afgørelse"
    assert classify("Sagen blev udsat.") == "udsat"
    assert classify("Udvalget besluttede at udsætte sagens behandling") == "udsat"
    assert classify("Tilbagesendes Magistratsafdelingen for Teknik og Miljø") == "tilbagesendt"
    assert classify("Fremsendes til Teknisk Udvalg til behandling") == "oversendt"
    assert classify("Orienteringen taget til efterretning.") == "orientering"
    assert classify("Drøftet.") == "drøftelse"
    assert classify("Ingen.") == "andet"


def test_identity_and_route_matching():
    assert case_key("Norddjurs", "22/8164") == case_key("norddjurs", "22/8164")
    assert case_key("København", "2022 - 15608") == case_key("København", "2022-15608")
    assert committee_key("Social- og Seniorudvalget (18-21)") == committee_key("social- og seniorudvalget")
    assert acronym("Børne- og Ungdomsudvalget") == "BUU" and acronym("Arbejdsmarkedsudvalget") == "AU"
    assert same_body("AU/BUU/VPU", "Børne- og ungdomsudvalget")
    assert same_body("ØK", "Økonomiudvalget") and same_body("KB", "Kommunalbestyrelsen")
    assert not same_body("ØK", "Arbejdsmarkedsudvalget")
