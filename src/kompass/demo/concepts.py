"""A demo municipality's adopted concept, built from its data files (``content.concept_spec``).

The planning content is written first, then the version is adopted, then the progress
reports and indicator values follow as they would in the years after adoption. Every object is
created through the service the screens use (``object_save``, ``measure_save``,
``indicator_value_save``, ...), so loading the demo exercises them.
"""

import datetime
from decimal import Decimal

from django.core.management.base import CommandError
from django.utils import timezone

from kompass.concepts.models import (
    FieldCatalogueEntry,
    FieldOfAction,
    Goal,
    Guideline,
    TargetGroup,
)
from kompass.concepts.services import concept_create, concept_version_adopt
from kompass.core.services import ChildRows, object_save
from kompass.documents.services import narrative_save
from kompass.indicators.models import (
    DefinitionChange,
    Indicator,
    IndicatorCatalogueEntry,
    IndicatorValue,
    ValueFlag,
)
from kompass.indicators.services import indicator_value_save
from kompass.measures.models import BudgetLine, Measure, MeasureStatus, Milestone, StatusUpdate
from kompass.measures.services import measure_save, measure_update_progress

from .content import reporter

# Dates of the dated status updates: a mid-year report 2025 and the autumn report 2026.
MID_YEAR_REPORT = datetime.date(2025, 6, 30)
AUTUMN_REPORT = datetime.date(2026, 10, 15)
DEFAULT_NOTES = {
    MeasureStatus.IN_PROGRESS: "Die Umsetzung läuft.",
    MeasureStatus.DONE: "Die Maßnahme ist abgeschlossen.",
    MeasureStatus.PAUSED: "Die Maßnahme ruht vorübergehend.",
    MeasureStatus.CANCELLED: "Die Maßnahme wurde eingestellt.",
}


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _decimal(value):
    return None if value is None else Decimal(str(value))


def shipped_catalogues():
    """The shared target groups by name and fields of action by code that migrations ship."""
    target_groups = {
        group.name: group for group in TargetGroup.objects.filter(municipality__isnull=True)
    }
    fields = {
        entry.code: entry for entry in FieldCatalogueEntry.objects.filter(municipality__isnull=True)
    }
    if not target_groups or not fields:
        raise CommandError(
            "Die mitgelieferten Kataloge fehlen. Bitte zuerst „manage.py migrate“ ausführen."
        )
    return target_groups, fields


