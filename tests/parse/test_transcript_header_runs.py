"""Item headers of a PDF transcript with no contents list above them, each run into its body on the page's one line:
the body opening on a heading the lexicon does not know, known by its repetition after two or more headers
('… 1. Bevilling til hundeskov Forløbet Kommunen har …'), and the last header's title kept whole (not parted into a
title and a lost item at a capitalised word: '3. Fortov langs Mågevej og Ternevej Sagsfremstilling …',
'3. Fortov langs Mågevej og Ter' cut by the excerpt's end).
Invented pages in the shape of the viewer transcripts; no real text copied."""
from __future__ import annotations

from .transcript_page import TITLED_FRAME, parse_text

_COVER = "Referat Vej- og Parkudvalget Mødedato: 9. april 2021 Mødested: Lokale Syd"
_HEAD = "Vej- og Parkudvalget 9. april 2021 Side {}"
_TITLES = ("Bevilling til hundeskov ved Grusvej", "Belysning på Tranestien", "Fortov langs Mågevej og Ternevej")


def _page(*pages: str) -> str:
    return TITLED_FRAME.format(title="Referat Vej- og Parkudvalget",
                               pages="\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)))


def _body(n: int, first: str, second: str = "Beslutning") -> str:
    opener = ("Kommunen har modtaget", "Der er kommet", "Forvaltningen har fået")[n - 1]
    return f"{n}. {_TITLES[n - 1]} {first} {opener} en henvendelse om sag {n} fra en borgergruppe. {second} Godkendt."


def _titles(text: str, tmp_path) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in parse_text(tmp_path, text).items]


def test_an_unknown_heading_after_every_header_ends_the_titles(tmp_path):
    """'Forløbet' follows all three headers before the case text (a finished sentence after it): the publisher's
    heading, no part of the titles; each title ends before it and its body keeps its decision (before, the titles
    ran on into the case text up to 'Beslutning' and the last header was parted into pieces)."""
    text = _page(_COVER, _HEAD.format(2) + " " + _body(1, "Forløbet") + " " + _body(2, "Forløbet"),
                 _HEAD.format(3) + " " + _body(3, "Forløbet"))
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [("1", _TITLES[0]), ("2", _TITLES[1]), ("3", _TITLES[2])]
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Godkendt."]] * 3


def test_an_unknown_heading_with_a_colon_ends_the_titles(tmp_path):
    """'Baggrund:' run in after each header: the same evidence, the colon no part of it."""
    text = _page(_COVER, _HEAD.format(2) + " " + _body(1, "Baggrund:") + " " + _body(2, "Baggrund:"),
                 _HEAD.format(3) + " " + _body(3, "Baggrund:"))
    assert _titles(text, tmp_path) == [("1", _TITLES[0]), ("2", _TITLES[1]), ("3", _TITLES[2])]


def test_a_title_word_two_headers_share_is_no_heading(tmp_path):
    """A contents list whose titles share a word ('Tranestien') in a heading's shape prints no case text after it:
    nothing is cut."""
    text = _page(_COVER + " Indholdsfortegnelse 1. Belysning Tranestien Nord 2. Rydning Tranestien Syd "
                 "3. Eventuelt", _HEAD.format(2) + " 1. Belysning Tranestien Nord Sagsfremstilling Lamperne er "
                 "gamle. Beslutning Godkendt.")
    titles = _titles(text, tmp_path)
    assert ("1", "Belysning Tranestien Nord") in titles and ("2", "Rydning Tranestien Syd") in titles


def test_the_last_header_keeps_its_whole_title(tmp_path):
    """'3. Fortov langs Mågevej og Ternevej Sagsfremstilling …' after two headers with bodies: one header, one
    title, however many capitalised words it holds."""
    text = _page(_COVER, _HEAD.format(2) + " " + _body(1, "Sagsfremstilling") + " " + _body(2, "Sagsfremstilling"),
                 _HEAD.format(3) + " " + _body(3, "Sagsfremstilling"))
    assert _titles(text, tmp_path) == [("1", _TITLES[0]), ("2", _TITLES[1]), ("3", _TITLES[2])]


