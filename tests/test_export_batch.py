"""`mvi export`: many plans, safe names inside DIR, failures reported, the rest still done."""

from __future__ import annotations

import json
import multiprocessing
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
import tomli_w

from mvi_tui.core.planfile import save_plan
from mvi_tui.core.problems import InputError
from mvi_tui.export import batch
from mvi_tui.export.api import export_plan_files
from mvi_tui.export.batch import Result, _Tender, export_loaded, plan_jobs
from mvi_tui.export.naming import UnsafePath, inside, output_name, safe_part, unique_stems
from tests.conftest import run_mvi
from tests.export_support import furniture_plan, lots_plan

BROKEN = "[organisation]\nname = 'x'\n\n[[procurements]\nid = 1\n"


def all_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    save_plan(furniture_plan(), folder / "a-meubilair.toml", backup=False)
    plan = lots_plan()
    plan.procurements[0].id = "a..b"
    save_plan(plan, folder / "CON.toml", backup=False)
    (folder / "broken.toml").write_text(BROKEN, "utf-8")
    # A procurement id that tries to climb out of DIR: refused by the plan model.
    escape = furniture_plan().model_dump(mode="json", exclude_none=True)
    escape["procurements"][0]["id"] = "../../x"
    (folder / "climb.toml").write_text(tomli_w.dumps(escape), "utf-8")
    # A file name that is a path on Windows: reduced to a plain name (a name starting
    # with a dot would be skipped as hidden by `expand_plans`).
    save_plan(furniture_plan(), folder / "sub\\..\\..\\evil.toml", backup=False)
    return folder


def test_batch_reports_the_broken_plan_and_exports_the_others(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_mvi("export", str(plans), "-o", str(out), "-f", "md,html,docx,ocds,toml")
    assert result.returncode == 1, result.stderr
    # The broken plans: file and line (syntax) or place (content), no traceback.
    assert f"{plans / 'broken.toml'}:4:" in result.stderr
    assert f"{plans / 'climb.toml'}: procurements[0].id:" in result.stderr
    assert "Traceback" not in result.stderr
    assert "failed" in result.stderr
    # Nothing outside DIR: the only things next to `out` are the inputs.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "plans"]
    # The good plans: one file per tender and format, the plan itself once.
    names = all_files(out)
    for fmt in ("md", "html", "docx", "ocds.json"):
        assert f"a-meubilair--meubilair-2027.{fmt}" in names
        assert f"_CON--a.b.{fmt}" in names  # reserved name and '..' made safe
    assert {"a-meubilair.toml", "_CON.toml"} <= names
    assert "sub_._._evil--meubilair-2027.md" in names  # sub\\..\\..\\evil.toml
    assert not any(n.startswith(("broken", "climb")) for n in names)
    assert not any(n.endswith(".tmp") for n in names)  # atomic writes leave no debris
    ocds = json.loads((out / "a-meubilair--meubilair-2027.ocds.json").read_text("utf-8"))
    assert ocds["releases"][0]["ocid"].endswith("a-meubilair-meubilair-2027")
    # Plain lines (stderr is not a terminal) and a summary.
    assert "[5/5]" in result.stderr
    assert "3 of 5 plans exported, 15 files" in result.stdout


def test_parallel_export_writes_the_same_files(plans: Path, tmp_path: Path) -> None:
    for name in ("broken.toml", "climb.toml", "sub\\..\\..\\evil.toml"):
        (plans / name).unlink()
    for i in range(3):
        save_plan(furniture_plan(), plans / f"p{i}.toml", backup=False)
    out = tmp_path / "out"
    result = run_mvi(
        "export", str(plans), "-o", str(out), "-f", "md,ocds,toml", "-j", "2", "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert len(all_files(out)) == 5 * 3
    assert "5 of 5 plans exported, 15 files" in result.stdout
    md = (out / "p0--meubilair-2027.md").read_text("utf-8")
    assert md.startswith("# Descriptive document: Kantoormeubilair stadhuis")


def test_broken_template_stops_the_batch_with_file_and_line(plans: Path, tmp_path: Path) -> None:
    templates = tmp_path / "huisstijl"
    templates.mkdir()
    (templates / "document.md.j2").write_text("# {{ doc.title }}\n{% if %}\n", "utf-8")
    result = run_mvi("export", str(plans), "-o", str(tmp_path / "o"), "--template", str(templates))
    assert result.returncode == 1
    assert f"{templates / 'document.md.j2'}:2:" in result.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("../../x", "x"),
        ("/etc/passwd", "etc_passwd"),
        ("C:\\Windows\\x", "C_Windows_x"),
        ("..", "_"),
        ("", "_"),
        ("CON", "_CON"),
        ("nul.tar", "_nul.tar"),
        ("Com1", "_Com1"),
        ("LPT¹", "_LPT1"),
        ("Café déjà", "Cafe_deja"),
        ("a/../../b", "a_.._.._b".replace("..", ".")),
        ("x" * 300, "x" * 80),
        (".hidden", "hidden"),
        ("trailing. ", "trailing"),
    ],
)
def test_safe_part(raw: str, safe: str) -> None:
    assert safe_part(raw) == safe
    name = output_name(raw, raw, "md")
    assert "/" not in name and "\\" not in name and ".." not in name
    assert len(name) <= 2 * 80 + 10


