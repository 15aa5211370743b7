"""Language identification. The stage is in ``stage``."""

from rasd.stages.language.stage import LanguageStage, detect_language, unload_models

__all__ = ["LanguageStage", "detect_language", "unload_models"]