def test_a_last_header_cut_by_the_excerpt_keeps_what_is_printed(tmp_path):
    """The excerpt ends inside the last header's title ('3. Fortov langs Mågevej og Ter'): its visible part is the
    title (annotation rules 'Truncation'), not a title and a lost item."""
    text = _page(_COVER, _HEAD.format(2) + " " + _body(1, "Sagsfremstilling") + " " + _body(2, "Sagsfremstilling")
                 + " 3. Fortov langs Mågevej og Ter")
    assert _titles(text, tmp_path) == [("1", _TITLES[0]), ("2", _TITLES[1]), ("3", "Fortov langs Mågevej og Ter")]


def _paged(first: str, second: str, decision: str, *titles: str) -> str:
    """Each item on a PDF page of its own, its header run into a body of two sentences (the shape of
    transcript_headers.py)."""
    openers = ("Kommunen har fået", "Der er kommet", "Vejafdelingen har sendt")
    pages = [_COVER] + [
        f"{_HEAD.format(n + 1)} {n}. {t} {first} {openers[n - 1]} en henvendelse om sagen fra en borgergruppe i "
        f"området. Sagen har været drøftet med de berørte parter. {second} Det indstilles, at sagen fremmes. "
        f"{decision} Godkendt." for n, t in enumerate(titles, 1)]
    return _page(*pages)


def test_headers_each_on_its_page_end_their_titles_at_the_repeated_heading(tmp_path):
    """'1. Fortov langs Mågevej og Ternevej Sagens gang Kommunen har …' on each page: the number run is read as a
    list whose spans are too long for a title; the heading the spans repeat ends each title (before, a long span was
    cut at a capitalised word: 'Fortov langs' | 'Mågevej …')."""
    text = _paged("Sagens gang", "Vurdering og anbefaling", "Beslutning", _TITLES[2], _TITLES[1], _TITLES[0])
    assert _titles(text, tmp_path) == [("1", _TITLES[2]), ("2", _TITLES[1]), ("3", _TITLES[0])]


def test_two_headers_with_colon_headings_are_found(tmp_path):
    """Two items only, their bodies opening on 'Baggrund:' and their decisions too far for a title's reach: the
    repeated heading is the bodies' cue, so the two headers are items (before, no item was found)."""
    text = _paged("Baggrund:", "Anbefaling:", "Beslutning:", _TITLES[2], _TITLES[1])
    assert _titles(text, tmp_path) == [("1", _TITLES[2]), ("2", _TITLES[1])]


def test_a_title_printed_twice_is_no_heading_of_its_own(tmp_path):
    """A guard: the list and the header print the same title, each before a different capitalised word, case text
    after the header's: the words of one title printed twice are no heading (the titles before them are the same),
    so the title is kept whole."""
    title = "Orientering: Samarbejde med Ravnekær om elbusser"
    text = _page(_COVER, _HEAD.format(2) + f" Indholdsfortegnelse 1. {title} Bilag 2. Eventuelt 1. {title} Resumé "
                 "Kommunen har haft et møde med selskabet om de nye busser i byen. Beslutning Taget til efterretning. "
                 "2. Eventuelt Beslutning Intet.")
    assert ("1", title) in _titles(text, tmp_path)


