"""Load the demo: Musterstadt with an adopted concept, Beispielheim, the WIR programme, accounts.

    manage.py load_demo [--reset] [--url http://127.0.0.1:8000/]

Idempotent: if Musterstadt exists, nothing is changed and only the logins are printed.
``--reset`` deletes the demo data (municipalities, programme, demo accounts) and loads it
again. Everything runs in one transaction.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone

from kompass.analysis.geojson import validate_district_shape
from kompass.analysis.models import District
from kompass.concepts.models import (
    Concept,
    FieldCatalogueEntry,
    FieldOfAction,
    Goal,
    Guideline,
    TargetGroup,
)
from kompass.concepts.services import concept_create, concept_version_adopt
from kompass.demo import musterstadt as data
from kompass.demo import network as demo_network
from kompass.demo.actors import build_actors
from kompass.demo.analysis import build_analysis
from kompass.demo.documents import build_documents
from kompass.demo.monitoring import build_monitoring
from kompass.demo.participation import build_participation
from kompass.demo.process import build_process
from kompass.demo.public import build_public_sites
from kompass.demo.reporting import build_reporting
from kompass.demo.surveys import build_surveys
from kompass.demo.translations import build_translations
from kompass.demo.wir_programme import MUNICIPALITY_SLUGS, PROGRAMME, build_programme
from kompass.documents.services import narrative_save
from kompass.indicators.models import (
    DefinitionChange,
    Indicator,
    IndicatorCatalogueEntry,
    IndicatorValue,
    ValueFlag,
)
from kompass.measures.models import BudgetLine, Measure, MeasureStatus, Milestone, StatusUpdate
from kompass.measures.services import measure_update_progress
from kompass.tenancy.models import Land, Membership, Municipality, OrgUnit, Programme

DEMO_EMAIL_SUFFIX = ".example"
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


def delete_demo(*, include_programme_members: bool) -> None:
    """Remove the demo municipalities (and optionally the WIR members), programme and accounts.

    Memberships and concepts go first: memberships, measures and indicators protect the
    organisational units a municipality's deletion would otherwise cascade to.
    """
    slugs = list(data.DEMO_SLUGS)
    if include_programme_members:
        slugs += MUNICIPALITY_SLUGS
        Programme.objects.filter(slug=PROGRAMME["slug"]).delete()
    municipalities = Municipality.objects.filter(slug__in=slugs)
    try:
        Membership.objects.filter(municipality__in=municipalities).delete()
        Concept.objects.filter(municipality__in=municipalities).delete()
        municipalities.delete()
    except ProtectedError as error:
        raise CommandError(
            f"Die Demodaten lassen sich nicht löschen, weil noch Daten auf sie verweisen: {error}"
        ) from error
    get_user_model().objects.filter(
        username__in=data.DEMO_USERNAMES, email__endswith=DEMO_EMAIL_SUFFIX
    ).delete()


class DemoBuilder:
    """Builds the demo step by step; every saved object gets a history author."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.users = {}
        self.skipped_users = []
        self.acting_user = None
        self.target_groups = {
            group.name: group for group in TargetGroup.objects.filter(municipality__isnull=True)
        }
        self.catalogue = {
            entry.code: entry
            for entry in FieldCatalogueEntry.objects.filter(municipality__isnull=True)
        }
        if not self.target_groups or not self.catalogue:
            raise CommandError(
                "Die mitgelieferten Kataloge fehlen. Bitte zuerst „manage.py migrate“ ausführen."
            )

    # -- helpers -------------------------------------------------------------

    def save(self, obj, user=None):
        obj._history_user = user or self.acting_user
        obj.full_clean()
        obj.save()
        return obj

    def groups(self, names):
        missing = [name for name in names if name not in self.target_groups]
        if missing:
            raise CommandError(f"Zielgruppen fehlen im Katalog: {', '.join(missing)}")
        return [self.target_groups[name] for name in names]

    def municipality(self, spec, **extra):
        municipality = Municipality(land=Land.HE, **spec, **extra)
        municipality.full_clean()
        municipality.save()
        return municipality

    # -- the whole demo ------------------------------------------------------

    def build(self):
        county = self.municipality(data.COUNTY)
        town = self.municipality(data.MUSTERSTADT, parent_county=county)
        village = self.municipality(data.BEISPIELHEIM, parent_county=county)
        municipalities = {m.slug: m for m in (county, town, village)}

        units = {
            town.slug: self.org_units(town, data.ORG_UNITS),
            village.slug: self.org_units(village, data.BEISPIELHEIM_ORG_UNITS),
        }
        districts = {}
        for code, name, population in data.DISTRICTS:
            district = District(
                municipality=town,
                code=code,
                name=name,
                population=population,
                geojson=validate_district_shape(data.district_shape(code)),
            )
            district.full_clean()
            district.save()
            districts[code] = district

        self.build_users(municipalities, units)
        self.acting_user = self.users.get("koordination")

        self.build_musterstadt(town, units[town.slug], districts)
        build_monitoring(town, users=self.users, acting_user=self.acting_user)
        build_reporting(town, users=self.users, acting_user=self.acting_user)
        build_actors(town, acting_user=self.acting_user)
        build_analysis(town, acting_user=self.acting_user)
        demo_network.build(town, acting_user=self.acting_user, users=self.users)
        build_process(town, users=self.users, acting_user=self.acting_user)
        build_participation(town, users=self.users, acting_user=self.acting_user)
        build_surveys(town, acting_user=self.acting_user)
        self.build_beispielheim(village, units[village.slug])
        build_translations(town, village, acting_user=self.acting_user)
        build_public_sites(town, village, acting_user=self.acting_user)
        coordinators = [self.users["programm"]] if "programm" in self.users else []
        build_programme(extra_municipalities=[town], coordinators=coordinators)

    def org_units(self, municipality, specs):
        units = {}
        for name, short_name, kind in specs:
            unit = OrgUnit(municipality=municipality, name=name, short_name=short_name, kind=kind)
            unit.full_clean()
            unit.save()
            units[name] = unit
        return units

    def build_users(self, municipalities, units):
        User = get_user_model()
        password_hash = make_password(data.PASSWORD)  # hashed once: the same password for all
        for spec in data.USERS:
            user = User.objects.filter(username=spec["username"]).first()
            if user is not None and not user.email.endswith(DEMO_EMAIL_SUFFIX):
                self.skipped_users.append(spec["username"])
                continue
            user = user or User(username=spec["username"])
            user.first_name = spec["first_name"]
            user.last_name = spec["last_name"]
            user.email = spec["email"]
            user.password = password_hash
            user.is_active = True
            user.is_superuser = user.is_staff = bool(spec.get("superuser"))
            user.save()
            for slug, role, unit_name in spec["memberships"]:
                municipality = municipalities[slug]
                membership = Membership(
                    user=user,
                    municipality=municipality,
                    role=role,
                    org_unit=units[slug][unit_name] if unit_name else None,
                )
                membership.full_clean()
                membership.save()
            self.users[spec["username"]] = user
        if "koordination" not in self.users:
            raise CommandError(
                "Das Konto „koordination“ existiert bereits und gehört nicht zur Demo; "
                "bitte umbenennen oder löschen."
            )

    # -- Musterstadt ---------------------------------------------------------

    def build_musterstadt(self, town, units, districts):
        spec = data.CONCEPT
        concept = concept_create(
            municipality=town,
            title=spec["title"],
            kind_label=spec["kind_label"],
            acting_user=self.acting_user,
            vision_text=data.VISION["text"],
        )
        version = concept.versions.get()
        version.period_start = spec["period_start"]
        version.period_end = spec["period_end"]
        version.save(update_fields=["period_start", "period_end"])

        vision = version.vision
        vision.title = data.VISION["title"]
        vision.local_narrative = data.VISION["local_narrative"]
        self.save(vision)

        guidelines = {}
        for position, (title, text) in enumerate(data.GUIDELINES, start=1):
            guidelines[position] = self.save(
                Guideline(
                    version=version, municipality=town, position=position, title=title, text=text
                )
            )

        fields, goals = {}, {}
        for position, field_spec in enumerate(data.FIELDS, start=1):
            field = self.field(version, town, units, field_spec, position)
            fields[field_spec["key"]] = field
            self.goals(version, town, field, field_spec["goals"], guidelines, goals)

        measures = []
        position = 0
        for field_key, measure_specs in data.MEASURES.items():
            for measure_spec in measure_specs:
                position += 1
                measure = self.measure(
                    version,
                    town,
                    fields[field_key],
                    measure_spec,
                    position,
                    units,
                    goals,
                    districts,
                )
                measures.append((measure, measure_spec))

        indicators = [
            (self.indicator(version, town, fields, units, goals, indicator_spec), indicator_spec)
            for indicator_spec in data.INDICATORS
        ]

        # The narrative chapters of the concept document are adopted with the version.
        build_documents(town, version, acting_user=self.acting_user)

        # Everything above is planning content; from here on the version is read-only.
        concept_version_adopt(
            version=version,
            adopted_on=_date(spec["adopted_on"]),
            adopting_resolution=spec["adopting_resolution"],
            acting_user=self.acting_user,
        )

        # Implementation and monitoring after adoption.
        for measure, measure_spec in measures:
            self.report_progress(measure, measure_spec)
        for indicator, indicator_spec in indicators:
            self.indicator_values(town, indicator, indicator_spec, districts, units)

    def field(self, version, municipality, units, spec, position):
        return self.save(
            FieldOfAction(
                version=version,
                municipality=municipality,
                catalogue_entry=self.catalogue.get(spec["catalogue"]),
                position=position,
                name=spec["name"],
                description=spec["description"],
                priority=spec.get("priority", "medium"),
                lead_unit=units[spec["lead"]],
            )
        )

    def goals(self, version, municipality, field, specs, guidelines, goals, parent=None):
        for position, spec in enumerate(specs, start=1):
            goal = self.save(
                Goal(
                    version=version,
                    municipality=municipality,
                    field=field,
                    level=spec["level"],
                    parent=parent,
                    position=position,
                    title=spec["title"],
                    description=spec["description"],
                    kind=spec["kind"],
                    addressee=spec["addressee"],
                    target_date=_date(spec["target"]),
                )
            )
            if spec["groups"]:
                goal.target_groups.set(self.groups(spec["groups"]))
            if spec["guidelines"]:
                goal.guidelines.set([guidelines[number] for number in spec["guidelines"]])
            goals[spec["key"]] = goal
            self.goals(
                version, municipality, field, spec["children"], guidelines, goals, parent=goal
            )

    def measure(self, version, municipality, field, spec, position, units, goals, districts):
        measure = self.save(
            Measure(
                version=version,
                municipality=municipality,
                field=field,
                position=position,
                title=spec["title"],
                description=spec["description"],
                measure_type=spec["measure_type"],
                novelty=spec["novelty"],
                responsible_unit=units[spec["unit"]],
                partners="\n".join(spec["partners"]),
                start_date=_date(spec["start"]),
                end_date=_date(spec["end"]),
                staff_hours=_decimal(spec["staff_hours"]),
                # Planned until adoption; the progress reports follow afterwards.
                status=MeasureStatus.PLANNED,
                progress=0,
                status_note=spec["note"] if spec["status"] == MeasureStatus.PLANNED else "",
            )
        )
        measure.goals.set([goals[key] for key in spec["goals"]])
        if spec["groups"]:
            measure.target_groups.set(self.groups(spec["groups"]))
        if spec["districts"] and districts:
            measure.districts.set([districts[code] for code in spec["districts"]])
        for year, source, programme, planned, spent in spec["budget"]:
            external = source != "own"
            self.save(
                BudgetLine(
                    measure=measure,
                    year=year,
                    funding_source=source,
                    funding_programme=programme,
                    funding_period_end=datetime.date(year, 12, 31) if external else None,
                    proof_of_use_due=datetime.date(year + 1, 6, 30) if external else None,
                    planned_amount=_decimal(planned),
                    spent_amount=_decimal(spent),
                )
            )
        for title, due, done in spec["milestones"]:
            self.save(
                Milestone(measure=measure, title=title, due_date=_date(due), done_on=_date(done))
            )
        return measure

    def report_progress(self, measure, spec):
        """Dated status updates through the service, as a responsible unit would enter them."""
        status = spec["status"]
        if status == MeasureStatus.PLANNED:
            return
        reporter = self.users.get(data.REPORTERS.get(spec["unit"], ""), self.acting_user)
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
                acting_user=reporter,
            )
            reported_at = timezone.make_aware(datetime.datetime.combine(when, datetime.time(10, 0)))
            StatusUpdate.objects.filter(pk=update.pk).update(created_at=reported_at)

    def indicator(self, version, municipality, fields, units, goals, spec):
        values = dict(zip(data.YEARS, spec["values"], strict=True))
        baseline_year = spec["baseline_year"]
        indicator = self.save(
            Indicator(
                version=version,
                municipality=municipality,
                field=fields[spec["field"]],
                kind=spec["kind"],
                catalogue_code=spec["catalogue_code"],
                catalogue_entry=IndicatorCatalogueEntry.objects.filter(
                    code=spec["catalogue_code"]
                ).first()
                if spec["catalogue_code"]
                else None,
                name=spec["name"],
                definition=spec["definition"],
                unit=spec["unit"],
                numerator=spec["numerator"],
                denominator=spec["denominator"],
                data_source=spec["source"],
                direction=spec["direction"],
                disaggregations=spec["disaggregations"],
                responsible_unit=units[spec["responsible"]],
                baseline_value=_decimal(values[baseline_year]) if baseline_year else None,
                baseline_year=baseline_year,
                target_value=_decimal(spec["target"]),
                target_date=_date(spec["target_date"]),
            )
        )
        indicator.goals.set([goals[key] for key in spec["goals"]])
        if spec["key"] in data.DEFINITION_CHANGES:
            valid_from, description = data.DEFINITION_CHANGES[spec["key"]]
            change = DefinitionChange(
                indicator=indicator,
                municipality=municipality,
                valid_from=_date(valid_from),
                description=description,
            )
            change.full_clean()
            change.save()
        return indicator

    def indicator_values(self, municipality, indicator, spec, districts, units):
        enterer = self.users.get(data.REPORTERS.get(spec["responsible"], ""), self.acting_user)
        for year, value in zip(data.YEARS, spec["values"], strict=True):
            flag = spec["flags"].get(year, ValueFlag.NONE)
            self.save(
                IndicatorValue(
                    indicator=indicator,
                    municipality=municipality,
                    year=year,
                    reference_date=datetime.date(year, 12, 31),
                    value=_decimal(value),
                    flag=flag,
                    source=spec["source"],
                    entered_by=enterer,
                ),
                user=enterer,
            )
        breakdowns = [
            (year, {"district": districts[code]}, value)
            for year, by_district in spec["districts"].items()
            for code, value in by_district.items()
        ] + [
            (year, {"group": group}, value)
            for year, by_group in spec["groups"].items()
            for group, value in by_group.items()
        ]
        for year, breakdown, value in breakdowns:
            self.save(
                IndicatorValue(
                    indicator=indicator,
                    municipality=municipality,
                    year=year,
                    reference_date=datetime.date(year, 12, 31),
                    value=_decimal(value),
                    source=spec["source"],
                    entered_by=enterer,
                    **breakdown,
                ),
                user=enterer,
            )

    # -- Beispielheim --------------------------------------------------------

    def build_beispielheim(self, village, units):
        """A small adopted concept: three fields, six goals, six measures, three indicators."""
        spec = data.BEISPIELHEIM_CONCEPT
        acting_user = self.users.get("beispielheim", self.acting_user)
        previous, self.acting_user = self.acting_user, acting_user
        try:
            concept = concept_create(
                municipality=village,
                title=spec["title"],
                kind_label=spec["kind_label"],
                acting_user=acting_user,
                vision_text=spec["vision"],
            )
            version = concept.versions.get()
            version.period_start = spec["period_start"]
            version.period_end = spec["period_end"]
            version.save(update_fields=["period_start", "period_end"])
            vision = version.vision
            vision.title = spec["vision_title"]
            vision.local_narrative = spec["local_narrative"]
            self.save(vision)
            guidelines = {
                position: self.save(
                    Guideline(
                        version=version,
                        municipality=village,
                        position=position,
                        title=title,
                        text=text,
                    )
                )
                for position, (title, text) in enumerate(spec["guidelines"], start=1)
            }
            fields, goals = {}, {}
            for position, field_spec in enumerate(spec["fields"], start=1):
                field = self.field(version, village, units, field_spec, position)
                fields[field_spec["key"]] = field
                self.goals(version, village, field, field_spec["goals"], guidelines, goals)
            measures, position = [], 0
            for field_key, measure_specs in spec["measures"].items():
                for measure_spec in measure_specs:
                    position += 1
                    measure = self.measure(
                        version,
                        village,
                        fields[field_key],
                        measure_spec,
                        position,
                        units,
                        goals,
                        {},
                    )
                    measures.append((measure, measure_spec))
            indicators = [
                (self.indicator(version, village, fields, units, goals, s), s)
                for s in spec["indicators"]
            ]
            for key, (title, body) in spec["narratives"].items():
                narrative_save(
                    version=version,
                    key=key,
                    title=title,
                    body=body,
                    expected_lock_version=None,
                    acting_user=acting_user,
                )
            concept_version_adopt(
                version=version,
                adopted_on=_date(spec["adopted_on"]),
                adopting_resolution=spec["adopting_resolution"],
                acting_user=acting_user,
            )
            for measure, measure_spec in measures:
                self.report_progress(measure, measure_spec)
            for indicator, indicator_spec in indicators:
                self.indicator_values(village, indicator, indicator_spec, {}, units)
        finally:
            self.acting_user = previous


