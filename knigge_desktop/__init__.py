"""Knigge Desktop: write a good first message to a stranger in a business network."""

# The one place the version lives; pyproject.toml reads it from here.
__version__ = "0.1.0"
