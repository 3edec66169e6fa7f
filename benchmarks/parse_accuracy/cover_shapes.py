"""Meeting cover pages in shapes Danish councils print and the other facts nets lack: small invented meeting pages
(a cover, a contents list, three items) whose cover prints the place, the time, the members, the absentees, the
committee or the municipality one way, each read as printed ('lined'), flattened (flattened.py's transcript
layout) and as a PDF transcript whose first page is the cover alone ('pdf'), scored on the meeting's fields.

    PYTHONPATH=src python benchmarks/parse_accuracy/cover_shapes.py [--only NAME] [--show]

Why: on `check` (unseen councils) meeting.location, participants and absent stand below tune (absent recall 0.69;
PDF transcripts read the place on half their pages) while tune is ~1.000: tune no longer shows what an unseen
council prints. The covers here are the shapes the annotation rules name (Participants and absentees: entries as
printed, party kept, role titles and trailing remarks removed, people a members list marks absent kept and also
absent; meeting.absent: the header's Afbud/Fraværende/Forfald; Municipality from the text only), on pages whose
every other line the parser reads well, so that a loss is the cover's. Names are invented. Deterministic.

Each line: the variant, then for `lined`, `flat` and `pdf` the pages whose every expected field is right; --show
prints each miss (field, expected, got).
"""
from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from flattened import flatten
from place_shapes import ITEM_TEXT
from place_shapes import ITEMS as PLACE_ITEMS
from real import variant_parser

from sagsgang.parse import parse_file

A, B, C, D, E = "Anna Berg (A)", "Bo Dal (V)", "Carl Eng (C)", "Dorte Holm (F)", "Erik Juul (O)"
MEMBERS = [A, B, C, D, E]
SUB = "Hans Lund (V)"

COVER = """{top}{kind}
{body}
{cover}
Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Budgetopfølgning for første kvartal
3. Lokalplan for boligområde ved Skovvej
"""
# the three items place_shapes.py prints under its covers, without its running heads and footer: every line of them
# reads well, so a loss is the cover's
ITEMS = re.sub(r"\n{2,}", "\n", PLACE_ITEMS.format(running="", footer="", text=ITEM_TEXT)).lstrip("\n")


Expect = dict[str, object]  # contract field ('location', 'participants', 'absent', 'committee', 'municipality',
#                             'date', 'start_time') -> the value expected
Case = tuple[str, str, Expect]  # (the cover's lines, the page's top lines, expected)


def page(cover: str, top: str = "", kind: str = "Referat", body: str = "Økonomiudvalget") -> tuple[str, str]:
    """(the cover page's text, the rest of the page) of an invented meeting page."""
    head = COVER.format(top=top, kind=kind, body=body, cover=cover)
    cut = head.index("Indholdsfortegnelse")
    return head[:cut], head[cut:] + ITEMS


def as_pdf(cover: str, rest: str) -> str:
    """A PDF transcript: the cover alone on page 1, the rest flattened into the pages after it."""
    firsts = [" ".join(ln.strip() for ln in part.splitlines() if ln.strip()) for part in cover.split("\f")]
    later = flatten(rest, 1200).split("Transkript\n\n", 1)[1]
    pages = firsts + [p.split(" ", 1)[1] for p in later.strip().split("\n\n")]
    title = cover.strip().splitlines()[0]
    return f"{title}\n\nTranskript\n\n" + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)) + "\n"


def _one(cover: str, expect: Expect, **parts: str) -> Callable[[], list[tuple[str, str, Expect]]]:
    return lambda: [(*page(cover, **parts), expect)]


_BASE = {"location": "Byrådssalen", "participants": MEMBERS}
_M = ", ".join(MEMBERS)


def _without(*names: str) -> str:
    return ", ".join(n for n in MEMBERS if n not in names)


