"""How sagsgang writes names and dates in Danish (web pages, API names, demo documents)."""
from __future__ import annotations

from datetime import date, datetime

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")


def kommune(muni: str) -> str:
    """'Aarhus' -> 'Aarhus Kommune'; the capital's genitive: 'Københavns Kommune'."""
    return "Københavns Kommune" if muni == "København" else f"{muni} Kommune"


def count(n: int, one: str, many: str) -> str:
    """'1 resultat', '2 resultater': Danish agrees the noun with the number."""
    return f"{n} {one if n == 1 else many}"


def danish_date(value: str | None) -> str:
    """'2025-08-27' -> '27. august 2025'; an ISO timestamp also gets its time ('kl. 03:26', the
    time as written, i.e. Copenhagen time as sagsgang writes them). Anything else is returned as is."""
    if not value:
        return ""
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
        t = datetime.fromisoformat(value)
    except ValueError:
        return value
    return f"{t.day}. {MONTHS[t.month - 1]} {t.year} kl. {t:%H:%M}"
