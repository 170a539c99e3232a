"""The wizard's screens: one per step, plus dialogs and forms."""

from __future__ import annotations

import importlib

from textual.screen import Screen

_MODULES = {
    "start": ("start", "StartScreen"),
    "organisation": ("organisation", "OrganisationScreen"),
    "ambitions": ("ambitions", "AmbitionsScreen"),
    "plan": ("procurements", "PlanScreen"),
    "criteria": ("criteria", "CriteriaScreen"),
    "award": ("award", "AwardScreen"),
    "review": ("review", "ReviewScreen"),
}


def screen_for(step: str) -> Screen:
    """A new screen for `step`, importing its module on first use."""
    module, name = _MODULES[step]
    cls = getattr(importlib.import_module(f"mvi_tui.tui.screens.{module}"), name)
    return cls()
