"""The bodies of `mvi advise` and `mvi simulate`: argument checks, engine call, output.

The engine (mvi_tui.core) computes; this module only checks what the user typed,
prints the result as readable text in the interface language or as JSON, and maps
problems to the documented exit codes (1 for a bad input file, 2 for a bad argument),
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import textwrap
from collections.abc import Sequence
from datetime import date
from typing import Any

from mvi_tui.commands.common import EXIT_INPUT, EXIT_OK, EXIT_USAGE, print_problems
from mvi_tui.core.enums import AWARD_METHOD_NAMES
from mvi_tui.core.i18n import tr
from mvi_tui.core.numfmt import Eur, fmt_number

WIDTH = 96

MESSAGES = {
    "bad_value": {
        "nl": "--value moet een bedrag van 0 of meer zijn, niet {value}",
        "en": "--value must be an amount of 0 or more, not {value}",
    },
    "bad_months": {
        "nl": "--months moet 1 of meer zijn, niet {value}",
        "en": "--months must be 1 or more, not {value}",
    },
    "bad_date": {
        "nl": "--date moet een datum zijn als 2026-03-01, niet {value}",
        "en": "--date must be a date like 2026-03-01, not {value}",
    },
    "unknown_group": {
        "nl": "--group: onbekende productgroep {id}{hint}",
        "en": "--group: unknown product group {id}{hint}",
    },
    "did_you_mean": {"nl": "; bedoelt u {ids}?", "en": "; did you mean {ids}?"},
    "kind_rijk": {"nl": "centrale overheid (Rijk)", "en": "central government (Rijk)"},
    "kind_other": {"nl": "decentrale overheid", "en": "sub-central authority"},
    "contract_works": {"nl": "werken", "en": "works"},
    "contract_supplies": {"nl": "leveringen", "en": "supplies"},
    "contract_services": {"nl": "diensten", "en": "services"},
    "contract_social-services": {
        "nl": "sociale en andere specifieke diensten",
        "en": "social and other specific services",
    },
    "threshold": {
        "nl": "EU-drempel {period} voor {contract}, {kind}: {amount}",
        "en": "EU threshold {period} for {contract}, {kind}: {amount}",
    },
    "value_above": {
        "nl": "Geraamde waarde {value}: op of boven de drempel, Europees aanbesteden.",
        "en": "Estimated value {value}: at or above the threshold, EU procedure.",
    },
    "value_below": {
        "nl": "Geraamde waarde {value}: onder de drempel, nationale procedure.",
        "en": "Estimated value {value}: below the threshold, national procedure.",
    },
    "procedures": {
        "nl": "Passende procedures (beste eerst)",
        "en": "Fitting procedures (best first)",
    },
    "obligations": {"nl": "Verplichtingen en adviezen", "en": "Obligations and advice"},
    "mandatory": {"nl": "verplicht", "en": "required"},
    "advised": {"nl": "advies", "en": "advised"},
    "limits": {"nl": "Minimumtermijnen", "en": "Minimum time limits"},
    "days": {"nl": "{n} dagen", "en": "{n} days"},
    "legal": {"nl": "wettelijk", "en": "statutory"},
    "practice": {"nl": "praktijk", "en": "practice"},
    "timetable": {
        "nl": "Conceptplanning voor {procedure}",
        "en": "Draft timetable for {procedure}",
    },
    "tt_publication": {"nl": "Publicatie", "en": "Publication"},
    "tt_questions_deadline": {"nl": "Sluiting vragen", "en": "Questions close"},
    "tt_nvi": {"nl": "Nota van Inlichtingen", "en": "Nota van Inlichtingen"},
    "tt_submission_deadline": {"nl": "Sluiting inschrijving", "en": "Bids close"},
    "tt_award_intended": {"nl": "Voornemen tot gunning", "en": "Intended award"},
    "tt_standstill_end": {"nl": "Einde opschortende termijn", "en": "Standstill ends"},
    "tt_contract_start": {"nl": "Start contract", "en": "Contract starts"},
    "notes": {"nl": "Let op", "en": "Note"},
    # simulate
    "no_procurement": {
        "nl": "geen inkoop met id {id}; bekend: {known}",
        "en": "no procurement with id {id}; known: {known}",
    },
    "no_tender": {
        "nl": "inkoop {id} heeft nog geen aanbesteding (tender) met een gunningsmodel",
        "en": "procurement {id} has no tender draft with an award model yet",
    },
    "other_tender": {
        "nl": "het bestand noemt aanbesteding {found}, maar --tender is {given}",
        "en": "the file names tender {found}, but --tender is {given}",
    },
    "sim_title": {
        "nl": "Simulatie {id}: {method}, {n} inschrijvingen",
        "en": "Simulation {id}: {method}, {n} bids",
    },
    "col_rank": {"nl": "Rang", "en": "Rank"},
    "col_name": {"nl": "Inschrijver", "en": "Bidder"},
    "col_price": {"nl": "Prijs", "en": "Price"},
    "col_evaluated": {"nl": "Beoordelingsprijs", "en": "Evaluated price"},
    "col_price_points": {"nl": "Prijspunten", "en": "Price points"},
    "col_quality_points": {"nl": "Kwaliteitspunten", "en": "Quality points"},
    "col_quality_value": {"nl": "Kwaliteitswaarde", "en": "Quality value"},
    "col_total": {"nl": "Totaal", "en": "Total"},
    "col_fictive": {"nl": "Fictieve prijs", "en": "Fictive price"},
    "col_index": {"nl": "Index", "en": "Index"},
    "col_lcc": {"nl": "Levensduurkosten", "en": "Life-cycle cost"},
    "col_cost": {"nl": "Beoordeelde kosten", "en": "Evaluated cost"},
    "explanation": {"nl": "Toelichting per inschrijving", "en": "Explanation per bid"},
    "sensitivity": {"nl": "Gevoeligheid van de wegingen", "en": "Sensitivity of the weights"},
    "winner": {"nl": "Winnaar: {name}", "en": "Winner: {name}"},
    "tie": {
        "nl": "Gelijke stand op de eerste plaats: {names}. Pas de beslisregel uit de aanbestedingsstukken toe.",
        "en": "Tie for first place: {names}. Apply the tie-break rule of the tender documents.",
    },
}


def _usage(command: str, message: str) -> int:
    print(f"mvi {command}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        text, width=WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


# advise -------------------------------------------------------------------------------


def _parse_advise(args: argparse.Namespace) -> tuple[date | None, str | None]:
    """The publication date, or an error message for a bad argument."""
    lang = args.lang
    if not math.isfinite(args.value) or args.value < 0:
        return None, tr(MESSAGES, "bad_value", lang, value=args.value)
    if args.months is not None and args.months < 1:
        return None, tr(MESSAGES, "bad_months", lang, value=args.months)
    if args.date is None:
        return date.today(), None
    try:
        return date.fromisoformat(args.date), None
    except ValueError:
        return None, tr(MESSAGES, "bad_date", lang, value=args.date)


def command_advise(args: argparse.Namespace) -> int:
    """`mvi advise`: print the engine's advice as text or JSON."""
    from mvi_tui.core.advice import advise
    from mvi_tui.core.problems import InputError

    lang = args.lang
    on, error = _parse_advise(args)
    if error or on is None:
        return _usage("advise", error or "")
    group = None
    catalogue = None
    try:
        if args.group:
            from mvi_tui.core.catalogue import default_catalogue

            catalogue = default_catalogue()
            group = catalogue.groups.get(args.group)
            if group is None:
                ids = catalogue.suggest_group(args.group)
                hint = tr(MESSAGES, "did_you_mean", lang, ids=", ".join(ids)) if ids else ""
                return _usage(
                    "advise", tr(MESSAGES, "unknown_group", lang, id=args.group, hint=hint)
                )
        result = advise(
            args.kind,
            args.contract,
            args.value,
            group=group,
            on=on,
            months=args.months,
            catalogue=catalogue,
        )
    except InputError as exc:
        print_problems(exc.problems, lang)
        return EXIT_INPUT
    if args.json:
        data = result.to_json(lang)
        if group is not None:
            data["group"] = group.id
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(advice_lines(result, lang)))
    return EXIT_OK


