"""Plain-text renderings that imitate real published documents line for line:
FirstAgenda minutes ("REFERAT <udvalg> d. dd-mm-yyyy", "Punkt N: Title") and the Acadre/Norddjurs
single-case write-up ("22/8164 Åben Sag", "Sagsgang", "Beslutning i X den dd-mm-yyyy", "Bilag:")."""
from __future__ import annotations

import random

from .cases import Case, Decision, Item, Meeting, kommune

WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}-{m}-{y}"


def long_date(iso: str) -> str:
    from datetime import date
    d = date.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]} d. {d.day}. {MONTHS[d.month - 1]} {d.year}"


def decision_paragraphs(d: Decision) -> list[str]:
    """The decision as printed: outcome text, then the absentees as a label or a sentence."""
    paras = [d.text]
    if d.absent:
        if d.absent_style == "sentence":
            paras.append(f"{' og '.join(d.absent)} deltog ikke i sagens behandling.")
        else:
            paras.append("Fraværende: " + ", ".join(d.absent))
    return paras


def decision_text(d: Decision) -> str:
    """The decision text as the contract has it: a sentence naming absentees stays, a label does not."""
    if d.absent and d.absent_style == "sentence":
        return f"{d.text}\n\n{' og '.join(d.absent)} deltog ikke i sagens behandling."
    return d.text


def firstagenda_item_sections(item: Item, heading: str = "Beslutning",
                              agenda: bool = False) -> list[tuple[str, str]]:
    """(heading, body) blocks of one open FirstAgenda item, in print order (no decision on an agenda)."""
    case = item.case
    if item.kind == "eventuelt":
        return [] if agenda else [(heading, "-")]
    out: list[tuple[str, str]] = []
    if item.decision is not None and not agenda:
        out.append((heading, "\n\n".join(decision_paragraphs(item.decision))))
    out.extend(case.sections)
    out.append(("Behandling", ", ".join(case.route) + "."))
    if case.attachments:
        out.append(("Bilag", "\n\n".join(a.title for a in case.attachments)))
    return out


def firstagenda_text(m: Meeting) -> str:
    """FirstAgenda minutes as its text export prints them (cf. corpus 004_*.txt)."""
    out = ["", "", f"{'DAGSORDEN' if m.agenda else 'REFERAT'} {m.committee} d. {dmy(m.date)}", "",
           f"Mødedato {long_date(m.date)} kl. {m.start_time}", "",
           f"Mødested {m.location}", "",
           f"Mødedeltagere {', '.join(m.participants)}", ""]
    if m.absent:
        out += [f"Afbud {', '.join(m.absent)}", ""]
    out += ["Indholdsfortegnelse", ""]
    for i, it in enumerate(m.items):
        prefix = "Lukket: " if not it.case.public else ""
        out.append(f"{prefix}{it.case.title}.....\t{i + 3}")
    out.append("")
    for it in m.items:
        prefix = "Lukket: " if not it.case.public else ""
        out += [f"Punkt {it.number}: {prefix}{it.case.title}", ""]
        if it.case.number:
            out += [it.case.number, ""]
        if it.kind == "closed":
            continue
        for heading, body in firstagenda_item_sections(it, m.decision_heading, m.agenda):
            out += [heading, "", body, ""]
    return "\n".join(out).rstrip() + "\n"


def acadre_case_text(case: Case) -> str:
    """One case with its whole treatment history, Norddjurs/Acadre style (cf. corpus 000_*.txt)."""
    out = ["", "", case.title, "", f"{case.number} Åben Sag", "", "Sagsgang", "",
           ", ".join(case.route_abbrev), ""]
    for heading, body in case.sections:
        out += [heading, "", body, ""]
    for d in case.decisions:
        out += [f"Beslutning i {d.committee} den {dmy(d.date)}", "", d.text, ""]
        if d.absent and d.absent_style == "sentence":
            out += [f"{' og '.join(d.absent)} deltog ikke i sagens behandling.", ""]
        elif d.absent:
            out += ["Fraværende:", "", *[x for a in d.absent for x in (a, "")]]
    if case.attachments:
        out += ["Bilag:", ""]
        for a in case.attachments:
            status = "Åben" if a.public else "Lukket"
            out.append(f"{a.number} -\t{status}\t{a.title}\t({_docno(case, a)})\t(H)")
            out.append(f"{3300000 + len(a.title) * 7919 % 99999}\t\t\t\t")
    return "\n".join(out).rstrip() + "\n"


