"""The municipality's people: roles and units, revoking a membership, invitations by e-mail.

Services take plain values (the municipality, e-mail, role, unit, the acting user) so that views,
the demo loader and tests call the same functions. Every refusal is a ValidationError that names
the field; nothing is changed then.
"""

import datetime
import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.core.services import object_save
from kompass.tenancy.access import forget_access
from kompass.tenancy.models import INVITATION_VALID_DAYS, Invitation, Membership, Role
from kompass.tenancy.reminders import reminder_email, send_emails

# At most this many invitation e-mails (new or sent again) per municipality within 24 hours.
INVITATIONS_PER_DAY = 50
# The same invitation goes out again at most once in this time.
RESEND_PAUSE = datetime.timedelta(minutes=10)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _other_coordinators(membership) -> bool:
    """Whether the municipality keeps a coordinator without ``membership`` (rows locked)."""
    others = (
        Membership.objects.select_for_update()
        .filter(municipality_id=membership.municipality_id, role=Role.COORDINATION)
        .exclude(pk=membership.pk)
    )
    return others.exists()


@transaction.atomic
def membership_change(membership, *, role: str, org_unit, acting_user) -> Membership:
    """Give a person another role and unit in the municipality.

    The last coordinator keeps the role: coordination cannot lock itself out. A unit is kept only
    for the roles that act for one (the model requires it for a responsible unit and refuses a unit
    of another municipality)."""
    current = Membership.objects.select_for_update().get(pk=membership.pk)
    if (
        current.role == Role.COORDINATION
        and role != Role.COORDINATION
        and not _other_coordinators(current)
    ):
        raise ValidationError(
            {
                "role": _(
                    "This is the last coordinator of the municipality; give another person the "
                    "role of coordination first."
                )
            }
        )
    current.role = role
    current.org_unit = org_unit
    object_save(current, acting_user=acting_user)
    forget_access(current.user)
    return current


@transaction.atomic
def membership_revoke(membership, *, acting_user) -> None:
    """Take a person's role in the municipality away (their account stays)."""
    current = Membership.objects.select_for_update().get(pk=membership.pk)
    if current.role == Role.COORDINATION and not _other_coordinators(current):
        if current.user_id == acting_user.pk:
            message = _(
                "You are the only coordinator: give another person the role of coordination "
                "before you leave the municipality."
            )
        else:
            message = _("The last coordinator of the municipality cannot be removed.")
        raise ValidationError(message)
    current._history_user = acting_user
    current.delete()
    forget_access(current.user)


def _check_daily_cap(municipality, now) -> None:
    sent = Invitation.objects.filter(
        municipality=municipality, sent_at__gt=now - datetime.timedelta(days=1)
    ).count()
    if sent >= INVITATIONS_PER_DAY:
        raise ValidationError(
            _(
                "%(n)s invitations have been sent for this municipality within the last 24 hours; "
                "please try again tomorrow."
            )
            % {"n": INVITATIONS_PER_DAY}
        )


def accept_url(token: str, base_url: str | None = None) -> str:
    base_url = base_url or settings.KOMPASS_BASE_URL
    return base_url.rstrip("/") + reverse("invitation_accept", args=[token])


def _send(invitation, token: str, base_url: str | None) -> None:
    context = {
        "invitation": invitation,
        "municipality": invitation.municipality,
        "url": accept_url(token, base_url),
        "days": INVITATION_VALID_DAYS,
        "expires": invitation.expires_at,
        "site_name": settings.SITE_NAME,
        "inviter": invitation.invited_by,
    }
    message = reminder_email(
        invitation, templates="administration/email/invitation_", context=context
    )
    send_emails([message])


def _new_token(invitation, now) -> str:
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.sent_at = now
    invitation.expires_at = now + datetime.timedelta(days=INVITATION_VALID_DAYS)
    return token


