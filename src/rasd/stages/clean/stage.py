"""Cleaning scraped Arabic news: the debris real pages leave behind, the headline, the dateline.

What is removed (each dropped line goes to ``removed``; no sentence of the story is lost):
the headline repeated or truncated on a line of its own, the lead repeated (or a truncated
copy of it), photo credits and captions, comment/share/follow/app prompts, related-article
blocks (a header such as ``مواضيع ذات صلة`` and the headline list under it), tag lines,
copyright lines, trailing ``المصدر :`` lines, print/font widgets. The patterns are data
(``rasd/data/clean/debris.json``). The first line becomes ``title`` when none is given and
more lines follow (a one-line text is its own body). A
dateline (``بغداد - رويترز``, ``طرابلس (لبنان) - الوكالة الوطنية للإعلام``,
``إدلب - (أ ف ب)``) is parsed into ``dateline`` and removed from the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from rasd.document import Dateline, Document
from rasd.stages.sources.stage import canonical_source
from rasd.text import fast_key, fold_unicode, load_data, normalize_char

__all__ = ["CleanStage", "CleanResult", "clean_article", "parse_dateline"]

_SENTENCE_END = re.compile(r"[.!؟?:…»\"”]\s*$")
_SPACES = re.compile(r"[ ]{2,}")
_SITE_SUFFIX = re.compile(r"\s+[|｜]\s+[^|｜]{1,40}$")
_TRAIL_PUNCT = re.compile(r"[\s.…،,:؛;!؟?\-–—]+$")


def _norm_pattern(pattern: str) -> str:
    """Matching normalisation of a regex written in ordinary spelling (Arabic letters only)."""
    out = []
    for ch in pattern:
        if "\u0600" <= ch <= "\u06ff":
            out.append(normalize_char(ch) if normalize_char(ch) else "")
        else:
            out.append(ch)
    return "".join(out)


def _key(line: str) -> str:
    """Line key for comparisons: normalised letters, no trailing punctuation, single spaces."""
    k = " ".join(fast_key(line).replace("\u201c", '"').replace("\u201d", '"').split())
    return _TRAIL_PUNCT.sub("", k)


@dataclass(frozen=True, slots=True)
class _Rules:
    max_words: int
    exact: re.Pattern[str]
    prefix: re.Pattern[str]
    related: frozenset[str]
    caption_credit: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_data("clean/debris.json")
    flags = re.IGNORECASE
    exact = "|".join(f"(?:{_norm_pattern(p)})" for p in data["exact"])
    prefix = "|".join(f"(?:{_norm_pattern(p)})" for p in data["prefix"])
    return _Rules(
        max_words=int(data["max_words"]),
        exact=re.compile(rf"(?:{exact})", flags),
        prefix=re.compile(rf"(?:{prefix})", flags),
        related=frozenset(_key(h) for h in data["related_headers"]),
        caption_credit=re.compile(rf".*{_norm_pattern(data['caption_credit'])}", flags),
    )


# --------------------------------------------------------------------------- datelines
_AR_WORD = r"[\u0621-\u063F\u0641-\u064A\u0671-\u06D3]+"  # not tatweel: a run of it is a dash
_PLACE = rf"(?P<place>{_AR_WORD}(?:\s{_AR_WORD}){{0,2}})"
_QUAL = r"(?:\s*\((?P<qual>[^()\n]{1,30})\))?"
_DASH = r"\s*(?:[-–—]|ـ+)\s*"  # a run of tatweel stands for a dash too (عدن ـ «عكاظ»)
_SRC_PAREN = r"[(«\"“](?P<src_p>[^()«»\"“”\n]{1,45})[)»\"”]"
_SRC_BARE = r"(?P<src_b>[^()«»\"“”\-–—:\n]{1,45}?)"

_D = r"[0-9\u0660-\u0669]"
_NUM_DATE = rf"{_D}{{1,4}}\s*[-/.]\s*{_D}{{1,2}}(?:\s*[-/.]\s*{_D}{{1,4}})?"

_DATELINE_HINT = re.compile(r"[-–—/(]|\sـ")

_DATELINE_RES = (
    # بغداد - رويترز - ... / بغداد - (أ ف ب) ... / مأرب (اليمن) - الأناضول: ...
    re.compile(rf"^{_PLACE}{_QUAL}{_DASH}(?:{_SRC_PAREN}|{_SRC_BARE})\s*(?P<sep>[-–—:]\s*|$)"),
    re.compile(rf"^{_PLACE}{_QUAL}{_DASH}{_SRC_PAREN}\s+(?P<sep>)"),
    # الخرطوم (د ب أ) - ...
    re.compile(rf"^{_PLACE}\s*{_SRC_PAREN}\s*(?P<sep>[-–—:]\s*|$)"),
    # غزة/ سامي خالد/ الأناضول   أنقرة/الأناضول - ...
    re.compile(rf"^{_PLACE}{_QUAL}\s*/\s*(?:[^/\n]{{1,30}}?\s*/\s*)?{_SRC_BARE}\s*(?P<sep>[-–—:]\s*|$)"),
    # رام الله 12-3-2024 وفا- ...   بغداد - 5 - 2 (كونا) -- ...
    re.compile(rf"^{_PLACE}(?:\s+|{_DASH}){_NUM_DATE}\s*[-–—]?\s*(?:{_SRC_PAREN}|{_SRC_BARE})\s*(?P<sep>[-–—:]+\s*|$)"),
)
_PLACE_ONLY = re.compile(rf"^(?P<place>{_AR_WORD}(?:\s{_AR_WORD})?){_QUAL}\s+[-–—]\s+(?=\S)")


def parse_dateline(paragraph: str, *, whole_line_ok: bool = True) -> tuple[Dateline, int] | None:
    """Parse a dateline at the head of ``paragraph``.

    Returns the dateline and the length of the prefix it occupies (the whole paragraph when
    the dateline stands on its own line), or None. The source must be a known agency, except
    on a line of its own (``الموصل - خاص``).
    """
    if not _DATELINE_HINT.search(paragraph, 0, 80):
        return None
    for rx in _DATELINE_RES:
        m = rx.match(paragraph)
        if not m:
            continue
        src = (m.groupdict().get("src_p") or m.groupdict().get("src_b") or "").strip()
        if not src:
            continue
        rest = paragraph[m.end() :].strip()
        qual = m.groupdict().get("qual")
        place = m.group("place").strip()
        known = canonical_source(src) is not None
        if qual and canonical_source(qual) is not None and not known:
            continue
        if not known:
            # no agency: only a line of its own (الموصل - خاص), with a real place in it;
            # "REPORTER - CITY" puts the city second
            if not (whole_line_ok and not rest and len(src.split()) <= 4):
                continue
            if not _is_place(place):
                if _is_place(src):
                    return Dateline(src, None), len(paragraph)
                continue
        full_place = f"{place} ({qual.strip()})" if qual else place
        return Dateline(full_place, src), (len(paragraph) if not rest else m.end())
    m = _PLACE_ONLY.match(paragraph)
    if m and len(paragraph) > m.end() + 20 and _is_place(m.group("place")):
        qual = m.group("qual")
        place = m.group("place")
        return Dateline(f"{place} ({qual.strip()})" if qual else place, None), m.end()
    return None


def _is_place(name: str) -> bool:
    """Is ``name`` a place the gazetteer knows (used for datelines without an agency)?"""
    from rasd.kb.gazetteer import load_gazetteer

    try:
        return bool(load_gazetteer().lookup(name))
    except Exception:  # a broken cache must not break cleaning: be conservative
        return False


# --------------------------------------------------------------------------- cleaning
@dataclass(frozen=True, slots=True)
class CleanResult:
    title: str | None
    text: str
    removed: tuple[str, ...]
    dateline: Dateline | None


def _looks_like_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= 6


def _is_debris(line: str, rules: _Rules) -> bool:
    words = line.count(" ") + 1
    if words > max(rules.max_words, 40):
        return False
    key = " ".join(fast_key(line).split())
    if rules.exact.fullmatch(key):
        return True
    if words <= rules.max_words and rules.prefix.fullmatch(key):
        return True
    if words <= 20 and not line.rstrip().endswith((".", "؟", "!", ":")) and rules.caption_credit.fullmatch(key):
        # a caption: short, no sentence end, closed by a photo credit
        return True
    return False


def _is_headline_like(line: str) -> bool:
    return len(line.split()) <= 20 and not line.rstrip().endswith((".", "؟", "!", ":", "؛"))


def clean_article(raw: str, title: str | None = None) -> CleanResult:
    """Clean one scraped article; see the module docstring."""
    rules = _rules()
    text = fold_unicode(raw)
    lines = [(_SPACES.sub(" ", ln) if "  " in ln else ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if title is not None:
        title = _SPACES.sub(" ", fold_unicode(title)).strip() or None
    leading: list[str] = []
    if title is None:
        # debris above the headline (a date line, a breadcrumb) is not the headline
        while len(lines) > 1 and _is_debris(lines[0], rules):
            leading.append(lines.pop(0))
    if title is None and len(lines) > 1:  # a one-line text is its own body, not a headline
        first = lines[0]
        if len(first) <= 300 and parse_dateline(first, whole_line_ok=False) is None and not _looks_like_sentence(first):
            title = first
            lines = lines[1:]
    elif title is not None and lines and _key(lines[0]) == _key(title):
        lines = lines[1:]
    if title:
        title = _SITE_SUFFIX.sub("", title) or title
    title_key = _key(title) if title else ""

    kept: list[tuple[int, str]] = []  # (index in lines, line)
    dropped: dict[int, str] = {}
    line_keys = [_key(line) for line in lines]
    in_related = False
    for i, line in enumerate(lines):
        key = line_keys[i]
        if in_related:
            if _is_headline_like(line) and not _is_dateline_para(line):
                dropped[i] = line
                continue
            in_related = False
        if key in rules.related:
            dropped[i] = line
            in_related = True
            continue
        if title_key and (key == title_key or (title_key.startswith(key) and len(key) < len(title_key)
                                               and _is_headline_like(line))):
            dropped[i] = line
            continue
        if _is_debris(line, rules):
            dropped[i] = line
            continue
        kept.append((i, line))

    # Repeated or truncated leads: a line that is a prefix of another kept line goes; of two
    # identical lines the one without a dateline goes, else the later one.
    keys: list[str] = []
    has_dateline: list[bool] = []
    after_dateline_line = False
    for pos, (idx, line) in enumerate(kept):
        parsed = parse_dateline(line, whole_line_ok=False)
        if parsed is not None and parsed[1] < len(line):
            keys.append(_key(line[parsed[1]:]))
            has_dateline.append(True)
        else:
            keys.append(line_keys[idx])
            # the paragraph right under a dateline that stands on its own line carries it
            has_dateline.append(after_dateline_line)
        whole = parse_dateline(line) if pos < 4 else None
        after_dateline_line = whole is not None and whole[1] == len(line)
    gone: set[int] = set()
    n_keys = len(keys)
    for a, ka in enumerate(keys):
        if len(ka) < 50 or ka.count(" ") < 6:
            continue  # short lines repeat legitimately (list items, recipe steps)
        # the first four lines and the neighbours, in order: lines far apart in the body
        # are a repeated list item, not a repeated lead (and a long text costs linear time)
        near = range(n_keys) if a < 4 else (*range(4), a - 1, a + 1)
        for b in near:
            if a == b or b >= n_keys or b in gone:
                continue
            kb = keys[b]
            if ka == kb:
                if has_dateline[a] == has_dateline[b]:
                    if a > b:
                        gone.add(a)
                        break
                elif has_dateline[b]:
                    gone.add(a)
                    break
                continue
            if len(ka) < len(kb) and kb.startswith(ka):
                gone.add(a)
                break
    for a in gone:
        idx, line = kept[a]
        dropped[idx] = line
    kept = [kl for a, kl in enumerate(kept) if a not in gone]

    dateline: Dateline | None = None
    body = [line for _, line in kept]
    if body:
        parsed = parse_dateline(body[0])
        if parsed is not None:
            dateline, cut = parsed
            rest = body[0][cut:].strip()
            body = ([rest] if rest else []) + body[1:]
    removed = (*leading, *(dropped[i] for i in sorted(dropped)))
    return CleanResult(title=title, text="\n\n".join(body), removed=removed, dateline=dateline)


def _is_dateline_para(line: str) -> bool:
    return parse_dateline(line, whole_line_ok=False) is not None


class CleanStage:
    """Remove debris, read the title and the dateline. Must run first: it changes ``text``."""

    name: ClassVar[str] = "clean"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"clean", "title", "dateline"})

    def __call__(self, doc: Document) -> Document:
        result = clean_article(doc.text, doc.title)
        return doc.evolve(
            text=result.text, title=result.title, removed=result.removed, dateline=result.dateline,
            sentences=(), entities=(), quotes=(), times=(), places=(), events=(),
        )
