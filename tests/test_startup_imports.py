"""What starting a command costs: the CLI, `case`, `search` and `serve` must not import the readers, the
parser's layouts or the PDF writer, which none of them use (they made every command start 0.4-0.7 s slower and
`serve` hold ~10 MB more). Checked in a fresh interpreter, where nothing else has imported them."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("sagsgang.read", "sagsgang.parse.document", "sagsgang.parse.assemble", "sagsgang.demo.bilag_files",
         "fpdf", "pypdfium2")


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_building_the_cli_imports_no_reader_parser_or_pdf_writer():
    loaded = _imported_after("from sagsgang.cli import build_parser\nbuild_parser()")
    assert not loaded & set(HEAVY)


def test_the_store_search_and_web_import_only_the_parsers_vocabulary():
    loaded = _imported_after("import sagsgang.store, sagsgang.search, sagsgang.web.app, sagsgang.web.catalog")
    assert "sagsgang.parse.bodies" in loaded  # municipalities and committee names: the link's vocabulary
    assert not loaded & set(HEAVY)


def test_parse_file_is_still_reachable_from_the_package():
    loaded = _imported_after("from sagsgang.parse import parse_file, parse_result\nassert callable(parse_file)")
    assert "sagsgang.parse.document" in loaded
