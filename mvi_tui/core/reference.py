"""Typed access to the dated reference tables in `ambitions/reference/*.toml`.

The engine's numbers (thresholds, value bands, time limits, ladder discounts, LCC
defaults, SROI rule, priority weights) are data that changes with the law and with
policy, so they live in TOML that a procurement professional can review; this module
validates each table into a model once, so a typo in a table is reported with the file
and the field instead of surfacing as a wrong number somewhere in the engine.

Without a catalogue the tables are read from the built-in catalogue folder directly, so
`mvi advise` works even while product group files are being edited.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mvi_tui.core.catalogue import Catalogue, builtin_root
from mvi_tui.core.enums import ContractType, Procedure
from mvi_tui.core.problems import InputError, Problem, loc_to_path
from mvi_tui.core.text import Text
from mvi_tui.core.tomlio import read_toml


class Ref(BaseModel):
    """Base of the reference models: strict, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class RefMeta(Ref):
    """When a table was last checked and where its figures come from."""

    updated: date
    source: Text


# thresholds.toml ---------------------------------------------------------------------


class ThresholdPeriod(Ref):
    """The EU thresholds of one two-year period."""

    id: str
    from_: date = Field(alias="from")
    until: date
    regulation: str
    utilities_supplies_services: float = Field(gt=0)
    central: dict[ContractType, float]
    sub_central: dict[ContractType, float]


class ThresholdTable(Ref):
    meta: RefMeta
    period: list[ThresholdPeriod] = Field(min_length=1)


# value_bands.toml --------------------------------------------------------------------


class BandRow(Ref):
    """A national value band; without `max_eur` it runs up to the EU threshold."""

    contract_type: ContractType
    max_eur: float | None = Field(default=None, gt=0)
    procedure: Procedure


class BandTable(Ref):
    meta: RefMeta
    fallback: Procedure
    band: list[BandRow]


# procedures.toml ---------------------------------------------------------------------


class ProcedureInfo(Ref):
    """Name, weight class and codes of one procedure."""

    code: Procedure
    eu: bool
    rank: int
    ocds: str
    eforms: str
    name: Text
    when: Text


class ProcedureTable(Ref):
    meta: RefMeta
    procedure: list[ProcedureInfo]

    def get(self, code: Procedure) -> ProcedureInfo:
        """The row of `code` (every Procedure has one; a test checks it)."""
        return next(p for p in self.procedure if p.code == code)


# time_limits.toml --------------------------------------------------------------------


class LimitRow(Ref):
    """One minimum time limit for some procedures."""

    code: str
    procedures: list[Procedure] = Field(min_length=1)
    days: int = Field(ge=0, le=365)
    legal: bool
    from_: str = Field(alias="from")
    text: Text


class TimetableSettings(Ref):
    apply_electronic_reduction: bool = False


class TimeLimitTable(Ref):
    meta: RefMeta
    timetable: TimetableSettings = TimetableSettings()
    limit: list[LimitRow]

    def for_procedure(self, procedure: Procedure) -> list[LimitRow]:
        """The limits that apply to `procedure`, in table order."""
        return [row for row in self.limit if procedure in row.procedures]

    def days(self, procedure: Procedure, code: str) -> int | None:
        """Days of limit `code` for `procedure`, or None when it does not apply."""
        row = next((r for r in self.for_procedure(procedure) if r.code == code), None)
        return row.days if row else None


# award.toml --------------------------------------------------------------------------


class LadderVersion(Ref):
    levels: int = Field(ge=1, le=10)
    discounts_pct: list[float]
    sanction_factor: float = Field(ge=0)
    note: Text


class ScaleStepRef(Ref):
    score: float
    fraction: float = Field(ge=-1, le=1)
    label: Text


class ZeroTen(Ref):
    min: float
    max: float = Field(gt=0)


class WeightRange(Ref):
    min: float
    max: float


class AwardGuidance(Ref):
    circular_price_weight: WeightRange


class AwardTable(Ref):
    meta: RefMeta
    ladder: dict[str, LadderVersion]
    zero_ten: ZeroTen
    progressive: list[ScaleStepRef] = Field(min_length=2)
    guidance: AwardGuidance


# lcc.toml ----------------------------------------------------------------------------


class LccDefaults(Ref):
    years: int = Field(ge=1, le=100)
    discount_rate_pct: float
    energy_price_eur_kwh: float
    energy_price_change_pct: float
    grid_kg_co2_kwh: float