def test_names_stay_inside_the_folder(tmp_path: Path) -> None:
    assert inside(tmp_path, "a--b.md") == (tmp_path / "a--b.md").resolve()
    for bad in ("../x.md", "/etc/x", "a/b.md", "..", ""):
        with pytest.raises(UnsafePath):
            inside(tmp_path, bad)
    assert output_name("plan--x", "id--y", "ocds") == "plan-x--id--y.ocds.json"
    assert unique_stems([Path("a/plan.toml"), Path("b/Plan.toml"), Path("plan-2.toml")]) == [
        "plan",
        "Plan-2",
        "plan-2-2",
    ]


def test_a_failing_format_is_reported_and_the_rest_written(
    tmp_path: Path, monkeypatch, catalogue
) -> None:  # noqa: ANN001
    real = _Tender.render

    def flaky(self, fmt: str) -> bytes:  # noqa: ANN001
        if fmt == "html":
            raise RuntimeError("disk on fire")
        return real(self, fmt)

    monkeypatch.setattr(_Tender, "render", flaky)
    jobs = plan_jobs([Path("plan.toml")], tmp_path, ["md", "html", "ocds"], today=date(2026, 12, 1))
    result = Result("plan.toml")
    export_loaded(furniture_plan(), jobs[0], catalogue, result)
    assert [p.format() for p in result.problems] == [
        "plan.toml: procurements[0]: html export failed: disk on fire"
    ]
    assert sorted(Path(p).name for p in result.written) == [
        "plan--meubilair-2027.md",
        "plan--meubilair-2027.ocds.json",
    ]


def test_toml_never_overwrites_the_input_plan(tmp_path: Path, catalogue) -> None:  # noqa: ANN001
    path = tmp_path / "plan.toml"
    save_plan(furniture_plan(), path, backup=False)
    before = path.read_bytes()
    jobs = plan_jobs([path], tmp_path, ["toml"])
    result = Result(str(path))
    export_loaded(furniture_plan(), jobs[0], catalogue, result)
    assert result.problems and path.read_bytes() == before


def test_api_for_the_front_ends(tmp_path: Path, catalogue) -> None:  # noqa: ANN001
    written = export_plan_files(
        furniture_plan(), "mijn plan", tmp_path, ["md", "docx", "toml"], "en", catalogue
    )
    assert sorted(p.name for p in written) == [
        "mijn_plan--meubilair-2027.docx",
        "mijn_plan--meubilair-2027.md",
        "mijn_plan.toml",
    ]
    broken = tmp_path / "huisstijl"
    broken.mkdir()
    (broken / "document.md.j2").write_text("{{ doc.nope }}", "utf-8")
    with pytest.raises(InputError) as info:
        export_plan_files(furniture_plan(), "x", tmp_path, ["md"], template_dir=str(broken))
    assert info.value.problems[0].file.endswith("document.md.j2")


def test_a_file_that_cannot_be_written_is_reported_and_the_rest_written(
    plans: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "a-meubilair--meubilair-2027.html").mkdir(parents=True)  # in the way
    result = run_mvi("export", str(plans / "a-meubilair.toml"), "-o", str(out), "-f", "md,html")
    assert result.returncode == 1
    assert "a-meubilair--meubilair-2027.html cannot be written" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "a-meubilair--meubilair-2027.md").is_file()
    assert not any(n.endswith(".tmp") for n in all_files(out))


def test_workers_are_forked_only_without_other_threads() -> None:
    """Forking with a thread running can hang the worker; spawn is used then (and off Linux)."""
    expected = "fork" if sys.platform.startswith("linux") else "spawn"
    assert batch._context().get_start_method() == expected
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert batch._context().get_start_method() == "spawn"
    finally:
        stop.set()
        thread.join()


def test_spawned_workers_export_the_same_files(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path taken where fork is not safe (macOS, Windows, a thread running)."""
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("spawn"))
    paths = [plans / "a-meubilair.toml"]
    for i in range(3):
        save_plan(furniture_plan(), plans / f"p{i}.toml", backup=False)
        paths.append(plans / f"p{i}.toml")
    jobs = plan_jobs(paths, tmp_path / "out", ["md", "ocds"], lang="en", today=date(2026, 12, 1))
    (tmp_path / "out").mkdir()
    results = list(batch.run_jobs(jobs, 2))
    assert sorted(r.path for r in results) == sorted(str(p) for p in paths)
    assert all(r.ok and len(r.written) == 2 for r in results)
    assert len(all_files(tmp_path / "out")) == 8
