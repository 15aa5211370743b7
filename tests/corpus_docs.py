"""Hand-written analysed articles for the store, dedup and ingest tests (text written for
rasd; no real article). Two outlets report one roadside bombing near Tarmiyah; a wire copy
repeats the first report; the same day and town also see an air strike and a protest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.document import Document, Entity, Event, Location, Place, Quote, Sentence, Span, Speaker

__all__ = ["TARMIYAH", "all_docs", "make_doc", "report_docs"]

TARMIYAH = {"name": "Tarmiyah", "country": "IQ", "admin1": "Baghdad", "lat": 33.668, "lon": 44.395, "precision": 1}

BOMBING_A = (
    "بغداد - رويترز\n"
    "قتل ثلاثة جنود عراقيين وأصيب خمسة آخرون صباح الثلاثاء في انفجار عبوة ناسفة على جانب الطريق "
    "استهدفت دورية للجيش العراقي في قضاء الطارمية شمال بغداد. "
    "وقال مصدر أمني إن العبوة زرعت على الطريق الرئيسي المؤدي إلى القضاء. "
    "ولم تتبن أي جهة المسؤولية عن الهجوم حتى الآن."
)
BOMBING_B = (
    "أفادت مصادر أمنية عراقية لوكالة فرانس برس الأربعاء بمقتل أربعة جنود متأثرين بجروحهم بعد "
    "تفجير عبوة ناسفة أمس الثلاثاء بدورية عسكرية قرب الطارمية. "
    "وأوضحت المصادر أن الدورية كانت تؤمن طريقا زراعيا يستخدمه المزارعون. "
    "وتشهد المنطقة بين حين وآخر هجمات متفرقة."
)
BOMBING_A_WIRE = BOMBING_A.replace("صباح الثلاثاء", "صباح يوم الثلاثاء").replace("حتى الآن", "حتى الساعة")
AIRSTRIKE = (
    "أعلنت قيادة العمليات المشتركة الثلاثاء أن طائرات القوة الجوية العراقية قصفت مخبأ لتنظيم الدولة "
    "الإسلامية قرب الطارمية ما أسفر عن مقتل مسلحين اثنين. "
    "وقال المتحدث باسم القيادة إن الضربة جاءت بناء على معلومات استخبارية دقيقة."
)
PROTEST = (
    "تظاهر عشرات من أهالي الطارمية الثلاثاء أمام مبنى القائمقامية احتجاجا على انقطاع الكهرباء "
    "وشح مياه الري. ورفع المتظاهرون لافتات تطالب الحكومة بتحسين الخدمات."
)


def make_doc(doc_id: str, text: str, *, published: str, outlet: str | None = None,
             sources: tuple[str, ...] = (), title: str | None = None,
             events: tuple[dict[str, Any], ...] = (), url: str | None = None) -> Document:
    """An analysed document; each event dict names its ``evidence`` by a substring of text."""
    sentences = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ".\n" and i + 1 > start:
            sentences.append(Sentence(start, i + 1))
            start = i + 1
    if start < len(text):
        sentences.append(Sentence(start, len(text)))
    places = []
    at = text.find("الطارمية")
    if at >= 0:
        loc = TARMIYAH
        places.append(Place(at, at + len("الطارمية"), loc["name"], loc["country"], loc["admin1"], loc["lat"], loc["lon"], None, 1))
    built = []
    for spec in events:
        spec = dict(spec)
        ev_at = text.index(spec.pop("evidence"))
        end = text.find(".", ev_at)
        loc = spec.pop("location", TARMIYAH)
        location = Location(text="الطارمية", **loc) if loc else None
        built.append(Event(evidence=Span(ev_at, end + 1 if end >= 0 else len(text)), location=location,
                           time_precision=spec.pop("time_precision", 1), **spec))
    entities = []
    for surface, kind, canonical in (("الجيش العراقي", "ORG", "Military Forces of Iraq"),
                                     ("الطارمية", "GPE", "Tarmiyah"), ("بغداد", "GPE", "Baghdad")):
        pos = text.find(surface)
        if pos >= 0:
            entities.append(Entity(pos, pos + len(surface), kind, canonical))
    quotes = []
    cue = text.find("وقال ")
    if cue >= 0:
        q_start = text.find("إن ", cue) + 3
        q_end = text.find(".", q_start)
        quotes.append(Quote(q_start, q_end, False, Speaker("مصدر أمني", None, "security source"), "قال"))
    return Document(
        id=doc_id, text=text, title=title, published=dt.date.fromisoformat(published), language="ar",
        sources=sources, sentences=tuple(sentences), entities=tuple(sorted(entities, key=lambda e: e.start)),
        quotes=tuple(quotes), places=tuple(places), events=tuple(built), url=url, outlet=outlet,
    )


def _bomb(evidence: str, fatalities: int, actor2: str | None = "Military Forces of Iraq") -> dict[str, Any]:
    return {"evidence": evidence, "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED", "date": "2026-03-10", "actor1": None,
            "actor2": actor2, "fatalities": fatalities, "notes": "IED hit an army patrol near Tarmiyah",
            "confidence": 0.8}


def report_docs() -> tuple[Document, Document]:
    """The two outlets' reports of the one roadside bombing."""
    a = make_doc("bomb-a", BOMBING_A, published="2026-03-10", outlet="Outlet One", sources=("Reuters",),
                 title="مقتل ثلاثة جنود بانفجار عبوة في الطارمية", url="https://one.example/a",
                 events=(_bomb("قتل ثلاثة جنود", 3),))
    b = make_doc("bomb-b", BOMBING_B, published="2026-03-11", outlet="Outlet Two", sources=("AFP",),
                 title="ارتفاع حصيلة تفجير الطارمية إلى أربعة قتلى", url="https://two.example/b",
                 events=(_bomb("أفادت مصادر", 4, actor2="Military Forces of Iraq (2022-)"),))
    return a, b


