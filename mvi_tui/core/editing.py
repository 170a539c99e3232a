"""Edits the front ends make to a plan, with the defaults and rules that belong to them.

The wizard (and the prompt mode) change plans only through these functions, so a new
plan, a preset, a procurement's defaults or a criterion's default weight are decided in
one place and are the same in every front end. Each function validates through the plan
models: a bad value raises `pydantic.ValidationError` and leaves the plan unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.catalogue_models import Criterion
from mvi_tui.core.enums import (
    AwardMethod,
    ContractType,
    CriterionType,
    Lang,
    Level,
    Procedure,
    Theme,
)
from mvi_tui.core.i18n import tr
from mvi_tui.core.numfmt import fmt_number
from mvi_tui.core.plan import (
    Ambitions,
    ChosenCriterion,
    OwnCriterion,
    Plan,
    Procurement,
    ScaleStep,
    Target,
    Tender,
    ThemeAmbition,
    ValueBand,
)

MESSAGES = {
    "not_a_number": {
        "nl": "geen getal: {text!r} (bijvoorbeeld 250.000 of 1,5 mln)",
        "en": "not a number: {text!r} (for example 250,000 or 1.5m)",
    },
    "price": {"nl": "Prijs", "en": "Price"},
    "no_name": {"nl": "naam van de organisatie ontbreekt", "en": "the organisation has no name"},
    "no_spend": {"nl": "jaarlijkse inkoopomvang ontbreekt", "en": "yearly spend is missing"},
    "no_ambitions": {
        "nl": "nog geen ambitie voor een thema gekozen",
        "en": "no theme has an ambition yet",
    },
    "no_procurements": {
        "nl": "het inkoopplan heeft nog geen inkopen",
        "en": "the procurement plan has no procurements yet",
    },
    "no_tender": {
        "nl": "nog geen criteria gekozen voor een inkoop",
        "en": "no criteria chosen for any procurement yet",
    },
    "weights": {
        "nl": "wegingen tellen op tot {total:g} in plaats van 100",
        "en": "weights add up to {total:g} instead of 100",
    },
    "bid": {"nl": "Inschrijver {name}", "en": "Bidder {name}"},
    "bad_step": {
        "nl": "schaalstap {step!r}: schrijf score=percentage label, bijvoorbeeld 6=60 voldoende",
        "en": "scale step {step!r}: write score=percent label, for example 6=60 sufficient",
    },
}

_SUFFIX = {"k": 1e3, "m": 1e6, "mln": 1e6, "mio": 1e6, "mld": 1e9, "bn": 1e9}
_NUMBER = re.compile(r"^([+-]?[\d.,]+)\s*([a-z]*)$")


def parse_number(text: str, lang: Lang | str = Lang.NL) -> float:
    """Read a number as people type it: `1.500.000`, `1,500,000.50`, `250k`, `1,5 mln`.

    A single separator followed by three digits is read the way the language writes
    thousands (Dutch `1.500` is fifteen hundred), because that is what a buyer means.
    """
    raw = text.strip().lower().replace("€", "").replace("eur", "").replace("_", "")
    raw = raw.replace(" ", "").replace("\u00a0", "")
    match = _NUMBER.match(raw)
    if not match or (match.group(2) and match.group(2) not in _SUFFIX):
        raise ValueError(tr(MESSAGES, "not_a_number", lang, text=text))
    num, suffix = match.group(1), match.group(2)
    factor = _SUFFIX.get(suffix, 1.0)
    if "." in num and "," in num:
        decimal = "." if num.rfind(".") > num.rfind(",") else ","
    elif num.count(".") > 1:
        decimal = ","
    elif num.count(",") > 1:
        decimal = "."
    elif "." in num or "," in num:
        sep = "." if "." in num else ","
        tail = num.rsplit(sep, 1)[1]
        thousands = "." if str(lang) == "nl" else ","
        decimal = (
            ("," if sep == "." else ".")
            if (len(tail) == 3 and sep == thousands and not suffix)
            else sep
        )
    else:
        decimal = "."
    thousands_sep = "," if decimal == "." else "."
    cleaned = num.replace(thousands_sep, "").replace(decimal, ".")
    try:
        return float(cleaned) * factor
    except ValueError:
        raise ValueError(tr(MESSAGES, "not_a_number", lang, text=text)) from None


def format_number(value: float, lang: Lang | str = Lang.NL, decimals: int = 0) -> str:
    """`1.500.000` in Dutch, `1,500,000` in English."""
    return fmt_number(value, lang, decimals)


def format_eur(value: float | None, lang: Lang | str = Lang.NL) -> str:
    """An amount in euros for tables; empty for an unknown amount."""
    if value is None:
        return ""
    return f"€ {format_number(value, lang)}"


def new_plan(catalogue: Catalogue, preset: str | None = None, lang: Lang | str = Lang.NL) -> Plan:
    """A fresh plan stamped with the catalogue version, optionally with a preset's ambitions."""
    plan = Plan()
    plan.meta.catalogue_version = catalogue.version
    plan.organisation.language = Lang(str(lang))
    if preset:
        apply_preset(plan, preset, catalogue, lang)
    return plan


