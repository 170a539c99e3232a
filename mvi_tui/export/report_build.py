"""Reading the plans of `mvi report` and putting the whole report together.

A plan that fails to load must not hide the others (the monitor is run over dozens of
files at once), so every problem is collected with its file and place, and the report is
made from whatever loaded. Organisations are shown alphabetically; the ranking is a
separate part of the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import Lang, OrgKind
from mvi_tui.core.planfile import load_plan
from mvi_tui.core.problems import InputError, Problem
from mvi_tui.export.report_benchmark import (
    PeerGroup,
    PeerPosition,
    Ranked,
    peer_groups,
    peer_position,
    rank,
)
from mvi_tui.export.report_data import (
    OrgFigures,
    PlanSource,
    combine,
    group_by_organisation,
    organisation_figures,
)


@dataclass
class Report:
    """The whole report: one entry per organisation, the benchmark and the problems."""

    orgs: list[OrgFigures]
    ranking: list[Ranked]
    groups: dict[OrgKind, PeerGroup]
    positions: dict[str, PeerPosition]  # display name -> position in its peer group
    files: list[str]  # plan files that were read
    problems: list[Problem] = field(default_factory=list)
    catalogue_version: str = ""
    generated_on: date = field(default_factory=date.today)

    @property
    def failed(self) -> bool:
        """True when an input could not be used (exit code 1)."""
        return any(p.severity == "error" for p in self.problems)


def display_name(org: OrgFigures) -> str:
    """The organisation's name, or its first file's name when the plan has none."""
    return org.name.strip() or (Path(org.files[0]).name if org.files else "?")


def load_sources(
    paths: list[Path], lang: Lang | str, catalogue: Catalogue
) -> tuple[list[PlanSource], list[Problem]]:
    """Every plan that loads, and the problems (errors and warnings) of all of them."""
    sources: list[PlanSource] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            plan, warnings = load_plan(path, lang, catalogue)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(warnings)
        sources.append(PlanSource(plan, str(path)))
    return sources, problems


def build_report(
    sources: list[PlanSource],
    problems: list[Problem] | None = None,
    catalogue: Catalogue | None = None,
    on: date | None = None,
) -> Report:
    """The report of loaded plans: figures per organisation, ranking and peer groups."""
    cat = catalogue or default_catalogue()
    orgs: list[OrgFigures] = []
    for group in group_by_organisation(sources):
        plan, origin = combine(group)
        files = [s.file for s in group]
        orgs.append(organisation_figures(plan, files, cat, on, origin))
    orgs.sort(key=lambda o: display_name(o).casefold())
    entries = [(display_name(o), o.kind, o.score.value) for o in orgs]
    return Report(
        orgs=orgs,
        ranking=rank(entries),
        groups=peer_groups(entries),
        positions={n: peer_position(n, k, s, entries) for n, k, s in entries},
        files=[s.file for s in sources],
        problems=list(problems or []),
        catalogue_version=cat.version,
        generated_on=on or date.today(),
    )