def all_docs() -> list[Document]:
    """The bombing reports, a wire copy of the first, an air strike and a protest."""
    a, b = report_docs()
    wire = make_doc("bomb-a-wire", BOMBING_A_WIRE, published="2026-03-10", outlet="Outlet Three",
                    sources=("Reuters",), title="انفجار عبوة ناسفة في الطارمية",
                    events=(_bomb("قتل ثلاثة جنود", 3),))
    strike = make_doc("strike", AIRSTRIKE, published="2026-03-10", outlet="Outlet One", title="قصف جوي قرب الطارمية",
                      events=({"evidence": "أعلنت قيادة", "event_type": "Explosions/Remote violence",
                               "sub_event_type": "Air/drone strike", "date": "2026-03-10",
                               "actor1": "Military Forces of Iraq", "actor2": "Islamic State", "fatalities": 2,
                               "notes": "air strike on an IS hideout", "confidence": 0.7},))
    protest = make_doc("protest", PROTEST, published="2026-03-10", outlet="Outlet Two", title="احتجاج في الطارمية",
                       events=({"evidence": "تظاهر عشرات", "event_type": "Protests",
                                "sub_event_type": "Peaceful protest", "date": "2026-03-10",
                                "actor1": "Protesters (Iraq)", "actor2": None, "fatalities": 0,
                                "notes": "protest over power cuts", "confidence": 0.9},))
    return [a, b, wire, strike, protest]


_TOWNS = (("الطارمية", "Tarmiyah", 33.668, 44.395), ("الفلوجة", "Fallujah", 33.35, 43.78),
          ("الموصل", "Mosul", 36.34, 43.13), ("كركوك", "Kirkuk", 35.47, 44.39), ("تكريت", "Tikrit", 34.6, 43.68))
_NUMBERS = ("اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة")
_WORDS = ("الحكومة", "الأمن", "الطريق", "القرية", "المدينة", "الجيش", "الشرطة", "المسلحين", "السكان", "المستشفى",
          "الجرحى", "المحافظ", "المجلس", "الوزارة", "الحدود", "النهر", "السوق", "المدرسة", "الجسر", "المطار",
          "الانتخابات", "البرلمان", "الاقتصاد", "النفط", "الكهرباء", "المياه", "الزراعة", "الصحة", "التعليم",
          "الشباب", "العشائر", "اللاجئين", "المخيم", "المعبر", "الدورية", "الحاجز", "التحقيق", "الشهود", "الصحفيين",
          "المراسل", "البيان", "المتحدث", "اللجنة", "الاجتماع", "الاتفاق", "المفاوضات", "الهدنة", "القصف", "الاشتباكات")


def _babble(seed: int, n: int = 18) -> str:
    words = []
    x = seed * 2654435761 % 2**32
    for _ in range(n):
        x = (1103515245 * x + 12345) % 2**31
        words.append(_WORDS[x % len(_WORDS)])
    return " ".join(words)


def synthetic_docs(n: int) -> list[Document]:
    """``n`` varied analysed reports: bombings in five towns over a year, each reported by
    two outlets (so their events merge), every fourth article a wire copy of the one before."""
    out: list[Document] = []
    for i in range(n):
        incident = i // 2
        town, name, lat, lon = _TOWNS[(incident // 28) % len(_TOWNS)]
        day, month = 1 + incident % 28, 1 + (incident // 140) % 12
        dead = 2 + incident % 5
        if i % 4 == 3:
            text = out[-1].text
        else:
            text = (f"قتل {_NUMBERS[dead - 2]} من عناصر الشرطة في انفجار عبوة ناسفة استهدفت دوريتهم في {town}. "
                    f"{_babble(i)}. {_babble(i + 100000)}.")
        end = text.index(".") + 1
        location = Location(text=town, name=name, country="IQ", admin1=None, lat=lat, lon=lon, precision=1)
        event = Event(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                      date=f"2026-{month:02d}-{day:02d}", time_precision=1, evidence=Span(0, end), actor1=None,
                      actor2="Police Forces of Iraq", location=location, fatalities=dead + (i % 2),
                      notes=f"IED attack {incident}", confidence=0.7)
        out.append(Document(id=f"syn-{i:05d}", text=text, title=f"تفجير في {town}",
                            published=dt.date(2026, month, day), language="ar", outlet=f"Outlet {i % 3}",
                            sentences=(Sentence(0, end),), events=(event,)))
    return out
