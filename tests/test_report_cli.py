"""`mvi report` as a user runs it: every format from examples/, bad plans, -o, colour.

The subprocesses run side by side, so the whole file stays within a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, example_plans, run_mvi

FORMATS = ("text", "md", "html", "json")


def _start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "mvi_tui", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=full_env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, tuple[int, str, str]]:
    """Every format of `mvi report examples/` written with -o, run in parallel."""
    out = tmp_path_factory.mktemp("report")
    procs = {
        fmt: (
            _start("report", str(EXAMPLES), "-f", fmt, "-o", str(out / f"r.{fmt}"), "--lang", "en"),
            out / f"r.{fmt}",
        )
        for fmt in FORMATS
    }
    procs["stdout"] = (_start("report", str(EXAMPLES), "--lang", "nl"), None)
    results = {}
    for fmt, (proc, path) in procs.items():
        stdout, stderr = proc.communicate(timeout=60)
        text = path.read_text(encoding="utf-8") if path else stdout
        results[fmt] = (proc.returncode, text, stderr)
    return results


def test_examples_include_five_benchmark_organisations():
    bench = sorted((EXAMPLES / "benchmark").glob("*.toml"))
    assert len(bench) >= 5
    kinds = {p.read_text(encoding="utf-8").split('kind = "', 1)[1].split('"', 1)[0] for p in bench}
    assert {"gemeente", "provincie", "waterschap", "rijk"} <= kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_from_the_examples(outputs, fmt):
    code, text, err = outputs[fmt]
    assert code == 0, err
    assert "Traceback" not in err
    assert "Gemeente Amstelwaarde" in text and "Waterschap Hunzevelden" in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
        assert text.count("<svg") >= 2  # ranking + one coverage chart per organisation
        assert "<script" not in text and 'src="http' not in text and "<link" not in text
    if fmt == "md":
        assert text.startswith("# MVI monitor and benchmark")
        assert "| --- |" in text or "| ---: |" in text
    if fmt == "text":
        assert "\x1b[" not in text  # -o is always plain
        assert "Score = (25 × MVI value" in text  # the formula is in the report itself


def test_stdout_is_plain_when_not_a_terminal(outputs):
    code, text, err = outputs["stdout"]
    assert code == 0, err
    assert "\x1b[" not in text
    assert text.startswith("MVI-monitor en benchmark")
    assert "Rangorde" in text and "Vergelijkingsgroepen" in text


def test_a_bad_plan_is_reported_and_the_others_still_are(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[organisation]\nname = "X"\nkind = "dorp"\n', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("x = [\n", encoding="utf-8")
    good = EXAMPLES / "benchmark" / "gemeente-zuidhoeve.toml"
    out = tmp_path / "out.md"
    result = run_mvi(
        "report", str(bad), str(broken), str(good), "-f", "md", "-o", str(out), cwd=ROOT
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"{bad}: organisation.kind:") for line in lines), lines
    assert any(line.startswith(f"{broken}:2:") for line in lines), lines
    text = out.read_text(encoding="utf-8")
    assert "Gemeente Zuidhoeve" in text
    assert "organisation.kind" in text  # the problem is in the report too


def test_output_is_replaced_atomically(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("old", encoding="utf-8")
    result = run_mvi("report", str(EXAMPLES / "benchmark"), "-f", "json", "-o", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary file left


def test_export_never_imports_textual_or_questionary():
    code = (
        "import sys, mvi_tui.export.report as r, mvi_tui.export.report_terminal, "
        "mvi_tui.export.report_pages, mvi_tui.export.report_json; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'questionary')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_example_plan_is_in_the_report(outputs):
    import json

    data = json.loads(outputs["json"][1])
    read = {Path(f).resolve() for f in data["files"]}
    failed = {Path(p["file"]).resolve() for p in data["problems"] if p["severity"] == "error"}
    assert read | failed == {p.resolve() for p in example_plans()}
    assert not failed
