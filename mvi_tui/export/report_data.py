"""The figures of `mvi report` for one organisation, read from the engine's coverage.

Nothing here recomputes a share: `mvi_tui.core.coverage` counts, this module gathers its
answers per organisation, joins the plan files of one organisation into one plan first
(the biennial monitor is per organisation, while a procurement office may keep a plan
file per department), and adds what a reader needs around the numbers: titles and
files of the procurements behind each gap. `organisation_figures` is also the dashboard
of the wizard, so the wizard and the report always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.coverage import Coverage, TargetProgress, coverage, tender_criteria
from mvi_tui.core.enums import OrgKind, TargetMetric, Theme
from mvi_tui.core.plan import Ambitions, Plan, Procurement, Target, ThemeAmbition
from mvi_tui.core.priorities import impact_t
from mvi_tui.core.text import Text
from mvi_tui.export.report_benchmark import Score, composite_score

# Rijk target since 2020: at least half of the tenders at significant or ambitious level.
RIJK_LEVEL_TARGET_PCT = 50.0
# How many procurements without criteria the report lists per organisation.
TOP_WITHOUT_CRITERIA = 5


@dataclass(frozen=True)
class ProcurementRef:
    """A procurement named in the report: where it is and why it matters."""

    id: str  # id as written in its plan file
    title: str
    file: str
    product_group: str
    value_eur: float
    co2_t: float  # estimated CO2-eq of its value (spend-based), tonnes

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "file": self.file,
            "product_group": self.product_group,
            "value_eur": round(self.value_eur, 2),
            "co2_t": round(self.co2_t, 2),
        }


@dataclass
class TargetFigure:
    """One target of the organisation with the engine's progress and the procurements
    that would close the gap (largest first, as the engine ranks them)."""

    progress: TargetProgress
    close_with: list[ProcurementRef]

    @property
    def measurable(self) -> bool:
        """False for CO2 reduction and own targets: a plan alone cannot measure them."""
        return self.progress.actual is not None


@dataclass
class ThemeTargets:
    """The spend-based targets that belong on a theme's bar in the charts."""

    spend_pct: float | None = None  # spend-share, or circular-share for circulair
    award_pct: float | None = None  # award-share


@dataclass
class OrgFigures:
    """Everything the report (and the wizard's dashboard) shows for one organisation.

    `cov` is the engine's `Coverage` of the organisation's combined plan: counts and
    shares by count and by value, per theme requirements vs award, circular share, ISV,
    social return and CO2. The other fields name what the shares leave out:
    `targets` has each target's progress with the procurements that close its gap,
    `without_criteria` the procurements with the most CO2-eq impact that have no
    criteria yet. `score` is the composite score of `report_benchmark` (without peers).
    """

    name: str
    kind: OrgKind
    files: list[str]
    yearly_spend_eur: float
    cov: Coverage
    theme_names: dict[Theme, Text]
    theme_targets: dict[Theme, ThemeTargets]
    targets: list[TargetFigure]
    without_criteria: list[ProcurementRef]
    score: Score
    circular_target: Target | None = None
    refs: dict[str, ProcurementRef] = field(default_factory=dict)


@dataclass
class PlanSource:
    """A plan that loaded, with the file it came from."""

    plan: Plan
    file: str


def org_key(plan: Plan, file: str) -> str:
    """Plans of one organisation share its name (case and spacing ignored); a plan
    without a name stands alone, keyed by its file."""
    name = " ".join(plan.organisation.name.split()).casefold()
    return name or f"\0{file}"


def group_by_organisation(sources: list[PlanSource]) -> list[list[PlanSource]]:
    """Plan files grouped per organisation, in the order organisations first appear."""
    groups: dict[str, list[PlanSource]] = {}
    for src in sources:
        groups.setdefault(org_key(src.plan, src.file), []).append(src)
    return list(groups.values())


def _merge_ambitions(plans: list[Plan]) -> Ambitions:
    """All themes of all files; the highest level; each distinct target once."""
    themes: dict[Theme, ThemeAmbition] = {}
    for plan in plans:
        for theme, amb in plan.ambitions.themes.items():
            have = themes.get(theme)
            if have is None:
                themes[theme] = amb.model_copy(update={"targets": list(amb.targets)})
                continue
            seen = {(t.metric, t.value, t.year) for t in have.targets}
            extra = [t for t in amb.targets if (t.metric, t.value, t.year) not in seen]
            level = max(have.level, amb.level)
            themes[theme] = have.model_copy(
                update={"level": level, "targets": have.targets + extra}
            )
    return Ambitions(preset=plans[0].ambitions.preset, themes=themes)


