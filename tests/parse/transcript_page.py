"""A synthetic PDF-transcript page in the shape the tune transcripts show (the site's frame, 'Transkript', then each
PDF page one line behind its page number), for tests that print a contents list or an item's body another way. No
real text copied."""
from __future__ import annotations

from pathlib import Path

from sagsgang.model import Document
from sagsgang.parse import parse_file

FRAME = """Referat {body}

Størrelse: px
Starte visningen fra side:

Download "Referat {body}"

Transkript

{pages}
"""

# the site's frame around a transcript whose viewer title is the PDF's first words ('{title}'), for pages that
# print their own cover in the first page line
TITLED_FRAME = """{title}

Størrelse: px
Starte visningen fra side:

Download "{title}"

Transkript

{pages}
"""

# an item's body as a transcript prints it on one line ('{n}' its case's serial)
ITEM_BODY = ("Sagsnr.: 16/{n} Sagsfremstilling Forvaltningen har udarbejdet et notat om sagen til udvalgets medlemmer. "
             "Indstilling Forvaltningen indstiller, at sagen godkendes. Beslutning i Teknisk Udvalg den 12. maj 2016 "
             "Godkendt.")


def parse_transcript(tmp_path: Path, *pages: str, body: str = "Teknisk Udvalg") -> Document:
    """The page lines `pages` in the transcript frame of `body`'s minutes, parsed."""
    page = tmp_path / "page.txt"
    page.write_text(FRAME.format(body=body, pages="\n\n".join(pages)), encoding="utf-8")
    return parse_file(page)


def viewer_text(title: str, *pages: str) -> str:
    """A transcript as demo/transcribe.pdf_as_transcript writes it, without the site's frame: the title line,
    'Transkript', then each of `pages` one line behind its page number (counted from 1)."""
    return f"{title}\n\nTranskript\n\n" + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)) + "\n"


def parse_text(tmp_path: Path, text: str) -> Document:
    """`text` written to a page file and parsed."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)


# a meeting's cover as a transcript's first page line: its facts, then its members
COVER = ("1 Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Rådhuset, mødelokale 1 "
         "Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)")


def parse_items_on_pages(tmp_path: Path, items: list[str]) -> Document:
    """The cover's page line, then `items` (each an item's header run into its body) on page line 2, all but the last,
    and page line 3, the last: a transcript of titled minutes, parsed."""
    pages = [COVER, "2 " + " ".join(items[:-1]), "3 " + items[-1]]
    return parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))


CONTENTS_BODY = ("Sagsnr.: 27/4411 Sagsfremstilling Forvaltningen har udarbejdet et notat om sagen. Indstilling "
                 "Forvaltningen indstiller, at dagsordenen godkendes.")


def contents_page(contents: str, first_title: str) -> str:
    """A three-page committee transcript: the meeting's facts, the contents line `contents` on page 2, and the first
    item's body (headed by `first_title`) on page 3."""
    pages = ["1 Udvalget for Teknik Referat Mødedato: 4. marts 2027 Mødested: Mødesal 3", f"2 {contents}",
             f"3 1. {first_title} {CONTENTS_BODY}"]
    return TITLED_FRAME.format(title="Udvalget for Teknik Referat", pages="\n\n".join(pages))


def contents_rows(titles: list[str], first_page: int) -> str:
    """`titles` as contents entries numbered from 1, each followed by its page (two pages each from `first_page`)."""
    return " ".join(f"{k}. {t} {first_page + 2 * k}" for k, t in enumerate(titles, 1))


def paged_titles_page(cue: str, titles: list[str], pages: list[int]) -> str:
    """A three-page committee transcript whose contents line (after `cue`: 'Dagsorden', 'Indholdsfortegnelse') prints
    each of `titles` followed by its page from `pages`, no item numbers: a page column; page 3 the first item's body."""
    column = " ".join(f"{t} {p}" for t, p in zip(titles, pages, strict=True))
    lines = ["1 Teknisk Udvalg Referat Mødedato: 12. marts 2027 Mødetidspunkt: 16:00 Mødested: Mødelokale 2",
             f"2 {cue} {column}", f"3 1. {titles[0]} {ITEM_BODY.format(n=4411)}"]
    return TITLED_FRAME.format(title="Teknisk Udvalg Referat", pages="\n\n".join(lines))
