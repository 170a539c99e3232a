"""Helpers for the wizard's Pilot and snapshot tests: a quiet, deterministic app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.pilot import Pilot

from mvi_tui.tui.app import MviApp

TODAY = date(2026, 3, 2)
"""A fixed date: thresholds, timetables and document dates never depend on the clock."""


def make_app(tmp_path: Path, plan_path: Path | None = None, lang: str = "en") -> MviApp:
    """A wizard that remembers nothing, keeps recovery files in `tmp_path` and lists no examples."""
    return MviApp(
        plan_path,
        lang,
        today=TODAY,
        remember=False,
        recovery_dir=tmp_path / "recovery",
        examples=False,
    )


async def furniture_plan_at(pilot: Pilot, step: str, value_eur: float) -> None:
    """Give the app a new plan with one office-furniture procurement and go to `step`."""
    from mvi_tui.core import editing

    app = pilot.app
    plan = editing.new_plan(app.catalogue, "manifest", "en")
    editing.add_procurement(
        plan,
        app.catalogue,
        title="Meubilair",
        product_group="kantoormeubilair",
        value_eur=value_eur,
    )
    app.set_plan(plan, None)
    app.action_goto(step)
    await settle(pilot)


async def settle(pilot: Pilot, delay: float | None = None) -> None:
    """Wait for workers (loading, previews, exports) and for the screen to catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(delay)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key, as a user would."""
    await pilot.press(*[("space" if c == " " else c) for c in text])


async def replace_text(pilot: Pilot, text: str) -> None:
    """Clear the focused input (End, then Ctrl+U) and type `text`."""
    await pilot.press("end", "ctrl+u")
    await type_text(pilot, text)


def asynctest(fn):  # noqa: ANN001, ANN201 - decorator for async test functions
    """Run an async test with asyncio (no pytest plugin needed)."""
    import asyncio
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


async def wait_until(pilot: Pilot, ready, timeout: float = 10.0) -> None:  # noqa: ANN001
    """Pause until `ready()` is true (work that starts after the first frame)."""
    import time

    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the wizard")
        await pilot.pause(0.02)
    await settle(pilot)


async def start_screen_ready(pilot: Pilot) -> None:
    """Wait until the start screen lists the presets (they load after the first frame)."""
    await wait_until(pilot, lambda: bool(getattr(pilot.app.screen, "presets", None)))
