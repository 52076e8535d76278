"""Load the demo: Musterstadt with an adopted concept, Beispielheim, the WIR programme, accounts.

    manage.py load_demo [--reset] [--url http://127.0.0.1:8000/]

Idempotent: if Musterstadt exists, nothing is changed and only the logins are printed.
``--reset`` deletes the demo data (municipalities, programme, demo accounts) and loads it
again. Everything runs in one transaction.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import ProtectedError

from kompass.analysis.geojson import validate_district_shape
from kompass.analysis.models import District
from kompass.concepts.models import Concept
from kompass.demo import content as data
from kompass.demo import network as demo_network
from kompass.demo.actors import build_actors
from kompass.demo.analysis import build_analysis
from kompass.demo.concepts import ConceptBuilder
from kompass.demo.documents import build_logo
from kompass.demo.monitoring import build_monitoring
from kompass.demo.participation import build_participation
from kompass.demo.process import build_process
from kompass.demo.public import build_public_sites
from kompass.demo.reporting import build_reporting
from kompass.demo.surveys import build_surveys
from kompass.demo.translations import build_translations
from kompass.demo.wir_programme import MUNICIPALITY_SLUGS, PROGRAMME, build_programme
from kompass.tenancy.models import Land, Membership, Municipality, OrgUnit, Programme

DEMO_EMAIL_SUFFIX = ".example"


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
    """Builds the demo step by step: places, accounts, the two concepts, then the rest."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.users = {}
        self.skipped_users = []

    def municipality(self, spec, **extra):
        municipality = Municipality(land=Land.HE, **spec, **extra)
        municipality.full_clean()
        municipality.save()
        return municipality

    def build(self):
        county = self.municipality(data.COUNTY)
        town = self.municipality(data.MUSTERSTADT, parent_county=county)
        village = self.municipality(data.BEISPIELHEIM, parent_county=county)
        municipalities = {m.slug: m for m in (county, town, village)}
        units = {
            slug: self.org_units(municipalities[slug], specs)
            for slug, specs in data.ORG_UNITS.items()
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
        acting_user = self.users.get("koordination")

        ConceptBuilder(
            town,
            units=units[town.slug],
            districts=districts,
            users=self.users,
            acting_user=acting_user,
        ).build(data.MUSTERSTADT_CONCEPT)
        build_logo(town)
        build_monitoring(town, users=self.users, acting_user=acting_user)
        build_reporting(town, users=self.users, acting_user=acting_user)
        build_actors(town, acting_user=acting_user)
        build_analysis(town, acting_user=acting_user)
        demo_network.build(town, acting_user=acting_user, users=self.users)
        build_process(town, users=self.users, acting_user=acting_user)
        build_participation(town, users=self.users, acting_user=acting_user)
        build_surveys(town, acting_user=acting_user)
        ConceptBuilder(
            village,
            units=units[village.slug],
            districts={},
            users=self.users,
            acting_user=self.users.get("beispielheim", acting_user),
        ).build(data.BEISPIELHEIM_CONCEPT)
        build_translations(town, village, acting_user=acting_user)
        build_public_sites(town, village, acting_user=acting_user)
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
