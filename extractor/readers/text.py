"""Plain text and Markdown."""

from __future__ import annotations

import html
import re
from pathlib import Path

from extractor.readers import register
from extractor.readers.decode import decode_bytes
from extractor.records import SourceDocument

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
# HTML residue in text copied out of a web page: "600&nbsp;000 kronor", "Start &rsaquo; Nyheter".
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_MD_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[*_]{2})|[*_]{2}\s*$")


def guess_title(text: str) -> str | None:
    """The first real line: a URL slug ("energikontoret-ostergotland") is not a title."""
    for line in text.splitlines():
        line = _MD_MARKUP.sub("", line).strip()
        if not line or _SLUG.match(line):
            continue
        if len(line) > 150:  # a first paragraph, not a heading: take its first sentence
            line = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0].rstrip(".")
        return line[:300]
    return None


@register(".txt", ".text", ".md", ".markdown")
def read_text(path: Path, data: bytes) -> SourceDocument:
    text, encoding = decode_bytes(data)
    if _ENTITY.search(text):
        text = html.unescape(text)
    return SourceDocument(path=str(path), text=text, title=guess_title(text), metadata={"encoding": encoding})
