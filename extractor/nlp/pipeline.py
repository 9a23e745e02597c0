"""Run a spaCy pipeline over many texts at once and return entity spans with offsets.

Long texts are cut at paragraph (else line, else space) boundaries into pieces, so a
50 MB file is processed in full with bounded memory; offsets are mapped back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from extractor.nlp.labels import project_label

PIECE_CHARS = 20_000


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    label: str  # PER, ORG, LOC
    text: str


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, piece) pairs of at most about ``size`` characters."""
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def entity_spans(
    nlp: Language,
    texts: Iterable[str],
    regions: Iterable[list[tuple[int, int]] | None] | None = None,
    batch_size: int = 64,
) -> Iterator[list[EntitySpan]]:
    """For each text, its PER/ORG/LOC spans. One ``nlp.pipe`` stream over all pieces.

    ``regions`` optionally limits NER to character ranges of each text (a web page's
    article, see ``extractor.nlp.regions``); None reads the whole text.
    """
    texts = list(texts)
    region_lists = list(regions) if regions is not None else [None] * len(texts)
    index: list[tuple[int, int]] = []  # (text number, offset) per piece
    pieces: list[str] = []
    for number, (text, ranges) in enumerate(zip(texts, region_lists, strict=True)):
        for start, end in ranges or [(0, len(text))]:
            for offset, piece in split_pieces(text[start:end]):
                index.append((number, start + offset))
                pieces.append(piece)
    found: list[list[EntitySpan]] = [[] for _ in texts]
    for (number, offset), doc in zip(index, nlp.pipe(pieces, batch_size=batch_size), strict=True):
        for ent in doc.ents:
            label = project_label(ent.label_)
            if label:
                found[number].append(
                    EntitySpan(offset + ent.start_char, offset + ent.end_char, label, ent.text)
                )
    yield from found
