"""Readers turn a file into a SourceDocument. One module per format, each registering itself.

Adding a format: write ``readers/<format>.py`` with a function decorated by
``@register(".suffix", ...)`` and add its module name to ``_MODULES`` below.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from extractor.records import SourceDocument

Reader = Callable[[Path, bytes], SourceDocument]
READERS: dict[str, Reader] = {}


class ReadError(Exception):
    """A file that could not be turned into text; the message is shown to the user."""


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def decorate(func: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix.lower()] = func
        return func

    return decorate


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read(path: Path, data: bytes) -> SourceDocument:
    """Read ``data`` (the bytes of ``path``) with the reader registered for its suffix."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(f"unsupported file type {path.suffix or '(none)'}")
    if not data:
        raise ReadError("empty file")
    doc = reader(path, data)
    if not doc.text.strip():
        raise ReadError("no text found in the file")
    return doc


_MODULES = ["text", "html", "eml", "pdf", "docx"]
for _name in _MODULES:
    importlib.import_module(f"extractor.readers.{_name}")
