"""The batch: find files, skip what is stored and unchanged, read, analyse, store, report."""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from extractor import EXTRACTION_REVISION, __version__
from extractor.analyse import Job
from extractor.engines import InlineEngine, ProcessEngine, make_engine
from extractor.language import SUPPORTED, detect_language
from extractor.nlp import models
from extractor.nlp.regions import main_regions
from extractor.readers import ReadError, is_supported, read
from extractor.records import SourceDocument
from extractor.store import Store, open_db

BATCH_SIZE = 64
MAX_FILE_BYTES = 200 * 1024 * 1024  # read limit: a PDF full of pictures can be large
# A press release is tens of kilobytes of text; ten megabytes is a book. Longer texts are
# refused with a clear error (and can be let in with --max-text-mb): processed in pieces,
# fifty megabytes would hold the batch for a quarter of an hour.
MAX_TEXT_MB = 10.0


@dataclass
class Summary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    moved: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unsupported formats
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.new + self.updated


def pipeline_version(overrides: dict[str, str] | None = None) -> str:
    """Package + extraction rules + the pipeline serving each language."""
    names = []
    for language in SUPPORTED:
        try:
            choice = models.choose(language, overrides)
            names.append(f"{choice.name}@{choice.version}")
        except models.ModelError:
            names.append("none")
    return f"{__version__}+r{EXTRACTION_REVISION}:" + ",".join(names)


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(supported files, skipped files) under ``paths``, recursively, in a stable order."""
    supported, skipped = [], []
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise FileNotFoundError(f"no such file or folder: {root}")
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in candidates:
            if any(part.startswith(".") for part in path.relative_to(root.parent if root.is_file() else root).parts):
                continue  # hidden files and folders (.git, .DS_Store)
            (supported if is_supported(path) else skipped).append(path.resolve())
    return supported, skipped


def ingest(
    paths: Iterable[str | Path],
    db: str = "press.db",
    language: str | None = None,
    overrides: dict[str, str] | None = None,
    retry_failed: bool = False,
    progress: Callable[[int], None] | None = None,
    max_text_mb: float = MAX_TEXT_MB,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Ingest every supported file under ``paths`` into ``db``.

    This process reads, hashes and writes (the database's single writer); the NLP step
    runs on an engine: ``workers`` local processes (0: in this process) or a Dask cluster.
    A run with fewer documents to analyse than one batch stays in this process.
    """
    started = time.perf_counter()
    files, skipped = discover(paths)
    summary = Summary(skipped=[str(p) for p in skipped])
    store = Store(open_db(db))
    version = pipeline_version(overrides)
    runner = make_engine(engine, workers, scheduler, overrides)
    inline = InlineEngine(overrides)
    pending: deque[tuple[list[tuple[SourceDocument, str, int, bool]], Future]] = deque()
    batch: list[tuple[SourceDocument, str, int, bool]] = []

    def write(items: list[tuple[SourceDocument, str, int, bool]], future: Future) -> None:
        try:
            results = future.result()
        except Exception as error:  # noqa: BLE001 - a worker died (killed, out of memory): record, go on
            results = [f"analysis worker failed: {error!r}"] * len(items)
            if isinstance(runner, ProcessEngine):
                runner.restart()
        counts = {"new": 0, "updated": 0}
        failed = []
        analysed = []
        with store.db.atomic():  # one transaction per batch: a kill loses at most one batch
            for (source, sha, size, existed), extraction in zip(items, results, strict=True):
                if isinstance(extraction, str):
                    store.save_error(source.path, sha, size, version, f"analysis failed: {extraction}")
                    failed.append((source.path, f"analysis failed: {extraction}"))
                    continue
                analysed.append((source, sha, size, version, extraction))
                counts["updated" if existed else "new"] += 1
            store.save_many(analysed)
        summary.new += counts["new"]
        summary.updated += counts["updated"]
        summary.failed.extend(failed)
        if progress:
            progress(len(items))

    submitted = False

    def flush(final: bool = False) -> None:
        nonlocal submitted
        if not batch:
            return
        small = final and not submitted and isinstance(runner, ProcessEngine)
        use = inline if small else runner  # one small batch: no worker start-up
        # With workers, this process detects the language while they run the pipelines: it only
        # reads and writes otherwise, and the workers' time is the run's.
        detect = language is None and not isinstance(use, InlineEngine)
        jobs = [
            Job(source.text, language, main_regions(source.text, source.main_text),
                detect_language(source.text) if detect else None)
            for source, _, _, _ in batch
        ]
        pending.append((list(batch), use.submit(jobs)))
        submitted = True
        batch.clear()
        while len(pending) > (0 if final else runner.window - 1):
            write(*pending.popleft())

    def done_with(_: Path) -> None:
        if progress:
            progress(1)

    try:
        for path in files:
            name = str(path)
            try:
                size = path.stat().st_size
                if size > MAX_FILE_BYTES:
                    raise ReadError(f"file is {size // 1_000_000} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit")
                data = path.read_bytes()
            except (OSError, ReadError) as error:
                message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                store.save_error(name, None, None, version, f"could not read the file: {message}")
                summary.failed.append((name, message))
                done_with(path)
                continue
            sha = hashlib.sha256(data).hexdigest()
            known = store.known(name)
            if known and known["sha256"] == sha and known["pipeline_version"] == version:
                if known["status"] == "ok" or not retry_failed:
                    summary.unchanged += 1
                    done_with(path)
                    continue
            if known is None:
                moved = store.moved_from(sha, version)
                if moved:  # same bytes, old path gone: a move or rename, nothing to reprocess
                    store.move(moved["id"], name)
                    summary.moved += 1
                    done_with(path)
                    continue
            try:
                source = read(path, data)
                megabytes = len(source.text.encode("utf-8")) / 1_000_000
                if megabytes > max_text_mb:
                    raise ReadError(
                        f"text is {megabytes:.1f} MB, over the {max_text_mb:g} MB limit for one document "
                        "(raise it with --max-text-mb)"
                    )
            except ReadError as error:
                store.save_error(name, sha, len(data), version, str(error))
                summary.failed.append((name, str(error)))
                done_with(path)
                continue
            source.path = name
            batch.append((source, sha, len(data), known is not None))
            if len(batch) >= BATCH_SIZE:
                flush()
        flush(final=True)
    finally:
        runner.close()
    store.prune_entities()
    summary.seconds = time.perf_counter() - started
    return summary
