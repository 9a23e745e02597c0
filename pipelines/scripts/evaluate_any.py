"""Score any spaCy pipeline (an installed official one, or a path) on one of our dev splits, its labels
mapped onto PER/ORG/LOC as ingest maps them (PERSON -> PER, GPE/FAC -> LOC; NORP, PRODUCT ... dropped).

    python scripts/evaluate_any.py en_core_web_sm corpus/en/dev.spacy --output metrics/official-en-sm.json

`spacy evaluate` cannot do this: it scores the pipeline's own labels, so an official pipeline's PERSON
and GPE would all count as wrong against our PER and LOC. This is how the official pipelines are put
on the same dev splits as ours (docs/models.md, "The official pipelines on our dev splits").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

from extractor.nlp.labels import project_label


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pipeline", help="an installed pipeline's name or a directory")
    ap.add_argument("dev", type=Path, help="a .spacy DocBin of our corpus step")
    ap.add_argument("--output", type=Path)
    args = ap.parse_args()
    nlp = spacy.load(args.pipeline, exclude=["parser", "tagger", "morphologizer", "lemmatizer", "attribute_ruler"])
    gold = list(DocBin().from_disk(args.dev).get_docs(nlp.vocab))
    examples = []
    for reference, predicted in zip(gold, nlp.pipe((doc.text for doc in gold), batch_size=256), strict=True):
        spans = []
        for ent in predicted.ents:
            label = project_label(ent.label_)
            if label:
                spans.append(predicted.char_span(ent.start_char, ent.end_char, label=label))
        predicted.ents = spans
        examples.append(Example(predicted, reference))
    scores = Scorer.score_spans(examples, "ents")
    result = {
        "pipeline": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "dev": str(args.dev),
        "ents_p": scores["ents_p"], "ents_r": scores["ents_r"], "ents_f": scores["ents_f"],
        "ents_per_type": scores["ents_per_type"],
    }
    per_label = "  ".join(f"{label} {value['f']:.3f}" for label, value in sorted(scores["ents_per_type"].items()))
    print(f"{result['pipeline']} on {args.dev}: F {scores['ents_f']:.3f} (P {scores['ents_p']:.3f}, "
          f"R {scores['ents_r']:.3f})  {per_label}")
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