def apply_preset(plan: Plan, preset_id: str, catalogue: Catalogue, lang: Lang | str) -> None:
    """Replace the ambitions with a preset's levels and targets (descriptions in `lang`)."""
    preset = catalogue.presets[preset_id]
    themes: dict[Theme, ThemeAmbition] = {}
    for theme, spec in preset.themes.items():
        targets = [
            Target(
                metric=t.metric,
                value=t.value,
                year=t.year,
                description=t.description.get(lang),
            )
            for t in spec.targets
        ]
        themes[theme] = ThemeAmbition(level=spec.level, targets=targets)
    plan.ambitions = Ambitions(preset=preset_id, themes=themes)


def set_theme_level(plan: Plan, theme: Theme, level: Level | None) -> None:
    """Set a theme's default level; None removes the theme's ambition (and its targets)."""
    themes = dict(plan.ambitions.themes)
    if level is None:
        themes.pop(theme, None)
    elif theme in themes:
        themes[theme].level = level
    else:
        themes[theme] = ThemeAmbition(level=level)
    plan.ambitions.themes = themes


def add_target(plan: Plan, theme: Theme, **fields: Any) -> Target:
    """Add a target to a theme (creating the theme's ambition at basis level if needed)."""
    target = Target(**fields)
    if theme not in plan.ambitions.themes:
        set_theme_level(plan, theme, Level.BASIS)
    amb = plan.ambitions.themes[theme]
    amb.targets = [*amb.targets, target]
    return target


def replace_target(plan: Plan, theme: Theme, index: int, **fields: Any) -> Target:
    """Replace the target at `index` of a theme."""
    amb = plan.ambitions.themes[theme]
    target = Target(**fields)
    targets = list(amb.targets)
    targets[index] = target
    amb.targets = targets
    return target


def remove_target(plan: Plan, theme: Theme, index: int) -> None:
    """Remove the target at `index` of a theme."""
    amb = plan.ambitions.themes[theme]
    amb.targets = [t for i, t in enumerate(amb.targets) if i != index]


# The procedures an own value band can point to: the national ones, and the EU open and
# restricted procedures an organisation may choose of its own accord below the threshold.
BAND_PROCEDURES = (
    Procedure.SINGLE_QUOTE,
    Procedure.MULTIPLE_QUOTE,
    Procedure.NATIONAL_OPEN,
    Procedure.OPEN,
    Procedure.RESTRICTED,
)


def set_value_band(plan: Plan, index: int | None, **fields: Any) -> ValueBand:
    """Add an own value band (`index` None) or replace the one at `index`.

    The bands stay ordered by contract type and upper bound, as the advice reads them.
    """
    band = ValueBand(**fields)
    bands = list(plan.organisation.value_bands)
    if index is None:
        bands.append(band)
    else:
        bands[index] = band
    order = list(ContractType)
    bands.sort(key=lambda b: (order.index(b.contract_type), b.max_eur))
    plan.organisation.value_bands = bands
    return band


def delete_value_band(plan: Plan, index: int) -> None:
    """Remove the own value band at `index` (with none left, the default table applies)."""
    bands = plan.organisation.value_bands
    plan.organisation.value_bands = [b for i, b in enumerate(bands) if i != index]


