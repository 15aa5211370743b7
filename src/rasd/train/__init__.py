"""What builds the shipped models (``rasd train``): the events sentence classifier
(``events``), the accurate events encoder (``events_encoder``, ``events_encoder_folds``) and the
accurate NER adapters (``ner_accurate``). Nothing here runs during analysis."""

__all__: list[str] = []
