"""`mvi export PLAN_OR_DIR... -o DIR -f md,html,docx,ocds,toml`: many plans, many formats.

A procurement office exports dozens of plans at once, so one broken plan must not stop
the others: each plan is exported on its own, its problems are reported as
`file: place: message`, and the exit code says whether anything failed. Every file is
written atomically (a crash leaves the old file or the new one, never half of one) under
a safe name inside DIR; the files of a few plans are flushed to disk together
(`AtomicBatch`), which is much of the speed of a large batch. `-j N` spreads the plans
over N processes; each process loads the catalogue and compiles the templates once and
keeps them for all its plans.

This module never imports Textual or questionary: it runs on servers and in CI.
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mvi_tui.commands.common import EXIT_INPUT, EXIT_OK, expand_plans, print_problems
from mvi_tui.core.atomic import AtomicBatch, atomic_write_bytes
from mvi_tui.core.i18n import tr
from mvi_tui.core.problems import InputError, Problem
from mvi_tui.export.naming import UnsafePath, inside, output_name, safe_part, unique_stems

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

DOCUMENT_FORMATS = ("md", "html", "docx", "ocds")

# Plans whose files are flushed to disk together. Their data waits in temporary files,
# not in memory; more plans per flush means fewer flushes but a progress report that
# moves in larger steps.
PLANS_PER_FLUSH = 16

MESSAGES = {
    "failed": {
        "nl": "export als {fmt} mislukt: {error}",
        "en": "{fmt} export failed: {error}",
    },
    "write_failed": {
        "nl": "{name} kan niet worden geschreven: {error}",
        "en": "{name} cannot be written: {error}",
    },
    "unsafe": {
        "nl": "uitvoernaam {name} valt buiten de uitvoermap; overgeslagen",
        "en": "output name {name} falls outside the output folder; skipped",
    },
    "overwrite_input": {
        "nl": "zou het invoerplan zelf overschrijven; kies een andere uitvoermap",
        "en": "would overwrite the input plan itself; choose another output folder",
    },
    "no_tenders": {
        "nl": "geen aanbesteding uitgewerkt in dit plan; alleen het plan zelf kan worden geëxporteerd",
        "en": "no tender drafted in this plan; only the plan itself can be exported",
    },
    "out_dir": {
        "nl": "uitvoermap kan niet worden gemaakt: {error}",
        "en": "output folder cannot be created: {error}",
    },
    "bad_jobs": {"nl": "-j moet ten minste 1 zijn", "en": "-j must be at least 1"},
    "line": {
        "nl": "[{n}/{total}] {file}: {count} bestanden",
        "en": "[{n}/{total}] {file}: {count} files",
    },
    "line_failed": {
        "nl": "[{n}/{total}] {file}: mislukt",
        "en": "[{n}/{total}] {file}: failed",
    },
    "progress": {"nl": "Exporteren", "en": "Exporting"},
    "summary": {
        "nl": "{ok} van {total} plannen geëxporteerd, {files} bestanden in {out}",
        "en": "{ok} of {total} plans exported, {files} files in {out}",
    },
    "summary_failed": {
        "nl": "{failed} plan(nen) mislukt; zie de meldingen hierboven",
        "en": "{failed} plan(s) failed; see the messages above",
    },
}


@dataclass(frozen=True)
class Job:
    """One plan to export; plain values only, so it can travel to a worker process."""

    path: str
    stem: str
    out_dir: str
    formats: tuple[str, ...]
    doc_lang: str | None
    template_dir: str | None
    lang: str
    today: date


@dataclass
class Result:
    """What happened to one plan: files written, errors and warnings."""

    path: str
    written: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    staged: list[str] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def write_failed(self, target: str, exc: OSError, lang: str) -> None:
        error = exc.strerror or str(exc)
        name = Path(target).name
        self.problems.append(
            Problem(self.path, tr(MESSAGES, "write_failed", lang, name=name, error=error))
        )

    def settle(self, failed: Mapping[str, OSError], lang: str) -> Result:
        """After the batch's commit: staged files to `written`, or to `problems` if failed."""
        for target in self.staged:
            if target in failed:
                self.write_failed(target, failed[target], lang)
            else:
                self.written.append(target)
        self.staged.clear()
        return self


