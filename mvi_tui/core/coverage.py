"""Coverage of a plan against the organisation's ambitions.

The biennial monitor asks how much of the spend and how many procurements carry MVI
criteria, at which level, for which themes, and whether ISV and social return are used
where they apply. This module answers those questions for one plan, from the criteria
in its tender drafts, and measures each target of the organisation's ambitions: the
current figure, the gap, and the procurements that would close it (largest first).

Counting conventions (stated so reports can explain them):
- value is the whole-term value of a procurement, incl. options;
- a procurement "has MVI criteria" when its tender has at least one known criterion;
- a tender counts at the highest level among its criteria (`tender_level`);
- a theme is covered by requirements when an eis, geschiktheidseis, selectiecriterium
  or contractbepaling serves it, by award when a gunningscriterium does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mvi_tui.core.advice import procurement_months, reference_date, sroi_applies
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import CriterionType, Lang, Level, TargetMetric, Theme
from mvi_tui.core.numfmt import Num, Pct, bi, join
from mvi_tui.core.plan import Plan, Procurement
from mvi_tui.core.reference import sroi as sroi_table
from mvi_tui.core.text import Text
from mvi_tui.core.thresholds import threshold_for

MESSAGES = {
    "met": {
        "nl": "Doel gehaald: {actual} (doel {target}).",
        "en": "Target met: {actual} (target {target}).",
    },
    "gap": {
        "nl": "Nu {actual}, doel {target} in {year}: nog {gap} te gaan.",
        "en": "Now {actual}, target {target} by {year}: {gap} to go.",
    },
    "gap_closable": {
        "nl": "De voorgestelde inkopen sluiten het gat.",
        "en": "The procurements listed close the gap.",
    },
    "gap_open": {
        "nl": "Ook met alle voorgestelde inkopen blijft er een gat.",
        "en": "Even with every procurement listed a gap remains.",
    },
    "co2": {
        "nl": "CO2-reductie is alleen te meten met werkelijke uitstoot; in dit plan valt {covered} ton van {total} ton CO2-eq onder klimaatcriteria.",
        "en": "CO2 reduction can only be measured from actual emissions; in this plan {covered} of {total} tonnes CO2-eq fall under climate criteria.",
    },
    "custom": {
        "nl": "Eigen doel: houd de voortgang zelf bij.",
        "en": "Own target: track progress by hand.",
    },
    "nothing": {
        "nl": "Geen inkopen in het plan waarop dit doel van toepassing is.",
        "en": "No procurements in the plan that this target applies to.",
    },
}

REQUIREMENT_TYPES = frozenset(
    {
        CriterionType.EIS,
        CriterionType.GESCHIKTHEIDSEIS,
        CriterionType.SELECTIECRITERIUM,
        CriterionType.CONTRACTBEPALING,
    }
)


@dataclass(frozen=True)
class CriterionUse:
    """A criterion of a tender, reduced to what counting and rules need."""

    id: str
    type: CriterionType
    level: Level
    themes: tuple[Theme, ...]
    weight: float | None
    own: bool
    parameters: tuple[tuple[str, float], ...] = ()


def tender_criteria(proc: Procurement, catalogue: Catalogue) -> list[CriterionUse]:
    """Known criteria of the procurement's tender (catalogue ones, then own ones)."""
    if proc.tender is None:
        return []
    out: list[CriterionUse] = []
    for chosen in proc.tender.criteria:
        crit = catalogue.criteria.get(chosen.id)
        if crit is None:
            continue
        params: dict[str, float] = {}
        for name, spec in crit.parameters.items():
            value = chosen.parameters.get(name, spec.default)
            if spec.unit == "%" and isinstance(value, int | float) and not isinstance(value, bool):
                params[name] = float(value)
        out.append(
            CriterionUse(
                id=crit.id,
                type=crit.type,
                level=crit.level,
                themes=tuple(crit.themes),
                weight=chosen.weight,
                own=False,
                parameters=tuple(params.items()),
            )
        )
    for own in proc.tender.own_criteria:
        out.append(
            CriterionUse(
                id=own.id,
                type=own.type,
                level=own.level,
                themes=tuple(own.themes),
                weight=own.weight,
                own=True,
            )
        )
    return out


