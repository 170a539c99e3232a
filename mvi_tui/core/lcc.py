"""Life-cycle cost (TCO): what a purchase costs over its life, in money and in CO2.

Bids that are cheap to buy can be expensive to run; the lowest-cost award method and
LCC sub-criteria compare bids on the whole life instead. The calculation is deliberately
plain so a committee can redo it by hand: year 0 holds purchase and installation, years
1..N energy (kWh x price, the price changing by a fixed percentage a year) and
maintenance, year N also end-of-life cost (negative for a residual value). Emissions
are priced with a shadow price per tonne; every cost is discounted to a net present value
with a fixed rate.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from mvi_tui.core import reference
from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.plan import LccInputs

MAX_EUR = 1e13


class LccItem(BaseModel):
    """The life-cycle figures of one bid or option (as in a bids file's [bid.lcc])."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    purchase_eur: float = Field(ge=0, le=MAX_EUR, description="Purchase price, year 0.")
    installation_eur: float = Field(default=0, ge=0, le=MAX_EUR, description="One-off, year 0.")
    energy_kwh_per_year: float = Field(default=0, ge=0, le=1e12, description="Energy use a year.")
    maintenance_eur_per_year: float = Field(
        default=0, ge=0, le=MAX_EUR, description="Maintenance and other running costs a year."
    )
    end_of_life_eur: float = Field(
        default=0,
        ge=-MAX_EUR,
        le=MAX_EUR,
        description="Cost at the end of the period; negative for a residual value.",
    )
    co2_t_per_year: float | None = Field(
        default=None,
        ge=0,
        le=1e9,
        description="Emissions a year in tonnes CO2-eq; default: energy x grid factor.",
    )


@dataclass(frozen=True)
class LccYear:
    """One row of the yearly table."""

    year: int
    purchase_eur: float
    installation_eur: float
    energy_kwh: float
    energy_price_eur_kwh: float
    energy_eur: float
    maintenance_eur: float
    end_of_life_eur: float
    co2_t: float
    co2_eur: float
    total_eur: float  # all costs of the year, CO2 priced in
    discount_factor: float
    present_value_eur: float


@dataclass(frozen=True)
class LccResult:
    """The yearly table and the totals; totals include the priced CO2 unless named `_excl`."""

    years: list[LccYear]
    total_nominal: float
    total_npv: float
    co2_t: float
    co2_cost_eur: float  # nominal
    co2_cost_npv_eur: float
    total_nominal_excl_co2: float
    total_npv_excl_co2: float

    def to_json(self) -> dict[str, object]:
        """Plain data for JSON outputs."""
        return {
            "total_nominal": self.total_nominal,
            "total_npv": self.total_npv,
            "co2_t": self.co2_t,
            "co2_cost_eur": self.co2_cost_eur,
            "co2_cost_npv_eur": self.co2_cost_npv_eur,
            "total_nominal_excl_co2": self.total_nominal_excl_co2,
            "total_npv_excl_co2": self.total_npv_excl_co2,
            "years": [y.__dict__ for y in self.years],
        }


def default_lcc_inputs(catalogue: Catalogue | None = None) -> LccInputs:
    """LCC parameters from `reference/lcc.toml` (the dated shadow CO2 price included)."""
    ref = reference.lcc(catalogue)
    d = ref.defaults
    return LccInputs(
        years=d.years,
        discount_rate_pct=d.discount_rate_pct,
        energy_price_eur_kwh=d.energy_price_eur_kwh,
        energy_price_change_pct=d.energy_price_change_pct,
        co2_price_eur_t=ref.co2_price.eur_per_t,
        grid_kg_co2_kwh=d.grid_kg_co2_kwh,
    )


def _year(item: LccItem, inputs: LccInputs, t: int) -> LccYear:
    """Costs of year `t` (0 = purchase), undiscounted and discounted."""
    running = t >= 1
    price = inputs.energy_price_eur_kwh * (1 + inputs.energy_price_change_pct / 100) ** max(
        t - 1, 0
    )
    kwh = item.energy_kwh_per_year if running else 0.0
    if not running:
        co2 = 0.0
    elif item.co2_t_per_year is not None:
        co2 = item.co2_t_per_year
    else:
        co2 = kwh * inputs.grid_kg_co2_kwh / 1000
    energy = kwh * price
    maintenance = item.maintenance_eur_per_year if running else 0.0
    end = item.end_of_life_eur if t == inputs.years else 0.0
    co2_eur = co2 * inputs.co2_price_eur_t
    purchase = item.purchase_eur if t == 0 else 0.0
    install = item.installation_eur if t == 0 else 0.0
    total = purchase + install + energy + maintenance + end + co2_eur
    factor = 1 / (1 + inputs.discount_rate_pct / 100) ** t
    return LccYear(
        year=t,
        purchase_eur=purchase,
        installation_eur=install,
        energy_kwh=kwh,
        energy_price_eur_kwh=price if running else 0.0,
        energy_eur=energy,
        maintenance_eur=maintenance,
        end_of_life_eur=end,
        co2_t=co2,
        co2_eur=co2_eur,
        total_eur=total,
        discount_factor=factor,
        present_value_eur=total * factor,
    )


def life_cycle_cost(item: LccItem, inputs: LccInputs) -> LccResult:
    """The yearly table (year 0 to `inputs.years`) and its totals."""
    years = [_year(item, inputs, t) for t in range(inputs.years + 1)]
    co2_npv = sum(y.co2_eur * y.discount_factor for y in years)
    total_npv = sum(y.present_value_eur for y in years)
    co2_cost = sum(y.co2_eur for y in years)
    total = sum(y.total_eur for y in years)
    return LccResult(
        years=years,
        total_nominal=total,
        total_npv=total_npv,
        co2_t=sum(y.co2_t for y in years),
        co2_cost_eur=co2_cost,
        co2_cost_npv_eur=co2_npv,
        total_nominal_excl_co2=total - co2_cost,
        total_npv_excl_co2=total_npv - co2_npv,
    )
