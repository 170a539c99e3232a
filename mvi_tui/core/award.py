"""Award models and the bid simulation.

The same arithmetic serves two moments: while drafting, a buyer tries weights on made-up
bids to see whether the model rewards what it should ("at which price weight would the
cheap, poor bid win?"); after the deadline, an evaluation committee scores the real bids.
Both need the numbers *and* the reasoning, so every bid gets a per-criterion explanation.

Methods (Aanbestedingswet 2.114):
- weighted points: price points plus, per sub-criterion, scale fraction x its share of
  the maximum points; highest total wins.
- value-based (gunnen op waarde): each sub-criterion is worth euros (its weight's share of
  the quality value); the earned euros come off the price, giving a fictive price; the
  lowest wins.
- price-quality ratio: weighted quality points per euro; the highest ratio wins.
- lowest cost: life-cycle cost (net present value, CO2 priced in); the lowest wins.
- lowest price.
The CO2 Performance Ladder gives a fictive discount on the bid price in every method.

Sensitivity: every total is linear in the weights once the other weights are rescaled
proportionally, so the weight at which the winner changes is where two straight lines
cross; it is computed exactly, not searched.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mvi_tui.core import reference
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import AwardMethod, CriterionType, Lang, PriceFormula, ScaleKind, Theme
from mvi_tui.core.lcc import LccItem, LccResult, default_lcc_inputs, life_cycle_cost
from mvi_tui.core.numfmt import Eur, Num, Pct, bi, say
from mvi_tui.core.plan import AwardModel, Co2Ladder, LccInputs, ScaleStep, Tender
from mvi_tui.core.problems import InputError, Problem
from mvi_tui.core.text import Text
from mvi_tui.core.tomlio import read_toml

MAX_EUR = 1e13
EPS = 1e-9

MESSAGES = {
    "dup_bid": {
        "nl": "de naam {name} komt al voor bij bid[{other}]",
        "en": "the name {name} is used already by bid[{other}]",
    },
    "no_bids": {
        "nl": "geen inschrijvingen: voeg [[bid]]-tabellen toe",
        "en": "no bids: add [[bid]] tables",
    },
    "unknown_score": {
        "nl": "{id} is geen gunningscriterium van deze aanbesteding; bekend: {known}",
        "en": "{id} is not an award criterion of this tender; known: {known}",
    },
    "missing_score": {
        "nl": "geen score voor gunningscriterium {id}",
        "en": "no score for award criterion {id}",
    },
    "missing_lcc": {
        "nl": "geen [bid.lcc]: de levensduurkosten worden alleen uit de prijs berekend",
        "en": "no [bid.lcc]: life-cycle cost is computed from the price alone",
    },
    "zero_price": {
        "nl": "een prijs van 0 past niet bij de prijs-kwaliteitverhouding",
        "en": "a price of 0 does not work with the price-quality ratio",
    },
    "score_range": {
        "nl": "score {score} ligt buiten de schaal {low} tot {high}",
        "en": "score {score} is outside the scale {low} to {high}",
    },
    "score_step": {
        "nl": "score {score} is geen stap van de schaal; toegestaan: {steps}",
        "en": "score {score} is not a step of the scale; allowed: {steps}",
    },
    "custom_empty": {
        "nl": "de eigen schaal heeft geen stappen",
        "en": "the custom scale has no steps",
    },
    "ladder_level": {
        "nl": "CO2-Prestatieladder {version} kent niveaus 1 tot {levels}, niet {level}",
        "en": "CO2 Performance Ladder {version} has levels 1 to {levels}, not {level}",
    },
    "ladder_discount": {
        "nl": "voor niveau {level} van de CO2-Prestatieladder is geen korting ingesteld",
        "en": "no discount is set for level {level} of the CO2 Performance Ladder",
    },
    "ladder_version": {
        "nl": "onbekende versie {version} van de CO2-Prestatieladder",
        "en": "unknown version {version} of the CO2 Performance Ladder",
    },
    # explanation lines
    "x_price": {"nl": "Prijs {price}.", "en": "Price {price}."},
    "x_ladder": {
        "nl": "CO2-Prestatieladder niveau {level}: fictieve korting {pct}, beoordelingsprijs {evaluated}.",
        "en": "CO2 Performance Ladder level {level}: fictive discount {pct}, evaluated price {evaluated}.",
    },
    "x_ladder_none": {
        "nl": "Geen CO2-Prestatieladder-certificaat: geen korting.",
        "en": "No CO2 Performance Ladder certificate: no discount.",
    },
    "x_price_relative": {
        "nl": "Prijs: laagste {lowest} / {evaluated} x {max} punten = {points} punten.",
        "en": "Price: lowest {lowest} / {evaluated} x {max} points = {points} points.",
    },
    "x_price_linear": {
        "nl": "Prijs: ({ceiling} - {evaluated}) / ({ceiling} - {lowest}) x {max} punten = {points} punten.",
        "en": "Price: ({ceiling} - {evaluated}) / ({ceiling} - {lowest}) x {max} points = {points} points.",
    },
    "x_price_over_ceiling": {
        "nl": "Prijs: boven de plafondprijs {ceiling}: 0 punten (zo'n inschrijving is doorgaans ongeldig).",
        "en": "Price: above the ceiling price {ceiling}: 0 points (such a bid is usually invalid).",
    },
    "x_quality_points": {
        "nl": "{id} {title}: score {score} = {pct} van {max} punten = {points} punten.",
        "en": "{id} {title}: score {score} = {pct} of {max} points = {points} points.",
    },
    "x_quality_missing": {
        "nl": "{id} {title}: geen score, telt als 0.",
        "en": "{id} {title}: no score, counts as 0.",
    },
    "x_total_points": {
        "nl": "Totaal {total} punten: rang {rank}.",
        "en": "Total {total} points: rank {rank}.",
    },
    "x_quality_value": {
        "nl": "{id} {title}: score {score} = {pct} van {max} = {value} kwaliteitswaarde.",
        "en": "{id} {title}: score {score} = {pct} of {max} = {value} quality value.",
    },
    "x_fictive": {
        "nl": "Fictieve prijs: {evaluated} - {value} = {fictive}: rang {rank}.",
        "en": "Fictive price: {evaluated} - {value} = {fictive}: rank {rank}.",
    },
    "x_ratio": {
        "nl": "Kwaliteit {quality} punten / beoordelingsprijs {evaluated} = {ratio} punten per EUR 1.000; index {index} (beste = 100): rang {rank}.",
        "en": "Quality {quality} points / evaluated price {evaluated} = {ratio} points per EUR 1,000; index {index} (best = 100): rank {rank}.",
    },
    "x_lcc": {
        "nl": "Levensduurkosten over {years} jaar (netto contante waarde, CO2 {co2_t} ton geprijsd op {co2}): {npv}.",
        "en": "Life-cycle cost over {years} years (net present value, CO2 {co2_t} tonnes priced at {co2}): {npv}.",
    },
    "x_lcc_ladder": {
        "nl": "Min fictieve ladderkorting {pct} van de prijs ({discount}) = {cost}.",
        "en": "Less fictive ladder discount {pct} of the price ({discount}) = {cost}.",
    },
    "x_rank_cost": {
        "nl": "Beoordeelde kosten {cost}: rang {rank}.",
        "en": "Evaluated cost {cost}: rank {rank}.",
    },
    "x_rank_price": {
        "nl": "Beoordelingsprijs {evaluated}: rang {rank}.",
        "en": "Evaluated price {evaluated}: rank {rank}.",
    },
    "price_item": {"nl": "prijs", "en": "price"},
    "s_switch": {
        "nl": "Weging {item}: nu {weight}; bij {at} wisselt de winnaar naar {winner}.",
        "en": "Weight of {item}: now {weight}; at {at} the winner changes to {winner}.",
    },
    "s_never": {
        "nl": "Weging {item}: nu {weight}; tussen 0% en {top} blijft {winner} winnen.",
        "en": "Weight of {item}: now {weight}; between 0% and {top} {winner} keeps winning.",
    },
}


class ScoreError(ValueError):
    """A score, level or setting that the award model cannot use; carries a bilingual text."""

    def __init__(self, text: Text):
        super().__init__(text.en)
        self.text = text


# Bids ---------------------------------------------------------------------------------


class Bid(BaseModel):
    """One bid, as in a bids file `[[bid]]`."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    name: str = Field(min_length=1, max_length=200, description="Name of the bidder.")
    price_eur: float = Field(ge=0, le=MAX_EUR, description="Bid price in euros excl. VAT.")
    scores: dict[str, float] = Field(
        default_factory=dict, description="Award criterion id -> score on the tender's scale."
    )
    ladder_level: int | None = Field(
        default=None, ge=0, le=10, description="Certified CO2 Performance Ladder level (0 = none)."
    )
    lcc: LccItem | None = Field(default=None, description="Life-cycle cost figures.")

    @model_validator(mode="before")
    @classmethod
    def _purchase_is_price(cls, data: Any) -> Any:
        """`[bid.lcc]` may leave out the purchase price: it is the bid price."""
        if isinstance(data, dict) and isinstance(data.get("lcc"), dict):
            lcc = data["lcc"]
            if "purchase_eur" not in lcc and "price_eur" in data:
                data = {**data, "lcc": {**lcc, "purchase_eur": data["price_eur"]}}
        return data