def combine(sources: list[PlanSource]) -> tuple[Plan, dict[str, tuple[str, str]]]:
    """One plan of the organisation from its files, and merged id -> (file, original id).

    The organisation and meta come from the first file. Procurement ids that occur in
    more than one file get the file's stem as a prefix so the engine can tell them apart.
    """
    first = sources[0].plan
    origin: dict[str, tuple[str, str]] = {}
    procs: list[Procurement] = []
    for src in sources:
        stem = Path(src.file).stem
        for proc in src.plan.procurements:
            new_id = proc.id
            n = 1
            while new_id in origin:
                new_id = f"{stem}.{proc.id}" if n == 1 else f"{stem}.{proc.id}.{n}"
                n += 1
            origin[new_id] = (src.file, proc.id)
            procs.append(proc if new_id == proc.id else proc.model_copy(update={"id": new_id}))
    if len(sources) == 1:
        return first, origin
    plan = Plan(
        meta=first.meta,
        organisation=first.organisation,
        ambitions=_merge_ambitions([s.plan for s in sources]),
        procurements=procs,
        notes=first.notes,
    )
    return plan, origin


def _theme_targets(plan: Plan) -> dict[Theme, ThemeTargets]:
    """Per theme the first spend-share and award-share target; a circular-share target
    belongs on the circular theme wherever it is written."""
    out = {theme: ThemeTargets() for theme in Theme}
    for theme, amb in plan.ambitions.themes.items():
        for target in amb.targets:
            if target.metric == TargetMetric.SPEND_SHARE and out[theme].spend_pct is None:
                out[theme].spend_pct = target.value
            elif target.metric == TargetMetric.AWARD_SHARE and out[theme].award_pct is None:
                out[theme].award_pct = target.value
            elif target.metric == TargetMetric.CIRCULAR_SHARE:
                circ = out[Theme.CIRCULAIR]
                if circ.spend_pct is None:
                    circ.spend_pct = target.value
    return out


def _first_target(plan: Plan, metric: TargetMetric) -> Target | None:
    for amb in plan.ambitions.themes.values():
        for target in amb.targets:
            if target.metric == metric:
                return target
    return None


def organisation_figures(
    plan: Plan,
    files: list[str] | None = None,
    catalogue: Catalogue | None = None,
    on: date | None = None,
    origin: dict[str, tuple[str, str]] | None = None,
) -> OrgFigures:
    """The figures of one (combined) plan.

    `files` and `origin` (merged id -> file and original id, from `combine`) only serve
    to name procurements by the file they are in; the wizard can leave them out.
    """
    cat = catalogue or default_catalogue()
    cov = coverage(plan, cat, on)
    origin = origin or {}
    refs: dict[str, ProcurementRef] = {}
    for proc in plan.procurements:
        file, original = origin.get(proc.id, ((files or [""])[0], proc.id))
        refs[proc.id] = ProcurementRef(
            id=original,
            title=proc.title,
            file=file,
            product_group=proc.product_group,
            value_eur=proc.value_eur,
            co2_t=impact_t(proc, cat),
        )
    targets = [
        TargetFigure(progress=p, close_with=[refs[c] for c in p.candidates if c in refs])
        for p in cov.targets
    ]
    lacking = [refs[p.id] for p in plan.procurements if not tender_criteria(p, cat)]
    lacking.sort(key=lambda r: (-r.co2_t, -r.value_eur, r.id))
    names = {
        theme: (cat.themes[theme].name if theme in cat.themes else Text(nl=theme, en=theme))
        for theme in Theme
    }
    return OrgFigures(
        name=plan.organisation.name,
        kind=plan.organisation.kind,
        files=list(files or []),
        yearly_spend_eur=plan.organisation.yearly_spend_eur,
        cov=cov,
        theme_names=names,
        theme_targets=_theme_targets(plan),
        targets=targets,
        without_criteria=lacking[:TOP_WITHOUT_CRITERIA],
        score=composite_score(cov),
        circular_target=_first_target(plan, TargetMetric.CIRCULAR_SHARE),
        refs=refs,
    )