def next_id(existing: set[str] | list[str], prefix: str) -> str:
    """The first `prefix-N` not in use: ids stay short, readable and stable."""
    used = set(existing)
    n = 1
    while f"{prefix}-{n}" in used:
        n += 1
    return f"{prefix}-{n}"


def procurement_defaults(plan: Plan, catalogue: Catalogue, group_id: str) -> dict[str, Any]:
    """Fields a new procurement starts with for a product group: its first contract type."""
    group = catalogue.groups.get(group_id)
    contract = group.contract_types[0] if group else ContractType.SERVICES
    return {
        "id": next_id([p.id for p in plan.procurements], "inkoop"),
        "product_group": group_id,
        "contract_type": contract,
        "duration_months": 12,
        "value_eur": 0,
    }


def add_procurement(plan: Plan, catalogue: Catalogue, **fields: Any) -> Procurement:
    """Add a procurement; missing fields take `procurement_defaults`."""
    data = procurement_defaults(plan, catalogue, fields.get("product_group", ""))
    data.update({k: v for k, v in fields.items() if v is not None})
    proc = Procurement(**data)
    plan.procurements = [*plan.procurements, proc]
    return proc


def update_procurement(plan: Plan, pid: str, **fields: Any) -> Procurement:
    """Change fields of a procurement; validated as a whole, so nothing half-applies."""
    old = plan.procurement(pid)
    if old is None:
        raise KeyError(pid)
    data = old.model_dump()
    data.update(fields)
    new = Procurement.model_validate(data)
    plan.procurements = [new if p.id == pid else p for p in plan.procurements]
    return new


def delete_procurement(plan: Plan, pid: str) -> None:
    """Remove a procurement and its tender draft."""
    plan.procurements = [p for p in plan.procurements if p.id != pid]


def ensure_tender(proc: Procurement) -> Tender:
    """The procurement's tender draft, started empty when the buyer first picks criteria."""
    if proc.tender is None:
        proc.tender = Tender()
    return proc.tender


def chosen(tender: Tender | None, criterion_id: str) -> ChosenCriterion | None:
    """The buyer's choice of a catalogue criterion (for all lots), if chosen."""
    if tender is None:
        return None
    return next((c for c in tender.criteria if c.id == criterion_id), None)


def default_weight(crit: Criterion) -> float | None:
    """An award criterion starts at the middle of its suggested range, rounded to 5."""
    if not crit.is_award() or crit.weight_min is None or crit.weight_max is None:
        return None
    mid = (crit.weight_min + crit.weight_max) / 2
    return float(max(crit.weight_min, min(crit.weight_max, round(mid / 5) * 5)))


def toggle_criterion(proc: Procurement, crit: Criterion) -> bool:
    """Choose a catalogue criterion or drop it again; returns whether it is chosen now."""
    tender = ensure_tender(proc)
    if chosen(tender, crit.id) is not None:
        tender.criteria = [c for c in tender.criteria if c.id != crit.id]
        return False
    tender.criteria = [
        *tender.criteria,
        ChosenCriterion(id=crit.id, weight=default_weight(crit)),
    ]
    return True


def edit_criterion(
    proc: Procurement,
    criterion_id: str,
    *,
    text: str | None = None,
    parameters: dict[str, float | int | str] | None = None,
    weight: float | None | str = "keep",
) -> ChosenCriterion:
    """Change the wording, parameters or weight of a chosen criterion (validated at once)."""
    tender = ensure_tender(proc)
    old = chosen(tender, criterion_id)
    if old is None:
        raise KeyError(criterion_id)
    data = old.model_dump()
    if text is not None:
        data["text"] = text
    if parameters is not None:
        data["parameters"] = parameters
    if weight != "keep":
        data["weight"] = weight
    new = ChosenCriterion.model_validate(data)
    tender.criteria = [new if c.id == criterion_id else c for c in tender.criteria]
    return new


