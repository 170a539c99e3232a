"""Cold start of the headless commands against `python -c "import pydantic, tomllib"`.

Each command runs as a fresh process, several times, interleaved with the baseline so
that a busy machine slows both alike; the script prints the median wall time and the
median CPU time (user + system, from the child's rusage) and their ratios to the
baseline measured in the same run. CPU time is the steadier figure when other work
shares the machine; wall time is what a user feels. Target: at most 2x.

    .venv/bin/python benchmarks/cold_start.py [--repeat 15] [--json]

The user folders (XDG_*) point at a fresh temporary folder: the first run fills the
catalogue cache there and is reported apart ("first run"); the medians are of the
runs after it, as a user has them from the second command on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "gemeente-utrecht.toml"
TARGET = 2.0


@dataclass
class Case:
    """One command line and its measurements (seconds)."""

    name: str
    argv: list[str]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    first_wall: float | None = None

    def median_wall(self) -> float:
        return statistics.median(self.wall)

    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process (its exit code must be 0)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


def cases(out_dir: Path) -> list[Case]:
    py = sys.executable
    mvi = [py, "-m", "mvi_tui"]
    return [
        Case("baseline: import pydantic, tomllib", [py, "-c", "import pydantic, tomllib"]),
        Case("mvi --help", [*mvi, "--help"]),
        Case("mvi validate <example>", [*mvi, "validate", str(EXAMPLE)]),
        Case(
            "mvi export <example> -f md",
            [*mvi, "export", str(EXAMPLE), "-f", "md", "-o", str(out_dir)],
        ),
        # Floors, for reading the figures above: what any command that reads a plan
        # cannot avoid with pydantic models (the classes are built at import).
        Case("floor: from pydantic import BaseModel", [py, "-c", "from pydantic import BaseModel"]),
        Case("floor: import the plan models", [py, "-c", "import mvi_tui.core.planfile"]),
    ]


def measure(repeat: int) -> tuple[list[Case], dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="mvi-cold-") as tmp:
        home = Path(tmp)
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "NO_COLOR": "1",
        }
        # As a user runs it: the language comes from the settings file or the system,
        # which is part of what a cold start costs.
        env.pop("MVI_LANG", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        all_cases = cases(home / "out")
        # First run: empty user cache (and, for a fresh install, Python's own .pyc
        # files, which are written next to the sources and not ours to clear).
        for case in all_cases:
            case.first_wall = run_once(case.argv, env)[0]
        for _ in range(repeat):
            for case in all_cases:  # interleaved: a load spike hits every case alike
                wall, cpu = run_once(case.argv, env)
                case.wall.append(wall)
                case.cpu.append(cpu)
    machine = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": str(os.cpu_count()),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "",
    }
    return all_cases, machine


def report(all_cases: list[Case], machine: dict[str, str], repeat: int) -> dict[str, object]:
    base = all_cases[0]
    rows = []
    for case in all_cases:
        rows.append(
            {
                "case": case.name,
                "wall_ms": round(case.median_wall() * 1000, 1),
                "cpu_ms": round(case.median_cpu() * 1000, 1),
                "wall_ratio": round(case.median_wall() / base.median_wall(), 2),
                "cpu_ratio": round(case.median_cpu() / base.median_cpu(), 2),
                "first_run_ms": round((case.first_wall or 0) * 1000, 1),
            }
        )
    return {"repeat": repeat, "target_ratio": TARGET, "machine": machine, "rows": rows}


def print_table(result: dict[str, object]) -> None:
    machine = result["machine"]
    print(
        f"Cold start, median of {result['repeat']} runs each "
        f"(Python {machine['python']}, {machine['cpus']} CPUs, load {machine['load']})"
    )
    header = f"{'command':36} {'wall ms':>8} {'ratio':>6} {'cpu ms':>8} {'ratio':>6} {'1st run':>8}"
    print(header)
    print("-" * len(header))
    for row in result["rows"]:
        is_command = row["case"].startswith("mvi ")
        flag = "  > 2x" if is_command and row["cpu_ratio"] > TARGET else ""
        print(
            f"{row['case']:36} {row['wall_ms']:8.1f} {row['wall_ratio']:5.2f}x "
            f"{row['cpu_ms']:8.1f} {row['cpu_ratio']:5.2f}x {row['first_run_ms']:8.1f}{flag}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per command (default 15)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    all_cases, machine = measure(args.repeat)
    result = report(all_cases, machine, args.repeat)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