@transaction.atomic
def invitation_create(
    *, municipality, email: str, name: str, role: str, org_unit, acting_user, base_url=None
) -> Invitation:
    """Invite a person by e-mail into the municipality with a role (and unit) and send the link.

    Refused when the address already belongs to a member or has a pending invitation, and beyond
    the daily cap."""
    now = timezone.now()
    email = email.strip()
    Invitation.objects.select_for_update().filter(municipality=municipality).exists()
    _check_daily_cap(municipality, now)
    if Membership.objects.filter(municipality=municipality, user__email__iexact=email).exists():
        raise ValidationError(
            {"email": _("A person with this e-mail address is already a member.")}
        )
    if (
        Invitation.objects.pending(now)
        .filter(municipality=municipality, email__iexact=email)
        .exists()
    ):
        raise ValidationError(
            {
                "email": _(
                    "This address has a pending invitation; send it again from the list instead."
                )
            }
        )
    invitation = Invitation(
        municipality=municipality,
        email=email,
        name=name.strip(),
        role=role,
        org_unit=org_unit,
        invited_by=acting_user,
    )
    token = _new_token(invitation, now)
    object_save(invitation, acting_user=acting_user)
    _send(invitation, token, base_url)
    return invitation


def _require_pending(invitation, now) -> None:
    if invitation.accepted_at or invitation.withdrawn_at:
        raise ValidationError(_("This invitation has already been accepted or withdrawn."))


@transaction.atomic
def invitation_resend(invitation, *, acting_user, base_url=None) -> Invitation:
    """Send a pending (or expired) invitation again with a new link valid for 14 days; the old
    link stops working."""
    now = timezone.now()
    current = Invitation.objects.select_for_update().get(pk=invitation.pk)
    _require_pending(current, now)
    if current.sent_at > now - RESEND_PAUSE:
        raise ValidationError(
            _(
                "This invitation has just been sent; please wait a few minutes before sending it again."
            )
        )
    _check_daily_cap(current.municipality, now)
    token = _new_token(current, now)
    object_save(current, acting_user=acting_user)
    _send(current, token, base_url)
    return current


@transaction.atomic
def invitation_withdraw(invitation, *, acting_user) -> Invitation:
    """Withdraw an invitation: its link no longer works."""
    now = timezone.now()
    current = Invitation.objects.select_for_update().get(pk=invitation.pk)
    _require_pending(current, now)
    current.withdrawn_at = now
    object_save(current, acting_user=acting_user, update_fields=["withdrawn_at"])
    return current


@dataclass(frozen=True)
class Found:
    """An invitation looked up by its link: ``state`` is ``unknown`` when no invitation has it."""

    invitation: Invitation | None
    state: str


def invitation_for_token(token: str) -> Found:
    invitation = (
        Invitation.objects.select_related("municipality", "org_unit")
        .filter(token_hash=token_hash(token))
        .first()
    )
    if invitation is None:
        return Found(None, "unknown")
    return Found(invitation, invitation.state(timezone.now()))


def _split_name(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) < 2:
        return "", name
    return " ".join(parts[:-1]), parts[-1]


def _claim(token: str) -> Invitation:
    """The pending invitation of ``token``, locked; a ValidationError otherwise."""
    invitation = Invitation.objects.select_for_update().filter(token_hash=token_hash(token)).first()
    if invitation is None or invitation.state(timezone.now()) != "pending":
        raise ValidationError(_("This invitation link is no longer valid."))
    return invitation


def _join(invitation, user) -> Membership:
    if Membership.objects.filter(user=user, municipality_id=invitation.municipality_id).exists():
        raise ValidationError(_("You are already a member of this municipality."))
    membership = Membership(
        user=user,
        municipality_id=invitation.municipality_id,
        role=invitation.role,
        org_unit_id=invitation.org_unit_id,
    )
    object_save(membership, acting_user=user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    forget_access(user)
    return membership


@transaction.atomic
def invitation_accept_new_account(*, token: str, username: str, password: str):
    """Create the invitee's account (the password already checked by the validators) and give it
    the invited role; returns the new user."""
    invitation = _claim(token)
    user_model = get_user_model()
    if user_model.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("This user name is taken.")})
    if user_model.objects.filter(email__iexact=invitation.email).exists():
        raise ValidationError(
            _("An account with this e-mail address exists; please log in to accept.")
        )
    first_name, last_name = _split_name(invitation.name)
    user = user_model(
        username=username, email=invitation.email, first_name=first_name, last_name=last_name
    )
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    _join(invitation, user)
    return user


@transaction.atomic
def invitation_accept_existing(*, token: str, user) -> Membership:
    """A logged-in person whose e-mail address the invitation names takes it up."""
    invitation = _claim(token)
    if (user.email or "").strip().lower() != invitation.email.strip().lower():
        raise ValidationError(
            _("This invitation was sent to another e-mail address than the one of your account.")
        )
    return _join(invitation, user)
