"""The place mention: a name found in text by :mod:`rasd.stages.places.match`, with what its
context says about it, before and after resolution (:mod:`rasd.stages.places.resolve`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.kb.gazetteer import GeoMatch

__all__ = ["Mention"]


@dataclass(slots=True)
class Mention:
    """A place name found in text, before and after resolution."""

    start: int
    end: int
    first: int  # index of the first name word in the word list
    last: int  # index of the last name word
    key: str
    candidates: list[GeoMatch]
    trigger: str | None = None  # town, district, admin, near, capital, area
    qualifier_cc: str | None = None
    qualifier_admin: tuple[str, str] | None = None
    skeleton_word: str | None = None
    skeleton_strict: bool = False  # licensed by a direction or ريف, not a town word: towns of 20,000+
    guess: bool = False  # an unknown word after a preposition, tried as a skeleton only
    listed: bool = False  # a guess joined by و to a place just found: smaller towns count
    weak: bool = False  # a common word in news text: needs the document's country to count
    article_added: bool = False  # written with the article its name never takes (العرعر for عرعر): a noun
    qualifier_demonym: bool = False  # the qualifier is a following demonym adjective
    qualifier_only: bool = False  # the (لبنان) of طرابلس (لبنان): a qualifier, not a mention
    qualifier_strong: bool = False  # a word links the qualifier (في إقليم ...), not just a comma
    skeleton_alts: tuple[tuple[str, int], ...] = ()  # shorter readings of an unknown name: (surface, end)
    skeleton_admin: bool = False  # licensed by a division word (منطقة شينكافي): a district named after its town
    skeleton_found: bool = False  # the candidates come from the Latin-name match
    contradicted: str | None = None  # "country"/"admin": the qualifier named no candidate's country
    needs_anchor: bool = False  # an unknown name read only if a known place follows it (منطقة العند بمحافظة لحج)
    anchor: int | None = None  # index of the known place that locates it (see places_anchor)
    anchor_link: int = 0  # how it is linked to its anchor: 1 a comma or من, 2 a bare ب, 3 في or a place word
    joined_to_next: bool = False  # the next mention follows after only و or a comma (بلدتي المسيفرة وأم ولد)
    after_preposition: bool = False  # في، من، إلى، قرب ... (or the proclitic ب) stands before it
    after_word: bool = False  # another word (not a preposition) right before it, with no clitic or mark between
    ner_loc: bool = False  # the entities stage tagged it as a location
    ner_silent: bool = False  # the entities stage ran and saw no name there
    ner_other: bool = False  # the entities stage called it (part of) a person's name
    form: str = ""  # the normalised surface (article kept), for word statistics
    written: str = ""  # the normalised word as written, where a proclitic was split off (بادر for ب + ادر)
    area_word: bool = False  # the division word before it is also an area word (منطقة): no province for sure
    area_of_town: bool = False  # after منطقة/منطقتي: unlocated, it may lie in the town named before it
    variant: bool = False  # read one spelling change away (كانبيرا as كانبرا): a town needs the story's country
    quarter: bool = False  # after حي/أحياء (or listed with one): a part of a town
    located_only: bool = False  # an unknown name read only where a town right after it locates it
    listed_near: frozenset[int] = frozenset()  # entries (GeoMatch.index) near a place it is listed with
    choice: GeoMatch | None = None
    near_point: tuple[float, float] | None = field(default=None)
