"""Item starts of a list whose groups are numbered apart ('… 6. Eventuelt Lukkede punkter 1. Salg af grund 2. …',
read by restarted_runs): how two starts of one number are told apart when the starts are resolved against each other.
Its own module: toc_entries asks it, and it asks nothing of the list readers (which import the item-start modules)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .list_entry import fold_title

if TYPE_CHECKING:
    from .item_start_base import ItemStart



_KEY_WORDS = 3  # words of a title that tell two entries of one number apart


def restarted_key(starts: list[ItemStart]) -> Callable[[ItemStart], object]:
    """How item starts are known when they are resolved against each other: by their number, and where a list
    printed a number twice with different titles (its groups numbered apart, restarted_run), by the number and
    the title's first words too, so the closed group's '1' is no repeat of the open group's '1', and the body's
    header '1. Godkendelse af …' still finds its own entry. Why across publishers: one list never prints one item
    twice under different titles, so two listed titles under one number are two items."""
    titles: dict[str | None, set[str]] = {}
    for s in starts:
        if s.kind == "listed" and s.number is not None and s.title:
            titles.setdefault(s.number, set()).add(_head(s.title))
    twice = {n for n, t in titles.items() if len(t) > 1}
    if not twice:
        return lambda s: s.number
    return lambda s: (s.number, _head(s.title)) if s.number in twice else s.number


def _head(title: str) -> str:
    return " ".join(fold_title(title).split()[:_KEY_WORDS])