def advice_lines(advice: Any, lang: str) -> list[str]:
    """The advice as readable text lines (also used by the docs)."""
    kind = tr(MESSAGES, "kind_rijk" if advice.threshold.central else "kind_other", lang)
    lines = [
        tr(
            MESSAGES,
            "threshold",
            lang,
            period=advice.period,
            contract=tr(MESSAGES, f"contract_{advice.contract}", lang),
            kind=kind,
            amount=Eur(advice.threshold_eur).format(lang),
        ),
        tr(
            MESSAGES,
            "value_above" if advice.above_threshold else "value_below",
            lang,
            value=Eur(advice.value_eur).format(lang),
        ),
    ]
    for note in advice.notes:
        lines.append(_wrap(f"{tr(MESSAGES, 'notes', lang)}: {note.get(lang)}", ""))
    lines += _heading(tr(MESSAGES, "procedures", lang))
    for i, option in enumerate(advice.procedures, 1):
        lines.append(f"{i}. {option.name.get(lang)} [{option.code}]")
        lines.append(_wrap(option.reason.get(lang), "   "))
    lines += _heading(tr(MESSAGES, "obligations", lang))
    for ob in advice.obligations:
        tag = tr(MESSAGES, "mandatory" if ob.mandatory else "advised", lang)
        lines.append(_wrap(f"[{tag}] {ob.text.get(lang)}", "").replace("\n", "\n   "))
        lines.append(_wrap(ob.reason.get(lang), "   "))
    lines += _heading(tr(MESSAGES, "limits", lang))
    for limit in advice.time_limits:
        days = tr(MESSAGES, "days", lang, n=limit.days)
        kind_word = tr(MESSAGES, "legal" if limit.legal else "practice", lang)
        lines.append(f"{days:>9}  {limit.code} ({kind_word})")
        lines.append(_wrap(limit.text.get(lang), "           "))
    if advice.timetable is not None:
        name = advice.procedures[0].name.get(lang)
        lines += _heading(tr(MESSAGES, "timetable", lang, procedure=name))
        for key, value in advice.timetable.model_dump().items():
            if value is not None:
                lines.append(f"{tr(MESSAGES, f'tt_{key}', lang):<28}{value.isoformat()}")
    return lines


