"""Where the NLP step runs: in this process, in local worker processes, or on a Dask cluster.

The step is the pure function ``analyse_batch`` (texts in, JSON-able records out); the
ingest loop submits batches to an engine and writes the results itself, in order, as the
database's single writer. An engine is registered under a name for ``--engine``; a new
one is a class with ``submit`` and ``close`` plus a registration.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Protocol

from extractor.analyse import Job, analyse
from extractor.language import load_identifier
from extractor.records import Extraction

Result = Extraction | str  # a string is the error that stopped one document


def analyse_batch(jobs: list[Job], overrides: dict[str, str] | None = None) -> list[Result]:
    """``analyse`` over a batch; a document that breaks it is isolated and reported as text."""
    try:
        return list(analyse(jobs, overrides))
    except Exception:  # noqa: BLE001 - find the document that broke the batch; the others go on
        results: list[Result] = []
        for job in jobs:
            try:
                results.append(analyse([job], overrides)[0])
            except Exception as error:  # noqa: BLE001 - recorded per document
                results.append(f"{type(error).__name__}: {error}")
        return results


class Engine(Protocol):
    def submit(self, jobs: list[Job]) -> Future: ...

    def close(self) -> None: ...

    @property
    def window(self) -> int:
        """How many batches may be in flight before the writer waits for the oldest."""
        ...


class InlineEngine:
    """Analyse in this process, one batch at a time."""

    window = 1

    def __init__(self, overrides: dict[str, str] | None = None, **_: object) -> None:
        self.overrides = overrides

    def submit(self, jobs: list[Job]) -> Future:
        future: Future = Future()
        future.set_result(analyse_batch(jobs, self.overrides))
        return future

    def close(self) -> None:
        pass


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with spaCy already imported; elsewhere spawn.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


def _exit_with_parent(parent: int) -> None:
    """In a worker: leave when the ingest that started it is gone (killed with SIGKILL, say),
    instead of waiting forever on a queue nobody writes to."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


class ProcessEngine:
    """``workers`` processes analyse batches while this process reads files and writes rows.

    Each worker loads a language's pipeline once, on its first batch in that language.
    The pool starts with the first batch, so a run of a few files pays nothing for it.
    """

    def __init__(self, workers: int = 1, overrides: dict[str, str] | None = None, **_: object) -> None:
        self.workers = max(1, workers)
        self.overrides = overrides
        self._pool: ProcessPoolExecutor | None = None

    @property
    def window(self) -> int:
        return self.workers * 2  # keeps every worker busy while the writer catches up

    def submit(self, jobs: list[Job]) -> Future:
        if self._pool is None:
            if _context().get_start_method() == "fork":
                load_identifier()  # once here, shared by the forked workers instead of loaded by each
            self._pool = ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_exit_with_parent,
                                             initargs=(os.getpid(),))
        return self._pool.submit(analyse_batch, jobs, self.overrides)

    def restart(self) -> None:
        """After a worker died (killed, out of memory): a fresh pool for the next batches."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


class DaskEngine:
    """Batches run on a Dask cluster (``pip install press-extractor[dask]``).

    The workers need the package installed (and any ``--model`` path readable); results
    come back here, and this process stays the only writer of the database.
    """

    def __init__(self, scheduler: str | None = None, overrides: dict[str, str] | None = None,
                 workers: int = 1, **_: object) -> None:
        try:
            from distributed import Client
        except ImportError as error:  # pragma: no cover - depends on the extra being installed
            raise RuntimeError("the dask engine needs `pip install press-extractor[dask]`") from error
        if not scheduler:
            raise RuntimeError("the dask engine needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
        self.overrides = overrides
        self.client = Client(scheduler, timeout="10s")
        self._window = max(2, 2 * sum(self.client.nthreads().values()))

    @property
    def window(self) -> int:
        return self._window

    def submit(self, jobs: list[Job]) -> Future:
        dask_future = self.client.submit(analyse_batch, jobs, self.overrides, pure=False)
        future: Future = Future()

        def done(finished) -> None:
            try:
                future.set_result(finished.result())
            except Exception as error:  # noqa: BLE001 - handed to the writer, which records it
                future.set_exception(error)

        dask_future.add_done_callback(done)
        return future

    def close(self) -> None:
        self.client.close()


ENGINES: dict[str, Callable[..., Engine]] = {"local": ProcessEngine, "dask": DaskEngine}


def default_workers() -> int:
    """One NLP process per core, at most four (each holds its pipelines: about 400 MB)."""
    return max(1, min(os.cpu_count() or 1, 4))


def make_engine(name: str = "local", workers: int = 1, scheduler: str | None = None,
                overrides: dict[str, str] | None = None) -> Engine:
    if name == "local" and workers <= 0:
        return InlineEngine(overrides)
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; choose from {', '.join(sorted(ENGINES))}")
    return ENGINES[name](workers=workers, scheduler=scheduler, overrides=overrides)
