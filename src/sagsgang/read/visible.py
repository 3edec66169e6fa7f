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
ligature glyphs of a PDF font (U+FB01 `ﬁ` for `fi`: a title that keeps one is not found by a search for `fi`), the
full-width forms an East Asian input method or font fallback types (U+FF1A `：` for every label's colon), and words
set with character spacing (tracking) that an extractor gives letter by letter (`R e f e r a t`, `M ø d e d a t o :`).
Retyping the tune pages these ways cost parse-F1 0.988 -> 0.987 (ligatures), 0.796 (full-width colons) and 0.712
(letter-spaced headings and labels) before this.
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
# The reader is the pipeline's first stage and imports nothing of the parser: the four characters are written out here
# and are parse.dashes.HYPHEN_STAND_INS (tests/read/test_hyphen_stand_ins.py holds the two lists equal)
HYPHEN_STAND_INS = "\u2010\u2011\u2012\u2212"
_DASH_AS_HYPHEN = re.compile(f"(?<=\\d)[{HYPHEN_STAND_INS}](?=\\d)"
                             f"|(?<=[ \t\u00a0])[{HYPHEN_STAND_INS}](?=[ \t\u00a0])")

# compatibility characters that stand for plain ones, folded one by one rather than by NFKC (which would rewrite a
# printed 'm²' or '½' that the gold keeps): the Latin ligatures U+FB00-FB06 a PDF font's glyphs extract to, and the
# full-width ASCII forms U+FF01-FF5E and the ideographic space U+3000 an East Asian input method types
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_COMPATIBLE = {**_LIGATURES, **{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, 0x3000: " "}
_COMPATIBILITY_CHAR = re.compile("[\ufb00-\ufb06\uff01-\uff5e\u3000]")

# a word set with character spacing (tracking), as an extractor gives a letter-spaced heading or label: four or more
# one-glyph words one space apart, standing at a line's start or after two or more spaces (the word gap tracking
# widens, or a tab) and ending before such a gap or the line's end ('R e f e r a t', 'M ø d e d a t o :   12-03-2024').
# Body text never prints four one-letter words in a row between such gaps. Closed up here in the reader, not in the
# parser's line repair: it is how the glyphs were set, as a soft hyphen is, so the visible text (and search) reads
# 'Referat', and every reader's text (a PDF's, an HTML field's) gets it before any rule reads a label or a heading.
_TRACKED = re.compile(r"(?:^[ \t]*|[ \t]{2}|\t)\S(?: \S){2}(?: \S(?!\S)|:)", re.MULTILINE)
# the gap after a word's colon ends a label even when it is one space ('M ø d e d a t o: 12-03-2024')
_GAP = re.compile(r"([ \t]*\t[ \t]*|[ \t]{2,}|(?<=\S:) )")
_VOWEL = set("aeiouyæøåéAEIOUYÆØÅÉ")
_ALPHABET = {"æ": ord("z") + 1, "ø": ord("z") + 2, "å": ord("z") + 3}  # the Danish order: … z æ ø å


def _word_run(part: str, least: int) -> bool:
    """True when `part` is one word set letter by letter: one-glyph words one space apart, at least `least` of
    them letters (one fewer before a label's colon: 'T i d :'). A run of four letters or more holds a vowel as a
    word does (not initials 'K R T P') and is not letters in the alphabet's order ('a b c d', 'A B C F O V Ø': list
    markers, a table's columns, party letters)."""
    glyphs = part.split(" ")
    if len(glyphs[-1]) == 2 and glyphs[-1][1] == ":":  # the label's colon set close to its last letter
        glyphs[-1:] = glyphs[-1]
    letters = [g for g in glyphs if g.isalpha()]
    if len(glyphs) < 2 or any(len(g) != 1 for g in glyphs) or len(letters) < least - (glyphs[-1] == ":"):
        return False
    if least < 4:  # a short word on a line that shows tracking ('d e n', 'f o r')
        return True
    codes = [_ALPHABET.get(g.lower(), ord(g.lower())) for g in letters]
    return any(a >= b for a, b in zip(codes, codes[1:], strict=False)) and any(g in _VOWEL for g in letters)


def _untracked_line(line: str) -> str:
    """`line` with its letter-spaced words closed up, when one of them is four letters or more: a line that shows
    tracking that way has its short words ('o g', 'd e n', 'Ø K ,') spaced as well, and the wide gap between two
    such words (or a one-letter word: 'i', '–') is the one space between words; a tab, or a gap beside text set
    without tracking (a value, a column), is left as it is."""
    parts = _GAP.split(line)
    bodies = [(p[:len(p) - len(p.lstrip())], p.lstrip()) for p in parts[::2]]
    if not any(_word_run(body, 4) for _, body in bodies):
        return line
    tracked = [_word_run(body, 2) for _, body in bodies]
    closed = [body.replace(" ", "") if t else body for (_, body), t in zip(bodies, tracked, strict=True)]
    spaced = [t or len(body) == 1 and not body.isdigit() for (_, body), t in zip(bodies, tracked, strict=True)]
    out = bodies[0][0] + closed[0]
    for k in range(1, len(bodies)):
        gap = parts[2 * k - 1]
        gap = " " if spaced[k - 1] and spaced[k] and closed[k] and "\t" not in gap else gap
        out += gap + bodies[k][0] + closed[k]
    return out


def _untracked(text: str) -> str:
    """`text` with every letter-spaced word closed up (see _TRACKED)."""
    if not _TRACKED.search(text):
        return text
    return "\n".join(_untracked_line(ln) if _TRACKED.search(ln) else ln for ln in text.split("\n"))


def visible(text: str) -> str:
    """`text` as NFC with invisible format characters removed, line separators as '\\n' and symbol-font bullets
    as '•', a minus sign, figure dash or other hyphen between numbers or between spaces as '-', ligatures and
    full-width forms as their plain letters and letter-spaced words closed up."""
    text = _BROKEN_AT_SOFT_HYPHEN.sub("-", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _SYMBOL_BULLET.sub("•", text)
    text = _DASH_AS_HYPHEN.sub("-", text)
    if _COMPATIBILITY_CHAR.search(text):
        text = text.translate(_COMPATIBLE)
    text = _untracked(text)
    return unicodedata.normalize("NFC", text)
