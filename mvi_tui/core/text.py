"""Bilingual text, the unit every catalogue text is made of."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mvi_tui.core.enums import Lang


class Text(BaseModel):
    """A text in Dutch and English. Both are required: the tool serves both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: str = Field(description="Dutch text.")
    en: str = Field(description="English text.")

    @field_validator("nl", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value.strip()

    def get(self, lang: Lang | str) -> str:
        """The text in `lang` (Dutch when the language is unknown)."""
        return self.en if str(lang) == "en" else self.nl

    def __str__(self) -> str:  # pragma: no cover - convenience for debugging
        return self.nl