VARIANTS: dict[str, Callable[[], list[tuple[str, str, Expect]]]] = {
    # a two-column facts table read column by column: the labels first, then the values in the same order
    "columns-ingen": _one(f"Mødested\nMedlemmer\nFraværende\nByrådssalen\n{_M}\nIngen",
                          {**_BASE, "absent": []}),
    "columns-absent": _one(f"Mødested\nMedlemmer\nFraværende\nByrådssalen\n{_M}\n{B}",
                           {**_BASE, "absent": [B]}),
    "columns-colons": _one(f"Mødested:\nMedlemmer:\nAfbud:\nByrådssalen\n{_M}\n{B}",
                           {**_BASE, "absent": [B]}),
    "columns-sted-caps": _one(f"STED\nMEDLEMMER\nAFBUD\nByrådssalen\n{_M}\nIngen", {**_BASE, "absent": []}),
    "columns-with-date": _one(f"Dato\nTid\nSted\nMedlemmer\n12.03.2026\n16:00\nByrådssalen\n{_M}",
                              {**_BASE, "date": "2026-03-12", "start_time": "16:00"}),
    # labels in capitals, with ':' or neither
    "caps-colon": _one(f"MØDESTED: Byrådssalen\nDELTAGERE: {_M}\nAFBUD: {B}",
                       {**_BASE, "absent": [B]}),
    "caps-bare": _one(f"MØDESTED Byrådssalen\nDELTAGERE {_M}\nAFBUD {B}", {**_BASE, "absent": [B]}),
    "bare-labels": _one(f"Mødested Byrådssalen\nMedlemmer {_M}\nFraværende {B}", {**_BASE, "absent": [B]}),
    "lokale": _one(f"Lokale: Byrådssalen\nDeltagere: {_M}", _BASE),
    "moedelokale": _one(f"Mødelokale: Byrådssalen\nDeltagere: {_M}", _BASE),
    "sted-bare": _one(f"Sted Byrådssalen\nDeltagere {_M}", _BASE),
    # time ranges
    "time-range": _one(f"Mødedato: 12.03.2026\nTidspunkt: kl. 16.00-18.05\nMødested: Byrådssalen\nDeltagere: {_M}",
                       {**_BASE, "start_time": "16:00", "date": "2026-03-12"}),
    "time-start-end": _one(f"Mødedato: 12.03.2026\nMødetidspunkt 16:00\nSluttidspunkt 18:05\nMødested Byrådssalen\n"
                           f"Deltagere: {_M}", {**_BASE, "start_time": "16:00"}),
    "time-start-end-colon": _one(f"Mødedato: 12.03.2026\nStarttidspunkt: 16:00\nSluttidspunkt: 18:05\n"
                                 f"Mødested: Byrådssalen\nDeltagere: {_M}", {**_BASE, "start_time": "16:00"}),
    "time-fra-til": _one(f"Dato: 12.03.2026 fra kl. 16.00 til kl. 18.05\nSted: Byrådssalen\nDeltagere: {_M}",
                         {**_BASE, "start_time": "16:00", "date": "2026-03-12"}),
    # members one a line, with party and role
    "members-lines-roles": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}, formand\n{B}, næstformand\n{C}\n{D}\n{E}",
                                _BASE),
    "members-lines-role-first": _one(f"Mødested: Byrådssalen\nMedlemmer:\nFormand {A}\nNæstformand {B}\n{C}\n{D}\n{E}",
                                     _BASE),
    "members-role-labels": _one(f"Mødested: Byrådssalen\nFormand: {A}\nNæstformand: {B}\nMedlemmer: {C}, {D}, {E}",
                                _BASE),
    "members-role-dash": _one(f"Mødested: Byrådssalen\nDeltagere:\n{A} - formand\n{B} - næstformand\n{C}\n{D}\n{E}",
                              _BASE),
    "members-no-label-lines": _one(f"Mødested: Byrådssalen\n{A}\n{B}\n{C}\n{D}\n{E}", _BASE),
    # a substitute
    "substitute-line": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nAfbud: {B}\n"
                            f"Stedfortræder for {B}: {SUB}",
                            {"location": "Byrådssalen", "absent": [B]}),
    "substitute-in-list": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}, {SUB}, stedfortræder for Bo Dal\n"
                               f"Afbud: {B}",
                               {"location": "Byrådssalen", "participants": [A, C, D, E, SUB], "absent": [B]}),
    # absentees
    "afbud-ingen": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}\nAfbud: Ingen", {**_BASE, "absent": []}),
    # the kind of meeting after the body on the line that dates it (session 45)
    "body-moede-date": _one(f"Deltagere: {_M}", {**_BASE, "committee": "Økonomiudvalget", "date": "2026-03-12",
                                                  "start_time": "16:00"},
                            kind="", body="Økonomiudvalget Møde 12.03.2026 kl. 16.00 Byrådssalen"),
    "body-ordinaert-moede-date": _one(f"Deltagere: {_M}", {**_BASE, "committee": "Økonomiudvalget",
                                                            "date": "2026-03-12", "start_time": "16:00"},
                                      kind="", body="Økonomiudvalget Ordinært møde 12.03.2026 kl. 16.00 Byrådssalen"),
    "body-dash-moede-nr": _one(f"Deltagere: {_M}", {**_BASE, "committee": "Økonomiudvalget", "date": "2026-03-12",
                                                     "start_time": "16:00"},
                               kind="",
                               body="Økonomiudvalget - ekstraordinært møde nr. 3 12.03.2026 kl. 16.00, Byrådssalen"),
    "forfald-ingen": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}\nForfald: Ingen", {**_BASE, "absent": []}),
    "forfald-name": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nForfald: {B}",
                         {"location": "Byrådssalen", "participants": [A, C, D, E], "absent": [B]}),
    "fravaerende-two": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B, D)}\nFraværende: {B} og {D}",
                            {"location": "Byrådssalen", "participants": [A, C, E], "absent": [B, D]}),
    "fravaerende-below": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nFraværende:\n{B}",
                              {"location": "Byrådssalen", "participants": [A, C, D, E], "absent": [B]}),
    "mark-afbud": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B} (afbud)\n{C}\n{D}\n{E}",
                       {**_BASE, "absent": [B]}),
    "mark-fravaerende": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B} - fraværende\n{C}\n{D}\n{E}",
                             {**_BASE, "absent": [B]}),
    "mark-afbud-inline": _one(f"Mødested: Byrådssalen\nMedlemmer: {A}, {B} (afbud), {C}, {D}, {E}",
                              {**_BASE, "absent": [B]}),
    "mark-deltog-ikke": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B}, deltog ikke\n{C}\n{D}\n{E}",
                             {**_BASE, "absent": [B]}),
    # a title sentence
    "title-sentence": _one("Referat af mødet i Økonomiudvalget den 12. marts 2026 kl. 16.00 på Rådhuset\n"
                           f"Deltagere: {_M}",
                           {"committee": "Økonomiudvalget", "date": "2026-03-12", "start_time": "16:00",
                            "location": "Rådhuset", "participants": MEMBERS}, kind="", body=""),
    "title-held": _one(f"Mødedato: 12.03.2026\nMødet blev holdt kl. 16.00 i Byrådssalen.\nDeltagere: {_M}",
                       {**_BASE, "start_time": "16:00"}),
    # a region's committees
    "region-forretning": _one(f"Mødested: Regionshuset\nDeltagere: {_M}",
                              {"municipality": "Region Midtjylland", "committee": "Forretningsudvalget",
                               "location": "Regionshuset"}, top="Region Midtjylland\n",
                              body="Forretningsudvalget"),
    "region-udvalg": _one(f"Mødested: Regionshuset\nDeltagere: {_M}",
                          {"municipality": "Region Sjælland", "committee": "Udvalg for det nære sundhedsvæsen",
                           "location": "Regionshuset"}, top="Region Sjælland\n",
                          body="Udvalg for det nære sundhedsvæsen"),
    "region-raad": _one(f"Mødested: Regionsrådssalen\nDeltagere: {_M}",
                        {"municipality": "Region Nordjylland", "committee": "Regionsrådet",
                         "location": "Regionsrådssalen"}, top="REGION NORDJYLLAND\n", body="Regionsrådet"),
    # people who are no members
    "moedeleder-referent": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}\nMødeleder: {A}\nReferent: Jens Sø",
                                _BASE),
    "sekretaer": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}\nSekretær: Jens Sø\nAfbud: Ingen",
                      {**_BASE, "absent": []}),
    "referent-before": _one(f"Mødested: Byrådssalen\nReferent: Jens Sø\nDeltagere: {_M}", _BASE),
    # more columns: a value left empty, the columns after the date and time
    "columns-empty-last": _one(f"Mødested\nMedlemmer\nFraværende\nByrådssalen\n{_M}", _BASE),
    "columns-four": _one(f"Mødedato\nMødetidspunkt\nMødested\nAfbud\n12.03.2026\n16:00\nByrådssalen\n{B}\n"
                         f"Deltagere: {_M}", {**_BASE, "absent": [B], "start_time": "16:00"}),
    "columns-tabs": _one(f"Mødested\tByrådssalen\nMedlemmer\t{_M}\nFraværende\tIngen", {**_BASE, "absent": []}),
    # more time shapes
    "time-dash-spaced": _one(f"Mødedato: 12.03.2026\nTidspunkt: 16:00 - 18:05\nMødested: Byrådssalen\n"
                             f"Deltagere: {_M}", {**_BASE, "start_time": "16:00"}),
    "time-start-slut": _one(f"Dato: 12.03.2026\nStart: 16:00\nSlut: 18:05\nSted: Byrådssalen\nDeltagere: {_M}",
                            {**_BASE, "start_time": "16:00"}),
    "time-moedetid": _one(f"Dato: 12.03.2026\nMødetid: 16.00-18.05\nMødested: Byrådssalen\nDeltagere: {_M}",
                          {**_BASE, "start_time": "16:00"}),
    "time-date-range": _one(f"Torsdag den 12. marts 2026 kl. 16.00-18.05\nMødested: Byrådssalen\nDeltagere: {_M}",
                            {**_BASE, "start_time": "16:00", "date": "2026-03-12"}),
    "time-caps-labels": _one(f"MØDEDATO 12.03.2026\nMØDETIDSPUNKT 16.00 - 18.05\nMØDESTED Byrådssalen\n"
                             f"DELTAGERE {_M}", {**_BASE, "start_time": "16:00", "date": "2026-03-12"}),
    "time-startede": _one(f"Mødedato: 12.03.2026\nMødested: Byrådssalen\nDeltagere: {_M}\n"
                          f"Mødet startede kl. 16.00 og sluttede kl. 18.05.", {**_BASE, "start_time": "16:00"}),
    # more members shapes
    "members-party-role-paren": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A} (formand)\n{B} (næstformand)\n{C}\n"
                                     f"{D}\n{E}", _BASE),
    "members-role-no-comma": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A} Formand\n{B} Næstformand\n{C}\n{D}\n{E}",
                                  _BASE),
    "members-caps-label-below": _one(f"MØDESTED\nByrådssalen\nMEDLEMMER\n{A}\n{B}\n{C}\n{D}\n{E}\nAFBUD\nIngen",
                                     {**_BASE, "absent": []}),
    "members-bullets": _one(f"Mødested: Byrådssalen\nMedlemmer:\n• {A}, formand\n• {B}\n• {C}\n• {D}\n• {E}",
                            _BASE),
    "members-til-stede": _one(f"Mødested: Byrådssalen\nTil stede: {_without(B)}\nIkke til stede: {B}",
                              {"location": "Byrådssalen", "participants": [A, C, D, E], "absent": [B]}),
    "members-udvalgsmedlemmer": _one(f"Mødested: Byrådssalen\nUdvalgsmedlemmer: {_M}", _BASE),
    "members-then-afbud-lines": _one(f"Mødested: Byrådssalen\nDeltagere:\n{A}\n{C}\n{D}\n{E}\nAfbud:\n{B}",
                                     {"location": "Byrådssalen", "participants": [A, C, D, E], "absent": [B]}),
    "substitute-stedfortraeder-label": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nAfbud: {B}\n"
                                            f"Stedfortræder: {SUB}", {"location": "Byrådssalen", "absent": [B]}),
    "substitute-suppleant-line": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nFraværende: {B}\n"
                                      f"Suppleant for {B}: {SUB}", {"location": "Byrådssalen", "absent": [B]}),
    # more absentee shapes
    "afbud-fra": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nAfbud fra: {B}",
                      {"location": "Byrådssalen", "absent": [B]}),
    "meldt-afbud": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nMeldt afbud: {B}",
                        {"location": "Byrådssalen", "absent": [B]}),
    "fravaer-caps-ingen": _one(f"MØDESTED: Byrådssalen\nDELTAGERE: {_M}\nFRAVÆRENDE: INGEN", {**_BASE, "absent": []}),
    "afbud-dash-ingen": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}\nAfbud: -", {**_BASE, "absent": []}),
    "mark-afbud-dash": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B} - afbud\n{C}\n{D}\n{E}",
                            {**_BASE, "absent": [B]}),
    "mark-fravaerende-paren": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B} (fraværende)\n{C}\n{D}\n{E}",
                                   {**_BASE, "absent": [B]}),
    "mark-forfald-comma": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B}, forfald\n{C}\n{D}\n{E}",
                               {**_BASE, "absent": [B]}),
    "mark-meldt-afbud": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B} - meldt afbud\n{C}\n{D}\n{E}",
                             {**_BASE, "absent": [B]}),
    "mark-afbud-role": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}, formand\n{B}, næstformand (afbud)\n{C}\n"
                            f"{D}\n{E}", {**_BASE, "absent": [B]}),
    # more title sentences
    "title-sentence-i": _one("Referat af mødet i Økonomiudvalget den 12. marts 2026 kl. 16.00 i Byrådssalen\n"
                             f"Deltagere: {_M}", {"committee": "Økonomiudvalget", "date": "2026-03-12",
                                                  "start_time": "16:00", "location": "Byrådssalen"},
                             kind="", body=""),
    "title-genitive": _one("Referat fra Økonomiudvalgets møde den 12. marts 2026 kl. 16.00 i Byrådssalen\n"
                           f"Deltagere: {_M}", {"committee": "Økonomiudvalget", "date": "2026-03-12",
                                                "start_time": "16:00", "location": "Byrådssalen"},
                           kind="", body=""),
    "title-held-date": _one(f"Mødet blev holdt den 12. marts 2026 kl. 16.00 på Rådhuset.\nDeltagere: {_M}",
                            {"date": "2026-03-12", "start_time": "16:00", "location": "Rådhuset"}),
    "title-afholdt-sentence": _one(f"Mødet afholdtes torsdag den 12. marts 2026 kl. 16.00 i Byrådssalen.\n"
                                   f"Deltagere: {_M}", {"date": "2026-03-12", "start_time": "16:00",
                                                        "location": "Byrådssalen"}),
    # committees
    "committee-label": _one(f"Udvalg: Økonomiudvalget\nMødedato: 12.03.2026\nMødested: Byrådssalen\nDeltagere: {_M}",
                            {**_BASE, "committee": "Økonomiudvalget"}, body=""),
    "committee-caps": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}", {**_BASE, "committee": "ØKONOMIUDVALGET"},
                           body="ØKONOMIUDVALGET"),
    "committee-udvalget-for": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}",
                                   {**_BASE, "committee": "Udvalget for Teknik og Miljø"},
                                   body="Udvalget for Teknik og Miljø"),
    "committee-kind-after": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}",
                                 {**_BASE, "committee": "Børne- og Skoleudvalget"}, kind="Børne- og Skoleudvalget",
                                 body="Referat"),
    "region-caps-forretning": _one(f"Mødested: Regionshuset\nDeltagere: {_M}",
                                   {"municipality": "Region Hovedstaden", "committee": "Forretningsudvalget"},
                                   top="REGION HOVEDSTADEN\n", body="Forretningsudvalget"),
    "region-in-title": _one(f"Mødested: Regionshuset\nDeltagere: {_M}",
                            {"municipality": "Region Syddanmark", "committee": "Regionsrådet"},
                            kind="Referat - Regionsrådet - Region Syddanmark", body=""),
    "region-raad-plain": _one(f"Mødested: Regionsrådssalen\nDeltagere: {_M}",
                              {"municipality": "Region Nordjylland", "committee": "Regionsrådet"},
                              top="Region Nordjylland\n", body="Regionsrådet"),
    # people who are no members
    "mødeleder-first": _one(f"Mødested: Byrådssalen\nMødeleder: {A}\nDeltagere: {_M}\nReferent: Jens Sø", _BASE),
    "protokolfoerer": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}\nProtokolfører: Jens Sø", _BASE),
    "referent-caps": _one(f"MØDESTED: Byrådssalen\nDELTAGERE: {_M}\nREFERENT: Jens Sø\nAFBUD: Ingen",
                          {**_BASE, "absent": []}),
    "sekretaer-lines": _one(f"Mødested: Byrådssalen\nMedlemmer:\n{A}\n{B}\n{C}\n{D}\n{E}\nSekretær:\nJens Sø",
                            _BASE),
}

