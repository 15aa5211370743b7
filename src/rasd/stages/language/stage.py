"""Language identification, offline, with lingua restricted to a short list of languages.

Text written in Arabic script with none of the letters that only Persian, Urdu, Pashto or
Kurdish use is Arabic without asking the model (the common case, and free). Anything else
goes to lingua (``lingua-language-detector``, which ships its models) on its first 2,000
characters, in its low-accuracy mode: trigram models only, about 12 MB loaded instead of about
200 MB for Latin-script text (which kept one analysis process above 400 MB), and the same answer
on 36 of the 40 texts of 20,000 SaudiNewsNet articles that reach the model (the 4 others are
titles of under 40 characters such as "Top 10", where no detector is reliable). A non-Arabic
document gets a warning; the Arabic-specific stages leave it alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, ClassVar

from rasd.document import Document

__all__ = ["LanguageStage", "detect_language", "letter_counts", "unload_models"]

#: what is not an Arabic letter, and what is not a letter (the complements of the classes
#: counted: a text's count is its length once these runs are taken out, no match object or
#: one-letter string made per letter)
_NOT_ARABIC = re.compile(r"[^\u0621-\u064A]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NON_ARABIC_SCRIPT_LETTERS = re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06D3\u0695\u06B5\u06CE\u06C6]")

_LANGUAGES = ("ARABIC", "PERSIAN", "URDU", "ENGLISH", "FRENCH", "TURKISH", "HEBREW", "SPANISH",
              "GERMAN", "RUSSIAN", "ITALIAN", "INDONESIAN", "SOMALI")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def unload_models() -> None:
    """Free the detector's language models if any were loaded (about 12 MB in low-accuracy
    mode); the next text that needs them loads them again."""
    if _detector.cache_info().currsize:
        unload = getattr(_detector(), "unload_language_models", None)
        if unload is not None:
            unload()


def letter_counts(text: str) -> tuple[int, int]:
    """How many letters ``text`` holds (``[^\\W\\d_]``), and how many of them are Arabic
    letters (``[\\u0621-\\u064A]``)."""
    return len(_NOT_LETTERS.sub("", text)), len(_NOT_ARABIC.sub("", text))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there are no letters."""
    sample = text[:2000]
    letters, arabic = letter_counts(sample)
    if not letters:
        return None
    if arabic / letters > 0.6 and len(_NON_ARABIC_SCRIPT_LETTERS.findall(sample)) <= max(2, arabic // 200):
        return "ar"
    found = _detector().detect_language_of(sample)
    if found is None:
        return None
    return str(found.iso_code_639_1.name.lower())


class LanguageStage:
    """Fill ``doc.language``; warn when the article is not Arabic."""

    name: ClassVar[str] = "language"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"language"})

    def __call__(self, doc: Document) -> Document:
        lang = detect_language(doc.text) or detect_language(doc.title or "")
        warnings = doc.warnings
        if lang != "ar":
            note = (
                f"language is {lang!r}, not Arabic: cleaning and sentences only; "
                "Arabic extraction stages skipped"
                if lang
                else "no language detected (no letters): Arabic extraction stages skipped"
            )
            warnings = (*warnings, note)
        return doc.evolve(language=lang, warnings=warnings)
