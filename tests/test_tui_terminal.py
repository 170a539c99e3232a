"""The documented run command starts the wizard on a bundled example in a real terminal."""

from __future__ import annotations

import os
import sys

import pytest

from tests.conftest import EXAMPLES, ROOT

pexpect = pytest.importorskip("pexpect")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_run_command_opens_an_example_and_quits(tmp_path) -> None:  # noqa: ANN001
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "MVI_LANG": "en",
    }
    example = EXAMPLES / "gemeente-utrecht.toml"
    child = pexpect.spawn(
        sys.executable,
        ["-m", "mvi_tui", str(example)],
        cwd=str(ROOT),
        env=env,
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=60,
    )
    try:
        child.expect("Plan")  # the step bar, then the procurement plan of the example
        child.expect("Leerlingenvervoer")
        child.sendcontrol("q")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert not list((tmp_path / "data").rglob("*.recovery.toml"))
