"""Bytes to clean text: BOMs, UTF-16, legacy Windows encodings, control characters."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from extractor.readers import ReadError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# C0/C1 control characters except tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range text is NUL."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises ReadError for content that is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return clean_text(data.decode(encoding, errors="replace")), encoding
    utf16 = _looks_utf16(data)
    if utf16:
        return clean_text(data.decode(utf16, errors="replace")), utf16
    try:
        return clean_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:100_000]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > len(sample) * 0.02 + 1:
        raise ReadError("binary content, not text (control bytes in a file with a text name)")
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # cp1252 is a superset of latin-1's printable range, and what Windows tools write.
    if encoding in {"latin_1", "iso8859_1", "ascii"}:
        encoding = "cp1252"
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > max(10, len(text) // 50):
        raise ReadError(f"binary content, not text (undecodable as {encoding})")
    return clean_text(text), encoding
