"""Measure the wizard: start-up time and memory against a minimal Textual app, and the
time to update the criteria list after a keystroke with the whole catalogue.

    .venv/bin/python benchmarks/tui_bench.py [--runs 7] [--scale 10]

Prints the figures and the targets (start <= 1.5x and memory <= 1.5x the minimal app,
criteria update < 30 ms at the 95th percentile), the criteria update both with the real
catalogue and with one --scale times larger (every criterion copied under new ids, given
to the app the way a test injects a catalogue). Both apps run headless in a fresh
process each time, measured the same way: from just before the process is started until
the first screen is ready (`on_ready`), and the peak resident memory at that moment.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REPORT = """
import json, resource, sys, time
def report():
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ready": time.time(), "rss_mb": rss_kb / 1024}), file=sys.__stdout__, flush=True)
"""

MINIMAL = (
    REPORT
    + """
from textual.app import App
from textual.widgets import Footer, Label, OptionList

class Minimal(App):
    def compose(self):
        yield Label("Minimal")
        yield OptionList("one", "two", "three")
        yield Footer()

    def on_ready(self):
        report()
        self.exit()

Minimal().run(headless=True)
"""
)

WIZARD = (
    REPORT
    + """
# The real `mvi` path (argument parsing, interface language, settings), with the app
# subclassed only to report when its first screen is ready.
import mvi_tui.cli
import mvi_tui.tui.launch as launch

def run_wizard(plan_path, lang):
    from mvi_tui.tui.app import MviApp

    class Bench(MviApp):
        def on_ready(self):
            report()
            self.exit()

    return Bench(plan_path, lang).run(headless=True) or 0