def _docno(case: Case, a: object) -> str:
    """The Acadre document number printed after a bilag title, e.g. '108896/22'."""
    digits = "".join(ch for ch in case.number if ch.isdigit())[-5:] or "1"
    year = case.decisions[-1].date[2:4] if case.decisions else "24"
    return f"{int(digits) * 3 % 99999 + 100000}/{year}"


def fredensborg_sections(case: Case) -> list[tuple[str, str]]:
    """The Fredensborg write-up's fixed headings, filled from the case's own text."""
    body = dict(case.sections)
    story = body.get("Sagsfremstilling", "")
    topic = case.title[0].lower() + case.title[1:]
    return [
        ("Beslutningstema", f"{case.route[0]} skal tage stilling til {topic}."),
        ("Sagsfremstilling og økonomi", story),
        ("Bevilling", body.get("Økonomiske konsekvenser", "Sagen har ingen bevillingsmæssige konsekvenser.")),
        ("Kompetence", f"{case.route[-1]}."),
        ("Indstilling", "  1. " + body.get("Indstilling", "At sagen drøftes.").replace(
            "Forvaltningen indstiller, at ", "At ")),
    ]


def fredensborg_case_text(case: Case) -> str:
    """One case, Fredensborg style (cf. corpus 002_*.txt): "Nr.148 - Title", "Sagsnr.: 16/31575",
    paragraphs separated by a line holding one space, "Beslutning i X den dd-mm-yyyy" blocks."""
    number = case.decisions[-1].item_number
    out = [f"Nr.{number} - {case.title}", "", f"Sagsnr.: {case.number}", "", " ", ""]
    for heading, body in fredensborg_sections(case):
        out += [heading, ""]
        for para in body.split("\n\n"):
            out += [para, "", " ", ""]
    for d in case.decisions:
        out += [f"Beslutning i {d.committee} den {dmy(d.date)}", ""]
        for para in decision_paragraphs(d):
            out += [para, "", " ", ""]
    return "\n".join(out).rstrip() + "\n"


def edoc_number(case: Case) -> str:
    """The eDoc number printed next to the F2 one on København notes (its own, longer serial)."""
    year, _, serial = case.number.partition(" - ")
    return f"{year}-0{300000 + int(serial or 0) * 37 % 600000:06d}"


def kbh_note_text(case: Case, iso: str) -> str:
    """København orientation note (cf. corpus 003_*.txt) with the F2/eDoc metadata block."""
    body = dict(case.sections)
    story = body.get("Sagsfremstilling", "")
    paras = story.split("\n\n")
    out = ["", "", "", "", "Orientering", "", f"Til {' og '.join(case.route[-2:])}", "", case.title, "",
           "Sagen", "", paras[0], "", "Baggrund", "", "\n\n".join(paras[1:]) or paras[0], "",
           "Videre proces", "", body.get("Økonomiske konsekvenser", "Forvaltningen følger op på sagen."), ""]
    if case.attachments:
        out += ["Bilag", ""] + [f"- {a.title}" for a in case.attachments] + [""]
    digits = "".join(ch for ch in case.number if ch.isdigit())
    out += [dmy(iso), "", "Sagsnummer i F2", case.number, "", "Dokumentnummer i F2",
            str(2000000 + int(digits[-6:] or 0)), "", "Sagsnummer eDoc", edoc_number(case), "",
            "Sagsbehandler", "Rikke Vang Ziirsen", ""]
    return "\n".join(out).rstrip() + "\n"