class BidsFile(BaseModel):
    """A bids file: optional `tender` id and note, then `[[bid]]` tables."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    tender: str = Field(default="", max_length=80, description="Procurement id the bids are for.")
    note: str = Field(default="", max_length=20_000, description="Free text.")
    bid: list[Bid] = Field(default_factory=list, max_length=1000)


def bids_file_for(plan_path: str | Path, procurement_id: str) -> Path:
    """Where the wizard keeps a tender's bids: next to the plan, `PLAN--ID.bids.toml`.

    Procurement ids are plain names (the plan model checks them), so the file stays in
    the plan's folder; folder scans skip `*.bids.toml`, it is never taken for a plan.
    """
    plan_path = Path(plan_path)
    return plan_path.with_name(f"{plan_path.stem}--{procurement_id}.bids.toml")


def dump_bids_file(bids: list[Bid], tender: str = "", note: str = "") -> str:
    """A bids file as TOML, readable by `load_bids_file` and `mvi simulate --bids`."""
    import tomli_w

    def whole(value: Any) -> Any:  # 2280000 rather than 2280000.0
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, dict):
            return {k: whole(v) for k, v in value.items()}
        if isinstance(value, list):
            return [whole(v) for v in value]
        return value

    data = BidsFile(tender=tender, note=note, bid=bids).model_dump(mode="json", exclude_none=True)
    return tomli_w.dumps(whole(data))


def save_bids_file(path: str | Path, bids: list[Bid], tender: str = "") -> None:
    """Write a bids file atomically (raises `OSError`)."""
    from mvi_tui.core.atomic import atomic_write_text

    atomic_write_text(path, dump_bids_file(bids, tender))


def load_bids_file(path: str | Path, lang: Lang | str = Lang.EN) -> BidsFile:
    """Read and validate a bids file; raise `InputError` naming file and place."""
    from mvi_tui.core.planfile import validation_problems

    name = str(path)
    data = read_toml(path, lang)
    try:
        parsed = BidsFile.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, name, lang)) from None
    problems: list[Problem] = []
    if not parsed.bid:
        problems.append(Problem(name, say(MESSAGES, "no_bids", lang)))
    seen: dict[str, int] = {}
    for i, bid in enumerate(parsed.bid):
        key = bid.name.strip().lower()
        if key in seen:
            msg = say(MESSAGES, "dup_bid", lang, name=bid.name, other=seen[key])
            problems.append(Problem(name, msg, path=f"bid[{i}].name"))
        seen.setdefault(key, i)
    if problems:
        raise InputError(problems)
    return parsed


def load_bids(path: str | Path, lang: Lang | str = Lang.EN) -> list[Bid]:
    """The bids of a bids file (see `load_bids_file`)."""
    return load_bids_file(path, lang).bid


# Award items ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AwardItem:
    """A quality sub-criterion with its weight (None in the plan counts as 0)."""

    id: str
    title: str
    weight: float
    scoring: str = ""
    own: bool = False
    themes: tuple[Theme, ...] = ()
    weight_set: bool = True


def award_items(
    tender: Tender, catalogue: Catalogue | None = None, lang: Lang | str = Lang.NL
) -> list[AwardItem]:
    """The tender's award criteria (catalogue and own), in document order."""
    cat = catalogue or default_catalogue()
    items: list[AwardItem] = []
    for chosen in tender.criteria:
        crit = cat.criteria.get(chosen.id)
        if crit is None or crit.type != CriterionType.GUNNINGSCRITERIUM:
            continue
        items.append(
            AwardItem(
                id=crit.id,
                title=crit.title.get(lang),
                weight=chosen.weight or 0.0,
                scoring=crit.scoring.get(lang) if crit.scoring else "",
                themes=tuple(crit.themes),
                weight_set=chosen.weight is not None,
            )
        )
    for own in tender.own_criteria:
        if own.type == CriterionType.GUNNINGSCRITERIUM:
            items.append(
                AwardItem(
                    id=own.id,
                    title=own.title,
                    weight=own.weight or 0.0,
                    scoring=own.scoring,
                    own=True,
                    themes=tuple(own.themes),
                    weight_set=own.weight is not None,
                )
            )
    return items


