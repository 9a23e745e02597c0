"""press-extractor: a folder of press releases in, a Datasette knowledge base out.

The Python API mirrors the CLI: ``extractor.ingest(paths, db="press.db")`` is
``extractor ingest PATH... --db press.db``.
"""

__version__ = "0.1.0"
# Bump when extraction rules change, so that re-running reprocesses stored documents.
EXTRACTION_REVISION = "172"


def ingest(*args, **kwargs):
    from extractor.ingest import ingest as _ingest

    return _ingest(*args, **kwargs)