PLACES = ["Mødelokale 1.14", "Rådhuset, lokale 215", "Online via Teams", "Hotel Strand, Østerøvej 2, 5800 Nyborg",
          "Byrådssalen, Rådhuset", "Udvalgsværelse 3", "Sognegården i Ørum", "Mødelokale B, Torvet 1"]
PEOPLE = ["Jens Peter Ølgaard-Hansen (Ø)", "Mette Kjær (A)", "Lars Ib Nielsen (V)", "Susanne Ahmadi (SF)",
          "Ole Bach (DF)"]


def _places(cover: Callable[[str], str], **parts: str) -> Callable[[], list[tuple[str, str, Expect]]]:
    """A page per place shape, `cover`(place) its cover; the place and the members expected."""
    return lambda: [(*page(cover(p), **parts), {"location": p, "participants": MEMBERS}) for p in PLACES]


def _people(cover: Callable[[list[str]], str], expect: Callable[[list[str]], Expect]
            ) -> Callable[[], list[tuple[str, str, Expect]]]:
    """Pages whose members are `PEOPLE` rotated (each name first once), `cover`(people) the cover."""
    rotations = [PEOPLE[k:] + PEOPLE[:k] for k in range(len(PEOPLE))]
    return lambda: [(*page(cover(r)), expect(r)) for r in rotations]


