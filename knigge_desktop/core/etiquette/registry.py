"""Every rule kind by the name a rule's `type` gives: one line per kind."""

from __future__ import annotations

from knigge_desktop.core.etiquette import kinds, reply_kinds
from knigge_desktop.core.etiquette.kinds import RuleKind

RULE_KINDS: dict[str, type[RuleKind]] = {
    kind.name: kind
    for kind in (
        kinds.Existence,
        kinds.Substitution,
        kinds.Required,
        kinds.Metric,
        kinds.Consistency,
        kinds.RecipientKind,
        reply_kinds.IgnoredAsk,
        reply_kinds.ReceivedKindExistence,
        reply_kinds.ToneAgainstReceived,
    )
}