def add_own_criterion(proc: Procurement, **fields: Any) -> OwnCriterion:
    """Add a criterion the buyer wrote; it gets the next free `eigen-N` id."""
    tender = ensure_tender(proc)
    data = {"id": next_id([c.id for c in tender.own_criteria], "eigen"), **fields}
    if data.get("type") == CriterionType.GUNNINGSCRITERIUM and data.get("weight") is None:
        data["weight"] = 10.0
    own = OwnCriterion(**data)
    tender.own_criteria = [*tender.own_criteria, own]
    return own


def update_own_criterion(proc: Procurement, own_id: str, **fields: Any) -> OwnCriterion:
    """Change an own criterion, validated as a whole."""
    tender = ensure_tender(proc)
    old = next(c for c in tender.own_criteria if c.id == own_id)
    new = OwnCriterion.model_validate({**old.model_dump(), **fields})
    tender.own_criteria = [new if c.id == own_id else c for c in tender.own_criteria]
    return new


def delete_own_criterion(proc: Procurement, own_id: str) -> None:
    """Remove an own criterion."""
    tender = ensure_tender(proc)
    tender.own_criteria = [c for c in tender.own_criteria if c.id != own_id]


def matching_own_criteria(
    tender: Tender,
    *,
    type: CriterionType | str | None = None,
    level: int | None = None,
    theme: Theme | str | None = None,
    query: str = "",
) -> list[OwnCriterion]:
    """The tender's own criteria that pass the same filters as `Catalogue.filter`."""
    words = query.lower().split()
    return [
        own
        for own in tender.own_criteria
        if (not type or own.type == type)
        and (not level or int(own.level) == level)
        and (not theme or theme in own.themes)
        and all(w in (own.title + " " + own.text).lower() for w in words)
    ]


@dataclass(frozen=True)
class WeightRow:
    """One line of the award weights table: price or a quality sub-criterion."""

    item: str  # "price" or a criterion id
    title: str
    weight: float
    range: tuple[float, float] | None = None


def weight_rows(tender: Tender, catalogue: Catalogue, lang: Lang | str) -> list[WeightRow]:
    """Price and every award criterion with its weight, in document order."""
    rows = [WeightRow("price", tr(MESSAGES, "price", lang), float(tender.award.price_weight))]
    for c in tender.criteria:
        crit = catalogue.criteria.get(c.id)
        if crit is None or not crit.is_award():
            continue
        rng = (crit.weight_min or 0.0, crit.weight_max or 100.0)
        rows.append(WeightRow(c.id, crit.title.get(lang), float(c.weight or 0), rng))
    for own in tender.own_criteria:
        if own.type == CriterionType.GUNNINGSCRITERIUM:
            rows.append(WeightRow(own.id, own.title, float(own.weight or 0)))
    return rows


def weights_total(tender: Tender, catalogue: Catalogue) -> float:
    """Sum of the price weight and every quality weight; must be 100 to move on."""
    return round(sum(r.weight for r in weight_rows(tender, catalogue, Lang.EN)), 6)


def weights_ok(tender: Tender, catalogue: Catalogue) -> bool:
    """Whether the weights add up to 100 (only price-only methods need no weights)."""
    if tender.award.method == AwardMethod.LOWEST_PRICE:
        return True
    return abs(weights_total(tender, catalogue) - 100) < 1e-6


def set_weight(tender: Tender, item: str, weight: float) -> None:
    """Set the weight of price (`item == "price"`) or of an award criterion."""
    if item == "price":
        tender.award.price_weight = weight
        return
    if any(c.id == item for c in tender.criteria):
        tender.criteria = [
            c.model_copy(update={"weight": ChosenCriterion(id=c.id, weight=weight).weight})
            if c.id == item
            else c
            for c in tender.criteria
        ]
        return
    for own in tender.own_criteria:
        if own.id == item:
            own.weight = weight
            return
    raise KeyError(item)


