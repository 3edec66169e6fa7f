"""Case identity: (municipality, normalised case number), and committee names made comparable."""
from __future__ import annotations

import re
import unicodedata

from ..parse.bodies import ABBREVIATIONS
from ..parse.casenumbers import normalize_case_number

_SMALL = {"og", "for", "i", "&", "af", "-"}


def case_key(municipality: str | None, number: str) -> str:
    """'Norddjurs', '22/8164' -> 'norddjurs|22/8164'; 'unknown' municipality keeps numbers apart by source."""
    muni = (municipality or "?").casefold()
    return f"{muni}|{normalize_case_number(number)}"


def committee_key(name: str | None) -> str:
    """'Social- og Seniorudvalget (18-21)' and 'social- og seniorudvalget' compare equal; 'ØK' -> økonomiudvalget."""
    if not name:
        return ""
    t = unicodedata.normalize("NFC", name).strip()
    t = ABBREVIATIONS.get(t, t)
    t = re.sub(r"\s*\([^)]*\)", "", t)
    t = re.sub(r"^(?:Aarhus|Københavns)\s+", "", t)
    return re.sub(r"\s+", " ", t).casefold().strip(" .")


def acronym(name: str) -> str:
    """'Børne- og Ungdomsudvalget' -> 'BUU', 'Arbejdsmarkedsudvalget' -> 'AU', 'Teknik- og Miljøudvalget' -> 'TMU'."""
    letters = []
    for word in re.split(r"\s+", re.sub(r"\([^)]*\)", "", name)):
        w = word.strip("-,.")
        if not w or w.casefold() in _SMALL:
            continue
        letters.append(w[0].upper())
        low = w.casefold()
        if low.endswith(("udvalget", "udvalg")) and low not in ("udvalget", "udvalg"):
            letters.append("U")
    return "".join(letters)


def same_body(route_step: str, committee: str | None) -> bool:
    """Does a treatment by `committee` fulfil the planned route step ('AU/BUU/VPU', 'ØK', 'KB')?"""
    if not committee:
        return False
    ck = committee_key(committee)
    for alt in route_step.split("/"):
        alt = alt.strip()
        if not alt:
            continue
        if committee_key(alt) == ck:
            return True
        if alt.isupper() and (acronym(committee) == alt or (alt in ("KB", "BY") and ck in (
                "kommunalbestyrelsen", "byrådet", "byråd", "borgerrepræsentationen"))):
            return True
    return False
