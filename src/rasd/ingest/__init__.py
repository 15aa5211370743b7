"""Reading articles: files, folders, feeds, WARC archives and stdin (see :mod:`rasd.ingest.readers`).

Importing the package registers every reader (folders, feeds, WARC) in
:data:`rasd.ingest.readers.READERS`, so any of its modules can be imported on its own.
"""

from rasd.ingest import discover as _discover  # noqa: F401  (registers folders, feeds, WARC)

__all__: list[str] = []
