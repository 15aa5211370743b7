"""Which count belongs to which verb, and who did it to whom, read from the incident's own
clause (issue 16). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.numbers import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a count after another verb on people is that verb's object, not a death
        ("نصب مسلحون كمينا لدورية فقتلوا جنديا وأصابوا خمسة آخرين قرب القرية.", 1),
        ("هاجم مسلحون مركزا للشرطة فقتلوا ثلاثة من عناصره واختطفوا اثنين آخرين.", 3),
        ("أسفرت الاشتباكات عن مقتل سبعة من المسلحين واعتقال أربعة.", 7),
        ("قتلت عناصر التنظيم مزارعا وأسرت ستة من أبنائه.", 1),
        # ... unless it is joined to the death verb: both verbs share the count
        ("وتمكنت القوات من صد الهجوم حيث قتلت وأسرت العشرات من المهاجمين.", 10),
        # a side's own losses after a loss verb
        ("وقالت مصادر محلية إن الكتيبة خسرت، في تلك المعارك، خمسة من أفرادها.", 5),
        ("وفقد التنظيم في الهجوم تسعة من مقاتليه.", 9),
        ("وفقدت فرق الإنقاذ الاتصال بثلاثة صيادين قبالة الساحل.", None),
        # a number word with the article after a definite plural noun
        ("وعثر رجال الإنقاذ على جثث الركاب الخمسة داخل الحافلة المحترقة.", 5),
        ("قتل الجنود الثلاثة في الكمين.", 3),
        ("قتل شخصان في هجوم مسلح يوم الاثنين.", 2),
        # an outcome that names only damage: no one killed
        ("أسفر القصف عن تدمير مبنى البلدية وتضرر عدد من المحلات.", 0),
        ("سقطت قذيفة على منزل مما أدى إلى احتراق سيارتين.", 0),
        ("أسفر القصف عن تدمير مبنى ومقتل ثلاثة من سكانه.", 3),
    ],
)
def test_events_numbers_count_belongs_to_its_verb(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
