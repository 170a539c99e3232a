"""The plan file: organisation, ambitions, strategic procurement plan and tender drafts.

One plan file carries the whole flow of the wizard. Every field has a description: it
is the help text the wizard (F1), the prompt mode and `mvi schema` show. The models are
strict about unknown keys (a typo is reported, not silently dropped) and about values,
so that a plan that validates can always be exported.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    field_validator,
    model_validator,
)

from mvi_tui import __version__
from mvi_tui.core.enums import (
    AwardMethod,
    ContractType,
    CriterionType,
    Lang,
    Level,
    OrgKind,
    PriceFormula,
    Procedure,
    ScaleKind,
    TargetMetric,
    Theme,
)

SCHEMA_VERSION = 1
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
MAX_TEXT = 20_000
MAX_EUR = 1e13  # ten trillion euros: far above any real contract, below float trouble


def _level_in(value: Any) -> Any:
    """Accept `basis`/`significant`/`ambitieus` (and English `basic`, `ambitious`) or 1-3."""
    if isinstance(value, str):
        key = value.strip().lower()
        names = {
            "basis": 1,
            "basic": 1,
            "1": 1,
            "significant": 2,
            "2": 2,
            "ambitieus": 3,
            "ambitious": 3,
            "3": 3,
        }
        if key in names:
            return names[key]
        raise ValueError("must be basis, significant or ambitieus")
    if isinstance(value, bool):
        raise ValueError("must be basis, significant or ambitieus")
    return value


PlanLevel = Annotated[
    Level,
    BeforeValidator(_level_in),
    PlainSerializer(lambda v: Level(v).key, return_type=str, when_used="always"),
    Field(json_schema_extra={"enum": ["basis", "significant", "ambitieus"]}),
]


def _compact(value: float) -> float | int:
    """Write 4500000.0 as 4500000 so plan files read naturally."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


_Compact = PlainSerializer(_compact, when_used="always")
Num = Annotated[float, _Compact]
Euro = Annotated[float, Field(ge=0, le=MAX_EUR), _Compact]
Percent = Annotated[float, Field(ge=0, le=100), _Compact]
ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]


class Model(BaseModel):
    """Base for plan models: unknown keys are errors, assignment is validated (wizard edits)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


class Meta(Model):
    """Versions the plan was written with; used to migrate and to flag catalogue changes."""

    schema_version: int = Field(
        default=SCHEMA_VERSION,
        ge=1,
        le=SCHEMA_VERSION,
        description="Version of the plan file format.",
    )
    catalogue_version: str = Field(
        default="",
        max_length=40,
        description="Version of the criteria catalogue the plan was made with.",
    )
    tool_version: str = Field(
        default=__version__,
        max_length=40,
        description="Version of mvi-tui that last saved the plan.",
    )


class ValueBand(Model):
    """A national value band below the EU threshold: up to `max_eur` use `procedure`."""

    contract_type: ContractType = Field(description="Contract type the band applies to.")
    max_eur: Euro = Field(description="Upper bound (exclusive) of the band in euros, excl. VAT.")
    procedure: Procedure = Field(description="Procedure advised below that bound.")


class Organisation(Model):
    """The contracting authority."""

    name: ShortText = Field(
        default="", description="Name of the organisation, e.g. Gemeente Utrecht."
    )
    kind: OrgKind = Field(
        default=OrgKind.GEMEENTE,
        description="Kind of authority: gemeente, provincie, waterschap, rijk or other. Decides the EU threshold (central or sub-central).",
    )
    yearly_spend_eur: Euro = Field(
        default=0, description="Total yearly procurement spend in euros, excl. VAT."
    )
    language: Lang = Field(
        default=Lang.NL, description="Language of the organisation's documents (nl or en)."
    )
    co2_baseline_t: Num | None = Field(
        default=None,
        ge=0,
        le=1e9,
        description="Optional CO2-eq baseline of the procurement spend in tonnes, for the co2-reduction target.",
    )
    value_bands: list[ValueBand] = Field(
        default_factory=list,
        description="Own national value bands below the EU threshold (Gids Proportionaliteit); empty means the default table.",
    )


class Target(Model):
    """A concrete, dated target for one theme."""

    metric: TargetMetric = Field(
        description="What the target measures (procurement-share, spend-share, level-share, award-share, circular-share, co2-reduction, isv-coverage, sroi-percent, custom)."
    )
    value: Num = Field(ge=0, le=100, description="Target value in percent.")
    year: int = Field(ge=2000, le=2100, description="Year by which the target should be met.")
    description: ShortText = Field(default="", description="The target in words.")


class ThemeAmbition(Model):
    """The organisation's ambition for one theme."""

    level: PlanLevel = Field(
        default=Level.BASIS,
        description="Default ambition level for this theme: basis, significant or ambitieus.",
    )
    targets: list[Target] = Field(default_factory=list, description="Concrete targets with a year.")
    note: LongText = Field(default="", description="Why this ambition; context for buyers.")


