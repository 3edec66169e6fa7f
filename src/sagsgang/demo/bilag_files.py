"""Generated bilag files for the items of generated minutes, with the truth of where each belongs.

Every public case item that lists bilag gets their files the first time the case is treated
(later treatments list the same bilag again; the file is published once). The files look as
publishers leave them: named as the item lists them ('Bilag 2 Tidsplan.pdf'), by their title
alone ('Tidsplan.pdf') or by a number only ('dok_48213.pdf', then only the first lines say what it
is); most beside the minutes, some in another folder; a letterhead, the title and the case's
title on top, the case number printed on some; a share as image-only scans (OCR needed). Some
letters no item lists are written too: their truth is "unlinked".

Truth (OUT/gold/bilag.json): file path relative to OUT/docs -> {"municipality", "case_number",
"title", "minutes", "item_number", "printed_case_number", "file_number", "ambiguous"}, or null for a
file no item lists. The right item of a bilag is an item of its case that lists it (every treatment
of the case lists it). `ambiguous` marks a bilag no reader can tell from another case's, because
real sites print such pairs: another case of the municipality has the same title and lists a bilag
of the same title under the number the file name carries (or at all, when the name carries none),
and the file prints no case number (the generated text around it is the same vocabulary). Such a
file must stay unlinked or go to its own case, never to the other; benchmarks count it apart.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from . import vocabulary as V
from .bilag import bilag_pdf, bilag_text, scanned
from .cases import Meeting

UNLISTED_SHARE = 0.05   # meetings that get a letter no item lists
OTHER_FOLDER = 0.25     # bilag written to a folder of their own instead of beside the minutes
CASE_NUMBER_SHARE = 0.5  # bilag that print their case number
_UNLISTED_TOPICS = ("Henvendelse om hundeskov ved {sted}", "Klage over støj fra festival i {sted}",
                    "Forslag om bænke langs stien i {sted}", "Ønske om cykelparkering ved {sted} station")


def _file_slug(text: str) -> str:
    return re.sub(r"[^\w\-]+", " ", text).strip().replace(" ", "_")[:80] or "bilag"


class BilagWriter:
    """Writes bilag files as meetings are generated; `finish` writes the truth."""

    def __init__(self, docs: Path, scans: float = 0.0) -> None:
        self.docs = docs
        self.scans = scans
        self.truth: dict[str, dict | None] = {}
        self.seen: set[tuple[str, str]] = set()
        # (municipality, case title, bilag title) -> {(case number, number in the item's list)}
        self.listings: dict[tuple[str, str, str], set[tuple[str, str]]] = {}

    def _write(self, rel: str, data: bytes, truth: dict | None) -> None:
        path = self.docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        n = 2
        while rel in self.truth:  # two files of one name in one folder: the second is '… (2)'
            stem, ext = rel.rsplit(".", 1)
            rel = f"{stem} ({n}).{ext}"
            path = self.docs / rel
            n += 1
        path.write_bytes(data)
        self.truth[rel] = truth

    def meeting(self, m: Meeting, minutes: str) -> None:
        rng = random.Random(f"{minutes}:bilag")
        muni_slug = _file_slug(m.municipality.lower())
        for it in m.items:
            case = it.case
            if it.kind == "case":
                for a in case.attachments:
                    key = (m.municipality, case.title.casefold(), a.title.casefold())
                    self.listings.setdefault(key, set()).add((case.number, a.number))
            if it.kind != "case" or not case.public or (m.municipality, case.number) in self.seen:
                continue
            self.seen.add((m.municipality, case.number))
            for a in case.attachments:
                if not a.public:
                    continue
                text = bilag_text(rng, a.title, m.municipality)
                head, rest = text.split("\n", 2)[:2], text.split("\n", 2)[2]
                lines = [*head, case.title]
                printed = rng.random() < CASE_NUMBER_SHARE
                if printed:
                    lines.append(f"Sagsnr.: {case.number}")
                # a bilag repeats what its case is about (a notat its background, a letter what it answers)
                about = next((t for _, t in case.sections if t), "")
                text = "\n".join([*lines, "", about.split("\n\n")[0], rest])
                style = rng.random()
                if style < 0.5:
                    name = f"Bilag {a.number} {a.title}.pdf"
                elif style < 0.85:
                    name = f"{a.title}.pdf"
                else:
                    name = f"dok_{rng.randint(10000, 99999)}.pdf"
                folder = f"bilag_{muni_slug}" if rng.random() < OTHER_FOLDER else ""
                rel = f"{folder}/{_file_slug(name[:-4])}.pdf" if folder else _file_slug(name[:-4]) + ".pdf"
                pdf = bilag_pdf(text)
                if self.scans and rng.random() < self.scans:
                    pdf = scanned(pdf, dpi=200, angle=rng.uniform(-1.0, 1.0))
                self._write(rel, pdf, {"municipality": m.municipality, "case_number": case.number,
                                       "title": a.title, "minutes": minutes, "item_number": it.number,
                                       "printed_case_number": printed, "case_title": case.title,
                                       "file_number": a.number if style < 0.5 else None})
        if rng.random() < UNLISTED_SHARE:
            topic = rng.choice(_UNLISTED_TOPICS).format(sted=rng.choice(V.PLACES))
            self._write(f"henvendelse_{rng.randint(10000, 99999)}.pdf",
                        bilag_pdf(bilag_text(rng, topic, m.municipality)), None)

    def finish(self, path: Path) -> None:
        for truth in self.truth.values():
            if truth is not None:
                key = (truth["municipality"], truth.pop("case_title").casefold(), truth["title"].casefold())
                number = truth["file_number"]
                truth["ambiguous"] = not truth["printed_case_number"] and any(
                    case != truth["case_number"] and number in (None, n) for case, n in self.listings[key])
        path.write_text(json.dumps(self.truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
