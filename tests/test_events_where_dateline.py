"""The country a story is about when its dateline is abroad: a wire datelined in one capital
that lists towns struck in another country places one event in each listed town, never at
the dateline's country (ACLED codes one event per town). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _places(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text(text, published="2023-03-15")
    return sorted((e.location.name if e.location else None, e.location.country if e.location else None)
                  for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # datelined Washington, four Iraqi towns struck: one event per town, none at the dateline
        ("ضربات\n\nواشنطن - قالت وزارة الدفاع اليوم إن طائرات التحالف شنت أمس غارات على مواقع لتنظيم داعش "
         "في ضواحي ومحيط مدن الموصل وتلعفر وسنجار والرمادي شمال العراق وغربه.\n",
         [("Mosul", "IQ"), ("Ramadi", "IQ"), ("Sinjār", "IQ"), ("Tall ‘Afar", "IQ")]),
        ("ضربات\n\nواشنطن - قال التحالف في بيان اليوم إنه نفذ أمس تسع غارات جوية بالقرب من مدن الحويجة وبيجي "
         "وهيت وتلعفر وسنجار في العراق ودمر مواقع قتالية للتنظيم.\n",
         [("Al Ḩawījah", "IQ"), ("Bayjī", "IQ"), ("Hīt", "IQ"), ("Sinjār", "IQ"), ("Tall ‘Afar", "IQ")]),
    ],
)
def test_events_where_dateline_abroad_listed_towns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_events_where_dateline_country_kept_when_the_body_is_there() -> None:
    # datelined Washington and told there: one foreign place named in passing does not move it
    got = _places("إطلاق نار\n\nواشنطن - قتل شخصان أمس في إطلاق نار داخل مركز تسوق في واشنطن، "
                  "بحسب الشرطة التي قالت إن المسلح عاد قبل أشهر من العراق.\n")
    assert got and all(cc == "US" for _, cc in got)
