"""F1 texts: the plan models' field descriptions and the catalogue's guidance.

The English comes straight from the pydantic `Field(description=...)` of the plan models
(the same text `mvi schema` shows), the Dutch from `messages.FIELD_NL`, so help never
drifts from the file format it explains.
"""

from __future__ import annotations

from mvi_tui.tui.messages import FIELD_NL


def field_help(path: str, lang: str) -> str:
    """Help for `Model.field` (e.g. `Organisation.kind`), empty when unknown."""
    if lang == "nl" and path in FIELD_NL:
        return FIELD_NL[path]
    from mvi_tui.core import plan as models

    model_name, _, field = path.partition(".")
    model = getattr(models, model_name, None)
    info = getattr(model, "model_fields", {}).get(field) if model is not None else None
    return (info.description or "") if info is not None else ""
