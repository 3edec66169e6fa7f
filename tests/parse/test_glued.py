"""Headings, labels and item numbers that extraction ran into the text after them ('BeslutningGodkendt.',
'Mødested:Rådhuset', '1.Godkendelse af dagsorden') read as if the space or line break were there
(parse/unglue.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare

from .corpus_pages import corpus_file


def _texts(text: str) -> list[str]:
    return [ln.text for ln in prepare(text) if ln.text]


def test_a_heading_run_into_its_text_is_parted_and_a_longer_word_is_not():
    assert _texts("BeslutningGodkendt.\nBeslutning:Godkendt.\n"
                  "IndstillingDirektionen indstiller, at planen godkendes.\n"
                  "BESLUTNINGGodkendt.\nResuméKommunalbestyrelsen har bedt om en plan.\n"
                  "Beslutningsforslag fra Bo Jensen\nIndstillingen følges.\n") == [
        "Beslutning", "Godkendt.", "Beslutning:", "Godkendt.",
        "Indstilling", "Direktionen indstiller, at planen godkendes.",
        "BESLUTNING", "Godkendt.", "Resumé", "Kommunalbestyrelsen har bedt om en plan.",
        "Beslutningsforslag fra Bo Jensen", "Indstillingen følges."]


def test_a_dated_decision_heading_run_into_its_text_is_parted():
    assert _texts("Beslutning i Byrådet den 12-03-2024Godkendt.\n"
                  "BESLUTNING I BYRÅDET 9. OKTOBER 2018:Fraværende: Bo Jensen (A)\nKompetence:Økonomiudvalget\n") == [
        "Beslutning i Byrådet den 12-03-2024", "Godkendt.", "BESLUTNING I BYRÅDET 9. OKTOBER 2018:",
        "Fraværende: Bo Jensen (A)", "Kompetence: Økonomiudvalget"]


def test_a_label_colon_and_an_item_number_run_into_their_value_get_their_space():
    assert _texts("Mødested:Rådhuset, lokale 2\nSagsnr.:27.00.00-A00-1-20\nBilag 1:Notat om budget\n"
                  "Start kl.16:00 i salen\n1.Godkendelse af dagsorden\n2.MBU/ØU/KB - Budget 2025\n"
                  "Punkt 4:Drøftelse af budget\n12Orientering fra formanden\n") == [
        "Mødested: Rådhuset, lokale 2", "Sagsnr.: 27.00.00-A00-1-20", "Bilag 1: Notat om budget",
        "Start kl.16:00 i salen", "1. Godkendelse af dagsorden", "2. MBU/ØU/KB - Budget 2025",
        "Punkt 4: Drøftelse af budget", "12 Orientering fra formanden"]


def _glue_headings(text: str) -> str:
    """Each section heading line run into the next text line that starts with a capital (blank lines between
    dropped), as glued.py's 'headings' and 'decisions' variants do."""
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if is_heading(lines[k].strip()) and j < len(lines) and re.match(r"[A-ZÆØÅ]", lines[j].strip()) \
                and not is_heading(lines[j].strip()):
            out.append(lines[k].rstrip() + lines[j].strip())
            k = j + 1
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def _colon_headings(text: str) -> str:
    """Each section heading printed with its colon run into the next text line ('Bilag:' / 'Åben' …)."""
    return _glue_headings(re.sub(r"(?m)^(\s*)(\S.*?)\s*$", lambda m: m.group(1) + m.group(2) + ":"
                                 if is_heading(m.group(2)) and not m.group(2).endswith(":") else m.group(0), text))


def _caps_headings(text: str) -> str:
    """Each section heading printed in capitals (the page this one is compared with prints them so too)."""
    return re.sub(r"(?m)^.+$", lambda m: m.group(0).upper() if is_heading(m.group(0).strip()) else m.group(0), text)


def _label_colons(text: str) -> str:
    return re.sub(r"(?m)^(\s*[A-ZÆØÅ][\wæøåÆØÅ./ -]{1,30}?:)[ \t]+(?=\S)", r"\1", text)


def _number_stops(text: str) -> str:
    return re.sub(r"(?m)^(\s*\d{1,3}\.)[ \t]+(?=[A-ZÆØÅ])", r"\1", text)


def _contract(path: Path) -> dict:
    out = parse_file(path).to_contract()
    out.pop("source", None)
    out.pop("content_hash", None)
    return out


@pytest.mark.parametrize(("name", "glue", "printed"), [
    ("extra/docs/x0139.txt", _glue_headings, str),  # 'ResuméDen endelige budgetvedtagelse …'
    ("extra/docs/x0025.txt", _glue_headings, str),
    ("extra/docs/x0110.txt", _glue_headings, str),  # 'INDSTILLING:Der er ikke modtaget afbud' (its own line when plain)
    ("extra/docs/x0207.txt", _glue_headings, _caps_headings),  # 'BESLUTNING I BYRÅDET 9. OKTOBER 2018:Fraværende: …'
    ("extra/docs/x0050.txt", _colon_headings, str),  # 'Bilag:Åben' (the next item's first line)
    ("extra/docs/x0107.txt", _label_colons, str),  # 'Kompetence:Økonomiudvalget' (one line when plain)
    ("docs/004_aa3e7e1ea5d949e8.txt", _label_colons, str),  # 'Punkt 1:Decentrale direktionsmøder - Høng Skole'
    ("extra/docs/x0185.txt", _number_stops, str),  # '2.MBU/ØU/KB - Navneskift for …'
])
def test_a_glued_tune_page_parses_as_the_page_itself(tmp_path, name, glue, printed):
    """The page (its headings in capitals when `printed` so prints them) and the same with runs glued: one parse."""
    src = corpus_file(name)
    text = printed(src.read_text(encoding="utf-8"))
    glued = glue(text)
    assert glued != text
    (tmp_path / "plain").mkdir()
    (tmp_path / "glued").mkdir()
    (tmp_path / "plain" / src.name).write_text(text, encoding="utf-8")
    (tmp_path / "glued" / src.name).write_text(glued, encoding="utf-8")
    assert _contract(tmp_path / "glued" / src.name) == _contract(tmp_path / "plain" / src.name)
