"""`mvi ask` driven as a user would: a real terminal (pexpect) and real questionary prompts."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from mvi_tui.core.planfile import load_plan
from tests.conftest import ROOT, run_mvi

DOWN = "\x1b[B"
KILL_LINE = "\x15"  # Ctrl-U: clear the pre-filled default of a text prompt


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "TERM": "xterm",
        "MVI_LANG": "en",
        "PYTHONPATH": str(ROOT),
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "mvi_tui", "ask", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(60, 220),
    )
    return child


def answer(child: pexpect.spawn, prompt: str, keys: str = "", enter: bool = True) -> None:
    """Wait for a prompt, then type. The pause lets prompt_toolkit switch the terminal to
    raw mode first; keys typed before that are taken by the terminal's line editing."""
    child.expect_exact(prompt)
    time.sleep(0.15)
    child.send(keys + ("\r" if enter else ""))


def confirm(child: pexpect.spawn, prompt: str, yes: bool) -> None:
    """A yes/no question takes the single key y or n, without Enter."""
    answer(child, prompt, "y" if yes else "n", enter=False)


def test_whole_plan_made_with_ask(tmp_path):
    child = spawn(tmp_path, "plan.toml")
    answer(child, "Name of the organisation", "Gemeente Proefstad")
    answer(child, "Kind of organisation")
    answer(child, "Yearly procurement spend", KILL_LINE + "250.000.000")
    answer(child, "Language of the tender documents")
    answer(child, "Continue?")
    answer(child, "Start from a set of ambitions?", "manifest")
    for _ in range(6):
        answer(child, "Level for")
    answer(child, "Continue?")
    answer(child, "What would you like to do?")  # add
    answer(child, "Product group", "kantoormeubilair")
    answer(child, "Short id", KILL_LINE + "meubilair")
    answer(child, "Title", "Kantoormeubilair")
    answer(child, "Kind of contract")
    answer(child, "Estimated value", KILL_LINE + "300000")
    answer(child, "Start (", "2027-03-01")
    answer(child, "Term in months", KILL_LINE + "24")
    answer(child, "Extension options")
    child.expect_exact("threshold EUR")
    answer(child, "What would you like to do?")  # done
    answer(child, "Continue?")
    answer(child, "For which procurement")
    answer(child, "Which levels to show?")
    answer(child, "Which themes to show?")
    child.expect_exact("Choose criteria")
    for cid in ("kantoormeubilair-02", "kantoormeubilair-01"):
        child.send(cid)
        child.send(" ")
        child.send("\x7f" * len(cid))  # clear the filter again
    child.send("\r")
    answer(child, "Minimum share of sustainable wood", KILL_LINE + "90")
    confirm(child, "Show the means of proof", False)
    answer(child, "Continue?")
    answer(child, "For which procurement")
    answer(child, "Award method")
    answer(child, "Scoring scale")
    answer(child, "Weight Price", KILL_LINE + "70")  # 70 + 20 = 90: asked again
    answer(child, "Weight Share of refurbished")
    child.expect_exact("not 100")
    answer(child, "Weight Price", KILL_LINE + "80")
    answer(child, "Weight Share of refurbished")
    child.expect_exact("Weights add up to 100")
    answer(child, "Continue?")
    answer(child, "Which formats to export?")
    answer(child, "Language of the document")
    answer(child, "Folder for the files")
    answer(child, "Continue?")
    child.expect_exact("The plan as it will be saved:")
    confirm(child, "Save to plan.toml?", True)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    plan, warnings = load_plan(tmp_path / "plan.toml")
    assert plan.organisation.name == "Gemeente Proefstad"
    assert plan.organisation.yearly_spend_eur == 250_000_000
    assert plan.ambitions.preset == "manifest"
    proc = plan.procurement("meubilair")
    assert proc is not None and proc.value_eur == 300_000
    chosen = {c.id: c for c in proc.tender.criteria}
    assert set(chosen) == {"kantoormeubilair-01", "kantoormeubilair-02"}
    assert chosen["kantoormeubilair-01"].parameters == {"aandeel_pct": 90}
    assert proc.tender.award.price_weight == 80
    assert list((tmp_path / "export").iterdir()), "the export step wrote files"
    assert run_mvi("validate", str(tmp_path / "plan.toml")).returncode == 0