VARIANTS.update({
    # the place's value in other shapes, the next label bare or in capitals
    "places-bare": _places(lambda p: f"Mødedato 12.03.2026\nMødetidspunkt 16:00\nMødested {p}\nMedlemmer {_M}"),
    "places-sted-colon": _places(lambda p: f"Dato: 12.03.2026\nStart kl.: 16:00\nSlut kl.: 18:05\nSted: {p}\n"
                                           f"Medlemmer: {_M}"),
    "places-caps": _places(lambda p: f"MØDEDATO 12.03.2026\nMØDESTED {p}\nDELTAGERE {_M}"),
    "places-lokale-bare": _places(lambda p: f"Dato 12.03.2026\nTid 16:00\nLokale {p}\nDeltagere {_M}"),
    "places-then-bemaerk": _places(lambda p: f"Mødested: {p}\nBemærkninger: Mødet blev hævet kl. 18.05\n"
                                             f"Deltagere: {_M}"),
    "places-columns": _places(lambda p: f"Dato\nTid\nSted\n12.03.2026\n16:00\n{p}\nMedlemmer: {_M}"),
    "places-absent-first": _places(lambda p: f"Mødested: {p}\nFraværende: Ingen\nDeltagere: {_M}"),
    "places-time-range-after": _places(lambda p: f"Mødedato: 12.03.2026\nMødested: {p}\n"
                                                 f"Mødetidspunkt: 16:00-18:05\nDeltagere: {_M}"),
    # the members in other shapes
    "people-comma": _people(lambda r: f"Mødested: Byrådssalen\nDeltagere: {', '.join(r)}",
                            lambda r: {"participants": r}),
    "people-lines": _people(lambda r: "Mødested: Byrådssalen\nMedlemmer:\n" + "\n".join(r),
                            lambda r: {"participants": r}),
    "people-bare-label": _people(lambda r: "Mødested Byrådssalen\nMedlemmer " + " ".join(r),
                                 lambda r: {"participants": r}),
    "people-roles-lines": _people(lambda r: "Mødested: Byrådssalen\nMedlemmer:\n" + f"{r[0]}, formand\n"
                                  + f"{r[1]}, næstformand\n" + "\n".join(r[2:]), lambda r: {"participants": r}),
    "people-absent-marked": _people(lambda r: "Mødested: Byrådssalen\nMedlemmer:\n" + f"{r[0]}\n{r[1]} (afbud)\n"
                                    + "\n".join(r[2:]), lambda r: {"participants": r, "absent": [r[1]]}),
    "people-afbud-label": _people(lambda r: f"Mødested: Byrådssalen\nDeltagere: {', '.join(r[1:])}\nAfbud: {r[0]}",
                                  lambda r: {"participants": r[1:], "absent": [r[0]]}),
    "people-columns": _people(lambda r: f"Mødested\nMedlemmer\nAfbud\nByrådssalen\n{', '.join(r[1:])}\n{r[0]}",
                              lambda r: {"participants": r[1:], "absent": [r[0]], "location": "Byrådssalen"}),
})