def listed_meeting_text(m: Meeting) -> str:
    """Minutes whose items are first listed on one flattened line ("1. Title 2. Title …", closed ones
    "(FOR LUKKEDE DØRE)"), as text extraction of a PDF table of contents leaves them, then printed
    as "N. Title" bodies with "Sagsnr.:" and unnamed "Beslutning" headings; the meeting facts are
    label: value lines. Agendas list their items as "åbent N Title" / "lukket N Title" rows only, or
    (paged_contents) as "Title ........ page" lines without numbers."""
    kind = "Dagsorden" if m.agenda else "Referat"
    if label_blocks(m):
        # each label on a line of its own with its value below it; members as a bulleted list
        out = [f"{kind} {m.committee}", "", "Mødedato", f"{dmy(m.date)} kl. {m.start_time}", "Mødested", m.location,
               "Deltagere", *[f"• {p}" for p in m.participants]]
        if m.absent:
            out += ["Afbud", *[f"• {p}" for p in m.absent]]
    else:
        out = [f"{kind} {m.committee}", "", f"Mødedato: {dmy(m.date)}", f"Mødetidspunkt: {m.start_time}",
               f"Mødested: {m.location}", f"Deltagere: {', '.join(m.participants)}"]
        if m.absent:
            out.append(f"Fraværende: {', '.join(m.absent)}")
    out.append("")
    if m.agenda and paged_contents(m):
        # a contents list that prints no item numbers: each title with its page behind a leader
        out += ["Indhold", ""]
        out += [f"{it.case.title}{'' if it.case.public else ' (Lukket)'} ........ {2 + 2 * k}"
                for k, it in enumerate(m.items)]
        return "\n".join(out).rstrip() + "\n"
    if m.agenda:
        out += ["Dagsordenspunkter", ""]
        out += [f"  {'åbent' if it.case.public else 'lukket'} {it.number} {it.case.title}" for it in m.items]
        return "\n".join(out).rstrip() + "\n"
    listed = " ".join(f"{it.number}. {it.case.title}{'' if it.case.public else ' (FOR LUKKEDE DØRE)'}"
                      for it in m.items)
    out += [f"Indholdsfortegnelse {listed}", ""]
    for it in m.items:
        out += [f"{it.number}. {it.case.title}{'' if it.case.public else ' (FOR LUKKEDE DØRE)'}", ""]
        if it.case.number:
            out += [f"Sagsnr.: {it.case.number}", ""]
        for heading, body in listed_item_sections(it, genitive_heading(m)):
            out += [heading, "", body, ""]
    return "\n".join(out).rstrip() + "\n"


def paged_contents(m: Meeting) -> bool:
    """Whether a listed-items agenda prints its contents without item numbers, pages behind leaders
    (the label-block half of the agendas), so the item numbers are not on the page."""
    return m.agenda and label_blocks(m)


def label_blocks(m: Meeting) -> bool:
    """Whether a listed-items page prints its facts as label blocks and names the deciding body in
    the genitive ("Økonomiudvalgets beslutning den …"): a fixed half of the meetings."""
    return m.seq % 2 == 1


def listed_item_sections(it: Item, genitive: str | None = None) -> list[tuple[str, str]]:
    """(heading, body) blocks of one item of `listed_meeting_text` minutes; `genitive` is the
    decision heading naming the body ("Økonomiudvalgets beslutning den 03-04-2024:")."""
    if it.kind == "closed":
        return []
    out = list(it.case.sections) if it.kind == "case" else []
    out.append((genitive or "Beslutning", "\n\n".join(decision_paragraphs(it.decision)) if it.decision else "-"))
    return out


def genitive_heading(m: Meeting) -> str | None:
    return f"{m.committee}s beslutning den {dmy(m.date)}:" if label_blocks(m) else None


# one-word headings printed run into their text on a transcript page; others keep a colon
_RUN_IN_HEADINGS = ("Sagsfremstilling", "Indstilling", "Høring", "Beslutning")


