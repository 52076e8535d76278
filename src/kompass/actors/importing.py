"""Importing actors and offers from a table: plan (preview), then apply all or nothing.

The file format has fixed German column headings (``COLUMNS``; English headings are
accepted too). Every row is planned as *create*, *update* (an actor with the same name,
an offer with the same title and provider exists) or *unchanged*; every problem names
the file row, the column and the reason. Applying re-plans inside one transaction and
changes nothing unless the whole file is free of problems.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.analysis.models import District
from kompass.concepts.models import FieldCatalogueEntry, TargetGroup
from kompass.core import imports
from kompass.tenancy.access import scoped

from .models import Actor, ActorType, ImportKind, ImportStatus, Offer, RegisterImport
from .tabular import Problem, Table, read_table


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"
    aliases: tuple[str, ...] = ()
    example: str = ""


ACTOR_COLUMNS = (
    Column("name", "Name", "required", ("Organisation",), "Interkultureller Frauenverein e. V."),
    Column("actor_type", "Typ", "type", ("Type", "Art"), "Migrantenorganisation"),
    Column(
        "description", "Beschreibung", aliases=("Description",), example="Treffpunkt und Beratung"
    ),
    Column("street", "Straße", aliases=("Strasse", "Adresse", "Street"), example="Marktplatz 3"),
    Column("postcode", "PLZ", aliases=("Postleitzahl", "Postcode"), example="12345"),
    Column("city", "Ort", aliases=("Stadt", "City", "Town"), example="Musterstadt"),
    Column("email", "E-Mail", aliases=("Mail",), example="info@frauenverein.example"),
    Column("phone", "Telefon", aliases=("Tel", "Telefonnummer", "Phone"), example="01234 5678"),
    Column(
        "website",
        "Website",
        "url",
        ("Webseite", "Homepage", "Internet"),
        "www.frauenverein.example",
    ),
    Column("fields", "Handlungsfelder", "fields", ("Handlungsfeld", "Fields of action")),
    Column("districts", "Stadtteile", "districts", ("Stadtteil", "Sozialräume", "Districts")),
    Column("target_groups", "Zielgruppen", "target_groups", ("Zielgruppe", "Target groups")),
    Column("languages", "Sprachen", "languages", ("Languages",), "Deutsch, Arabisch, Türkisch"),
    Column("active", "Aktiv", "bool", ("Active",), "ja"),
)
OFFER_COLUMNS = (
    Column("title", "Titel", "required", ("Angebot", "Title"), "Sprachcafé"),
    Column("provider", "Träger", "provider", ("Traeger", "Trägerin", "Provider"), ""),
    Column("description", "Beschreibung", aliases=("Description",), example="Deutsch im Gespräch"),
    Column("fields", "Handlungsfelder", "fields", ("Handlungsfeld", "Fields of action")),
    Column("target_groups", "Zielgruppen", "target_groups", ("Zielgruppe", "Target groups")),
    Column("districts", "Stadtteile", "districts", ("Stadtteil", "Sozialräume", "Districts")),
    Column("languages", "Sprachen", "languages", ("Languages",), "Deutsch, Arabisch"),
    Column("venue", "Veranstaltungsort", aliases=("Adresse", "Venue"), example="Stadtteilzentrum"),
    Column("contact", "Kontakt", aliases=("Contact",), example="sprachcafe@verein.example"),
    Column("website", "Website", "url", ("Webseite", "Homepage", "Internet"), ""),
    Column("free_of_charge", "Kostenfrei", "bool", ("Kostenlos", "Free of charge"), "ja"),
    Column("cost_note", "Kosten", aliases=("Costs",), example=""),
    Column("schedule", "Zeiten", aliases=("Zeitraum", "Termine", "Times"), example="dienstags"),
    Column("start_date", "Beginn", "date", ("Start",), "01.09.2025"),
    Column("end_date", "Ende", "date", ("End",), ""),
    Column(
        "accessibility", "Barrierefreiheit", aliases=("Accessibility",), example="rollstuhlgerecht"
    ),
    Column("active", "Aktiv", "bool", ("Active",), "ja"),
)
COLUMNS = {ImportKind.ACTORS: ACTOR_COLUMNS, ImportKind.OFFERS: OFFER_COLUMNS}
MODELS = {ImportKind.ACTORS: Actor, ImportKind.OFFERS: Offer}
M2M_KINDS = {"fields", "districts", "target_groups"}

# The German names of the actor types in the file format: fixed, whatever the UI language.
TYPE_NAMES = {
    ActorType.MIGRANT_ORGANISATION: (
        "Migrantenorganisation",
        "Migrant*innenorganisation",
        "Migrantinnenorganisation",
        "Migrantenselbstorganisation",
    ),
    ActorType.WELFARE_ASSOCIATION: ("Wohlfahrtsverband", "Sozialverband"),
    ActorType.RELIGIOUS_COMMUNITY: (
        "Religionsgemeinschaft",
        "Glaubensgemeinschaft",
        "Religions-/Glaubensgemeinschaft",
    ),
    ActorType.SCHOOL: ("Schule",),
    ActorType.DAYCARE: ("Kita", "Kindertageseinrichtung", "Kindertagesstätte"),
    ActorType.CLUB: ("Verein",),
    ActorType.COMPANY: ("Unternehmen", "Betrieb"),
    ActorType.CHAMBER: ("Kammer",),
    ActorType.JOB_CENTRE: ("Jobcenter", "Agentur für Arbeit", "Arbeitsagentur"),
    ActorType.POLICE: ("Polizei",),
    ActorType.ADVISORY_COUNCIL: ("Integrationsbeirat", "Ausländerbeirat", "Integrationsrat"),
    ActorType.UNIVERSITY: ("Hochschule", "Universität"),
    ActorType.EDUCATION_PROVIDER: ("Bildungsträger",),
    ActorType.COUNSELLING: ("Beratungsstelle",),
    ActorType.INITIATIVE: ("Initiative",),
    ActorType.PUBLIC_AUTHORITY: ("Behörde", "Amt", "Verwaltung"),
    ActorType.OTHER: ("Sonstige", "Sonstiges"),
}
TRUE_WORDS = {"ja", "j", "yes", "y", "x", "1", "true", "wahr"}
FALSE_WORDS = {"nein", "n", "no", "0", "false", "falsch"}


def _key(text: str) -> str:
    """Case- and blank-insensitive form for matching names."""
    return " ".join(str(text).split()).casefold()


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-_.*:]", "", str(text).casefold().replace("ß", "ss"))


def type_lookup() -> dict[str, str]:
    lookup = {}
    for value, label in ActorType.choices:
        for name in (value, str(label), *TYPE_NAMES[value]):
            lookup[_key(name)] = value
    return lookup


def resolve_many(cell: str, lookup: dict) -> tuple[list, list[str]]:
    """Split a cell at ``,`` and ``;`` and match the parts against ``lookup``.

    Catalogue names may themselves contain commas ("Arbeit, Arbeitsmarktintegration und
    lokale Wirtschaft"), so the longest run of parts that names an entry wins.
    """
    parts = [p.strip() for p in re.split(r"[;,]", cell) if p.strip()]
    found, unknown = [], []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            match = lookup.get(_key(", ".join(parts[i:j])))
            if match is not None:
                if match not in found:
                    found.append(match)
                i = j
                break
        else:
            unknown.append(parts[i])
            i += 1
    return found, unknown


def parse_bool(text: str) -> bool | None:
    word = _key(text)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def parse_date(text: str) -> datetime.date | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


class Catalogues:
    """What cells may name, for one municipality: loaded once per plan (a fixed number of queries)."""

    def __init__(self, municipality):
        self.types = type_lookup()
        self.fields = {}
        for entry in FieldCatalogueEntry.objects.available_to(municipality):
            self.fields[_key(entry.code)] = entry
            self.fields[_key(entry.name)] = entry
        self.districts = {}
        for district in scoped(District, municipality):
            self.districts[_key(district.code)] = district
            self.districts[_key(district.name)] = district
        self.target_groups = {
            _key(group.name): group for group in TargetGroup.objects.available_to(municipality)
        }


@dataclass
class PlannedRow:
    row: int
    label: str
    action: str = "create"
    changed: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    m2m: dict = field(default_factory=dict)
    existing: object = None
    provider_key: str | None = None
    provider_is_new: bool = False


@dataclass
class ImportPlan(imports.ImportPlan):
    kind: str = ""
    rows: list[PlannedRow] = field(default_factory=list)
    new_providers: dict[str, str] = field(default_factory=dict)
    table: Table | None = None

    @property
    def counts(self) -> dict[str, int]:
        return {**super().counts, "providers": len(self.new_providers)}

    @property
    def has_changes(self) -> bool:
        return super().has_changes or bool(self.new_providers)


def plan_import(*, kind: str, table: Table, municipality) -> ImportPlan:
    """What importing ``table`` would do in ``municipality``; nothing is written."""
    plan = ImportPlan(kind=kind, problems=list(table.problems), table=table)
    if plan.problems:
        return plan
    columns = _map_header(table, COLUMNS[kind], plan.problems)
    if plan.problems:
        return plan
    catalogues = Catalogues(municipality)
    model = MODELS[kind]
    existing = _existing(kind, municipality)
    actors = {_key(a.name): a for a in scoped(Actor, municipality)} if kind == "offers" else {}
    seen: dict = {}
    for table_row in table.rows:
        planned = _plan_row(kind, table_row, columns, catalogues, model, municipality, actors, plan)
        if planned is None:
            continue
        key = (_key(planned.label), planned.provider_key or "")
        if key in seen:
            first = columns[0][1]
            plan.problems.append(
                Problem(
                    table_row.number,
                    first,
                    _("“%(name)s” appears more than once in the file (first in row %(row)s).")
                    % {"name": planned.label, "row": seen[key]},
                )
            )
            continue
        seen[key] = table_row.number
        matches = existing.get(key, [])
        if len(matches) > 1:
            plan.problems.append(
                Problem(
                    table_row.number,
                    columns[0][1],
                    _("There are several entries “%(name)s”; the row cannot be matched to one.")
                    % {"name": planned.label},
                )
            )
            continue
        if matches:
            _compare(planned, matches[0], columns)
        plan.rows.append(planned)
    return plan


def _map_header(table, columns, problems) -> list[tuple[Column, str]]:
    """The known columns of the file, each with its heading as written in the file."""
    by_key = {}
    for column in columns:
        for name in (column.header, column.key, *column.aliases):
            by_key[_header_key(name)] = column
    mapped, used = [], set()
    for heading in table.header:
        column = by_key.get(_header_key(heading))
        if column is None:
            problems.append(
                Problem(
                    table.header_row,
                    heading,
                    _("Unknown column. Known columns: %(columns)s.")
                    % {"columns": ", ".join(c.header for c in columns)},
                )
            )
        elif column.key in used:
            problems.append(Problem(table.header_row, heading, _("This column appears twice.")))
        else:
            used.add(column.key)
            mapped.append((column, heading))
    required = columns[0]
    if required.key not in used and not problems:
        problems.append(
            Problem(
                table.header_row,
                required.header,
                _("The column “%(column)s” is missing.") % {"column": required.header},
            )
        )
    # the required column first: it names the row
    mapped.sort(key=lambda pair: pair[0].key != required.key)
    return mapped


def _existing(kind, municipality) -> dict:
    model = MODELS[kind]
    queryset = scoped(model, municipality).prefetch_related("fields", "districts", "target_groups")
    result: dict = {}
    if kind == ImportKind.ACTORS:
        for obj in queryset:
            result.setdefault((_key(obj.name), ""), []).append(obj)
    else:
        for obj in queryset.select_related("provider"):
            provider = _key(obj.provider.name) if obj.provider else ""
            result.setdefault((_key(obj.title), provider), []).append(obj)
    return result


def _plan_row(kind, table_row, columns, catalogues, model, municipality, actors, plan):
    problems_before = len(plan.problems)

    def problem(heading, message):
        plan.problems.append(Problem(table_row.number, heading, message))

    planned = PlannedRow(row=table_row.number, label="")
    instance = model(municipality=municipality)
    provider_heading = ""
    for column, heading in columns:
        text = table_row.get(heading)
        if column.kind == "required":
            if not text:
                problem(
                    heading,
                    _("The name is missing.") if kind == "actors" else _("The title is missing."),
                )
            planned.label = text
            planned.values[column.key] = text
        elif column.kind == "type":
            value = catalogues.types.get(_key(text)) if text else ActorType.OTHER
            if value is None:
                problem(
                    heading,
                    _("Unknown type “%(value)s”. Allowed: %(allowed)s.")
                    % {"value": text, "allowed": ", ".join(n[0] for n in TYPE_NAMES.values())},
                )
            planned.values[column.key] = value or ActorType.OTHER
        elif column.kind == "bool":
            value = parse_bool(text) if text else model._meta.get_field(column.key).default
            if value is None:
                problem(
                    heading, _("“%(value)s” is not a yes/no value (ja or nein).") % {"value": text}
                )
            planned.values[column.key] = bool(value)
        elif column.kind == "date":
            try:
                planned.values[column.key] = parse_date(text) if text else None
            except ValueError:
                problem(
                    heading,
                    _("“%(value)s” is not a date (e.g. 31.12.2025).") % {"value": text},
                )
                planned.values[column.key] = None
        elif column.kind == "url":
            if text and "://" not in text:
                text = "https://" + text
            planned.values[column.key] = text
        elif column.kind in M2M_KINDS:
            lookup = getattr(catalogues, column.kind)
            found, unknown = resolve_many(text, lookup)
            for name in unknown:
                message = {
                    "fields": _("Unknown field of action “%(value)s”."),
                    "districts": _("Unknown district “%(value)s”."),
                    "target_groups": _("Unknown target group “%(value)s”."),
                }[column.kind]
                problem(heading, message % {"value": name})
            planned.m2m[column.key] = found
        elif column.kind == "provider":
            provider_heading = heading
            if text:
                planned.provider_key = _key(text)
                actor = actors.get(planned.provider_key)
                if actor is None:
                    planned.provider_is_new = True
                    plan.new_providers.setdefault(planned.provider_key, text)
                planned.values["provider"] = actor
            else:
                planned.values["provider"] = None
        else:
            planned.values[column.key] = text
    # The model's own checks (lengths, e-mail and web addresses, dates in order).
    for key, value in planned.values.items():
        setattr(instance, key, value)
    exclude = [
        f.name
        for f in model._meta.concrete_fields
        if f.name not in planned.values or f.name == "provider"
    ]
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        headings = {column.key: heading for column, heading in columns}
        headings["provider"] = provider_heading
        for key, messages in error.message_dict.items():
            for message in messages:
                problem(headings.get(key, ""), message)
    for key in planned.values:
        if key != "provider":
            planned.values[key] = getattr(instance, key)
    planned.label = planned.values[columns[0][0].key]
    return planned if len(plan.problems) == problems_before else None


def _compare(planned: PlannedRow, existing, columns) -> None:
    planned.existing = existing
    headings = {column.key: heading for column, heading in columns}
    for key, value in planned.values.items():
        if getattr(existing, key) != value:
            planned.changed.append(headings[key])
    for key, objects in planned.m2m.items():
        if {o.pk for o in getattr(existing, key).all()} != {o.pk for o in objects}:
            planned.changed.append(headings[key])
    planned.action = "update" if planned.changed else "unchanged"


def plan_batch(batch: RegisterImport) -> ImportPlan:
    table = read_table(bytes(batch.data), batch.file_name)
    return plan_import(kind=batch.kind, table=table, municipality=batch.municipality)


def apply_plan(*, plan: ImportPlan, municipality, acting_user) -> dict[str, int]:
    """Write a problem-free plan: new providers first, then every created or changed row."""
    if not plan.is_acceptable:
        raise ValueError("A plan with problems cannot be applied.")
    providers = {}
    for key, name in plan.new_providers.items():
        actor = Actor(municipality=municipality, name=name, actor_type=ActorType.OTHER)
        actor.full_clean(validate_constraints=False)
        actor._history_user = acting_user
        actor.save()
        providers[key] = actor
    model = MODELS[plan.kind]
    for row in plan.rows:
        if row.action == "unchanged":
            continue
        obj = row.existing or model(municipality=municipality)
        for key, value in row.values.items():
            setattr(obj, key, value)
        if row.provider_is_new:
            obj.provider = providers[row.provider_key]
        if obj.pk:
            obj.lock_version += 1  # a form opened before the import now reports a conflict
        obj._history_user = acting_user
        obj.save()
        for key, objects in row.m2m.items():
            getattr(obj, key).set(objects)
    return plan.counts


def import_apply(*, batch: RegisterImport, acting_user) -> tuple[ImportPlan, dict | None]:
    """Re-check the batch's file against the current data and import it, all or nothing.

    Returns the plan and the counts, or the plan with its problems and ``None`` when
    nothing was changed.
    """
    with transaction.atomic():
        batch = RegisterImport.objects.select_for_update().get(pk=batch.pk)
        if batch.status != ImportStatus.PENDING:
            raise ValueError("This import has already been applied.")
        plan = plan_batch(batch)
        if not plan.is_acceptable:
            return plan, None
        counts = apply_plan(plan=plan, municipality=batch.municipality, acting_user=acting_user)
        batch.status = ImportStatus.APPLIED
        batch.counts = counts
        batch.applied_by = acting_user
        batch.applied_at = timezone.now()
        batch.save(update_fields=["status", "counts", "applied_by", "applied_at"])
    return plan, counts


def template_workbook(kind: str, municipality) -> bytes:
    """An XLSX template: the header row, one example row and a sheet with the allowed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    catalogues = Catalogues(municipality)
    columns = COLUMNS[kind]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Akteure" if kind == ImportKind.ACTORS else "Angebote"
    sheet.append([c.header for c in columns])
    example = []
    fields = sorted({e.name for e in catalogues.fields.values()})
    districts = sorted({d.name for d in catalogues.districts.values()})
    groups = sorted({g.name for g in catalogues.target_groups.values()})
    for column in columns:
        if column.kind == "fields":
            example.append(", ".join(fields[:1]))
        elif column.kind == "districts":
            example.append(", ".join(districts[:2]))
        elif column.kind == "target_groups":
            example.append("; ".join(groups[:2]))
        elif column.kind == "provider":
            example.append("Interkultureller Frauenverein e. V.")
        else:
            example.append(column.example)
    sheet.append(example)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(columns):
        sheet.column_dimensions[_letter(index)].width = max(14, len(column.header) + 4)
    sheet.freeze_panes = "A2"
    values = workbook.create_sheet("Werte")
    lists = [
        ("Typ", [names[0] for names in TYPE_NAMES.values()] if kind == "actors" else []),
        ("Handlungsfelder", fields),
        ("Stadtteile", districts),
        ("Zielgruppen", groups),
        ("Aktiv / Kostenfrei", ["ja", "nein"]),
    ]
    lists = [(title, items) for title, items in lists if items]
    values.append([title for title, _items in lists])
    for cell in values[1]:
        cell.font = Font(bold=True)
    for i in range(max(len(items) for _t, items in lists)):
        values.append([items[i] if i < len(items) else None for _t, items in lists])
    for index in range(len(lists)):
        values.column_dimensions[_letter(index)].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
