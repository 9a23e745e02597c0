"""E-mails (.eml): the body as text, the subject as title, the sender and date kept."""

from __future__ import annotations

import email
import email.policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import lxml.html

from extractor.readers import ReadError, register
from extractor.readers.decode import clean_text
from extractor.readers.html import visible_text
from extractor.records import SourceDocument


def _body(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise ReadError("e-mail has no text or HTML body")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError) as error:  # unknown charset
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("cp1252", errors="replace")
        if not content:
            raise ReadError(f"e-mail body could not be decoded: {error}") from error
    if part.get_content_type() == "text/html":
        content = visible_text(lxml.html.fromstring(content))
    return clean_text(content)


@register(".eml")
def read_eml(path: Path, data: bytes) -> SourceDocument:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise ReadError("not an e-mail: no headers")
    published = None
    if message["date"]:
        try:
            published = parsedate_to_datetime(str(message["date"])).isoformat()
        except (TypeError, ValueError):
            published = None
    body = _body(message)
    subject = str(message["subject"] or "").strip() or None
    sender = str(message["from"] or "").strip() or None
    # The sender line is text too: it often is the only contact of a forwarded release.
    text = body if not sender else f"{body}\n\nFrån/From: {sender}"
    return SourceDocument(
        path=str(path), text=text, main_text=body, title=subject, published=published,
        metadata={"from": sender, "subject": subject},
    )
