"""The Raqqa acceptance article's required entities (issue 3) with their allowed coarse types,
shared by the fast and the accurate tier's tests."""

from __future__ import annotations

RAQQA_ENTITIES: list[tuple[str, set[str]]] = [
    ("داعش", {"ORG"}),
    ("الرقة", {"GPE", "LOC"}),
    ("قوات سورية الديموقراطية", {"ORG"}),
    ("قوات سورية الديمقراطية", {"ORG"}),
    ("واشنطن", {"GPE", "LOC"}),
    ("رويترز", {"ORG"}),
    ("مصطفى بالي", {"PER"}),
    ("مجلس الرقة المدني", {"ORG"}),
    ("عمر علوش", {"PER"}),
    ("فرانس برس", {"ORG"}),
    ("التحالف الدولي", {"ORG"}),
    ("الولايات المتحدة", {"GPE", "LOC"}),
]