class Ambitions(Model):
    """Ambitions per MVOI theme."""

    preset: str = Field(
        default="",
        max_length=64,
        description="Id of the preset the ambitions started from, if any.",
    )
    themes: dict[Theme, ThemeAmbition] = Field(
        default_factory=dict,
        description="Ambition per theme; a theme that is missing has no ambition.",
    )


class Lot(Model):
    """A lot (perceel) of a procurement."""

    id: str = Field(pattern=ID_PATTERN, description="Stable id of the lot.")
    title: ShortText = Field(description="Title of the lot.")
    value_eur: Euro = Field(
        default=0, description="Estimated value of the lot in euros, excl. VAT."
    )


class ChosenCriterion(Model):
    """A catalogue criterion chosen for a tender, with the buyer's edits."""

    id: str = Field(min_length=1, max_length=80, description="Catalogue id of the criterion.")
    text: LongText = Field(
        default="", description="The buyer's own wording; empty keeps the catalogue text."
    )
    parameters: dict[str, float | int | str] = Field(
        default_factory=dict, description="Values for the {parameters} in the text."
    )
    weight: Percent | None = Field(default=None, description="Weight in percent (award criteria).")
    lot: str = Field(
        default="", max_length=64, description="Lot the criterion applies to; empty for all lots."
    )


class OwnCriterion(Model):
    """A criterion the buyer wrote, not from the catalogue."""

    id: str = Field(pattern=ID_PATTERN, description="Own id, e.g. eigen-1.")
    type: CriterionType = Field(
        description="geschiktheidseis, selectiecriterium, eis, gunningscriterium or contractbepaling."
    )
    level: PlanLevel = Field(default=Level.BASIS, description="Ambition level of the criterion.")
    themes: list[Theme] = Field(default_factory=list, description="Themes the criterion serves.")
    title: ShortText = Field(min_length=1, description="Short title.")
    text: LongText = Field(min_length=1, description="Text as it stands in the tender document.")
    verification: LongText = Field(default="", description="Means of proof.")
    scoring: LongText = Field(default="", description="Scoring guide (award criteria).")
    weight: Percent | None = Field(default=None, description="Weight in percent (award criteria).")


class ScaleStep(Model):
    """One step of a custom scoring scale."""

    score: Num = Field(ge=-100, le=100, description="The score a committee gives.")
    fraction: Num = Field(
        ge=-1, le=1, description="Share of the maximum points or value it earns (e.g. 0.6)."
    )
    label: ShortText = Field(default="", description="What the step means, e.g. 'good'.")


class Co2Ladder(Model):
    """CO2-Prestatieladder: a fictive discount on the bid price per certified level."""

    enabled: StrictBool = Field(
        default=False, description="Use the CO2 Performance Ladder in the award."
    )
    version: str = Field(
        default="3.1",
        pattern=r"^(3\.1|4\.0)$",
        description="Ladder version: 3.1 (levels 1-5) or 4.0 (treden 1-3).",
    )
    discounts_pct: list[Percent] = Field(
        default_factory=lambda: [1.0, 2.0, 4.0, 7.0, 10.0],
        max_length=5,
        description="Fictive discount in percent per level (3.1: five levels; 4.0: three treden, chosen by the buyer).",
    )
    sanction_factor: Num = Field(
        default=1.5,
        ge=0,
        le=10,
        description="Sanction when the promised level is not reached, times the discount received.",
    )


