"""Ingest new and changed files as they appear in a folder (watchdog), the daily flow of
"drop the releases you received into a folder"."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from extractor.ingest import Summary, ingest
from extractor.readers import is_supported


class _Pending(FileSystemEventHandler):
    def __init__(self) -> None:
        self.paths: set[Path] = set()
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in {"created", "modified", "moved", "closed"}:
            return
        path = Path(getattr(event, "dest_path", "") or event.src_path)
        if is_supported(path) and not path.name.startswith("."):
            with self.lock:
                self.paths.add(path)

    def take(self) -> list[Path]:
        with self.lock:
            paths, self.paths = sorted(self.paths), set()
        return [p for p in paths if p.exists()]


def watch(folder: str, db: str, settle: float = 1.0, report: Callable[[Summary], None] | None = None,
          stop: threading.Event | None = None, **options) -> None:
    """Ingest ``folder`` once, then every file created or changed in it, until ``stop`` is set."""
    stop = stop or threading.Event()
    first = ingest([folder], db=db, **options)
    if report:
        report(first)
    pending = _Pending()
    observer = Observer()
    observer.schedule(pending, folder, recursive=True)
    observer.start()
    try:
        while not stop.is_set():
            time.sleep(settle)  # let a file being copied finish before reading it
            paths = pending.take()
            if paths:
                summary = ingest(paths, db=db, **options)
                if report:
                    report(summary)
    finally:
        observer.stop()
        observer.join()