def tender_level(proc: Procurement, catalogue: Catalogue | None = None) -> Level | None:
    """The level a tender counts at: the highest level among its criteria (None: none)."""
    crits = tender_criteria(proc, catalogue or default_catalogue())
    return max((c.level for c in crits), default=None)


def themes_by_kind(crits: list[CriterionUse]) -> tuple[set[Theme], set[Theme]]:
    """(themes served by requirements, themes served by award criteria)."""
    req = {t for c in crits if c.type in REQUIREMENT_TYPES for t in c.themes}
    award = {t for c in crits if c.type == CriterionType.GUNNINGSCRITERIUM for t in c.themes}
    return req, award


def has_isv_clause(crits: list[CriterionUse]) -> bool:
    """ISV are a contract performance condition: a contractbepaling on theme isv."""
    return any(c.type == CriterionType.CONTRACTBEPALING and Theme.ISV in c.themes for c in crits)


def has_sroi(crits: list[CriterionUse]) -> bool:
    """Any criterion on theme sroi counts as social return."""
    return any(Theme.SROI in c.themes for c in crits)


def isv_risk_above(
    plan: Plan, proc: Procurement, catalogue: Catalogue, on: date | None = None
) -> bool:
    """The procurement's group is an ISV risk category and its value reaches the threshold."""
    group = catalogue.groups.get(proc.product_group)
    if group is None or group.isv_risk is None:
        return False
    when = reference_date(proc, on)
    threshold = threshold_for(plan.organisation.kind, proc.contract_type, when, catalogue)
    return threshold.applies_to(proc.value_eur)


def sroi_applies_to(proc: Procurement, catalogue: Catalogue | None = None) -> bool:
    """Social return applies to this procurement (contract type, value, term)."""
    return sroi_applies(proc.contract_type, proc.value_eur, procurement_months(proc), catalogue)


# Results ------------------------------------------------------------------------------


@dataclass
class ThemeCoverage:
    """Spend and count covered by criteria on one theme."""

    theme: Theme
    spend_requirements_eur: float = 0.0
    spend_award_eur: float = 0.0
    spend_any_eur: float = 0.0
    procurements_any: int = 0
    share_spend_pct: float = 0.0
    share_award_pct: float = 0.0
    share_requirements_pct: float = 0.0


@dataclass
class TargetProgress:
    """How far the plan gets towards one target, and what would close the gap."""

    theme: Theme
    metric: TargetMetric
    target: float
    year: int
    description: str
    actual: float | None
    gap: float | None
    met: bool | None
    candidates: list[str] = field(default_factory=list)  # procurement ids, best first
    closes_gap: bool | None = None
    note: Text | None = None


@dataclass
class Coverage:
    """The plan's coverage; percentages are 0-100, amounts in euros, CO2 in tonnes."""

    procurements: int
    with_criteria: int
    spend_eur: float
    spend_with_criteria_eur: float
    share_procurements_pct: float
    share_spend_pct: float
    level_share_pct: float  # tenders at significant or ambitious, of all procurements
    planned_level_share_pct: float  # chosen levels, of all procurements
    themes: dict[Theme, ThemeCoverage]
    circular_share_pct: float
    co2_in_scope_t: float
    co2_covered_t: float  # CO2 of spend with a climate criterion
    isv_risk_procurements: int
    isv_covered: int
    isv_coverage_pct: float | None
    sroi_applicable: int
    sroi_applicable_eur: float
    sroi_covered: int
    sroi_covered_eur: float
    sroi_estimated_eur: float
    sroi_pct: float | None
    targets: list[TargetProgress]
    # Added for the monitor (`mvi report`): award use across themes and coverage shares.
    spend_award_eur: float = 0.0  # spend with at least one award criterion on an MVI theme
    share_award_pct: float = 0.0
    co2_covered_pct: float = 0.0  # share of the CO2-eq in scope under climate criteria
    sroi_coverage_pct: float | None = None  # share of the value where SROI applies that has it

    def to_json(self, lang: Lang | str = Lang.EN) -> dict[str, Any]:
        """Plain data for `mvi report -f json` and the exports."""
        data = {k: v for k, v in self.__dict__.items() if k not in ("themes", "targets")}
        data["themes"] = {
            str(t): {k: v for k, v in c.__dict__.items() if k != "theme"}
            for t, c in self.themes.items()
        }
        data["targets"] = [
            {
                **{k: (str(v) if k in ("theme", "metric") else v) for k, v in t.__dict__.items()},
                "note": t.note.get(lang) if t.note else "",
            }
            for t in self.targets
        ]
        return data


