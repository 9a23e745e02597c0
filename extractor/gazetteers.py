"""Names the project ships, written for it: places (Swedish and Norwegian municipalities,
counties, regions, countries) and organisations releases name again and again (national
agencies, funders, grid operators, exchanges, parties); see docs/models.md."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parent / "gazetteers"
# Places that govern: municipalities, counties, regions, countries, cities (coordinated before "kommuner", "län")
ADMINISTRATIVE_FILES = ("se_municipalities", "se_counties", "no_municipalities", "no_counties", "countries_sv",
                        "countries_no", "countries_en", "regions_en", "cities_sv", "cities_no", "cities_en")
PLACE_FILES = (*ADMINISTRATIVE_FILES, "localities_se", "localities_no", "nature_nordic", "areas_en")


def read_list(name: str) -> list[str]:
    path = GAZETTEER_DIR / f"{name}.txt"
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def places() -> frozenset[str]:
    return frozenset(name.casefold() for f in PLACE_FILES for name in read_list(f))


@cache
def _short_capitals() -> frozenset[str]:
    return frozenset(name for f in PLACE_FILES for name in read_list(f) if len(name) <= 3 and name.isupper())


def known_place(name: str) -> bool:
    if len(name) <= 3 and name.isupper():
        return name in _short_capitals()  # "USA", "UK"; but "ALS" (a laboratory) is not the island Als
    return name.casefold() in places()


@cache
def _places_also_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in read_list("places_also_names"))


def also_a_name(name: str) -> bool:
    """A place of the lists that is also a surname, first name or everyday word ("Hovden", "Kerry", "Fana"): a
    place only where the context says so."""
    return name.casefold() in _places_also_names()


@cache
def _municipalities() -> frozenset[str]:
    return frozenset(name.casefold() for f in ("se_municipalities", "no_municipalities") for name in read_list(f))


def known_municipality(name: str) -> bool:
    """A Swedish or Norwegian municipality of the lists ("Askøy", "Sundsvall"), not a county or country."""
    return name.casefold() in _municipalities()


@cache
def countries() -> frozenset[str]:
    return frozenset(name.casefold() for f in ("countries_sv", "countries_no", "countries_en") for name in read_list(f))


def known_country(name: str) -> bool:
    return name.casefold() in countries()


@cache
def _organisations_by_first_word() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for name in read_list("organisations"):
        by_first.setdefault(name.split()[0], []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by_first.items()}


# The capital first, the look-behind after it: the scan then skips to capitals (three times as fast).
_CAPITALISED_WORD = re.compile(r"[A-ZÅÄÖÆØÉ](?<![\w.'’&-].)[\w.'’&-]*")
_WORD = re.compile(r"[\w.'’&-]+")


def known_organisations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every organisation of the list written in ``text``, the longest name
    where several start at one word; a genitive s may follow ("Enovas stöd")."""
    by_first = _organisations_by_first_word()
    found = []
    for match in _CAPITALISED_WORD.finditer(text):
        word, start = match.group(0), match.start()
        bare = word.rstrip(".,:;")
        names = by_first.get(word) or by_first.get(bare) or (by_first.get(bare[:-1], ()) if bare.endswith("s") else ())
        for name in names:
            end = start + len(name)
            if not text.startswith(name, start):
                continue
            if _ends_name(text, end):
                found.append((start, end, name))
                break
            glued = _glued_name(text, end, by_first) if name[-1].islower() else None
            if glued:  # "Innovasjon NorgeSiva": two listed names whose space was lost in copying
                found += [(start, end, name), (end, end + len(glued), glued)]
                break
    return found


def _glued_name(text: str, at: int, by_first: dict[str, tuple[str, ...]]) -> str | None:
    """A listed name that starts right after another's last letter, with no space ("NorgeSiva")."""
    word = _WORD.match(text, at) if text[at : at + 1].isupper() else None
    if not word:
        return None
    for name in by_first.get(word.group(0).rstrip(".,:;"), ()):
        if text.startswith(name, at) and _ends_name(text, at + len(name)):
            return name
    return None


def listed_organisation(name: str) -> bool:
    """Whether ``name`` is, whole, an organisation of the list ("Moderaterna", "Statnett")."""
    return name in _organisations_by_first_word().get(name.split()[0] if name.split() else "", ())


@cache
def multiword_place_names(files: tuple[str, ...] = PLACE_FILES) -> tuple[str, ...]:
    """The places of the lists whose names have several words, longest first ("Østre Toten", "Mo i Rana")."""
    return tuple(sorted({name for f in files for name in read_list(f) if " " in name}, key=len, reverse=True))


@cache
def _multiword_places_by_first_word() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    names = multiword_place_names()  # longest first, so the first that fits at a word is the longest
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split(" ")[0], []).append(name)
    initials = "".join(sorted({re.escape(name[0]) for name in names}))
    # A name's first letter, not after a letter, digit or hyphen (the letter first: the scan skips to it)
    return re.compile(rf"[{initials}](?<![\w-].)"), {k: tuple(v) for k, v in by_first.items()}


def known_multiword_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every place of the lists whose name has several words ("Østre Toten",
    "Upplands Väsby", "Mo i Rana"), written as listed; a genitive s may follow."""
    # Looked up by first word: one alternation of the 377 names was a tenth of all extraction time.
    starts, by_first = _multiword_places_by_first_word()
    found: list[tuple[int, int, str]] = []
    after = 0
    for match in starts.finditer(text):
        start = match.start()
        if start < after:
            continue  # a start inside the place found before: the places found do not overlap
        space = text.find(" ", start)
        for name in by_first.get(text[start:space], ()) if space > 0 else ():
            end = start + len(name)
            if text.startswith(name, start) and _place_ends(text, end):
                found.append((start, end, name))
                after = end
                break
    return found


def _place_ends(text: str, at: int) -> bool:
    """The place's name ends here, or after a genitive s: no letter, digit or hyphen follows."""
    if text[at : at + 1] == "s":
        at += 1
    return at >= len(text) or not (text[at].isalnum() or text[at] in "_-")


def _ends_name(text: str, at: int) -> bool:
    """Whether a name written up to ``at`` ends there, perhaps with a genitive s ("Enovas stöd")."""
    return _ends_word(text, at + (text[at : at + 1] == "s"))


def _ends_word(text: str, at: int) -> bool:
    # "Enova-støtte": a name joined to a common noun ends at the hyphen; "Enova-Nord" is another name
    return at >= len(text) or not (text[at].isalnum() or text[at] == "&" or (
        text[at] == "-" and not text[at + 1 : at + 2].islower()))
