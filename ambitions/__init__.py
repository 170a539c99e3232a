"""The mvi-tui knowledge base: themes, levels, presets, product groups and criteria (TOML)."""
