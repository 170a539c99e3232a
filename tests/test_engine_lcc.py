"""Life-cycle cost: a hand-worked two-year example and the edges."""

from __future__ import annotations

import pytest

from mvi_tui.core.lcc import LccItem, default_lcc_inputs, life_cycle_cost
from mvi_tui.core.plan import LccInputs

INPUTS = LccInputs(
    years=2,
    discount_rate_pct=10,
    energy_price_eur_kwh=0.2,
    energy_price_change_pct=10,
    co2_price_eur_t=100,
    grid_kg_co2_kwh=0.5,
)
ITEM = LccItem(
    purchase_eur=1000,
    installation_eur=100,
    energy_kwh_per_year=1000,
    maintenance_eur_per_year=50,
    end_of_life_eur=-100,
)


def test_hand_calculation():
    # year 0: 1000 + 100 = 1100
    # year 1: energy 1000 x 0.20 = 200, maintenance 50, CO2 0.5 t x 100 = 50 -> 300 / 1.1
    # year 2: energy 1000 x 0.22 = 220, maintenance 50, CO2 50, residual -100 -> 220 / 1.21
    result = life_cycle_cost(ITEM, INPUTS)
    assert [round(y.total_eur, 6) for y in result.years] == [1100, 300, 220]
    assert result.years[2].energy_price_eur_kwh == pytest.approx(0.22)
    assert result.total_nominal == pytest.approx(1620)
    assert result.total_npv == pytest.approx(1100 + 300 / 1.1 + 220 / 1.21)
    assert result.co2_t == pytest.approx(1.0)
    assert result.co2_cost_eur == pytest.approx(100)
    assert result.co2_cost_npv_eur == pytest.approx(50 / 1.1 + 50 / 1.21)
    assert result.total_nominal_excl_co2 == pytest.approx(1520)
    assert result.total_npv_excl_co2 == pytest.approx(result.total_npv - result.co2_cost_npv_eur)


def test_explicit_emissions_replace_the_grid_factor():
    item = ITEM.model_copy(update={"co2_t_per_year": 2.0})
    result = life_cycle_cost(item, INPUTS)
    assert result.co2_t == pytest.approx(4.0)
    assert result.co2_cost_eur == pytest.approx(400)


def test_zero_rate_means_npv_equals_nominal_and_purchase_only():
    inputs = INPUTS.model_copy(update={"discount_rate_pct": 0.0})
    result = life_cycle_cost(ITEM, inputs)
    assert result.total_npv == pytest.approx(result.total_nominal)
    bare = life_cycle_cost(LccItem(purchase_eur=500), default_lcc_inputs())
    assert bare.total_nominal == bare.total_npv == 500
    assert len(bare.years) == default_lcc_inputs().years + 1


def test_defaults_carry_the_dated_shadow_price():
    inputs = default_lcc_inputs()
    assert inputs.co2_price_eur_t > 0 and inputs.years >= 1
    data = life_cycle_cost(ITEM, INPUTS).to_json()
    assert data["years"][0]["year"] == 0 and "total_npv" in data
