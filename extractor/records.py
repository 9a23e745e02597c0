"""Small typed records that cross module borders: reader -> NLP -> extract -> store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class SourceDocument:
    """What a reader returns: the text to analyse and what the format told us about it."""

    path: str
    text: str  # all visible text: contacts are looked for here
    title: str | None = None
    main_text: str | None = None  # boilerplate-free text for NER, when the format has boilerplate
    published: str | None = None  # ISO date when the format carries one
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Mention:
    label: str  # PER, ORG, LOC
    name: str  # normalised base form ("Östergötland" for "Östergötlands")
    text: str  # the text as written
    start: int
    end: int
    source: str = "ner"  # ner, ruler, contact, quote, coordination


@dataclass
class Contact:
    name: str | None
    role: str | None
    organization: str | None
    phones: list[str]
    emails: list[str]
    start: int
    end: int


@dataclass
class Figure:
    text: str
    value: float
    unit: str
    start: int
    end: int
    qualifier: str | None = None  # more_than, less_than
    approx: bool = False
    sentence: str | None = None


@dataclass
class Quote:
    speaker: str
    role: str | None
    organization: str | None
    text: str
    start: int
    end: int


@dataclass
class Extraction:
    """Everything the pipeline found in one document: JSON-able, so it can cross processes."""

    language: str
    language_probability: float
    language_variant: str | None
    model: str | None
    mentions: list[Mention] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            language=data["language"],
            language_probability=data["language_probability"],
            language_variant=data.get("language_variant"),
            model=data.get("model"),
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            contacts=[Contact(**c) for c in data.get("contacts", [])],
            figures=[Figure(**f) for f in data.get("figures", [])],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
        )
