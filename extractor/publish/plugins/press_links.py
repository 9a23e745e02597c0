"""Datasette plugin: release titles and entity names link to the release and entity pages.

The pages themselves are templates (templates/pages/release/{id}.html and
templates/pages/entity/{id}.html) that query the database with datasette-template-sql.
"""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape


@hookimpl
def render_cell(value, column, table, row, datasette):
    if value is None or row is None:
        return None
    try:
        row_id = row["id"]
    except (IndexError, KeyError):
        return None
    if table == "documents" and column == "title":
        return Markup(f'<a href="{datasette.urls.path(f"/release/{row_id}")}">{escape(value)}</a>')
    if table == "entities" and column == "name":
        return Markup(f'<a href="{datasette.urls.path(f"/entity/{row_id}")}">{escape(value)}</a>')
    return None


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/dashboards/overview"), "label": "Charts: releases and organisations"}]


@hookimpl
def extra_template_vars(datasette):
    # The release and entity pages link to Datasette's own pages of the one database served.
    return {"press_db": datasette.get_database().name}