def _write(
    folder: Path, name: str, data: bytes, result: Result, lang: str, batch: AtomicBatch | None
) -> None:
    try:
        target = inside(folder, name)
    except UnsafePath:
        result.problems.append(Problem(result.path, tr(MESSAGES, "unsafe", lang, name=name)))
        return
    if batch is None:
        atomic_write_bytes(target, data)
        result.written.append(str(target))
        return
    try:
        batch.add(target, data)
    except OSError as exc:
        result.write_failed(str(target), exc, lang)
    else:
        result.staged.append(str(target))


class _Tender:
    """One tender's renderings; the document is built once and shared by md, html, docx."""

    def __init__(self, job: Job, plan, proc, catalogue, doc_lang: str) -> None:  # noqa: ANN001
        from mvi_tui.export.facts import gather

        self.job, self.plan, self.proc, self.catalogue = job, plan, proc, catalogue
        self.doc_lang = doc_lang
        self.facts = gather(plan, proc, catalogue, doc_lang)
        self._doc = None

    @property
    def doc(self):  # noqa: ANN201 - TenderDocument
        if self._doc is None:
            from mvi_tui.export.document import build_document

            self._doc = build_document(
                self.plan,
                self.proc,
                self.catalogue,
                self.doc_lang,
                today=self.job.today,
                facts=self.facts,
            )
        return self._doc

    def render(self, fmt: str) -> bytes:
        """Bytes of this tender in `fmt` (imports inside: a worker pays for what it uses)."""
        if fmt == "ocds":
            from mvi_tui.export.ocds import build_release_package, render_ocds

            package = build_release_package(
                self.plan,
                self.proc,
                self.catalogue,
                self.doc_lang,
                facts=self.facts,
                today=self.job.today,
                source=self.job.stem,
            )
            return render_ocds(package)
        if fmt == "docx":
            from mvi_tui.export.render_docx import render_docx

            return render_docx(self.doc, self.proc.title)
        from mvi_tui.export.templating import render

        return render(fmt, self.doc, self.job.template_dir, self.job.lang).encode("utf-8")


def export_plan(job: Job, batch: AtomicBatch | None = None) -> Result:
    """Read one plan file and export it; never raises for a problem in the plan.

    Without a `batch` every file is on disk when this returns; with one, the files are
    staged in it until the batch is committed and the result settled (`export_chunk`).
    """
    from mvi_tui.core.catalogue import default_catalogue
    from mvi_tui.core.planfile import load_plan

    result = Result(job.path)
    catalogue = default_catalogue()
    try:
        plan, warnings = load_plan(job.path, job.lang, catalogue)
    except InputError as exc:
        result.problems.extend(exc.problems)
        return result
    result.warnings.extend(warnings)
    export_loaded(plan, job, catalogue, result, batch)
    return result


def export_loaded(  # noqa: ANN001
    plan, job: Job, catalogue, result: Result, batch: AtomicBatch | None = None
) -> None:
    """Export a plan already in memory (the batch, the wizard and the prompts use this)."""
    from mvi_tui.core.planfile import dump_plan
    from mvi_tui.export.document import document_lang

    folder = Path(job.out_dir)
    doc_lang = document_lang(plan, job.doc_lang)
    formats = [f for f in job.formats if f in DOCUMENT_FORMATS]
    if formats and not plan.tenders():
        result.warnings.append(
            Problem(job.path, tr(MESSAGES, "no_tenders", job.lang), severity="warning")
        )
    used: set[str] = set()
    for index, proc in enumerate(plan.procurements):
        if proc.tender is None or not formats:
            continue
        where = f"procurements[{index}]"
        ident = safe_part(proc.id)
        while ident.lower() in used:  # ids differing only in case, on case-blind disks
            ident += "_"
        used.add(ident.lower())
        try:
            tender = _Tender(job, plan, proc, catalogue, doc_lang)
        except Exception as exc:  # noqa: BLE001 - an engine bug must not stop the batch
            result.problems.append(_failure(job, where, "engine", exc))
            continue
        for fmt in formats:
            try:
                data = tender.render(fmt)
                _write(folder, output_name(job.stem, ident, fmt), data, result, job.lang, batch)
            except InputError as exc:  # a broken organisation template
                result.problems.extend(exc.problems)
            except Exception as exc:  # noqa: BLE001 - report, keep going with the rest
                result.problems.append(_failure(job, where, fmt, exc))
    if "toml" in job.formats:
        name = output_name(job.stem, None, "toml")
        try:
            same = inside(folder, name) == Path(job.path).resolve()
        except UnsafePath:
            same = False
        if same:
            result.problems.append(Problem(job.path, tr(MESSAGES, "overwrite_input", job.lang)))
        else:
            try:
                data = dump_plan(plan).encode("utf-8")
                _write(folder, name, data, result, job.lang, batch)
            except Exception as exc:  # noqa: BLE001
                result.problems.append(_failure(job, "", "toml", exc))
    if "coaching" in job.formats:
        from mvi_tui.export.coaching import coaching_outputs

        try:
            outputs = coaching_outputs(
                plan, job.stem, job.doc_lang, catalogue, today=job.today, source=Path(job.path).name
            )
            for name, data in outputs:
                _write(folder, name, data, result, job.lang, batch)
        except Exception as exc:  # noqa: BLE001 - report, the documents are written already
            result.problems.append(_failure(job, "", "coaching", exc))


