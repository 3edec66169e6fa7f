from sagsgang.parse.dates import find_dates, parse_date, parse_time


def test_printed_forms_become_iso():
    assert parse_date("17-08-2022") == "2022-08-17"
    assert parse_date("7. oktober 2022") == "2022-10-07"
    assert parse_date("Mandag d. 18. marts 2024 kl. 12:30") == "2024-03-18"
    assert parse_date("onsdag den 1. oktober 2025 kl. 15.45") == "2025-10-01"
    assert parse_date("Dato: 02-09-2025") == "2025-09-02"
    assert parse_date("19.11.2018") == "2018-11-19"
    assert parse_date("2025-10-01") == "2025-10-01"
    assert parse_date("Onsdag, September 6, 2017 - 17:00") == "2017-09-06"


def test_impossible_or_missing_dates_are_none():
    assert parse_date("31-02-2022") is None
    assert parse_date("ingen dato her") is None
    assert parse_date(None) is None


def test_law_reference_date_is_found_but_case_number_is_not_a_date():
    assert parse_date("22/8164") is None
    assert [iso for _, _, iso in find_dates("fra 8. august 2022 til 30-09-2022")] == ["2022-08-08", "2022-09-30"]


def test_times():
    assert parse_time("kl. 15.45") == "15:45"
    assert parse_time("Mandag d. 18. marts 2024 kl. 12:30") == "12:30"
    assert parse_time("10-10-2022 17:00:00") == "17:00"
    assert parse_time("18-03-2024") is None


def test_two_digit_years():
    """Councils print '17-08-22' for 17 August 2022; a two-digit year before 70 is 20xx, from 70 on 19xx."""
    assert parse_date("Mødedato 17-08-22") == "2022-08-17"
    assert parse_date("den 03.12.18 kl. 16") == "2018-12-03"
    assert parse_date("1-1-00") == "2000-01-01"
    assert parse_date("31.12.69") == "2069-12-31"
    assert parse_date("01-01-70") == "1970-01-01"
    assert parse_date("24.12.99") == "1999-12-24"
    assert [iso for _, _, iso in find_dates("fra 01-02-24 til 29-02-24")] == ["2024-02-01", "2024-02-29"]


def test_times_out_of_range_are_not_times():
    """'24.00' or '12.60' after 'kl.' is a number (a sum, a paragraph), not a clock time."""
    assert parse_time("kl. 23.59") == "23:59" and parse_time("kl. 0.00") == "00:00"
    assert parse_time("kl. 24.00") is None and parse_time("kl. 25.30") is None
    assert parse_time("kl. 12.60") is None and parse_time("12:61") is None
    assert parse_time("kl. 24.00 og kl. 16.30") == "16:30"  # the first real time


def test_a_slash_date_with_its_year_set_off_by_a_space():
    """'14/3 2024' (the year after a space, as some headers print it) is a date; a point's number before a year
    ('punkt 1.2 2024') and a time before one ('kl. 14.30 2024') are not."""
    from sagsgang.parse.dates import parse_date

    assert parse_date("Mødedato: 14/3 2024") == "2024-03-14"
    assert parse_date("d. 1/12 2023 kl. 16") == "2023-12-01"
    assert parse_date("punkt 1.2 2024") is None
    assert parse_date("kl. 14.30 2024") is None
