"""Labels and help texts of plan fields, in Dutch and English.

The English help is the `description` of the pydantic field (one source, also used by
`mvi schema`); the Dutch help and the short labels in both languages live in
`fieldhelp_texts.py`. The wizard (F1), the prompt mode and error messages all ask here,
so a field is called the same everywhere.
"""

from __future__ import annotations

from pydantic import BaseModel

from mvi_tui.core.enums import Lang
from mvi_tui.core.fieldhelp_texts import HELP_NL, LABELS


def _key(model: type[BaseModel] | BaseModel, field: str) -> str:
    cls = model if isinstance(model, type) else type(model)
    return f"{cls.__name__}.{field}"


def field_label(model: type[BaseModel] | BaseModel, field: str, lang: Lang | str) -> str:
    """Short label of a field, e.g. 'Geraamde waarde (EUR)'."""
    entry = LABELS.get(_key(model, field))
    if entry:
        return entry["en" if str(lang) == "en" else "nl"]
    return field.replace("_", " ").capitalize()


def field_help(model: type[BaseModel] | BaseModel, field: str, lang: Lang | str) -> str:
    """What a field means and how to fill it in."""
    cls = model if isinstance(model, type) else type(model)
    info = cls.model_fields.get(field)
    english = (info.description if info else None) or ""
    if str(lang) == "en":
        return english
    return HELP_NL.get(_key(model, field), english)
