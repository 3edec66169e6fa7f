"""Items found again in flattened pages (a PDF transcript's page lines, or
benchmarks/parse_accuracy/flattened.py): the item heads a page printed on lines of their own, run into
one long line per page. Each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.inline_lines import split_inline

from .flattening import flattened_text, tune_page


def _parsed(tmp_path: Path, text: str) -> dict:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page).to_contract()


def _tune_page_flattened(tmp_path: Path, name: str) -> dict:
    return _parsed(tmp_path, flattened_text(tune_page(name).read_text(encoding="utf-8")))


# --- a page of blocks without numbers, each headed by its status ('Åben' / 'Indstilling' …) ---

_BLOCKS = ("Skip til hovedindholdet Hjem Politiske udvalg Seneste fra byrådet 4. marts 2024 - referat fra byrådet "
           "Du har valgt et referat fra byrådet. Du finder flere i arkivet over referater. Byrådet 4. marts 2024 "
           "Åben Beslutning Godkendt. Per Hansen var fraværende. "
           "Åben Indstilling Økonomiudvalget indstiller, at byrådet godkender årsregnskabet for 2023. "
           "Beslutning Godkendt. Per Hansen var fraværende. "
           "Åben Indstilling Teknik- og Miljøudvalget indstiller, at byrådet vedtager lokalplan 123 for et "
           "boligområde ved Skovvej endeligt. Beslutning Godkendt. Per Hansen og Lise Berg var fraværende. "
           "Lukket Indstilling Økonomiudvalget indstiller, at byrådet godkender salget af grunden. "
           "Beslutning Godkendt. Per Hansen var fraværende.")


def test_status_before_a_run_in_heading_stands_on_its_own_line():
    lines = [ln.text for ln in split_inline(_BLOCKS, 0)]
    assert lines.count("Åben") == 3 and lines.count("Lukket") == 1
    assert "Beslutning" in lines and "Indstilling" in lines


def test_transcript_of_status_blocks_reads_an_item_each(tmp_path):
    text = f"Referat fra byrådet\n\nTranskript\n\n1 {_BLOCKS}\n"
    items = _parsed(tmp_path, text)["items"]
    assert len(items) == 4
    assert [it["public"] for it in items] == [True, True, True, False]
    assert [len(it["decisions"]) for it in items[:3]] == [1, 1, 1]  # (a closed item's, as on the lined page: none)
    assert items[2]["decisions"][0]["absent"] == ["Per Hansen", "Lise Berg"]


def test_tune_web_page_of_status_blocks_flattened(tmp_path):
    """A tune web page (x0050) whose four items are blocks headed 'Åben' with no number or title."""
    out = _tune_page_flattened(tmp_path, "x0050.txt")
    assert len(out["items"]) == 4
    assert [[d["committee"] for d in it["decisions"]] for it in out["items"]] == [["Byrådet"]] * 3 + [[]]


def test_tune_web_page_whose_sentence_was_read_as_a_list_flattened(tmp_path):
    """x0051: 'Punkt 19 behandles som punkt 2. Godkendt. …' read as a list entry numbered 2, the blocks
    headed 'Åben' found instead."""
    out = _tune_page_flattened(tmp_path, "x0051.txt")
    assert len(out["items"]) == 3
    assert not any((it["title"] or "").startswith("Godkendt.") for it in out["items"])


# --- titles printed above 'Sag nr. N' (the label alone on its line, the title on the line before) ---

def test_title_before_its_case_label_gets_a_line_of_its_own():
    lines = [ln.text for ln in split_inline(
        "Beslutning Godkendt. Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning Sag nr. 20 (ØU 24/2010) "
        "Sagens kerne Principiel ansøgning om udstykning af grunde.", 0)]
    assert lines[lines.index("Sag nr. 20 (ØU 24/2010)") - 1] == \
        "Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning"


def test_title_before_its_case_label_after_the_page_chrome():
    lines = [ln.text for ln in split_inline(
        "1 Kommunalbestyrelsen 23-02-2010 Sager 19 - 40 Fold alle ud Bygningsvedligeholdelse 2010 - ansøgning "
        "om anlægsbevilling Sag nr. 19 (ØU 23/2010) Sagens kerne Der ansøges om anlægsbevilling.", 0)]
    title = lines[lines.index("Sag nr. 19 (ØU 23/2010)") - 1]
    assert title == "Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling"


def test_numbered_attachment_label_is_no_heading():
    lines = [ln.text for ln in split_inline("Beslutning Taget til efterretning. Bilag Bilag 1: Områdekort for "
                                            "Tinderhøj Skole Bilag 2: Notat om skoledistrikter", 0)]
    assert any(t.startswith("Bilag 1: Områdekort for Tinderhøj Skole") for t in lines)
    assert not any(t.startswith(("1:", "2:")) for t in lines)


_SAG_NR_PAGE = (
    "1 Kommunalbestyrelsen 23-02-2010 Sager 19 - 21 Fold alle ud Bygningsvedligeholdelse 2010 - ansøgning om "
    "anlægsbevilling Sag nr. 19 (ØU 23/2010) Sagens kerne Der ansøges om anlægsbevilling på 22.843.000 kr. til "
    "vedligeholdelse af kommunens bygninger i 2010. Meddelelsespunkter: 1. Nyhedsliste for perioden januar. "
    "2. Notat om skoledistrikter. Indstilling Teknisk Forvaltning indstiller, at der gives en anlægsbevilling på "
    "22.843.000 kr. Beslutning Godkendt. Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning Sag nr. 20 "
    "(ØU 24/2010) Sagens kerne Principiel ansøgning om udstykning af grunde ved to højhuse. Indstilling Teknisk "
    "Forvaltning indstiller, at der gives principiel tilladelse til at udstykke grundene som ansøgt. Beslutning "
    "Godkendt.\n\n"
    "2 Klik her for at se sagsfremstillingen Beslutning Godkendt. Dispensationsansøgning for varmemålere "
    "Sag nr. 21 (ØU 25/2010) Sagens kerne Afdelingsbestyrelsen søger om dispensation. Beslutning Godkendt.")


def test_transcript_of_titles_before_case_labels_reads_an_item_each(tmp_path):
    """Its first page runs a numbered list inside the first case ('1. Nyhedsliste … 2. Notat …'), its last
    page is short: the cases are found by their labels all the same."""
    items = _parsed(tmp_path, f"Kommunalbestyrelsen\n\nTranskript\n\n{_SAG_NR_PAGE}\n")["items"]
    assert [(it["number"], it["title"]) for it in items] == [
        ("19", "Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling"),
        ("20", "Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning"),
        ("21", "Dispensationsansøgning for varmemålere")]


def test_tune_pages_of_titles_before_case_labels_flattened(tmp_path):
    """x0173 (its last page short) and x0174 (a numbered list and numbered bilag inside its first case)."""
    assert [it["number"] for it in _tune_page_flattened(tmp_path, "x0173.txt")["items"]] == ["19", "20", "21"]
    assert [it["number"] for it in _tune_page_flattened(tmp_path, "x0174.txt")["items"]] == ["11", "12"]


# --- a digest of a meeting's decisions, each item followed by its back reference ('…, punkt 3') ---

_DIGEST = ("Byrådet har besluttet\n\nTranskript\n\n"
           "1 Skip til hovedindholdet Hjem Nyheder Byrådet har besluttet Få et kort overblik over, hvad Byrådet har "
           "besluttet på mødet 28. maj 2024. Dagsorden godkendt Silkeborg Kommune: Byrådet har godkendt mødets "
           "dagsorden. Der er 37 punkter på dagsordenen. Byrådsmødet, tirsdag 28. maj, punkt 1 Mere plads til "
           "specialelever Skægkær: Byrådet har bevilget 450.000 kroner til at skabe mere plads til eleverne i "
           "inklusionsklasserne på skolen. Byrådsmødet, tirsdag 28. maj, punkt 2 54,6 mio. kroner til "
           "Tollundskolen Funder: Byrådet har bevilget 54,6 mio. kroner til udvidelse af Tollundskolen. Pengene "
           "går til etape 2. Byrådsmødet, tirsdag 28. maj, punkt 3 De gamle teglværksgrave i Gjern By Gjern: "
           "Byrådet sendte et forslag om at ophæve en lokalplan i høring. Byrådsmødet, tirsdag 28. maj, punkt 4\n")


def test_flattened_digest_reads_each_decision_back_from_its_reference(tmp_path):
    out = _parsed(tmp_path, _DIGEST)
    assert [(it["number"], it["title"]) for it in out["items"]] == [
        ("1", "Dagsorden godkendt"), ("2", "Mere plads til specialelever"),
        ("3", "54,6 mio. kroner til Tollundskolen"), ("4", "De gamle teglværksgrave i Gjern By")]
    first = out["items"][0]["decisions"][0]
    assert (first["committee"], first["date"]) == ("Byrådet", "2024-05-28")
    assert first["text"].startswith("Silkeborg Kommune: Byrådet har godkendt")
    assert out["items"][3]["decisions"][0]["text"].startswith("Gjern: Byrådet sendte")


def test_tune_digest_flattened(tmp_path):
    """x0066: five decisions with their back references, and the page cut inside a sixth."""
    items = _tune_page_flattened(tmp_path, "x0066.txt")["items"]
    assert [it["number"] for it in items] == ["1", "2", "3", "4", "5", None]
    assert items[4]["title"] == "54,6 mio. kroner til Tollundskolen"


# --- a numbered header whose title is printed again after it, a contents reading found inside the page line ---

_DOUBLED = ("1 Genveje Værktøjer Byråd: Referat af mødet 14. december 2017 Byråd Starttidspunkt for møde: 14. december "
            "2017 kl. 17:00 Mødelokale: Byrådssalen. • 135. Beslutningssag: Godkendelse af indkaldelse af "
            "stedfortrædere Beslutningssag: Godkendelse af indkaldelse af stedfortrædere INDHOLD INDSTILLING: Der "
            "er ikke modtaget afbud BESLUTNING I BYRÅDET den 14-12-2017 FRAVÆRENDE: - Der var ingen afbud • 136. "
            "Beslutningssag: Godkendelse af dagsorden Beslutningssag: Godkendelse af dagsorden INDHOLD INDSTILLING: "
            "Direktionen indstiller: 1. at dagsordenen godkendes. BESLUTNING I BYRÅDET den 14-12-2017 FRAVÆRENDE: - "
            "Dagsordenen godkendt • 137. Orienteringssag: Afrapportering - strategiske målsætninger 2017 "
            "Orienteringssag: Afrapportering - strategiske målsætninger 2017 INDHOLD INDSTILLING: Direktionen "
            "indstiller til Økonomiudvalget 1. At anbefale byrådet at tage orienteringen til efterretning.")


def test_numbered_header_with_its_title_again_gets_lines_of_its_own():
    lines = [ln.text for ln in split_inline(_DOUBLED, 0)]
    at = lines.index("• 136. Beslutningssag: Godkendelse af dagsorden")
    assert lines[at + 1] == "Beslutningssag: Godkendelse af dagsorden"


def test_transcript_of_headers_with_their_titles_again(tmp_path):
    items = _parsed(tmp_path, f"Genveje\n\nTranskript\n\n{_DOUBLED}\n")["items"]
    assert [(it["number"], it["title"]) for it in items] == [
        ("135", "Beslutningssag: Godkendelse af indkaldelse af stedfortrædere"),
        ("136", "Beslutningssag: Godkendelse af dagsorden"),
        ("137", "Orienteringssag: Afrapportering - strategiske målsætninger 2017")]


def test_tune_page_of_headers_with_their_titles_again_flattened(tmp_path):
    """x0110: the page line was read as a list of pieces of its text ('INDHOLD', 'FRAVÆRENDE: …')."""
    assert [it["number"] for it in _tune_page_flattened(tmp_path, "x0110.txt")["items"]] == ["135", "136", "137"]


# --- a header whose title the contents list spells otherwise ---

_SPELT = ("REFERAT Direktionen\n\nTranskript\n\n"
          "1 REFERAT Direktionen d. 18-03-2024 Mødedato Mandag d. 18. marts 2024 kl. 12:30 Mødested Rådhuset "
          "Indholdsfortegnelse Decentrale direktionsmøder - Høng Skole..... 3 Valg af emner til drøftelse med "
          "borgmesteren..... 4 Orientering fra Økonomiudvalgsrådet og koordinering af sager til politisk "
          "behandling..... 5 Eventuelt..... 6 Punkt 1: Decentrale direktionsmøder - Høng Skole 21-046857K "
          "Beslutning Direktionen drøftede skolens udfordringer og muligheder. Sagsfremstilling Direktionen holder "
          "sine møder decentralt. Punkt 2: Valg af emner til drøftelse med borgmesteren 21-046858K Beslutning "
          "Emnerne blev valgt. Sagsfremstilling Direktionen mødes med borgmesteren hver måned. Punkt 3: Orientering "
          "fra Økonomiudvalgsmødet og koordinering af sager til politisk behandling 21-046859K Beslutning Taget til "
          "efterretning. Sagsfremstilling Direktionen orienteres om mødet. Punkt 4: Eventuelt Beslutning Intet.\n")


def test_header_spelt_otherwise_than_its_list_entry_heads_its_body(tmp_path):
    items = _parsed(tmp_path, _SPELT)["items"]
    assert [it["number"] for it in items] == ["1", "2", "3", "4"]
    assert [d["text"] for d in items[1]["decisions"]] == ["Emnerne blev valgt."]
    assert [d["text"] for d in items[2]["decisions"]] == ["Taget til efterretning."]


def test_shared_gold_page_spelt_otherwise_flattened(tmp_path):
    """Shared gold 004 lists 'Orientering fra Økonomiudvalgsrådet …', its body prints 'Økonomiudvalgsmødet'."""
    items = _tune_page_flattened(tmp_path, "004_aa3e7e1ea5d949e8.txt")["items"]
    assert [it["number"] for it in items] == [str(n) for n in range(1, 12)]
    assert len(items[5]["decisions"]) == 1 and len(items[6]["decisions"]) == 1