class LccInputs(Model):
    """Life-cycle cost (TCO) parameters of the tender."""

    years: int = Field(
        default=10, ge=1, le=100, description="Period over which costs are counted, in years."
    )
    discount_rate_pct: Num = Field(
        default=2.25,
        ge=0,
        le=50,
        description="Discount rate for the net present value, in percent per year.",
    )
    energy_price_eur_kwh: Num = Field(
        default=0.25, ge=0, le=100, description="Energy price in euros per kWh in the first year."
    )
    energy_price_change_pct: Num = Field(
        default=2.0, ge=-50, le=100, description="Yearly change of the energy price, in percent."
    )
    co2_price_eur_t: Num = Field(
        default=150.0, ge=0, le=10_000, description="Shadow price of CO2 in euros per tonne."
    )
    grid_kg_co2_kwh: Num = Field(
        default=0.27, ge=0, le=5, description="Emission factor of electricity in kg CO2-eq per kWh."
    )


class AwardModel(Model):
    """How bids are compared: method, price weight, scale and the instruments around them."""

    method: AwardMethod = Field(
        default=AwardMethod.WEIGHTED_POINTS,
        description="weighted-points, value-based (gunnen op waarde), price-quality-ratio, lowest-cost or lowest-price.",
    )
    price_weight: Percent = Field(
        default=40,
        description="Weight of price in percent; quality weights make up the rest to 100.",
    )
    price_formula: PriceFormula = Field(
        default=PriceFormula.RELATIVE_LOWEST,
        description="relative-lowest (lowest bid / bid x max) or linear-ceiling (linear between the lowest bid and the ceiling price).",
    )
    ceiling_price_eur: Euro | None = Field(
        default=None,
        description="Ceiling price (plafondprijs) in euros; needed for linear-ceiling.",
    )
    max_points: Num = Field(
        default=100,
        gt=0,
        le=10_000,
        description="Maximum total points in the weighted-points method.",
    )
    quality_value_eur: Euro | None = Field(
        default=None,
        description="Value-based method: the euro value of a perfect quality score; each sub-criterion gets its weight's share.",
    )
    scale: ScaleKind = Field(
        default=ScaleKind.ZERO_TEN,
        description="Scoring scale: 0-10, progressive (0/25/60/100% and -50%) or custom.",
    )
    custom_scale: list[ScaleStep] = Field(
        default_factory=list, description="Steps of a custom scale."
    )
    co2_ladder: Co2Ladder = Field(
        default_factory=Co2Ladder, description="CO2 Performance Ladder fictive discount."
    )
    lcc: LccInputs | None = Field(
        default=None,
        description="Life-cycle cost parameters (lowest-cost method or an LCC sub-criterion).",
    )
    motivation: LongText = Field(
        default="",
        description="Why lowest price or lowest cost is used instead of best price-quality ratio (Aw 2.114).",
    )


class Timetable(Model):
    """Key dates of the procedure; the engine drafts them from the minimum time limits."""

    publication: date | None = Field(
        default=None, description="Publication of the notice on TenderNed."
    )
    questions_deadline: date | None = Field(default=None, description="Last day to ask questions.")
    nvi: date | None = Field(
        default=None, description="Nota van Inlichtingen (answers to questions)."
    )
    submission_deadline: date | None = Field(
        default=None, description="Deadline for bids or requests to participate."
    )
    award_intended: date | None = Field(default=None, description="Intended award decision.")
    standstill_end: date | None = Field(
        default=None, description="End of the standstill period (Alcatel)."
    )
    contract_start: date | None = Field(default=None, description="Start of the contract.")


class Tender(Model):
    """The draft of one tender: procedure, criteria, award model, dates and notes."""

    procedure: Procedure | None = Field(
        default=None, description="Chosen procedure; empty takes the engine's advice."
    )
    procedure_reason: LongText = Field(default="", description="Why this procedure.")
    lots_reason: LongText = Field(
        default="", description="Why the contract is (not) split into lots."
    )
    criteria: list[ChosenCriterion] = Field(
        default_factory=list, description="Criteria chosen from the catalogue."
    )
    own_criteria: list[OwnCriterion] = Field(
        default_factory=list, description="Criteria written by the buyer."
    )
    award: AwardModel = Field(default_factory=AwardModel, description="The award model.")
    timetable: Timetable = Field(default_factory=Timetable, description="Key dates.")
    bonus_malus: LongText = Field(
        default="", description="Bonus/malus or other performance incentives."
    )
    notes: LongText = Field(default="", description="Notes on this tender.")

    @model_validator(mode="after")
    def _unique_ids(self) -> Tender:
        seen: set[tuple[str, str]] = set()
        for c in self.criteria:
            key = (c.id, c.lot)
            if key in seen:
                raise ValueError(f"criterion {c.id} is chosen twice")
            seen.add(key)
        own = [c.id for c in self.own_criteria]
        dups = {i for i in own if own.count(i) > 1}
        if dups:
            raise ValueError(f"own criterion id {sorted(dups)[0]} is used twice")
        return self


