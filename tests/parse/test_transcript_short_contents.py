"""A short transcript excerpt: a contents list of two entries on the cover's page line, the first item's body below,
and the excerpt cut off inside it before the second header. Invented transcript; no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_COVER = ("1 Referat Økonomiudvalget Mødedato: 12. maj 2016 Mødested: Rådhuset Indholdsfortegnelse "
          "1. Godkendelse af dagsorden 2 2. Nyt fortov på Skolevej 3")
_FIRST = ("2 Økonomiudvalget Side 2 1. Godkendelse af dagsorden Sagsnr.: 16/1001 Sagsfremstilling Dagsordenen er "
          "udsendt. Beslutning Godkendt.")


def test_a_listed_entry_whose_header_the_excerpt_cut_off_still_counts(tmp_path):
    """Both entries are items (annotation rules: an entry listed only counts); before, the second was lost because
    its header is not printed below."""
    doc = parse_transcript(tmp_path, _COVER, _FIRST, body="Økonomiudvalget")
    assert [(it.number, it.title) for it in doc.items] == [("1", "Godkendelse af dagsorden"),
                                                            ("2", "Nyt fortov på Skolevej")]
    assert [d.text for d in doc.items[0].decisions] == ["Godkendt."]


def test_a_short_list_whose_first_header_is_not_printed_is_no_list(tmp_path):
    """Neither header printed below: the two numbers vouch for no list on their own (as before)."""
    first = _FIRST.replace("1. Godkendelse af dagsorden", "Godkendelse af referat")
    doc = parse_transcript(tmp_path, _COVER, first, body="Økonomiudvalget")
    assert ("2", "Nyt fortov på Skolevej") not in [(it.number, it.title) for it in doc.items]
