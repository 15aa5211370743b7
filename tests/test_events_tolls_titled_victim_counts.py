"""Tolls (issue 16), round 21: after a killing verb or the verbal noun ``قتل``, a title, a person's
name and a count joined to them by ``و`` tell the named victim and the others
(``قتل القيادي فلان وعشرة من مرافقيه``: eleven), as they already did after a death noun. Without a
name, after an attempt, or with the count the title's own object (no ``و``), the reading stays.
Sentences written for these tests; the name's first word stands for the PER entity."""

from __future__ import annotations

import pytest

from toll_focus import toll_naming


@pytest.mark.parametrize(
    ("sentence", "name", "count"),
    [
        # the named victim and the others joined to the name
        ("وقتل القيادي ماجد سالم و12 من حراسه في غارة على سيارته.", "ماجد", 13),
        ("تمكنت الوحدة من قتل القائد ماجد سالم وسبعة مسلحين آخرين قرب الوادي.", "ماجد", 8),
        ("قتل الضابط الميداني ماجد سالم وثلاثة من عناصره في الكمين.", "ماجد", 4),
        # after a death noun the reading was already there
        ("أعلن الجيش مقتل القيادي ماجد سالم و12 من حراسه.", "ماجد", 13),
        # an attempt is no death
        ("حاول مسلحون قتل القيادي ماجد سالم و12 من حراسه أمس.", "ماجد", None),
        # no name: the title may be the killer, the joined count alone
        ("قتل الجندي و3 من رفاقه في الهجوم.", None, 3),
        # the count is the object of the titled subject (no و): the title is the killer
        ("قتل الجندي ماجد سالم 3 مسلحين في الاشتباك.", "ماجد", 3),
        # a title and a name with no count: one death, as before
        ("قتل القيادي ماجد سالم في غارة على سيارته.", "ماجد", 1),
    ],
)
def test_titled_victim_and_joined_count(sentence: str, name: str | None, count: int | None) -> None:
    assert toll_naming(sentence, name) == count
