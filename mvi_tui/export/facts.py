"""What the engine says about one tender, gathered once for every format.

The document and the OCDS release both need the threshold, the procedure, the
obligations, the draft timetable, the level and the remaining warnings. The engine
(`mvi_tui.core.advice`, `rules`, `priorities`, `coverage`, `award`) computes them; this
module only calls it and keeps the answers in the document language. An engine module
that is not installed yet leaves its facts empty and the document shows `[[...]]` marks
instead, so exports keep working while the engine grows.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.enums import Level, Procedure
from mvi_tui.core.plan import Plan, Procurement, Tender
from mvi_tui.core.resolve import ResolvedCriterion, resolve_criteria

TIMETABLE_FIELDS = (
    "publication",
    "questions_deadline",
    "nvi",
    "submission_deadline",
    "award_intended",
    "standstill_end",
    "contract_start",
)


# The progressive scale of shared/domain/MVI.md, for when the reference table is absent.
PROGRESSIVE_FALLBACK = {
    "nl": [
        (3, "zeer goed", 1.0),
        (2, "goed", 0.6),
        (1, "voldoende", 0.25),
        (0, "geen meerwaarde", 0.0),
        (-1, "nadelig", -0.5),
    ],
    "en": [
        (3, "very good", 1.0),
        (2, "good", 0.6),
        (1, "sufficient", 0.25),
        (0, "no added value", 0.0),
        (-1, "disadvantageous", -0.5),
    ],
}


@cache
def engine(name: str) -> ModuleType | None:
    """`mvi_tui.core.<name>`, or None while that engine module does not exist yet."""
    full = f"mvi_tui.core.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise


def _text(value: Any, lang: str) -> str:
    """A `Text` (nl + en) or a plain string in the document language."""
    if value is None:
        return ""
    get = getattr(value, "get", None)
    if callable(get) and hasattr(value, "nl"):
        return str(get(lang))
    return str(value)


@dataclass(frozen=True)
class Duty:
    """An obligation from the advice: what, why, and whether the law requires it."""

    code: str
    text: str
    reason: str
    mandatory: bool


@dataclass(frozen=True)
class Limit:
    """A statutory minimum time limit."""

    code: str
    days: int
    text: str


@dataclass(frozen=True)
class Warning:
    """A rule the tender does not meet yet, for the buyer's list at the end."""

    code: str
    severity: str
    message: str
    action: str


@dataclass
class TenderFacts:
    """The engine's answers for one tender, in one language."""

    threshold_eur: float | None = None
    above_threshold: bool | None = None
    period: str = ""
    procedure: Procedure | None = None
    procedure_reason: str = ""
    duties: list[Duty] = field(default_factory=list)
    limits: list[Limit] = field(default_factory=list)
    timetable: dict[str, date | None] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    level: Level | None = None
    impact_t_co2: float | None = None
    ladder_example: tuple[int, float] | None = None  # (level, discount %) for the example
    progressive: list[tuple[float, str, float]] = field(default_factory=list)  # score, label, share
    # The tender's criteria with their parameters filled in, shared by the document and
    # the OCDS release (resolving them is not free).
    criteria: list[ResolvedCriterion] = field(default_factory=list)

    def duty(self, code: str) -> Duty | None:
        """The obligation with this code, if the advice names it."""
        return next((d for d in self.duties if d.code == code), None)

    def limit(self, code: str) -> Limit | None:
        """The time limit with this code, if any."""
        return next((t for t in self.limits if t.code == code), None)