def balance_weights(tender: Tender, catalogue: Catalogue) -> None:
    """Make the weights add up to 100, within the catalogue's suggested ranges if possible.

    The quality share (100 - price) is spread in proportion to the current weights (the
    middle of the suggested range for a criterion without one); a criterion pushed out
    of its range is held at the edge and the rest is shared by the others. When the
    ranges cannot hold the whole share, the weights go beyond them in proportion: the
    ranges are advice, the sum of 100 is a rule. Whole percents; the rounding rest goes
    to the largest, so the buyer can move on at once and fine-tune after.
    """
    rows = [r for r in weight_rows(tender, catalogue, Lang.EN) if r.item != "price"]
    if not rows:
        set_weight(tender, "price", 100)
        return
    quality = max(0.0, 100 - float(tender.award.price_weight))
    basis = [r.weight or ((r.range[0] + r.range[1]) / 2 if r.range else 10.0) for r in rows]
    low = [r.range[0] if r.range else 0.0 for r in rows]
    high = [r.range[1] if r.range else 100.0 for r in rows]
    fixed: dict[int, float] = {}
    if sum(low) <= quality <= sum(high):
        for _ in range(len(rows)):
            free = [i for i in range(len(rows)) if i not in fixed]
            rest = quality - sum(fixed.values())
            total = sum(basis[i] for i in free) or len(free)
            share = {i: rest * (basis[i] or 1) / total for i in free}
            out = {
                i: (low[i] if v < low[i] else high[i])
                for i, v in share.items()
                if not low[i] <= v <= high[i]
            }
            if not out:
                fixed.update(share)
                break
            fixed.update(out)
        weights = [fixed[i] for i in range(len(rows))]
    else:
        total = sum(basis) or len(rows)
        weights = [quality * (b or 1) / total for b in basis]
    new = [round(w) for w in weights]
    new[new.index(max(new))] += round(quality - sum(new), 6)
    for row, w in zip(rows, new, strict=True):
        set_weight(tender, row.item, float(max(0, w)))


