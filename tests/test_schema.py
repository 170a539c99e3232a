"""`mvi schema`: the JSON Schema of the plan file accepts every example and refuses bad plans."""

from __future__ import annotations

import json
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import ROOT, example_plans, run_mvi

BAD = ROOT / "tests" / "data" / "bad_plans"


def as_json(value: Any) -> Any:
    """TOML dates become ISO strings, as in any JSON copy of a plan."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    result = run_mvi("schema")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(data)
    return data


@pytest.mark.parametrize("path", example_plans(), ids=lambda p: p.name)
def test_schema_accepts_every_example(schema, path: Path):
    plan = as_json(tomllib.loads(path.read_text(encoding="utf-8")))
    jsonschema.validate(plan, schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    "name", ["org-kind", "proc-contract-type", "award-method", "unknown-table", "proc-missing-value"]
)
def test_schema_refuses_what_the_models_refuse(schema, name: str):
    plan = as_json(tomllib.loads((BAD / f"{name}.toml").read_text(encoding="utf-8")))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(plan, schema, cls=jsonschema.Draft202012Validator)


def test_every_field_has_a_description(schema):
    missing = []
    for name, definition in schema.get("$defs", {}).items():
        for field, spec in definition.get("properties", {}).items():
            if not spec.get("description"):
                missing.append(f"{name}.{field}")
    assert not missing
