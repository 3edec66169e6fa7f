"""Generated bilag: a case's attachments as text PDFs and as image-only scans of the same pages.

The text is generated here, so the truth of a scan is known exactly: OCR accuracy (character error
rate) is measured against it (benchmarks/ocr). A scan is the text PDF rendered at a resolution,
turned by a small angle as a sheet fed askew, and saved as pictures only: no text layer.
"""
from __future__ import annotations

import io
import random

from . import vocabulary as V
from .render_pdf import text_to_pdf

_OPENINGS = (
    "Hermed fremsendes {emne} til orientering for udvalget.",
    "Vi har som beboere i {sted} fulgt sagen om {emne} tæt gennem det seneste år.",
    "Forvaltningen har på baggrund af høringen udarbejdet følgende notat om {emne}.",
    "Ældrerådet og Handicaprådet har drøftet {emne} på deres møde i {maaned}.",
)
_SENTENCES = (
    "Udgifterne skønnes at udgøre {beloeb} mio. kr. over de kommende år, fordelt på anlæg og drift.",
    "Borgerne i {sted} ønsker en løsning, der tager hensyn til både trafiksikkerhed og grønne områder.",
    "Der er modtaget {n} høringssvar, hvoraf de fleste støtter forslaget med mindre ændringer.",
    "Projektet forventes igangsat i {maaned} {aar} og afsluttet inden udgangen af {aar2}.",
    "Skolebørnenes vej til skole går i dag over en stærkt befærdet vej uden fortov.",
    "Kommunen bør sikre, at økonomien følger med, så kvaliteten i ældreplejen ikke forringes.",
    "Det bemærkes, at tidsplanen kan blive påvirket af vejret og af leverandørernes kapacitet.",
    "Tilsynet fandt ingen væsentlige fejl, men anbefaler en skærpet opfølgning på dokumentationen.",
    "Vi håber, at udvalget vil genoverveje beslutningen og inddrage de berørte grundejere.",
    "Arealet på {n} m² ønskes udlagt til boliger, erhverv og fælles friarealer.",
    "Lærerne og pædagogerne har gode erfaringer med den nye ordning på tværs af årgangene.",
    "Sagen har været drøftet med Kultur- og Fritidsudvalget og med de lokale foreninger.",
)


def bilag_text(rng: random.Random, title: str, municipality: str, paragraphs: int = 6) -> str:
    """A letter or note of some paragraphs on `title`: Danish prose with æ, ø, å, numbers and signs."""
    fill = {"emne": title.lower(), "sted": rng.choice(V.PLACES), "maaned": rng.choice(V.MONTHS),
            "beloeb": rng.randint(2, 90), "aar": rng.randint(2024, 2027), "n": rng.randint(3, 250)}
    fill["aar2"] = fill["aar"] + 1
    out = [f"{municipality} Kommune", title, "", rng.choice(_OPENINGS).format(**fill), ""]
    for _ in range(paragraphs):
        out.append(" ".join(rng.choice(_SENTENCES).format(**fill) for _ in range(rng.randint(2, 4))))
        out.append("")
    out.append("Med venlig hilsen")
    out.append(f"{rng.choice(V.FIRST_NAMES)} {rng.choice(V.LAST_NAMES)}")
    return "\n".join(out)


def bilag_pdf(text: str) -> bytes:
    """The bilag as a text PDF (a text layer, as most bilag are published)."""
    return text_to_pdf(text)


def scanned(pdf: bytes, dpi: int = 300, angle: float = 0.0) -> bytes:
    """The PDF's pages as pictures at `dpi`, turned by `angle` degrees: a scan without a text layer."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            if angle:
                image = image.rotate(angle, expand=False, fillcolor=255)
            images.append(image.convert("L"))
    finally:
        doc.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return out.getvalue()
