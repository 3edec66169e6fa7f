"""Property tests: helpers and the whole parser never raise on arbitrary text.

CI runs a short budget (max_examples below); a longer run is documented in tests/reliability/README.md:
    HYPOTHESIS_PROFILE=long python -m pytest tests/reliability/test_fuzz.py
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_result
from sagsgang.parse.casenumbers import find_case_numbers, labelled_case_numbers, standalone_case_number
from sagsgang.parse.dates import find_dates, parse_date, parse_time
from sagsgang.parse.headings import heading_name, is_heading
from sagsgang.parse.people import absent_in_sentences, split_names
from sagsgang.read import ReadResult, read_bytes

# "ci" (the default) searches the same examples on every run, so the suite's verdict is reproducible; "long"
# (HYPOTHESIS_PROFILE=long) searches anew each time, and each failure it finds is pinned below as an @example.
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Text that looks like council documents: cue words, digits and Danish letters mixed with noise.
CUES = ["Punkt 1: ", "Nr.148 - ", "Pkt. 3", "Beslutning", "Beslutning i Byrådet den 03-12-2018", "Sagsnr.: ",
        "22/8164", "EMN-2025-009242", "Lukket: ", "Fraværende:", "Bilag", "Sagsforløb", "Udvalg: Magistraten",
        "Dato: 02-09-2025", "Referat", "Dagsorden", "Mødedato", "1 - Åben ", "\t", "\n", "\n\n", " den ", "kl. 16.00",
        "æøå ÆØÅ", "1. ", "- ", "•", "Sagsgang", "AU/BUU, ØK, KB", "deltog ikke i sagens behandling"]
council_text = st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=30)), max_size=60).map("".join)


@given(st.text())
def test_date_helpers_never_raise(text):
    for _, _, iso in find_dates(text):
        assert len(iso) == 10
    parse_date(text)
    parse_time(text)


@given(st.text(), st.text())
def test_case_number_helpers_never_raise_and_return_printed_text(line, nxt):
    # what they return was printed in the text they were given (never invented or mangled)
    for number in find_case_numbers(line):
        assert number in line
    labelled = labelled_case_numbers(line, nxt)
    assert labelled is None or all(n in line or n in nxt for n in labelled)
    alone = standalone_case_number(line)
    assert alone is None or alone in line


@given(st.sampled_from(["22/8164", "24-003250", "EMN-2025-009242", "330-2018-3619", "21-046857K"]),
       st.text(alphabet=" abcæøå.,", max_size=20), st.text(alphabet=" abcæøå.,", max_size=20))
def test_a_case_number_among_words_is_found(number, before, after):
    assert number in find_case_numbers(f"{before} {number} {after}")


@given(st.text())
def test_heading_and_people_helpers_never_raise(line):
    if is_heading(line):
        assert heading_name(line)
    split_names(line)
    absent_in_sentences(line)


# The reasons parse_result gives for text that is no council document.
REFUSALS = ("no text to parse", "not a council document")
MINUTES = "Referat\n\nØkonomiudvalget\n\nMødedato: 06-09-2022\n\nPunkt 1: Godkendelse af dagsorden\n\n22/8164\n\n"


@given(council_text)
def test_parse_never_raises_anything_but_document_error(text):
    try:
        doc = parse_result(ReadResult(source="fuzz.txt", kind="text", text=text))
    except DocumentError as exc:
        assert exc.reason.startswith(REFUSALS), exc.reason
        return
    out = doc.to_contract()
    for item in out["items"]:
        if not item["public"]:
            assert item["decisions"] == [] and item["sections"] == []


@given(st.lists(st.one_of(st.sampled_from(CUES[5:]), st.text(alphabet="abcæøå .,\n", max_size=30)),
                max_size=30).map("".join))
@example(noise="Lukket: Sagsnr.: \nLukket: Sagsnr.: ")  # (found by this test: two closed items titled 'Sagsnr.:')
@example(noise="1. \nLukket: \nSagsnr.: ")  # (and item 1 retitled 'Lukket' by a bare number over an empty label)
@example(noise="Lukket: Sagsnr.: a\nLukket: Sagsnr.: Sagsnr.: ")  # (a status before a case label)
@example(noise="Lukket: 22/8164\nLukket: 22/8164")  # (a status before a case number alone)
@example(noise="Lukket: 22/8164 Sagsnr.: \nLukket: 22/8164 Sagsnr.: ")  # (two status-headed items after one item)
def test_minutes_followed_by_noise_still_parse(noise):
    """A parser that refuses everything would pass the property above; real minutes must parse
    whatever follows them, keeping the first item."""
    doc = parse_result(ReadResult(source="fuzz.txt", kind="text", text=MINUTES + noise))
    assert doc.meeting and doc.meeting.date == "2022-09-06"
    assert doc.items[0].title == "Godkendelse af dagsorden" and doc.items[0].case_numbers[:1] == ["22/8164"]


@given(st.binary(max_size=3000))
def test_readers_never_raise_anything_but_document_error(data):
    try:
        result = read_bytes(data, "fuzz.bin")
    except DocumentError as exc:
        assert exc.reason and "\n" not in exc.reason  # one line, for the report
        return
    assert isinstance(result.text, str) and "\x00" not in result.text


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåÆØÅ .,:\n", min_size=1, max_size=400).filter(str.strip))
def test_utf8_text_reads_back_word_for_word(text):
    result = read_bytes(text.encode("utf-8"), "fuzz.txt")
    assert result.text.split() == text.split()


TAGS = ["<div>", "</div>", "<p>", "<h2>", "</h2>", "<li>", "<table>", "<td>", "<script>", "<br>"]


@given(st.lists(st.sampled_from([*TAGS, "Godkendt.", "Punkt 1: Titel", "&amp;", "<!--", "-->"]), max_size=80))
def test_html_reader_never_raises_and_leaves_no_markup(parts):
    try:
        result = read_bytes(("<html><body>" + "".join(parts)).encode(), "fuzz.html")
    except DocumentError as exc:
        assert exc.reason
        return
    assert not any(tag in result.text for tag in TAGS) and "&amp;" not in result.text