def transcript_meeting_text(m: Meeting) -> str:
    """Minutes as a PDF transcript site prints them (docplayer and the like): the page's chrome, then
    each PDF page flattened onto one line behind its page number. Page 1 holds the meeting facts,
    page 2 the contents list with a page column and the open/closed group headings (in half of them
    without the item numbers, which extraction lost; in one of five no contents page), then a page per
    item: running header, "N. Title" (or "Punkt N Title", "Pkt. N Title"), "Sagsnr.: …", headings run
    into their text, and the decision heading naming the body ("Beslutning Økonomiudvalget den dd-mm-yyyy:")."""
    kind = "Dagsorden" if m.agenda else "Referat"
    facts = (f"{kind} {m.committee} Mødedato: {dmy(m.date)} Mødetidspunkt: {m.start_time} "
             f"Mødested: {m.location} Deltagere: {', '.join(m.participants)}")
    if m.absent:
        facts += f" Fraværende: {', '.join(m.absent)}"
    # half the lists lost their item numbers in extraction: only the page column is left (a page an item)
    lost = random.Random(f"{m.committee}:{m.date}:lost").random() < 0.5
    # the header's label ('1. Title', 'Punkt 1 Title', 'Pkt. 1 Title'); one in five has no contents page
    style = random.Random(f"{m.committee}:{m.date}:style")
    label, no_contents = style.choice(["", "", "Punkt ", "Pkt. "]), style.random() < 0.2
    toc, shown = ["Indholdsfortegnelse Tekst Side" if lost else "Indholdsfortegnelse Pkt. Tekst Side"], None
    for k, it in enumerate(m.items):
        if it.case.public != shown:  # a group heading where the items turn open or closed
            toc.append("Åbne dagsordenspunkter" if it.case.public else "Lukkede dagsordenspunkter")
            shown = it.case.public
        toc.append(f"{it.case.title} {k + 3}" if lost else f"{label}{it.number} {it.case.title} {k + 3}")
    pages = [facts] if no_contents else [facts, " ".join(toc)]
    for it in m.items:
        # without a contents page to group them, a closed item says so in its header
        title = it.case.title if it.case.public or not no_contents else f"Lukket punkt: {it.case.title}"
        header = f"{label}{it.number} {title}" if label else f"{it.number}. {title}"
        page = [f"{m.committee} {dmy(m.date)} Side {len(pages) + 1}", header]
        if it.case.number and not m.agenda:
            page.append(f"Sagsnr.: {it.case.number}")
        if not m.agenda:
            for heading, body in transcript_item_sections(it, m):
                page.append(f"{heading} {body}" if heading in _RUN_IN_HEADINGS or heading.endswith(":")
                            else f"{heading}: {body}")
        pages.append(" ".join(" ".join(page).split()))
    title = f"{kind} {m.committee} {dmy(m.date)}"
    head = f'{title}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "{title}"\n\nTranskript\n\n'
    return head + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)) + "\n"


def transcript_item_sections(it: Item, m: Meeting) -> list[tuple[str, str]]:
    """(heading, body) of one item on a transcript page; the decision's heading names the body."""
    if it.kind == "closed":
        return []
    out = [(h, b) for h, b in it.case.sections] if it.kind == "case" else []
    text = " ".join(decision_paragraphs(it.decision)) if it.decision else "-"
    out.append((f"Beslutning {m.committee} den {dmy(m.date)}:", text))
    return out


def digest_entries(m: Meeting) -> list[Item]:
    """The items a digest of the meeting's decisions reports: open cases with a printed decision, under a
    headline that reads as one (no full stop: a headline ending like a sentence is the text's)."""
    return [it for it in m.items if it.kind == "case" and it.case.public and it.decision is not None
            and it.decision.text.strip() not in ("", "-") and not it.case.title.endswith((".", ",", "!", "?"))
            and len(it.case.title) <= 120]


def meeting_reference(committee: str) -> str:
    """How a digest names the meeting: 'Byrådsmødet', 'Økonomiudvalgsmødet', 'Teknik- og Miljøudvalgets møde'."""
    if " " in committee:
        return f"{committee}s møde"
    stem = committee[:-2] if committee.endswith(("et", "en")) else committee
    return f"{stem}smødet"


def digest_text(m: Meeting) -> str:
    """The council's news page about the meeting's decisions ('Byrådet har besluttet'): a headline, the
    decision in one paragraph and a line back to the meeting with the item's number, item after item."""
    from datetime import date

    d = date.fromisoformat(m.date)
    when = f"{WEEKDAYS[d.weekday()].lower()} {d.day}. {MONTHS[d.month - 1]}"
    out = [f"{m.committee} har besluttet", "",
           f"Her kan du læse, hvad der blev besluttet på mødet {d.day}. {MONTHS[d.month - 1]} {d.year} "
           f"i {m.committee}, {kommune(m.municipality)}.", ""]
    for it in digest_entries(m):
        out += [it.case.title, " ".join(it.decision.text.split()),
                f"{meeting_reference(m.committee)}, {when}, punkt {it.number}", ""]
    return "\n".join(out).rstrip() + "\n"
