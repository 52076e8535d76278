"""The demo loader: enough content for every screen, idempotent, resettable."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count

from kompass.analysis.models import District
from kompass.concepts.models import (
    ConceptVersion,
    FieldCatalogueEntry,
    Goal,
    GoalLevel,
    TargetGroup,
    VersionStatus,
)
from kompass.indicators.models import Indicator, IndicatorValue
from kompass.measures.models import BudgetLine, Measure, MeasureStatus, StatusUpdate
from kompass.plan.checks import version_checks
from kompass.plan.tree import load_version_tree
from kompass.tenancy.models import Membership, Municipality, Programme, Role

pytestmark = pytest.mark.django_db


def load(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    User = get_user_model()
    return {
        "municipalities": Municipality.objects.count(),
        "programmes": Programme.objects.count(),
        "users": User.objects.count(),
        "memberships": Membership.objects.count(),
        "versions": ConceptVersion.objects.count(),
        "goals": Goal.objects.count(),
        "measures": Measure.objects.count(),
        "budget_lines": BudgetLine.objects.count(),
        "status_updates": StatusUpdate.objects.count(),
        "indicators": Indicator.objects.count(),
        "values": IndicatorValue.objects.count(),
        "districts": District.objects.count(),
        "catalogue_fields": FieldCatalogueEntry.objects.count(),
        "target_groups": TargetGroup.objects.count(),
    }


@pytest.fixture
def demo():
    output = load()
    return output, ConceptVersion.objects.get(municipality__slug="musterstadt")


# Loading the demo takes about a second, so one test checks several aspects of one load.


def test_demo_content(demo):
    _output, version = demo
    check_concept(version)
    check_measures(version)
    check_findings(version)
    check_indicators(version)
    check_history()


def test_demo_tenants_and_accounts(demo):
    output, _version = demo
    check_programme_and_municipalities()
    check_users(output)


def test_catalogues_are_shipped_by_migration():
    assert FieldCatalogueEntry.objects.filter(municipality__isnull=True).count() == 15
    shipped = TargetGroup.objects.filter(municipality__isnull=True)
    assert shipped.filter(category="institution").count() == 25
    population = shipped.filter(category="population")
    assert set(population.values_list("name", flat=True)) == {
        "junge Menschen",
        "ältere Menschen",
        "Frauen",
        "Geflüchtete",
        "Menschen mit Migrationsbiografie",
    }
    assert all(group.often_hard_to_reach for group in population)


def check_concept(version):
    assert version.status == VersionStatus.ADOPTED
    assert str(version.adopted_on) == "2024-03-21"
    assert "2024/117" in version.adopting_resolution
    assert version.concept.kind_label == "Vielfalts- und Integrationskonzept"
    assert version.vision.local_narrative
    assert version.guidelines.count() >= 5

    fields = version.fields.all()
    assert fields.count() >= 6
    assert all(field.lead_unit_id and field.catalogue_entry_id for field in fields)

    goals = version.goals.all()
    assert goals.count() >= 25
    assert set(goals.values_list("level", flat=True)) == {
        GoalLevel.GUIDING,
        GoalLevel.STRATEGIC,
        GoalLevel.OPERATIVE,
    }
    assert not goals.filter(level=GoalLevel.OPERATIVE, parent__isnull=True).exists()


def check_measures(version):
    measures = version.measures.all()
    assert measures.count() >= 40
    statuses = set(measures.values_list("status", flat=True))
    assert statuses == set(MeasureStatus.values)
    assert measures.filter(status=MeasureStatus.CANCELLED).count() == 1
    assert not measures.filter(status=MeasureStatus.DONE).exclude(progress=100).exists()
    assert not measures.filter(responsible_unit__isnull=True).exists()
    assert not measures.filter(goals__isnull=True).exists()
    assert BudgetLine.objects.filter(
        measure__version=version, funding_programme="WIR-Programm Hessen"
    ).exists()
    # deliberate gaps for the checks panel
    without_budget = measures.annotate(lines=Count("budget_lines")).filter(lines=0).count()
    without_end = measures.filter(end_date__isnull=True).count()
    assert 2 <= without_budget + without_end <= 3
    assert StatusUpdate.objects.filter(measure__version=version).exists()


def check_findings(version):
    findings = version_checks(load_version_tree(version))
    smart = [finding for finding in findings if finding.category == "smart"]
    measure_findings = [finding for finding in findings if finding.category == "measure"]
    assert 3 <= len(smart) <= 4
    assert 2 <= len(measure_findings) <= 3
    assert not [finding for finding in findings if finding.category in {"orphan", "structure"}]


def check_indicators(version):
    indicators = version.indicators.all()
    assert indicators.count() >= 15
    assert {"goal", "context"} <= set(indicators.values_list("kind", flat=True))
    assert indicators.filter(direction="lower").exists()
    for indicator in indicators:
        years = set(indicator.values.filter(district__isnull=True).values_list("year", flat=True))
        assert len(years) >= 5, indicator.name
        assert indicator.goals.exists() or indicator.field_id
    values = IndicatorValue.objects.filter(indicator__version=version)
    assert values.filter(flag="provisional").exists()
    secret = values.filter(flag="secret")
    assert secret.count() == 1 and secret.get().value is None
    assert values.filter(district__isnull=False).values("indicator").distinct().count() >= 2


def check_history():
    for model in (Goal, Measure, Indicator, IndicatorValue, BudgetLine):
        records = model.history.model.objects.all()
        assert records.exists()
        assert not records.filter(history_user__isnull=True).exists(), model.__name__


def check_programme_and_municipalities():
    programme = Programme.objects.get(slug="wir-2019")
    assert programme.municipalities.count() == 19
    assert programme.municipalities.filter(slug="musterstadt").exists()
    assert programme.municipalities.filter(land="06").count() == 19
    assert programme.coordinators.filter(username="programm").exists()

    town = Municipality.objects.get(slug="musterstadt")
    assert town.parent_county.slug == "landkreis-musterland"
    assert town.org_units.count() >= 10
    assert 44_000 <= sum(town.districts.values_list("population", flat=True)) <= 46_000

    village_version = ConceptVersion.objects.get(municipality__slug="beispielheim")
    assert village_version.status == VersionStatus.ADOPTED
    assert village_version.fields.count() == 3
    assert village_version.goals.count() == 6
    assert village_version.measures.count() == 6
    assert village_version.indicators.count() == 3
    check_translations(village_version)


def check_translations(village_version):
    """Beispielheim is published in Arabic and English, completely; Musterstadt has gaps."""
    from kompass.translations.models import TranslationState, VersionLanguage
    from kompass.translations.selectors import state_counts, text_entries, version_objects

    published = VersionLanguage.objects.filter(version=village_version, published_at__isnull=False)
    assert set(published.values_list("language", flat=True)) == {"ar", "en"}
    objects = version_objects(village_version)
    assert set(state_counts(text_entries(objects, "ar"))) == {TranslationState.CURRENT}
    town_version = ConceptVersion.objects.get(
        municipality__slug="musterstadt", status=VersionStatus.ADOPTED
    )
    town_objects = version_objects(town_version)
    english = state_counts(text_entries(town_objects, "en"))
    assert english[TranslationState.CURRENT] > 100
    assert english[TranslationState.OUTDATED] and english[TranslationState.MISSING]
    easy = state_counts(text_entries(town_objects, "ls"))
    assert easy[TranslationState.CURRENT] >= 20 and easy[TranslationState.OUTDATED] == 1


def check_users(output):
    User = get_user_model()
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == set(Role.values)
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="koordination").check_password("Demo-Passwort-2026!")
    responsible = Membership.objects.filter(role=Role.RESPONSIBLE_UNIT)
    assert set(responsible.values_list("org_unit__name", flat=True)) == {
        "Amt für Schule und Bildung",
        "Jugendamt",
    }
    multi = Membership.objects.filter(user__username="mehrfach")
    assert set(multi.values_list("municipality__slug", "role")) == {
        ("beispielheim", Role.COORDINATION),
        ("musterstadt", Role.STEERING_GROUP),
    }
    assert "Demo-Passwort-2026!" in output
    assert "http://127.0.0.1:8000/" in output
    for username in ("koordination", "fachbereich-schule", "programm", "mehrfach"):
        assert username in output


def test_second_run_changes_nothing_and_reset_reloads():
    load()
    before = counts()
    output = load("--url", "https://kompass.example/")
    assert counts() == before
    assert "bereits geladen" in output
    assert "https://kompass.example/" in output

    load("--reset")
    assert counts() == before
    assert Municipality.objects.filter(slug="musterstadt").count() == 1
    assert (
        ConceptVersion.objects.get(municipality__slug="musterstadt").status == VersionStatus.ADOPTED
    )


@pytest.mark.django_db
def test_demo_indicators_with_a_catalogue_code_are_linked_to_the_catalogue():
    from kompass.indicators.models import Indicator

    call_command("load_demo", stdout=StringIO())
    coded = Indicator.objects.exclude(catalogue_code="")
    assert coded.count() >= 8
    assert all(i.catalogue_entry and i.catalogue_entry.code == i.catalogue_code for i in coded)


def test_documents_option_queues_each_adopted_pdf_once(settings):
    """``make run`` passes --documents: the worker then renders the public PDFs."""
    from django_tasks_db.models import DBTaskResult

    from kompass.documents.models import GeneratedDocument

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    load()
    assert not GeneratedDocument.objects.exists()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda func, **kwargs: func())
        output = load("--documents")
    queued = set(GeneratedDocument.objects.values_list("version__municipality__slug", "language"))
    # Musterstadt publishes English, Beispielheim Arabic and English
    assert queued == {
        ("musterstadt", "de"),
        ("musterstadt", "en"),
        ("beispielheim", "de"),
        ("beispielheim", "ar"),
        ("beispielheim", "en"),
    }
    assert DBTaskResult.objects.count() == 5 and "5 PDF" in output
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda func, **kwargs: func())
        load("--documents")
    assert GeneratedDocument.objects.count() == 5  # not queued twice
