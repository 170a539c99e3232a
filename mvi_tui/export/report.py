"""`mvi report PLAN_OR_DIR... [-f text|md|html|json] [-o FILE]`: monitor and benchmark.

The policy letter asks every government to see, every two years and from data it already
has, how it does on its own ambitions and against the others. Plan files are that data:
this command reads them (folders too), combines the files of one organisation, takes
the figures from the engine's coverage (`mvi_tui.core.coverage`), ranks the
organisations on a composite score whose formula is printed in the report, and compares
each with the median of its peers. A plan that fails to load is reported with its file
and place (exit 1) and the others are still reported.

Modules: `report_data` (figures per organisation, also the wizard's dashboard),
`report_benchmark` (score, ranking, peers), `report_build` (loading, whole report),
`report_view` (words and formatted numbers), `report_terminal`, `report_svg`,
`report_json`, and the templates `templates/report.md.j2` and `report.html.j2`.
This package never imports Textual or questionary.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import Lang
from mvi_tui.core.plan import Plan
from mvi_tui.core.problems import InputError, Problem
from mvi_tui.export.report_build import Report, build_report, load_sources
from mvi_tui.export.report_data import OrgFigures, organisation_figures

FORMATS = ("text", "md", "html", "json")
TEMPLATES = Path(__file__).with_name("templates")

MESSAGES = {
    "write_failed": {
        "nl": "kan niet schrijven: {error}",
        "en": "cannot write: {error}",
    },
    "catalogue": {
        "nl": "de catalogus kan niet worden geladen",
        "en": "the catalogue cannot be loaded",
    },
}


def plan_dashboard(
    plan: Plan, catalogue: Catalogue | None = None, on: date | None = None
) -> OrgFigures:
    """The dashboard figures of one open plan, as the report shows them.

    For the wizard: call it after each change and show the fields of the result.
    - `cov` (`mvi_tui.core.coverage.Coverage`): `procurements`, `with_criteria`,
      `spend_eur`, `share_procurements_pct` (by count), `share_spend_pct` (by value),
      `level_share_pct` (significant or ambitious; Rijk target 50, see
      `report_data.RIJK_LEVEL_TARGET_PCT`), `share_award_pct`, `circular_share_pct`,
      `themes[Theme]` with `share_requirements_pct` / `share_award_pct` /
      `share_spend_pct`, `isv_covered` of `isv_risk_procurements`, `sroi_*`,
      `co2_in_scope_t` and `co2_covered_t`. Percentages are 0-100.
    - `theme_targets[Theme]`: the spend target (`spend_pct`) and award target
      (`award_pct`) to draw as a marker on each theme's bar, or None.
    - `targets`: one `TargetFigure` per target of the ambitions: `progress.actual`,
      `.gap`, `.met`, `.note` (a `Text`, pick `.get(lang)`) and `close_with`, the
      procurements (`ProcurementRef`: id, title, value_eur, co2_t) that would close it.
    - `without_criteria`: up to five procurements without criteria, most CO2-eq first.
    - `score.value`: the composite benchmark score 0-100 (formula in `report_benchmark`).
    - `theme_names[Theme]`: the theme's name as `Text`.
    Pure and fast (no I/O): a plan of a hundred procurements takes milliseconds.
    """
    return organisation_figures(plan, None, catalogue, on)


def report_from_paths(
    paths: list[str], lang: Lang | str, catalogue: Catalogue | None = None, on: date | None = None
) -> Report:
    """Read plan files and folders and build the report; problems are kept in it."""
    from mvi_tui.commands.common import expand_plans

    cat = catalogue or default_catalogue()
    files, problems = expand_plans(paths, lang)
    sources, load_problems = load_sources(files, lang, cat)
    return build_report(sources, problems + load_problems, cat, on)


def _plain_terminal(stream: object) -> bool:
    """Colour only for a terminal, and never with NO_COLOR (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return not (callable(isatty) and isatty())


def render(
    report: Report,
    fmt: str,
    lang: Lang | str,
    *,
    plain: bool = True,
    width: int = 110,
    catalogue: Catalogue | None = None,
) -> str:
    """The report in one format: text, md, html or json."""
    lang = str(lang)
    if fmt == "json":
        import json

        from mvi_tui.export.report_json import report_to_json

        return json.dumps(report_to_json(report, lang), ensure_ascii=False, indent=2) + "\n"
    from mvi_tui.export.report_view import build_view

    view = build_view(report, lang, catalogue)
    if fmt == "text":
        from mvi_tui.export.report_terminal import render_text

        return render_text(view, plain=plain, width=width)
    from mvi_tui.export.report_pages import render_html, render_markdown

    if fmt == "md":
        return render_markdown(view)
    return render_html(view)


def command_report(args: argparse.Namespace) -> int:
    """Run `mvi report`: problems to stderr, the report to stdout or `-o FILE`."""
    from mvi_tui.commands.common import EXIT_INPUT, EXIT_OK, print_problems
    from mvi_tui.core.atomic import atomic_write_text
    from mvi_tui.core.i18n import tr

    lang = str(getattr(args, "doc_lang", None) or getattr(args, "lang", None) or Lang.NL)
    fmt = getattr(args, "format", "text") or "text"
    try:
        cat = default_catalogue()
    except InputError as exc:
        print_problems(exc.problems, lang)
        print(tr(MESSAGES, "catalogue", lang), file=sys.stderr)
        return EXIT_INPUT
    report = report_from_paths(list(args.plans), lang, cat)
    print_problems(report.problems, lang)
    output = getattr(args, "output", None)
    if output:
        text = render(report, fmt, lang, plain=True, catalogue=cat)
        try:
            atomic_write_text(output, text)
        except OSError as exc:
            problem = Problem(output, tr(MESSAGES, "write_failed", lang, error=exc.strerror or exc))
            print_problems([problem], lang)
            return EXIT_INPUT
    else:
        plain = _plain_terminal(sys.stdout)
        width = 110
        if not plain:
            import shutil

            width = max(80, min(160, shutil.get_terminal_size((110, 40)).columns))
        sys.stdout.write(render(report, fmt, lang, plain=plain, width=width, catalogue=cat))
        sys.stdout.flush()
    return EXIT_INPUT if report.failed else EXIT_OK


__all__ = [
    "FORMATS",
    "OrgFigures",
    "Report",
    "command_report",
    "plan_dashboard",
    "render",
    "report_from_paths",
]
