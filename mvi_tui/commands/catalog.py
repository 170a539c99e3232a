"""`mvi catalog list|show|search|stats|validate`: browse and check the knowledge base."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from mvi_tui.commands.common import EXIT_INPUT, EXIT_OK, print_problems, subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "blader door en controleer de criteriacatalogus",
        "en": "browse and check the criteria catalogue",
    },
    "list": {"nl": "toon criteria, met filters", "en": "list criteria, with filters"},
    "show": {
        "nl": "toon een criterium of productgroep volledig",
        "en": "show one criterion or product group in full",
    },
    "search": {"nl": "zoek criteria op woorden", "en": "search criteria by words"},
    "stats": {
        "nl": "tellingen per cluster, productgroep, thema, niveau en type",
        "en": "counts by cluster, product group, theme, level and type",
    },
    "validate": {
        "nl": "controleer een catalogusmap (standaard de ingebouwde)",
        "en": "check a catalogue folder (default: the built-in one)",
    },
    "group": {"nl": "alleen deze productgroep", "en": "only this product group"},
    "theme": {"nl": "alleen dit thema", "en": "only this theme"},
    "level": {"nl": "alleen dit niveau (1-3)", "en": "only this level (1-3)"},
    "type": {"nl": "alleen dit type", "en": "only this type"},
    "json": {"nl": "uitvoer als JSON", "en": "output as JSON"},
    "id": {"nl": "id van criterium of productgroep", "en": "id of a criterion or product group"},
    "text": {"nl": "zoekwoorden", "en": "search words"},
    "dir": {"nl": "catalogusmap", "en": "catalogue folder"},
    "unknown": {"nl": "onbekend id {id}{hint}", "en": "unknown id {id}{hint}"},
    "did_you_mean": {"nl": "; bedoelt u {ids}?", "en": "; did you mean {ids}?"},
    "valid": {
        "nl": "{dir}: in orde: {c} criteria in {g} productgroepen (versie {v})",
        "en": "{dir}: ok: {c} criteria in {g} product groups (version {v})",
    },
    "found": {"nl": "{n} criteria", "en": "{n} criteria"},
    "user_groups": {
        "nl": "{n} eigen productgroep(en) uit {dir}",
        "en": "{n} product group(s) of your own from {dir}",
    },
    "h_type": {"nl": "Type", "en": "Type"},
    "h_level": {"nl": "Niveau", "en": "Level"},
    "h_themes": {"nl": "Thema's", "en": "Themes"},
    "h_text": {"nl": "Tekst", "en": "Text"},
    "h_expl": {"nl": "Toelichting", "en": "Explanation"},
    "h_verif": {"nl": "Bewijsmiddel", "en": "Means of proof"},
    "h_scoring": {"nl": "Beoordeling", "en": "Scoring"},
    "h_weight": {"nl": "Weging", "en": "Weight"},
    "h_params": {"nl": "Parameters", "en": "Parameters"},
    "h_group": {"nl": "Productgroep", "en": "Product group"},
    "h_cluster": {"nl": "Cluster", "en": "Cluster"},
    "h_cpv": {"nl": "CPV", "en": "CPV"},
    "h_co2": {"nl": "CO2-eq per euro (schatting)", "en": "CO2-eq per euro (estimate)"},
    "h_isv": {"nl": "ISV-risicocategorie", "en": "ISV risk category"},
    "h_gpp": {"nl": "EU GPP", "en": "EU GPP"},
    "h_criteria": {"nl": "Criteria", "en": "Criteria"},
    "total_line": {
        "nl": "Totaal: {c} criteria, {g} productgroepen, {k} clusters",
        "en": "Total: {c} criteria, {g} product groups, {k} clusters",
    },
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang)
    cs = p.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    lst = subcommand(cs, "list", tr(MESSAGES, "list", lang), lang)
    lst.add_argument("--group", help=tr(MESSAGES, "group", lang))
    lst.add_argument(
        "--theme",
        choices=["klimaat", "circulair", "milieu", "isv", "sroi", "inclusie"],
        help=tr(MESSAGES, "theme", lang),
    )
    lst.add_argument("--level", type=int, choices=[1, 2, 3], help=tr(MESSAGES, "level", lang))
    lst.add_argument(
        "--type",
        choices=[
            "geschiktheidseis",
            "selectiecriterium",
            "eis",
            "gunningscriterium",
            "contractbepaling",
        ],
        help=tr(MESSAGES, "type", lang),
    )
    lst.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    lst.set_defaults(func=run_list)
    show = subcommand(cs, "show", tr(MESSAGES, "show", lang), lang)
    show.add_argument("id", help=tr(MESSAGES, "id", lang))
    show.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    show.set_defaults(func=run_show)
    search = subcommand(cs, "search", tr(MESSAGES, "search", lang), lang)
    search.add_argument("text", nargs="+", help=tr(MESSAGES, "text", lang))
    search.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    search.set_defaults(func=run_search)
    stats = subcommand(cs, "stats", tr(MESSAGES, "stats", lang), lang)
    stats.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    stats.set_defaults(func=run_stats)
    val = subcommand(cs, "validate", tr(MESSAGES, "validate", lang), lang)
    val.add_argument("dir", nargs="?", help=tr(MESSAGES, "dir", lang))
    val.set_defaults(func=run_validate)


def criterion_json(c: Any) -> dict[str, Any]:
    """Every field of a criterion, texts as {"nl": ..., "en": ...}."""
    data = c.model_dump(mode="json")
    data["product_group"] = data.pop("group")
    return data


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _table(rows: list[Any], lang: str) -> None:
    for c in rows:
        themes = ",".join(str(t) for t in c.themes)
        print(f"{c.id:32} {c.type.value:18} {int(c.level)}  {themes:22} {c.title.get(lang)}")
    print(tr(MESSAGES, "found", lang, n=len(rows)))


def run_list(args: argparse.Namespace) -> int:
    from mvi_tui.core.catalogue import default_catalogue
    from mvi_tui.core.enums import CriterionType, Level, Theme

    cat = default_catalogue()
    if args.group and args.group not in cat.groups:
        return _unknown(args.group, cat.suggest_group(args.group), args.lang)
    rows = cat.filter(
        group=args.group,
        theme=Theme(args.theme) if args.theme else None,
        level=Level(args.level) if args.level else None,
        type=CriterionType(args.type) if args.type else None,
    )
    if args.json:
        _print_json([criterion_json(c) for c in rows])
    else:
        _table(rows, args.lang)
    return EXIT_OK


def run_search(args: argparse.Namespace) -> int:
    from mvi_tui.core.catalogue import default_catalogue

    rows = default_catalogue().filter(query=" ".join(args.text))
    if args.json:
        _print_json([criterion_json(c) for c in rows])
    else:
        _table(rows, args.lang)
    return EXIT_OK


def _unknown(ident: str, ids: list[str], lang: str) -> int:
    hint = tr(MESSAGES, "did_you_mean", lang, ids=", ".join(ids)) if ids else ""
    print(f"mvi catalog: {tr(MESSAGES, 'unknown', lang, id=ident, hint=hint)}", file=sys.stderr)
    return EXIT_INPUT


def run_show(args: argparse.Namespace) -> int:
    from mvi_tui.core.catalogue import default_catalogue

    cat = default_catalogue()
    lang = args.lang
    h = lambda key: tr(MESSAGES, key, lang)  # noqa: E731
    if args.id in cat.criteria:
        c = cat.criteria[args.id]
        if args.json:
            _print_json(criterion_json(c))
            return EXIT_OK
        print(f"{c.id}: {c.title.get(lang)}")
        print(f"{h('h_group')}: {cat.groups[c.group].name.get(lang)} ({c.group})")
        print(
            f"{h('h_type')}: {c.type.value}   {h('h_level')}: {int(c.level)} ({cat.levels[c.level].name.get(lang)})"
        )
        print(f"{h('h_themes')}: {', '.join(cat.themes[t].name.get(lang) for t in c.themes)}")
        print(f"\n{h('h_text')}:\n  {c.text.get(lang)}")
        print(f"\n{h('h_expl')}:\n  {c.explanation.get(lang)}")
        print(f"\n{h('h_verif')}:\n  {c.verification.get(lang)}")
        if c.scoring:
            print(f"\n{h('h_scoring')}:\n  {c.scoring.get(lang)}")
            print(f"{h('h_weight')}: {c.weight_min:g}-{c.weight_max:g}%")
        if c.parameters:
            print(f"\n{h('h_params')}:")
            for name, spec in c.parameters.items():
                rng = (
                    f" [{spec.min:g}-{spec.max:g}]"
                    if spec.min is not None and spec.max is not None
                    else ""
                )
                print(f"  {{{name}}} = {spec.default} {spec.unit}{rng}  {spec.label.get(lang)}")
        return EXIT_OK
    if args.id in cat.groups:
        g = cat.groups[args.id]
        rows = cat.criteria_for(g.id)
        if args.json:
            data = g.model_dump(mode="json")
            data["criteria"] = [c.id for c in rows]
            _print_json(data)
            return EXIT_OK
        print(f"{g.id}: {g.name.get(lang)}")
        print(f"{h('h_cluster')}: {cat.clusters[g.cluster].name.get(lang)}")
        print(g.description.get(lang))
        print(f"{h('h_cpv')}: {g.cpv_main} {' '.join(g.cpv_related)}")
        print(f"{h('h_co2')}: {g.co2_kg_per_eur:g} kg ({g.co2_basis.get(lang)})")
        if g.isv_risk:
            print(f"{h('h_isv')}: {cat.isv_categories[g.isv_risk].name.get(lang)}")
        if g.eu_gpp:
            print(f"{h('h_gpp')}: {g.eu_gpp.name} ({g.eu_gpp.year})")
        print(f"\n{h('h_criteria')}:")
        _table(rows, lang)
        return EXIT_OK
    ids = cat.suggest(args.id) + cat.suggest_group(args.id)
    return _unknown(args.id, ids, lang)


def run_stats(args: argparse.Namespace) -> int:
    from mvi_tui.core.catalogue import default_catalogue

    cat = default_catalogue()
    stats = cat.stats()
    if args.json:
        _print_json({"version": cat.version, "date": cat.info.date.isoformat(), **stats})
        return EXIT_OK
    lang = args.lang
    total = stats["total"]
    print(f"{cat.info.title.get(lang)} {cat.version} ({cat.info.date.isoformat()})")
    print(
        tr(
            MESSAGES,
            "total_line",
            lang,
            c=total["criteria"],
            g=total["product_groups"],
            k=total["clusters"],
        )
    )
    sections = [
        ("h_cluster", {cat.clusters[k].name.get(lang): v for k, v in stats["by_cluster"].items()}),
        ("h_themes", {cat.themes[k].name.get(lang): v for k, v in stats["by_theme"].items()}),
        (
            "h_level",
            {f"{k} {cat.levels[int(k)].name.get(lang)}": v for k, v in stats["by_level"].items()},
        ),
        ("h_type", stats["by_type"]),
        ("h_group", stats["by_product_group"]),
    ]
    for key, counts in sections:
        print(f"\n{tr(MESSAGES, key, lang)}:")
        width = max((len(k) for k in counts), default=0)
        for k, v in counts.items():
            print(f"  {k:{width}}  {v:4}")
    return EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    """Check a catalogue folder; without DIR, the built-in one plus the user's own groups."""
    from mvi_tui.core.catalogue import load_catalogue, load_with_user, user_root
    from mvi_tui.core.problems import InputError
    from mvi_tui.core.reference import check_all

    user_problems = []
    try:
        if args.dir:
            cat = load_catalogue(args.dir, args.lang)
        else:
            cat, user_problems = load_with_user(args.lang)
    except InputError as exc:
        print_problems(exc.problems, args.lang)
        return EXIT_INPUT
    problems = check_all(cat)  # the engine's dated tables in reference/ belong to the catalogue
    if problems:
        print_problems(problems, args.lang)
        return EXIT_INPUT
    print_problems(user_problems, args.lang)
    if cat.user_groups:
        print(tr(MESSAGES, "user_groups", args.lang, n=len(cat.user_groups), dir=user_root()))
    print(
        tr(
            MESSAGES,
            "valid",
            args.lang,
            dir=args.dir or cat.root,
            c=len(cat.criteria),
            g=len(cat.groups),
            v=cat.version,
        )
    )
    return EXIT_INPUT if user_problems else EXIT_OK
