"""`mvi validate PLAN...`: check plan files against the models and the catalogue."""

from __future__ import annotations

import argparse
import json
import sys

from mvi_tui.commands.common import EXIT_INPUT, EXIT_OK, expand_plans, print_problems, subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {"nl": "controleer planbestanden", "en": "check plan files"},
    "plans": {"nl": "planbestanden of mappen met plannen", "en": "plan files or folders of plans"},
    "json": {"nl": "resultaat als JSON op stdout", "en": "result as JSON on stdout"},
    "ok": {
        "nl": "{file}: in orde ({n} inkopen, {t} aanbestedingen)",
        "en": "{file}: ok ({n} procurements, {t} tenders)",
    },
    "summary": {"nl": "{ok} van {total} plannen in orde", "en": "{ok} of {total} plans ok"},
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang)
    p.add_argument("plans", nargs="+", metavar="PLAN", help=tr(MESSAGES, "plans", lang))
    p.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.core.catalogue import default_catalogue
    from mvi_tui.core.planfile import load_plan
    from mvi_tui.core.problems import InputError

    lang = args.lang
    paths, problems = expand_plans(args.plans, lang)
    catalogue = default_catalogue()
    results = []
    failed = bool(problems)
    print_problems(problems, lang)
    if not args.json:  # a broken file in the user's own catalogue: warned, not fatal
        print_problems(catalogue.user_problems, lang)
    for path in paths:
        try:
            plan, warnings = load_plan(path, lang, catalogue)
        except InputError as exc:
            failed = True
            results.append(
                {"file": str(path), "valid": False, "problems": [p.to_json() for p in exc.problems]}
            )
            if not args.json:
                print_problems(exc.problems, lang)
            continue
        results.append(
            {
                "file": str(path),
                "valid": True,
                "procurements": len(plan.procurements),
                "tenders": len(plan.tenders()),
                "problems": [w.to_json() for w in warnings],
            }
        )
        if not args.json:
            print_problems(warnings, lang)
            print(
                tr(MESSAGES, "ok", lang, file=path, n=len(plan.procurements), t=len(plan.tenders()))
            )
    if args.json:
        out = {"valid": not failed, "files": results}
        if catalogue.user_problems:
            out["catalogue_problems"] = [p.to_json() for p in catalogue.user_problems]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif len(paths) > 1:
        ok = sum(1 for r in results if r["valid"])
        print(tr(MESSAGES, "summary", lang, ok=ok, total=len(paths)))
    return EXIT_INPUT if failed else EXIT_OK
