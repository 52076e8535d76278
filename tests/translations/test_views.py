"""The translation workflow of coordination: overview, editor, publishing, removing a language."""

import datetime
import re

import pytest
from django.urls import reverse

from kompass.concepts import services as concept_services
from kompass.concepts.models import FieldOfAction, Goal
from kompass.measures.models import Measure
from kompass.translations import services
from kompass.translations.models import ContentTranslation, TranslationState, VersionLanguage
from kompass.translations.selectors import text_entries, text_key

from ..factories import MeasureFactory


@pytest.fixture
def arabic(world):
    return services.version_language_add(version=world.version, language="ar")


@pytest.fixture
def coordinator(world, client):
    client.force_login(world.users["coordination"])
    return client


def edit_url(world, language="ar", **query):
    url = reverse("translations_edit", args=[world.town.slug, world.version.pk, language])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def overview_url(world):
    return reverse("translations_overview", args=[world.town.slug, world.version.pk])


def post_texts(client, world, texts, *, part, language="ar", fits=()):
    """POST one page: ``texts`` is a list of (obj, field, translation, shown German, was)."""
    data = {"teil": part, "zeige": "offen", "seite": "1", "key": []}
    for obj, field, text, german, was in texts:
        key = text_key(obj, field)
        name = key.replace(".", "-")
        data["key"].append(key)
        data[f"text-{name}"] = text
        data[f"german-{name}"] = german
        data[f"was-{name}"] = was
        if (obj, field) in fits:
            data[f"fits-{name}"] = "1"
    return client.post(edit_url(world, language), data)


def state_of(obj, field, language="ar"):
    fresh = type(obj).objects.get(pk=obj.pk)
    [entry] = [e for e in text_entries([fresh], language) if e.field == field]
    return entry.state


def test_missing_then_saved_then_outdated_then_checked_again(world, arabic, coordinator):
    # missing: listed among the open texts of its part
    page = coordinator.get(edit_url(world, teil="fields")).content.decode()
    assert "Bildung" in page and 'name="text-concepts-fieldofaction-' in page
    assert state_of(world.field, "name") == TranslationState.MISSING

    # saved: current, and no longer listed as open
    response = post_texts(
        coordinator, world, [(world.field, "name", "التعليم", "Bildung", "")], part="fields"
    )
    assert response.status_code == 302
    assert state_of(world.field, "name") == TranslationState.CURRENT
    page = coordinator.get(edit_url(world, teil="fields")).content.decode()
    assert "التعليم" not in page
    assert (
        "التعليم" in coordinator.get(edit_url(world, teil="fields", zeige="alle")).content.decode()
    )

    # the German text changes: outdated, shown with the German then and now
    FieldOfAction.objects.filter(pk=world.field.pk).update(name="Bildung und Ausbildung")
    assert state_of(world.field, "name") == TranslationState.OUTDATED
    page = coordinator.get(edit_url(world, teil="fields")).content.decode()
    assert "التعليم" in page
    assert re.search(r"<ins><span class=\"visually-hidden\">[^<]*</span>und Ausbildung</ins>", page)
    assert 'name="fits-concepts-fieldofaction-' in page

    # left unchanged without confirming: stays outdated
    new = "Bildung und Ausbildung"
    response = post_texts(
        coordinator, world, [(world.field, "name", "التعليم", new, "التعليم")], part="fields"
    )
    assert response.status_code == 302
    assert state_of(world.field, "name") == TranslationState.OUTDATED

    # confirmed as still fitting: current again, text unchanged
    post_texts(
        coordinator,
        world,
        [(world.field, "name", "التعليم", new, "التعليم")],
        part="fields",
        fits={(world.field, "name")},
    )
    assert state_of(world.field, "name") == TranslationState.CURRENT
    row = ContentTranslation.objects.get(field="name", language="ar")
    assert (row.text, row.source_text) == ("التعليم", new)


