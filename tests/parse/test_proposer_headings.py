"""The proposal headed by who makes it and the verb ('Forvaltningen indstiller', 'Kultur og Borgerservice
indstiller') in place of 'Indstilling' (headings._PROPOSER_VERB): a heading as the whole line or a phrase run
into a capitalised sentence, never the sentence that opens a proposal with the same words (', at …', or right under
an 'Indstilling' heading: item_body._proposal_opening). transcript_bodies.py words-a."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.headings import is_heading

from .transcript_page import parse_text, viewer_text


def _sections(tmp_path: Path, body: str) -> list[str]:
    (item,) = parse_text(tmp_path, viewer_text("Referat Vindelbo Udvalg", body)).to_contract()["items"]
    return item["sections"]


def test_who_proposes_heads_the_proposal(tmp_path: Path) -> None:
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 Sagsbeskrivelse Forvaltningen har gennemgået de tre "
            "modeller for parkens fremtid og anbefaler den mellemste af dem. Forvaltningen indstiller Det "
            "indstilles, at planen godkendes. Beslutning Godkendt.")
    assert _sections(tmp_path, body) == ["Sagsbeskrivelse", "Forvaltningen indstiller", "Beslutning"]


def test_a_department_named_by_its_fields(tmp_path: Path) -> None:
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 Sagsbeskrivelse Forvaltningen har gennemgået de tre "
            "modeller for parkens fremtid. Natur og Fritid indstiller Udvalget drøfter planen og beslutter, hvilken "
            "model der skal arbejdes videre med. Beslutning Drøftet.")
    assert _sections(tmp_path, body) == ["Sagsbeskrivelse", "Natur og Fritid indstiller", "Beslutning"]


def test_the_proposals_sentence_is_no_heading(tmp_path: Path) -> None:
    """'Forvaltningen indstiller, at …' opens the proposal's text; under 'Indstilling' the same words with a colon
    and a numbered list ('Direktionen indstiller: 1. at …') do too; a committee's 'Økonomiudvalget indstiller' is a
    decision's text."""
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 Sagsfremstilling Forvaltningen har gennemgået de tre "
            "modeller. Indstilling Direktionen indstiller: 1. at planen godkendes. Beslutning Godkendt. "
            "Økonomiudvalget indstiller, at planen godkendes.")
    assert _sections(tmp_path, body) == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert not is_heading("Økonomiudvalget indstiller") and not is_heading("Teknik- og Miljøudvalget indstiller")
    assert is_heading("Social- og Sundhedsforvaltningen indstiller") and is_heading("Direktøren indstiller")


def test_the_proposers_words_before_at_clauses_are_no_heading(tmp_path: Path) -> None:
    """'Direktionen indstiller:' with the proposal's numbered 'at' clauses below it, under no proposal heading: the
    sentence that states the proposal, no heading of its own."""
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 Sagsfremstilling Forvaltningen har gennemgået de tre "
            "modeller for parkens fremtid. Økonomi Planen holdes inden for rammen. Direktionen indstiller: 1. at "
            "planen godkendes, 2. at arbejdet begynder i maj. Beslutning Godkendt.")
    assert _sections(tmp_path, body) == ["Sagsfremstilling", "Økonomi", "Beslutning"]


def test_a_proposal_sentence_after_a_label_leaves_the_pages_labels_found(tmp_path: Path) -> None:
    """'Mulige løsninger: Direktøren indstiller til Byrådet, at …': the proposer's words going on in small letters are a
    sentence, so the run prints no known case heading there and its unknown labels are read as its headings
    (run_slots._clause_goes_on)."""
    body = ("1. Regulativ for affald i Vindelbo Sagsnr.: 21/4471 Åben Uddybning: Regulativet skal godkendes af byrådet "
            "hvert fjerde år. Sagsoplysninger: Forvaltningen har gennemgået regulativet og rettet det til efter de nye "
            "regler. Begrundelse: Reglerne for indsamling af affald er ændret, og regulativet skal følge dem. Faglige "
            "overvejelser: Sommerhuse får afhentet affald hver uge i sommermånederne. Anbefaling: Bekendtgørelse om "
            "affaldsregulativer. Status på området: Regulativet har været i høring i fire uger. Mulige løsninger: "
            "Direktøren indstiller til Byrådet, at regulativet godkendes.")
    assert _sections(tmp_path, body) == ["Uddybning", "Sagsoplysninger", "Begrundelse", "Faglige overvejelser",
                                         "Anbefaling", "Status på området", "Mulige løsninger"]
