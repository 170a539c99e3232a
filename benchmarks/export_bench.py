"""Export speed: plans per second per format, the -j 2 speed-up, and pandoc for scale.

Usage: python benchmarks/export_bench.py [--plans 1000,10000] [--repeat 3] [--keep DIR]

Generates N plans (one drafted tender each, real catalogue criteria, deterministic), writes
them as plan files, and exports them the way `mvi export` does (load, check, build,
render, atomic write flushed to disk). Each figure is the best of --repeat runs, because other
work on a shared machine only ever makes a run slower. Every size in --plans (the first
1,000 of 10,000 generated plans are the same 1,000 plans) and every format runs in a
fresh process, which reports its peak resident memory (`ru_maxrss`) after the warm-up and
after the export: with nothing kept per plan, the peak is the same for 1,000 and 10,000
plans. Prints plans per second for each format on one core,
for md+html+ocds together, the wall-clock speed-up of `mvi export -j 2` over `-j 1`
(both as a user runs them, start-up included), and, where pandoc is installed, our docx
time against pandoc converting the same Markdown to docx.

Targets (issue 5, one core of a 2-core machine): md+html+ocds >= 300 plans/s,
docx >= 40 plans/s, -j 2 speed-up >= 1.6.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mvi_tui.core.catalogue import default_catalogue  # noqa: E402
from mvi_tui.core.enums import ContractType, CriterionType  # noqa: E402
from mvi_tui.core.plan import (  # noqa: E402
    Ambitions,
    AwardModel,
    ChosenCriterion,
    Co2Ladder,
    Organisation,
    Plan,
    Procurement,
    Tender,
    ThemeAmbition,
    Timetable,
)
from mvi_tui.core.planfile import save_plan  # noqa: E402
from mvi_tui.export.batch import plan_jobs, run_jobs  # noqa: E402

KINDS = ["gemeente", "provincie", "waterschap", "rijk"]
METHODS = ["weighted-points", "weighted-points", "value-based", "lowest-cost"]


def generate(n: int, folder: Path, seed: int = 2026) -> list[Path]:
    """`n` plan files with one tender each, drawn from the real catalogue."""
    rng = random.Random(seed)
    cat = default_catalogue()
    groups = [g for g in cat.groups.values() if len(cat.criteria_for(g.id)) >= 6]
    paths = []
    for i in range(n):
        group = rng.choice(groups)
        crits = cat.criteria_for(group.id)
        by_type = {t: [c for c in crits if c.type == t] for t in CriterionType}
        chosen = rng.sample(by_type[CriterionType.EIS], min(3, len(by_type[CriterionType.EIS])))
        chosen += by_type[CriterionType.CONTRACTBEPALING][:1]
        awards = by_type[CriterionType.GUNNINGSCRITERIUM][:2]
        price = 40 if awards else 100
        weights = [60 // len(awards)] * len(awards) if awards else []
        if awards:
            weights[-1] += 60 - sum(weights)
        criteria = [ChosenCriterion(id=c.id) for c in chosen]
        criteria += [
            ChosenCriterion(id=c.id, weight=w) for c, w in zip(awards, weights, strict=True)
        ]
        method = rng.choice(METHODS)
        start = date(2027, 1, 1) + timedelta(days=rng.randrange(0, 365))
        plan = Plan(
            organisation=Organisation(
                name=f"Organisatie {i:04d}",
                kind=rng.choice(KINDS),
                language=rng.choice(["nl", "en"]),
            ),
            ambitions=Ambitions(themes={t: ThemeAmbition(level=2) for t in group.themes}),
            procurements=[
                Procurement(
                    id=f"inkoop-{i:04d}",
                    title=f"{group.name.nl} {i}",
                    product_group=group.id,
                    contract_type=group.contract_types[0],
                    value_eur=rng.choice([80_000, 180_000, 450_000, 1_200_000, 6_000_000])
                    if group.contract_types[0] != ContractType.WORKS
                    else rng.choice([900_000, 6_500_000]),
                    start=start,
                    duration_months=rng.choice([12, 24, 36, 48]),
                    options_months=rng.choice([0, 12, 24]),
                    description="Een gegenereerde opdracht voor de benchmark.",
                    tender=Tender(
                        criteria=criteria,
                        award=AwardModel(
                            method=method,
                            price_weight=price,
                            quality_value_eur=50_000 if method == "value-based" else None,
                            co2_ladder=Co2Ladder(enabled=rng.random() < 0.3),
                        ),
                        timetable=Timetable(publication=start - timedelta(days=120)),
                    ),
                )
            ],
        )
        path = folder / f"plan-{i:04d}.toml"
        save_plan(plan, path, backup=False, catalogue_version=cat.version)
        paths.append(path)
    return paths


def settle_disk() -> None:
    """Let the disk finish writing earlier runs' files before a timed run starts.

    Every run writes into a new folder and nothing is deleted until the end: deleting
    thousands of files leaves the file system work (journal commits, discards on this
    disk) that slowed the file creation of the next runs by up to four times.
    """
    if hasattr(os, "sync"):
        os.sync()


_runs = iter(range(1_000_000))


def new_folder(base: Path) -> Path:
    """A new, empty folder for one run's output."""
    folder = base / f"run-{next(_runs)}"
    folder.mkdir(parents=True)
    return folder


