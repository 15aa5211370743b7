"""The store suite: runs against SQLite always and against PostgreSQL when
RASD_TEST_POSTGRES_URL is set (CI starts a real server with .ci/postgres.sh)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from corpus_docs import all_docs, make_doc, report_docs
from rasd.document import Document, Entity, Event, Location, Span
from rasd.store import EventFilter, Store, StoreError, open_store
from rasd.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from rasd.store.sql import SqlStore, normalize_url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()


def _counts(store: Store) -> dict[str, int]:
    st = store.stats()
    return {k: v for k, v in st.items() if isinstance(v, int)}


def test_store_roundtrip_document(store: Store) -> None:
    docs = all_docs()
    store.add_documents(docs)
    for doc in docs:
        got = store.get_document(doc.id)
        assert got is not None
        extras = {k: got.pop(k) for k in ("story", "story_size", "event_ids")}
        assert got == doc.to_dict()
        assert len(extras["event_ids"]) == len(doc.events)
    assert store.get_document("no-such-id") is None
    assert store.has_document(docs[0].id) and not store.has_document("nope")


def test_store_reingest_is_idempotent(store: Store) -> None:
    docs = all_docs()
    first = store.add_documents(docs)
    before = _counts(store)
    events_before = store.list_events(limit=None)
    second = store.add_documents(docs)
    assert first.added == len(docs) and second.added == 0 and second.duplicates == len(docs)
    assert _counts(store) == before
    assert store.list_events(limit=None) == events_before


def test_store_two_reports_one_event(store: Store) -> None:
    a, b = report_docs()
    stats = store.add_documents([a, b])
    assert stats.events == 2 and stats.new_events == 1 and stats.merged_events == 1
    (event,) = store.list_events()
    assert event["documents"] == ["bomb-a", "bomb-b"]
    assert {"Outlet One", "Outlet Two", "Reuters", "AFP"} == set(event["sources"])
    # ACLED's rule: the later report states more deaths, so the figure is revised upwards
    assert event["fatalities"] == 4
    assert event["date"] == "2026-03-10" and event["location"]["name"] == "Tarmiyah"
    full = store.get_event(event["id"])
    assert full is not None
    assert [r["document"] for r in full["reports"]] == ["bomb-a", "bomb-b"]
    for report in full["reports"]:
        doc = store.get_document(report["document"])
        assert doc is not None and doc["text"][report["start"] : report["end"]] == report["text"]


def test_store_event_id_stable_across_stores(store: Store, tmp_path: Path) -> None:
    docs = all_docs()
    store.add_documents(docs)
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    other.add_documents(docs, batch_size=2)
    assert [e["id"] for e in store.list_events(limit=None)] == [e["id"] for e in other.list_events(limit=None)]
    other.close()


def test_store_different_events_same_day_same_town_stay_apart(store: Store) -> None:
    store.add_documents(all_docs())
    events = store.list_events(limit=None)
    kinds = sorted((e["event_type"], e["sub_event_type"]) for e in events)
    assert kinds == [
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Protests", "Peaceful protest"),
    ]
    bombing = next(e for e in events if e["sub_event_type"].startswith("Remote"))
    assert bombing["documents"] == ["bomb-a", "bomb-a-wire", "bomb-b"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 3),
        ({"country": "iq"}, 3),
        ({"country": "SY"}, 0),
        ({"event_type": "Protests"}, 1),
        ({"date_from": "2026-03-10", "date_to": "2026-03-10"}, 3),
        ({"date_from": "2026-03-11"}, 0),
        ({"actor": "islamic state"}, 1),
        ({"actor": "military forces"}, 2),
        ({"text": "power cuts"}, 1),
        ({"bbox": (44.0, 33.0, 45.0, 34.0)}, 3),
        ({"bbox": (36.0, 33.0, 37.0, 34.0)}, 0),
    ],
)
def test_store_event_filters(store: Store, filters: dict, expected: int) -> None:
    store.add_documents(all_docs())
    assert len(store.list_events(**filters)) == expected
    assert store.count_events(**filters) == expected
    assert len(list(store.iter_events(EventFilter(**filters)))) == expected


def test_store_event_paging(store: Store) -> None:
    store.add_documents(all_docs())
    everything = store.list_events(limit=None)
    pages = store.list_events(limit=2) + store.list_events(limit=2, offset=2)
    assert pages == everything


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الطارمية", {"bomb-a", "bomb-b", "bomb-a-wire", "strike", "protest"}),
        ("الطارميه", {"bomb-a", "bomb-b", "bomb-a-wire", "strike", "protest"}),  # ta marbuta folded
        ("اهالي", {"protest"}),  # hamza folded: أهالي
        ("عبوة ناسفة", {"bomb-a", "bomb-b", "bomb-a-wire"}),
        ("تظاهر الكهرباء", {"protest"}),
        ("كلمةغيرموجودة", set()),
        ("", set()),
    ],
)
def test_store_search_normalised(store: Store, query: str, expected: set[str]) -> None:
    store.add_documents(all_docs())
    hits = store.search(query, limit=50)
    assert {h["id"] for h in hits} == expected
    assert store.count_documents(query if query else None) == (len(expected) if query else 5)
    for h in hits:
        assert h["snippet"]


def test_store_list_documents(store: Store) -> None:
    docs = all_docs()
    store.add_documents(docs)
    listed = store.list_documents(limit=10)
    assert [d["published"] for d in listed] == sorted((d["published"] for d in listed), reverse=True)
    assert {d["id"] for d in listed} == {d.id for d in docs}
    assert store.count_documents() == len(docs)
    assert [d["id"] for d in store.list_documents(limit=2, offset=4)] == [listed[4]["id"]]


def test_store_story_clusters(store: Store) -> None:
    stats = store.add_documents(all_docs())
    assert stats.near_duplicates == 1
    (story,) = store.list_stories()
    assert story["documents"] == ["bomb-a", "bomb-a-wire"] and story["size"] == 2
    doc = store.get_document("bomb-a-wire")
    assert doc is not None and doc["story"] == "bomb-a" and doc["story_size"] == 2


def test_store_stats(store: Store) -> None:
    store.add_documents(all_docs())
    st = store.stats()
    assert st["documents"] == 5 and st["events"] == 3 and st["event_mentions"] == 5
    assert st["stories"] == 1 and st["schema_version"] == SCHEMA_VERSION
    assert st["countries"] == {"IQ": 3}
    assert st["first_published"] == "2026-03-10" and st["last_published"] == "2026-03-11"


def test_store_bad_document_skipped(store: Store) -> None:
    good = all_docs()[0]
    bad = make_doc("bad", "نص قصير.", published="2026-03-10").evolve(sentences=(Span(0, 999),))
    stats = store.add_documents([bad, good])
    assert stats.errors == 1 and stats.added == 1 and "bad" in stats.error_messages[0]
    assert store.get_document("bad") is None and store.get_document(good.id) is not None
    store.log_error("input.jsonl:3", "not valid JSON")
    assert store.stats()["errors"] == 1


def test_store_document_without_events_or_words(store: Store) -> None:
    empty = Document(id="empty", text="")
    punct = Document(id="punct", text="... !!!")
    stats = store.add_documents([empty, punct])
    assert stats.added == 2 and stats.events == 0
    assert store.get_document("empty") is not None


def test_store_migrates_old_schema(store_url: str) -> None:
    engine = create_engine(normalize_url(store_url))
    with engine.begin() as conn:
        migrate(conn, target=1)
    engine.dispose()
    store = open_store(store_url)
    assert store.stats()["schema_version"] == SCHEMA_VERSION == MIGRATIONS[-1][0]
    store.add_documents(all_docs())
    store.log_error("x", "y")
    store.close()


def test_store_refuses_newer_schema(store_url: str) -> None:
    open_store(store_url).close()
    engine = create_engine(normalize_url(store_url))
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_info (version, description) VALUES (999, 'future')"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


def test_store_bad_url_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store(f"sqlite:///{tmp_path}/missing-folder/x.db")
    with pytest.raises(StoreError):
        open_store("postgresql://nobody:nothing@127.0.0.1:1/none")


def test_store_url_forms(tmp_path: Path) -> None:
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("x.db") == "sqlite:///x.db"
    s = open_store(str(tmp_path / "plain.db"))
    assert isinstance(s, SqlStore) and s.backend == "sqlite"
    s.close()
    assert (tmp_path / "plain.db").exists()


def test_store_rejected_document_is_logged_and_skipped(store: Store) -> None:
    docs = all_docs()
    nul = Document(id="nul", text="نص فيه\x00محرف فارغ", title="x\x00y")
    stats = store.add_documents([docs[0], nul, docs[1]])
    if store.stats()["backend"] == "sqlite":  # SQLite stores NUL characters
        assert stats.errors == 0 and store.get_document("nul") is not None
    else:
        assert stats.errors == 1 and store.get_document("nul") is None and store.stats()["errors"] == 1
    assert stats.added + stats.errors == 3
    assert store.get_document(docs[0].id) is not None and store.get_document(docs[1].id) is not None


_TEXT = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي أإآىةءؤئ ًٌٍَُِّْـ٠١٢abcXYZ0129 .,،؛؟!\"'\n\t-–()«»*%&|:;")),
                max_size=120)


@st.composite
def _documents(draw: st.DrawFn) -> Document:
    text = draw(_TEXT)
    n = len(text)

    def span() -> tuple[int, int]:
        a = draw(st.integers(0, n))
        return a, draw(st.integers(a, n))

    events = []
    for _ in range(draw(st.integers(0, 2))):
        s, e = span()
        events.append(Event(
            event_type=draw(st.sampled_from(["Battles", "Protests", "Explosions/Remote violence"])),
            sub_event_type="Armed clash", date=draw(st.sampled_from([None, "2026-03-10", "2026-03-11"])),
            time_precision=1, evidence=Span(s, e), actor1=draw(st.one_of(st.none(), _TEXT)),
            location=draw(st.one_of(st.none(), st.builds(
                Location, text=_TEXT, name=_TEXT, country=st.sampled_from(["IQ", "SY"]), admin1=st.none(),
                lat=st.floats(-60, 60), lon=st.floats(-170, 170), precision=st.integers(1, 3)))),
            fatalities=draw(st.one_of(st.none(), st.integers(0, 500)))))
    entities = [Entity(*span(), type="PER") for _ in range(draw(st.integers(0, 3)))]
    return Document(id=draw(st.text(alphabet="abcdef0123456789", min_size=1, max_size=8)), text=text,
                    title=draw(st.one_of(st.none(), _TEXT)), entities=tuple(entities), events=tuple(events),
                    sources=tuple(draw(st.lists(st.sampled_from(["AFP", "Reuters", "SPA"]), unique=True))))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(_documents(), max_size=6, unique_by=lambda d: d.id), query=_TEXT)
def test_store_any_documents_roundtrip(tmp_path_factory: pytest.TempPathFactory, docs: list[Document],
                                       query: str) -> None:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('h') / 'h.db'}")
    try:
        stats = store.add_documents(docs, batch_size=3)
        assert stats.added == len(docs) and stats.errors == 0
        for doc in docs:
            got = store.get_document(doc.id)
            assert got is not None
            for key in ("story", "story_size", "event_ids"):
                got.pop(key)
            assert got == doc.to_dict()
        mentions = sum(len(d.events) for d in docs)
        assert store.stats()["event_mentions"] == mentions
        assert sum(len(e["documents"]) >= 1 for e in store.list_events(limit=None)) == store.count_events()
        store.search(query)
        store.count_documents(query)
        store.list_events(text=query, actor=query)
    finally:
        store.close()
