"""An own scoring scale can be made in the wizard, not only in the plan file."""

from __future__ import annotations

import pytest

from mvi_tui.core.editing import format_scale_steps, parse_scale_steps
from mvi_tui.core.enums import ScaleKind
from tests.conftest import EXAMPLES
from tests.tui_support import asynctest, make_app, settle


def test_scale_steps_round_trip_in_both_languages():
    steps = parse_scale_steps("10=100 zeer goed; 6,5=60 voldoende; 0=0; -1=-50 nadelig", "nl")
    assert [(s.score, s.fraction, s.label) for s in steps] == [
        (10, 1.0, "zeer goed"),
        (6.5, 0.6, "voldoende"),
        (0, 0.0, ""),
        (-1, -0.5, "nadelig"),
    ]
    assert parse_scale_steps(format_scale_steps(steps, "en"), "en") == steps
    with pytest.raises(ValueError, match="score=percent"):
        parse_scale_steps("10 100", "en")


def test_own_scale_typed_on_the_award_step(tmp_path):
    @asynctest
    async def run() -> None:
        app = make_app(tmp_path, EXAMPLES / "gemeente-utrecht.toml")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.action_goto("award")
            await settle(pilot)
            tender = app.screen.tender()
            app.screen._set("aw-scale", tender.award, "scale", ScaleKind.CUSTOM)
            app.screen.refresh_view()
            await settle(pilot)
            field = app.screen.query_one("#aw-custom-scale")
            assert not field.disabled
            field.focus()
            field.value = "10=100 excellent; 5=50 fair; 0=0 poor"
            await settle(pilot)
            assert [s.fraction for s in tender.award.custom_scale] == [1.0, 0.5, 0.0]
            field.value = "10=150"  # above 100%: refused with the model's message, kept as was
            await settle(pilot)
            assert [s.fraction for s in tender.award.custom_scale] == [1.0, 0.5, 0.0]
            message = app.screen.query_one("#aw-custom-scale-msg")
            assert str(message.render()).strip()

    run()
