"""Extractors: each kind of knowledge is one module registering one function.

An extractor takes the shared ``Context`` (text, language, NER spans, what earlier
extractors found) and appends to ``context.result``. They run in ``order``: contacts and
quotes first, because the entities step uses their people and organisations.
Adding an extractor: write ``extract/<kind>.py`` with ``@register("kind", order=N)`` and add
the module name to ``_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.nlp.pipeline import EntitySpan
from extractor.records import Extraction

REGIONS = {"sv": "SE", "no": "NO", "en": "GB", "da": "DK", "fi": "FI", "de": "DE"}


@dataclass
class Context:
    text: str
    language: str
    entities: list[EntitySpan]
    result: Extraction
    # Character spans already claimed by phones, e-mails and organisation numbers,
    # so the figure extractor does not read them as numbers.
    claimed: list[tuple[int, int]] = field(default_factory=list)
    # Where names are looked for (a web page's article); None: the whole text. Contacts and
    # quotes are read everywhere: a page's contact block is usually outside its article.
    ner_regions: list[tuple[int, int]] | None = None

    def in_regions(self, start: int, end: int) -> bool:
        return self.ner_regions is None or any(s <= start and end <= e for s, e in self.ner_regions)

    @property
    def region(self) -> str:
        return REGIONS.get(self.language, "SE")

    def is_claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed)

    def entities_in(self, start: int, end: int, label: str | None = None) -> list[EntitySpan]:
        return [e for e in self.entities if e.start >= start and e.end <= end and (label is None or e.label == label)]


Extractor = Callable[[Context], None]
EXTRACTORS: list[tuple[int, str, Extractor]] = []


def register(name: str, order: int) -> Callable[[Extractor], Extractor]:
    def decorate(func: Extractor) -> Extractor:
        EXTRACTORS.append((order, name, func))
        EXTRACTORS.sort(key=lambda item: item[0])
        return func

    return decorate


def run_extractors(context: Context) -> Extraction:
    for _, _, extractor in EXTRACTORS:
        extractor(context)
    return context.result


_MODULES = ["labels", "contacts", "quotes", "figures", "entities"]
for _name in _MODULES:
    importlib.import_module(f"extractor.extract.{_name}")
