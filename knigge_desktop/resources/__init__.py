"""Data files (templates, etiquette rules, platform limits).

Installed as the package knigge_desktop.resources (see pyproject.toml).
"""