def test_back_and_validation_errors(tmp_path):
    child = spawn(tmp_path, "plan.toml")
    answer(child, "Name of the organisation")  # empty: refused
    child.expect_exact("this field is required")
    child.send("Gemeente Terug\r")
    answer(child, "Kind of organisation")
    answer(child, "Yearly procurement spend", KILL_LINE + "veel")
    child.expect_exact("not a number")
    child.send(KILL_LINE + "1000000\r")
    answer(child, "Language of the tender documents")
    answer(child, "Continue?")
    answer(child, "Start from a set of ambitions?")
    for _ in range(6):
        answer(child, "Level for")
    answer(child, "Continue?", DOWN + DOWN)  # Previous step
    child.expect_exact("Step 1 of 6")
    answer(child, "Name of the organisation", KILL_LINE + "Gemeente Heen")
    child.sendcontrol("c")
    confirm(child, "Keep what you answered so far?", True)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    plan, _ = load_plan(tmp_path / "plan.toml")
    assert plan.organisation.name == "Gemeente Heen"


def test_ctrl_c_keeps_partial_plan_and_resumes(tmp_path):
    child = spawn(tmp_path, "partial.toml")
    answer(child, "Name of the organisation", "Waterschap Half")
    answer(child, "Kind of organisation", "waterschap")
    child.expect_exact("Yearly procurement spend")
    child.sendcontrol("c")
    confirm(child, "Keep what you answered so far?", True)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    plan, _ = load_plan(tmp_path / "partial.toml")
    assert plan.organisation.name == "Waterschap Half"
    assert plan.organisation.kind == "waterschap"
    # The next run starts from what was kept.
    child = spawn(tmp_path, "partial.toml")
    child.expect_exact("Name of the organisation")
    child.expect_exact("Waterschap Half")
    child.sendcontrol("c")
    confirm(child, "Keep what you answered so far?", False)
    child.expect(pexpect.EOF)


def test_set_precedence_and_defaults(tmp_path):
    plan = tmp_path / "p.toml"
    plan.write_text(
        '[organisation]\nname = "Uit het bestand"\nyearly_spend_eur = 5\n', encoding="utf-8"
    )
    result = run_mvi(
        "ask",
        str(plan),
        "--defaults",
        "--set",
        "organisation.yearly_spend_eur=7000000",
        "--set",
        "organisation.kind=provincie",
    )
    assert result.returncode == 0, result.stderr
    loaded, _ = load_plan(plan)
    assert loaded.organisation.name == "Uit het bestand"  # file beats defaults
    assert loaded.organisation.yearly_spend_eur == 7_000_000  # --set beats the file
    assert loaded.organisation.kind == "provincie"


def test_set_is_the_default_of_the_question(tmp_path):
    child = spawn(tmp_path, "q.toml", "--set", "organisation.name=Gezet via set")
    child.expect_exact("Name of the organisation")
    child.expect_exact("Gezet via set")
    child.sendcontrol("c")
    confirm(child, "Keep what you answered so far?", False)
    child.expect(pexpect.EOF)


def test_defaults_without_required_value_fails_clearly(tmp_path):
    result = run_mvi("ask", str(tmp_path / "new.toml"), "--defaults")
    assert result.returncode == 1
    assert "organisation.name" in result.stderr and "--set" in result.stderr
    assert not (tmp_path / "new.toml").exists()
    ok = run_mvi(
        "ask",
        "--defaults",
        "--set",
        "organisation.name=Gemeente Script",
        "-o",
        str(tmp_path / "new.toml"),
    )
    assert ok.returncode == 0, ok.stderr
    assert run_mvi("validate", str(tmp_path / "new.toml")).returncode == 0


def test_bad_set_is_reported(tmp_path):
    result = run_mvi(
        "ask",
        "--defaults",
        "--set",
        "organisation.kind=stad",
        "--set",
        "organisation.name=X",
        "-o",
        str(tmp_path / "x.toml"),
    )
    assert result.returncode == 1
    assert "organisation.kind" in result.stderr


def test_refuses_without_a_terminal(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mvi_tui", "ask", "x.toml"],
        cwd=tmp_path,
        input="",
        capture_output=True,
        text=True,
        env={**os.environ, "MVI_LANG": "en"},
    )
    assert result.returncode == 2
    assert "not a terminal" in result.stderr and "--defaults" in result.stderr


@pytest.mark.parametrize(
    "lang,prompt", [("nl", "Naam van de organisatie"), ("en", "Name of the organisation")]
)
def test_interface_language(tmp_path, lang, prompt):
    child = spawn(tmp_path, "l.toml", "--lang", lang)
    child.expect_exact(prompt)
    child.sendcontrol("c")
    confirm(child, "?", False)
    child.expect(pexpect.EOF)
