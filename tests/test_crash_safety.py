"""Crash safety: SIGKILL a process while it writes, many times, at random moments.

A buyer's laptop runs out of battery, the terminal is closed, the OOM killer strikes:
the plan on disk must then be the old version or the new one, complete, and it must
load. The same holds for export outputs and the wizard's recovery file. Temporary files
a kill leaves behind (`.NAME.XXXX.tmp`) must never be taken for a plan.

How: the test process forks a child that writes in a tight loop, alternating between two
versions A and B that differ from the first byte to the last (so a torn write can never
equal either). The parent waits until the child has finished 0, 1 or 2 writes, sleeps a
random fraction of one write, sends SIGKILL and checks the files on disk. Forking (not
spawning a fresh interpreter) keeps each round at a few milliseconds of overhead, so 40
rounds per target stay well inside the time budget.
"""

from __future__ import annotations

import os
import random
import select
import signal
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from mvi_tui.cli import main
from mvi_tui.commands.common import expand_plans
from mvi_tui.core.catalogue import default_catalogue
from mvi_tui.core.plan import Plan
from mvi_tui.core.planfile import dump_plan, load_plan, save_plan
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
    reason="needs os.fork and SIGKILL (POSIX)",
)

ROUNDS_PLAN = 40
ROUNDS_EXPORT = 30
ROUNDS_RECOVERY = 30
SEED = int(os.environ.get("MVI_CRASH_SEED", "20260301"))


def _versions(copies: int) -> tuple[Plan, Plan]:
    """Two large, valid plans that differ at the start and at the end of the file.

    The organisation name comes first in the file and the last procurement's title last,
    so neither a prefix of one nor a suffix of the other can pass for a whole version.
    """
    base, _ = load_plan(EXAMPLES / "gemeente-utrecht.toml", "en")
    out = []
    for tag in ("A", "B-with-a-longer-name"):
        procs = [
            p.model_copy(update={"id": f"{p.id}-{k}"})
            for k in range(copies)
            for p in base.procurements
        ]
        last = procs[-1]
        procs[-1] = last.model_copy(update={"title": f"{last.title} ({tag})"})
        org = base.organisation.model_copy(update={"name": f"Gemeente Crashtest {tag}"})
        out.append(base.model_copy(update={"organisation": org, "procurements": procs}))
    return out[0], out[1]


def _kill_rounds(
    rounds: int,
    writer: Callable[[int], None],
    check: Callable[[int], str],
    write_seconds: float,
) -> Counter[str]:
    """Fork a looping writer `rounds` times, kill it at a random moment, run `check`.

    `writer(i)` does the i-th write in the child (i = 0, 1, 2, ...); after each write
    the child reports on a pipe, so the parent can wait for some finished writes
    before the random delay and the kills fall before, during and between writes.
    `check(pid)` inspects the disk and returns a label for the statistics.
    """
    rng = random.Random(SEED)
    seen: Counter[str] = Counter()
    for round_no in range(rounds):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: write forever, never return into pytest
            try:
                os.close(read_fd)
                i = 0
                while True:
                    writer(i)
                    os.write(write_fd, b".")
                    i += 1
            finally:
                os._exit(0)
        os.close(write_fd)
        try:
            wait_for = round_no % 3
            done = 0
            while done < wait_for:
                ready, _, _ = select.select([read_fd], [], [], 30)
                assert ready, "the writer made no progress in 30 s"
                done += len(os.read(read_fd, 64))
            time.sleep(rng.uniform(0, write_seconds * 1.5))
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read_fd)
        seen[check(pid)] += 1
    return seen


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _assert_only_hidden_temp_files(folder: Path, allowed: set[str]) -> None:
    """Anything besides the expected files is a `.NAME.XXXX.tmp` left by a kill."""
    for entry in folder.iterdir():
        if entry.name in allowed:
            continue
        assert entry.name.startswith(".") and entry.name.endswith(".tmp"), entry.name


