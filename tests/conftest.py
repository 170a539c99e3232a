"""Shared test helpers: paths, the built-in catalogue, running `mvi` as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """Keep tests away from the real user's settings, recovery files and recent plans."""
    home = Path(tempfile.mkdtemp(prefix="mvi-test-home-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["MVI_LANG"] = "en"
    os.environ.setdefault("NO_COLOR", "1")


def run_mvi(
    *args: str,
    input: str | None = None,
    env: dict[str, str] | None = None,
    cwd: str | Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m mvi_tui ARGS` in a subprocess and capture its output."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mvi_tui", *args],
        input=input,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
    )


def example_plans() -> list[Path]:
    """Every bundled example plan (benchmark plans included)."""
    return sorted(p for p in EXAMPLES.rglob("*.toml") if not p.name.endswith(".bids.toml"))


@pytest.fixture(scope="session")
def catalogue():
    from mvi_tui.core.catalogue import default_catalogue

    return default_catalogue()