def queue_documents() -> int:
    """Queue a PDF of every adopted demo version in German and in each published language,
    unless one is ready or on its way: the public sites then offer the download."""
    from kompass.concepts.models import ConceptVersion, VersionStatus
    from kompass.documents.models import DocumentFormat, GeneratedDocument, GenerationState
    from kompass.documents.services import document_generate
    from kompass.translations.selectors import published_languages

    queued = 0
    versions = ConceptVersion.objects.filter(
        municipality__slug__in=data.DEMO_SLUGS, status=VersionStatus.ADOPTED
    ).select_related("municipality")
    for version in versions:
        for language in published_languages(version):
            exists = GeneratedDocument.objects.filter(
                version=version,
                format=DocumentFormat.PDF,
                language=language.code,
                state__in=[GenerationState.QUEUED, GenerationState.RUNNING, GenerationState.DONE],
            ).exists()
            if not exists:
                document_generate(
                    version=version,
                    format=DocumentFormat.PDF,
                    language=language.code,
                    acting_user=None,
                )
                queued += 1
    return queued


class Command(BaseCommand):
    help = (
        "Lädt die Demodaten: Musterstadt mit beschlossenem Integrationskonzept, Beispielheim, "
        "das hessische WIR-Programm 2019 und Demo-Zugänge für jede Rolle."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Vorhandene Demodaten (Kommunen, Programm, Demo-Zugänge) löschen und neu laden.",
        )
        parser.add_argument(
            "--documents",
            action="store_true",
            help=(
                "Die PDF-Konzeptdokumente der beschlossenen Fassungen (Deutsch und jede "
                "veröffentlichte Sprache) in die Warteschlange des Hintergrunddienstes stellen, "
                "soweit es sie noch nicht gibt (make run startet den Dienst)."
            ),
        )
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/",
            help="Adresse der Installation für die Ausgabe (Standard: http://127.0.0.1:8000/).",
        )

    def handle(self, *args, reset=False, url="http://127.0.0.1:8000/", documents=False, **options):
        skipped = []
        with transaction.atomic():
            loaded = Municipality.objects.filter(slug=data.MUSTERSTADT["slug"]).exists()
            if loaded and not reset:
                self.stdout.write(
                    "Die Demodaten sind bereits geladen; es wurde nichts verändert. "
                    "Mit --reset werden sie gelöscht und neu geladen."
                )
            else:
                delete_demo(include_programme_members=reset)
                builder = DemoBuilder(self.stdout)
                builder.build()
                skipped = builder.skipped_users
                self.stdout.write(self.style.SUCCESS("Die Demodaten wurden geladen."))
        for username in skipped:
            self.stdout.write(
                self.style.WARNING(
                    f"Das Konto „{username}“ gab es schon außerhalb der Demo; es wurde nicht verändert."
                )
            )
        if documents:
            with transaction.atomic():
                queued = queue_documents()
            if queued:
                self.stdout.write(
                    f"{queued} PDF-Konzeptdokumente werden im Hintergrund erzeugt; sie erscheinen "
                    "nach einigen Minuten auf den öffentlichen Seiten."
                )
        self.print_logins(url, skipped)

    def print_logins(self, url, skipped=()):
        names = dict(
            Municipality.objects.filter(slug__in=data.DEMO_SLUGS).values_list("slug", "name")
        )
        rows = []
        for spec in data.USERS:
            if spec["username"] in skipped:
                continue
            if spec.get("superuser"):
                where = "alle (Administration)"
            elif spec.get("programme_coordinator"):
                count = len(MUNICIPALITY_SLUGS) + 1
                where = f"{PROGRAMME['name']} ({count} Kommunen)"
            else:
                where = ", ".join(
                    names.get(slug, slug) for slug, _role, _unit in spec["memberships"]
                )
            rows.append((spec["username"], spec["label"], where))
        widths = [
            max(len(row[i]) for row in [("Benutzername", "Rolle", "Kommune"), *rows])
            for i in range(2)
        ]
        self.stdout.write("")
        self.stdout.write(f"Adresse: {url}")
        self.stdout.write(f"Passwort für alle Demo-Zugänge: {data.PASSWORD}")
        self.stdout.write("")
        header = ("Benutzername", "Rolle", "Kommune")
        for row in [header, *rows]:
            self.stdout.write(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}")
