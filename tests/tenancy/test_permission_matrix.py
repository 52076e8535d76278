"""Role × view × own/foreign municipality: who gets 200, 403 or 404 on every page.

A user outside the municipality always gets 404, never 403, so that nobody can
probe which objects another municipality has (the zulip "access_*" habit).
"""

import pytest
from django.urls import reverse

from kompass.tenancy.access import forget_access

from ..factories import MeasureFactory

READERS = [
    "coordination",
    "responsible_unit",
    "steering_group",
    "facilitator",
    "council",
    "programme_coordinator",
    "instance_admin",
]
OUTSIDERS = ["foreign_coordinator", "foreign_programme_coordinator", "no_membership"]
ALL_USERS = READERS + OUTSIDERS
# The instance admin (Django superuser) runs the installation and may do everything.
EDITORS = ["coordination", "instance_admin"]

# (url name, attribute of the world whose pk goes into the URL, or None for the municipality only)
READ_VIEWS = [
    ("municipality_home", None),
    ("version_overview", "version"),
    ("version_compare", "version"),
    ("version_checks", "version"),
    ("vision_detail", "version"),
    ("municipality_settings", None),
    ("field_detail", "field"),
    ("goal_detail", "goal"),
    ("measure_detail", "measure"),
    ("indicator_detail", "indicator"),
    ("population_structure", None),
    ("district_map", None),
    ("monitoring_dashboard", "version"),
    ("status_help", None),
    ("evaluation_detail", "evaluation"),
    ("documents_overview", "version"),
    ("document_html", "version"),
    ("document_css", "version"),
    ("version_publication", "version"),
    ("version_flyer_pdf", "version"),
    ("version_press_docx", "version"),
]
EDIT_VIEWS = [
    ("concept_create", None),
    ("version_edit", "version"),
    ("version_adopt", "version"),
    ("vision_edit", "version"),
    ("guideline_create", "version"),
    ("guideline_edit", "guideline"),
    ("guideline_delete", "guideline"),
    ("field_create", "version"),
    ("field_edit", "field"),
    ("field_delete", "field"),
    ("goal_create", "version"),
    ("goal_edit", "goal"),
    ("goal_delete", "goal"),
    ("measure_create", "version"),
    ("measure_edit", "measure"),
    ("measure_delete", "measure"),
    ("indicator_create", "version"),
    ("indicator_edit", "indicator"),
    ("indicator_delete", "indicator"),
    ("appearance_edit", None),
    ("public_site_settings", None),
    ("import_start", "version"),
    ("statservice_accounts", None),
    ("statservice_fetch", "version"),
]
# Pages of the responsible unit's own measure and indicator (school office).
OWN_UNIT_VIEWS = [
    ("measure_progress", "measure"),
    ("value_create", "indicator"),
    ("value_edit", "value"),
    ("value_delete", "value"),
    ("evaluation_create", "measure"),
    ("evaluation_edit", "evaluation"),
    ("evaluation_delete", "evaluation"),
    ("attachment_create", "evaluation"),
]
# The same pages for a measure and an indicator of another unit (youth office).
OTHER_UNIT_VIEWS = [
    ("measure_progress", "foreign_measure"),
    ("value_create", "foreign_indicator"),
    ("evaluation_create", "foreign_measure"),
]
# "My measures and indicators": responsible units and coordination (who chooses a unit).
UNIT_TASK_VIEWS = [("unit_tasks", None)]


def url_for(world, name, attribute, municipality=None):
    slug = (municipality or world.town).slug
    args = [slug] if attribute is None else [slug, getattr(world, attribute).pk]
    return reverse(name, args=args)


def expected_status(user_key, allowed):
    if user_key in OUTSIDERS:
        return 404
    return 200 if user_key in allowed else 403


CASES = (
    [
        (name, attr, user, expected_status(user, READERS))
        for name, attr in READ_VIEWS
        for user in ALL_USERS
    ]
    + [
        (name, attr, user, expected_status(user, EDITORS))
        for name, attr in EDIT_VIEWS
        for user in ALL_USERS
    ]
    + [
        (name, attr, user, expected_status(user, [*EDITORS, "responsible_unit"]))
        for name, attr in OWN_UNIT_VIEWS
        for user in ALL_USERS
    ]
    + [
        (name, attr, user, expected_status(user, EDITORS))
        for name, attr in OTHER_UNIT_VIEWS
        for user in ALL_USERS
    ]
    + [
        (name, attr, user, expected_status(user, [*EDITORS, "responsible_unit"]))
        for name, attr in UNIT_TASK_VIEWS
        for user in ALL_USERS
    ]
)


