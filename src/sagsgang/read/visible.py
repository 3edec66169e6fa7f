"""The text a reader of the page sees: NFC, without the invisible characters publishing tools leave in it.

Why: a CMS or a word processor puts characters into text that print as nothing or as a line break, and every
rule after the reader sees them as letters or spaces. A soft hyphen (U+00AD, HTML `&shy;`; real in FirstAgenda
fields: `kapaci&shy;tetsmæssige`) or a zero-width space inside a word splits it, so the word is neither found by
search nor equal to the same word elsewhere (a title, a body's name); a Unicode line separator (U+2028, text
pasted from Word) is a line break that `split('\\n')` does not see; a bullet typed in Word's Symbol or Wingdings
font arrives as a private-use character (U+F0B7 ``) that no list rule knows. Retyping the tune pages each of
these ways cost parse-F1 0.988 -> 0.48 (soft hyphens), 0.39 (zero-width spaces), 0.89 (line separators) and 0.93
(symbol bullets) before this.

A publisher's font or PDF extractor substitutes typography too, and the reader gives back the plain letters: the
ligature glyphs of a PDF font (U+FB01 `ﬁ` for `fi`: a title that keeps one is not found by a search for `fi`) and the
full-width forms an East Asian input method or font fallback types (U+FF1A `：` for every label's colon).
Retyping the tune pages these ways cost parse-F1 0.988 -> 0.987 (ligatures) and 0.796 (full-width colons) before
this.
"""
from __future__ import annotations

import re
import unicodedata

# format characters that print as nothing: soft hyphen, zero-width space / non-joiner / joiner, word joiner,
# byte-order mark inside the text, and the direction marks and embeddings of bidirectional text
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# a soft hyphen that ends a line is where the word was broken: the hyphen the page printed there, so that line
# repair (parse/lines.py) joins the word as it joins any hyphenated one ('kapaci-' / 'tetsmæssige')
_BROKEN_AT_SOFT_HYPHEN = re.compile("\u00ad(?=[ \t]*\n)")
# line and paragraph separators, and the C1 next-line control: line breaks by another name
_LINE_BREAK = re.compile("[\u2028\u2029\u0085]")
# a private-use character standing alone as a word: a symbol font's glyph (Symbol's bullet U+F0B7, Wingdings'
# U+F0A7, U+F0D8, …) that opens a list entry; inside a word it is left as it is
_SYMBOL_BULLET = re.compile("(?:(?<=\\s)|^)[\ue000-\uf8ff](?=[ \t\u00a0])", re.MULTILINE)
# the minus sign (U+2212: a math font's or an autocorrect's dash), the figure dash (U+2012: a dash as wide as a
# digit) and the hyphen (U+2010) or Word's non-breaking hyphen (U+2011, typed to keep a date on one line) set where a
# hyphen or an en dash stands: between numbers ('12−03−2024', 'kl. 16.00−18.00') it is the hyphen every date, range
# and case number rule reads; standing alone between spaces ('kl. 16.00 − 18.00', 'Punkt 3 − Title', '(A) −
# formand') it is the spaced dash the rules read as a hyphen too. A publisher's font or editor picks one for the
# other; a minus before a number ('−2,5 mio. kr.') is a minus, and a hyphen inside a word a hyphen, left as printed.
# (one pattern, one pass over the text: no character stands both after a digit and after a space)
_DASH_AS_HYPHEN = re.compile("(?<=\\d)[\u2010-\u2012\u2212](?=\\d)"
                             "|(?<=[ \t\u00a0])[\u2010-\u2012\u2212](?=[ \t\u00a0])")

# compatibility characters that stand for plain ones, folded one by one rather than by NFKC (which would rewrite a
# printed 'm²' or '½' that the gold keeps): the Latin ligatures U+FB00-FB06 a PDF font's glyphs extract to, and the
# full-width ASCII forms U+FF01-FF5E and the ideographic space U+3000 an East Asian input method types
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_COMPATIBLE = {**_LIGATURES, **{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, 0x3000: " "}
_COMPATIBILITY_CHAR = re.compile("[\ufb00-\ufb06\uff01-\uff5e\u3000]")


def visible(text: str) -> str:
    """`text` as NFC with invisible format characters removed, line separators as '\\n' and symbol-font bullets
    as '•', a minus sign, figure dash or other hyphen between numbers or between spaces as '-', ligatures and
    full-width forms as their plain letters."""
    text = _BROKEN_AT_SOFT_HYPHEN.sub("-", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _SYMBOL_BULLET.sub("•", text)
    text = _DASH_AS_HYPHEN.sub("-", text)
    if _COMPATIBILITY_CHAR.search(text):
        text = text.translate(_COMPATIBLE)
    return unicodedata.normalize("NFC", text)