NAMES_ONLY = ["Anna Berg", "Bo Dal", "Carl Eng", "Dorte Holm", "Erik Kjær"]
_N = ", ".join(NAMES_ONLY)

VARIANTS.update({
    # names without parties
    "names-comma": _one(f"Mødested: Byrådssalen\nDeltagere: {_N}", {"participants": NAMES_ONLY}),
    "names-lines": _one("Mødested: Byrådssalen\nMedlemmer:\n" + "\n".join(NAMES_ONLY), {"participants": NAMES_ONLY}),
    "names-lines-afbud": _one("Mødested: Byrådssalen\nMedlemmer:\n" + "\n".join(NAMES_ONLY[1:]) + "\nAfbud:\nAnna Berg",
                              {"participants": NAMES_ONLY[1:], "absent": ["Anna Berg"]}),
    "names-party-dash": _one("Mødested: Byrådssalen\nMedlemmer:\nAnna Berg - A\nBo Dal - V\nCarl Eng - C",
                             {"participants": ["Anna Berg - A", "Bo Dal - V", "Carl Eng - C"]}),
    "names-party-comma": _one("Mødested: Byrådssalen\nMedlemmer: Anna Berg, A, Bo Dal, V, Carl Eng, C",
                              {"participants": ["Anna Berg, A", "Bo Dal, V", "Carl Eng, C"]}),
    # an absentee's reason, a substitute on the absentee's line
    "afbud-reason": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nAfbud: {B} (sygdom)",
                         {"location": "Byrådssalen", "absent": [B]}),
    "afbud-i-stedet": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B)}\nAfbud: {B}, i stedet mødte {SUB}",
                           {"location": "Byrådssalen", "absent": [B]}),
    "afbud-two-lines": _one(f"Mødested: Byrådssalen\nDeltagere: {_without(B, D)}\nAfbud:\n{B}\n{D}",
                            {"location": "Byrådssalen", "absent": [B, D]}),
    # the place: an address alone, an end time or a chair's label after it
    "place-address": _one(f"Mødested: Torvet 1, 4000 Roskilde\nDeltagere: {_M}",
                          {"location": "Torvet 1, 4000 Roskilde", "participants": MEMBERS}),
    "place-then-end": _one(f"Mødedato: 12.03.2026\nMødetidspunkt: 16:00\nMødested: Byrådssalen\nMødet hævet: 18:05\n"
                           f"Deltagere: {_M}", {**_BASE, "start_time": "16:00"}),
    "place-then-chair": _one(f"Mødested: Byrådssalen\nMødeleder: {A}\nMedlemmer: {_M}", _BASE),
    "place-then-stedfortraedere": _one(f"Mødested: Byrådssalen\nFraværende: Ingen\nStedfortrædere: Ingen\n"
                                       f"Deltagere: {_M}", {**_BASE, "absent": []}),
    "place-one-line-facts": _one(f"Mødedato: 12. marts 2026 Mødetidspunkt: 16:00 - 18:05 Mødested: Byrådssalen "
                                 f"Mødeleder: Anna Berg\nDeltagere: {_M}", {**_BASE, "start_time": "16:00"}),
    # a running head printed before the facts
    "running-head": _one(f"Økonomiudvalget 12-03-2026 Side 1 af 8\nMødested: Byrådssalen\nDeltagere: {_M}",
                         {**_BASE, "date": "2026-03-12"}),
    "kind-first-date-title": _one(f"Mødested: Byrådssalen\nDeltagere: {_M}",
                                  {**_BASE, "committee": "Økonomiudvalget", "date": "2026-03-12"},
                                  body="Økonomiudvalget\nTorsdag den 12. marts 2026"),
})

