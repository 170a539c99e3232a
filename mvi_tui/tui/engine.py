"""Lazy access to the engine modules of `mvi_tui.core`.

The engine is imported only when a step needs it, which keeps the first screen fast;
a module that this version does not ship yet gives None, and the step says so instead
of failing.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType


def engine(name: str) -> ModuleType | None:
    """`mvi_tui.core.<name>` if it exists (imported once, then cached by Python)."""
    full = f"mvi_tui.core.{name}"
    if importlib.util.find_spec(full) is None:
        return None
    return importlib.import_module(full)


def exporter(name: str) -> ModuleType | None:
    """`mvi_tui.export.<name>` if it exists."""
    full = f"mvi_tui.export.{name}"
    if importlib.util.find_spec(full) is None:
        return None
    return importlib.import_module(full)
