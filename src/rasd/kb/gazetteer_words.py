"""How often a word is a common Arabic word rather than a place: corpus statistics.

The places stage weighs a gazetteer reading against how often its word is an ordinary word
in news text (الخبر "the news" before Al-Khobar, الشرطة "the police" before Chwarta).
:func:`build_word_stats` counts, over ANERcorp and NewsFANE Gold 2014 (news text annotated
with names; CC BY-SA 4.0 and CC BY-SA 3.0), every word form (normalised, one proclitic and the
article dropped) and how often the annotations tag it as a location. Only annotated text
counts: unannotated news (the GSR sentences were tried) makes every place it names look like
a common word (طرابلس, صور). The table it writes, ``rasd/data/places/word_stats.json``,
keeps forms seen at least :data:`MIN_COUNT` times: ``{form: [occurrences, tagged as a
location]}``; beside it, ``zipf``: how frequent the forms that spell a one-word gazetteer name
are in running Arabic (wordfreq's list, :func:`build_zipf`), which the places stage weighs
where the entities stage did not call the word a location. Rebuild with (wordfreq installed)::

    python -m rasd.kb.gazetteer_words ../shared/data
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rasd.text import normalize_key

if TYPE_CHECKING:
    from rasd.kb.gazetteer import Gazetteer

__all__ = ["MIN_COUNT", "ZIPF_MIN", "build_related", "build_word_stats", "build_zipf", "word_forms", "main"]

MIN_COUNT = 4
ZIPF_MIN = 3.0
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
_LOC_TAGS = frozenset({
    "LOC", "Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent", "Water-Body",
    "Land", "County-or-District", "Land-Region-Natural", "Airport", "Building-Grounds", "Subarea-Facility", "Path",
})


def word_forms(token: str) -> set[str]:
    """The lookup forms a token counts for: itself, without one proclitic, without the article."""
    key = normalize_key(token)
    forms = {key}
    if len(key) > 3 and key[0] in _PROCLITICS:
        forms.add(key[1:])
    for f in list(forms):
        if f.startswith("ال") and len(f) > 4:
            forms.add(f[2:])
        if f.startswith("لل") and len(f) > 4:
            forms.add(f[2:])
    return {f for f in forms if len(f) >= 2 and not f.isascii()}


def _tagged(path: Path, sep: str | None) -> Iterator[tuple[str, bool]]:
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.replace("\u200e", "").rstrip("\n").split(sep)
            if len(parts) < 2 or not parts[0].strip():
                continue
            tag = parts[-1].strip()
            yield parts[0].strip(), tag.split("-", 1)[-1] in _LOC_TAGS if tag != "O" else False


def build_word_stats(data_dir: Path) -> dict[str, list[int]]:
    """``{form: [occurrences, tagged as a location]}`` over ANERcorp and NewsFANE."""
    streams: list[Iterable[tuple[str, bool]]] = [
        _tagged(data_dir / "anercorp" / "full.txt", " "),
        _tagged(data_dir / "newsfane" / "NewsFANE_Gold_2014_170K.txt", "\t"),
    ]
    count: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    for stream in streams:
        for token, is_loc in stream:
            for form in word_forms(token):
                count[form] += 1
                loc[form] += is_loc
    return {f: [n, loc[f]] for f, n in sorted(count.items()) if n >= MIN_COUNT}


def _frequent_words(min_zipf: float) -> dict[str, float]:
    """The one-word normalised keys of wordfreq's Arabic list down to Zipf ``min_zipf``, each
    with the summed frequency of the words that normalise to it. Needs ``wordfreq``."""
    import wordfreq

    freq: dict[str, float] = {}
    for word in wordfreq.iter_wordlist("ar", "large"):
        f = wordfreq.word_frequency(word, "ar", "large")
        if math.log10(f) + 9 < min_zipf:
            break
        key = normalize_key(word)
        if " " not in key:
            freq[key] = freq.get(key, 0.0) + f
    return freq


def _zipf(frequency: float) -> float:
    """A frequency (share of running words) as a Zipf value, two decimals."""
    return round(math.log10(frequency) + 9, 2)


def _one_word_name(gaz: Gazetteer) -> Callable[[str], bool]:
    """Whether a normalised one-word key spells a gazetteer name, with or without its article."""

    def spells_a_name(key: str) -> bool:
        bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
        return " " not in key and (gaz.has_key(key) or gaz.has_key(bare))

    return spells_a_name


def build_zipf(min_zipf: float = ZIPF_MIN) -> dict[str, float]:
    """Zipf frequency (log10 of occurrences per billion words) of the normalised Arabic word
    forms that spell a one-word gazetteer name, from the ``wordfreq`` package's Arabic list
    (Robyn Speer; data CC BY-SA 4.0): how common الخبر or سوياً is in running text. Needs
    ``wordfreq`` installed (only to build the table, not to run rasd)."""
    from rasd.kb.gazetteer import load_gazetteer

    one_word_name = _one_word_name(load_gazetteer())
    return {k: _zipf(f) for k, f in sorted(_frequent_words(min_zipf).items()) if one_word_name(k)}


def build_related(min_zipf: float = ZIPF_MIN) -> dict[str, float]:
    """How frequent, in running Arabic (wordfreq's list), another reading of a surface that
    spells a one-word gazetteer name is: ``{surface: Zipf}`` for (a) frequent words that a
    proclitic split turns into a name (``بادر`` "he hastened" read as ب + ``ادر``), keyed by
    the word as written, and (b) names ending in ``يا`` whose base is a frequent relative
    adjective (``سلميا`` "peacefully": ``سلمي``), keyed by the name. With the article
    alternation read from ``zipf`` (``حسبان``/``الحسبان``, ``الوقف``/``وقف``), it is what
    :meth:`rasd.kb.gazetteer.Gazetteer.ordinary` judges a small place's name by."""
    from rasd.kb.gazetteer import load_gazetteer
    from rasd.text import proclitic_splits

    one_word_name = _one_word_name(load_gazetteer())
    freq = _frequent_words(min_zipf)
    out: dict[str, float] = {}
    for key, f in freq.items():
        if one_word_name(key):
            if key.endswith("يا") and len(key) >= 5 and key[:-1] in freq:
                out[key] = max(out.get(key, 0.0), freq[key[:-1]])
            continue
        if any(p and one_word_name(normalize_key(stem)) for p, stem in proclitic_splits(key)):
            out[key] = max(out.get(key, 0.0), f)
    return {k: _zipf(v) for k, v in sorted(out.items())}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m rasd.kb.gazetteer_words DATA_DIR (the folder holding anercorp/ and newsfane/; "
              "the wordfreq package must be installed)", file=sys.stderr)
        return 2
    try:
        stats = build_word_stats(Path(args[0]))
        zipf = build_zipf()
        related = build_related()
    except OSError as exc:
        print(f"cannot read the corpora: {exc}", file=sys.stderr)
        return 1
    except ImportError:
        print("the wordfreq package is needed to build the table: pip install wordfreq", file=sys.stderr)
        return 1
    out = Path(__file__).resolve().parent.parent / "data" / "places" / "word_stats.json"
    payload = {
        "_comment": "words: word forms (rasd.text.normalize_key; one proclitic and the article also dropped) "
                    f"seen at least {MIN_COUNT} times: [occurrences, occurrences tagged as a location]. zipf: "
                    f"the Zipf frequency (>= {ZIPF_MIN}) of normalised forms that spell a one-word gazetteer name. related: "
                    "the Zipf frequency of another reading of a surface: a frequent word that a proclitic split turns "
                    "into a name (keyed by the word), the relative adjective of a name ending in يا (keyed by the name). "
                    "Built by python -m rasd.kb.gazetteer_words.",
        "_source": "words: counted by rasd over ANERcorp (Benajiba et al. 2007; CAMeL Lab release, CC BY-SA 4.0) "
                   "and NewsFANE Gold 2014 (Alotaibi and Lee; CC BY-SA 3.0). zipf: from wordfreq 3.1 "
                   "(Robyn Speer, https://github.com/rspeer/wordfreq; data CC BY-SA 4.0). "
                   "This file is distributed under CC BY-SA 4.0.",
        "words": stats,
        "zipf": zipf,
        "related": related,
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    print(f"{len(stats)} forms, {len(zipf)} frequencies -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
