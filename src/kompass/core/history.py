"""The change history of a planning object, as readable rows (who, when, what)."""

from django.utils.translation import gettext_lazy as _

HISTORY_LIMIT = 50
HIDDEN_FIELDS = {"lock_version", "municipality", "version"}
ACTIONS = {"+": _("created"), "~": _("changed"), "-": _("deleted")}


def history_entries(obj, limit: int = HISTORY_LIMIT) -> list[dict]:
    """The newest ``limit`` history records of ``obj`` with their field-level changes."""
    records = list(
        obj.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : limit + 1
        ]
    )
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous)
            for change in delta.changes:
                if change.field in HIDDEN_FIELDS:
                    continue
                field = obj._meta.get_field(change.field)
                changes.append(
                    {
                        "field": field.verbose_name,
                        "old": _display(field, change.old),
                        "new": _display(field, change.new),
                    }
                )
        entries.append(
            {
                "date": record.history_date,
                "user": record.history_user,
                "action": ACTIONS.get(record.history_type, record.history_type),
                "changes": changes,
                "reason": record.history_change_reason,
            }
        )
    return entries


def _display(field, value):
    if value in (None, ""):
        return "—"
    if isinstance(value, list):  # many-to-many: list of through-row dicts
        names = []
        target = field.related_model
        ids = [row.get(field.m2m_reverse_field_name()) for row in value if isinstance(row, dict)]
        if ids:
            names = [str(o) for o in target._default_manager.filter(pk__in=ids)]
        return ", ".join(names) or "—"
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if field.is_relation:
        target = field.related_model._default_manager.filter(pk=value).first()
        return str(target) if target else f"#{value}"
    return value