@pytest.mark.parametrize(("view_name", "attribute", "user_key", "status"), CASES)
def test_role_view_matrix(world, client, view_name, attribute, user_key, status):
    # given
    client.force_login(world.users[user_key])
    # when
    response = client.get(url_for(world, view_name, attribute))
    # then
    assert response.status_code == status


@pytest.mark.parametrize(
    ("view_name", "attribute"), READ_VIEWS + EDIT_VIEWS + OWN_UNIT_VIEWS + UNIT_TASK_VIEWS
)
def test_anonymous_users_are_sent_to_the_login(world, client, view_name, attribute):
    response = client.get(url_for(world, view_name, attribute))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    ("view_name", "attribute"),
    [v for v in READ_VIEWS + EDIT_VIEWS + OWN_UNIT_VIEWS if v[1] is not None],
)
def test_objects_of_one_municipality_are_not_found_under_another(
    world, client, view_name, attribute
):
    """The foreign coordinator opens Musterstadt's objects with their own municipality in the URL."""
    client.force_login(world.users["foreign_coordinator"])
    response = client.get(url_for(world, view_name, attribute, municipality=world.other_town))
    assert response.status_code == 404


def test_own_objects_are_found_under_the_own_municipality(world, client):
    """The counterpart of the test above: the same URL shape works for the own objects."""
    own_measure = MeasureFactory(field__version__concept__municipality=world.other_town)
    client.force_login(world.users["foreign_coordinator"])
    response = client.get(reverse("measure_detail", args=[world.other_town.slug, own_measure.pk]))
    assert response.status_code == 200


