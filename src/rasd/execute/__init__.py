"""Running the pipeline over many articles: an ordered, bounded process map for ``rasd
ingest`` (:mod:`rasd.execute.local`), and sharded, resumable batches for ``rasd batch`` on
local processes or Dask (:mod:`rasd.execute.batch`, :mod:`rasd.execute.dask`)."""

__all__: list[str] = []