# simulate -----------------------------------------------------------------------------


def command_simulate(args: argparse.Namespace) -> int:
    """`mvi simulate`: rank the bids of a bids file under a tender's award model."""
    from mvi_tui.core.award import ScoreError, check_bids, load_bids_file, simulate
    from mvi_tui.core.catalogue import default_catalogue
    from mvi_tui.core.planfile import load_plan
    from mvi_tui.core.problems import InputError, Problem

    lang = args.lang
    try:
        catalogue = default_catalogue()
        plan, plan_warnings = load_plan(args.plan, lang, catalogue)
        proc = plan.procurement(args.tender)
        if proc is None:
            known = ", ".join(p.id for p in plan.tenders()) or "-"
            msg = tr(MESSAGES, "no_procurement", lang, id=args.tender, known=known)
            raise InputError([Problem(args.plan, msg, path="procurements")])
        if proc.tender is None:
            index = plan.procurements.index(proc)
            msg = tr(MESSAGES, "no_tender", lang, id=proc.id)
            raise InputError([Problem(args.plan, msg, path=f"procurements[{index}].tender")])
        bids_file = load_bids_file(args.bids, lang)
        problems = check_bids(proc.tender, bids_file.bid, args.bids, catalogue, lang)
        if bids_file.tender and bids_file.tender != proc.id:
            msg = tr(MESSAGES, "other_tender", lang, found=bids_file.tender, given=proc.id)
            problems.insert(0, Problem(args.bids, msg, path="tender", severity="warning"))
        errors = [p for p in problems if p.severity == "error"]
        print_problems([p for p in plan_warnings if p.severity == "error"], lang)
        if errors:
            raise InputError(problems)
        print_problems(problems, lang)
        _print_rule_findings(args.plan, plan, proc, catalogue, lang)
        result = simulate(proc.tender, bids_file.bid, catalogue, lang)
    except InputError as exc:
        print_problems(exc.problems, lang)
        return EXIT_INPUT
    except ScoreError as exc:  # check_bids catches these first; kept as a last guard
        print(f"{args.bids}: {exc.text.get(lang)}", file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        data = {"plan": str(args.plan), "tender": proc.id, "bids": str(args.bids)}
        data.update(result.to_json())
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(simulation_lines(proc.id, result, lang)))
    return EXIT_OK