class ConceptBuilder:
    """Builds one adopted concept; every saved object gets a history author."""

    def __init__(self, municipality, *, units, districts, users, acting_user):
        self.municipality = municipality
        self.units = units
        self.districts = districts
        self.users = users
        self.acting_user = acting_user
        self.target_groups, self.catalogue = shipped_catalogues()
        self.version = None
        self.guidelines, self.fields, self.goals = {}, {}, {}

    def save(self, obj, **m2m):
        """``obj`` created through ``object_save`` with the many-to-many values given."""
        return object_save(obj, acting_user=self.acting_user, m2m=m2m)

    def groups(self, names):
        missing = [name for name in names if name not in self.target_groups]
        if missing:
            raise CommandError(f"Zielgruppen fehlen im Katalog: {', '.join(missing)}")
        return [self.target_groups[name] for name in names]

    def build(self, spec):
        """The concept of ``spec`` adopted, with its progress reports and indicator values."""
        self.version = self.concept(spec)
        for position, guideline in enumerate(spec["guidelines"], start=1):
            self.guidelines[position] = self.guideline(guideline, position)
        for position, field_spec in enumerate(spec["fields"], start=1):
            field = self.field(field_spec, position)
            self.fields[field_spec["key"]] = field
            self.goal_tree(field, field_spec["goals"])
        measures = []
        for field_key, measure_specs in spec["measures"].items():
            for measure_spec in measure_specs:
                position = len(measures) + 1
                measure = self.measure(self.fields[field_key], measure_spec, position)
                measures.append((measure, measure_spec))
        indicators = [
            (self.indicator(indicator_spec, spec), indicator_spec)
            for indicator_spec in spec["indicators"]
        ]
        for key, narrative in spec["narratives"].items():
            self.narrative(key, narrative)

        # Everything above is planning content; from here on the version is read-only.
        concept_version_adopt(
            version=self.version,
            adopted_on=_date(spec["adopted_on"]),
            adopting_resolution=spec["adopting_resolution"],
            acting_user=self.acting_user,
        )

        # Implementation and monitoring after adoption.
        for measure, measure_spec in measures:
            self.report_progress(measure, measure_spec)
        for indicator, indicator_spec in indicators:
            self.indicator_values(indicator, indicator_spec, spec["years"])
        return self.version

    def concept(self, spec):
        concept = concept_create(
            municipality=self.municipality,
            title=spec["title"],
            kind_label=spec["kind_label"],
            acting_user=self.acting_user,
            vision_text=spec["vision"]["text"],
        )
        version = concept.versions.get()
        version.period_start = spec["period_start"]
        version.period_end = spec["period_end"]
        version.save(update_fields=["period_start", "period_end"])
        vision = version.vision
        vision.title = spec["vision"]["title"]
        vision.local_narrative = spec["vision"]["local_narrative"]
        self.save(vision)
        return version

    def guideline(self, spec, position):
        return self.save(
            Guideline(
                version=self.version,
                municipality=self.municipality,
                position=position,
                title=spec["title"],
                text=spec["text"],
            )
        )

    def field(self, spec, position):
        return self.save(
            FieldOfAction(
                version=self.version,
                municipality=self.municipality,
                catalogue_entry=self.catalogue.get(spec["catalogue"]),
                position=position,
                name=spec["name"],
                description=spec["description"],
                priority=spec.get("priority", "medium"),
                lead_unit=self.units[spec["lead"]],
            )
        )

    def goal_tree(self, field, specs, parent=None):
        for position, spec in enumerate(specs, start=1):
            goal = self.save(
                Goal(
                    version=self.version,
                    municipality=self.municipality,
                    field=field,
                    level=spec["level"],
                    parent=parent,
                    position=position,
                    title=spec["title"],
                    description=spec["description"],
                    kind=spec["kind"],
                    addressee=spec["addressee"],
                    target_date=_date(spec["target"]),
                ),
                target_groups=self.groups(spec["groups"]),
                guidelines=[self.guidelines[number] for number in spec["guidelines"]],
            )
            self.goals[spec["key"]] = goal
            self.goal_tree(field, spec["children"], parent=goal)

    def measure(self, field, spec, position):
        m2m = {"goals": [self.goals[key] for key in spec["goals"]]}
        m2m["target_groups"] = self.groups(spec["groups"])
        if self.districts:
            m2m["districts"] = [self.districts[code] for code in spec["districts"]]
        budget_lines = [
            BudgetLine(
                year=year,
                funding_source=source,
                funding_programme=programme,
                funding_period_end=datetime.date(year, 12, 31) if source != "own" else None,
                proof_of_use_due=datetime.date(year + 1, 6, 30) if source != "own" else None,
                planned_amount=_decimal(planned),
                spent_amount=_decimal(spent),
            )
            for year, source, programme, planned, spent in spec["budget"]
        ]
        milestones = [
            Milestone(title=title, due_date=_date(due), done_on=_date(done))
            for title, due, done in spec["milestones"]
        ]
        return measure_save(
            measure=Measure(
                version=self.version,
                municipality=self.municipality,
                field=field,
                position=position,
                title=spec["title"],
                description=spec["description"],
                measure_type=spec["measure_type"],
                novelty=spec["novelty"],
                responsible_unit=self.units[spec["unit"]],
                partners="\n".join(spec["partners"]),
                start_date=_date(spec["start"]),
                end_date=_date(spec["end"]),
                staff_hours=_decimal(spec["staff_hours"]),
                # Planned until adoption; the progress reports follow afterwards.
                status=MeasureStatus.PLANNED,
                progress=0,
                status_note=spec["note"] if spec["status"] == MeasureStatus.PLANNED else "",
            ),
            m2m=m2m,
            budget_lines=ChildRows(changed=budget_lines),
            milestones=ChildRows(changed=milestones),
            acting_user=self.acting_user,
        )

    def report_progress(self, measure, spec):
        """Dated status updates through the service, as a responsible unit would enter them."""
        status = spec["status"]
        if status == MeasureStatus.PLANNED:
            return
        start, end = _date(spec["start"]), _date(spec["end"])
        final_date = AUTUMN_REPORT
        if status == MeasureStatus.DONE and end and end < AUTUMN_REPORT:
            final_date = end + datetime.timedelta(days=14)
        updates = []
        if start <= MID_YEAR_REPORT - datetime.timedelta(days=90) and final_date > MID_YEAR_REPORT:
            interim = 60 if status == MeasureStatus.DONE else max(5, spec["progress"] // 10 * 5)
            updates.append(
                (
                    MID_YEAR_REPORT,
                    MeasureStatus.IN_PROGRESS,
                    interim,
                    "Zwischenstand zum Umsetzungsbericht 2025.",
                )
            )
        updates.append(
            (final_date, status, spec["progress"], spec["note"] or DEFAULT_NOTES[status])
        )
        for when, update_status, progress, note in updates:
            update = measure_update_progress(
                measure=measure,
                status=update_status,
                progress=progress,
                note=note,
                expected_lock_version=measure.lock_version,
                acting_user=reporter(self.users, spec["unit"], self.acting_user),
            )
            reported_at = timezone.make_aware(datetime.datetime.combine(when, datetime.time(10, 0)))
            StatusUpdate.objects.filter(pk=update.pk).update(created_at=reported_at)

    def indicator(self, spec, concept_spec):
        values = dict(zip(concept_spec["years"], spec["values"], strict=True))
        baseline_year = spec["baseline_year"]
        code = spec["catalogue_code"]
        indicator = self.save(
            Indicator(
                version=self.version,
                municipality=self.municipality,
                field=self.fields[spec["field"]],
                kind=spec["kind"],
                catalogue_code=code,
                catalogue_entry=IndicatorCatalogueEntry.objects.filter(code=code).first()
                if code
                else None,
                name=spec["name"],
                definition=spec["definition"],
                unit=spec["unit"],
                numerator=spec["numerator"],
                denominator=spec["denominator"],
                data_source=spec["source"],
                direction=spec["direction"],
                disaggregations=spec["disaggregations"],
                responsible_unit=self.units[spec["responsible"]],
                baseline_value=_decimal(values[baseline_year]) if baseline_year else None,
                baseline_year=baseline_year,
                target_value=_decimal(spec["target"]),
                target_date=_date(spec["target_date"]),
            ),
            goals=[self.goals[key] for key in spec["goals"]],
        )
        change = concept_spec["definition_changes"].get(spec["key"])
        if change:
            self.definition_change(indicator, change)
        return indicator

    def definition_change(self, indicator, spec):
        self.save(
            DefinitionChange(
                indicator=indicator,
                municipality=self.municipality,
                valid_from=_date(spec["valid_from"]),
                description=spec["description"],
            )
        )

    def narrative(self, key, spec):
        narrative_save(
            version=self.version,
            key=key,
            title=spec["title"],
            body=spec["body"],
            expected_lock_version=None,
            acting_user=self.acting_user,
        )

    def indicator_values(self, indicator, spec, years):
        """The yearly values, then the breakdowns by district and by group."""
        rows = [
            (year, {"flag": spec["flags"].get(year, ValueFlag.NONE)}, value)
            for year, value in zip(years, spec["values"], strict=True)
        ]
        rows += [
            (year, {"district": self.districts[code]}, value)
            for year, by_district in spec["districts"].items()
            for code, value in by_district.items()
        ]
        rows += [
            (year, {"group": group}, value)
            for year, by_group in spec["groups"].items()
            for group, value in by_group.items()
        ]
        enterer = reporter(self.users, spec["responsible"], self.acting_user)
        for year, breakdown, value in rows:
            indicator_value_save(
                value=IndicatorValue(
                    indicator=indicator,
                    municipality=self.municipality,
                    year=year,
                    reference_date=datetime.date(year, 12, 31),
                    value=_decimal(value),
                    source=spec["source"],
                    **breakdown,
                ),
                acting_user=enterer,
            )
