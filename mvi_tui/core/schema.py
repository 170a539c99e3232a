"""The JSON Schema of the plan file, for editors and other tools (`mvi schema`)."""

from __future__ import annotations

from typing import Any

from mvi_tui.core.plan import Plan


def plan_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a plan file as written by `save_plan`."""
    schema = Plan.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "mvi-tui plan file"
    return schema
