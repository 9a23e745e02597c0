"""Throughput benchmark: synthetic releases -> fresh database, against the bare pipelines.

Usage: python bench/run.py [-n 500 1000 2000] [--workers 0 1 2] [--out bench/out]

Builds N releases from the project's own corpus/ (each varied: numbers, names and
sentence order changed, so no two are identical), ingests them into a fresh database,
and runs the same texts through the bare spaCy pipelines with ``nlp.pipe`` in the same
process right before each ingest. Prints documents/s, words/s, peak memory and the overhead ratio
ingest-time / bare-model-time; the CPU ratio (CPU seconds of the ingest and its workers / bare
one-process time); and, with W > 1 workers, the ratio against the bare pipelines given the same
W processes through spaCy's own ``nlp.pipe(n_process=W)``.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import threading
import time
from collections import defaultdict
from pathlib import Path

from extractor.ingest import ingest
from extractor.language import detect_language
from extractor.nlp import models

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Anna", "Erik", "Kari", "Ola", "Jane", "Lars", "Maria", "Johan", "Ingrid", "Tomas", "Emma", "Henrik"]
LAST = ["Berg", "Lind", "Holm", "Strand", "Smith", "Dahl", "Ek", "Nilsen", "Moe", "Virtanen", "Porter", "Aasen"]


def vary(text: str, rng: random.Random, number: int) -> str:
    """A different release with the same shape: digits, one person's name, paragraph order."""
    text = "".join(str(rng.randint(1, 9)) if ch.isdigit() and rng.random() < 0.5 else ch for ch in text)
    title, _, body = text.partition("\n")
    paragraphs = body.split("\n\n")
    middle = paragraphs[1:-1]
    rng.shuffle(middle)
    body = "\n\n".join(paragraphs[:1] + middle + paragraphs[-1:])
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    phone = f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"{title} ({number})\n{body}\n\nKontakt: {name}, presschef, {phone}\n"


def build(n: int, folder: Path, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    sources = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    out = []
    for i in range(n):
        text = vary(texts[i % len(texts)], rng, i)
        (folder / f"release_{i:05d}.txt").write_text(text, encoding="utf-8")
        out.append(text)
    return out


def bare_model_seconds(texts: list[str], processes: int = 1) -> float:
    """Wall seconds of ``nlp.pipe`` over ``texts`` grouped by language, with spaCy's own
    ``n_process`` (more than 1: spaCy's worker processes, started per call as spaCy does)."""
    groups = defaultdict(list)
    for text in texts:
        groups[detect_language(text).language].append(text)
    seconds = 0.0
    for language, members in groups.items():
        if language not in models.BUNDLED:
            continue
        choice = models.choose(language)
        nlp = models.load(choice.path or choice.name)
        start = time.perf_counter()
        for _doc in nlp.pipe(members, batch_size=64, n_process=processes):
            pass
        seconds += time.perf_counter() - start
    return seconds


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class WorkerPeak:
    """Peak resident memory (VmHWM) of this process's children while it runs: the ingest's
    workers only, where ``RUSAGE_CHILDREN`` would also count spaCy's ``n_process`` children of
    the bare runs. Linux ``/proc``; elsewhere it reports 0."""

    def __init__(self) -> None:
        self.kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            for tasks in Path("/proc/self/task").glob("*/children"):
                for pid in tasks.read_text().split():
                    try:
                        status = Path(f"/proc/{pid}/status").read_text()
                    except OSError:
                        continue  # the worker just left
                    for line in status.splitlines():
                        if line.startswith("VmHWM:"):
                            self.kb = max(self.kb, int(line.split()[1]))

    def __enter__(self) -> WorkerPeak:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def run_ingest(folder: Path, db: Path, workers: int) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of this process and its workers, largest worker's peak MB)
    of one ingest into a fresh db."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cpu = cpu_seconds()
    start = time.perf_counter()
    with WorkerPeak() as peak:
        summary = ingest([folder], db=str(db), workers=workers)
    seconds = time.perf_counter() - start
    assert summary.new == len(list(folder.glob("*.txt"))) and not summary.failed, summary
    return seconds, cpu_seconds() - cpu, peak.kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, nargs="+", default=[500], help="corpus sizes to measure")
    ap.add_argument("--workers", type=int, nargs="+", default=[0, 1, 2],
                    help="--workers values to measure (0: NLP in the writing process)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args()
    for language in models.BUNDLED:  # load outside the timed part, as the bare run does (workers fork it)
        choice = models.choose(language)
        models.load(choice.path or choice.name)
    print(f"{'N':>5} {'words':>8} {'workers':>7} {'ingest s':>9} {'docs/s':>7} {'words/s':>8} {'CPU s':>6} "
          f"{'bare s':>7} {'bare w/s':>8} {'ratio':>6} {'CPU ratio':>9} {'bare×W s':>8} {'ratio×W':>7}")
    largest_worker = 0.0
    for n in args.n:
        folder = args.out / f"corpus-{n}"
        texts = build(n, folder)
        words = sum(len(t.split()) for t in texts)
        for workers in args.workers:
            # The bare model right before each ingest: the shared machine's speed drifts over minutes,
            # and a ratio of two runs far apart would measure the drift.
            model_seconds = bare_model_seconds(texts)
            # The same resources: spaCy's own n_process with as many processes as the ingest has workers.
            parallel = bare_model_seconds(texts, workers) if workers > 1 else model_seconds
            seconds, cpu, worker_mb = run_ingest(folder, args.out / f"bench-{n}-{workers}.db", workers)
            print(f"{n:>5} {words:>8} {workers:>7} {seconds:>9.1f} {n / seconds:>7.1f} {words / seconds:>8.0f} "
                  f"{cpu:>6.1f} {model_seconds:>7.1f} {words / model_seconds:>8.0f} {seconds / model_seconds:>6.2f} "
                  f"{cpu / model_seconds:>9.2f} {parallel:>8.1f} {seconds / parallel:>7.2f}",
                  flush=True)
            largest_worker = max(largest_worker, worker_mb)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {own:.0f} MB (this process), {largest_worker:.0f} MB (largest ingest worker)")


if __name__ == "__main__":
    main()