def test_post_from_a_foreign_municipality_changes_nothing(world, client):
    client.force_login(world.users["foreign_coordinator"])
    response = client.post(
        url_for(world, "measure_progress", "measure"),
        {
            "status": "done",
            "progress": "100",
            "status_note": "",
            "lock_version": "0",
            "spending-TOTAL_FORMS": "0",
            "spending-INITIAL_FORMS": "0",
            "reached-TOTAL_FORMS": "0",
            "reached-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 404
    world.measure.refresh_from_db()
    assert world.measure.status == "planned"


def test_membership_change_takes_effect_on_the_next_request(world, client):
    user = world.users["no_membership"]
    client.force_login(user)
    assert client.get(url_for(world, "municipality_home", None)).status_code == 404
    world.town.memberships.create(user=user, role="council")
    forget_access(user)
    assert client.get(url_for(world, "municipality_home", None)).status_code == 200


# Actors register and offers inventory: every member reads; coordination and the external
# facilitator edit (kompass.edit_analysis), like the other parts of the situation analysis.
ANALYSIS_EDITORS = [*EDITORS, "facilitator"]
REGISTER_READ_VIEWS = [
    ("actor_list", None),
    ("actor_detail", "actor"),
    ("offer_list", None),
    ("offer_detail", "offer"),
    ("offer_gaps", None),
]
REGISTER_EDIT_VIEWS = [
    ("actor_create", None),
    ("actor_edit", "actor"),
    ("actor_delete", "spare_actor"),  # an actor with offers cannot be deleted
    ("actor_import", None),
    ("actor_import_template", None),
    ("offer_create", None),
    ("offer_edit", "offer"),
    ("offer_delete", "offer"),
    ("offer_import", None),
    ("offer_import_template", None),
]
REGISTER_CASES = [
    (name, attr, user, expected_status(user, READERS))
    for name, attr in REGISTER_READ_VIEWS
    for user in ALL_USERS
] + [
    (name, attr, user, expected_status(user, ANALYSIS_EDITORS))
    for name, attr in REGISTER_EDIT_VIEWS
    for user in ALL_USERS
]


@pytest.fixture
def register_world(world):
    from kompass.actors.models import Actor, Offer

    world.actor = Actor.objects.create(municipality=world.town, name="Stadtteilverein")
    world.spare_actor = Actor.objects.create(municipality=world.town, name="Ohne Angebote")
    world.offer = Offer.objects.create(
        municipality=world.town, title="Sprachcafé", provider=world.actor
    )
    return world


@pytest.mark.parametrize(("view_name", "attribute", "user_key", "status"), REGISTER_CASES)
def test_register_role_view_matrix(register_world, client, view_name, attribute, user_key, status):
    client.force_login(register_world.users[user_key])
    response = client.get(url_for(register_world, view_name, attribute))
    assert response.status_code == status


@pytest.mark.parametrize(("view_name", "attribute"), REGISTER_READ_VIEWS + REGISTER_EDIT_VIEWS)
def test_register_pages_send_anonymous_users_to_the_login(
    register_world, client, view_name, attribute
):
    response = client.get(url_for(register_world, view_name, attribute))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    ("view_name", "attribute"),
    [v for v in REGISTER_READ_VIEWS + REGISTER_EDIT_VIEWS if v[1] is not None],
)
def test_register_objects_are_not_found_under_another_municipality(
    register_world, client, view_name, attribute
):
    client.force_login(register_world.users["foreign_coordinator"])
    url = url_for(register_world, view_name, attribute, municipality=register_world.other_town)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404


def test_register_post_by_a_reader_changes_nothing(register_world, client):
    client.force_login(register_world.users["council"])
    url = url_for(register_world, "actor_delete", "spare_actor")
    assert client.post(url).status_code == 403
    register_world.spare_actor.refresh_from_db()
    assert client.post(url_for(register_world, "offer_delete", "offer")).status_code == 403
    register_world.offer.refresh_from_db()  # still there


# The process (issue 4): every member reads; coordination plans it (kompass.edit_process);
# the external facilitator also keeps steps and tasks up to date (kompass.edit_process_steps);
# the owner of a task – here the school office – records its status (update_process_task).
PROCESS_STEP_EDITORS = [*EDITORS, "facilitator"]


def _version(world):
    return [world.version.pk]


def _part(kind, attribute):
    return lambda world: [kind, getattr(world, attribute).pk]


PROCESS_READ_VIEWS = [
    ("process_timeline", _version),
    ("communication_plan", _version),
]
PROCESS_EDIT_VIEWS = [
    ("process_start", lambda world: [world.spare_version.pk]),
    ("process_edit", _version),
    ("process_delete", _version),
    ("process_contract_edit", _version),
    ("process_contract_delete", _version),
    ("process_part_create", lambda world: [world.version.pk, "phasen"]),
    ("process_part_create", lambda world: [world.version.pk, "meilensteine"]),
    ("process_part_create", lambda world: [world.version.pk, "budget"]),
    ("process_part_create", lambda world: [world.version.pk, "kommunikation"]),
    ("process_part_edit", _part("phasen", "phase")),
    ("process_part_edit", _part("meilensteine", "process_milestone")),
    ("process_part_edit", _part("budget", "process_budget_line")),
    ("process_part_edit", _part("kommunikation", "communication_item")),
    ("process_part_delete", _part("phasen", "phase")),
    ("process_part_delete", _part("meilensteine", "process_milestone")),
    ("process_part_delete", _part("budget", "process_budget_line")),
    ("process_part_delete", _part("kommunikation", "communication_item")),
]
PROCESS_STEP_VIEWS = [
    ("process_part_create", lambda world: [world.version.pk, "schritte"]),
    ("process_part_create", lambda world: [world.version.pk, "aufgaben"]),
    ("process_part_edit", _part("schritte", "step")),
    ("process_part_edit", _part("aufgaben", "task")),
    ("process_part_delete", _part("schritte", "step")),
    ("process_part_delete", _part("aufgaben", "task")),
    ("process_task_status", lambda world: [world.other_task.pk]),
]
PROCESS_OWN_TASK_VIEWS = [("process_task_status", lambda world: [world.task.pk])]
PROCESS_CASES = (
    [(n, a, u, expected_status(u, READERS)) for n, a in PROCESS_READ_VIEWS for u in ALL_USERS]
    + [(n, a, u, expected_status(u, EDITORS)) for n, a in PROCESS_EDIT_VIEWS for u in ALL_USERS]
    + [
        (n, a, u, expected_status(u, PROCESS_STEP_EDITORS))
        for n, a in PROCESS_STEP_VIEWS
        for u in ALL_USERS
    ]
    + [
        (n, a, u, expected_status(u, [*PROCESS_STEP_EDITORS, "responsible_unit"]))
        for n, a in PROCESS_OWN_TASK_VIEWS
        for u in ALL_USERS
    ]
)
PROCESS_VIEWS = (
    PROCESS_READ_VIEWS + PROCESS_EDIT_VIEWS + PROCESS_STEP_VIEWS + PROCESS_OWN_TASK_VIEWS
)


@pytest.fixture
def process_world(world):
    from ..process.fixtures import add_process

    return add_process(world)


def process_url(world, name, args, municipality=None):
    return reverse(name, args=[(municipality or world.town).slug, *args(world)])


@pytest.mark.parametrize(("view_name", "args", "user_key", "status"), PROCESS_CASES)
def test_process_role_view_matrix(process_world, client, view_name, args, user_key, status):
    client.force_login(process_world.users[user_key])
    response = client.get(process_url(process_world, view_name, args))
    assert response.status_code == status


@pytest.mark.parametrize(("view_name", "args"), PROCESS_VIEWS)
def test_process_pages_send_anonymous_users_to_the_login(process_world, client, view_name, args):
    response = client.get(process_url(process_world, view_name, args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("view_name", "args"), PROCESS_VIEWS)
def test_process_objects_are_not_found_under_another_municipality(
    process_world, client, view_name, args
):
    client.force_login(process_world.users["foreign_coordinator"])
    url = process_url(process_world, view_name, args, municipality=process_world.other_town)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404


def test_process_post_by_a_reader_changes_nothing(process_world, client):
    client.force_login(process_world.users["council"])
    delete = process_url(process_world, "process_part_delete", _part("schritte", "step"))
    assert client.post(delete).status_code == 403
    process_world.step.refresh_from_db()  # still there
    status = process_url(process_world, "process_task_status", lambda w: [w.task.pk])
    assert client.post(status, {"status": "done", "lock_version": 0}).status_code == 403
    process_world.task.refresh_from_db()
    assert process_world.task.status == "open"


# Reporting cycles: every member reads the cycle and downloads its report; coordination opens,
# edits and closes cycles; a unit's form is for coordination and that unit only.
def _reporting_url(world, name, municipality=None):
    slug = (municipality or world.town).slug
    cycle, unit = world.cycle.pk, world.school_office.pk
    args = {
        "reporting_cycles": [slug],
        "reporting_reminder_settings": [slug],
        "reporting_cycle_create": [slug],
        "reporting_cycle": [slug, cycle],
        "reporting_cycle_edit": [slug, cycle],
        "reporting_cycle_close": [slug, cycle],
        "reporting_report_status": [slug, cycle],
    }.get(name, [slug, cycle, unit])
    return reverse(name, args=args)


REPORTING_READ = ["reporting_cycles", "reporting_cycle"]
REPORTING_MANAGE = ["reporting_cycle_create", "reporting_cycle_edit", "reporting_cycle_close"]
REPORTING_UNIT = ["reporting_unit", "reporting_unit_export", "reporting_unit_import"]
REPORTING_CASES = (
    [(n, u, expected_status(u, READERS)) for n in REPORTING_READ for u in ALL_USERS]
    # the old address of the reminder settings leads readers on to the one preferences page
    + [
        (
            "reporting_reminder_settings",
            u,
            302 if expected_status(u, READERS) == 200 else expected_status(u, READERS),
        )
        for u in ALL_USERS
    ]
    + [(n, u, expected_status(u, EDITORS)) for n in REPORTING_MANAGE for u in ALL_USERS]
    + [
        (n, u, expected_status(u, [*EDITORS, "responsible_unit"]))
        for n in REPORTING_UNIT
        for u in ALL_USERS
    ]
)


@pytest.fixture
def reporting_world(world):
    import datetime

    from kompass.reporting.services import cycle_open

    world.cycle = cycle_open(
        version=world.version,
        title="Bericht 2025",
        reporting_year=2025,
        due_date=datetime.date(2030, 1, 1),
        acting_user=world.users["coordination"],
        base_url="",
        notify=False,
    )
    return world


@pytest.mark.parametrize(("view_name", "user_key", "status"), REPORTING_CASES)
def test_reporting_role_view_matrix(reporting_world, client, view_name, user_key, status):
    client.force_login(reporting_world.users[user_key])
    assert client.get(_reporting_url(reporting_world, view_name)).status_code == status


@pytest.mark.parametrize(
    "view_name",
    [*REPORTING_READ, "reporting_reminder_settings", *REPORTING_MANAGE, *REPORTING_UNIT],
)
def test_reporting_pages_are_not_found_under_another_municipality(
    reporting_world, client, view_name
):
    client.force_login(reporting_world.users["foreign_coordinator"])
    url = _reporting_url(reporting_world, view_name, municipality=reporting_world.other_town)
    expected = {"reporting_cycles": 200, "reporting_reminder_settings": 302}.get(view_name, 404)
    if view_name == "reporting_cycle_create":
        expected = 200  # the foreign coordinator may open cycles in their own municipality
    assert client.get(url).status_code == expected


# Network analysis (actors app) and bodies: every member reads. The network is part of the
# situation analysis (coordination and facilitator record it); bodies, resolutions and the
# council submission are kept by coordination.
NETWORK_BODY_READ_VIEWS = [
    ("network", None),
    ("network_survey_list", None),
    ("network_survey_detail", "survey"),
    ("body_list", None),
    ("body_detail", "body"),
    ("resolution_detail", "resolution"),
]
NETWORK_EDIT_VIEWS = [
    ("network_survey_create", None),
    ("network_survey_edit", "survey"),
    ("network_survey_delete", "survey"),
    ("network_survey_relations", "survey"),
]
BODY_EDIT_VIEWS = [
    ("body_create", None),
    ("body_edit", "body"),
    ("body_delete", "spare_body"),  # a body with resolutions cannot be deleted
    ("resolution_create", None),
    ("resolution_edit", "resolution"),
    ("resolution_delete", "resolution"),
    ("resolution_oparl", "resolution"),
    ("resolution_adopt_version", "resolution"),
    ("council_submission", None),
]
NETWORK_BODY_CASES = (
    [
        (name, attr, user, expected_status(user, READERS))
        for name, attr in NETWORK_BODY_READ_VIEWS
        for user in ALL_USERS
    ]
    + [
        (name, attr, user, expected_status(user, [*EDITORS, "facilitator"]))
        for name, attr in NETWORK_EDIT_VIEWS
        for user in ALL_USERS
    ]
    + [
        (name, attr, user, expected_status(user, EDITORS))
        for name, attr in BODY_EDIT_VIEWS
        for user in ALL_USERS
    ]
)


@pytest.fixture
def network_world(world):
    import datetime

    from kompass.actors.models import NetworkSurvey
    from kompass.bodies.models import Body, Resolution

    world.survey = NetworkSurvey.objects.create(
        municipality=world.town, title="Netzwerkanalyse", surveyed_on=datetime.date(2025, 5, 7)
    )
    world.body = Body.objects.create(municipality=world.town, kind="council", name="Rat")
    world.spare_body = Body.objects.create(municipality=world.town, kind="other", name="AG")
    world.resolution = Resolution.objects.create(
        municipality=world.town,
        body=world.body,
        date=datetime.date(2024, 3, 21),
        subject="Beschluss des Konzepts",
        kind="adoption",
        outcome="adopted",
        concept_version=world.version,
    )
    return world


@pytest.mark.parametrize(("view_name", "attribute", "user_key", "status"), NETWORK_BODY_CASES)
def test_network_and_bodies_role_view_matrix(
    network_world, client, view_name, attribute, user_key, status
):
    client.force_login(network_world.users[user_key])
    assert client.get(url_for(network_world, view_name, attribute)).status_code == status


@pytest.mark.parametrize(
    ("view_name", "attribute"),
    [v for v in NETWORK_BODY_READ_VIEWS + NETWORK_EDIT_VIEWS + BODY_EDIT_VIEWS if v[1] is not None],
)
def test_network_and_body_objects_are_not_found_under_another_municipality(
    network_world, client, view_name, attribute
):
    client.force_login(network_world.users["foreign_coordinator"])
    url = url_for(network_world, view_name, attribute, municipality=network_world.other_town)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404


def test_a_reader_cannot_delete_a_resolution_or_survey(network_world, client):
    client.force_login(network_world.users["council"])
    assert client.post(url_for(network_world, "resolution_delete", "resolution")).status_code == 403
    assert client.post(url_for(network_world, "network_survey_delete", "survey")).status_code == 403
    network_world.resolution.refresh_from_db()
    network_world.survey.refresh_from_db()


# Translations of the concept's texts: coordination only (kompass.translate_content).
def _language(world):
    return [world.version.pk, "ar"]


TRANSLATION_VIEWS = [
    ("translations_overview", _version),
    ("translations_edit", _language),
    ("translations_publish", _language),
    ("translations_language_remove", _language),
    ("translations_export", _language),
    ("translations_import", _language),
]
TRANSLATION_CASES = [
    (n, a, u, expected_status(u, EDITORS)) for n, a in TRANSLATION_VIEWS for u in ALL_USERS
]


@pytest.fixture
def translation_world(world):
    from kompass.translations.services import version_language_add

    version_language_add(version=world.version, language="ar")
    return world


@pytest.mark.parametrize(("view_name", "args", "user_key", "status"), TRANSLATION_CASES)
def test_translation_role_view_matrix(translation_world, client, view_name, args, user_key, status):
    client.force_login(translation_world.users[user_key])
    assert client.get(process_url(translation_world, view_name, args)).status_code == status


@pytest.mark.parametrize(("view_name", "args"), TRANSLATION_VIEWS)
def test_translation_pages_send_anonymous_users_to_the_login(
    translation_world, client, view_name, args
):
    response = client.get(process_url(translation_world, view_name, args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("view_name", "args"), TRANSLATION_VIEWS)
def test_translation_pages_are_not_found_under_another_municipality(
    translation_world, client, view_name, args
):
    client.force_login(translation_world.users["foreign_coordinator"])
    url = process_url(translation_world, view_name, args, municipality=translation_world.other_town)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404


def test_a_reader_cannot_publish_or_remove_a_language(translation_world, client):
    from kompass.translations.models import VersionLanguage

    client.force_login(translation_world.users["steering_group"])
    publish = process_url(translation_world, "translations_publish", _language)
    assert client.post(publish, {"publish": "1"}).status_code == 403
    remove = process_url(translation_world, "translations_language_remove", _language)
    assert client.post(remove).status_code == 403
    assert VersionLanguage.objects.get(language="ar").published_at is None


# The people page: coordination (and the instance admin) manages members and invitations.
MEMBER_VIEWS = [
    ("members_list", None),
    ("invitation_create", None),
    ("membership_edit", "council_membership"),
    ("membership_revoke", "council_membership"),
    ("invitation_resend", "invitation"),
    ("invitation_withdraw", "invitation"),
]
MEMBER_CASES = [
    (name, attr, user, expected_status(user, EDITORS))
    for name, attr in MEMBER_VIEWS
    for user in ALL_USERS
]


@pytest.fixture
def member_world(world):
    import datetime

    from django.utils import timezone

    from kompass.tenancy.models import Invitation, Membership

    now = timezone.now()
    world.council_membership = Membership.objects.get(
        municipality=world.town, user=world.users["council"]
    )
    world.invitation = Invitation.objects.create(
        municipality=world.town,
        email="neu@example.org",
        role="steering_group",
        token_hash="0" * 64,
        sent_at=now,
        expires_at=now + datetime.timedelta(days=14),
    )
    return world


@pytest.mark.parametrize(("view_name", "attribute", "user_key", "status"), MEMBER_CASES)
def test_member_role_view_matrix(member_world, client, view_name, attribute, user_key, status):
    client.force_login(member_world.users[user_key])
    response = client.get(url_for(member_world, view_name, attribute))
    assert response.status_code == status


@pytest.mark.parametrize(("view_name", "attribute"), MEMBER_VIEWS)
def test_member_pages_send_anonymous_users_to_the_login(member_world, client, view_name, attribute):
    response = client.get(url_for(member_world, view_name, attribute))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("view_name", "attribute"), [v for v in MEMBER_VIEWS if v[1] is not None])
def test_members_and_invitations_are_not_found_under_another_municipality(
    member_world, client, view_name, attribute
):
    client.force_login(member_world.users["foreign_coordinator"])
    response = client.get(
        url_for(member_world, view_name, attribute, municipality=member_world.other_town)
    )
    assert response.status_code == 404


def test_a_non_coordinator_cannot_revoke_or_withdraw(member_world, client):
    from kompass.tenancy.models import Membership

    client.force_login(member_world.users["steering_group"])
    assert (
        client.post(url_for(member_world, "membership_revoke", "council_membership")).status_code
        == 403
    )
    assert (
        client.post(url_for(member_world, "invitation_withdraw", "invitation")).status_code == 403
    )
    assert Membership.objects.filter(pk=member_world.council_membership.pk).exists()
    member_world.invitation.refresh_from_db()
    assert member_world.invitation.withdrawn_at is None
