"""Plan files: bad input gives clear messages and exit 1; saves are atomic; round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from mvi_tui.cli import main
from mvi_tui.core.planfile import dump_plan, load_plan, parse_plan_text, save_plan
from mvi_tui.core.problems import InputError
from tests.conftest import ROOT, run_mvi

DATA = ROOT / "tests" / "data"
BAD = sorted((DATA / "bad_plans").glob("*.toml"))


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_there_are_at_least_30_bad_plans():
    assert len(BAD) >= 30


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_plan_exit_1_names_file_and_place(path: Path, capsys):
    expect = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ")
    before = snapshot(path)
    code = main(["validate", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert first.startswith(str(path)), first
    assert expect in first, (expect, first)
    assert snapshot(path) == before


def test_bad_plans_through_the_real_command():
    """All bad plans at once, in a subprocess: one message per file, exit 1, no traceback."""
    result = run_mvi("validate", *map(str, BAD))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for path in BAD:
        assert str(path) in result.stderr


def test_messages_follow_the_plan_language(tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text('[organisation]\nlanguage = "nl"\nkind = "stad"\n', encoding="utf-8")
    result = run_mvi("validate", str(plan), env={"MVI_LANG": ""})
    assert result.returncode == 1
    assert "moet een van deze waarden zijn" in result.stderr


@pytest.mark.parametrize(
    "name,content,expect",
    [
        ("empty.toml", b"", "empty"),
        ("blank.toml", b"  \n\n", "empty"),
        ("binary.toml", b"\x00\x01\x02PK\x03\x04", "NUL"),
        ("latin1.toml", '[organisation]\nname = "Gemeente Súdwest-Fryslân"\n'.encode("latin-1"), "UTF-8"),
        ("deep.toml", b"x = " + b"[" * 10_000 + b"]" * 10_000 + b"\n", "nested"),
        ("table.toml", b"x = 1\n[[x]]\n", "TOML"),
    ],
)
def test_unusable_files(tmp_path, capsys, name, content, expect):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(path)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(str(path)) and expect in err and "Traceback" not in err
    assert snapshot(path) == before


def test_missing_file_and_folder(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.toml")]) == 1
    assert "not found" in capsys.readouterr().err
    folder = tmp_path / "plans.toml"
    folder.mkdir()
    (tmp_path / "empty").mkdir()
    assert main(["validate", str(tmp_path / "empty")]) == 1
    assert "no plans" in capsys.readouterr().err


def test_huge_file_is_refused_without_reading_it(tmp_path, capsys):
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.write(b"# " + b"x" * (50 * 1024 * 1024) + b"\n")
    assert main(["validate", str(path)]) == 1
    assert "too large" in capsys.readouterr().err


def test_unknown_criterion_is_a_warning_with_suggestion(tmp_path, capsys):
    text = (DATA / "good_plan.toml").read_text(encoding="utf-8").replace("kantoormeubilair-01", "kantoormeubilair-1")
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert "warning" in captured.err and "kantoormeubilair-01" in captured.err
    assert "procurements[0].tender.criteria[0].id" in captured.err


def test_validate_json(tmp_path):
    result = run_mvi("validate", "--json", str(DATA / "good_plan.toml"), str(BAD[0]))
    assert result.returncode == 1
    import json

    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert [f["valid"] for f in data["files"]] == [True, False]
    assert data["files"][1]["problems"][0]["path"]


def test_save_is_atomic_and_keeps_a_backup(tmp_path, monkeypatch):
    plan, _ = load_plan(DATA / "good_plan.toml")
    path = tmp_path / "plan.toml"
    save_plan(plan, path)
    first = path.read_text(encoding="utf-8")
    plan.organisation.name = "Gemeente Gewijzigd"
    save_plan(plan, path)
    assert (tmp_path / "plan.toml.bak").read_text(encoding="utf-8") == first
    assert "Gemeente Gewijzigd" in path.read_text(encoding="utf-8")

    # A failure in the middle of writing leaves the old file intact and no temp file behind.
    import mvi_tui.core.atomic as atomic

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    plan.organisation.name = "Never written"
    before = path.read_bytes()
    with pytest.raises(OSError):
        save_plan(plan, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.toml", "plan.toml.bak"]


def test_dump_is_stable_and_loads_back():
    plan, _ = load_plan(DATA / "good_plan.toml")
    text = dump_plan(plan)
    again, _ = parse_plan_text(text)
    assert again.model_dump(exclude={"meta"}) == plan.model_dump(exclude={"meta"})
    assert again.meta.catalogue_version  # saving records the catalogue version
    assert dump_plan(again) == text


def test_bom_and_crlf_are_accepted(tmp_path):
    text = (DATA / "good_plan.toml").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "windows.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    plan, _ = load_plan(path)
    assert plan.organisation.name == "Gemeente Proef"


def test_input_error_lists_all_problems_at_once(tmp_path):
    path = tmp_path / "many.toml"
    path.write_text('[organisation]\nkind = "stad"\nlanguage = "de"\nyearly_spend_eur = -1\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_plan(path)
    paths = {p.path for p in err.value.problems}
    assert {"organisation.kind", "organisation.language", "organisation.yearly_spend_eur"} <= paths