launch.run_wizard = run_wizard
mvi_tui.cli.main(sys.argv[1:])
"""
)


def start_once(code: str, env: dict[str, str], *args: str) -> tuple[float, float]:
    """Seconds from process start to the first ready screen, and peak memory in MB."""
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise SystemExit(f"no report from the benchmark process:\n{out.stderr[-3000:]}")
    data = json.loads(line)
    return data["ready"] - t0, data["rss_mb"]


def startup(runs: int) -> dict[str, float]:
    """Median start time and memory of both apps, measured alternately in the same run."""
    home = Path(tempfile.mkdtemp(prefix="mvi-bench-"))
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT),
        "LANG": "en_US.UTF-8",
    }
    env.pop("MVI_LANG", None)
    variants = {
        "minimal": (MINIMAL, ()),
        "wizard": (WIZARD, ()),  # `mvi`: the language comes from the settings
        "wizard_lang": (WIZARD, ("--lang", "en")),  # `mvi --lang en`: settings read later
    }
    for code, args in variants.values():
        start_once(code, env, *args)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in variants}
    mems: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, (code, args) in variants.items():
            seconds, mb = start_once(code, env, *args)
            times[name].append(seconds)
            mems[name].append(mb)
    out = {}
    for name in variants:
        out[f"{name}_s"] = statistics.median(times[name])
        out[f"{name}_mb"] = statistics.median(mems[name])
    return out


def scaled_catalogue(factor: int):  # noqa: ANN201 - a Catalogue, imported lazily
    """The built-in catalogue with every criterion there `factor` times, under new ids.

    Each copy keeps its product group, themes, level and texts, so a search word matches
    `factor` times as many criteria as in the real catalogue: what a much larger
    catalogue would cost the criteria step, not just a longer list of non-matches.
    """
    import dataclasses

    from mvi_tui.core.catalogue import default_catalogue

    cat = default_catalogue()
    if factor <= 1:
        return cat
    criteria = {}
    by_group: dict[str, list] = {}
    for group, crits in cat.by_group.items():
        copies = [
            c if k == 0 else c.model_copy(update={"id": f"{c.id}-x{k}"})
            for k in range(factor)
            for c in crits
        ]
        by_group[group] = copies
        criteria.update({c.id: c for c in copies})
    for cid, c in cat.criteria.items():  # criteria of no group, if any, once
        criteria.setdefault(cid, c)
    # dataclasses.replace runs __post_init__ again, which rebuilds the search index.
    return dataclasses.replace(cat, criteria=criteria, by_group=by_group)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def keystrokes(factor: int = 1) -> dict[str, float]:
    """Type and erase searches in the criteria step with the whole catalogue listed."""
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp())
    from mvi_tui.core import editing
    from mvi_tui.tui.app import MviApp

    app = MviApp(
        None,
        "en",
        remember=False,
        recovery_dir=Path(tempfile.mkdtemp()),
        examples=False,
        catalogue=scaled_catalogue(factor),
    )
    handler: list[float] = []
    total: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        plan = editing.new_plan(app.catalogue, "manifest", "en")
        editing.add_procurement(
            plan, app.catalogue, title="Bench", product_group="kantoormeubilair", value_eur=1e6
        )
        app.set_plan(plan, None)
        app.action_goto("criteria")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#crit-scope").value = "all"  # the whole catalogue
        await pilot.pause()
        original = screen.refilter
        search = screen.query_one("#crit-search")
        sent: list[float] = [time.perf_counter()]

        def timed() -> None:
            t = time.perf_counter()
            original()
            handler.append(time.perf_counter() - t)
            # Keystroke to screen: from the key event to the end of the next refresh.
            start = sent[-1]
            screen.call_after_refresh(lambda: total.append(time.perf_counter() - start))

        screen.refilter = timed  # type: ignore[method-assign]
        search.focus()
        await pilot.pause()
        words = ["circulair", "co2", "energie", "sociaal", "hout", "label", "zero emissie"]
        for word in words * 3:
            for ch in list(word) + ["backspace"] * len(word):
                sent.append(time.perf_counter())  # the key is sent at once, before any wait
                await pilot.press("space" if ch == " " else ch)
                await pilot.pause()
        listed = len(app.catalogue.criteria)
    return {
        "criteria": listed,
        "keystrokes": len(total),
        "handler_p95_ms": 1000 * p95(handler),
        "handler_median_ms": 1000 * statistics.median(handler),
        "keystroke_p95_ms": 1000 * p95(total),
        "keystroke_median_ms": 1000 * statistics.median(total),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups per app (median taken)")
    parser.add_argument(
        "--scale", type=int, default=10, help="size of the larger catalogue (default 10x)"
    )
    parser.add_argument("--no-startup", action="store_true", help="only the criteria filter")
    args = parser.parse_args()
    if not args.no_startup:
        print_startup(startup(args.runs))
    for factor in (1, args.scale):
        k = asyncio.run(keystrokes(factor))
        print(
            f"criteria list, {k['criteria']} criteria ({factor}x catalogue), "
            f"{k['keystrokes']} keystrokes: "
            f"filter and rebuild p95 {k['handler_p95_ms']:.1f} ms "
            f"(median {k['handler_median_ms']:.1f}); "
            f"keystroke to updated screen p95 {k['keystroke_p95_ms']:.1f} ms "
            f"(median {k['keystroke_median_ms']:.1f}) "
            f"(target < 30 ms: {verdict(k['keystroke_p95_ms'] < 30)})"
        )
    return 0


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def print_startup(s: dict[str, float]) -> None:
    """The start-up and memory lines against the minimal Textual app."""
    t_ratio = s["wizard_s"] / s["minimal_s"]
    m_ratio = s["wizard_mb"] / s["minimal_mb"]

    print(
        f"start to first screen: minimal Textual app {s['minimal_s'] * 1000:.0f} ms, "
        f"mvi wizard {s['wizard_s'] * 1000:.0f} ms -> {t_ratio:.2f}x (target <= 1.5x: {verdict(t_ratio <= 1.5)}); "
        f"with --lang en {s['wizard_lang_s'] * 1000:.0f} ms -> {s['wizard_lang_s'] / s['minimal_s']:.2f}x"
    )
    print(
        f"peak memory at first screen: minimal {s['minimal_mb']:.1f} MB, "
        f"wizard {s['wizard_mb']:.1f} MB -> {m_ratio:.2f}x (target <= 1.5x: {verdict(m_ratio <= 1.5)})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
