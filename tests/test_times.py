"""Tests of the times stage: the gold expression table, Hijri dates against hijridate,
publication-date lines, the stage contract and hypothesis invariants."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hijridate import Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Document, Sentence
from rasd.evaluation import check_floors, find_shared_data
from rasd.evaluation.times import evaluate, load_passages, load_table, row_ok
from rasd.pipeline import Pipeline, PipelineConfig, StageSpec, registered_stages
from rasd.stages.times.stage import TimesStage, find_publication_date, resolve_times

TABLE = load_table()
SUNDAY = dt.date(2017, 10, 15)


def _found(text: str, published: dt.date | str | None) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in resolve_times(text, published)]


def _doc(text: str, published: dt.date | None = None, **kw: object) -> Document:
    return Document(id="t", text=text, published=published, sentences=(Sentence(0, len(text)),), **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------- the gold table


def test_times_table_is_large_and_covers_every_pattern() -> None:
    categories = {row.category for row in TABLE}
    assert len(TABLE) >= 300
    for needed in ("relday", "weekday", "date_syriac", "date_egyptian", "date_maghrebi", "hijri", "coarse",
                   "units", "digits", "no_published", "negative"):
        assert needed in categories


@pytest.mark.parametrize("row", TABLE, ids=[f"{i}-{r.category}" for i, r in enumerate(TABLE)])
def test_times_table_row(row) -> None:  # type: ignore[no-untyped-def]
    ok, found = row_ok(row)
    assert ok, f"{row.text!r}: expected {row.span!r} -> {row.value!r}, found {found!r}"


# ------------------------------------------------------- Hijri checked against hijridate

HIJRI_MONTHS = [
    (1, "محرم"), (2, "صفر"), (3, "ربيع الأول"), (4, "ربيع الآخر"), (5, "جمادى الأولى"),
    (6, "جمادى الآخرة"), (7, "رجب"), (8, "شعبان"), (9, "رمضان"), (10, "شوال"),
    (11, "ذو القعدة"), (12, "ذو الحجة"),
]


@pytest.mark.parametrize("year", [1400, 1425, 1439, 1446])
@pytest.mark.parametrize(("month", "name"), HIJRI_MONTHS)
def test_times_hijri_matches_hijridate(year: int, month: int, name: str) -> None:
    day = 1 + (year + month) % 28
    text = f"في {day} {name} {year} هـ أعلن"
    expected = Hijri(year, month, day).to_gregorian().isoformat()
    assert _found(text, SUNDAY) == [(f"{day} {name} {year} هـ", expected)]


def test_times_hijri_day_30_of_a_29_day_month_is_the_next_day() -> None:
    # Ramadan 1438 has 29 days in the Umm al-Qura calendar; where it lasted 30, day 30 is
    # the day Umm al-Qura calls 1 Shawwal.
    expected = Hijri(1438, 10, 1).to_gregorian().isoformat()
    assert _found("في 30 رمضان 1438 هـ", SUNDAY) == [("30 رمضان 1438 هـ", expected)]


# ------------------------------------------------------------------ acceptance sample


def test_times_sample_article_values() -> None:
    data = find_shared_data()
    sample = data.parent / "samples" / "raqqa-2017-10-15.txt" if data else None
    if sample is None or not sample.is_file():
        pytest.skip("the sample article needs ../shared/samples")
    text = sample.read_text(encoding="utf-8")
    found = _found(text, SUNDAY)
    for expected in [("اليوم الأحد", "2017-10-15"), ("السبت", "2017-10-14"), ("يوم الأحد", "2017-10-15"),
                     ("مساء السبت", "2017-10-14"), ("السادس من حزيران/يونيو", "2017-06-06")]:
        assert expected in found


def test_times_passages_have_exact_spans() -> None:
    for passage in load_passages():
        found = {(t.start, t.end): t.value for t in resolve_times(passage.text, passage.published)}
        for start, end, value in passage.times:
            assert found.get((start, end), "missing") == value, passage.text[start:end]


def test_times_evaluation_meets_floors() -> None:
    result = evaluate(None)
    assert result.metrics["accuracy"] > 0.9
    assert check_floors(result) == []


# ---------------------------------------------------------------- rules in detail


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a bare weekday is the latest such day on or before publication
        ("2017-10-15", "وقع الهجوم الأحد", "2017-10-15"),
        ("2017-10-16", "وقع الهجوم الأحد", "2017-10-15"),
        ("2017-10-21", "وقع الهجوم الأحد", "2017-10-15"),
        ("2017-10-22", "وقع الهجوم الأحد", "2017-10-22"),
        # a weekday named with a relative day: the weekday wins within two days of it (a
        # Friday paper written on Thursday: أمس الأربعاء, اليوم الخميس), else the latest such
        # weekday before it (a report posted days after it was written: اليوم الأحد in a
        # Wednesday post); a day after publication named so keeps its relative day
        ("2015-07-24", "قتل الجنود أمس الأربعاء", "2015-07-22"),
        ("2015-07-24", "قتل الجنود أمس الخميس", "2015-07-23"),
        ("2015-07-24", "أعلن الجيش اليوم الخميس", "2015-07-23"),
        ("2015-07-24", "وقع الانفجار أمس السبت", "2015-07-18"),
        ("2015-07-24", "وقع الانفجار أمس الاثنين", "2015-07-20"),
        ("2015-07-22", "أعلن الوزير اليوم الأحد", "2015-07-19"),
        ("2015-07-22", "وقع الانفجار أمس الأول الجمعة", "2015-07-17"),
        # "the day before yesterday" is also written with the article
        ("2015-07-24", "وقع الانفجار الأول من أمس", "2015-07-22"),
        ("2015-07-24", "قتل الجنود يوم الأول من أمس", "2015-07-22"),
        ("2015-07-24", "تبدأ المحادثات غدا الأحد", "2015-07-25"),
        # المقبل is strictly after, الماضي strictly before
        ("2017-10-15", "الأحد المقبل", "2017-10-22"),
        ("2017-10-15", "الأحد الماضي", "2017-10-08"),
        # years inferred: past preferred, the near future allowed
        ("2017-01-05", "في 25 كانون الأول", "2016-12-25"),
        ("2017-12-20", "في 5 كانون الثاني", "2018-01-05"),
        ("2017-10-15", "في 21 آذار", "2017-03-21"),
        # month modifiers
        ("2017-06-20", "في حزيران الماضي", "2016-06"),
        ("2017-06-20", "في حزيران المقبل", "2018-06"),
        ("2017-06-20", "في حزيران الجاري", "2017-06"),
    ],
)
def test_times_resolution_rules(published: str, text: str, expected: str) -> None:
    values = [v for _, v in _found(text, published)]
    assert values == [expected]


@pytest.mark.parametrize(
    "text",
    ["مارس الضغط على الحكومة", "أسباب الأزمة", "قتل 15 قتيلا", "مايو", "ماي", "تموز", "قوى 14 آذار",
     # "such a day", not today
     "استعد المقاتلون طويلا لمثل هذا اليوم", "في مثل هذا اليوم سقطت المدينة",
     # the superlative of مسّ (most pressing), not yesterday
     "تصل الشحنات إلى بلد في أمس الحاجة إليها", "والسكان في أمس الحاجات إلى الدواء",
     "نحن بأمس الحاجة إلى الهدوء",
     # the daily named in quotation marks (the source it told), not today
     'وقال المتحدث لـ"اليوم" إن القوات تقدمت', "وقال السكان لـ «اليوم» إن القصف توقف",
     "«اليوم» رصدت آراء السكان في المدينة"],
)
def test_times_ambiguous_words_are_not_dates(text: str) -> None:
    assert _found(text, SUNDAY) == []


@pytest.mark.parametrize(
    "text",
    ['قال المتحدث "نحن هنا" اليوم "لنقول كلمتنا"', 'وقال اليوم لـ"الرياض" إن القوات تقدمت',
     "أكد «المرصد» اليوم أن القصف توقف"],
)
def test_times_today_beside_quoted_words_is_today(text: str) -> None:
    assert [v for _, v in _found(text, SUNDAY)] == [SUNDAY.isoformat()]


def test_times_quoted_today_glossing_a_day_is_a_day() -> None:
    # an editor's gloss of the day before it (tomorrow, the paper's today) is a day, not a name
    assert ("اليوم", SUNDAY.isoformat()) in _found("تصل الدبابات غدًا «اليوم» إلى المدينة", SUNDAY)


def test_times_spans_cover_tatweel_and_tanwin() -> None:
    text = "وصل غداً ثم 25 محرم 1439 هـ"
    assert [s for s, _ in _found(text, SUNDAY)] == ["غداً", "25 محرم 1439 هـ"]


# ------------------------------------------------------------ publication date lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشر في 15 أكتوبر 2017\nخرج المقاتلون اليوم الأحد.", dt.date(2017, 10, 15)),
        ("الأحد 15 تشرين الأول 2017\nخرج المقاتلون اليوم.", dt.date(2017, 10, 15)),
        ("العنوان\nخرج المقاتلون اليوم.\nآخر تحديث: 2017-10-15 10:30", dt.date(2017, 10, 15)),
        ("تاريخ النشر: 15/10/2017 - 09:12 ص\nنص الخبر", dt.date(2017, 10, 15)),
        ("خرج المقاتلون في 15 أكتوبر 2017 من المدينة بعد معارك طويلة.", None),
        ("خرج المقاتلون اليوم الأحد.", None),
    ],
)
def test_times_find_publication_date(text: str, expected: dt.date | None) -> None:
    assert find_publication_date(text) == expected


def test_times_stage_reads_published_from_date_line() -> None:
    doc = TimesStage()(_doc("نشر في 15 أكتوبر 2017\nخرج المقاتلون اليوم الأحد بعد اتفاق السبت."))
    assert doc.published == dt.date(2017, 10, 15)
    assert [(doc.surface(t), t.value) for t in doc.times][-2:] == [
        ("اليوم الأحد", "2017-10-15"),
        ("السبت", "2017-10-14"),
    ]


def test_times_stage_reads_published_from_removed_lines() -> None:
    doc = TimesStage()(_doc("خرج المقاتلون أمس.", removed=("الأحد 15 تشرين الأول 2017",)))
    assert doc.published == dt.date(2017, 10, 15)
    assert [t.value for t in doc.times] == ["2017-10-14"]


def test_times_stage_reads_published_from_a_title_that_is_a_date_line() -> None:
    doc = TimesStage()(_doc("خرج المقاتلون أمس.", title="نشر في 15 أكتوبر 2017"))
    assert doc.published == dt.date(2017, 10, 15)
    assert [t.value for t in doc.times] == ["2017-10-14"]


def test_times_stage_without_published_keeps_relative_values_null() -> None:
    doc = TimesStage()(_doc("خرج المقاتلون اليوم الأحد، وكانوا دخلوا في 6 حزيران 2014."))
    assert doc.published is None
    assert [(doc.surface(t), t.value) for t in doc.times] == [("اليوم الأحد", None), ("6 حزيران 2014", "2014-06-06")]


def test_times_stage_option_disables_date_line_search() -> None:
    doc = TimesStage(find_published=False)(_doc("نشر في 15 أكتوبر 2017\nخرج المقاتلون أمس."))
    assert doc.published is None
    assert [t.value for t in doc.times] == ["2017-10-15", None]


def test_times_stage_skips_other_languages() -> None:
    doc = TimesStage()(_doc("15/10/2017 yesterday", SUNDAY, language="en"))
    assert doc.times == ()


def test_times_stage_is_registered_and_checked_by_the_pipeline() -> None:
    assert "times" in registered_stages()
    pipeline = Pipeline.from_config(PipelineConfig((StageSpec("segment"), StageSpec("times"))))
    doc = pipeline(Document(id="x", text="وقع الهجوم مساء السبت.", published=SUNDAY))
    assert [(doc.surface(t), t.value) for t in doc.times] == [("مساء السبت", "2017-10-14")]
    doc.validate()


# ------------------------------------------------------------------- hypothesis

_PIECES = [
    "اليوم", "أمس", "غدا", "الأحد", "السبت", "الاثنين", "المقبل", "الماضي", "مساء", "ليل", "يوم",
    "حزيران", "يونيو", "أوت", "مارس", "تشرين الأول", "كانون", "محرم", "رمضان", "ذو الحجة", "هـ", "م",
    "من", "منذ", "قبل", "بعد", "حتى", "إلى", "و", "عام", "العام", "الشهر", "مطلع", "نهاية", "السادس",
    "الحادي والعشرين", "عشر", "أيام", "يومين", "ثلاثة", "15", "31", "2017", "1439", "0", "99999",
    "١٥", "۲۰۱۷", "/", "-", ".", "،", "(", ")", " ", " ", "\n", "ـ", "ً", "x",
]
_TEXT = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.text(max_size=80),
)
_DATES = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max, SUNDAY]))
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _valid_value(value: str) -> bool:
    if not _ISO.fullmatch(value):
        return False
    if len(value) == 10:
        dt.date.fromisoformat(value)
    elif len(value) == 7:
        assert 1 <= int(value[5:]) <= 12
    return True


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=_DATES)
def test_times_values_are_iso_and_spans_fit(text: str, published: dt.date | None) -> None:
    for t in resolve_times(text, published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end].strip() == text[t.start : t.end]
        assert t.value is None or _valid_value(t.value)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, published=_DATES, language=st.sampled_from([None, "ar", "en"]))
def test_times_stage_never_raises(text: str, published: dt.date | None, language: str | None) -> None:
    doc = TimesStage()(_doc(text, published, language=language))
    doc.validate()
    for t in doc.times:
        assert t.value is None or _valid_value(t.value)


@given(st.integers(0, 6), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(-2, 4))
def test_times_weekday_near_is_the_named_weekday_close_to_the_day(weekday: int, day: dt.date, lead: int) -> None:
    from rasd.stages.times.calendar import weekday_near

    latest = day + dt.timedelta(days=lead)
    found = weekday_near(weekday, day, latest)
    gap = (day.weekday() - weekday) % 7
    if gap >= 5 and 7 - gap <= lead:
        assert found == day + dt.timedelta(days=7 - gap)  # within two days after, not after the latest day
    elif gap <= 2 and gap >= -lead:
        assert found == day - dt.timedelta(days=gap)  # within two days before, not after the latest day
    elif gap > 2 and lead >= 0:
        assert found == day - dt.timedelta(days=gap)  # none near: the latest such weekday before the day
    else:
        assert found is None  # a day after the latest day with no such weekday near it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an editor's parenthesis says which day a wire report's "today" was
        ("قال الجيش إن مسلحين هاجموا ظهر اليوم (أمس) نقطة تفتيش", ["2015-08-03", "2015-08-03"]),
        ("دوى الانفجار صباح اليوم (أمس الاثنين) قرب السوق الشعبي", ["2015-08-03", "2015-08-03"]),
        # the gloss names the publication day itself: nothing changes
        ("أعلنت الشرطة اليوم (الثلاثاء) اعتقال خمسة مشتبه بهم", ["2015-08-04", "2015-08-04"]),
        # a "today" glossed as yesterday makes the report's other "today" yesterday too
        ("سقط الشاب فجر اليوم برصاص الجنود. وقال شقيقه إن الجنود داهموا المنزل فجر اليوم (أمس) واعتقلوا والده",
         ["2015-08-03", "2015-08-03", "2015-08-03"]),
        # no parenthesis: the relative day stands
        ("قال الجيش إن مسلحين هاجموا ظهر اليوم نقطة تفتيش", ["2015-08-04"]),
        # only the report's "today"s move with the gloss, not its other relative days
        ("قال الوزير اليوم (أمس) إن الوفد يصل غدا", ["2015-08-03", "2015-08-03", "2015-08-05"]),
        # "this day" with a part of the day is today
        ("بلغ عدد الزوار حتى مساء هذا اليوم ألفي زائر", ["2015-08-04"]),
        # أمس (الأول): the editor's "the first" makes yesterday the day before yesterday
        ("دارت اشتباكات عنيفة منتصف ليل أمس (الأول) في ريف المدينة", ["2015-08-02"]),
        ("قتل ثلاثة جنود أمس ( الأول ) في كمين", ["2015-08-02"]),
        # a weekday in the parenthesis is a gloss of the same day, not "the first"
        ("قتل ثلاثة جنود أمس (الاثنين) في كمين", ["2015-08-03", "2015-08-03"]),
    ],
)
def test_times_parenthesis_glosses_a_relative_day(text: str, expected: list[str]) -> None:
    assert [v for _, v in _found(text, "2015-08-04")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire report printed a day late names its "today" by the weekday (Monday, the day
        # before this Tuesday's paper): its bare "today"s are Monday too
        ("قال مسؤول اليوم الاثنين إن الغارات مستمرة. وقتل خمسة مدنيين صباح اليوم في قصف على السوق",
         ["2015-08-03", "2015-08-03"]),
        ("أعلن الجيش اليوم (الاثنين) أن مسلحين هاجموا فجر اليوم حاجزا للشرطة", ["2015-08-03", "2015-08-03", "2015-08-03"]),
        # the weekday names the publication day: nothing moves
        ("قال مسؤول اليوم الثلاثاء إن خمسة قتلوا صباح اليوم", ["2015-08-04", "2015-08-04"]),
        # only the report's "today"s move, not its yesterday (the paper's own voice may tell it)
        ("قال مسؤول اليوم الاثنين إن الغارات مستمرة. وكانت الطائرات قصفت أمس مواقع في المدينة",
         ["2015-08-03", "2015-08-03"]),
        # two reports naming two different "today"s: none moves
        ("قال مسؤول اليوم الاثنين إن الغارات مستمرة. وقال آخر اليوم الأحد إن القصف توقف. وقتل خمسة صباح اليوم",
         ["2015-08-03", "2015-08-02", "2015-08-04"]),
    ],
)
def test_times_report_names_its_own_today(text: str, expected: list[str]) -> None:
    assert [v for _, v in _found(text, "2015-08-04")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت عبوة قرب سوق الخضار الليلة قبل الماضية", ["2015-08-02"]),
        ("انفجرت عبوة قرب سوق الخضار الليلة الماضية", ["2015-08-03"]),
    ],
)
def test_times_night_before_last(text: str, expected: list[str]) -> None:
    assert [v for _, v in _found(text, "2015-08-04")] == expected
