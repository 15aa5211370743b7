"""Statement pieces by their lede: a funeral, a condolence or a condemnation whose headline names
no act (rasd.stages.events.statement.lede_statement, issue 16).

Every headline and article here was written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.statement import lede_statement, statement_only

PUBLISHED = "2015-08-05"

_FUNERAL = (
    "شيع أهالي قرية الحمراء أمس جثمان الجندي سالم العتيبي الذي استشهد صباح الجمعة الماضي إثر سقوط "
    "قذيفة أطلقتها ميليشيات الحوثي على موقعه في قطاع جازان.\n\n"
    "وأدى المئات صلاة الميت على الشهيد في الجامع الكبير بالمحافظة، وسط حضور عدد من المسؤولين.\n\n"
    "وكان الجندي العتيبي قد أصيب بشظايا القذيفة خلال تصديه للمتسللين على الشريط الحدودي في جازان، "
    "ونقل إلى المستشفى حيث فارق الحياة.\n\n"
    "وعبر والد الشهيد عن فخره بابنه الذي قدم روحه فداء للوطن، مؤكدا أن أبناءه جميعا فداء للوطن."
)
_CONDEMNATION = (
    "استنكر مجلس علماء المنطقة التفجير الذي طال مسجدا بمدينة أبها ظهر الخميس الماضي، "
    "وأدى إلى مقتل 15 من المصلين.\n\n"
    "وقال رئيس المجلس في بيان إن هذا العمل الإجرامي لا يقره دين ولا عقل.\n\n"
    "وكان انتحاري قد فجر نفسه بحزام ناسف داخل المسجد أثناء صلاة الظهر، فقتل 15 مصليا وجرح العشرات.\n\n"
    "ودعا المجلس الشباب إلى الحذر من الفكر الضال والتعاون مع الجهات الأمنية."
)
_ITEM = "\n\nمن جهة أخرى، اعتقلت الشرطة أمس ثلاثة مسلحين في مدينة الطائف بعد اشتباك قصير مع دورية أمنية."

_REPORT = (
    "فجر انتحاري نفسه بحزام ناسف داخل مسجد في مدينة أبها أمس، فقتل 15 مصليا.\n\n"
    "واستنكر مجلس علماء المنطقة التفجير الإرهابي الذي استهدف المصلين."
)

_QUIET_TITLE = "علماء المنطقة: الفكر الضال خطر على الشباب"


@pytest.mark.parametrize(("title", "text", "stated"), [
    ("أهالي قرية الحمراء يودعون الجندي سالم العتيبي", _FUNERAL, True),  # no act in the headline
    ("جثمان الشهيد سالم العتيبي يصل إلى قريته", _FUNERAL, True),  # the dead after a funeral's word
    (_QUIET_TITLE, _CONDEMNATION, True),
    ("مقتل جندي بقذيفة حوثية في جازان", _FUNERAL, False),  # the headline tells the act
    ("تأكيد مقتل الجندي سالم العتيبي", _FUNERAL, False),  # a death, told as news
    ("المقاومة تسيطر على الحوطة", _CONDEMNATION, False),  # an act in the present
    (_QUIET_TITLE, _REPORT, False),  # the lede tells the act first
])
def test_lede_statement_reads_the_headline_and_the_lede(title: str, text: str, stated: bool) -> None:
    assert lede_statement(analyze_text(text, title=title, published=PUBLISHED)) is stated


@pytest.mark.parametrize(("title", "text"), [
    ("أهالي قرية الحمراء يودعون الجندي سالم العتيبي", _FUNERAL),
    (_QUIET_TITLE, _CONDEMNATION),
])
def test_lede_statement_piece_makes_no_event(title: str, text: str) -> None:
    assert not analyze_text(text, title=title, published=PUBLISHED).events


def test_lede_statement_piece_that_turns_to_another_matter_keeps_its_item() -> None:
    doc = analyze_text(_CONDEMNATION + _ITEM, title=_QUIET_TITLE, published=PUBLISHED)
    assert not statement_only(doc)
    assert any(e.event_type == "Battles" and e.location is not None and e.location.text == "الطائف"
               for e in doc.events)


def test_lede_statement_report_keeps_its_event() -> None:
    doc = analyze_text(_FUNERAL, title="مقتل جندي بقذيفة حوثية في جازان", published=PUBLISHED)
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"]