def example_bids(
    tender: Tender, catalogue: Catalogue, lang: Lang | str, value_eur: float | None = None
) -> list[Any]:
    """Three example bids that differ the way real ones do: cheap, balanced, best quality.

    They give the bid simulation something to show at once; the buyer edits them. Scores
    and ladder levels are taken from the tender's own scale and ladder version, so the
    examples are always valid for the award model. Prices are around the procurement's
    estimated value (`value_eur`), below a ceiling price, so that a quality value in
    euros or a ladder discount weighs as it would in the real tender.
    """
    from mvi_tui.core import reference
    from mvi_tui.core.award import Bid
    from mvi_tui.core.enums import ScaleKind

    ref = reference.award(catalogue)
    award = tender.award
    if award.scale == ScaleKind.ZERO_TEN:
        top = float(ref.zero_ten.max)
        scores = [round(top * f) for f in (0.5, 0.7, 0.9)]
    else:
        steps = award.custom_scale if award.scale == ScaleKind.CUSTOM else ref.progressive
        ordered = sorted({float(step.score) for step in steps}) or [0.0]
        scores = [
            ordered[min(len(ordered) - 1, i)]
            for i in (len(ordered) // 3, len(ordered) // 2, len(ordered) - 1)
        ]
    levels = 0
    if award.co2_ladder.enabled and award.co2_ladder.version in ref.ladder:
        levels = min(
            ref.ladder[award.co2_ladder.version].levels, len(award.co2_ladder.discounts_pct)
        )
    items = [r.item for r in weight_rows(tender, catalogue, lang) if r.item != "price"]
    base = value_eur or 100_000.0
    if award.ceiling_price_eur:
        base = min(base, award.ceiling_price_eur * 0.8)
    specs = [
        ("A", 0.9, scores[0], 1),
        ("B", 1.0, scores[1], (levels + 1) // 2),
        ("C", 1.15, scores[2], levels),
    ]
    return [
        Bid(
            name=tr(MESSAGES, "bid", lang, name=name),
            price_eur=round(base * factor, 2),
            scores={i: float(score) for i in items},
            ladder_level=min(ladder, levels) if levels else None,
        )
        for name, factor, score, ladder in specs
    ]


def organisation_problems(plan: Plan, lang: Lang | str) -> list[str]:
    """What is still missing on the organisation step."""
    out = []
    if not plan.organisation.name.strip():
        out.append(tr(MESSAGES, "no_name", lang))
    if not plan.organisation.yearly_spend_eur:
        out.append(tr(MESSAGES, "no_spend", lang))
    return out


def ambition_problems(plan: Plan, lang: Lang | str) -> list[str]:
    """What is still missing on the ambitions step."""
    return [] if plan.ambitions.themes else [tr(MESSAGES, "no_ambitions", lang)]


def plan_problems(plan: Plan, lang: Lang | str) -> list[str]:
    """What is still missing on the procurement plan step."""
    return [] if plan.procurements else [tr(MESSAGES, "no_procurements", lang)]


def award_problems(proc: Procurement | None, catalogue: Catalogue, lang: Lang | str) -> list[str]:
    """What blocks the award step: the weights must add up to 100."""
    if proc is None or proc.tender is None or weights_ok(proc.tender, catalogue):
        return []
    return [tr(MESSAGES, "weights", lang, total=weights_total(proc.tender, catalogue))]


def parse_scale_steps(raw: str, lang: Lang | str = Lang.NL) -> list[ScaleStep]:
    """Read a custom scale typed on one line: `10=100 zeer goed; 6=60 voldoende; 0=0`.

    Each step is `score=percent label`: the score a committee gives, the share of the
    maximum (in percent, -100 to 100) it earns, and an optional label. Steps are separated
    by `;`. A typing buyer gets the model's own message for a step that does not validate.
    """
    steps: list[ScaleStep] = []
    for part in (p.strip() for p in raw.split(";")):
        if not part:
            continue
        match = re.match(r"^([^=\s]+)\s*=\s*([^\s]+)\s*(.*)$", part)
        if not match:
            raise ValueError(tr(MESSAGES, "bad_step", lang, step=part))
        score = parse_number(match.group(1), lang)
        share = parse_number(match.group(2).rstrip("%"), lang)
        steps.append(ScaleStep(score=score, fraction=share / 100, label=match.group(3).strip()))
    return steps


def format_scale_steps(steps: list[ScaleStep], lang: Lang | str = Lang.NL) -> str:
    """The one-line form `parse_scale_steps` reads."""
    out = []
    for step in steps:
        score = format_number(step.score, lang, 0 if float(step.score).is_integer() else 2)
        pct = step.fraction * 100
        share = format_number(pct, lang, 0 if float(pct).is_integer() else 2)
        out.append(f"{score}={share} {step.label}".strip())
    return "; ".join(out)


def today() -> date:
    """Today's date; one place, so front ends and tests can pass a fixed date instead."""
    return date.today()


def wizard_problems(
    plan: Plan,
    proc: Procurement | None,
    catalogue: Catalogue,
    lang: Lang | str,
    on: date | None = None,
) -> dict[str, list[str]]:
    """Open problems per wizard step, for the step bar: empty lists mean all is well.

    The criteria step shows the engine's warnings for the procurement being drafted;
    the review step shows only what blocks an export (severity "error") in any of them.
    """
    out = {
        "organisation": organisation_problems(plan, lang),
        "ambitions": ambition_problems(plan, lang),
        "plan": plan_problems(plan, lang),
        "criteria": [],
        "award": award_problems(proc, catalogue, lang),
        "review": [],
    }
    if not plan.tenders():
        out["criteria"].append(tr(MESSAGES, "no_tender", lang))
    try:
        from mvi_tui.core import rules
    except ImportError:  # the engine's rules arrive with their own module
        return out
    if proc is not None and proc.tender is not None:
        out["criteria"] += [
            w.message.get(lang)
            for w in rules.check_procurement(plan, proc, catalogue, on=on)
            if w.severity in ("error", "warning") and w.code != "weights-not-100"
        ]
    out["review"] = [
        w.message.get(lang)
        for w in rules.check_plan(plan, catalogue, on=on)
        if w.severity == "error"
    ]
    return out


def text_override(crit: Criterion, text: str) -> str:
    """What to store as the buyer's wording: empty when it is the catalogue text unchanged.

    Keeping the override empty lets the criterion follow the catalogue (and the export
    language) until the buyer really rewrites it.
    """
    stripped = text.strip()
    if stripped in (crit.text.nl.strip(), crit.text.en.strip()):
        return ""
    return stripped