def _failure(job: Job, where: str, fmt: str, exc: BaseException) -> Problem:
    error = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        error = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return Problem(job.path, tr(MESSAGES, "failed", job.lang, fmt=fmt, error=error), path=where)


def _warm_up(template_dir: str | None, formats: tuple[str, ...] = DOCUMENT_FORMATS) -> None:
    """Load the catalogue and compile the templates once, before the first plan.

    Only what `formats` need: python-docx alone costs about 70 ms to import, a third of
    a cold `mvi export -f md` (benchmarks/cold_start.py).
    """
    from mvi_tui.core.catalogue import default_catalogue
    from mvi_tui.export.templating import TEMPLATES, environment

    default_catalogue()
    if "docx" in formats:
        from mvi_tui.export.render_docx import template_bytes

        template_bytes()
    for kind, name in TEMPLATES.items():
        if kind not in formats:
            continue
        try:
            environment(kind, template_dir).get_template(name)
        except Exception:  # noqa: BLE001 - reported per plan when it is used
            pass
    # What is loaded now (catalogue, models, templates) lives as long as the process;
    # frozen, the garbage collector no longer scans it again and again while the plans
    # are exported: about 6% of the CPU of an md+html+ocds batch. (Collecting less often
    # as well saves nothing more and lets python-docx's garbage pile up.)
    gc.freeze()


def _context() -> BaseContext:
    """fork where it is safe, else spawn.

    A forked worker starts with everything this process has loaded (modules, catalogue,
    templates) in milliseconds; a spawned one imports it all again, about half a second
    of CPU, which was a sixth of a 1,000-plan batch. Forking is safe on Linux while this
    process has no other thread (the progress bar starts after the workers). Elsewhere
    spawn: starting a worker returns at once, so this process exports while they load.
    """
    import multiprocessing

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def export_chunk(jobs: list[Job]) -> list[Result]:
    """Export a few plans (also in a worker process); their files are written on return."""
    batch = AtomicBatch()
    try:
        results = [export_plan(job, batch) for job in jobs]
        failed = batch.commit()
    finally:
        batch.discard()  # only after an exception: a commit leaves nothing staged
    return [result.settle(failed, jobs[0].lang) for result in results]


