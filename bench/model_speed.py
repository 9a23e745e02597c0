"""Words per second of each bundled (or chosen) pipeline, one process, on the dev text.

Usage: python bench/model_speed.py [--data ../shared/data/ner] [--repeat 3]

Reads the dev splits' sentences as plain text (the NER labels are ignored), runs
``nlp.pipe`` over them and prints words/s per language and the pipeline's size on disk.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.nlp import models

DEV = {"sv": ["swedish-ner-corpus"], "no": ["norne-nob"], "en": ["uner-en-ewt", "wikigold"]}


def sentences(data: Path, corpora: list[str]) -> list[str]:
    out, words = [], []
    for corpus in corpora:
        for line in (data / corpus / "dev.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split("\t")[0])
            elif words:
                out.append(" ".join(words))
                words = []
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ner")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'lang':<5}{'pipeline':<22}{'words/s':>10}{'size MB':>9}")
    for language, corpora in DEV.items():
        choice = models.choose(language)
        nlp = models.load(choice.path or choice.name)
        texts = sentences(args.data, corpora)
        n_words = sum(len(t.split()) for t in texts)
        best = 0.0
        for _ in range(args.repeat):
            start = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=256):
                pass
            best = max(best, n_words / (time.perf_counter() - start))
        size = sum(p.stat().st_size for p in Path(choice.path).rglob("*") if p.is_file()) / 1e6 if choice.path else 0
        print(f"{language:<5}{choice.name:<22}{best:>10.0f}{size:>9.1f}")


if __name__ == "__main__":
    main()