# Scales, price points, ladder ---------------------------------------------------------


def _num_text(value: float) -> str:
    return f"{value:g}"


def scale_fraction(
    score: float,
    scale: ScaleKind | str,
    custom: Sequence[ScaleStep] = (),
    *,
    catalogue: Catalogue | None = None,
) -> float:
    """The share of the maximum a score earns (may be negative on the progressive scale).

    Raises `ScoreError` for a score the scale does not have.
    """
    scale = ScaleKind(scale)
    if scale == ScaleKind.ZERO_TEN:
        zt = reference.award(catalogue).zero_ten
        if not zt.min - EPS <= score <= zt.max + EPS:
            raise ScoreError(
                bi(
                    MESSAGES,
                    "score_range",
                    score=_num_text(score),
                    low=_num_text(zt.min),
                    high=_num_text(zt.max),
                )
            )
        return score / zt.max
    if scale == ScaleKind.PROGRESSIVE:
        steps = [(s.score, s.fraction) for s in reference.award(catalogue).progressive]
    else:
        if not custom:
            raise ScoreError(bi(MESSAGES, "custom_empty"))
        steps = [(s.score, s.fraction) for s in custom]
    for step_score, fraction in steps:
        if abs(step_score - score) < EPS:
            return fraction
    allowed = ", ".join(_num_text(s) for s, _ in sorted(steps, reverse=True))
    raise ScoreError(bi(MESSAGES, "score_step", score=_num_text(score), steps=allowed))


