"""Place names the project ships (Swedish and Norwegian municipalities, counties, regions,
countries), written for the project; see extractor/gazetteers/README.md."""

from __future__ import annotations

from functools import cache
from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parent / "gazetteers"
PLACE_FILES = ("se_municipalities", "se_counties", "no_municipalities", "no_counties",
               "countries_sv", "countries_no", "countries_en")


def read_list(name: str) -> list[str]:
    path = GAZETTEER_DIR / f"{name}.txt"
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def places() -> frozenset[str]:
    return frozenset(name.casefold() for f in PLACE_FILES for name in read_list(f))


def known_place(name: str) -> bool:
    return name.casefold() in places()


@cache
def countries() -> frozenset[str]:
    return frozenset(name.casefold() for f in ("countries_sv", "countries_no", "countries_en") for name in read_list(f))


def known_country(name: str) -> bool:
    return name.casefold() in countries()