# places without a room's or building's word, in lower case, a council's own hall's name, a town after a comma
PLACES2 = ["Skovlyst", "Hotel Nyborg Strand", "Jobcentret", "Teams", "mødelokale 2", "Kommunalbestyrelsessalen",
           "Biblioteket, Skolegade 2", "Mødelokale Fanø", "Lokale 1.14", "Hørsholm Rådhus, Ådalsparkvej 2, lokale 101",
           "Borgerservice, 1. sal", "Multihuset, Vestergade 5, Ribe"]


def _places2(cover: Callable[[str], str]) -> Callable[[], list[tuple[str, str, Expect]]]:
    return lambda: [(*page(cover(p)), {"location": p, "participants": MEMBERS}) for p in PLACES2]


VARIANTS.update({
    "places2-colon": _places2(lambda p: f"Mødedato: 12.03.2026\nMødetidspunkt: 16:00\nMødested: {p}\nDeltagere: {_M}"),
    "places2-bare": _places2(lambda p: f"Mødedato 12.03.2026\nMødetidspunkt 16:00\nMødested {p}\nMedlemmer {_M}"),
    "places2-caps": _places2(lambda p: f"MØDEDATO 12.03.2026\nMØDESTED {p}\nMEDLEMMER {_M}"),
    "places2-then-fravaer": _places2(lambda p: f"Mødested: {p}\nFraværende: Ingen\nDeltagere: {_M}"),
    "places2-sted-end": _places2(lambda p: f"Dato: 12.03.2026\nStart: 16:00\nSlut: 18:05\nSted: {p}\nDeltagere: {_M}"),
})

