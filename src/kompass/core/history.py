"""The change history of a planning object, as readable rows (who, when, what)."""

from django.utils.translation import gettext_lazy as _

HISTORY_LIMIT = 50
HIDDEN_FIELDS = {"lock_version", "municipality", "version"}
ACTIONS = {"+": _("created"), "~": _("changed"), "-": _("deleted")}


def history_entries(obj, limit: int = HISTORY_LIMIT) -> list[dict]:
    """The newest ``limit`` history records of ``obj`` with their field-level changes."""
    return _entries(obj.history.all(), obj._meta, limit)


def child_history_entries(model, limit: int = HISTORY_LIMIT, **lookup) -> list[dict]:
    """The history of all rows of ``model`` matching ``lookup`` (deleted rows included),
    e.g. every budget line a measure ever had; each entry names its row."""
    return _entries(model.history.filter(**lookup), model._meta, limit, name_rows=True)


def _entries(history, meta, limit, name_rows=False) -> list[dict]:
    records = list(
        history.select_related("history_user").order_by("-history_date", "-history_id")[: limit * 2]
    )
    # each record is compared with the previous record of the same row
    previous_of = {}
    for record in reversed(records):
        previous_of[record.history_id] = previous_of.get(("row", record.id))
        previous_of[("row", record.id)] = record
    entries = []
    for record in records[:limit]:
        previous = previous_of.get(record.history_id)
        changes = []
        if previous is not None and record.history_type == "~":
            for change in record.diff_against(previous).changes:
                if change.field in HIDDEN_FIELDS:
                    continue
                field = meta.get_field(change.field)
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
                "row": str(record.instance) if name_rows else "",
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