class Influence(Model):
    """How much the organisation can move the market with this procurement (1 low - 5 high)."""

    market_position: int = Field(
        default=3,
        ge=1,
        le=5,
        description="Position of the organisation in this market (1 small buyer - 5 dominant buyer).",
    )
    innovation_need: int = Field(
        default=3, ge=1, le=5, description="Need and room for innovation (1 none - 5 high)."
    )


class Procurement(Model):
    """A planned procurement in the strategic procurement plan."""

    id: str = Field(pattern=ID_PATTERN, description="Stable id; used in file names of exports.")
    title: ShortText = Field(min_length=1, description="Title of the procurement.")
    product_group: str = Field(
        min_length=1, max_length=80, description="Product group id from the catalogue."
    )
    contract_type: ContractType = Field(description="works, supplies, services or social-services.")
    value_eur: Euro = Field(
        description="Estimated value of the whole term including options, in euros excl. VAT."
    )
    start: date | None = Field(default=None, description="Planned start of the contract.")
    duration_months: int = Field(
        default=12, ge=1, le=600, description="Term of the contract in months, without options."
    )
    options_months: int = Field(default=0, ge=0, le=600, description="Extension options in months.")
    description: LongText = Field(default="", description="Scope of the procurement.")
    lots: list[Lot] = Field(
        default_factory=list, description="Lots (percelen), if the contract is split."
    )
    level: PlanLevel | None = Field(
        default=None, description="Chosen ambition level; empty takes the proposed level."
    )
    influence: Influence = Field(
        default_factory=Influence, description="Influence on the market, for the priority."
    )
    tender: Tender | None = Field(
        default=None, description="The tender draft, once the buyer starts drafting."
    )

    @field_validator("lots")
    @classmethod
    def _unique_lots(cls, lots: list[Lot]) -> list[Lot]:
        ids = [lot.id for lot in lots]
        if len(ids) != len(set(ids)):
            raise ValueError("lot ids must be unique")
        return lots


class Notes(Model):
    """Consultant notes per step of the wizard, kept with the plan."""

    organisation: LongText = Field(default="", description="Notes on the organisation step.")
    ambitions: LongText = Field(default="", description="Notes on the ambitions step.")
    plan: LongText = Field(default="", description="Notes on the procurement plan step.")
    criteria: LongText = Field(default="", description="Notes on the criteria step.")
    award: LongText = Field(default="", description="Notes on the award model step.")
    export: LongText = Field(default="", description="Notes on the review and export step.")
    print_in_export: StrictBool = Field(
        default=False, description="Print the notes as an annex of the exported specification."
    )


class Plan(Model):
    """A whole plan file."""

    meta: Meta = Field(default_factory=Meta, description="Versions.")
    organisation: Organisation = Field(
        default_factory=Organisation, description="The contracting authority."
    )
    ambitions: Ambitions = Field(default_factory=Ambitions, description="Ambitions per theme.")
    procurements: list[Procurement] = Field(
        default_factory=list, description="The strategic procurement plan."
    )
    notes: Notes = Field(default_factory=Notes, description="Consultant notes per step.")

    @field_validator("procurements")
    @classmethod
    def _unique_ids(cls, items: list[Procurement]) -> list[Procurement]:
        ids = [p.id for p in items]
        dups = sorted({i for i in ids if ids.count(i) > 1})
        if dups:
            raise ValueError(f"procurement id {dups[0]} is used twice")
        return items

    def procurement(self, pid: str) -> Procurement | None:
        """The procurement with id `pid`, if any."""
        return next((p for p in self.procurements if p.id == pid), None)

    def tenders(self) -> list[Procurement]:
        """Procurements that have a tender draft."""
        return [p for p in self.procurements if p.tender is not None]