def price_points(
    price: float,
    lowest: float,
    *,
    formula: PriceFormula | str,
    max_points: float,
    ceiling: float | None = None,
) -> float:
    """Points for a (evaluated) price, on a scale of 0 to `max_points`.

    relative-lowest: lowest / price x max (the lowest gets the maximum). linear-ceiling:
    linear from the maximum at the lowest price to 0 at the ceiling, 0 above it; without
    a ceiling above the lowest price, the lowest gets the maximum and the others 0.
    """
    formula = PriceFormula(formula)
    if formula == PriceFormula.RELATIVE_LOWEST:
        if price <= 0:
            return max_points
        return max_points * min(lowest / price, 1.0)
    if ceiling is None or ceiling <= lowest:
        return max_points if price <= lowest + EPS else 0.0
    share = (ceiling - price) / (ceiling - lowest)
    return max_points * min(max(share, 0.0), 1.0)


def ladder_discount_pct(
    level: int | None, ladder: Co2Ladder, catalogue: Catalogue | None = None
) -> float:
    """The fictive discount in percent for a certified ladder level (0 when not used)."""
    if not ladder.enabled or not level:
        return 0.0
    versions = reference.award(catalogue).ladder
    if ladder.version not in versions:
        raise ScoreError(bi(MESSAGES, "ladder_version", version=ladder.version))
    levels = versions[ladder.version].levels
    if not 1 <= level <= levels:
        raise ScoreError(
            bi(MESSAGES, "ladder_level", version=ladder.version, levels=levels, level=level)
        )
    if level > len(ladder.discounts_pct):
        raise ScoreError(bi(MESSAGES, "ladder_discount", level=level))
    return float(ladder.discounts_pct[level - 1])


def fictive_price(price: float, quality_value: float, discount_pct: float = 0.0) -> float:
    """Gunnen op waarde: the price less the ladder discount, less the earned quality value."""
    return price * (1 - discount_pct / 100) - quality_value


def check_bids(
    tender: Tender,
    bids: Sequence[Bid],
    file: str,
    catalogue: Catalogue | None = None,
    lang: Lang | str = Lang.EN,
) -> list[Problem]:
    """Problems of the bids against the tender's award model (errors and warnings)."""
    award = tender.award
    items = award_items(tender, catalogue, lang)
    known = {i.id for i in items}
    uses_quality = award.method not in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST)
    problems: list[Problem] = []
    for b, bid in enumerate(bids):
        base = f"bid[{b}]"
        if uses_quality:
            problems += _score_problems(bid, base, items, known, award, file, catalogue, lang)
        try:
            ladder_discount_pct(bid.ladder_level, award.co2_ladder, catalogue)
        except ScoreError as exc:
            problems.append(Problem(file, exc.text.get(lang), path=f"{base}.ladder_level"))
        if award.method == AwardMethod.LOWEST_COST and bid.lcc is None:
            msg = say(MESSAGES, "missing_lcc", lang)
            problems.append(Problem(file, msg, path=f"{base}.lcc", severity="warning"))
        if award.method == AwardMethod.PRICE_QUALITY_RATIO and bid.price_eur <= 0:
            msg = say(MESSAGES, "zero_price", lang)
            problems.append(Problem(file, msg, path=f"{base}.price_eur"))
    return problems


def _score_problems(
    bid: Bid,
    base: str,
    items: list[AwardItem],
    known: set[str],
    award: AwardModel,
    file: str,
    catalogue: Catalogue | None,
    lang: Lang | str,
) -> list[Problem]:
    problems: list[Problem] = []
    for cid, score in bid.scores.items():
        where = f"{base}.scores.{cid}"
        if cid not in known:
            msg = say(
                MESSAGES, "unknown_score", lang, id=cid, known=", ".join(sorted(known)) or "-"
            )
            problems.append(Problem(file, msg, path=where))
            continue
        try:
            scale_fraction(score, award.scale, award.custom_scale, catalogue=catalogue)
        except ScoreError as exc:
            problems.append(Problem(file, exc.text.get(lang), path=where))
    for item in items:
        if item.id not in bid.scores:
            msg = say(MESSAGES, "missing_score", lang, id=item.id)
            problems.append(Problem(file, msg, path=f"{base}.scores"))
    return problems


# Simulation ---------------------------------------------------------------------------


