"""A web page's item header under its contents table's column heads ('Punkt Titel 16 <title>'), flattened with its
body, whose first heading is glued to its text ('ResumeI forlængelse af …', 'RESUMEI …', 'SAGSFREMSTILLINGEfter …'):
the list ends where the body's heading opens it (contents_cuts.before_body), and the title ends before the heading
(title_tidy.BODY_CUE), as where the heading keeps its space. One item, not a list of the body's sentences. Invented
wording only."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text, viewer_text

_BODY = ("{resume}I forlængelse af valget skal Vindelbo Byråd udpege medlemmer til en række råd. {story}Efter valget "
         "skal byrådet udpege medlemmer til nævn og bestyrelser. Der henvises til vedlagte oversigt over hvervene. Den "
         "vedhæftede oversigt indeholder alle kommunale hverv. Enkelte sager behandles senere på dagsordenen.")


def _items(tmp_path: Path, resume: str, story: str) -> list[dict]:
    page = ("Byrådet Dagsorden DIVERSE SAGER Punkt Titel 16 Udpegning til hverv, råd og bestyrelser 2026 - 2029 "
            + _BODY.format(resume=resume, story=story))
    return parse_text(tmp_path, viewer_text("Byrådet", page)).to_contract()["items"]


def test_a_glued_body_heading_ends_the_list(tmp_path: Path) -> None:
    for resume, story in (("Resume", "Sagsfremstilling"), ("RESUME", "SAGSFREMSTILLING")):
        items = _items(tmp_path, resume, story)
        assert [(it["number"], it["title"]) for it in items] == \
            [("16", "Udpegning til hverv, råd og bestyrelser 2026 - 2029")], resume
        assert items[0]["sections"] == [resume, story]
