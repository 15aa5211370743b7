"""rasd's Arabic named-entity recogniser: corpus reading and scoring (``corpus``), name
lists (``gazetteer``), CRF features (``features``) and the two-pass CRF model (``model``).
The pipeline stage that uses it is ``rasd.stages.entities.stage``."""

__all__: list[str] = []