def in_process(paths: list[Path], out: Path, formats: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds to export `paths` in `formats` in this warm process, one core.

    `out` is a new, empty folder. CPU seconds are printed too because a shared machine's other
    load stretches the wall clock; CPU time shows what the export itself costs.
    """
    out.mkdir(parents=True, exist_ok=True)
    jobs = plan_jobs(paths, out, formats, lang="en")
    settle_disk()
    t0, c0 = time.perf_counter(), time.process_time()
    for result in run_jobs(jobs, 1):
        assert result.ok, [p.format() for p in result.problems]
    return time.perf_counter() - t0, time.process_time() - c0


FORMATS = [
    ("md", ["md"]),
    ("html", ["html"]),
    ("ocds", ["ocds"]),
    ("toml", ["toml"]),
    ("docx", ["docx"]),
    ("md+html+ocds", ["md", "html", "ocds"]),
]


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def child(plans_dir: Path, n: int, formats: list[str], out: Path) -> dict[str, float]:
    """Export the first `n` plans of `plans_dir` in this (fresh) process; time and memory.

    Runs in its own process so that `ru_maxrss`, which only ever grows, belongs to this
    one export: `warm_mb` is the peak after the catalogue and templates are loaded and one
    plan exported, `peak_mb` the peak after all `n`.
    """
    paths = sorted(plans_dir.glob("*.toml"))[:n]
    (out / "warm").mkdir(parents=True)
    assert all(r.ok for r in run_jobs(plan_jobs(paths[:1], out / "warm", formats, lang="en"), 1))
    warm = peak_mb()
    wall, cpu = in_process(paths, out / "timed", formats)
    return {"n": len(paths), "wall": wall, "cpu": cpu, "warm_mb": warm, "peak_mb": peak_mb()}


def run_child(plans_dir: Path, n: int, formats: list[str], out: Path) -> dict[str, float]:
    """`child` in a new Python process (so each figure has its own peak memory)."""
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            str(n),
            ",".join(formats),
            str(plans_dir),
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def stages(paths: list[Path], out: Path) -> dict[str, float]:
    """CPU milliseconds per plan for each step of an md+html+ocds export (the profile)."""
    from mvi_tui.core.atomic import AtomicBatch
    from mvi_tui.core.planfile import load_plan
    from mvi_tui.export.batch import PLANS_PER_FLUSH
    from mvi_tui.export.document import build_document
    from mvi_tui.export.facts import gather
    from mvi_tui.export.ocds import build_release_package, render_ocds
    from mvi_tui.export.templating import render

    cat = default_catalogue()
    spent: dict[str, float] = {}

    @contextlib.contextmanager
    def step(name: str) -> Iterator[None]:
        t0 = time.process_time()
        yield
        spent[name] = spent.get(name, 0.0) + time.process_time() - t0

    out.mkdir(parents=True, exist_ok=True)
    batch = AtomicBatch()
    settle_disk()
    for i, path in enumerate(paths):
        with step("read + check plan (core)"):
            plan, _ = load_plan(path, "en", cat)
        proc = plan.procurements[0]
        lang = str(plan.organisation.language)
        with step("engine: advice, rules"):
            facts = gather(plan, proc, cat, lang)
        with step("build document"):
            doc = build_document(plan, proc, cat, lang, facts=facts)
        with step("render md"):
            md = render("md", doc).encode()
        with step("render html"):
            html = render("html", doc).encode()
        with step("build + dump ocds"):
            js = render_ocds(build_release_package(plan, proc, cat, lang, facts=facts))
        with step("atomic writes (3 files)"):
            for ext, data in (("md", md), ("html", html), ("json", js)):
                batch.add(out / f"s{i}.{ext}", data)
            if len(batch) == 3 * PLANS_PER_FLUSH:
                batch.commit()
    with step("atomic writes (3 files)"):
        batch.commit()
    return {step: seconds / len(paths) * 1000 for step, seconds in spent.items()}


def cli(folder: Path, out: Path, formats: str, jobs: int) -> float:
    """Wall-clock seconds of `mvi export` as a user runs it, into the new folder `out`."""
    settle_disk()
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mvi_tui",
            "export",
            str(folder),
            "-o",
            str(out),
            "-f",
            formats,
            "-j",
            str(jobs),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "MVI_LANG": "en"},
    )
    return time.perf_counter() - t0


def pandoc_docx(md_files: list[Path], out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for md in md_files:
        subprocess.run(
            [
                "pandoc",
                "-f",
                "commonmark",
                "-t",
                "docx",
                "-o",
                str(out / (md.stem + ".docx")),
                str(md),
            ],
            check=True,
            capture_output=True,
        )
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--plans",
        default="1000",
        help="comma-separated numbers of plans, e.g. 1000,10000 (default 1000)",
    )
    parser.add_argument("--keep", help="keep the generated plans and outputs in this folder")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs per figure; the best is printed, as timeit does (default 3)",
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        n, formats, plans_dir, out = args.child
        print(json.dumps(child(Path(plans_dir), int(n), formats.split(","), Path(out))))
        return
    sizes = sorted({int(x) for x in args.plans.split(",") if x.strip()})
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="mvi-export-bench-"))
    plans_dir, out = base / "plans", base / "out"
    shutil.rmtree(plans_dir, ignore_errors=True)
    plans_dir.mkdir(parents=True)
    n = sizes[0]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"mvi export benchmark: {', '.join(map(str, sizes))} generated plans, one tender each; "
        f"{os.cpu_count()} CPUs, load average {load:.1f} at start"
    )
    t0 = time.perf_counter()
    paths = generate(sizes[-1], plans_dir)[:n]
    print(f"  generated in {time.perf_counter() - t0:.1f} s")
    cli_dir = plans_dir
    if len(sizes) > 1:  # `mvi export` below takes a folder: one with the first n plans
        cli_dir = base / f"plans-{n}"
        shutil.rmtree(cli_dir, ignore_errors=True)
        cli_dir.mkdir()
        for path in paths:
            shutil.copyfile(path, cli_dir / path.name)

    t0 = time.perf_counter()
    list(run_jobs(plan_jobs(paths[:1], new_folder(out), ["md", "html", "docx", "ocds"]), 1))
    print(f"  warm-up (catalogue, templates, Word template) {time.perf_counter() - t0:.2f} s")

    rates: dict[str, float] = {}
    for size in sizes:
        print(
            f"\n{size} plans, one core, a fresh process per format "
            "(load + check + build + render + atomic write):"
        )
        print(
            f"  {'format':<14} {'plans/s':>8} {'per CPU-s':>10} {'wall':>8}"
            f" {'peak MB':>8} {'after warm-up':>14}"
        )
        for label, formats in FORMATS:
            runs = [
                run_child(plans_dir, size, formats, new_folder(out)) for _ in range(args.repeat)
            ]
            wall = min(r["wall"] for r in runs)
            cpu = min(r["cpu"] for r in runs)
            peak = max(r["peak_mb"] for r in runs)
            warm = max(r["warm_mb"] for r in runs)
            if size == n:
                rates[label] = n / wall
            print(
                f"  {label:<14} {size / wall:8.0f} {size / cpu:10.0f} {wall:7.2f}s"
                f" {peak:8.1f} {warm:13.1f}"
            )
    print(
        f"  target md+html+ocds >= 300 plans/s ({n} plans): "
        f"{'met' if rates['md+html+ocds'] >= 300 else 'MISSED'}"
    )
    print(f"  target docx >= 40 plans/s ({n} plans): {'met' if rates['docx'] >= 40 else 'MISSED'}")
    split = stages(paths[:300], base / "stages")
    print("  where the CPU goes in md+html+ocds, ms per plan:")
    for step, ms in split.items():
        print(f"    {step:<26} {ms:6.2f}")
    print(f"    {'total':<26} {sum(split.values()):6.2f}")

    print("\n`mvi export` wall clock, start-up included:")
    for formats in ("md,html,ocds", "md,html,docx,ocds"):
        one = min(cli(cli_dir, new_folder(out), formats, 1) for _ in range(args.repeat))
        two = min(cli(cli_dir, new_folder(out), formats, 2) for _ in range(args.repeat))
        print(
            f"  -f {formats:<18} -j 1 {one:6.2f} s   -j 2 {two:6.2f} s   speed-up {one / two:.2f}x"
        )

    if shutil.which("pandoc"):
        sample = paths[:100]
        md_dir = base / "md"  # in_process empties its output folder: keep the Markdown apart
        in_process(sample, md_dir, ["md"])
        ours, _ = in_process(sample, new_folder(out), ["docx"])
        theirs = pandoc_docx(sorted(md_dir.glob("*.md")), base / "pandoc")
        print(
            f"\npandoc, same Markdown to docx ({len(sample)} plans): pandoc {theirs / len(sample) * 1000:.1f} ms"
            f" per plan, ours {ours / len(sample) * 1000:.1f} ms per plan (incl. load and write)"
        )
    else:
        print("\npandoc is not installed: no comparison")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