def _pct(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


@dataclass
class _Row:
    """One procurement with what coverage needs."""

    proc: Procurement
    crits: list[CriterionUse]
    req: set[Theme]
    award: set[Theme]
    co2_t: float
    group_themes: tuple[Theme, ...]
    level: Level | None
    isv_risk: bool
    sroi: bool

    @property
    def any(self) -> set[Theme]:
        return self.req | self.award

    @property
    def value(self) -> float:
        return self.proc.value_eur


def _rows(plan: Plan, catalogue: Catalogue, on: date | None) -> list[_Row]:
    rows = []
    for proc in plan.procurements:
        crits = tender_criteria(proc, catalogue)
        req, award = themes_by_kind(crits)
        group = catalogue.groups.get(proc.product_group)
        co2 = proc.value_eur * (group.co2_kg_per_eur if group else 0.0) / 1000
        rows.append(
            _Row(
                proc=proc,
                crits=crits,
                req=req,
                award=award,
                co2_t=co2,
                group_themes=tuple(group.themes) if group else (),
                level=max((c.level for c in crits), default=None),
                isv_risk=isv_risk_above(plan, proc, catalogue, on),
                sroi=sroi_applies_to(proc, catalogue),
            )
        )
    return rows


def _sroi_pct_of(row: _Row, default_pct: float) -> float:
    """The social-return percentage a tender asks: a '%' parameter of its sroi criterion."""
    for c in row.crits:
        if Theme.SROI in c.themes and c.parameters:
            return c.parameters[0][1]
    return default_pct


def coverage(plan: Plan, catalogue: Catalogue | None = None, on: date | None = None) -> Coverage:
    """Coverage of the plan and progress on every target of its ambitions."""
    cat = catalogue or default_catalogue()
    rows = _rows(plan, cat, on)
    n = len(rows)
    spend = sum(r.value for r in rows)
    with_crit = [r for r in rows if r.crits]
    themes: dict[Theme, ThemeCoverage] = {}
    for theme in Theme:
        tc = ThemeCoverage(theme)
        for r in rows:
            tc.spend_requirements_eur += r.value if theme in r.req else 0.0
            tc.spend_award_eur += r.value if theme in r.award else 0.0
            if theme in r.any:
                tc.spend_any_eur += r.value
                tc.procurements_any += 1
        tc.share_spend_pct = _pct(tc.spend_any_eur, spend)
        tc.share_award_pct = _pct(tc.spend_award_eur, spend)
        tc.share_requirements_pct = _pct(tc.spend_requirements_eur, spend)
        themes[theme] = tc
    default_pct = sroi_table(cat).rule.default_pct
    isv_rows = [r for r in rows if r.isv_risk]
    isv_cov = [r for r in isv_rows if has_isv_clause(r.crits)]
    sroi_rows = [r for r in rows if r.sroi]
    sroi_cov = [r for r in sroi_rows if has_sroi(r.crits)]
    sroi_eur = sum(r.value * _sroi_pct_of(r, default_pct) / 100 for r in sroi_cov)
    sroi_value = sum(r.value for r in sroi_rows)
    planned = sum(1 for r in rows if (r.proc.level or 0) >= Level.SIGNIFICANT)
    result = Coverage(
        procurements=n,
        with_criteria=len(with_crit),
        spend_eur=spend,
        spend_with_criteria_eur=sum(r.value for r in with_crit),
        share_procurements_pct=_pct(len(with_crit), n),
        share_spend_pct=_pct(sum(r.value for r in with_crit), spend),
        level_share_pct=_pct(sum(1 for r in rows if (r.level or 0) >= Level.SIGNIFICANT), n),
        planned_level_share_pct=_pct(planned, n),
        themes=themes,
        circular_share_pct=themes[Theme.CIRCULAIR].share_spend_pct,
        co2_in_scope_t=sum(r.co2_t for r in rows),
        co2_covered_t=sum(r.co2_t for r in rows if Theme.KLIMAAT in r.any),
        isv_risk_procurements=len(isv_rows),
        isv_covered=len(isv_cov),
        isv_coverage_pct=_pct(len(isv_cov), len(isv_rows)) if isv_rows else None,
        sroi_applicable=len(sroi_rows),
        sroi_applicable_eur=sroi_value,
        sroi_covered=len(sroi_cov),
        sroi_covered_eur=sum(r.value for r in sroi_cov),
        sroi_estimated_eur=sroi_eur,
        sroi_pct=_pct(sroi_eur, sroi_value) if sroi_rows else None,
        targets=[],
    )
    award_spend = sum(r.value for r in rows if r.award)
    result.spend_award_eur = award_spend
    result.share_award_pct = _pct(award_spend, spend)
    result.co2_covered_pct = _pct(result.co2_covered_t, result.co2_in_scope_t)
    result.sroi_coverage_pct = (
        _pct(result.sroi_covered_eur, sroi_value) if sroi_rows and sroi_value > 0 else None
    )
    result.targets = _targets(plan, rows, result, default_pct)
    return result


# Targets ------------------------------------------------------------------------------


def _by_value(rows: list[_Row], theme: Theme | None = None) -> list[_Row]:
    """Largest first; with a theme, procurements whose group touches it come first."""
    return sorted(
        rows, key=lambda r: (theme is not None and theme not in r.group_themes, -r.value, r.proc.id)
    )


def _close_by_count(
    rows: list[_Row],
    covered: Callable[[_Row], bool],
    relevant: Callable[[_Row], bool],
    target: float,
    theme: Theme | None = None,
) -> tuple[float | None, list[str], bool]:
    """Share by count among relevant rows; candidates until the target is reached."""
    pool = [r for r in rows if relevant(r)]
    if not pool:
        return None, [], True
    have = sum(1 for r in pool if covered(r))
    need = max(0, math.ceil(target * len(pool) / 100 - 1e-9) - have)
    open_rows = _by_value([r for r in pool if not covered(r)], theme)
    picks = [r.proc.id for r in open_rows[:need]]
    return _pct(have, len(pool)), picks, len(picks) >= need


def _close_by_value(
    rows: list[_Row],
    covered: Callable[[_Row], bool],
    relevant: Callable[[_Row], bool],
    target: float,
    theme: Theme | None = None,
) -> tuple[float | None, list[str], bool]:
    """Share by value among relevant rows; candidates (largest first) until reached."""
    pool = [r for r in rows if relevant(r)]
    total = sum(r.value for r in pool)
    if not pool or total <= 0:
        return None, [], True
    have = sum(r.value for r in pool if covered(r))
    need = target * total / 100 - have
    picks: list[str] = []
    for r in _by_value([r for r in pool if not covered(r)], theme):
        if need <= 1e-9:
            break
        picks.append(r.proc.id)
        need -= r.value
    return _pct(have, total), picks, need <= 1e-9


def _close_sroi(
    rows: list[_Row], target: float, pct: float
) -> tuple[float | None, list[str], bool]:
    """Social return as a percentage of the value of the procurements it applies to."""
    pool = [r for r in rows if r.sroi]
    total = sum(r.value for r in pool)
    if not pool or total <= 0:
        return None, [], True
    have = sum(r.value * _sroi_pct_of(r, pct) / 100 for r in pool if has_sroi(r.crits))
    need = target * total / 100 - have
    picks: list[str] = []
    for r in _by_value([r for r in pool if not has_sroi(r.crits)]):
        if need <= 1e-9:
            break
        picks.append(r.proc.id)
        need -= r.value * pct / 100
    return _pct(have, total), picks, need <= 1e-9


def _progress(
    theme: Theme, metric: TargetMetric, target: float, rows: list[_Row], pct: float
) -> tuple[float | None, list[str], bool]:
    """(actual, candidates, closes the gap) for one target."""

    def on_theme(r: _Row) -> bool:
        return theme in r.any

    def everything(r: _Row) -> bool:
        return True

    if metric == TargetMetric.PROCUREMENT_SHARE:
        return _close_by_count(rows, on_theme, everything, target, theme)
    if metric == TargetMetric.SPEND_SHARE:
        return _close_by_value(rows, on_theme, everything, target, theme)
    if metric == TargetMetric.LEVEL_SHARE:
        return _close_by_count(
            rows, lambda r: (r.level or 0) >= Level.SIGNIFICANT, everything, target
        )
    if metric == TargetMetric.AWARD_SHARE:
        return _close_by_value(rows, lambda r: theme in r.award, everything, target, theme)
    if metric == TargetMetric.CIRCULAR_SHARE:
        circular = Theme.CIRCULAIR
        return _close_by_value(rows, lambda r: circular in r.any, everything, target, circular)
    if metric == TargetMetric.ISV_COVERAGE:
        return _close_by_count(
            rows, lambda r: has_isv_clause(r.crits), lambda r: r.isv_risk, target
        )
    if metric == TargetMetric.SROI_PERCENT:
        return _close_sroi(rows, target, pct)
    return None, [], False


def _targets(
    plan: Plan, rows: list[_Row], cov: Coverage, default_pct: float
) -> list[TargetProgress]:
    out: list[TargetProgress] = []
    for theme, ambition in plan.ambitions.themes.items():
        for t in ambition.targets:
            out.append(
                _target(theme, t.metric, t.value, t.year, t.description, rows, cov, default_pct)
            )
    return out


def _target(
    theme: Theme,
    metric: TargetMetric,
    value: float,
    year: int,
    description: str,
    rows: list[_Row],
    cov: Coverage,
    default_pct: float,
) -> TargetProgress:
    base = TargetProgress(theme, metric, value, year, description, None, None, None)
    if metric == TargetMetric.CUSTOM:
        base.note = bi(MESSAGES, "custom")
        return base
    if metric == TargetMetric.CO2_REDUCTION:
        uncovered = _by_value([r for r in rows if Theme.KLIMAAT not in r.any and r.co2_t > 0])
        base.candidates = [r.proc.id for r in sorted(uncovered, key=lambda r: -r.co2_t)]
        base.note = bi(
            MESSAGES, "co2", covered=Num(cov.co2_covered_t), total=Num(cov.co2_in_scope_t)
        )
        return base
    actual, picks, closes = _progress(theme, metric, value, rows, default_pct)
    if actual is None:
        base.note = bi(MESSAGES, "nothing")
        return base
    base.actual = round(actual, 2)
    base.gap = round(max(value - actual, 0.0), 2)
    base.met = actual >= value - 1e-9
    base.candidates = [] if base.met else picks
    base.closes_gap = None if base.met else closes
    if base.met:
        base.note = bi(MESSAGES, "met", actual=Pct(actual, 1), target=Pct(value, 1))
    else:
        note = bi(
            MESSAGES,
            "gap",
            actual=Pct(actual, 1),
            target=Pct(value, 1),
            year=year,
            gap=Pct(base.gap, 1),
        )
        extra = bi(MESSAGES, "gap_closable" if closes else "gap_open")
        base.note = join([note, extra])
    return base