VARIANTS.update({
    # a cover page of its own (the title, the date), the facts on the next page (a '\f' parts the PDF's pages)
    "page2-facts": _one(f"Torsdag den 12. marts 2026 kl. 16.00\f\nMødested: Byrådssalen\nDeltagere: {_M}\n"
                        f"Afbud: Ingen", {**_BASE, "absent": [], "date": "2026-03-12", "start_time": "16:00"}),
    "page2-facts-bare": _one(f"12. marts 2026\f\nMødested Byrådssalen\nMedlemmer {_M}\nFraværende {B}",
                             {**_BASE, "absent": [B], "date": "2026-03-12"}),
    # the body, date, time and place on one title line
    "title-line-i": _one(f"Deltagere: {_M}", {**_BASE, "committee": "Økonomiudvalget", "date": "2026-03-12",
                                              "start_time": "16:00"},
                         body="Økonomiudvalget den 12. marts 2026 kl. 16.00 i Byrådssalen"),
    "title-line-comma": _one(f"Deltagere: {_M}", {**_BASE, "committee": "Økonomiudvalget", "date": "2026-03-12",
                                                  "start_time": "16:00"},
                             body="Økonomiudvalget, 12. marts 2026, kl. 16.00, Byrådssalen"),
    "title-line-dash": _one(f"Deltagere: {_M}", {**_BASE, "committee": "Økonomiudvalget", "date": "2026-03-12"},
                            body="Økonomiudvalget - 12.03.2026 - Byrådssalen"),
    "facts-reversed": _one(f"Mødested: Byrådssalen\nMødetidspunkt: 16:00\nMødedato: 12. marts 2026\nDeltagere: {_M}",
                           {**_BASE, "date": "2026-03-12", "start_time": "16:00"}),
})