def test_a_body_name_two_texts_print_before_a_word_is_no_heading(tmp_path):
    """A guard: '… Egeby Kommunalbestyrelsen Deltagere • …' in the cover and '1: Spørgetid i Kommunalbestyrelsen
    Sagsnr: …': a body's name ends the cover's place and the title, each before another word, but heads no case
    text; the title is kept whole."""
    first = ("Anna", "Bo", "Carl", "Dorte", "Erik", "Frida", "Gorm", "Hanne")
    last = ("Hvid", "Lund", "Dam", "Krog", "Vang", "Holm", "Bech", "Toft")
    members = " ".join(f"• {a} {b}" for a, b in zip(first, last, strict=True))
    text = ("Referat: 9. april 2021 kl. 16:00\n\nTranskript\n\n1 Referat: 9. april 2021 kl. 16:00 Salen, Rådhuset, "
            f"Torvet 2, Egeby Kommunalbestyrelsen Deltagere {members} Fraværende • Ib Dahl Print 1: Spørgetid i "
            "Kommunalbestyrelsen Sagsnr: Sagsfremstilling Efter udsendelse af dagsorden har borgmesteren modtaget "
            "følgende spørgsmål fra borgere i kommunen om stien. Beslutning Besvaret. 2: Eventuelt Beslutning Intet.\n")
    assert ("1", "Spørgetid i Kommunalbestyrelsen") in _titles(text, tmp_path)


def test_a_phrase_repeated_behind_one_title_only_is_no_heading():
    """One title printed twice (a list's row and its header) repeats its own words, whatever follows them: a phrase
    seen after the same title each time is that title's tail, no heading, even before two different sentences; the
    same phrase after two different titles is one."""
    from sagsgang.parse.entry_heads import repeated_heads

    once = ["Plan for Ravnsholt Forløbet Kommunen har modtaget en henvendelse om sagen fra en gruppe.",
            "Plan for Ravnsholt Forløbet Der er kommet en henvendelse om sagen fra en borgergruppe."]
    assert "Forløbet" not in repeated_heads(once)
    twice = [once[0], "Sti ved Mosegården Forløbet Der er kommet en henvendelse om sagen fra en borgergruppe."]
    assert "Forløbet" in repeated_heads(twice)
    # (and before two different words: after two titles, one word each time is a name two titles share, 'Forløbet
    # Kommunen' twice, not the text a heading heads, which begins each its own way)
    same_next = [once[0], "Sti ved Mosegården Forløbet Kommunen har fået en henvendelse om stien fra en gruppe."]
    assert "Forløbet" not in repeated_heads(same_next)


def test_a_name_going_on_in_two_forms_is_no_heading():
    """A town's name that opens a sentence in two items' text ('Kildeby Kommunes …', 'Kildeby Kommune …') stands
    after two different titles before two spellings of one word: the name going on, no heading over the text."""
    from sagsgang.parse.entry_heads import repeated_heads

    texts = ["Madservice til ældre Kildeby Kommunes kontrakt med leverandøren blev låst fast de første år.",
             "Tilskud til klubber Kildeby Kommune giver i år et tilskud på et lille beløb til hver klub."]
    assert "Kildeby" not in repeated_heads(texts)


def test_headers_printed_twice_with_a_bar_keep_the_last_title(tmp_path):
    """Each item's header printed twice, once as 'N | Title' and once as 'Pkt. N Title' (a site's heading over the
    case's own): the run is no run of single headers, so the last entry is read as before, its title alone (before,
    the last title ran on into its second copy: 'Ny sti ved Mosevej Pkt. 3 Ny sti ved Mosevej')."""
    items = [("1", "Godkendelse af dagsorden", "Godkendt."), ("2", "Meddelelser fra formanden", "Orienteret."),
             ("3", "Ny sti ved Mosevej", "Anbefales.")]
    line = "1 Referat Dato: Torsdag, 10. september 2020 Sted: Lokale 4 " + " ".join(
        f"Punkt {n} | {t} Pkt. {n} {t} Sagsnr. 1002{n} Vejudvalget Åbent punkt Vejudvalget, 10-09-2020, pkt. {n} {d}"
        for n, t, d in items)
    text = TITLED_FRAME.format(title="Referat Vejudvalget", pages=line)
    assert [(n, t) for n, t in _titles(text, tmp_path) if n] == [(n, t) for n, t, _ in items]