def test_a_changed_german_text_refuses_the_whole_page_and_says_so_at_the_field(
    world, arabic, coordinator
):
    goal = world.goal
    response = post_texts(
        coordinator,
        world,
        [
            (world.field, "name", "التعليم", "Bildung", ""),
            (goal, "title", "تعزيز النجاح", "Bildungserfolg sichern", ""),  # seen before an edit
        ],
        part="fields",
    )
    assert response.status_code == 200
    assert not ContentTranslation.objects.exists()
    page = response.content.decode()
    # the message stands in the goal's entry, with the German then and now
    entry = page.split(f'id="text-{text_key(goal, "title").replace(".", "-")}-entry"')[1]
    entry = entry.split("</section>")[0]
    assert "German text has changed" in entry or "deutsche Text hat sich" in entry
    assert "<del>" in entry and "<ins>" in entry
    # the translator's text is kept and the next save is made against today's German
    assert "تعزيز النجاح" in entry
    assert 'value="Bildungserfolg stärken"' in entry
    response = post_texts(
        coordinator,
        world,
        [
            (world.field, "name", "التعليم", "Bildung", ""),
            (goal, "title", "تعزيز النجاح", "Bildungserfolg stärken", ""),
        ],
        part="fields",
    )
    assert response.status_code == 302
    assert ContentTranslation.objects.count() == 2


def test_a_translation_saved_by_someone_else_meanwhile_is_not_overwritten(
    world, arabic, coordinator
):
    services.translations_save(
        version=world.version,
        language="ar",
        changes=[(world.field, "name", "تعليم", "Bildung")],
        acting_user=None,
    )
    response = post_texts(
        coordinator, world, [(world.field, "name", "التعليم", "Bildung", "")], part="fields"
    )
    assert response.status_code == 200
    assert ContentTranslation.objects.get().text == "تعليم"


def test_too_long_title_is_refused_and_emptying_removes(world, arabic, coordinator):
    response = post_texts(
        coordinator, world, [(world.field, "name", "x" * 201, "Bildung", "")], part="fields"
    )
    assert response.status_code == 200
    assert not ContentTranslation.objects.exists()
    post_texts(coordinator, world, [(world.field, "name", "التعليم", "Bildung", "")], part="fields")
    post_texts(coordinator, world, [(world.field, "name", "", "Bildung", "التعليم")], part="fields")
    assert not ContentTranslation.objects.exists()


def test_textareas_carry_language_and_direction(world, arabic, coordinator):
    page = coordinator.get(edit_url(world, teil="fields")).content.decode()
    textareas = re.findall(r"<textarea[^>]*>", page)
    assert textareas and all('lang="ar"' in t and 'dir="rtl"' in t for t in textareas)
    assert 'lang="de" dir="ltr">Bildung<' in page  # the German text beside it
    services.version_language_add(version=world.version, language="ls")
    page = coordinator.get(edit_url(world, "ls", teil="fields")).content.decode()
    textareas = re.findall(r"<textarea[^>]*>", page)
    assert textareas and all('lang="de-x-ls"' in t and 'dir="ltr"' in t for t in textareas)


def test_parts_filter_and_pagination(world, arabic, coordinator):
    for index in range(40):
        MeasureFactory(field=world.field, goals=[world.operative_goal], title=f"Maßnahme {index}")
    measures = Measure.objects.filter(version=world.version).count()
    page = coordinator.get(edit_url(world, teil="measures")).content.decode()
    assert page.count('name="key"') == 30
    assert 'aria-current="page">Maßnahmen' in page
    assert "seite=2" in page
    second = coordinator.get(edit_url(world, teil="measures", seite=2)).content.decode()
    titles = (
        measures + Measure.objects.filter(version=world.version).exclude(description="").count()
    )
    assert second.count('name="key"') == titles - 30
    # other parts are not on the page
    assert "Bildungserfolg stärken" not in page
    goals = coordinator.get(edit_url(world, teil="goals")).content.decode()
    assert "Bildungserfolg stärken" in goals and "Maßnahme 3" not in goals


def test_unknown_language_or_foreign_version_is_not_found(world, arabic, coordinator):
    assert coordinator.get(edit_url(world, "en")).status_code == 404
    assert coordinator.get(edit_url(world, "xx")).status_code == 404
    foreign = reverse("translations_edit", args=[world.other_town.slug, world.version.pk, "ar"])
    assert coordinator.get(foreign).status_code == 404


