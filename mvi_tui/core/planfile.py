"""Reading, checking and writing plan files.

A plan is read with tomllib, validated by the pydantic models and then checked against
the catalogue. Problems are collected, never raised one by one: `load_plan` raises an
`InputError` with every error, or returns the plan with the warnings (for example a
criterion id the catalogue no longer knows, with the closest ids as a suggestion).
Writing is atomic and keeps the previous version as `PLAN.toml.bak`.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from mvi_tui import __version__
from mvi_tui.core.atomic import atomic_write_text
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import Lang
from mvi_tui.core.i18n import parse_lang, tr
from mvi_tui.core.plan import Plan
from mvi_tui.core.problems import InputError, Problem, loc_to_path
from mvi_tui.core.tomlio import parse_toml_bytes, read_toml

MESSAGES = {
    "unknown_criterion": {
        "nl": "onbekend criterium {id} in de catalogus (versie {version}){hint}",
        "en": "criterion {id} is not in the catalogue (version {version}){hint}",
    },
    "did_you_mean": {"nl": "; bedoelt u {ids}?", "en": "; did you mean {ids}?"},
    "unknown_group": {
        "nl": "onbekende productgroep {id}{hint}",
        "en": "unknown product group {id}{hint}",
    },
    "unknown_lot": {
        "nl": "perceel {lot} bestaat niet in deze inkoop",
        "en": "lot {lot} does not exist in this procurement",
    },
    "unknown_parameter": {
        "nl": "criterium {id} heeft geen parameter {name}",
        "en": "criterion {id} has no parameter {name}",
    },
    "parameter_range": {
        "nl": "parameter {name} = {value} valt buiten het bereik {min} - {max}",
        "en": "parameter {name} = {value} is outside the range {min} - {max}",
    },
    "weight_not_award": {
        "nl": "criterium {id} is geen gunningscriterium; een weging heeft geen betekenis",
        "en": "criterion {id} is not an award criterion; a weight has no meaning",
    },
    "catalogue_changed": {
        "nl": "plan is gemaakt met catalogusversie {old}; nu {new}",
        "en": "plan was made with catalogue version {old}; now {new}",
    },
    "newer_schema": {
        "nl": "plan heeft schemaversie {found}; deze versie van mvi kent tot {known}",
        "en": "plan has schema version {found}; this version of mvi knows up to {known}",
    },
    "not_a_table": {"nl": "het bestand is geen TOML-tabel", "en": "the file is not a TOML table"},
}

# Dutch wording of pydantic's error types; the English comes from pydantic itself.
NL_ERRORS = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld (tikfout?)",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een tabel zijn",
    "model_type": "moet een tabel zijn",
    "model_attributes_type": "moet een tabel zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "moet een datum zonder tijd zijn",
    "enum": "moet een van deze waarden zijn: {expected}",
    "literal_error": "moet een van deze waarden zijn: {expected}",
    "greater_than": "moet groter zijn dan {gt}",
    "greater_than_equal": "moet ten minste {ge} zijn",
    "less_than": "moet kleiner zijn dan {lt}",
    "less_than_equal": "mag hooguit {le} zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang (hooguit {max_length} tekens)",
    "too_short": "moet ten minste {min_length} element(en) bevatten",
    "too_long": "mag hooguit {max_length} elementen bevatten",
    "string_pattern_mismatch": "ongeldige vorm; gebruik letters, cijfers, '-', '_' of '.'",
    "finite_number": "moet een eindig getal zijn",
}


def _message(err: dict[str, Any], lang: Lang | str) -> str:
    """One validation error in the user's language."""
    text = err["msg"]
    if text.startswith("Value error, "):
        text = text[len("Value error, ") :]
    if str(lang) == "nl" and err["type"] in NL_ERRORS:
        try:
            text = NL_ERRORS[err["type"]].format(
                **{k: v for k, v in (err.get("ctx") or {}).items()}
            )
        except (KeyError, IndexError, ValueError):
            pass
    return text


def validation_problems(exc: ValidationError, file: str, lang: Lang | str) -> list[Problem]:
    """Turn pydantic's errors into problems with dotted paths."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        problems.append(Problem(file, _message(err, lang), path=loc_to_path(loc)))
    return problems


def _lang_of(data: Any, explicit: Lang | str | None) -> Lang:
    """The language for messages: explicit, else the plan's document language, else Dutch."""
    if explicit:
        return Lang(str(explicit))
    try:
        return parse_lang(data["organisation"]["language"]) or Lang.NL
    except (KeyError, TypeError, AttributeError):
        return Lang.NL


def plan_from_data(
    data: Any,
    file: str,
    lang: Lang | str | None = None,
    catalogue: Catalogue | None = None,
) -> tuple[Plan, list[Problem]]:
    """Validate parsed plan data; return the plan and its warnings or raise `InputError`."""
    msg_lang = _lang_of(data, lang)
    if not isinstance(data, dict):
        raise InputError([Problem(file, tr(MESSAGES, "not_a_table", msg_lang))])
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, file, msg_lang)) from None
    except RecursionError:
        raise InputError([Problem(file, "nested too deeply")]) from None
    cat = catalogue or default_catalogue()
    errors, warnings = check_against_catalogue(plan, cat, file, msg_lang)
    if errors:
        raise InputError(errors + warnings)
    return plan, warnings