@dataclass
class BidResult:
    """One bid's outcome; `total` is in the method's unit (see SimulationResult.unit)."""

    name: str
    rank: int
    price_eur: float
    fictive_price_eur: float | None
    price_points: float
    quality_points: dict[str, float]  # points, or euros of quality value (value-based)
    total: float
    explanation: list[str]  # one line per step, in the requested language
    evaluated_price_eur: float = 0.0
    ladder_discount_pct: float = 0.0
    lcc: LccResult | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rank": self.rank,
            "price_eur": self.price_eur,
            "ladder_discount_pct": self.ladder_discount_pct,
            "evaluated_price_eur": self.evaluated_price_eur,
            "fictive_price_eur": self.fictive_price_eur,
            "price_points": self.price_points,
            "quality_points": self.quality_points,
            "total": self.total,
            "lcc": self.lcc.to_json() if self.lcc else None,
            "explanation": self.explanation,
        }


@dataclass
class Sensitivity:
    """At which weight the winner would change, other weights rescaled proportionally."""

    item: str  # "price" or criterion id
    weight: float  # current weight
    switch_at: float | None  # weight (0 to the weights' sum) at which the winner changes
    new_winner: str | None
    title: str = ""
    top: float = 100.0
    winner: str = ""

    def text(self, lang: Lang | str) -> str:
        """One readable line."""
        label = self.title or self.item
        if self.switch_at is None:
            return say(
                MESSAGES,
                "s_never",
                lang,
                item=label,
                weight=Pct(self.weight),
                top=Pct(self.top),
                winner=self.winner,
            )
        return say(
            MESSAGES,
            "s_switch",
            lang,
            item=label,
            weight=Pct(self.weight),
            at=Pct(self.switch_at),
            winner=self.new_winner,
        )

    def to_json(self, lang: Lang | str = Lang.EN) -> dict[str, Any]:
        return {
            "item": self.item,
            "title": self.title,
            "weight": self.weight,
            "switch_at": self.switch_at,
            "new_winner": self.new_winner,
            "text": self.text(lang),
        }


@dataclass
class SimulationResult:
    """Ranked bids, the winner and the sensitivity of each weight."""

    method: AwardMethod
    results: list[BidResult]  # best first
    winner: str
    sensitivity: list[Sensitivity]
    higher_is_better: bool = True
    unit: str = "points"  # points | eur | index
    tie: bool = False
    lang: str = "nl"
    items: list[AwardItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "method": str(self.method),
            "unit": self.unit,
            "higher_is_better": self.higher_is_better,
            "winner": self.winner,
            "tie": self.tie,
            "criteria": [
                {"id": i.id, "title": i.title, "weight": i.weight, "own": i.own} for i in self.items
            ],
            "results": [r.to_json() for r in self.results],
            "sensitivity": [s.to_json(self.lang) for s in self.sensitivity],
        }


@dataclass
class _Setup:
    """Everything about the bids that does not depend on the weights."""

    bids: list[Bid]
    items: list[AwardItem]
    award: AwardModel
    fractions: list[list[float | None]]  # bid x item; None = no score
    discount: list[float]
    evaluated: list[float]  # price after the ladder discount
    lcc: list[LccResult | None]
    euro_per_weight: float  # value-based: euros of quality value per weight point
    lcc_inputs: LccInputs | None = None


def _setup(tender: Tender, bids: Sequence[Bid], catalogue: Catalogue | None, lang: str) -> _Setup:
    award = tender.award
    items = award_items(tender, catalogue, lang)
    uses_quality = award.method not in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST)
    fractions: list[list[float | None]] = []
    for bid in bids:
        row: list[float | None] = []
        for item in items:
            score = bid.scores.get(item.id)
            if score is None or not uses_quality:
                row.append(None)
            else:
                row.append(
                    scale_fraction(score, award.scale, award.custom_scale, catalogue=catalogue)
                )
        fractions.append(row)
    discount = [ladder_discount_pct(b.ladder_level, award.co2_ladder, catalogue) for b in bids]
    evaluated = [b.price_eur * (1 - d / 100) for b, d in zip(bids, discount, strict=True)]
    lcc: list[LccResult | None] = [None] * len(bids)
    inputs = award.lcc or default_lcc_inputs(catalogue)
    if award.method == AwardMethod.LOWEST_COST:
        lcc = [life_cycle_cost(b.lcc or LccItem(purchase_eur=b.price_eur), inputs) for b in bids]
    quality_weight = sum(i.weight for i in items)
    per_weight = (award.quality_value_eur or 0.0) / quality_weight if quality_weight > 0 else 0.0
    return _Setup(list(bids), items, award, fractions, discount, evaluated, lcc, per_weight, inputs)


def _quality_weight(weights: Sequence[float]) -> float:
    return sum(weights[1:])