def run_jobs(jobs: list[Job], workers: int = 1) -> Iterator[Result]:
    """Export every job, in this process or with `workers` processes; results as they finish.

    With N workers this process is one of them: N-1 worker processes take chunks of
    plans from the front, this process takes them from the back (cancelling a chunk no
    worker has started), so no chunk is done twice and the workers' start-up (imports,
    catalogue) costs no wall time.
    """
    if not jobs:
        return
    if workers <= 1 or len(jobs) == 1:
        _warm_up(jobs[0].template_dir, jobs[0].formats)
        for start in range(0, len(jobs), PLANS_PER_FLUSH):
            yield from export_chunk(jobs[start : start + PLANS_PER_FLUSH])
        return
    # Imported here: a one-process export (most of them) needs neither.
    from concurrent.futures import ProcessPoolExecutor, as_completed

    workers = min(workers, len(jobs))
    size = max(1, min(PLANS_PER_FLUSH, len(jobs) // (workers * 8)))
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        _warm_up(jobs[0].template_dir, jobs[0].formats)  # inherited by the workers
    with ProcessPoolExecutor(
        max_workers=workers - 1,
        mp_context=context,
        initializer=_warm_up,
        initargs=(jobs[0].template_dir, jobs[0].formats),
    ) as pool:
        futures = [pool.submit(export_chunk, chunk) for chunk in chunks]
        chunk_of = dict(zip(futures, chunks, strict=True))
        remaining = set(futures)

        def collect(future: Future[list[Result]]) -> list[Result]:
            try:
                return future.result()
            except Exception:  # noqa: BLE001 - a worker died (out of memory, killed): redo here
                return export_chunk(chunk_of[future])

        try:
            if not forked:  # warmed up while the spawned workers start
                _warm_up(jobs[0].template_dir, jobs[0].formats)
            for index in range(len(chunks) - 1, -1, -1):
                for future in [f for f in remaining if f.done()]:
                    remaining.discard(future)
                    yield from collect(future)
                if not futures[index].cancel():
                    break  # the workers got here first: the rest is theirs
                remaining.discard(futures[index])
                yield from export_chunk(chunks[index])
            for future in as_completed(remaining):
                yield from collect(future)
        finally:
            for future in futures:
                future.cancel()


def _reporter(total: int, lang: str) -> tuple[Callable[[Result], None], Callable[[], None]]:
    """A rich progress bar on a terminal, one plain line per plan otherwise."""
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        console = Console(stderr=True)
        progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        task = progress.add_task(tr(MESSAGES, "progress", lang), total=total)

        def advance(result: Result) -> None:
            # Started at the first result, not before: its refresh thread must not exist
            # yet when `run_jobs` forks its workers.
            if not progress.live.is_started:
                progress.start()
            for problem in result.problems + result.warnings:
                progress.console.print(problem.format(lang), markup=False, highlight=False)
            progress.advance(task)

        return advance, progress.stop

    done = 0

    def line(result: Result) -> None:
        nonlocal done
        done += 1
        print_problems(result.problems + result.warnings, lang)
        key = "line" if result.ok else "line_failed"
        print(
            tr(
                MESSAGES,
                key,
                lang,
                n=done,
                total=total,
                file=result.path,
                count=len(result.written),
            ),
            file=sys.stderr,
        )

    return line, lambda: None


def plan_jobs(
    paths: Iterable[Path],
    out_dir: Path,
    formats: Iterable[str],
    *,
    doc_lang: str | None = None,
    template_dir: str | None = None,
    lang: str = "en",
    today: date | None = None,
) -> list[Job]:
    """A job per plan file, with unique safe stems."""
    paths = list(paths)
    stems = unique_stems(paths)
    return [
        Job(
            path=str(path),
            stem=stem,
            out_dir=str(out_dir),
            formats=tuple(dict.fromkeys(formats)),
            doc_lang=doc_lang,
            template_dir=template_dir,
            lang=lang,
            today=today or date.today(),
        )
        for path, stem in zip(paths, stems, strict=True)
    ]


def command_export(args: argparse.Namespace) -> int:
    """`mvi export`: see the module docstring; returns the exit code."""
    lang = args.lang
    paths, problems = expand_plans(args.plans, lang)
    print_problems(problems, lang)
    failed = len(problems)
    if args.jobs < 1:
        print(tr(MESSAGES, "bad_jobs", lang), file=sys.stderr)
        return 2
    template_dir = None
    if args.template:
        from mvi_tui.export.templating import check_template_dir

        template_dir = str(Path(args.template).resolve())
        try:
            check_template_dir(template_dir, lang)
        except InputError as exc:
            print_problems(exc.problems, lang)
            return EXIT_INPUT
    out_dir = Path(args.output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(
            f"{out_dir}: {tr(MESSAGES, 'out_dir', lang, error=exc.strerror or exc)}",
            file=sys.stderr,
        )
        return EXIT_INPUT
    jobs = plan_jobs(
        paths,
        out_dir,
        args.formats,
        doc_lang=args.doc_lang,
        template_dir=template_dir,
        lang=lang,
    )
    report, stop = _reporter(len(jobs), lang)
    ok = files = 0
    try:
        for result in run_jobs(jobs, args.jobs):
            report(result)
            files += len(result.written)
            if result.ok:
                ok += 1
            else:
                failed += 1
    finally:
        stop()
    print(tr(MESSAGES, "summary", lang, ok=ok, total=len(jobs), files=files, out=out_dir))
    if failed:
        print(tr(MESSAGES, "summary_failed", lang, failed=failed), file=sys.stderr)
    return EXIT_INPUT if failed else EXIT_OK
