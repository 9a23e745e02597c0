"""Assemble a bundled pipeline: the trained NER plus a gazetteer entity ruler
for places a press release names, saved as package data under extractor/models/<lang>.

Usage: python scripts/assemble.py TRAINED_MODEL GAZETTEER_DIR OUTPUT_DIR --name NAME [--metrics FILE]

TRAINED_MODEL may also be a bundled pipeline: its entity ruler is replaced.

The entity ruler runs after the statistical NER and only adds entities where NER found
none (overwrite_ents=False): the model decides, the gazetteer fills gaps. Only names
that are unambiguous as places are used (see MIN_LENGTH and the stop list).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

LISTS = {
    "sv": ["se_municipalities", "se_counties", "countries_sv", "cities_sv", "no_counties", "localities_se",
           "nature_nordic"],
    "nb": ["no_municipalities", "no_counties", "countries_no", "cities_no", "se_counties", "localities_no",
           "nature_nordic"],
    # English releases from the Nordic countries name their towns too ("a factory in Høyanger")
    "en": ["countries_en", "regions_en", "cities_en", "se_municipalities", "no_municipalities", "se_counties",
           "no_counties", "areas_en", "nature_nordic"],  # (not the Nordic localities: 25 MB at most)
}
# and places that are also surnames or words, listed with the gazetteers ("Hovden", "Kerry"): see that file
ALSO_NAMES = "places_also_names"
MIN_LENGTH = 4
# Place names that are also everyday words or common first names.
AMBIGUOUS = {"mark", "ale", "bjuv", "tranås", "vara", "bräcke", "sala", "hylte", "gnosjö", "moss", "hole", "lund",
             "nes", "os", "vik", "re", "tid", "bø", "hå", "lom", "aurskog", "alta", "ski", "hamar", "time", "lier",
             "stad", "heby", "ljusdal", "mora", "boden", "rana", "vega", "fyresdal", "frosta", "sande",
             "grue", "holt", "vang", "våler", "engerdal", "sel", "gran", "lesja", "luster", "meland", "berg",
             "kvam", "hol", "flå", "sola", "hemnes", "bamble", "chad", "jordan", "georgia", "guinea", "mali", "niger",
             "norden", "nordic", "turkey", "china", "strand", "fjord", "heim", "marker", "kinn", "nora", "kinda",
             "salem", "tana", "alver", "røst", "loppa", "nome", "valle", "frøya", "tinn", "vinje", "klippan", "köping",
             "haram", "bykle", "lunner", "stange", "løten", "skaun", "sula", "stryn", "aure", "tolga", "orsa",
             "rom", "washington", "santiago", "kingston", "israel", "india", "japan",
             # words of the languages that `scripts/gazetteer_check.py` finds in lower case in the NER corpora
             "medan", "lille", "alger", "råde", "øyer", "como", "mecca"}


def read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("gazetteers", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--name", required=True)
    ap.add_argument("--metrics", type=Path)
    ap.add_argument("--version", default="0.2.0", help="the pipeline's version: raise it for new weights or lists")
    args = ap.parse_args()

    nlp = spacy.load(args.model)
    lang = nlp.lang  # "sv", "nb", "en"
    patterns = []
    ambiguous = AMBIGUOUS | {name.casefold() for name in read_list(args.gazetteers / f"{ALSO_NAMES}.txt")}
    for list_name in LISTS.get(lang, []):
        for name in read_list(args.gazetteers / f"{list_name}.txt"):
            if len(name) < MIN_LENGTH or name.casefold() in ambiguous:
                continue
            # phrase patterns (a PhraseMatcher on ORTH): three times faster than token patterns
            patterns.append({"label": "LOC", "pattern": name})
            if lang in {"sv", "nb"} and not name.endswith("s"):
                # the genitive ("Norges konkurranseevne"); the extractor writes the base form
                patterns.append({"label": "LOC", "pattern": f"{name}s"})
    if "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")  # re-assembling a bundled pipeline with new lists
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
        ruler.add_patterns(patterns)
    nlp.meta["name"] = args.name
    nlp.meta["version"] = args.version  # part of the ingest's pipeline version: stored documents are redone
    nlp.meta["license"] = "CC BY-SA 4.0"
    nlp.meta["author"] = "press-extractor"
    nlp.meta["description"] = "PER/ORG/LOC pipeline for press releases; see docs/models.md"
    if args.metrics and args.metrics.exists():
        nlp.meta["performance"] = json.loads(args.metrics.read_text())
    if args.output.exists():
        shutil.rmtree(args.output)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.output)
    size = sum(p.stat().st_size for p in args.output.rglob("*") if p.is_file())
    print(f"{args.output}: {len(patterns)} gazetteer patterns, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
