"""The command line: thin click wrappers over the Python API."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

import click

from extractor.engines import default_workers
from extractor.nlp import models


def _open_out(output: str | None, binary: bool = False):
    if output in (None, "-"):
        return nullcontext(sys.stdout)
    return open(output, "w", encoding="utf-8", newline="")


def _db_or_fail(db: str):
    from extractor.store import open_db

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}: run `extractor ingest FOLDER --db {db}` first")
    return open_db(db)


@click.group()
@click.version_option(package_name="press-extractor")
def cli() -> None:
    """Press releases in, a queryable Datasette knowledge base out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", default="press.db", show_default=True, help="SQLite database to write")
@click.option("--language", type=click.Choice(["sv", "no", "en"]), help="Skip detection: every file is this language")
@click.option("--model", "model_overrides", multiple=True, metavar="LANG=PATH_OR_NAME",
              help="Use this spaCy pipeline for a language (repeatable)")
@click.option("--retry-failed", is_flag=True, help="Process files that failed before, even if unchanged")
@click.option("--max-text-mb", type=float, default=10.0, show_default=True,
              help="Refuse (and record as failed) a document whose text is longer than this")
@click.option("--workers", type=click.IntRange(min=0), default=None, show_default="one per core, at most 4",
              help="Processes that run the NLP step while this one reads and writes (0: all in this process)")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the NLP step runs: local processes, or a Dask cluster (needs the [dask] extra)")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address for --engine dask (tcp://host:8786)")
def ingest(paths, db, language, model_overrides, retry_failed, max_text_mb, workers, engine, scheduler) -> None:
    """Read every supported file under PATHS, extract its knowledge, store it in --db."""
    workers = default_workers() if workers is None else workers
    from extractor.ingest import discover
    from extractor.ingest import ingest as run_ingest

    try:
        overrides = models.parse_overrides(model_overrides)
        for lang in overrides:
            models.choose(lang, overrides)
        files, _ = discover(paths)
    except (models.ModelError, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from error
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    show = sys.stderr.isatty()
    with click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) if show else nullcontext() as bar:
        try:
                summary = run_ingest(paths, db=db, language=language, overrides=overrides, retry_failed=retry_failed,
                                 max_text_mb=max_text_mb, workers=workers, engine=engine, scheduler=scheduler,
                                 progress=bar.update if bar is not None else None)
        except (RuntimeError, OSError) as error:  # the engine could not start (no Dask, scheduler unreachable)
            raise click.ClickException(f"{engine} engine: {error}") from error
    click.echo(
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(summary.failed)} failed, {len(summary.skipped)} skipped (unsupported)"
        + (f", {summary.moved} moved" if summary.moved else "") + " "
        f"in {summary.seconds:.1f}s -> {db}"
    )
    for path, error in summary.failed:
        click.echo(f"  failed: {path}: {error}", err=True)


@cli.command("watch")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="press.db", show_default=True)
@click.option("--language", type=click.Choice(["sv", "no", "en"]))
@click.option("--model", "model_overrides", multiple=True, metavar="LANG=PATH_OR_NAME")
def watch_command(folder, db, language, model_overrides) -> None:
    """Ingest FOLDER, then keep ingesting files as they are added or changed (Ctrl-C stops)."""
    from extractor.watch import watch

    def report(summary) -> None:
        if summary.processed or summary.failed:
            click.echo(f"{summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
                       f"{len(summary.failed)} failed -> {db}")
            for path, error in summary.failed:
                click.echo(f"  failed: {path}: {error}", err=True)

    try:
        overrides = models.parse_overrides(model_overrides)
        click.echo(f"Watching {folder} (Ctrl-C to stop)", err=True)
        watch(folder, db, report=report, language=language, overrides=overrides)
    except models.ModelError as error:
        raise click.ClickException(str(error)) from error
    except KeyboardInterrupt:
        pass


@cli.group()
def export() -> None:
    """Export documents or contacts."""


@export.command("json")
@click.option("--db", default="press.db", show_default=True)
@click.option("-o", "--output", type=click.Path(), help="File to write (default: standard output)")
def export_json(db, output) -> None:
    """One JSON object per document (JSON Lines)."""
    from extractor.export.documents import write_jsonl

    database = _db_or_fail(db)
    with _open_out(output) as out:
        count = write_jsonl(database, out)
    if output:
        click.echo(f"{count} documents -> {output}", err=True)


@export.command("contacts")
@click.option("--db", default="press.db", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "excel", "xlsx", "vcf"]), default="csv", show_default=True,
              help="csv; excel (CSV with a BOM so Excel reads å/ä/ö); xlsx; vcf (vCard)")
@click.option("-o", "--output", type=click.Path(), help="File to write (default: standard output)")
def export_contacts(db, fmt, output) -> None:
    """The contact list: name, role, organization, phone, email, document."""
    from extractor.export import contacts

    database = _db_or_fail(db)
    if fmt == "xlsx":
        if not output:
            raise click.ClickException("--format xlsx needs -o FILE")
        count = contacts.write_xlsx(database, output)
    else:
        with _open_out(output) as out:
            if fmt == "vcf":
                count = contacts.write_vcf(database, out)
            else:
                count = contacts.write_csv(database, out, bom=fmt == "excel")
    if output:
        click.echo(f"{count} contacts -> {output}", err=True)


@cli.command()
@click.option("--db", default="press.db", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; contacts are personal data, so only this machine by default")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db, host, port) -> None:
    """Browse the knowledge base in Datasette."""
    from extractor.publish.serve import serve as run_serve

    try:
        sys.exit(run_serve(db, host=host, port=port))
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from error


@cli.command("models")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list")
@click.option("--model", "model_overrides", multiple=True, metavar="LANG=PATH_OR_NAME")
def models_command(as_json, model_overrides) -> None:
    """Which spaCy pipeline serves each language, and where it is loaded from."""
    try:
        rows = models.model_table(models.parse_overrides(model_overrides))
    except models.ModelError as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps([r.to_json() for r in rows], indent=2))
        return
    for row in rows:
        mark = "*" if row.selected else " "
        click.echo(f"{mark} {row.language:<3} {row.name:<28} {row.source:<10} {row.path or ''}")
    click.echo("* = used for that language")
if __name__ == "__main__":
    cli()
