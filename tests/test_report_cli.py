"""`mvi report` as a user runs it: every format from examples/, bad plans, -o, colour.

The subprocesses run side by side, so the whole file stays within a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, example_plans

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
def runs(tmp_path_factory) -> dict[str, tuple[int, str, str, Path]]:
    """Every run of this file, started at once: (exit code, output, stderr, folder).

    md, html and json go to a file with -o; text goes to stdout (a pipe, not a terminal).
    """
    out = tmp_path_factory.mktemp("report")
    bad = out / "bad"
    bad.mkdir()
    (bad / "bad.toml").write_text('[organisation]\nname = "X"\nkind = "dorp"\n', encoding="utf-8")
    (bad / "broken.toml").write_text("x = [\n", encoding="utf-8")
    atomic = out / "atomic"
    atomic.mkdir()
    (atomic / "r.json").write_text("old", encoding="utf-8")
    good = EXAMPLES / "benchmark" / "gemeente-zuidhoeve.toml"
    jobs: dict[str, tuple[subprocess.Popen[str], Path | None, Path]] = {
        fmt: (
            _start("report", str(EXAMPLES), "-f", fmt, "-o", str(out / f"r.{fmt}"), "--lang", "en"),
            out / f"r.{fmt}",
            out,
        )
        for fmt in ("md", "html", "json")
    }
    jobs["text"] = (_start("report", str(EXAMPLES), "--lang", "en"), None, out)
    jobs["bad"] = (
        _start(
            "report",
            str(bad / "bad.toml"),
            str(bad / "broken.toml"),
            str(good),
            "-f",
            "md",
            "-o",
            str(bad / "out.md"),
            "--lang",
            "en",
        ),
        bad / "out.md",
        bad,
    )
    jobs["atomic"] = (
        _start("report", str(EXAMPLES / "benchmark"), "-f", "json", "-o", str(atomic / "r.json")),
        atomic / "r.json",
        atomic,
    )
    results = {}
    for name, (proc, path, folder) in jobs.items():
        stdout, stderr = proc.communicate(timeout=60)
        text = path.read_text(encoding="utf-8") if path else stdout
        results[name] = (proc.returncode, text, stderr, folder)
    return results


def test_examples_include_five_benchmark_organisations():
    bench = sorted((EXAMPLES / "benchmark").glob("*.toml"))
    assert len(bench) >= 5
    kinds = {p.read_text(encoding="utf-8").split('kind = "', 1)[1].split('"', 1)[0] for p in bench}
    assert {"gemeente", "provincie", "waterschap", "rijk"} <= kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_from_the_examples(runs, fmt):
    code, text, err, _ = runs[fmt]
    assert code == 0, err
    assert "Traceback" not in err
    assert "Gemeente Amstelwaarde" in text and "Waterschap Hunzevelden" in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
        assert text.count("<svg") >= 2  # ranking + one coverage chart per organisation
        assert "<script" not in text and 'src="http' not in text and "<link" not in text
    if fmt == "md":
        assert text.startswith("# MVI monitor and benchmark")
        assert "| ---: |" in text
    if fmt == "text":
        assert "\x1b[" not in text  # stdout is a pipe here: plain text
        assert "Score = (25 × MVI value" in text  # the formula is in the report itself
        assert "Ranking" in text and "Peer groups" in text


def test_a_bad_plan_is_reported_and_the_others_still_are(runs):
    code, text, err, folder = runs["bad"]
    assert code == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    assert any(line.startswith(f"{folder / 'bad.toml'}: organisation.kind:") for line in lines), (
        lines
    )
    assert any(line.startswith(f"{folder / 'broken.toml'}:2:") for line in lines), lines
    assert "Gemeente Zuidhoeve" in text
    assert "organisation.kind" in text  # the problem is in the report too


def test_output_is_replaced_atomically(runs):
    code, text, err, folder = runs["atomic"]
    assert code == 0, err
    assert text.startswith("{")
    assert sorted(p.name for p in folder.iterdir()) == ["r.json"]  # no temporary file left


def test_export_never_imports_textual_or_questionary():
    code = (
        "import sys, mvi_tui.export.report as r, mvi_tui.export.report_terminal, "
        "mvi_tui.export.report_pages, mvi_tui.export.report_json; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'questionary')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_example_plan_is_in_the_report(runs):
    import json

    data = json.loads(runs["json"][1])
    read = {Path(f).resolve() for f in data["files"]}
    failed = {Path(p["file"]).resolve() for p in data["problems"] if p["severity"] == "error"}
    assert read | failed == {p.resolve() for p in example_plans()}
    assert not failed