def test_plan_save_survives_sigkill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = default_catalogue()
    plan_a, plan_b = _versions(copies=25)
    text = {v: dump_plan(p).encode("utf-8") for v, p in (("A", plan_a), ("B", plan_b))}
    assert text["A"] != text["B"] and len(text["A"]) > 150_000
    target = tmp_path / "plan.toml"
    backup = tmp_path / "plan.toml.bak"
    save_plan(plan_a, target, backup=False)
    seconds = _timed(lambda: save_plan(plan_b, tmp_path / "probe.toml", backup=True))
    (tmp_path / "probe.toml").unlink()

    def writer(i: int) -> None:
        save_plan(plan_b if i % 2 == 0 else plan_a, target, backup=True)

    loaded_rounds = 0

    def check(_pid: int) -> str:
        nonlocal loaded_rounds
        data = target.read_bytes()
        version = next((v for v, t in text.items() if t == data), None)
        assert version is not None, f"plan on disk is neither version ({len(data)} bytes)"
        if loaded_rounds < 10:  # bytes equal a known-good dump; loading 10 times is plenty
            plan, _ = load_plan(target, "en", catalogue)
            assert plan.organisation.name == (
                "Gemeente Crashtest " + ("A" if version == "A" else "B-with-a-longer-name")
            )
            loaded_rounds += 1
        if backup.exists():  # the previous version, complete as well
            assert backup.read_bytes() in text.values(), "plan.toml.bak is torn"
        _assert_only_hidden_temp_files(tmp_path, {"plan.toml", "plan.toml.bak"})
        return version

    seen = _kill_rounds(ROUNDS_PLAN, writer, check, seconds)
    assert sum(seen.values()) == ROUNDS_PLAN

    # Whatever temp files the kills left, a folder of plans still holds exactly one plan.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    paths, problems = expand_plans([str(tmp_path)], "en")
    assert paths == [target] and not problems, leftovers
    assert main(["validate", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert ".tmp" not in out.out + out.err
    print(f"plan: {dict(seen)}; temp files left by kills: {len(leftovers)}")


@pytest.mark.parametrize("way", ["one plan", "batch"])
def test_export_output_survives_sigkill(tmp_path: Path, way: str) -> None:
    """One plan written file by file (the wizard), or staged and flushed together (batch)."""
    from mvi_tui.export.batch import export_plan, plan_jobs, run_jobs

    def export(job) -> None:  # noqa: ANN001 - a batch Job
        if way == "one plan":
            export_plan(job)
        else:
            assert all(result.ok for result in run_jobs([job], 1))

    plan_a, plan_b = _versions(copies=1)
    src_a, src_b = tmp_path / "a" / "plan.toml", tmp_path / "b" / "plan.toml"
    for src, plan in ((src_a, plan_a), (src_b, plan_b)):
        src.parent.mkdir()
        save_plan(plan, src, backup=False)
    formats = ("md", "html", "ocds", "toml")

    def job_for(src: Path, out: Path):  # noqa: ANN202 - a batch Job
        return plan_jobs([src], out, formats, lang="en", today=date(2026, 3, 1))[0]

    # The expected outputs of each version, made without any kill.
    expected: dict[str, set[bytes]] = {}
    for src in (src_a, src_b):
        ref = tmp_path / f"ref-{src.parent.name}"
        ref.mkdir()
        result = export_plan(job_for(src, ref))
        assert result.ok and result.written, result.problems
        for file in ref.iterdir():
            expected.setdefault(file.name, set()).add(file.read_bytes())
    assert all(len(v) == 2 for v in expected.values()), "A and B must differ in every output"

    out = tmp_path / "out"
    out.mkdir()
    jobs = [job_for(src_a, out), job_for(src_b, out)]
    seconds = _timed(lambda: export(jobs[1]))
    for file in out.iterdir():
        file.unlink()

    def writer(i: int) -> None:
        export(jobs[i % 2])

    def check(_pid: int) -> str:
        names = set()
        for file in out.iterdir():
            if file.name.startswith(".") and file.name.endswith(".tmp"):
                continue
            assert file.name in expected, f"unexpected output {file.name}"
            assert file.read_bytes() in expected[file.name], f"{file.name} is torn"
            names.add(file.name)
        return f"{len(names)} files"

    seen = _kill_rounds(ROUNDS_EXPORT, writer, check, seconds)
    assert sum(seen.values()) == ROUNDS_EXPORT
    # A temp file left by a kill in the output folder is never taken for a plan.
    paths, _ = expand_plans([str(out)], "en")
    assert all(not p.name.startswith(".") for p in paths)
    print(f"export ({way}): {dict(seen)}")


def test_recovery_file_survives_sigkill(tmp_path: Path) -> None:
    from mvi_tui.core.recovery import (
        SUFFIX,
        RecoverySession,
        discard,
        find_orphans,
        load_recovered,
    )

    plan_a, plan_b = _versions(copies=10)
    dumps = {"A": plan_a.model_dump(), "B": plan_b.model_dump()}
    folder = tmp_path / "recovery"
    seconds = _timed(lambda: RecoverySession(tmp_path / "probe").write(plan_b, step="criteria"))

    def writer(i: int) -> None:
        # One session per child process, as in the wizard; the file name holds the pid.
        global _session
        if i == 0:
            _session = RecoverySession(folder)
        _session.write(plan_b if i % 2 == 0 else plan_a, plan_path="plan.toml", step="award")

    def check(pid: int) -> str:
        mine = [f for f in folder.glob(f"{pid}-*{SUFFIX}")] if folder.exists() else []
        orphans = [o for o in find_orphans(folder) if o.pid == pid]
        assert len(orphans) == len(mine) <= 1, (mine, orphans)
        if not orphans:
            return "none yet"
        info = orphans[0]
        assert info.plan_path == "plan.toml" and info.step == "award"
        recovered = load_recovered(info).model_dump()
        version = next((v for v, d in dumps.items() if d == recovered), None)
        assert version is not None, "recovered plan is neither version"
        discard(info)  # as the wizard does once the user chose; keeps later rounds fast
        return version

    seen = _kill_rounds(ROUNDS_RECOVERY, writer, check, seconds)
    assert sum(seen.values()) == ROUNDS_RECOVERY
    assert seen["none yet"] < ROUNDS_RECOVERY, "no kill came after a finished write"
    # Temp files never show up as sessions to recover.
    assert all(
        o.file.name.endswith(SUFFIX) and not o.file.name.startswith(".")
        for o in find_orphans(folder)
    )
    print(f"recovery: {dict(seen)}")


_session = None  # the child's recovery session (set in the forked child only)


def test_folders_of_plans_skip_temp_and_hidden_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a kill or another tool leaves beside plans is never validated as a plan."""
    plan_a, _ = _versions(copies=1)
    save_plan(plan_a, tmp_path / "plan.toml", backup=False)
    (tmp_path / "sub").mkdir()
    save_plan(plan_a, tmp_path / "sub" / "ook.toml", backup=False)
    (tmp_path / ".plan.toml.k2j4h1.tmp").write_text("half a pl", encoding="utf-8")
    (tmp_path / "._plan.toml").write_bytes(b"\x00\x05\x16\x07 AppleDouble")  # macOS
    for hidden in (".git", ".venv/lib"):
        (tmp_path / hidden).mkdir(parents=True)
        (tmp_path / hidden / "config.toml").write_text("[core]\n", encoding="utf-8")
    (tmp_path / "plan.toml.bak").write_text("old", encoding="utf-8")
    paths, problems = expand_plans([str(tmp_path)], "en")
    assert paths == [tmp_path / "plan.toml", tmp_path / "sub" / "ook.toml"] and not problems
    assert main(["validate", str(tmp_path)]) == 0
    assert "2 of 2 plans ok" in capsys.readouterr().out
    # Named directly, a file is always taken, so its problems are shown.
    assert expand_plans([str(tmp_path / "._plan.toml")], "en")[0] == [tmp_path / "._plan.toml"]
