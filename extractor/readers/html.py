"""Web pages: trafilatura finds the article for NER; the full visible text keeps the contact
block that boilerplate removal tends to drop."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import trafilatura

from extractor.readers import ReadError, register
from extractor.readers.decode import clean_text, decode_bytes
from extractor.records import SourceDocument

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "aside", "blockquote", "address", "dd", "dt",
    "figcaption", "figure", "pre", "hr", "main", "nav", "td", "th",
}
_INVISIBLE = ("script", "style", "noscript", "template", "head", "svg")


def _collapse(text: str, tag: str) -> str:
    """Line breaks in markup are spaces, as a browser shows them (except in <pre>)."""
    return text if tag == "pre" else text.replace("\r", " ").replace("\n", " ")


def visible_text(tree: lxml.html.HtmlElement) -> str:
    for element in tree.iter(*_INVISIBLE):
        element.drop_tree()
    parts: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCK:
            parts.append("\n")
        if element.text and tag:
            parts.append(_collapse(element.text, tag))
        for child in element:
            walk(child)
            if child.tail:
                parts.append(_collapse(child.tail, tag))
        if tag in {"td", "th"}:
            parts.append(" ")
        elif tag in _BLOCK:
            parts.append("\n")

    walk(tree)
    lines = [" ".join(line.split()) for line in "".join(parts).splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


@register(".html", ".htm", ".xhtml")
def read_html(path: Path, data: bytes) -> SourceDocument:
    markup, encoding = decode_bytes(data)
    try:
        tree = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ReadError(f"HTML could not be parsed: {error}") from error
    meta = trafilatura.extract_metadata(tree)
    main = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    title = (meta.title if meta and meta.title else None) or (tree.findtext(".//title") or "").strip() or None
    full = clean_text(visible_text(tree))
    return SourceDocument(
        path=str(path),
        text=full,
        main_text=clean_text(main) if main else None,
        title=title,
        published=meta.date if meta and meta.date else None,
        metadata={"encoding": encoding, "author": meta.author if meta else None},
    )