def _scores(s: _Setup, weights: Sequence[float], *, linear: bool = False) -> list[float]:
    """Each bid's figure of merit for the weights [price, item...]; higher is better.

    Linear in `weights` for every method, which the sensitivity analysis relies on. For
    value-based award the quality value Q is split over the items by weight, so the
    fictive price P - Q x sum(f w) / sum(w) is a ratio; multiplied by the (positive,
    common) sum(w) it becomes linear with the same order. Only where every item weight
    is 0 does that product vanish; there, unless `linear`, the price alone decides.
    """
    award, method = s.award, s.award.method
    lowest = min(s.evaluated)
    total_q = _quality_weight(weights)
    out: list[float] = []
    for b in range(len(s.bids)):
        quality = sum((f or 0.0) * w for f, w in zip(s.fractions[b], weights[1:], strict=True))
        if method == AwardMethod.WEIGHTED_POINTS:
            pp = price_points(
                s.evaluated[b],
                lowest,
                formula=award.price_formula,
                max_points=award.max_points,
                ceiling=award.ceiling_price_eur,
            )
            out.append((pp * weights[0] + award.max_points * quality) / 100)
        elif method == AwardMethod.VALUE_BASED:
            if total_q <= EPS and not linear:
                out.append(-s.evaluated[b])
            else:
                value = award.quality_value_eur or 0.0
                out.append(-(s.evaluated[b] * total_q - value * quality))
        elif method == AwardMethod.PRICE_QUALITY_RATIO:
            out.append(quality / max(s.evaluated[b], 0.01))
        elif method == AwardMethod.LOWEST_COST:
            cost = s.lcc[b].total_npv if s.lcc[b] else s.bids[b].price_eur
            out.append(-(cost - s.bids[b].price_eur * s.discount[b] / 100))
        else:
            out.append(-s.evaluated[b])
    return out


def _ranks(merit: Sequence[float]) -> list[int]:
    """Competition ranking (1, 2, 2, 4): equal merit, equal rank."""
    ranks = []
    for m in merit:
        scale = max(1.0, abs(m))
        ranks.append(1 + sum(1 for other in merit if other > m + EPS * scale))
    return ranks


def _weights(s: _Setup) -> list[float]:
    return [s.award.price_weight] + [i.weight for i in s.items]


def _rescaled(weights: Sequence[float], k: int, x: float, top: float) -> list[float]:
    """Weight k set to x; the others rescaled so the sum stays `top`."""
    rest = top - weights[k]
    others = len(weights) - 1
    out = []
    for j, w in enumerate(weights):
        if j == k:
            out.append(x)
        elif rest > EPS:
            out.append(w * (top - x) / rest)
        else:
            out.append((top - x) / others if others else 0.0)
    return out


def _switch_point(s: _Setup, k: int) -> tuple[float | None, int | None, float]:
    """(weight of item k at which the winner changes, index of the new winner, top)."""
    weights = _weights(s)
    top = sum(weights) if sum(weights) > EPS else 100.0
    if len(s.bids) < 2 or len(weights) < 2:
        return None, None, top
    low = _scores(s, _rescaled(weights, k, 0.0, top), linear=True)
    high = _scores(s, _rescaled(weights, k, top, top), linear=True)
    # Without quality weight, value-based and ratio lines all meet: no one overtakes there.
    meet_at_zero = s.award.method in (AwardMethod.VALUE_BASED, AwardMethod.PRICE_QUALITY_RATIO)
    slope = [(h - lo) / top for lo, h in zip(low, high, strict=True)]
    w = weights[k]
    now = [lo + sl * w for lo, sl in zip(low, slope, strict=True)]
    c = max(range(len(now)), key=lambda i: (now[i], -i))
    best: tuple[float, int] | None = None
    for b in range(len(now)):
        if b == c or abs(slope[b] - slope[c]) < EPS * max(1.0, abs(slope[c])):
            continue
        x = w + (now[c] - now[b]) / (slope[b] - slope[c])
        ahead_right = slope[b] > slope[c] and x > w + 1e-7
        ahead_left = slope[b] < slope[c] and x < w - 1e-7
        # at 0 or at the top a crossing is only a tie: there is no "beyond" to win in
        if not (ahead_left or ahead_right) or not 1e-7 < x < top - 1e-7:
            continue
        if meet_at_zero and _quality_weight(_rescaled(weights, k, x, top)) <= 1e-7:
            continue
        # The first bid to overtake on that side; between equal crossings, the one that
        # climbs faster beyond the crossing.
        if best is None or abs(x - w) < abs(best[0] - w) - 1e-9:
            best = (x, b)
        elif abs(abs(x - w) - abs(best[0] - w)) <= 1e-9 and abs(slope[b]) > abs(slope[best[1]]):
            best = (x, b)
    if best is None:
        return _endpoint_switch(s, weights, k, c, top)
    # Round to hundredths away from the current weight, so that at the weight shown the
    # new winner has indeed taken over (plain rounding can land just short of it).
    x = best[0]
    x = math.ceil(x * 100 - 1e-6) / 100 if x > w else math.floor(x * 100 + 1e-6) / 100
    return min(max(x, 0.0), top), best[1], top


