"""Times: every date expression resolved against the publication day. Its modules: ``stage`` (the
stage), ``calendar``, ``lexicon``, ``match``."""

from rasd.stages.times.stage import TimesStage, find_publication_date, resolve_times

__all__ = ["TimesStage", "find_publication_date", "resolve_times"]
