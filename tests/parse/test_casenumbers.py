from sagsgang.parse.casenumbers import (
    find_case_numbers,
    labelled_case_numbers,
    normalize_case_number,
    standalone_case_number,
)


def test_every_printed_form_is_found():
    text = ("22/8164 og 24-003250, 21-046857K, 330-2018-3619, EMN-2025-003383, "
            "2022 - 15608, 2022-0319547 og 00.22.00-G01-3-18")
    assert find_case_numbers(text) == ["22/8164", "24-003250", "21-046857K", "330-2018-3619", "EMN-2025-003383",
                                       "2022 - 15608", "2022-0319547", "00.22.00-G01-3-18"]


def test_dates_and_law_references_are_not_cases():
    assert find_case_numbers("LOV nr 707 af 08/06/2018") == []
    assert find_case_numbers("mødet 17-08-2022") == []


def test_labels_with_value_on_same_or_next_line():
    assert labelled_case_numbers("Sagsnr.: 16/31575") == ["16/31575"]
    assert labelled_case_numbers("Sagsnummer i F2", "2022 - 15608") == ["2022 - 15608"]
    assert labelled_case_numbers("Sagsnummer eDoc", "2022-0319547") == ["2022-0319547"]
    assert labelled_case_numbers("Sagsnr. 249033 Kultur- og Idrætsudvalget Åbent punkt") == ["249033"]
    assert labelled_case_numbers("Sagsnr.: 330-2017-86763   Dok.nr.: 330-2018-320116") == ["330-2017-86763"]


def test_document_numbers_and_item_numbers_are_not_case_labels():
    assert labelled_case_numbers("Dokumentnummer i F2", "2081238") is None
    assert labelled_case_numbers("Dok.nr.: 330-2018-500301") is None
    assert labelled_case_numbers("Sag nr. 11") is None
    assert labelled_case_numbers("Sagen blev udsat.") is None


def test_standalone_lines():
    assert standalone_case_number("22/8164 Åben Sag") == "22/8164"
    assert standalone_case_number("EMN-2025-009242") == "EMN-2025-009242"
    assert standalone_case_number("25-008754 -") == "25-008754"
    assert standalone_case_number("Sagen 22/8164 er udsat") is None


def test_normalised_identity():
    assert normalize_case_number("2022 - 15608") == normalize_case_number("2022-15608")
    assert normalize_case_number("emn-2025-009242") == "EMN-2025-009242"


def test_the_key_reads_every_dash_as_a_hyphen():
    """One case number set with another dash by another body's publisher (an en or em dash, a minus sign, a figure
    dash, a hyphen or Word's non-breaking hyphen) is the same case; the key is the hyphenated one."""
    for dash in ("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"):
        assert normalize_case_number(f"31{dash}004417K") == "31-004417K", repr(dash)
        assert normalize_case_number(f"emn{dash}2031{dash}000517") == "EMN-2031-000517", repr(dash)
        assert normalize_case_number(f"2031 {dash} 88213") == "2031-88213", repr(dash)
    assert normalize_case_number("31/4417") == "31/4417"  # a slash is no dash


def test_label_spellings_take_a_bare_serial():
    """ESDH systems print the label in several spellings; each takes a bare serial number."""
    for label in ("Sagsnr.", "Sags nr.", "Sagsnummer", "Sags-id:", "Sagsid:"):
        assert labelled_case_numbers(f"{label} 249033") == ["249033"], label


def test_document_number_after_the_case_number_is_cut_off_in_any_case():
    assert labelled_case_numbers("Sagsnr.: 330-2017-86763 dok.nr.: 330-2018-320116") == ["330-2017-86763"]
    assert labelled_case_numbers("Sagsnr.: 22/8164 SAGSBEHANDLER: 22/9999") == ["22/8164"]


def test_matches_at_equals_finditer_from_the_candidates():
    import re

    from sagsgang.parse.casenumbers import CASE_FORM, matches_at

    text = "22/8164 og 24-003250"
    assert [m.group(0) for m in matches_at(CASE_FORM, text, [0, 11])] == ["22/8164", "24-003250"]
    ab = re.compile("ab")
    assert [m.start() for m in matches_at(ab, "abab", [0, 1, 2])] == [m.start() for m in ab.finditer("abab")] == [0, 2]


def test_acadre_numbers_with_kle_prefix_and_year_serial_numbers():
    from sagsgang.parse.casenumbers import find_case_numbers, standalone_case_number
    assert standalone_case_number("85.02.02G00-0011") == "85.02.02G00-0011"
    assert find_case_numbers("00.01.00A04 - 2007/34364") == ["2007/34364"]  # the KLE code beside it is not one


def test_the_journal_number_spelled_out_labels_a_case():
    """'Journalnummer' is the spelled-out 'J.nr.'/'Journalnr.': a case number's label, bare serials too."""
    assert labelled_case_numbers("Journalnummer: 24/1234") == ["24/1234"]
    assert labelled_case_numbers("Journalnummer", "2024-001234") == ["2024-001234"]


def test_a_title_lines_case_number_label_in_any_case_goes_with_its_number():
    """'… - sagsnr. 24/102' and '… - SAGSNR. 24/102' end a title line as '… - Sagsnr. 24/102' does: the label
    goes with the number; the word 'sag' in a title's prose stays the title's."""
    from sagsgang.parse.casenumbers import case_number_tail

    for tail in ("sagsnr.", "SAGSNR.", "Sagsnr.", "j.nr."):
        assert case_number_tail(f"Budgetopfølgning 2024 - {tail} 24/102") == ("Budgetopfølgning 2024", "24/102")
    assert case_number_tail("Støtte til sag 24/1233") == ("Støtte til sag", "24/1233")