def _endpoint_switch(
    s: _Setup, weights: Sequence[float], k: int, current: int, top: float
) -> tuple[float | None, int | None, float]:
    """A change of winner that only happens at 0 or at the top, where a value-based
    model loses all quality and the price alone decides (the lines do not show it)."""
    for x in sorted((0.0, top), key=lambda v: abs(v - weights[k])):
        merit = _scores(s, _rescaled(weights, k, x, top))
        lead = max(merit)
        leaders = [b for b, m in enumerate(merit) if m >= lead - EPS * max(1.0, abs(lead))]
        if len(leaders) == 1 and leaders[0] != current:
            return x, leaders[0], top
    return None, None, top


def _sensitivity(s: _Setup, winner: str, lang: str) -> list[Sensitivity]:
    if s.award.method in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST):
        return []
    titles = [say(MESSAGES, "price_item", lang)] + [f"{i.id} {i.title}".strip() for i in s.items]
    keys = ["price"] + [i.id for i in s.items]
    out = []
    for k, w in enumerate(_weights(s)):
        at, b, top = _switch_point(s, k)
        out.append(
            Sensitivity(
                item=keys[k],
                weight=w,
                switch_at=at,
                new_winner=s.bids[b].name if b is not None else None,
                title=titles[k],
                top=top,
                winner=winner,
            )
        )
    return out


def simulate(
    tender: Tender,
    bids: Sequence[Bid],
    catalogue: Catalogue | None = None,
    lang: Lang | str = Lang.NL,
) -> SimulationResult:
    """Rank `bids` under the tender's award model, explain each, and test each weight.

    Raises `ScoreError` for a score or ladder level the model cannot use (`check_bids`
    reports those with their place in the file first); bids without a score for a
    criterion get 0 for it, and the explanation says so.
    """
    if not bids:
        raise ScoreError(bi(MESSAGES, "no_bids"))
    lang = str(lang)
    s = _setup(tender, bids, catalogue, lang)
    merit = _scores(s, _weights(s))
    ranks = _ranks(merit)
    results = [_result(s, b, merit, ranks[b], lang) for b in range(len(bids))]
    order = sorted(range(len(bids)), key=lambda b: (ranks[b], b))
    results = [results[b] for b in order]
    method = s.award.method
    winner = results[0].name
    return SimulationResult(
        method=method,
        results=results,
        winner=winner,
        sensitivity=_sensitivity(s, winner, lang),
        higher_is_better=method in (AwardMethod.WEIGHTED_POINTS, AwardMethod.PRICE_QUALITY_RATIO),
        unit={
            AwardMethod.WEIGHTED_POINTS: "points",
            AwardMethod.PRICE_QUALITY_RATIO: "index",
        }.get(method, "eur"),
        tie=sum(1 for r in ranks if r == 1) > 1,
        lang=lang,
        items=s.items,
    )


def _price_lines(s: _Setup, b: int, lang: str) -> list[str]:
    bid = s.bids[b]
    lines = [say(MESSAGES, "x_price", lang, price=Eur(bid.price_eur))]
    if s.award.co2_ladder.enabled:
        if s.discount[b] > 0:
            lines.append(
                say(
                    MESSAGES,
                    "x_ladder",
                    lang,
                    level=bid.ladder_level,
                    pct=Pct(s.discount[b]),
                    evaluated=Eur(s.evaluated[b]),
                )
            )
        else:
            lines.append(say(MESSAGES, "x_ladder_none", lang))
    return lines


def _quality_lines(s: _Setup, b: int, lang: str, euros: bool) -> tuple[list[str], dict[str, float]]:
    lines: list[str] = []
    earned: dict[str, float] = {}
    for item, fraction in zip(s.items, s.fractions[b], strict=True):
        if euros:
            top = s.euro_per_weight * item.weight
        else:
            top = s.award.max_points * item.weight / 100
        if fraction is None:
            earned[item.id] = 0.0
            lines.append(say(MESSAGES, "x_quality_missing", lang, id=item.id, title=item.title))
            continue
        earned[item.id] = fraction * top
        score = _num_text(s.bids[b].scores[item.id])
        if euros:
            lines.append(
                say(
                    MESSAGES,
                    "x_quality_value",
                    lang,
                    id=item.id,
                    title=item.title,
                    score=score,
                    pct=Pct(fraction * 100, 1),
                    max=Eur(top),
                    value=Eur(fraction * top),
                )
            )
        else:
            lines.append(
                say(
                    MESSAGES,
                    "x_quality_points",
                    lang,
                    id=item.id,
                    title=item.title,
                    score=score,
                    pct=Pct(fraction * 100, 1),
                    max=Num(top, 2),
                    points=Num(fraction * top, 2),
                )
            )
    return lines, earned


