"""The wizard's texts: both languages everywhere, every key described, core kept Textual-free."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

from textual.binding import Binding

import mvi_tui.tui.screens as screens
from mvi_tui.tui.app import MviApp
from mvi_tui.tui.messages import FIELD_NL, STEPS, T


def test_every_text_in_both_languages() -> None:
    for key, entry in T.items():
        assert set(entry) == {"nl", "en"}, key
        assert entry["nl"].strip() and entry["en"].strip(), key
    for step in STEPS:
        assert f"step.{step}" in T and f"title.{step}" in T


def test_dutch_field_help_names_real_fields() -> None:
    from mvi_tui.core import plan

    for path in FIELD_NL:
        model, _, field = path.partition(".")
        assert field in getattr(plan, model).model_fields, path


def _bindings() -> list[Binding]:
    found = [b for b in MviApp.BINDINGS if isinstance(b, Binding)]
    for info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"mvi_tui.tui.screens.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type):
                found += [b for b in getattr(value, "BINDINGS", []) if isinstance(b, Binding)]
    return found


def test_every_shown_key_has_a_description_in_both_languages() -> None:
    for binding in _bindings():
        if not binding.show or binding.system:
            continue
        assert binding.description, binding
        known = {v["en"] for k, v in T.items() if k.startswith("key.")}
        assert binding.description in known, f"{binding} has no Dutch description in messages.T"


def test_no_key_that_terminals_swallow() -> None:
    swallowed = {"ctrl+enter", "ctrl+shift+enter", "ctrl+tab", "ctrl+shift+tab", "f11", "ctrl+b"}
    for binding in _bindings():
        for key in binding.key.split(","):
            assert key not in swallowed, binding


def test_core_helpers_never_import_textual() -> None:
    code = (
        "import sys, mvi_tui.core.editing, mvi_tui.core.recovery;"
        "sys.exit(1 if any(m.startswith('textual') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
