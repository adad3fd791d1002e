"""The XING-Kontakt-Knigge as rules: data in resources/etiquette/, a few rule kinds in code."""

# kinds.py registers the reply rule kinds of reply_kinds.py, which extend its RuleKind:
# loading kinds first, here, lets either module be imported first.
from knigge_desktop.core.etiquette import kinds as _kinds  # noqa: F401