def _result(s: _Setup, b: int, merit: list[float], rank: int, lang: str) -> BidResult:
    """One bid's result and explanation; dispatches on the method."""
    method = s.award.method
    bid = s.bids[b]
    lines = _price_lines(s, b, lang)
    fictive = s.evaluated[b] if s.discount[b] > 0 else None
    price_pts = 0.0
    quality: dict[str, float] = {}
    total = -merit[b]
    if method == AwardMethod.WEIGHTED_POINTS:
        price_pts, line = _price_point_line(s, b, lang)
        lines.append(line)
        qlines, quality = _quality_lines(s, b, lang, euros=False)
        lines += qlines
        total = merit[b]
        lines.append(say(MESSAGES, "x_total_points", lang, total=Num(total, 2), rank=rank))
    elif method == AwardMethod.VALUE_BASED:
        qlines, quality = _quality_lines(s, b, lang, euros=True)
        lines += qlines
        fictive = s.evaluated[b] - sum(quality.values())
        total = fictive
        lines.append(
            say(
                MESSAGES,
                "x_fictive",
                lang,
                evaluated=Eur(s.evaluated[b]),
                value=Eur(sum(quality.values())),
                fictive=Eur(fictive),
                rank=rank,
            )
        )
    elif method == AwardMethod.PRICE_QUALITY_RATIO:
        qlines, quality = _quality_lines(s, b, lang, euros=False)
        lines += qlines
        best = max(merit)
        total = 100 * merit[b] / best if best > 0 else 0.0
        lines.append(
            say(
                MESSAGES,
                "x_ratio",
                lang,
                quality=Num(sum(quality.values()), 2),
                evaluated=Eur(s.evaluated[b]),
                ratio=Num(1000 * sum(quality.values()) / max(s.evaluated[b], 0.01), 4),
                index=Num(total, 1),
                rank=rank,
            )
        )
    elif method == AwardMethod.LOWEST_COST:
        lines += _lcc_lines(s, b, lang, rank, -merit[b])
    else:
        lines.append(say(MESSAGES, "x_rank_price", lang, evaluated=Eur(s.evaluated[b]), rank=rank))
    return BidResult(
        name=bid.name,
        rank=rank,
        price_eur=bid.price_eur,
        fictive_price_eur=fictive,
        price_points=price_pts,
        quality_points=quality,
        total=total,
        explanation=lines,
        evaluated_price_eur=s.evaluated[b],
        ladder_discount_pct=s.discount[b],
        lcc=s.lcc[b],
    )


def _price_point_line(s: _Setup, b: int, lang: str) -> tuple[float, str]:
    award = s.award
    lowest = min(s.evaluated)
    top = award.max_points * award.price_weight / 100
    pts = price_points(
        s.evaluated[b],
        lowest,
        formula=award.price_formula,
        max_points=top,
        ceiling=award.ceiling_price_eur,
    )
    fields = {
        "lowest": Eur(lowest),
        "evaluated": Eur(s.evaluated[b]),
        "max": Num(top, 2),
        "points": Num(pts, 2),
    }
    if award.price_formula == PriceFormula.RELATIVE_LOWEST:
        return pts, say(MESSAGES, "x_price_relative", lang, **fields)
    ceiling = award.ceiling_price_eur
    if ceiling is not None and s.evaluated[b] > ceiling:
        return pts, say(MESSAGES, "x_price_over_ceiling", lang, ceiling=Eur(ceiling))
    return pts, say(
        MESSAGES, "x_price_linear", lang, ceiling=Eur(ceiling if ceiling else lowest), **fields
    )


def _lcc_lines(s: _Setup, b: int, lang: str, rank: int, cost: float) -> list[str]:
    result = s.lcc[b]
    inputs = s.lcc_inputs or default_lcc_inputs()
    lines = []
    if s.bids[b].lcc is None:
        lines.append(say(MESSAGES, "missing_lcc", lang))
    if result is not None:
        lines.append(
            say(
                MESSAGES,
                "x_lcc",
                lang,
                years=inputs.years,
                co2_t=Num(result.co2_t, 1),
                co2=Eur(inputs.co2_price_eur_t),
                npv=Eur(result.total_npv, 0),
            )
        )
    if s.discount[b] > 0:
        lines.append(
            say(
                MESSAGES,
                "x_lcc_ladder",
                lang,
                pct=Pct(s.discount[b]),
                discount=Eur(s.bids[b].price_eur * s.discount[b] / 100),
                cost=Eur(cost, 0),
            )
        )
    lines.append(say(MESSAGES, "x_rank_cost", lang, cost=Eur(cost, 0), rank=rank))
    return lines
