"""PDF files, with pypdf (pure Python, no system tools needed)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from extractor.readers import ReadError, register
from extractor.readers.decode import clean_text
from extractor.readers.text import guess_title
from extractor.records import SourceDocument


@register(".pdf")
def read_pdf(path: Path, data: bytes) -> SourceDocument:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ReadError("PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AssertionError) as error:
        raise ReadError(f"PDF could not be read (truncated or damaged?): {error}") from error
    text = clean_text("\n\n".join(pages))
    title = (info.title if info and info.title else None) or guess_title(text)
    published = None
    if info is not None:
        try:
            created = info.creation_date
            published = created.isoformat() if created else None
        except (ValueError, TypeError):
            published = None
    return SourceDocument(path=str(path), text=text, title=title, published=published,
                          metadata={"pages": len(pages)})
