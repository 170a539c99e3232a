"""`mvi report -f md|html`: the report view poured into Jinja2 templates.

The templates (`templates/report.md.j2`, `templates/report.html.j2`) only lay out the
view; they run in a sandbox, HTML is autoescaped, and Markdown cells go through the same
escaping as the tender exports, because organisation names and procurement titles are
typed by people and may contain `|`, `*` or `<script>`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from mvi_tui.export.escape import md_cell, md_escape
from mvi_tui.export.report_svg import ranking_chart, theme_chart
from mvi_tui.export.report_view import ReportView, pct

TEMPLATES = Path(__file__).with_name("templates")


@cache
def _env(html: bool) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cell"] = md_cell
    env.filters["para"] = md_escape
    env.filters["pct"] = pct
    return env


def render_markdown(view: ReportView) -> str:
    """The report as one Markdown document (GitHub-flavoured tables)."""
    text = _env(False).get_template("report.md.j2").render(v=view)
    # No run of blank lines, whatever the template's conditionals left.
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def render_html(view: ReportView) -> str:
    """The report as one self-contained HTML page with inline SVG charts."""
    charts: dict[str, Markup] = {
        org.anchor: theme_chart(org.themes, view.labels, view.lang, view.labels["chart_themes"])
        for org in view.orgs
    }
    ranking = ranking_chart(view.ranking, view.labels, view.lang, view.labels["chart_ranking"])
    return _env(True).get_template("report.html.j2").render(v=view, charts=charts, ranking=ranking)
