"""Phrases that tie a clause's sides together or apart (:mod:`rasd.stages.events.alliance`):
a state's forces backed by a militia lead it, whoever backs an act from the air is not its doer,
whom a side fights ``مع`` is its opponent, the side fire came from fired it, and a claim's act
counts its victims after the claim marker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

HOUTHIS = "Houthi Movement - Ansar Allah"


def _actors(text: str, published: str = "2015-07-25") -> list[tuple[str, str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army backed by the resistance (a masculine participle) leads: the state's forces
        ("وتقدمت وحدات الجيش المسنود بمسلحي المقاومة الشعبية أمس وسيطرت على تلال مطلة على مدينة الحوطة بمحافظة لحج اليمنية.",
         ("Government regains territory", "Military Forces of Yemen", HOUTHIS)),
        # air cover "by" the coalition backs the resistance's advance: it does not take the town (the
        # resistance fights for the government: ACLED codes its takings as the government regaining ground)
        ("وتمكن رجال المقاومة الشعبية مدعومين بغطاء جوي كثيف من قبل مقاتلات التحالف من انتزاع السيطرة على مدينة لودر "
         "بمحافظة أبين اليمنية أمس.",
         ("Government regains territory", "Popular Resistance", HOUTHIS)),
        # whom the resistance fights "with" is its opponent, not the subject of the taking (the taking
        # is only the fight's aim: an Armed clash, rasd.stages.events.aims; the sides are read as before)
        ("وأفاد شهود أن مقاتلي المقاومة الشعبية خاضت أمس اشتباكات مع المسلحين الحوثيين من أجل السيطرة على معسكر قرب "
         "مدينة الحوطة اليمنية.",
         ("Armed clash", "Popular Resistance", HOUTHIS)),
        # the side rockets came from fired them; the town's dead are civilians
        ("وسقطت صواريخ مصدرها مواقع الفصائل المعارضة على مدينة درعا السورية أمس مما أدى إلى مقتل ثلاثة مدنيين.",
         ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Civilians (Syria)")),
        # both groups joined after a target noun own the target: the first is the main enemy named
        ("وشنت مقاتلات التحالف أمس غارات على مخازن للحوثيين وقوات صالح قرب مدينة ذمار اليمنية.",
         ("Air/drone strike", "Military Forces of Saudi Arabia", HOUTHIS)),
        # a claim: the dead counted after the claim marker suffer the act, the claimant did it
        ("وأعلن حزب العمال الكردستاني تبني مقتل جنديين تركيين في هجوم على مخفر في ولاية هكاري أمس.",
         ("Armed clash", "PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
    ],
)
def test_events_actors_alliance_sides(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the killers "by the fire of" gunmen stay the doers: the death cue comes before the marker
        ("وقتل ثلاثة جنود بنيران مسلحين مجهولين في مدينة العريش المصرية أمس.", "Unidentified Armed Group (Egypt)"),
        # "with" that joins the act itself to another (not a side to its opponent): the doer stays
        ("وتزامن انسحاب جبهة النصرة من ريف إدلب مع غارة طائرة أمريكية مسيرة على مقر لتنظيم داعش في مدينة الرقة السورية.",
         "Military Forces of the United States"),
        # a name after "with" that is no side's partner before it stays the doer
        ("وخاض مسلحو الحوثي أمس معارك مع قبائل مراد في مدينة مأرب اليمنية.", HOUTHIS),
    ],
)
def test_events_actors_alliance_doer_kept(text: str, doer: str) -> None:
    assert doer in [a1 for _sub, a1, _a2 in _actors(text)]
