"""The dashes a publisher's font, style sheet or autocorrect sets where the rules read a hyphen: one character class
for every pattern that reads one, so that a pattern accepts them all by naming the class.

Why: a page typed by another tool sets an en dash (U+2013) in every date, time range and case number
('12–05–2023', 'kl. 16.00–18.00', '00.01.00–A00–1–23') and a spaced em dash (U+2014) where another prints a spaced
hyphen ('Punkt 3 — Title', 'kl. 16.00 — 18.00'). The reader keeps both as printed (the gold keeps an en dash in a
title or a committee's name: 'Byrådet 2022–2025'), so the patterns read them. Retyping the tune pages these ways cost
parse-F1 0.988 -> 0.904 (en dashes between numbers) and 0.959 (spaced em dashes) before this.
"""
from __future__ import annotations

# between two numbers: the hyphen or the en dash (a regex character class's content: `[{NUMBER_DASH}./]`)
NUMBER_DASH = "\\-\u2013"
# standing between spaces as a separator: the hyphen, the en dash or the em dash (a character class's content)
SPACED_DASH = "\\-\u2013\u2014"
# the same as characters, for str.strip and endswith, and each as a word of its own ('Punkt 3 — Title'.split())
SPACED_DASHES = "-\u2013\u2014"
DASH_WORDS = tuple(SPACED_DASHES)
# a spaced dash setting a date off the body's name before it ('Økonomiudvalget - 12-03-2024:', a table's cells run
# together): optional, put between a body's pattern and its date's. No body's name ends in a dash, so it is the
# separator, never part of the name (before, 'Økonomiudvalget -' was read as no body and the decision lost)
DASH_BEFORE_DATE = rf"(?:\s+[{SPACED_DASH}])?"
# every dash that stands for a hyphen somewhere in a printed page, one character each: the hyphen-minus, the hyphen
# (U+2010), Word's non-breaking hyphen (U+2011), the figure dash (U+2012), the en dash, the em dash and the minus sign
# (U+2212). The reader folds the hyphens, the figure dash and the minus sign between numbers (read/visible.py); a key
# built from printed text folds them all, so '24–003250' and '24—003250' name one case (casenumbers'
# normalize_case_number). A set of single characters: `in` tests one character, never a substring
# (the four the reader folds to a hyphen, as characters: read/visible.py's fold and this set name one list)
HYPHEN_STAND_INS = "\u2010\u2011\u2012\u2212"
DASH_CHARACTERS = frozenset(SPACED_DASHES + HYPHEN_STAND_INS)