def check_against_catalogue(
    plan: Plan, cat: Catalogue, file: str, lang: Lang | str
) -> tuple[list[Problem], list[Problem]]:
    """Cross-check a valid plan with the catalogue: (errors, warnings)."""
    errors: list[Problem] = []
    warnings: list[Problem] = []

    def hint(ids: list[str]) -> str:
        return tr(MESSAGES, "did_you_mean", lang, ids=", ".join(ids)) if ids else ""

    if plan.meta.catalogue_version and plan.meta.catalogue_version != cat.version:
        warnings.append(
            Problem(
                file,
                tr(
                    MESSAGES,
                    "catalogue_changed",
                    lang,
                    old=plan.meta.catalogue_version,
                    new=cat.version,
                ),
                path="meta.catalogue_version",
                severity="warning",
            )
        )
    for i, proc in enumerate(plan.procurements):
        base = f"procurements[{i}]"
        if proc.product_group not in cat.groups:
            errors.append(
                Problem(
                    file,
                    tr(
                        MESSAGES,
                        "unknown_group",
                        lang,
                        id=proc.product_group,
                        hint=hint(cat.suggest_group(proc.product_group)),
                    ),
                    path=f"{base}.product_group",
                )
            )
        if proc.tender is None:
            continue
        lots = {lot.id for lot in proc.lots}
        for j, chosen in enumerate(proc.tender.criteria):
            where = f"{base}.tender.criteria[{j}]"
            if chosen.lot and chosen.lot not in lots:
                errors.append(
                    Problem(
                        file, tr(MESSAGES, "unknown_lot", lang, lot=chosen.lot), path=f"{where}.lot"
                    )
                )
            crit = cat.criteria.get(chosen.id)
            if crit is None:
                warnings.append(
                    Problem(
                        file,
                        tr(
                            MESSAGES,
                            "unknown_criterion",
                            lang,
                            id=chosen.id,
                            version=cat.version,
                            hint=hint(cat.suggest(chosen.id)),
                        ),
                        path=f"{where}.id",
                        severity="warning",
                    )
                )
                continue
            if chosen.weight is not None and not crit.is_award():
                warnings.append(
                    Problem(
                        file,
                        tr(MESSAGES, "weight_not_award", lang, id=chosen.id),
                        path=f"{where}.weight",
                        severity="warning",
                    )
                )
            for name, value in chosen.parameters.items():
                spec = crit.parameters.get(name)
                if spec is None:
                    warnings.append(
                        Problem(
                            file,
                            tr(MESSAGES, "unknown_parameter", lang, id=chosen.id, name=name),
                            path=f"{where}.parameters.{name}",
                            severity="warning",
                        )
                    )
                    continue
                if isinstance(value, int | float) and not isinstance(value, bool):
                    low = spec.min if spec.min is not None else -math.inf
                    high = spec.max if spec.max is not None else math.inf
                    if not low <= value <= high:
                        warnings.append(
                            Problem(
                                file,
                                tr(
                                    MESSAGES,
                                    "parameter_range",
                                    lang,
                                    name=name,
                                    value=value,
                                    min=spec.min,
                                    max=spec.max,
                                ),
                                path=f"{where}.parameters.{name}",
                                severity="warning",
                            )
                        )
    return errors, warnings


def load_plan(
    path: str | Path,
    lang: Lang | str | None = None,
    catalogue: Catalogue | None = None,
) -> tuple[Plan, list[Problem]]:
    """Read and check a plan file; raise `InputError` with every problem found."""
    data = read_toml(path, lang or Lang.NL)
    return plan_from_data(data, str(path), lang, catalogue)


def parse_plan_text(
    text: str,
    name: str = "<plan>",
    lang: Lang | str | None = None,
    catalogue: Catalogue | None = None,
) -> tuple[Plan, list[Problem]]:
    """Like `load_plan`, from text (used by tests, the wizard and the web front end)."""
    data = parse_toml_bytes(text.encode("utf-8"), name, lang or Lang.NL)
    return plan_from_data(data, name, lang, catalogue)


def _plain(value: Any) -> Any:
    """Make a model dump TOML-ready: drop None, turn enums into their values."""
    if isinstance(value, dict):
        return {
            str(k.value if isinstance(k, Enum) else k): _plain(v)
            for k, v in value.items()
            if v is not None
        }
    if isinstance(value, list):
        return [_plain(v) for v in value if v is not None]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value
    return value


def plan_to_dict(plan: Plan, catalogue_version: str | None = None) -> dict[str, Any]:
    """The plan as plain data, with [meta] brought up to date."""
    data = _plain(plan.model_dump(mode="python", exclude_none=True))
    meta = data.setdefault("meta", {})
    meta["tool_version"] = __version__
    if catalogue_version is not None:
        meta["catalogue_version"] = catalogue_version
    return data


def dump_plan(plan: Plan, catalogue_version: str | None = None) -> str:
    """The plan as normalised TOML text."""
    if catalogue_version is None:
        catalogue_version = plan.meta.catalogue_version or default_catalogue().version
    return tomli_w.dumps(plan_to_dict(plan, catalogue_version))


def save_plan(
    plan: Plan, path: str | Path, *, backup: bool = True, catalogue_version: str | None = None
) -> None:
    """Write the plan atomically; keep the previous file as `PATH.bak`."""
    atomic_write_text(path, dump_plan(plan, catalogue_version), backup=backup)
