"""The Arabic letters a place name's word is made of, for the places readers' patterns.

Base letters hamza to yeh (U+0621-U+064A, tatweel included) and the extended letters
(U+0671-U+06D3); harakat, digits and Persian/Urdu-only letters past U+06D3 are not letters here.
"""

from __future__ import annotations

__all__ = ["ARABIC_LETTER", "ARABIC_WORD"]

#: One Arabic letter, as a regular-expression character class.
ARABIC_LETTER = r"[\u0621-\u064A\u0671-\u06D3]"
#: A run of Arabic letters (one word, with its clitics), as a regular expression.
ARABIC_WORD = ARABIC_LETTER + "+"
