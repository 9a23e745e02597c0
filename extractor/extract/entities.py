"""Persons, organisations and places: NER spans in base form, plus what the release makes
certain (a quoted speaker or contact is a person, the organisation on their line is an
organisation).

Base forms: a Scandinavian genitive -s is removed ("Östergötlands position" ->
Östergötland), coordinated forms are split ("Linköpings och Norrköpings kommun" -> both
municipalities), and "region Östergötland" is written as the name "Region Östergötland".
"""

from __future__ import annotations

import re

from extractor.extract import Context, register
from extractor.gazetteers import known_place
from extractor.records import Mention

_COORDINATED = re.compile(
    r"(?P<a>[A-ZÅÄÖÆØ][\wåäöæøé-]+)(?P<more>(?:,\s[A-ZÅÄÖÆØ][\wåäöæøé-]+)*)\s(?:och|og|and|samt|&)\s"
    r"(?P<b>[A-ZÅÄÖÆØ][\wåäöæøé-]+)\s(?P<head>kommuner|kommuns|kommun|kommunes|kommuner|kommune|kommunar|"
    r"län|regioner|region|universitet|stad|städer|fylkeskommune|fylkeskommuner)\b"
)
_HEAD_SINGULAR = {"kommuner": "kommun", "kommuns": "kommun", "kommunes": "kommune", "kommunar": "kommune",
                  "regioner": "region", "städer": "stad", "fylkeskommuner": "fylkeskommune"}
_LOWER_PREFIX = re.compile(r"^(region|regionen|kommun|landstinget|fylke|stiftelsen|föreningen)\s+(?=[A-ZÅÄÖÆØ])")
_TRIM = " \t\n.,;:!?\"'“”«»()[]–—-•*·|"
_GENITIVE_EXCEPTIONS = {"ss", "us", "is", "os", "ys", "äs", "ås", "ös"}


def _clean(text: str) -> str:
    text = text.split("\n")[0]
    return re.sub(r"\s+", " ", text).strip(_TRIM)


def _base_form(name: str, label: str, language: str, text_after: str, known: set[str]) -> str:
    """Remove a genitive -s where the release shows it is one."""
    if language not in {"sv", "no", "da"} or len(name) < 4 or not name.endswith("s"):
        return name
    stem = name[:-1]
    if stem.casefold() in known or known_place(stem):
        return stem
    if known_place(name) or name[-2:] in _GENITIVE_EXCEPTIONS or label == "PER":
        return name
    # "Östergötlands position": a genitive governs the noun that follows it.
    if re.match(r"\s+[a-zåäöæø]", text_after):
        return stem
    return name


@register("entities", order=90)
def extract_entities(context: Context) -> None:
    text, language = context.text, context.language
    result = context.result
    mentions: list[Mention] = []
    persons = {c.name for c in result.contacts if c.name} | {q.speaker for q in result.quotes}
    orgs = {c.organization for c in result.contacts if c.organization} | {
        q.organization for q in result.quotes if q.organization
    }
    person_keys = {p.casefold() for p in persons}
    org_keys = {o.casefold() for o in orgs}

    coordinated: list[tuple[int, int]] = []
    for match in _COORDINATED.finditer(text):
        head = _HEAD_SINGULAR.get(match.group("head"), match.group("head"))
        label = "LOC" if head == "län" else "ORG"
        parts = [(match.start("a"), match.group("a"))]
        parts += [(match.start("more") + m.start(1), m.group(1)) for m in re.finditer(r",\s(\S+)", match.group("more"))]
        parts.append((match.start("b"), match.group("b")))
        for start, word in parts:
            name = f"{word} {head}"
            mentions.append(Mention(label, name, word, start, start + len(word), "coordination"))
        coordinated.append((match.start(), match.end()))

    names_in_doc = {_clean(e.text).casefold() for e in context.entities}
    for span in context.entities:
        if any(s <= span.start < e for s, e in coordinated):
            continue
        raw = _clean(span.text)
        if len(raw) < 2 or not re.search(r"[^\W\d_]", raw) or "@" in raw or "www." in raw:
            continue
        label = span.label
        if raw.casefold() in person_keys:
            label = "PER"
        elif raw.casefold() in org_keys:
            label = "ORG"
        name = _base_form(raw, label, language, text[span.end : span.end + 3], names_in_doc)
        lowered = _LOWER_PREFIX.match(name)
        if lowered:
            name = name[0].upper() + name[1:]
        start = span.start + span.text.find(raw) if raw in span.text else span.start
        mentions.append(Mention(label, name, raw, start, start + len(raw), "ner"))

    # People and organisations the release states outright.
    for contact in result.contacts:
        _add_stated(mentions, text, contact.name, "PER", contact.start, "contact")
        _add_stated(mentions, text, contact.organization, "ORG", contact.start, "contact")
    for quote in result.quotes:
        _add_stated(mentions, text, quote.speaker, "PER", quote.start, "quote")
        _add_stated(mentions, text, quote.organization, "ORG", quote.start, "quote")

    # "Svensén" alone is the "Bernt Svensén" named elsewhere in the release.
    full_names = [m.name for m in mentions if m.label == "PER" and " " in m.name]
    for mention in mentions:
        if mention.label == "PER" and " " not in mention.name:
            matches = {f for f in full_names if mention.name in f.split()}
            if len(matches) == 1:
                mention.name = matches.pop()
    result.mentions.extend(sorted(mentions, key=lambda m: (m.start, m.end)))


def _add_stated(mentions: list[Mention], text: str, name: str | None, label: str, near: int, source: str) -> None:
    if not name:
        return
    start = text.find(name, max(0, near - 400))
    if start == -1:
        start = text.find(name)
    if start == -1:
        return
    end = start + len(name)
    for mention in mentions:
        if mention.start < end and start < mention.end:
            if mention.label != label and mention.source == "ner":
                mention.label = label
                mention.name = name
                mention.start, mention.end, mention.text = start, end, name
            return
    mentions.append(Mention(label, name, name, start, end, source))
