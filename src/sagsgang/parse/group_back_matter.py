"""The unnumbered back matter that ends a contents list's open part, before its closed group heading.

A PDF contents list that groups its items ('Åbne punkter … Lukkede punkter …') prints the signature page and the
bilag list last in the open part, so the entry stands in the middle of the list, not at its end, where
item_list._without_back_matter looks: '… 8. Kalender 2022 11 Underskriftsark 12 Lukkede punkter 10. Salg af
grund 13'. Where the list does not number that entry, it is no item (annotation-rules: signature and bilag
entries count when the item list numbers them; an unnumbered one of a PDF contents list does not). Why it holds
across publishers: the test is structural (a back matter name, no number, and the closed group's heading right
behind it), not any site's wording; a numbered signature entry, or one the pages below head as an item with its
place in the list for number ('Punkt 12: Underskriftsark'), stays.
"""
from __future__ import annotations

import re

from .list_entry import GROUP, ListEntry
from .title_split import BACK_MATTER


def _closed_group_after(entries: list[ListEntry], k: int, text: str) -> bool:
    """A closed group's heading ('Lukkede punkter') stands between the title of entry `k` and the next entry's
    title (found as printed: the spans of entries whose numbers were lost need not part at the heading)."""
    here, after = entries[k], entries[k + 1]
    at = text.find(here.title, here.start)
    end = text.find(after.title, at + len(here.title)) if at >= 0 and after.title else -1
    if end < 0:
        return False
    return any(g.group("kind").lower().startswith("lukke") for g in GROUP.finditer(text, at + len(here.title), end))


def _headed_below(entries: list[ListEntry], k: int, text: str) -> bool:
    """Entry `k` is headed below the list with its place in the list for number ('Punkt 12: Underskriftsark')."""
    title = entries[k].title or ""
    head = re.compile(rf"(?<![\w.])(?:(?:Punkt|Pkt\.?)\s*)?{k + 1}[.:]\s+{re.escape(title)}(?!\w)", re.IGNORECASE)
    return head.search(text, entries[-1].end) is not None


def without_group_back_matter(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """`entries` without each unnumbered back matter entry that the closed group's heading follows."""
    keep = []
    for k, e in enumerate(entries):
        if (e.number is None and k + 1 < len(entries) and BACK_MATTER.fullmatch(e.title or "")
                and _closed_group_after(entries, k, text) and not _headed_below(entries, k, text)):
            continue
        keep.append(e)
    return keep
