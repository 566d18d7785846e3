"""The built-in mapping presets (TOML files beside this one); see docs/mapping.md."""
