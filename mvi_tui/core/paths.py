"""The user's folders for mvi-tui (platformdirs), without importing pydantic.

Every command needs one of these early (the interface language from the settings file,
the user's own catalogue, the catalogue cache), so they live apart from the pydantic
`Settings` model in `settings.py`, which re-exports them: a cold `mvi --help` must not
pay for pydantic (benchmarks/cold_start.py).
"""

from __future__ import annotations

from pathlib import Path

APP = "mvi-tui"


def config_dir() -> Path:
    """The user's config folder for mvi-tui (honours XDG_CONFIG_HOME on Linux)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """The user's data folder for mvi-tui: recovery files live here."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder for mvi-tui: safe to delete, rebuilt when needed."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP, appauthor=False))


def settings_path() -> Path:
    """The settings file (see `settings.py`)."""
    return config_dir() / "settings.toml"