class Co2Price(Ref):
    eur_per_t: float = Field(ge=0)
    date: date
    source: Text


class LccTable(Ref):
    meta: RefMeta
    defaults: LccDefaults
    co2_price: Co2Price


# sroi.toml ---------------------------------------------------------------------------


class SroiRule(Ref):
    contract_types: list[ContractType]
    min_value_eur: float = Field(ge=0)
    min_months: int = Field(ge=0)
    default_pct: float = Field(ge=0, le=100)


class Placement(Ref):
    id: str
    value_eur: float = Field(ge=0)
    name: Text


class SroiTable(Ref):
    meta: RefMeta
    rule: SroiRule
    placement: list[Placement] = []


# priorities.toml ---------------------------------------------------------------------


class PriorityWeights(Ref):
    impact: float = Field(ge=0)
    influence: float = Field(ge=0)


class InfluenceWeights(Ref):
    volume: float = Field(ge=0)
    market_position: float = Field(ge=0)
    innovation_need: float = Field(ge=0)
    timing: float = Field(ge=0)


class TimingScores(Ref):
    soon_months: int = Field(ge=0)
    soon: float
    later: float
    unknown: float
    started: float


class LevelCutoffs(Ref):
    ambitieus_from: float
    ambitieus_innovation_min: int = Field(ge=1, le=5)
    significant_from: float


class PriorityTable(Ref):
    meta: RefMeta
    weights: PriorityWeights
    influence: InfluenceWeights
    timing: TimingScores
    levels: LevelCutoffs


TABLES: dict[str, type[Ref]] = {
    "thresholds": ThresholdTable,
    "value_bands": BandTable,
    "procedures": ProcedureTable,
    "time_limits": TimeLimitTable,
    "award": AwardTable,
    "lcc": LccTable,
    "sroi": SroiTable,
    "priorities": PriorityTable,
}

M = TypeVar("M", bound=Ref)


@lru_cache(maxsize=32)
def _builtin_raw(root: str, name: str) -> dict[str, Any]:
    return read_toml(Path(root) / "reference" / f"{name}.toml")


_parsed: dict[tuple[int, str], Ref] = {}


def _parse(model: type[M], data: dict[str, Any], file: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(
            [Problem(file, e["msg"], path=loc_to_path(e["loc"])) for e in exc.errors()]
        ) from None


def table(name: str, model: type[M], catalogue: Catalogue | None = None) -> M:
    """The reference table `name` as `model`; raises `InputError` when it is broken."""
    if catalogue is None:
        root = str(builtin_root())
        key = (0, f"{root}/{name}")
        if key not in _parsed:
            file = str(Path(root) / "reference" / f"{name}.toml")
            _parsed[key] = _parse(model, _builtin_raw(root, name), file)
        return _parsed[key]  # type: ignore[return-value]
    key = (id(catalogue), f"{catalogue.root}/{name}")
    cached = _parsed.get(key)
    if cached is None:
        file = str(catalogue.root / "reference" / f"{name}.toml")
        cached = _parse(model, catalogue.reference(name), file)
        _parsed[key] = cached
    return cached  # type: ignore[return-value]


def thresholds(catalogue: Catalogue | None = None) -> ThresholdTable:
    return table("thresholds", ThresholdTable, catalogue)


def value_bands(catalogue: Catalogue | None = None) -> BandTable:
    return table("value_bands", BandTable, catalogue)


def procedures(catalogue: Catalogue | None = None) -> ProcedureTable:
    return table("procedures", ProcedureTable, catalogue)


def time_limits(catalogue: Catalogue | None = None) -> TimeLimitTable:
    return table("time_limits", TimeLimitTable, catalogue)


def award(catalogue: Catalogue | None = None) -> AwardTable:
    return table("award", AwardTable, catalogue)


def lcc(catalogue: Catalogue | None = None) -> LccTable:
    return table("lcc", LccTable, catalogue)


def sroi(catalogue: Catalogue | None = None) -> SroiTable:
    return table("sroi", SroiTable, catalogue)


def priorities(catalogue: Catalogue | None = None) -> PriorityTable:
    return table("priorities", PriorityTable, catalogue)


def check_all(catalogue: Catalogue | None = None) -> list[Problem]:
    """Every problem in the reference tables (for `catalog validate` and the tests)."""
    problems: list[Problem] = []
    for name, model in TABLES.items():
        try:
            table(name, model, catalogue)
        except InputError as exc:
            problems.extend(exc.problems)
    return problems
