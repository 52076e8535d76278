"""What every page owes its users: a title, a language, labels, German by default, few queries."""

from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ..factories import (
    BudgetLineFactory,
    GoalFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeasureFactory,
)


class PageAudit(HTMLParser):
    """Collects what an accessibility check needs from one HTML page."""

    def __init__(self):
        super().__init__()
        self.html_lang = None
        self.title = ""
        self._in_title = False
        self.label_for = set()
        self.controls = []
        self._label_depth = 0
        self.ids = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "label":
            self._label_depth += 1
            if attrs.get("for"):
                self.label_for.add(attrs["for"])
        elif tag in {"input", "select", "textarea"}:
            if attrs.get("type") in {"hidden", "submit", "button"}:
                return
            self.controls.append(
                (attrs.get("id"), attrs.get("aria-label"), self._label_depth > 0, attrs.get("name"))
            )

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "label":
            self._label_depth -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def audit(response):
    parser = PageAudit()
    parser.feed(response.content.decode())
    return parser


PAGES = [
    ("municipality_home", None),
    ("version_overview", "version"),
    ("version_compare", "version"),
    ("field_detail", "field"),
    ("goal_detail", "goal"),
    ("measure_detail", "measure"),
    ("indicator_detail", "indicator"),
    ("concept_create", None),
    ("version_edit", "version"),
    ("version_adopt", "version"),
    ("vision_edit", "version"),
    ("guideline_create", "version"),
    ("field_create", "version"),
    ("field_edit", "field"),
    ("goal_create", "version"),
    ("goal_edit", "goal"),
    ("measure_create", "version"),
    ("measure_edit", "measure"),
    ("measure_progress", "measure"),
    ("indicator_create", "version"),
    ("indicator_edit", "indicator"),
    ("value_create", "indicator"),
    ("value_edit", "value"),
    ("analysis_overview", None),
    ("population_structure", None),
    ("district_map", None),
    ("analysis_item_create", None),
    ("actor_list", None),
    ("actor_create", None),
    ("actor_import", None),
    ("offer_list", None),
    ("offer_create", None),
    ("offer_import", None),
    ("offer_gaps", None),
    ("network", None),
    ("network_survey_list", None),
    ("network_survey_create", None),
    ("body_list", None),
    ("body_create", None),
    ("resolution_create", None),
    ("council_submission", None),
    ("municipality_settings", None),
    # the process pages with a process are audited in tests/process/test_views.py
    ("process_timeline", "version"),
    ("process_start", "version"),
    ("monitoring_dashboard", "version"),
    ("unit_tasks", None),
    ("status_help", None),
    ("evaluation_create", "measure"),
    ("evaluation_detail", "evaluation"),
    ("evaluation_edit", "evaluation"),
    ("attachment_create", "evaluation"),
    ("documents_overview", "version"),
    ("document_html", "version"),
    ("version_publication", "version"),
    ("appearance_edit", None),
    ("public_site_settings", None),
]


