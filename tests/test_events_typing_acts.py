"""Event typing by ACLED's definitions, act by act: who suffers a killing, what an attack
hits and with what, what a disruption acts on, and a round-up sentence read as several acts.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.lexicon import lexicon


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(d.event_type, d.sub_event_type) for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a counted role before the death word is the toll, not the doer: fighters killed is a battle
        ("وأفادت مصادر ميدانية بأن 15 مسلحا من التنظيم وعناصر الحماية قتلوا في المواجهات الليلية.",
         [("Battles", "Armed clash")]),
        ("وأكد البيان أن وحدة من الجيش أردت خمسة إرهابيين قتلى قرب المعبر الحدودي.",
         [("Battles", "Armed clash")]),
        # uncounted, the role before the verb is its doer
        ("وقال شهود إن مسلحين قتلوا ثلاثة مزارعين في حقولهم شرق البلدة.",
         [("Violence against civilians", "Attack")]),
        # an execution is violence against a captive, whoever he fought for
        ("وأقدم التنظيم على إعدام ستة من عناصر الشرطة الأسرى رميا بالرصاص في ساحة عامة.",
         [("Violence against civilians", "Attack")]),
        # a sentence passed by a court is no execution
        ("وقضت المحكمة بالإعدام على ثلاثة متهمين في قضية تفجير السوق.", []),
        # an attack on a camp or checkpoint is a battle; fought with guns, even beside shells
        ("وتعرضت ثكنة للجيش فجر الثلاثاء لهجوم مسلح خلف سبعة قتلى في صفوف الجنود.",
         [("Battles", "Armed clash")]),
        ("وشن مسلحون هجوما على نقطة تفتيش مستخدمين أسلحة رشاشة وقذائف هاون.",
         [("Battles", "Armed clash")]),
        ("وشن مسلحون هجوما بقذائف الهاون على معسكر للقوات الحكومية.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
        # what a disruption acts on is not a blast; arrests and bombs defused are two acts,
        # weapons seized in the raid belong to its arrests
        ("واعتقلت قوة أمنية ثلاثة مطلوبين وفككت ثلاث عبوات ناسفة مزروعة قرب طريق الدوريات.",
         [("Strategic developments", "Arrests"), ("Strategic developments", "Disrupted weapons use")]),
        ("واعتقلت قوة أمنية ثلاثة مطلوبين وضبطت أسلحة وذخائر في منازلهم.",
         [("Strategic developments", "Arrests")]),
        ("وفجرت وحدة الهندسة جسما مشبوها عثر عليه قرب مدخل السوق.",
         [("Strategic developments", "Disrupted weapons use")]),
        # stones thrown are a violent demonstration, not a rocket salvo
        ("ورشق عشرات الفتية دورية للشرطة بالحجارة عند مدخل الحي.", [("Riots", "Violent demonstration")]),
        ("وأطلقت الفصائل رشقة صاروخية على القاعدة الجوية.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
        # a post set up beside blasts only heard is the post
        ("وأقامت القوات نقاط تمركز جديدة على الطريق الدولي مع سماع دوي انفجارات في المنطقة.",
         [("Strategic developments", "Headquarters or base established")]),
        # a response beside a shelling does not make a battle
        ("وتعرض مركز حدودي لقذائف كثيفة فجر اليوم وتصدت له القوات بالمدفعية.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
        # areas held and a situation brought under control are no takeover
        ("وقال المرصد إن غارات جوية استهدفت مناطق سيطرة التنظيم في ريف المدينة.",
         [("Explosions/Remote violence", "Air/drone strike")]),
    ],
)
def test_events_typing_by_act(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a round-up: a shelling, then clashes told with وأن, are two events
        ("وذكر سكان أن المسلحين قصفوا أحياء في البلدة، وأن معارك عنيفة دارت في الوادي القريب.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash")]),
        # clashes accompanied by air strikes: the fighting and the strikes
        ("واندلعت اشتباكات عنيفة على أطراف المدينة ترافقت مع قصف جوي على مواقع المسلحين.",
         [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike")]),
        # a shelling in one place, a takeover in another, strikes by aircraft: three acts,
        # each aircraft read in its own clause
        ("وقصف المتمردون أحياء المدينة، فيما سيطرت القوات على تلة قريبة، بينما قصفت طائرات التحالف مواقع لهم.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack"),
          ("Battles", "Government regains territory"), ("Explosions/Remote violence", "Air/drone strike")]),
        # an abduction and, after كما, an execution
        ("وخطف مسلحون أربعة مدنيين من قرية نائية، كما أعدموا راعيا رفض مرافقتهم.",
         [("Violence against civilians", "Abduction/forced disappearance"), ("Violence against civilians", "Attack")]),
        # force used on the demonstration is no act of its own
        ("خرج المئات في مسيرة وسط المدينة، بينما استخدمت الشرطة خراطيم المياه لتفريق المتظاهرين.",
         [("Protests", "Protest with intervention")]),
        # a second act of a type already read adds nothing
        ("قصفت المدفعية قرى الريف الشرقي، كما قصفت راجمات الصواريخ أطراف البلدة.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ],
)
def test_events_typing_round_up_acts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # aircraft are a strike only beside a strike word
        ("وتقدمت القوات بغطاء جوي وفرته طائرات التحالف طوال النهار.", []),
        ("واستهدفت طائرات التحالف مخازن سلاح شمال المدينة.", [("Explosions/Remote violence", "Air/drone strike")]),
        ("وقالت الوزارة إن طائرة عمودية دمرت قاربا يحمل أسلحة قبالة الساحل.",
         [("Explosions/Remote violence", "Air/drone strike")]),
        # clashes in any of their forms
        ("ووقعت صدامات مسلحة بين عناصر الفصيلين عند حاجز على مدخل البلدة.", [("Battles", "Armed clash")]),
        # gatherings told by their size
        ("وتجمع العشرات أمام مقر المحافظة مطالبين بالإفراج عن المعتقلين.", [("Protests", "Peaceful protest")]),
        # suicide bombers told by the verbal noun, in the dual
        ("وقامت امرأتان بتفجير نفسيهما عند مدخل السوق الشعبي.", [("Explosions/Remote violence", "Suicide bomb")]),
        # goods seized are no ground taken; a town is
        ("وداهم الجنود محلات تجارية في المخيم واستولوا على كاميرات المراقبة.", [("Strategic developments", "Arrests")]),
        ("واستولى المسلحون على بلدة حدودية بعد معارك استمرت يومين.", [("Battles", "Government regains territory")]),
        # a search (بحث) is no call (حث): the fire the patrol came under is told
        ("وتعرضت دورية للجيش لإطلاق نار خلال عملية بحث وتمشيط في الجبل.", [("Battles", "Armed clash")]),
    ],
)
def test_events_typing_lexicon_families(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected


def test_events_typing_new_entries_stay_out_of_the_classifier() -> None:
    """Entries added after the sentence classifier was trained are no features of it."""
    late = [t for t in lexicon().triggers if t.family in ("execution",) or t.near]
    assert late and all(not t.feature for t in late)
