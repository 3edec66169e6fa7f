"""Property tests: helpers and the whole parser never raise on arbitrary text.

CI runs a short budget (max_examples below); a longer run is documented in tests/reliability/README.md:
    HYPOTHESIS_PROFILE=long python -m pytest tests/reliability/test_fuzz.py
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_result
from sagsgang.parse.casenumbers import find_case_numbers, labelled_case_numbers, standalone_case_number
from sagsgang.parse.dates import find_dates, parse_date, parse_time
from sagsgang.parse.headings import heading_name, is_heading
from sagsgang.parse.people import absent_in_sentences, split_names
from sagsgang.read import ReadResult, read_bytes

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
def test_case_number_helpers_never_raise(line, nxt):
    find_case_numbers(line)
    labelled_case_numbers(line, nxt)
    standalone_case_number(line)


@given(st.text())
def test_heading_and_people_helpers_never_raise(line):
    if is_heading(line):
        assert heading_name(line)
    split_names(line)
    absent_in_sentences(line)


@given(council_text)
def test_parse_never_raises_anything_but_document_error(text):
    try:
        doc = parse_result(ReadResult(source="fuzz.txt", kind="text", text=text))
    except DocumentError:
        return
    out = doc.to_contract()
    for item in out["items"]:
        if not item["public"]:
            assert item["decisions"] == [] and item["sections"] == []


@given(st.binary(max_size=3000))
def test_readers_never_raise_anything_but_document_error(data):
    try:
        read_bytes(data, "fuzz.bin")
    except DocumentError:
        pass


@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<h2>", "</h2>", "<li>", "<table>", "<td>", "<script>",
                                 "Godkendt.", "Punkt 1: Titel", "<br>", "&amp;", "<!--", "-->"]), max_size=80))
def test_html_reader_never_raises(parts):
    try:
        read_bytes(("<html><body>" + "".join(parts)).encode(), "fuzz.html")
    except DocumentError:
        pass
