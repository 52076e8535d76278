"""Content translations: overlay with fallback, outdated after a German change, all or nothing,
carried into a revision."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from kompass.concepts import services as concept_services
from kompass.concepts.models import FieldOfAction, Goal, Vision
from kompass.documents.models import NarrativeSection
from kompass.measures.models import Measure
from kompass.translations import services
from kompass.translations.models import ContentTranslation, TranslationState, VersionLanguage
from kompass.translations.selectors import (
    published_languages,
    state_counts,
    text_entries,
    version_objects,
)

from ..factories import MeasureFactory


@pytest.fixture
def arabic(world):
    return services.version_language_add(version=world.version, language="ar")


def save(world, changes, language="ar"):
    return services.translations_save(
        version=world.version,
        language=language,
        changes=changes,
        acting_user=world.users["coordination"],
    )


def test_overlay_shows_current_translations_and_names_the_fallbacks(world, arabic):
    save(world, [(world.field, "name", "التعليم", world.field.name)])
    field = FieldOfAction.objects.get(pk=world.field.pk)
    goal = Goal.objects.get(pk=world.goal.pk)
    services.overlay([field, goal], "ar")
    assert field.name == "التعليم"
    assert field.untranslated_fields == set()  # empty description: nothing to fall back
    assert goal.title == "Bildungserfolg stärken"
    assert goal.untranslated_fields == {"title"}


def test_overlay_is_one_query_whatever_the_number_of_objects(
    world, arabic, django_assert_num_queries
):
    for index in range(30):
        MeasureFactory(field=world.field, goals=[world.operative_goal], title=f"M {index}")
    objects = version_objects(world.version)
    services.overlay(objects, "ar")  # content types are cached once per process
    with django_assert_num_queries(1):
        services.overlay(objects, "ar")


def test_german_is_never_overlaid(world, django_assert_num_queries):
    field = FieldOfAction.objects.get(pk=world.field.pk)
    with django_assert_num_queries(0):
        services.overlay([field], "de")
    assert field.name == "Bildung"


def test_a_translation_becomes_outdated_when_the_german_text_changes(world, arabic):
    save(world, [(world.field, "name", "التعليم", "Bildung")])
    world.field.name = "Bildung und Ausbildung"
    world.field.save()
    field = FieldOfAction.objects.get(pk=world.field.pk)
    [entry] = [e for e in text_entries([field], "ar") if e.field == "name"]
    assert entry.state == TranslationState.OUTDATED
    services.overlay([field], "ar")
    assert field.name == "Bildung und Ausbildung"  # the outdated translation is not shown
    assert "name" in field.untranslated_fields


def test_saving_refuses_everything_when_one_german_text_changed_meanwhile(world, arabic):
    field = FieldOfAction.objects.get(pk=world.field.pk)
    goal = Goal.objects.get(pk=world.goal.pk)
    with pytest.raises(ValidationError) as error:
        save(
            world,
            [
                (field, "name", "التعليم", "Bildung"),
                (goal, "title", "تعزيز النجاح التعليمي", "ein älterer Titel"),
            ],
        )
    assert set(error.value.message_dict) == {f"concepts.goal.{goal.pk}.title"}
    assert not ContentTranslation.objects.exists()


def test_saving_needs_the_language_on_the_version(world):
    with pytest.raises(ValidationError, match="nicht in diese Sprache übersetzt"):
        save(world, [(world.field, "name", "Education", "Bildung")], language="en")
    assert not ContentTranslation.objects.exists()


def test_empty_text_removes_a_translation_and_rich_text_is_sanitised(world, arabic):
    section = NarrativeSection.objects.create(
        version=world.version, municipality=world.town, key="preface", body="<p>Vorwort</p>"
    )
    save(
        world, [(section, "body", '<p onclick="x()">مقدمة<script>bad()</script></p>', section.body)]
    )
    row = ContentTranslation.objects.get(field="body")
    assert "script" not in row.text and "onclick" not in row.text and "مقدمة" in row.text
    save(world, [(section, "body", "  ", section.body)])
    assert not ContentTranslation.objects.exists()


def test_states_are_counted_per_language(world, arabic):
    save(world, [(world.field, "name", "التعليم", "Bildung")])
    entries = text_entries(version_objects(world.version), "ar")
    counts = state_counts(entries)
    assert counts[TranslationState.CURRENT] == 1
    assert counts[TranslationState.MISSING] == len(entries) - 1


def test_only_published_languages_are_offered(world, arabic):
    services.version_language_add(version=world.version, language="en")
    assert [lang.code for lang in published_languages(world.version)] == ["de"]
    services.version_language_publish(entry=arabic, publish=True)
    assert [lang.code for lang in published_languages(world.version)] == ["de", "ar"]


def test_a_revision_carries_translations_which_turn_outdated_where_the_german_changes(
    world, arabic
):
    section = NarrativeSection.objects.create(
        version=world.version, municipality=world.town, key="preface", body="<p>Vorwort</p>"
    )
    save(
        world,
        [
            (world.field, "name", "التعليم", "Bildung"),
            (world.measure, "title", "دورات لغة", world.measure.title),
            (section, "body", "<p>مقدمة</p>", section.body),
        ],
    )
    services.version_language_publish(entry=arabic, publish=True)
    concept_services.concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat 1/2025",
        acting_user=None,
    )
    new = concept_services.concept_version_start_revision(version=world.version, acting_user=None)
    language = VersionLanguage.objects.get(version=new)
    assert (language.language, language.published_at) == ("ar", None)
    new_measure = Measure.objects.get(version=new, predecessor=world.measure)
    new_measure.title = "Neue Sprachkurse"
    new_measure.save()
    new_field = FieldOfAction.objects.get(version=new)
    new_section = NarrativeSection.objects.get(version=new)
    states = {
        (type(e.obj).__name__, e.field): e.state
        for e in text_entries(
            [new_field, Measure.objects.get(pk=new_measure.pk), new_section], "ar"
        )
    }
    assert states[("FieldOfAction", "name")] == TranslationState.CURRENT
    assert states[("Measure", "title")] == TranslationState.OUTDATED
    assert states[("NarrativeSection", "body")] == TranslationState.CURRENT
    # the adopted version keeps its own translations
    old_field = FieldOfAction.objects.get(pk=world.field.pk)
    services.overlay([old_field], "ar")
    assert old_field.name == "التعليم"
    assert Vision.objects.filter(version=new).exists()
