"""Who may do what: every permission of the product as named predicates (django-rules).

Predicates receive the user and the object acted on (a Municipality or any object
with ``municipality_id``). Views check them through ``kompass.tenancy.access.require``;
templates through ``{% has_perm %}`` — there are no role checks anywhere else.
"""

import rules

from .access import coordinates_programme_of, membership_for, municipality_id_of
from .models import Role


def _role(user, obj) -> str | None:
    membership = membership_for(user, municipality_id_of(obj))
    return membership.role if membership else None


@rules.predicate
def is_instance_admin(user):
    return bool(user.is_authenticated and user.is_superuser)


@rules.predicate
def is_member(user, obj):
    return _role(user, obj) is not None


@rules.predicate
def is_coordinator(user, obj):
    return _role(user, obj) == Role.COORDINATION


@rules.predicate
def is_facilitator(user, obj):
    return _role(user, obj) == Role.FACILITATOR


@rules.predicate
def is_programme_coordinator(user, obj):
    return coordinates_programme_of(user, municipality_id_of(obj))


@rules.predicate
def owns_measure(user, measure):
    """A responsible unit owns the measures whose responsible unit is its own OrgUnit."""
    membership = membership_for(user, municipality_id_of(measure))
    return bool(
        membership
        and membership.role == Role.RESPONSIBLE_UNIT
        and membership.org_unit_id is not None
        and membership.org_unit_id == measure.responsible_unit_id
    )


# An indicator has a responsible unit just like a measure.
owns_indicator = owns_measure


@rules.predicate
def is_responsible_unit(user, obj):
    return _role(user, obj) == Role.RESPONSIBLE_UNIT


@rules.predicate
def is_member_of_unit(user, unit):
    """A responsible unit acts for its own OrgUnit (``unit`` is that OrgUnit)."""
    membership = membership_for(user, municipality_id_of(unit))
    return bool(
        membership
        and membership.role == Role.RESPONSIBLE_UNIT
        and membership.org_unit_id is not None
        and membership.org_unit_id == unit.pk
    )


@rules.predicate
def owns_process_task(user, task):
    """The owner of a process task: the person named, or a member of the unit named."""
    membership = membership_for(user, municipality_id_of(task))
    if membership is None:
        return False
    if getattr(task, "owner_user_id", None) == user.pk:
        return True
    unit_id = getattr(task, "owner_unit_id", None)
    return bool(unit_id and membership.org_unit_id == unit_id)


can_read = is_member | is_programme_coordinator | is_instance_admin

rules.add_perm("kompass.view_workspace", can_read)
# The installation itself: the municipality directory and creating municipalities.
rules.add_perm("kompass.administer_instance", is_instance_admin)
rules.add_perm("kompass.view_history", can_read)
rules.add_perm("kompass.edit_concept", is_coordinator)
# The external facilitator documents workshop results of the situation analysis.
rules.add_perm("kompass.edit_analysis", is_coordinator | is_facilitator)
rules.add_perm("kompass.update_measure_progress", is_coordinator | owns_measure)
rules.add_perm("kompass.enter_indicator_values", is_coordinator | owns_indicator)
# Evaluations of a measure: coordination and the measure's own responsible unit.
rules.add_perm("kompass.evaluate_measure", is_coordinator | owns_measure)
# "My measures and indicators": the responsible units, and coordination choosing a unit.
rules.add_perm("kompass.view_unit_tasks", is_coordinator | is_responsible_unit)
# Reporting cycles: coordination opens and closes them; each unit reports for itself.
rules.add_perm("kompass.manage_reporting", is_coordinator)
rules.add_perm("kompass.report_for_unit", is_coordinator | is_member_of_unit)
# The process: coordination plans it; the external facilitator keeps steps and tasks up to
# date; a task's owner (person or unit) records its status.
rules.add_perm("kompass.edit_process", is_coordinator)
rules.add_perm("kompass.edit_process_steps", is_coordinator | is_facilitator)
rules.add_perm("kompass.update_process_task", is_coordinator | is_facilitator | owns_process_task)
# Bodies, their members and resolutions, and the draft council submission: coordination.
rules.add_perm("kompass.edit_bodies", is_coordinator)
rules.add_perm("kompass.draft_council_submission", is_coordinator)
# Participation: coordination and the external facilitator plan and document events and enter
# contributions; coordination decides what becomes of contributions and publishes the answers.
rules.add_perm("kompass.edit_participation", is_coordinator | is_facilitator)
rules.add_perm("kompass.triage_contributions", is_coordinator)
rules.add_perm("kompass.publish_participation", is_coordinator)
# Surveys: coordination and the external facilitator build them, read raw answers and export.
rules.add_perm("kompass.edit_surveys", is_coordinator | is_facilitator)
# Draft consultation: every member with a login (steering group, workshop participants …)
# comments on the draft and records an approval vote; coordination runs and answers it.
rules.add_perm("kompass.take_part_in_consultation", is_member)
rules.add_perm("kompass.run_consultation", is_coordinator)
# Translations of the concept's texts (and Leichte Sprache): coordination writes and publishes.
rules.add_perm("kompass.translate_content", is_coordinator)
# The public site (on/off, contact, legal pages, accessibility statement, progress page).
rules.add_perm("kompass.edit_public_site", is_coordinator)
# People of the municipality: coordination invites them, changes roles and units, revokes them.
rules.add_perm("kompass.manage_members", is_coordinator)
