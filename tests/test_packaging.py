"""Architecture and packaging: core never loads the UI; the wheel carries the catalogue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_mvi


def test_core_and_export_never_import_the_front_ends():
    code = textwrap.dedent(
        """
        import pkgutil, importlib, sys, json
        import mvi_tui.core, mvi_tui.export
        for pkg in (mvi_tui.core, mvi_tui.export):
            for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                importlib.import_module(info.name)
        print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "questionary", "prompt_toolkit"))))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(out.stdout) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["catalog", "stats"],
        ["validate", "tests/data/good_plan.toml"],
        ["schema"],
    ],
)
def test_headless_commands_never_load_textual(args):
    code = (
        "import sys, runpy; sys.argv = ['mvi', *sys.argv[1:]]\n"
        "from mvi_tui.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'questionary')]\n"
        "sys.stderr.write('LOADED:' + ','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    assert out.stderr.rstrip().endswith("LOADED:"), out.stderr[-500:]


def test_version_and_help_document_exit_codes():
    version = run_mvi("--version")
    assert version.returncode == 0 and version.stdout.startswith("mvi ")
    helptext = run_mvi("--help", env={"MVI_LANG": "en"})
    assert helptext.returncode == 0
    for line in ("0    all well", "1    an input was invalid", "2    usage error", "130  interrupted"):
        assert line in helptext.stdout
    dutch = run_mvi("--help", env={"MVI_LANG": "nl"})
    assert "afsluitcodes" in dutch.stdout


def test_usage_error_is_exit_2():
    result = run_mvi("catalog", "list", "--level", "7")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "mvi_tui", "--version"], capture_output=True, text=True)
    assert result.returncode == 0


def test_wheel_installs_and_runs_from_another_folder(tmp_path):
    """Build the wheel, install it (without deps) into a fresh venv that borrows this
    environment's dependencies, and run `mvi catalog stats` far from the checkout."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("mvi_tui-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )
    # Dependencies come from the test environment; the package itself only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    import zipfile

    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        assert any(n.startswith("mvi_tui/ambitions/groups/") for n in names)
        zf.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [str(py), "-c", "import sys; from mvi_tui.cli import main; sys.exit(main(['catalog', 'stats', '--json']))"],
        capture_output=True, text=True, cwd=elsewhere, env=env,
    )
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["total"]["criteria"] > 0
    located = subprocess.run(
        [str(py), "-c", "import mvi_tui; print(mvi_tui.__file__)"], capture_output=True, text=True, cwd=elsewhere, env=env
    ).stdout
    assert str(site) in located