def gather(
    plan: Plan,
    proc: Procurement,
    catalogue: Catalogue,
    lang: str,
    on: date | None = None,
) -> TenderFacts:
    """Ask every available engine module about `proc`; missing modules leave gaps."""
    facts = TenderFacts()
    tender = proc.tender
    facts.criteria = resolve_criteria(tender or Tender(), catalogue, lang)
    chosen = tender.procedure if tender else None
    facts.procedure = chosen
    if tender and tender.procedure_reason.strip():
        facts.procedure_reason = tender.procedure_reason.strip()

    advice_mod = engine("advice")
    advice = None
    if advice_mod is not None:
        advice = advice_mod.advise_procurement(plan, proc, catalogue=catalogue, on=on)
        facts.threshold_eur = float(advice.threshold_eur)
        facts.above_threshold = bool(advice.above_threshold)
        facts.period = str(advice.period)
        options = list(advice.procedures)
        if facts.procedure is None and options:
            facts.procedure = Procedure(options[0].code)
        if not facts.procedure_reason:
            match = next((o for o in options if o.code == facts.procedure), None)
            if match is not None:
                facts.procedure_reason = _text(match.reason, lang)
        facts.duties = [
            Duty(o.code, _text(o.text, lang), _text(o.reason, lang), bool(o.mandatory))
            for o in advice.obligations
        ]
        limits = advice.time_limits
        # The advice lists the limits of its first procedure; the buyer may have chosen another.
        first = options[0].code if options else None
        limits_for = getattr(advice_mod, "time_limits_for", None)
        if limits_for is not None and facts.procedure not in (None, first):
            limits = limits_for(facts.procedure, catalogue)
        facts.limits = [Limit(t.code, int(t.days), _text(t.text, lang)) for t in limits]

    planned = tender.timetable if tender else None
    drafted = None
    publication = planned.publication if planned else None
    if (
        advice is not None
        and advice.procedures
        and advice.procedures[0].code == facts.procedure
        and getattr(advice, "on", None) == publication
        and getattr(advice, "timetable", None) is not None
    ):
        drafted = advice.timetable  # drafted by the advice already, for the same start
    elif (
        advice_mod is not None
        and publication is not None
        and facts.procedure is not None
        and facts.above_threshold is not None
    ):
        drafted = advice_mod.draft_timetable(
            facts.procedure,
            publication,
            above_threshold=facts.above_threshold,
            catalogue=catalogue,
        )
    for name in TIMETABLE_FIELDS:
        value = getattr(planned, name, None) if planned else None
        if value is None and name == "contract_start":
            value = proc.start  # the plan's start wins over the earliest possible start
        if value is None and drafted is not None:
            value = getattr(drafted, name, None)
        facts.timetable[name] = value

    rules = engine("rules")
    if rules is not None:
        for w in rules.check_procurement(plan, proc, catalogue=catalogue, on=on):
            facts.warnings.append(
                Warning(
                    str(w.code),
                    str(w.severity),
                    _text(w.message, lang),
                    _text(w.action, lang),
                )
            )

    facts.level = proc.level
    coverage = engine("coverage")
    if facts.level is None and coverage is not None:
        facts.level = coverage.tender_level(proc, catalogue)

    priorities = engine("priorities")
    if priorities is not None:
        impact = getattr(priorities, "impact_t", None)
        if impact is not None:
            facts.impact_t_co2 = float(impact(proc, catalogue))
        if facts.level is None or impact is None:
            # Ranking the whole plan is only needed for the proposed level.
            for row in priorities.prioritise(plan, catalogue=catalogue, on=on):
                if row.procurement_id == proc.id:
                    facts.impact_t_co2 = float(row.impact_t_co2)
                    facts.level = facts.level or row.proposed_level
                    break

    reference = engine("reference")
    if reference is not None and tender is not None and tender.award.scale == "progressive":
        facts.progressive = [
            (float(s.score), _text(s.label, lang), float(s.fraction))
            for s in reference.award(catalogue).progressive
        ]
    if not facts.progressive:
        facts.progressive = PROGRESSIVE_FALLBACK[lang]

    award = engine("award")
    if award is not None and tender is not None and tender.award.co2_ladder.enabled:
        ladder = tender.award.co2_ladder
        if ladder.discounts_pct:
            example_level = min(3, len(ladder.discounts_pct))
            facts.ladder_example = (
                example_level,
                float(award.ladder_discount_pct(example_level, ladder)),
            )
    return facts