def _print_rule_findings(path: str, plan: Any, proc: Any, catalogue: Any, lang: str) -> None:
    """Award-model errors (weights not 100, ...) as warnings: the simulation still runs."""
    from mvi_tui.core.problems import Problem
    from mvi_tui.core.rules import check_procurement

    index = plan.procurements.index(proc)
    found = [
        Problem(
            path,
            w.message.get(lang),
            path=f"procurements[{index}].{w.path}",
            severity="warning",
        )
        for w in check_procurement(plan, proc, catalogue)
        if w.severity == "error" and w.path.startswith("tender.award")
    ]
    print_problems(found, lang)


def _columns(result: Any, lang: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the ranking table for the method."""
    method = str(result.method)

    def eur(v: float | None) -> str:
        return "-" if v is None else fmt_number(v, lang, 0)

    def pts(v: float) -> str:
        return fmt_number(v, lang, 2)

    if method == "weighted-points":
        keys = ["col_price", "col_price_points", "col_quality_points", "col_total"]
        rows = [
            [
                eur(r.price_eur),
                pts(r.price_points),
                pts(sum(r.quality_points.values())),
                pts(r.total),
            ]
            for r in result.results
        ]
    elif method == "value-based":
        keys = ["col_price", "col_evaluated", "col_quality_value", "col_fictive"]
        rows = [
            [
                eur(r.price_eur),
                eur(r.evaluated_price_eur),
                eur(sum(r.quality_points.values())),
                eur(r.fictive_price_eur),
            ]
            for r in result.results
        ]
    elif method == "price-quality-ratio":
        keys = ["col_price", "col_evaluated", "col_quality_points", "col_index"]
        rows = [
            [
                eur(r.price_eur),
                eur(r.evaluated_price_eur),
                pts(sum(r.quality_points.values())),
                fmt_number(r.total, lang, 1),
            ]
            for r in result.results
        ]
    elif method == "lowest-cost":
        keys = ["col_price", "col_lcc", "col_cost"]
        rows = [
            [eur(r.price_eur), eur(r.lcc.total_npv if r.lcc else None), eur(r.total)]
            for r in result.results
        ]
    else:
        keys = ["col_price", "col_evaluated"]
        rows = [[eur(r.price_eur), eur(r.evaluated_price_eur)] for r in result.results]
    header = [tr(MESSAGES, "col_rank", lang), tr(MESSAGES, "col_name", lang)]
    header += [tr(MESSAGES, k, lang) for k in keys]
    body = [[str(r.rank), r.name] + row for r, row in zip(result.results, rows, strict=True)]
    return header, body


def _table(header: Sequence[str], body: Sequence[Sequence[str]]) -> list[str]:
    """A plain text table: text columns left, number columns right."""
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.ljust(widths[i]) if i == 1 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    return [line(header), "  ".join("-" * w for w in widths)] + [line(r) for r in body]


def simulation_lines(tender_id: str, result: Any, lang: str) -> list[str]:
    """The simulation as readable text lines."""
    method = tr(AWARD_METHOD_NAMES, result.method, lang)
    lines = [tr(MESSAGES, "sim_title", lang, id=tender_id, method=method, n=len(result.results))]
    lines.append("")
    lines += _table(*_columns(result, lang))
    lines.append("")
    if result.tie:
        names = ", ".join(r.name for r in result.results if r.rank == 1)
        lines.append(_wrap(tr(MESSAGES, "tie", lang, names=names), ""))
    else:
        lines.append(tr(MESSAGES, "winner", lang, name=result.winner))
    lines += _heading(tr(MESSAGES, "explanation", lang))
    for r in result.results:
        lines.append(f"{r.rank}. {r.name}")
        lines += [_wrap(x, "   ") for x in r.explanation]
    if result.sensitivity:
        lines += _heading(tr(MESSAGES, "sensitivity", lang))
        lines += [_wrap(s.text(lang), "") for s in result.sensitivity]
    return lines


__all__ = ["advice_lines", "command_advise", "command_simulate", "simulation_lines"]