@pytest.mark.parametrize(("name", "attribute"), PAGES)
def test_page_has_title_language_and_labelled_controls(world, client, name, attribute):
    client.force_login(world.users["coordination"])
    args = [world.town.slug] + ([getattr(world, attribute).pk] if attribute else [])
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de"
    assert "Integrationskompass" in page.title and len(page.title.strip()) > len(
        "Integrationskompass"
    )
    unlabelled = [
        name
        for control_id, aria_label, wrapped, name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    duplicates = {i for i in page.ids if page.ids.count(i) > 1}
    assert duplicates == set()


def test_the_one_reminder_settings_page_is_german_and_labelled(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.get(reverse("account_notifications"))
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de" and len(page.title.strip()) > len("Integrationskompass")
    assert page.controls and all(
        aria_label or wrapped or (control_id and control_id in page.label_for)
        for control_id, aria_label, wrapped, _name in page.controls
    )


def test_login_page_is_german_and_labelled(db, client):
    response = client.get(reverse("login"))
    page = audit(response)
    assert page.html_lang == "de"
    assert "Anmelden" in response.content.decode()
    assert all(control_id in page.label_for for control_id, _, _, _ in page.controls)


def test_ui_switches_to_english(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("version_overview", args=[world.town.slug, world.version.pk])
    assert "Handlungsfelder" in client.get(url).content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": url})
    response = client.get(url)
    assert audit(response).html_lang == "en"
    assert "Fields of action" in response.content.decode()


def test_numbers_and_dates_are_german(world, client):
    BudgetLineFactory(measure=world.measure, year=2026, planned_amount="12500.00")
    client.force_login(world.users["coordination"])
    content = client.get(
        reverse("measure_detail", args=[world.town.slug, world.measure.pk])
    ).content.decode()
    assert "12.500 €" in content
    assert "01.01.2025" in content


def _grow(world, n):
    for i in range(n):
        goal = GoalFactory(field=world.field, level=3, parent=world.goal, title=f"Ziel {i}")
        measure = MeasureFactory(
            field=world.field, goals=[goal], responsible_unit=world.school_office
        )
        BudgetLineFactory(measure=measure)
        indicator = IndicatorFactory(field=world.field, goals=[goal])
        IndicatorValueFactory(indicator=indicator)


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


# 20 for the tree and the checks, plus 1 for the indicator values behind the status badges,
# plus 1 for the steps of the process ("current step" line)
OVERVIEW_MAX_QUERIES = 22


def test_overview_query_count_is_pinned_and_does_not_grow(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("version_overview", args=[world.town.slug, world.version.pk])
    _grow(world, 2)
    small = _count_queries(client, url)
    _grow(world, 25)
    large = _count_queries(client, url)
    assert small == large
    assert large <= OVERVIEW_MAX_QUERIES


def test_english_browsers_still_get_german_until_english_is_chosen(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("version_overview", args=[world.town.slug, world.version.pk])
    response = client.get(url, headers={"accept-language": "en-US,en;q=0.9"})
    assert audit(response).html_lang == "de"


REPORTING_PAGES = [
    "reporting_cycles",
    "reporting_cycle_create",
    "reporting_cycle",
    "reporting_cycle_edit",
    "reporting_cycle_close",
    "reporting_unit",
    "reporting_unit_import",
]


@pytest.mark.parametrize("name", REPORTING_PAGES)
def test_reporting_page_has_title_language_and_labelled_controls(world, client, name):
    import datetime

    from kompass.reporting.services import cycle_open

    cycle = cycle_open(
        version=world.version,
        title="Bericht 2025",
        reporting_year=2025,
        due_date=datetime.date(2030, 1, 1),
        acting_user=world.users["coordination"],
        base_url="",
        notify=False,
    )
    client.force_login(world.users["coordination"])
    args = [world.town.slug]
    if name not in ("reporting_cycles", "reporting_cycle_create"):
        args.append(cycle.pk)
    if name.startswith("reporting_unit"):
        args.append(world.school_office.pk)
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de" and len(page.title.strip()) > len("Integrationskompass")
    unlabelled = [
        control_name
        for control_id, aria_label, wrapped, control_name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()


TRANSLATION_PAGES = [
    ("translations_overview", []),
    ("translations_edit", ["ar"]),
    ("translations_edit", ["ls"]),
    ("translations_publish", ["ar"]),
    ("translations_language_remove", ["ar"]),
    ("translations_import", ["ar"]),
]


@pytest.mark.parametrize(("name", "extra"), TRANSLATION_PAGES)
def test_translation_page_has_title_language_and_labelled_controls(world, client, name, extra):
    from kompass.translations.services import version_language_add

    for code in ("ar", "ls"):
        version_language_add(version=world.version, language=code)
    client.force_login(world.users["coordination"])
    response = client.get(reverse(name, args=[world.town.slug, world.version.pk, *extra]))
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de"
    assert "Integrationskompass" in page.title
    unlabelled = [
        name
        for control_id, aria_label, wrapped, name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()
