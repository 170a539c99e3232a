"""User settings and user folders (platformdirs): interface language, theme, recent plans.

Settings are small and optional: a missing or broken settings file gives the defaults,
never an error, because a broken preference must not keep a buyer from their plan.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mvi_tui.core.atomic import atomic_write_text
from mvi_tui.core.paths import (  # noqa: F401 - re-exported: the folders live in paths.py
    APP,
    cache_dir,
    config_dir,
    data_dir,
    settings_path,
)
from mvi_tui.core.problems import InputError
from mvi_tui.core.tomlio import read_toml

MAX_RECENT = 10


class Settings(BaseModel):
    """What the wizard remembers between sessions."""

    model_config = ConfigDict(extra="ignore")

    language: str = Field(
        default="", description="Interface language: nl or en; empty follows the system."
    )
    theme: str = Field(default="", description="Textual theme name; empty is the default theme.")
    recent: list[str] = Field(
        default_factory=list, description="Recently opened plan files, newest first."
    )


def load_settings() -> Settings:
    """The saved settings, or the defaults when there are none or they cannot be read."""
    path = settings_path()
    if not path.is_file():
        return Settings()
    try:
        return Settings.model_validate(read_toml(path, allow_empty=True))
    except (InputError, ValidationError):
        return Settings()


def save_settings(settings: Settings) -> None:
    """Write the settings atomically (best effort: a read-only home is not an error)."""
    with contextlib.suppress(OSError):
        path = settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, tomli_w.dumps(settings.model_dump()))


def remember_recent(plan_path: str | Path) -> Settings:
    """Put a plan at the top of the recent list and save."""
    settings = load_settings()
    name = str(Path(plan_path).resolve())
    settings.recent = [name] + [p for p in settings.recent if p != name][: MAX_RECENT - 1]
    save_settings(settings)
    return settings
