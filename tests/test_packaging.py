"""Package data a clean clone must have: every file of the bundled pipelines is in git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="not a git checkout")
@pytest.mark.parametrize("folder", ["extractor/models", "extractor/gazetteers"])
def test_bundled_files_are_tracked(folder):
    tracked = set(subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.split())
    on_disk = {str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*") if p.is_file()}
    assert on_disk - tracked == set()
