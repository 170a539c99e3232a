"""Priorities for the strategic procurement plan.

Strategic procurement starts where the impact is: spend x CO2-eq per euro (the
spend-based method) shows which procurements matter; influence (volume, market position,
need for innovation, timing) shows where the organisation can make a difference. The
priority mixes both (weights in `reference/priorities.toml`), and the proposed ambition
level follows the Ambitieweb guidance: high impact and influence with a real need for
innovation -> ambitieus, a reasonable chance of impact -> significant, else basis; never
below the organisation's default level for the themes the product group touches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mvi_tui.core import reference
from mvi_tui.core.advice import advise_procurement
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import Lang, Level, Procedure
from mvi_tui.core.numfmt import Num, bi, join
from mvi_tui.core.plan import Plan, Procurement
from mvi_tui.core.reference import PriorityTable
from mvi_tui.core.rules import default_level
from mvi_tui.core.text import Text

MESSAGES = {
    "impact": {
        "nl": "Impact {impact} ton CO2-eq ({value} x {factor} kg per euro).",
        "en": "Impact {impact} tonnes CO2-eq ({value} x {factor} kg per euro).",
    },
    "level_3": {
        "nl": "Hoge prioriteit ({priority}) en een grote innovatiebehoefte: ambitieus niveau.",
        "en": "High priority ({priority}) and a strong need for innovation: ambitious level.",
    },
    "level_2": {
        "nl": "Prioriteit {priority}: redelijke kans op impact, significant niveau.",
        "en": "Priority {priority}: a reasonable chance of impact, significant level.",
    },
    "level_1": {
        "nl": "Prioriteit {priority}: weinig impact of invloed, basisniveau.",
        "en": "Priority {priority}: little impact or influence, basic level.",
    },
    "raised": {
        "nl": "Verhoogd naar niveau {level}: het standaardniveau van de organisatie voor deze thema's.",
        "en": "Raised to level {level}: the organisation's default level for these themes.",
    },
}


@dataclass
class PriorityRow:
    """One procurement in the ranked plan."""

    procurement_id: str
    title: str
    value_eur: float
    impact_t_co2: float  # value x kg CO2-eq per euro / 1000
    priority: float  # 0-100
    proposed_level: Level
    reason: Text
    threshold_eur: float
    above_threshold: bool
    advised_procedure: Procedure
    impact_score: float = 0.0  # 0-1, relative to the largest impact in the plan
    influence_score: float = 0.0  # 0-1
    components: dict[str, float] = field(default_factory=dict)

    def to_json(self, lang: Lang | str = Lang.EN) -> dict[str, Any]:
        return {
            "procurement_id": self.procurement_id,
            "title": self.title,
            "value_eur": self.value_eur,
            "impact_t_co2": self.impact_t_co2,
            "priority": self.priority,
            "proposed_level": self.proposed_level.key,
            "reason": self.reason.get(lang),
            "threshold_eur": self.threshold_eur,
            "above_threshold": self.above_threshold,
            "advised_procedure": str(self.advised_procedure),
            "impact_score": self.impact_score,
            "influence_score": self.influence_score,
            "components": self.components,
        }


def impact_t(proc: Procurement, catalogue: Catalogue) -> float:
    """Tonnes CO2-eq of the procurement's spend (0 for an unknown product group)."""
    group = catalogue.groups.get(proc.product_group)
    return proc.value_eur * (group.co2_kg_per_eur if group else 0.0) / 1000


def timing_score(proc: Procurement, on: date, table: PriorityTable) -> float:
    """A contract that starts soon is the moment to act; one already running less so."""
    t = table.timing
    if proc.start is None:
        return t.unknown
    months = (proc.start.year - on.year) * 12 + (proc.start.month - on.month)
    if months < 0:
        return t.started
    return t.soon if months <= t.soon_months else t.later


def influence_score(
    proc: Procurement, largest_value: float, on: date, table: PriorityTable
) -> tuple[float, dict[str, float]]:
    """Influence 0-1 and its components (volume relative to the plan's largest)."""
    parts = {
        "volume": proc.value_eur / largest_value if largest_value > 0 else 0.0,
        "market_position": (proc.influence.market_position - 1) / 4,
        "innovation_need": (proc.influence.innovation_need - 1) / 4,
        "timing": timing_score(proc, on, table),
    }
    w = table.influence
    weights = {
        "volume": w.volume,
        "market_position": w.market_position,
        "innovation_need": w.innovation_need,
        "timing": w.timing,
    }
    total = sum(weights.values())
    score = sum(parts[k] * weights[k] for k in parts) / total if total > 0 else 0.0
    return score, parts


def proposed_level(
    priority: float, innovation_need: int, table: PriorityTable
) -> tuple[Level, str]:
    """The Ambitieweb level for a priority, and the message key that explains it."""
    cut = table.levels
    if priority >= cut.ambitieus_from and innovation_need >= cut.ambitieus_innovation_min:
        return Level.AMBITIEUS, "level_3"
    if priority >= cut.significant_from:
        return Level.SIGNIFICANT, "level_2"
    return Level.BASIS, "level_1"


def prioritise(
    plan: Plan, catalogue: Catalogue | None = None, on: date | None = None
) -> list[PriorityRow]:
    """The plan's procurements ranked by priority, highest first (ties: larger value)."""
    cat = catalogue or default_catalogue()
    today = on or date.today()
    table = reference.priorities(cat)
    impacts = {p.id: impact_t(p, cat) for p in plan.procurements}
    top_impact = max(impacts.values(), default=0.0)
    top_value = max((p.value_eur for p in plan.procurements), default=0.0)
    rows = [
        _row(plan, p, impacts[p.id], top_impact, top_value, today, table, cat, on)
        for p in plan.procurements
    ]
    return sorted(rows, key=lambda r: (-r.priority, -r.value_eur, r.procurement_id))


def _row(
    plan: Plan,
    proc: Procurement,
    impact: float,
    top_impact: float,
    top_value: float,
    on: date,
    table: PriorityTable,
    cat: Catalogue,
    explicit_on: date | None,
) -> PriorityRow:
    impact_share = impact / top_impact if top_impact > 0 else 0.0
    influence, parts = influence_score(proc, top_value, on, table)
    w = table.weights
    total = w.impact + w.influence
    priority = 100 * (w.impact * impact_share + w.influence * influence) / total if total else 0.0
    level, key = proposed_level(priority, proc.influence.innovation_need, table)
    group = cat.groups.get(proc.product_group)
    reasons = [
        bi(
            MESSAGES,
            "impact",
            impact=Num(impact, 1),
            value=Num(proc.value_eur),
            factor=Num(group.co2_kg_per_eur if group else 0.0, 2),
        ),
        bi(MESSAGES, key, priority=Num(priority)),
    ]
    floor, _ = default_level(plan, group)
    if floor is not None and floor > level:
        level = floor
        reasons.append(bi(MESSAGES, "raised", level=int(floor)))
    advice = advise_procurement(plan, proc, cat, explicit_on)
    return PriorityRow(
        procurement_id=proc.id,
        title=proc.title,
        value_eur=proc.value_eur,
        impact_t_co2=impact,
        priority=round(priority, 1),
        proposed_level=level,
        reason=join(reasons),
        threshold_eur=advice.threshold_eur,
        above_threshold=advice.above_threshold,
        advised_procedure=advice.procedure,
        impact_score=impact_share,
        influence_score=influence,
        components=parts,
    )
