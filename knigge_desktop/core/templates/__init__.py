"""Message templates: data files with fields, rendered into the editor's text."""

from knigge_desktop.core.templates.loader import LoadResult, TemplateError, load_templates
from knigge_desktop.core.templates.model import Choice, Field, FieldType, Template
from knigge_desktop.core.templates.render import FieldValue, UnknownFieldError, render

__all__ = [
    "Choice",
    "Field",
    "FieldType",
    "FieldValue",
    "LoadResult",
    "Template",
    "TemplateError",
    "UnknownFieldError",
    "load_templates",
    "render",
]
