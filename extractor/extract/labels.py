"""Labels: NER labels the release itself contradicts, corrected before any extractor reads them.

Museums and galleries are bodies (they lend, own and employ), however the model reads them.

The small models read some people's names as places ("Ulrika Sandström Öhman" looks like a string of
Swedish place names); a sentence that says what the name *is* settles it. Runs first, so contacts and
quotes see the corrected label too ("…, säger hon" finds the person the paragraph named).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.extract import Context, register
from extractor.extract.names import looks_like_person
from extractor.extract.roles import is_role_word
from extractor.gazetteers import known_place

# "… är regional beredskapschef", "… er daglig leder", "… is chief executive": a title said of the name before
_IS_A_TITLE = re.compile(r"\s+(?:är|er|is|was|var|blir|vart|becomes)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


# A museum or gallery lends, owns and employs: a body, however the model reads it ("the Orkney Museum").
_MUSEUM = re.compile(r"(?i)(?:museum|museums|museet|museer|gallery|galleries)$")


@register("labels", order=5)
def correct_labels(context: Context) -> None:
    for index, span in enumerate(context.entities):
        if span.label == "LOC" and _MUSEUM.search(span.text):
            context.entities[index] = replace(span, label="ORG")
            continue
        if span.label != "LOC" or " " not in span.text or known_place(span.text) or not looks_like_person(span.text):
            continue
        copula = _IS_A_TITLE.match(context.text, span.end)
        if copula and any(is_role_word(w) for w in copula.group(1).split()):
            # "Ulrika Sandström Öhman är regional beredskapschef i Region Västerbotten"
            context.entities[index] = replace(span, label="PER")
