"""Screenshots of every step at 80x24 and 120x40, compared with the accepted ones.

Update after an intended change of the screens with
`pytest tests/test_tui_snapshots.py --snapshot-update` and review the SVGs in
tests/__snapshots__/ before committing them. The plan is fixed here (not an example
that may change), the date is fixed, nothing is read from the user's settings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mvi_tui.core.planfile import parse_plan_text
from mvi_tui.tui.messages import STEPS
from tests.tui_support import make_app, settle, start_screen_ready

PLAN = """
[organisation]
name = "Gemeente Voorbeeld"
kind = "gemeente"
yearly_spend_eur = 180000000
language = "nl"

[ambitions]
preset = "manifest"
[ambitions.themes.klimaat]
level = "significant"
targets = [{ metric = "co2-reduction", value = 55, year = 2030, description = "55% minder CO2." }]
[ambitions.themes.circulair]
level = "significant"
targets = [{ metric = "circular-share", value = 10, year = 2027, description = "10% circulair." }]
[ambitions.themes.isv]
level = "basis"
[ambitions.themes.sroi]
level = "significant"

[[procurements]]
id = "meubilair"
title = "Kantoormeubilair stadhuis"
product_group = "kantoormeubilair"
contract_type = "supplies"
value_eur = 450000
start = 2027-01-01
duration_months = 48

[procurements.tender]
criteria = [
  { id = "kantoormeubilair-01" },
  { id = "kantoormeubilair-02", weight = 20 },
  { id = "kantoormeubilair-03" },
  { id = "kantoormeubilair-09", weight = 15 },
]
[procurements.tender.award]
method = "weighted-points"
price_weight = 65

[[procurements]]
id = "groen"
title = "Onderhoud openbaar groen"
product_group = "groenonderhoud"
contract_type = "services"
value_eur = 2400000
start = 2027-04-01
duration_months = 48

[[procurements]]
id = "laptops"
title = "Laptops en monitoren"
product_group = "ict-hardware"
contract_type = "supplies"
value_eur = 1200000
start = 2026-09-01
duration_months = 36

[notes]
plan = "Meubilair als circulaire pilot."
"""

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
KEYS = {"award": ["right"]}  # the weights tab, with its sum


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("step", STEPS)
def test_step_snapshot(step: str, size: str, snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    app = make_app(tmp_path)

    async def before(pilot) -> None:  # noqa: ANN001
        await start_screen_ready(pilot)
        if step != "start":
            plan, _warnings = parse_plan_text(PLAN, "voorbeeld.toml", "en")
            app.set_plan(plan, Path("voorbeeld.toml"))
            app.action_goto(step)
            await settle(pilot)
        for key in KEYS.get(step, []):
            await pilot.press(key)
        await settle(pilot, 0.1)

    assert snap_compare(app, terminal_size=SIZES[size], run_before=before)
