"""The NLP step as a pure function: texts in, JSON-able ``Extraction`` records out.

Documents are grouped by language; each language's pipeline is loaded once per process
and run over its group with ``nlp.pipe``; the extractors then run on each text with the
entity spans. Nothing here touches the database, so the step can run in worker
processes or on a cluster.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from extractor.extract import Context, run_extractors
from extractor.language import SUPPORTED, LanguageGuess, detect_language
from extractor.nlp import models
from extractor.nlp.pipeline import EntitySpan, entity_spans
from extractor.records import Extraction


@dataclass
class Job:
    text: str
    language: str | None = None  # forced by --language, else detected
    ner_regions: list[tuple[int, int]] | None = None  # where NER reads (a web page's article); None: everywhere
    guess: LanguageGuess | None = None  # detected already (by the reading process), else detected here


def guess_language(job: Job) -> LanguageGuess:
    if job.language:
        return LanguageGuess(job.language, 1.0, None)
    return job.guess or detect_language(job.text)


def analyse(jobs: list[Job], overrides: dict[str, str] | None = None) -> list[Extraction]:
    guesses = [guess_language(job) for job in jobs]
    spans: list[list[EntitySpan]] = [[] for _ in jobs]
    model_names: list[str | None] = [None] * len(jobs)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, guess in enumerate(guesses):
        if guess.language in SUPPORTED:
            groups[guess.language].append(i)
    for language, members in groups.items():
        try:
            choice = models.choose(language, overrides)
        except models.ModelError:
            if overrides and language in overrides:
                raise
            continue  # no pipeline for this language here: pattern extraction only
        nlp = models.load(choice.path or choice.name)
        texts = [jobs[i].text for i in members]
        regions = [jobs[i].ner_regions for i in members]
        for i, found in zip(members, entity_spans(nlp, texts, regions), strict=True):
            spans[i] = found
            model_names[i] = choice.name
    results = []
    for job, guess, found, model in zip(jobs, guesses, spans, model_names, strict=True):
        extraction = Extraction(guess.language, guess.probability, guess.variant, model)
        run_extractors(Context(job.text, guess.language, found, extraction, ner_regions=job.ner_regions))
        results.append(extraction)
    return results
