"""Word documents (.docx), with python-docx: paragraphs and tables in order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError

from extractor.readers import ReadError, register
from extractor.readers.decode import clean_text
from extractor.readers.text import guess_title
from extractor.records import SourceDocument


@register(".docx")
def read_docx(path: Path, data: bytes) -> SourceDocument:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReadError(f"Word file could not be read (damaged, or not .docx?): {error}") from error
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = clean_text("\n".join(lines))
    props = document.core_properties
    title = (props.title or "").strip() or guess_title(text)
    published = props.created.isoformat() if props.created else None
    return SourceDocument(path=str(path), text=text, title=title, published=published)
