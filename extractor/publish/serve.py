"""Run Datasette on the database with the project's metadata.yml.

metadata.yml describes the database as ``press``; Datasette names a database after its
file, so the metadata is re-keyed to the real file name before the server starts.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import yaml

METADATA = Path(__file__).resolve().parent / "metadata.yml"  # also linked as metadata.yml at the repository root
PLUGIN_CONFIG = Path(__file__).resolve().parent / "plugins.yml"  # charts; Datasette 0.65 reads it from metadata
HERE = Path(__file__).resolve().parent
TEMPLATE_DIR = HERE / "templates"
PLUGINS_DIR = HERE / "plugins"


def metadata_for(db_path: str, metadata_path: Path = METADATA) -> dict:
    metadata = yaml.safe_load(metadata_path.read_text(encoding="utf-8"))
    metadata["plugins"] = yaml.safe_load(PLUGIN_CONFIG.read_text(encoding="utf-8"))["plugins"]
    databases = metadata.get("databases", {})
    name = Path(db_path).stem
    if "press" in databases:
        databases[name] = databases.pop("press")
    for dashboard in (metadata.get("plugins", {}).get("datasette-dashboards") or {}).values():
        for chart in dashboard.get("charts", {}).values():
            if chart.get("db") == "press":
                chart["db"] = name
    return metadata


def datasette_command(db_path: str, host: str, port: int, metadata_file: str) -> list[str]:
    command = [
        sys.executable, "-m", "datasette", "serve", db_path,
        "--host", host, "--port", str(port), "--metadata", metadata_file,
        "--setting", "sql_time_limit_ms", "5000",
        "--setting", "facet_time_limit_ms", "1000",
        "--setting", "allow_csv_stream", "on",
        "--setting", "max_csv_mb", "0",
    ]
    if TEMPLATE_DIR.exists():
        command += ["--template-dir", str(TEMPLATE_DIR)]
    if PLUGINS_DIR.exists():
        command += ["--plugins-dir", str(PLUGINS_DIR)]
    return command


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001, metadata_path: Path = METADATA) -> int:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no database at {db_path}: run `extractor ingest FOLDER --db {db_path}` first")
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8") as handle:
        yaml.safe_dump(metadata_for(db_path, metadata_path), handle, allow_unicode=True, sort_keys=False)
    from datasette.cli import cli as datasette_cli

    # In this process, not a child: stopping `extractor serve` (Ctrl-C, SIGTERM) stops the
    # server too, and uvicorn's graceful shutdown lets the temporary metadata be removed.
    try:
        datasette_cli.main(args=datasette_command(db_path, host, port, handle.name)[3:], standalone_mode=False)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        os.unlink(handle.name)