def _editor_queries(client, url, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_editor_and_overview_query_counts_are_pinned(
    world, arabic, coordinator, django_assert_max_num_queries
):
    services.version_language_add(version=world.version, language="ls")
    urls = [edit_url(world, teil="measures", zeige="alle"), overview_url(world)]
    before = [_editor_queries(coordinator, url, None) for url in urls]
    for index in range(25):
        MeasureFactory(field=world.field, goals=[world.operative_goal], title=f"M {index}")
    after = [_editor_queries(coordinator, url, None) for url in urls]
    assert after == before
    for url in urls:
        with django_assert_max_num_queries(20):
            coordinator.get(url)


def test_adopted_versions_can_be_translated(world, arabic, coordinator):
    concept_services.concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat 1/2025",
        acting_user=None,
    )
    page = coordinator.get(overview_url(world)).content.decode()
    assert "adopted" in page or "beschlossen" in page
    response = post_texts(
        coordinator,
        world,
        [(world.goal, "title", "تعزيز النجاح", "Bildungserfolg stärken", "")],
        part="goals",
    )
    assert response.status_code == 302
    assert state_of(Goal.objects.get(pk=world.goal.pk), "title") == TranslationState.CURRENT


def test_overview_counts_add_publish_and_remove_a_language(world, arabic, coordinator):
    services.translations_save(
        version=world.version,
        language="ar",
        changes=[(world.field, "name", "التعليم", "Bildung")],
        acting_user=None,
    )
    page = coordinator.get(overview_url(world)).content.decode()
    assert re.search(r'<progress id="progress-ar" class="completeness" max="\d+" value="1"', page)
    assert '<option value="ar"' not in page and '<option value="uk"' in page

    response = coordinator.post(overview_url(world), {"language": "uk"})
    assert response.status_code == 302
    assert VersionLanguage.objects.filter(version=world.version, language="uk").exists()

    publish = reverse("translations_publish", args=[world.town.slug, world.version.pk, "ar"])
    page = coordinator.get(publish).content.decode()
    assert "missing" in page or "fehlen" in page  # says how many texts are still missing
    coordinator.post(publish, {"publish": "1"})
    assert VersionLanguage.objects.get(language="ar").is_published
    coordinator.post(publish, {"publish": "0"})
    assert not VersionLanguage.objects.get(language="ar").is_published

    remove = reverse("translations_language_remove", args=[world.town.slug, world.version.pk, "ar"])
    confirm = coordinator.get(remove)
    assert confirm.status_code == 200
    assert not confirm.context["irreversible"]  # the translations are kept, re-adding restores
    assert coordinator.post(remove).status_code == 302
    assert not VersionLanguage.objects.filter(language="ar").exists()
    assert ContentTranslation.objects.filter(language="ar").count() == 1  # kept


def test_readers_cannot_save_translations(world, arabic, client):
    client.force_login(world.users["steering_group"])
    response = post_texts(
        client, world, [(world.field, "name", "التعليم", "Bildung", "")], part="fields"
    )
    assert response.status_code == 403
    assert not ContentTranslation.objects.exists()


def test_the_version_overview_links_to_the_translations(world, client):
    url = reverse("version_overview", args=[world.town.slug, world.version.pk])
    client.force_login(world.users["coordination"])
    assert overview_url(world) in client.get(url).content.decode()
    client.force_login(world.users["council"])
    assert overview_url(world) not in client.get(url).content.decode()


def test_a_text_of_another_municipality_posted_to_the_page_saves_nothing(
    world, arabic, coordinator
):
    foreign = MeasureFactory(field__version__concept__municipality=world.other_town)
    response = post_texts(
        coordinator,
        world,
        [
            (world.field, "name", "التعليم", "Bildung", ""),
            (foreign, "title", "ترجمة", foreign.title, ""),
        ],
        part="fields",
    )
    assert response.status_code == 200
    assert not ContentTranslation.objects.exists()


def test_chapter_texts_show_their_german_html_below_the_entry_heading(world, arabic, coordinator):
    from kompass.documents.models import NarrativeSection

    NarrativeSection.objects.create(
        version=world.version,
        municipality=world.town,
        key="preface",
        body="<h3>Warum</h3><p>Vorwort</p>",
    )
    page = coordinator.get(edit_url(world, teil="chapters")).content.decode()
    assert "<h5>Warum</h5>" in page  # below the entry's h3, not beside it
    assert "&lt;h3&gt;Warum&lt;/h3&gt;" in page  # the source to copy the tags from
    assert re.search(r'<textarea[^>]*lang="ar" dir="rtl"', page)
