"""Each event at its own incident's place (issue 16): a village is not merged into the town
it lies near (or is only placed at by the gazetteer), a quarter is; the places that locate
a place (``بمديرية X في شمال Y``) are not the event's; a place measured from (``على بعد 100
كيلومتر جنوب بغداد``) is a reference point; a place told with another incident's trigger is
that incident's; ``من جهة ... من جهة أخرى`` names the sides of one fight. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.api import analyze_text
from rasd.document import Location, Place
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.where import areas_of, pick_place


def _events(text: str, published: str = "2022-05-18") -> set[tuple[str, str | None]]:
    doc = analyze_text(text, published=published)
    return {(e.sub_event_type, e.location.text if e.location else None) for e in doc.events}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the direction of the province only locates the district: the district is the
        # ambush's place, though the trigger stands nearer the province
        ("كمين في اليمن\n\nعدن - وفي قرية الحسيني بمديرية تبن في شمال لحج، قتل مقاتلون من المقاومة "
         "أمس خمسة من عناصر الحوثيين في كمين.\n",
         {("Armed clash", "تبن")}),
        # a city measured from is a reference point: the next sentence's protest is in Hilla
        ("مظاهرات في العراق\n\nبغداد - تجمع المحتجون مساء الجمعة في مدينة الحلة، على مسافة 100 كلم جنوب "
         "بغداد. إذ تظاهر مئات الأهالي صباح أمس للمطالبة بالكهرباء والماء.\n",
         {("Peaceful protest", "الحلة")}),
        # the second side of a fight (من جهة أخرى) does not start another incident
        ("اشتباكات في الجنوب\n\nدرعا - استمرت أمس المعارك بين الجيش النظامي ومن يسانده من جهة وكتائب "
         "المعارضة من جهة أخرى في مدينة داعل، كما قصفت مدفعية النظام بلدة الحراك.\n",
         {("Armed clash", "داعل"), ("Shelling/artillery/missile attack", "الحراك")}),
        # two villages the gazetteer only puts at the province's point: two places struck
        ("غارات في إدلب\n\nإدلب - شن الطيران الحربي أمس غارات على بلدتي كفرعويد وسفوهن بريف إدلب "
         "الجنوبي.\n",
         {("Air/drone strike", "كفرعويد"), ("Air/drone strike", "سفوهن")}),
        # "other rallies": another incident, at its own place
        ("احتجاجات في العراق\n\nالبصرة - فرقت الشرطة أمس متظاهرين غاضبين في مدينة البصرة بالغاز "
         "المسيل للدموع، ونظمت تظاهرات أخرى أمس في مدينة الناصرية.\n",
         {("Protest with intervention", "البصرة"), ("Peaceful protest", "الناصرية")}),
        # the village after the shelling is the shelling's; the clash is near the other one
        ("قصف واشتباكات في حلب\n\nحلب - استهدفت مدفعية الجيش السوري أمس أحياء في بلدة خان طومان بريف "
         "حلب الجنوبي، بالتزامن مع معارك متقطعة دارت بين الجيش والمسلحين الموالين له من جنسيات مختلفة "
         "وعناصر فصائل المعارضة المسلحة وجبهة النصرة وحلفائها، في محيط قرية حندرات شمال حلب.\n",
         {("Shelling/artillery/missile attack", "خان طومان"), ("Armed clash", "حندرات")}),
    ],
)
def test_events_where_place_of_the_incident(text: str, want: set[tuple[str, str | None]]) -> None:
    assert _events(text) == want


@pytest.mark.parametrize(
    ("text", "place", "want"),
    [
        ("كمين في اليمن\n\nعدن - قتل خمسة في كمين بمديرية تبن في شمال لحج أمس.\n", "تبن", ("شمال لحج",)),
        ("قصف في حلب\n\nحلب - قصفت الطائرات بلدة خان طومان، بريف حلب أمس.\n", "خان طومان", ("ريف حلب",)),
        # a list goes on with و: the second town does not locate the first
        ("غارات في إدلب\n\nإدلب - شن الطيران غارات على مدينة بنش وبلدة طعوم أمس.\n", "بنش", ()),
    ],
)
def test_events_where_areas_of_a_place(text: str, place: str, want: tuple[str, ...]) -> None:
    doc = analyze_text(text, published="2022-05-18")
    first = next(p for p in doc.places if doc.text[p.start:p.end] == place)
    assert areas_of(doc.text, doc.places, first) == want


def _place(text: str, word: str) -> Place:
    at = text.index(word)
    return Place(at, at + len(word), name=word, country="SY", admin1="Aleppo", lat=36.2, lon=37.1, precision=1)


@pytest.mark.parametrize(
    ("others", "want"),
    [
        # alone, the clash takes the nearest place, the one right before it
        ((), "الوادي"),
        # with the shelling's trigger before that place, the place is the shelling's
        (("قصفت",), "التلة"),
    ],
)
def test_events_where_place_told_with_another_trigger(others: tuple[str, ...], want: str) -> None:
    text = "قصفت المدفعية قرية الوادي، بموازاة معارك عنيفة دارت فجرا بين الطرفين قرب قرية التلة"
    places = [_place(text, "الوادي"), _place(text, "التلة")]
    got = pick_place(text, places, 0, len(text), text.index("معارك"), "SY", [text.index(o) for o in others])
    assert got is not None and text[got.start:got.end] == want


def _cand(text: str, start: int, *, name: str = "Taiz", lat: float = 13.58, lon: float = 44.02,
          precision: int = 2, event: str = "Armed clash", areas: tuple[str, ...] = ()) -> Candidate:
    loc = Location(text=text, name=name, country="YE", admin1="Taiz", lat=lat, lon=lon, precision=precision)
    # (a later sentence with no day of its own: merged wherever the place allows)
    return Candidate("Battles", event, "2022-05-17", 1 if start == 0 else 2, loc, False, None, None, None,
                     start, start + 10, 0.9, False, False, ((start, start + 10),), (),
                     sentences=((start, start + 10),), areas=areas)


_CITY = _cand("تعز", 0, precision=1)


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # the same city told again
        (_cand("مدينة تعز", 100, precision=1), 1),
        # a quarter of the city, by its word or by the gazetteer's name for it
        (_cand("حي الجحملية", 100), 1),
        (_cand("الجحملية", 100, name="Al-Jahmaliyah, Taiz"), 1),
        # the area around the city
        (_cand("شمال غربي تعز", 100), 1),
        # a village the gazetteer only puts at the city: a place of its own
        (_cand("تبة الصالحين", 100), 2),
        # a district it knows, 7 km away: a place of its own
        (_cand("المسراخ", 100, name="Al Misrakh", lat=13.52, lon=44.03), 2),
    ],
)
def test_events_where_merge_keeps_villages_near_a_town_apart(second: Candidate, events: int) -> None:
    assert len(merge_candidates([_CITY, second])) == events


def test_events_where_merge_takes_the_area_an_event_was_located_by() -> None:
    # the hill was located by its district; a later sentence at the district is the same fight
    hill = _cand("تبة الصالحين", 0, name="Al Masaliyah", areas=("مديريه المسراخ",))
    later = _cand("مديرية المسراخ", 100, name="Al Misrakh", lat=13.52, lon=44.03)
    assert len(merge_candidates([hill, later])) == 1


def test_events_where_merge_two_directions_of_one_town() -> None:
    south = _cand("جنوب تعز", 0)
    east = _cand("شرق تعز", 100)
    assert len(merge_candidates([south, east])) == 1


@given(st.text(alphabet="ابتثجحخدرزسشصضطظعغفقكلمنهوي ", min_size=1, max_size=12),
       st.text(alphabet="ابتثجحخدرزسشصضطظعغفقكلمنهوي ", min_size=1, max_size=12))
def test_events_where_merge_same_place_is_symmetric(a: str, b: str) -> None:
    # whether two readings name one place does not depend on which was told first
    x, y = _cand(a, 0), _cand(b, 0)
    assert len(merge_candidates([x, y])) == len(merge_candidates([y, x]))