_LAYOUTS = ("lined", "flat", "pdf")


def _text(cover: str, rest: str, layout: str) -> str:
    if layout == "lined":
        return (cover + rest).replace("\f", "\n")
    if layout == "flat":
        return flatten((cover + rest).replace("\f", "\n"), 1200)
    return as_pdf(cover, rest)


def _got(text: str, scratch: Path) -> dict:
    f = scratch / "page.txt"
    f.write_text(text, encoding="utf-8")
    c = parse_file(f).to_contract()
    m = c.get("meeting") or {}
    return {"municipality": c.get("municipality"), **m}


def main(argv: list[str] | None = None) -> int:
    ap = variant_parser(__doc__.split("\n\n")[0], VARIANTS)
    ap.add_argument("--show", action="store_true", help="print each miss (layout, field, expected, got)")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-covers-"))
    print(f"{'variant':28s} {'lined':>7s} {'flat':>7s} {'pdf':>7s}", flush=True)
    totals = dict.fromkeys(_LAYOUTS, 0)
    count = 0
    for name in args.only or VARIANTS:
        cases = VARIANTS[name]()
        cols, misses = [], []
        for layout in _LAYOUTS:
            ok = 0
            for cover, rest, want in cases:
                got = _got(_text(cover, rest, layout), scratch)
                wrong = [(k, v, got.get(k)) for k, v in want.items() if got.get(k) != v]
                ok += not wrong
                misses += [f"    {layout} {k}: want {v!r} got {g!r}" for k, v, g in wrong]
            totals[layout] += ok
            cols.append(f"{ok}/{len(cases)}")
        count += len(cases)
        print(f"{name:28s} {cols[0]:>7s} {cols[1]:>7s} {cols[2]:>7s}", flush=True)
        if args.show and misses:
            print("\n".join(misses), flush=True)
    print(f"{'all':28s} " + " ".join(f"{totals[k]:>3d}/{count:<3d}" for k in _LAYOUTS), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
