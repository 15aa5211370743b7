"""Hand-made, fully annotated documents for the web tests and offline demos.

The articles are short texts written for rasd (no third-party text). Their spans are found by
searching the text for each surface, so they always satisfy ``text[start:end] == surface``.
One document (``xss-test``) carries ``<script>`` and ``<img onerror=...>`` in its title, text,
actor and notes, to prove the page shows markup inert.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasd.document import Document, Entity, Event, Location, Place, Quote, Sentence, Span, Speaker, TimeExpr

__all__ = ["XSS_DOC_ID", "demo_documents", "make_document"]

XSS_DOC_ID = "xss-test"

_SENT_END = re.compile(r"[.!؟?](?=\s|$)|\n")

# name -> (English name, ISO country, admin1, lat, lon)
_GAZETTEER: dict[str, tuple[str, str, str, float, float]] = {
    "الرقة": ("Raqqa", "SY", "Ar-Raqqa", 35.9528, 39.0079),
    "حي الثكنة": ("Raqqa - Al-Thakana", "SY", "Ar-Raqqa", 35.9575, 39.0155),
    "دوار النعيم": ("Raqqa - Al-Naim Square", "SY", "Ar-Raqqa", 35.9508, 39.0126),
    "حي البدو": ("Raqqa - Al-Badu", "SY", "Ar-Raqqa", 35.9561, 39.0010),
    "الطبقة": ("Tabqa", "SY", "Ar-Raqqa", 35.8356, 38.5481),
    "دير الزور": ("Deir ez-Zor", "SY", "Deir ez-Zor", 35.3359, 40.1408),
    "إدلب": ("Idlib", "SY", "Idlib", 35.9306, 36.6339),
    "الحويجة": ("Hawija", "IQ", "Kirkuk", 35.3290, 43.7834),
    "بغداد": ("Baghdad", "IQ", "Baghdad", 33.3152, 44.3661),
    "صعدة": ("Saada", "YE", "Saada", 16.9402, 43.7639),
}


def _find(text: str, surface: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.find(surface, at + 1)
        if at < 0:
            raise ValueError(f"{surface!r} not in the fixture text")
    return Span(at, at + len(surface))


def _sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append(Sentence(start + lead, end))
        start = m.end()
    if text[start:].strip():
        lead = len(text[start:]) - len(text[start:].lstrip())
        out.append(Sentence(start + lead, len(text.rstrip())))
    return out


def make_document(
    doc_id: str,
    title: str,
    published: str,
    text: str,
    *,
    outlet: str | None = None,
    sources: tuple[str, ...] = (),
    entities: tuple[tuple[str, str, str | None], ...] = (),
    quotes: tuple[dict[str, Any], ...] = (),
    times: tuple[tuple[str, str], ...] = (),
    places: tuple[str, ...] = (),
    events: tuple[dict[str, Any], ...] = (),
) -> Document:
    """A Document with every span found in ``text`` (the first occurrence of each surface).

    ``entities``: (surface, type, canonical); ``quotes``: dicts with ``text``, ``speaker``
    (surface, or ``speaker_text`` for one without offsets), ``cue``, ``direct``, ``role``;
    ``times``: (surface, value); ``places``: surfaces in the built-in gazetteer; ``events``:
    dicts with the event fields plus ``place`` (a gazetteer surface) and ``evidence`` (a
    surface inside the evidence sentence).
    """
    sentences = _sentences(text)

    def sentence_of(span: Span) -> Span:
        for s in sentences:
            if s.start <= span.start and span.end <= s.end:
                return Span(s.start, s.end)
        return span

    ents = []
    for surface, etype, canonical in entities:
        sp = _find(text, surface)
        ents.append(Entity(sp.start, sp.end, etype, canonical))
    qs = []
    for q in quotes:
        span = _find(text, q["text"])
        speaker = None
        if q.get("speaker"):
            sp = _find(text, q["speaker"])
            speaker = Speaker(q["speaker"], q.get("canonical"), q.get("role"), sp.start, sp.end)
        elif q.get("speaker_text"):
            speaker = Speaker(q["speaker_text"], q.get("canonical"), q.get("role"))
        qs.append(Quote(span.start, span.end, bool(q.get("direct")), speaker, q.get("cue")))
    ts = [TimeExpr(_find(text, s).start, _find(text, s).end, v) for s, v in times]
    ps = []
    for surface in places:
        name, country, admin1, lat, lon = _GAZETTEER[surface]
        sp = _find(text, surface)
        ps.append(Place(sp.start, sp.end, name, country, admin1, lat, lon, None, 1))
    evs = []
    for e in events:
        name, country, admin1, lat, lon = _GAZETTEER[e["place"]]
        evidence = sentence_of(_find(text, e["evidence"]))
        evs.append(
            Event(
                event_type=e["event_type"],
                sub_event_type=e["sub_event_type"],
                date=e["date"],
                time_precision=1,
                evidence=evidence,
                actor1=e.get("actor1"),
                actor2=e.get("actor2"),
                location=Location(e["place"], name, country, admin1, lat, lon, 1),
                fatalities=e.get("fatalities"),
                notes=e.get("notes", ""),
                confidence=e.get("confidence", 0.9),
            )
        )
    doc = Document(
        id=doc_id,
        text=text,
        title=title,
        published=dt.date.fromisoformat(published),
        language="ar",
        sources=sources,
        sentences=tuple(sentences),
        entities=tuple(ents),
        quotes=tuple(qs),
        times=tuple(ts),
        places=tuple(ps),
        events=tuple(evs),
        outlet=outlet,
        url=f"https://example.org/news/{doc_id}",
    )
    doc.validate()
    return doc


SDF = ("قوات سوريا الديمقراطية", "ORG", "Syrian Democratic Forces")
IS = ("داعش", "ORG", "Islamic State")
SDF_ACTOR = "SDF: Syrian Democratic Forces"
IS_ACTOR = "IS: Islamic State"


def _raqqa_clash(doc_id: str, published: str, place: str, day: str, date: str, n_word: str, n: int) -> Document:
    text = (
        f"اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في {place} بمدينة الرقة {day}، "
        f"وأسفرت عن مقتل {n_word} من مقاتلي التنظيم. وقال مصدر ميداني إن القوات تتقدم ببطء بسبب الألغام."
    )
    return make_document(
        doc_id, f"اشتباكات في {place} بالرقة", published, text, outlet="Demo Wire", sources=("AFP",),
        entities=(SDF, IS, (place, "LOC", None), ("الرقة", "GPE", "Raqqa")),
        quotes=({"text": "القوات تتقدم ببطء بسبب الألغام", "speaker": "مصدر ميداني", "cue": "قال", "direct": False},),
        times=((day, date),),
        places=(place, "الرقة"),
        events=({"event_type": "Battles", "sub_event_type": "Armed clash", "date": date, "actor1": SDF_ACTOR,
                 "actor2": IS_ACTOR, "place": place, "fatalities": n, "evidence": "اندلعت اشتباكات",
                 "notes": f"Clashes between SDF and IS in {place}, Raqqa; {n} IS fighters killed."},),
    )


def demo_documents() -> list[Document]:
    """Twelve annotated articles (Syria, Iraq, Yemen; 10-17 October 2017), one of them the
    XSS probe; two of them report the same battle (one event, two sources)."""
    docs: list[Document] = []
    text = (
        "الرقة - أ ف ب\n"
        "قُتل اثنا عشر مقاتلا في اشتباكات عنيفة اندلعت يوم السبت بين قوات سوريا الديمقراطية وتنظيم داعش "
        "في وسط مدينة الرقة. وقال المتحدث باسم قوات سوريا الديمقراطية مصطفى بالي إن \"المعركة مستمرة حتى "
        "تحرير آخر شبر من المدينة\". وأضاف أن مقاتلي التنظيم يتحصنون في المستشفى الوطني والملعب البلدي."
    )
    docs.append(make_document(
        "raqqa-afp", "اشتباكات عنيفة في الرقة بين قوات سوريا الديمقراطية وتنظيم داعش", "2017-10-15", text,
        outlet="AFP Arabic", sources=("AFP",),
        entities=(SDF, IS, ("الرقة", "GPE", "Raqqa"), ("مصطفى بالي", "PER", "Mustafa Bali"),
                  ("المستشفى الوطني", "FAC", None)),
        quotes=(
            {"text": "المعركة مستمرة حتى تحرير آخر شبر من المدينة", "speaker": "مصطفى بالي", "cue": "قال",
             "direct": True, "role": "المتحدث باسم قوات سوريا الديمقراطية", "canonical": "Mustafa Bali"},
            {"text": "مقاتلي التنظيم يتحصنون في المستشفى الوطني والملعب البلدي", "speaker_text": "مصطفى بالي",
             "cue": "أضاف", "direct": False, "canonical": "Mustafa Bali"},
        ),
        times=(("يوم السبت", "2017-10-14"),),
        places=("الرقة",),
        events=({"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2017-10-14",
                 "actor1": SDF_ACTOR, "actor2": IS_ACTOR, "place": "الرقة", "fatalities": 12,
                 "evidence": "قُتل اثنا عشر", "notes": "SDF and IS clashed in central Raqqa; 12 fighters killed."},),
    ))
    text = (
        "بيروت - رويترز\n"
        "قال مصدر عسكري إن اثني عشر مقاتلا قتلوا السبت في معارك بين قوات سوريا الديمقراطية وتنظيم داعش في الرقة. "
        "وتدعم الولايات المتحدة قوات سوريا الديمقراطية في حملتها على المدينة."
    )
    docs.append(make_document(
        "raqqa-reuters", "مقتل 12 مقاتلا في معارك الرقة", "2017-10-15", text, outlet="Reuters Arabic",
        sources=("Reuters",),
        entities=(SDF, IS, ("الرقة", "GPE", "Raqqa"), ("الولايات المتحدة", "GPE", "United States")),
        quotes=({"text": "اثني عشر مقاتلا قتلوا السبت في معارك", "speaker": "مصدر عسكري", "cue": "قال", "direct": False},),
        times=(("السبت", "2017-10-14"),),
        places=("الرقة",),
        events=({"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2017-10-14",
                 "actor1": SDF_ACTOR, "actor2": IS_ACTOR, "place": "الرقة", "fatalities": 12,
                 "evidence": "اثني عشر مقاتلا", "notes": "Battles between SDF and IS in Raqqa."},),
    ))
    text = (
        "أعلن مجلس الرقة المدني السبت التوصل إلى اتفاق لإجلاء مقاتلين سوريين من تنظيم داعش مع عائلاتهم من المدينة. "
        "وقال عضو المجلس عمر علوش إن \"الأجانب غير مشمولين بالاتفاق\"."
    )
    docs.append(make_document(
        "raqqa-deal", "اتفاق لإجلاء مقاتلين من الرقة", "2017-10-14", text, outlet="Demo Wire", sources=("AFP",),
        entities=(("مجلس الرقة المدني", "ORG", "Raqqa Civil Council"), IS, ("عمر علوش", "PER", "Omar Alloush")),
        quotes=({"text": "الأجانب غير مشمولين بالاتفاق", "speaker": "عمر علوش", "cue": "قال", "direct": True,
                 "role": "عضو المجلس"},),
        times=(("السبت", "2017-10-14"),),
        places=("الرقة",),
        events=({"event_type": "Strategic developments", "sub_event_type": "Agreement", "date": "2017-10-14",
                 "actor1": "Raqqa Civil Council", "actor2": IS_ACTOR, "place": "الرقة", "fatalities": 0,
                 "evidence": "أعلن مجلس", "notes": "Evacuation deal for Syrian IS fighters from Raqqa."},),
    ))
    docs.append(_raqqa_clash("raqqa-thakana", "2017-10-10", "حي الثكنة", "يوم الثلاثاء", "2017-10-10", "ثمانية", 8))
    docs.append(_raqqa_clash("raqqa-naim", "2017-10-12", "دوار النعيم", "يوم الخميس", "2017-10-12", "خمسة", 5))
    docs.append(_raqqa_clash("raqqa-badu", "2017-10-16", "حي البدو", "يوم الإثنين", "2017-10-16", "عشرة", 10))
    docs.append(_raqqa_clash("raqqa-tabqa", "2017-10-17", "الطبقة", "يوم الثلاثاء", "2017-10-17", "ثلاثة", 3))
    text = (
        "قتل خمسة مدنيين في غارة جوية استهدفت منزلا في قضاء الحويجة جنوب غرب كركوك يوم الثلاثاء، "
        "بحسب مصادر محلية. وقالت المصادر إن بين القتلى طفلين."
    )
    docs.append(make_document(
        "hawija-strike", "مقتل خمسة مدنيين بغارة على الحويجة", "2017-10-11", text, outlet="Reuters Arabic",
        sources=("Reuters",),
        entities=(("الحويجة", "GPE", "Hawija"), ("كركوك", "GPE", "Kirkuk")),
        quotes=({"text": "بين القتلى طفلين", "speaker": "المصادر", "cue": "قالت", "direct": False},),
        times=(("يوم الثلاثاء", "2017-10-10"),),
        places=("الحويجة",),
        events=({"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                 "date": "2017-10-10", "actor1": "Unidentified Military Forces", "actor2": "Civilians (Iraq)",
                 "place": "الحويجة", "fatalities": 5, "evidence": "غارة جوية",
                 "notes": "Air strike on a house in Hawija district; 5 civilians killed."},),
    ))
    text = "تظاهر مئات الأشخاص يوم الجمعة في ساحة التحرير وسط بغداد للمطالبة بتحسين الخدمات ومحاربة الفساد."
    docs.append(make_document(
        "baghdad-protest", "تظاهرة في بغداد للمطالبة بالخدمات", "2017-10-13", text, outlet="AFP Arabic",
        sources=("AFP",),
        entities=(("ساحة التحرير", "FAC", "Tahrir Square"), ("بغداد", "GPE", "Baghdad")),
        times=(("يوم الجمعة", "2017-10-13"),),
        places=("بغداد",),
        events=({"event_type": "Protests", "sub_event_type": "Peaceful protest", "date": "2017-10-13",
                 "actor1": "Protesters (Iraq)", "place": "بغداد", "fatalities": 0, "evidence": "تظاهر مئات",
                 "notes": "Hundreds protested in Tahrir Square for services and against corruption."},),
    ))
    text = "قُتل ثلاثة مدنيين وأصيب آخرون جراء قصف مدفعي استهدف حي الجورة في مدينة دير الزور صباح الإثنين."
    docs.append(make_document(
        "deir-shelling", "قصف على دير الزور", "2017-10-16", text, outlet="Demo Wire", sources=("AFP",),
        entities=(("دير الزور", "GPE", "Deir ez-Zor"), ("حي الجورة", "LOC", None)),
        times=(("صباح الإثنين", "2017-10-16"),),
        places=("دير الزور",),
        events=({"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
                 "date": "2017-10-16", "actor1": IS_ACTOR, "actor2": "Civilians (Syria)", "place": "دير الزور",
                 "fatalities": 3, "evidence": "قصف مدفعي", "notes": "Shelling of al-Joura; 3 civilians killed."},),
    ))
    text = "قالت مصادر طبية إن عشرين شخصا قتلوا في غارة جوية على سوق شعبي في محافظة صعدة شمال اليمن يوم الخميس."
    docs.append(make_document(
        "saada-strike", "غارة على سوق في صعدة", "2017-10-13", text, outlet="Reuters Arabic", sources=("Reuters",),
        entities=(("صعدة", "GPE", "Saada"), ("اليمن", "GPE", "Yemen")),
        quotes=({"text": "عشرين شخصا قتلوا في غارة جوية على سوق شعبي", "speaker": "مصادر طبية", "cue": "قالت",
                 "direct": False},),
        times=(("يوم الخميس", "2017-10-12"),),
        places=("صعدة",),
        events=({"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                 "date": "2017-10-12", "actor1": "Military Forces of Saudi Arabia", "actor2": "Civilians (Yemen)",
                 "place": "صعدة", "fatalities": 20, "evidence": "عشرين شخصا",
                 "notes": "Air strike on a market in Saada governorate; 20 killed."},),
    ))
    script = '<script>window.__rasdPwned = "text"</script>'
    img = "<img src=x onerror=\"window.__rasdPwned = 'img'\">"
    text = (
        f"نشر موقع مجهول نصا يحتوي على {script} و {img} داخل المقال. "
        "وقالت الشرطة إن مسلحين هاجموا حاجزا في إدلب يوم الأحد وقتلوا مدنيا."
    )
    docs.append(make_document(
        XSS_DOC_ID, '<script>window.__rasdPwned = "title"</script>مقال فيه شيفرة', "2017-10-15", text,
        outlet="<b>Bold Outlet</b>", sources=("<img src=x onerror=alert(1)>",),
        entities=((script, "MISC", "<script>alert(1)</script>"), (img, "MISC", None), ("إدلب", "GPE", "Idlib")),
        quotes=({"text": "مسلحين هاجموا حاجزا في إدلب يوم الأحد", "speaker": "الشرطة", "cue": "قالت",
                 "direct": False, "role": "<img src=x onerror=alert(2)>"},),
        times=(("يوم الأحد", "2017-10-15"),),
        places=("إدلب",),
        events=({"event_type": "Violence against civilians", "sub_event_type": "Attack", "date": "2017-10-15",
                 "actor1": "<img src=x onerror=\"window.__rasdPwned = 'actor'\">", "actor2": "Civilians (Syria)",
                 "place": "إدلب", "fatalities": 1, "evidence": "هاجموا حاجزا",
                 "notes": '<script>window.__rasdPwned = "notes"</script> gunmen attacked a checkpoint'},),
    ))
    return docs
