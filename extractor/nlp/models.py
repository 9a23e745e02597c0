"""Which spaCy pipeline serves each language, and loading it.

An official pipeline package, when installed, wins over the bundled one; the user can
choose any pipeline per language with ``--model sv=PATH_OR_NAME``.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from extractor.language import SUPPORTED
from extractor.nlp.ops import use_blas

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "models"
# Our language codes -> the folder of the bundled pipeline and the official package prefixes.
BUNDLED = {"sv": "sv", "no": "nb", "en": "en"}
OFFICIAL = {
    "sv": ["sv_core_news_lg", "sv_core_news_md", "sv_core_news_sm"],
    "no": ["nb_core_news_lg", "nb_core_news_md", "nb_core_news_sm"],
    "en": ["en_core_web_lg", "en_core_web_md", "en_core_web_sm"],
}
MAX_LENGTH = 2_000_000  # texts are cut into pieces far below this (see nlp.pipeline)


class ModelError(Exception):
    pass


@dataclass(frozen=True)
class ModelChoice:
    language: str
    name: str
    source: str  # bundled, installed, or user
    path: str | None  # spacy.load(path or name) loads it
    selected: bool = True

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items()}

    @property
    def version(self) -> str:
        """The pipeline's own version (meta.json), so new weights under the same name count as new."""
        return _meta_version(self.path) if self.path else "?"


def _meta_version(path: str) -> str:
    try:
        return str(json.loads((Path(path) / "meta.json").read_text(encoding="utf-8")).get("version", "?"))
    except (OSError, ValueError):
        return "?"


def _installed_path(package: str) -> str | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    for config in sorted(root.glob("*/config.cfg")):
        return str(config.parent)
    return None


def bundled_choice(language: str) -> ModelChoice | None:
    folder = BUNDLED_DIR / BUNDLED[language]
    meta = folder / "meta.json"
    if not meta.exists():
        return None
    name = json.loads(meta.read_text(encoding="utf-8")).get("name", f"press_{BUNDLED[language]}")
    return ModelChoice(language, f"{BUNDLED[language]}_{name}", "bundled", str(folder))


def _name_of(folder: Path) -> str:
    """A pipeline folder's package name from its meta.json ("en_core_web_sm"), else the folder's name."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        return f"{meta['lang']}_{meta['name']}"
    except (OSError, ValueError, KeyError, TypeError):
        return folder.name


def available(language: str) -> list[ModelChoice]:
    """Every pipeline that could serve ``language``, best first."""
    found = []
    for package in OFFICIAL.get(language, []):
        path = _installed_path(package)
        if path:
            found.append(ModelChoice(language, package, "installed", path))
    bundled = bundled_choice(language)
    if bundled:
        found.append(bundled)
    return found


def choose(language: str, overrides: dict[str, str] | None = None) -> ModelChoice:
    override = (overrides or {}).get(language)
    if override == "bundled":  # "--model en=bundled": ours, even where an official pipeline is installed
        bundled = bundled_choice(language)
        if bundled is None:
            raise ModelError(f"--model {language}=bundled: the bundled pipeline is missing from {BUNDLED_DIR}")
        return ModelChoice(language, bundled.name, "bundled", bundled.path)
    if override:
        path = Path(override)
        if path.exists():
            return ModelChoice(language, _name_of(path), "user", str(path.resolve()))
        if importlib.util.find_spec(override) is None:
            raise ModelError(f"--model {language}={override}: no such folder or installed package")
        return ModelChoice(language, override, "user", _installed_path(override))
    options = available(language)
    if not options:
        raise ModelError(f"no spaCy pipeline for '{language}': the bundled one is missing from {BUNDLED_DIR}")
    return options[0]


def model_table(overrides: dict[str, str] | None = None) -> list[ModelChoice]:
    rows = []
    for language in SUPPORTED:
        chosen = choose(language, overrides)
        rows.append(chosen)
        for option in available(language):
            if option.path != chosen.path:
                rows.append(ModelChoice(option.language, option.name, option.source, option.path, False))
    return rows


@cache
def load(path_or_name: str) -> Language:
    """Load once per process; only the entity recogniser and its helpers run."""
    use_blas()
    nlp = spacy.load(path_or_name, exclude=["lemmatizer", "parser", "tagger", "morphologizer",
                                             "attribute_ruler", "senter", "textcat"])
    nlp.max_length = MAX_LENGTH
    return nlp


def parse_overrides(values: tuple[str, ...] | list[str]) -> dict[str, str]:
    overrides = {}
    for value in values:
        language, sep, model = value.partition("=")
        language = {"nb": "no", "nn": "no"}.get(language, language)
        if not sep or language not in SUPPORTED or not model:
            raise ModelError(f"--model expects LANG=PATH_OR_NAME with LANG one of sv, no, en; got {value!r}")
        overrides[language] = model
    return overrides
