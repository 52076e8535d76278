"""The people page of coordination (members, roles, invitations) and accepting an invitation."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.core.views import render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view
from kompass.tenancy.models import Invitation, Membership

from . import members
from .member_forms import AcceptForm, InvitationForm, RoleForm

MANAGE = "kompass.manage_members"


def _back(municipality, anchor=""):
    return reverse("members_list", args=[municipality.slug]) + anchor


@municipality_view(MANAGE)
def members_list(request, municipality):
    now = timezone.now()
    invitations = list(
        Invitation.objects.filter(
            municipality=municipality, accepted_at__isnull=True, withdrawn_at__isnull=True
        ).select_related("org_unit", "invited_by")
    )
    for invitation in invitations:
        invitation.current_state = invitation.state(now)
    return render(
        request,
        "administration/members.html",
        {
            "municipality": municipality,
            "memberships": Membership.objects.filter(municipality=municipality)
            .select_related("user", "org_unit")
            .order_by("role", "user__last_name", "user__username"),
            "invitations": invitations,
            "per_day": members.INVITATIONS_PER_DAY,
        },
    )


@municipality_view(MANAGE)
def membership_edit(request, municipality, pk):
    membership = get_object_in_municipality(
        Membership.objects.select_related("user", "org_unit"), municipality, pk=pk
    )
    form = RoleForm(
        request.POST or None,
        municipality=municipality,
        initial={"role": membership.role, "org_unit": membership.org_unit_id},
    )
    if request.method == "POST" and save_form(
        request,
        form,
        save=lambda f: members.membership_change(
            membership,
            role=f.cleaned_data["role"],
            org_unit=f.cleaned_data["org_unit"],
            acting_user=request.user,
        ),
        success_message=_("The role has been changed."),
    ):
        return redirect(_back(municipality))
    person = membership.user.get_full_name() or membership.user.username
    return render_form(
        request,
        form=form,
        title=_("Role of %(person)s") % {"person": person},
        cancel_url=_back(municipality),
    )


def _confirm(request, *, title, text, button, cancel_url, danger=False):
    return render(
        request,
        "administration/member_confirm.html",
        {
            "title": title,
            "text": text,
            "button": button,
            "cancel_url": cancel_url,
            "danger": danger,
        },
    )


def _run(request, action, success_message, back):
    """POST: run ``action``; its refusal becomes an error message, never a 500."""
    try:
        with transaction.atomic():
            action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success_message)
    return redirect(back)


@municipality_view(MANAGE)
def membership_revoke(request, municipality, pk):
    membership = get_object_in_municipality(
        Membership.objects.select_related("user"), municipality, pk=pk
    )
    person = membership.user.get_full_name() or membership.user.username
    if request.method == "POST":
        return _run(
            request,
            lambda: members.membership_revoke(membership, acting_user=request.user),
            _("%(person)s no longer has a role in the municipality.") % {"person": person},
            _back(municipality),
        )
    return _confirm(
        request,
        title=_("Remove %(person)s from the municipality?") % {"person": person},
        text=_(
            "The person loses the role “%(role)s” and no longer sees this municipality. "
            "The account and everything the person entered remain."
        )
        % {"role": membership.get_role_display()},
        button=_("Remove"),
        cancel_url=_back(municipality),
        danger=True,
    )


@municipality_view(MANAGE)
def invitation_create(request, municipality):
    form = InvitationForm(request.POST or None, municipality=municipality)
    if request.method == "POST" and save_form(
        request,
        form,
        save=lambda f: members.invitation_create(
            municipality=municipality,
            email=f.cleaned_data["email"],
            name=f.cleaned_data["name"],
            role=f.cleaned_data["role"],
            org_unit=f.cleaned_data["org_unit"],
            acting_user=request.user,
        ),
        success_message=_("The invitation has been sent."),
    ):
        return redirect(_back(municipality, "#einladungen"))
    return render_form(
        request,
        form=form,
        title=_("Invite a person"),
        cancel_url=_back(municipality),
        intro=_(
            "The person receives an e-mail with a link that is valid for %(days)s days. With it, "
            "they set a password and get the role chosen here."
        )
        % {"days": members.INVITATION_VALID_DAYS},
    )


@municipality_view(MANAGE)
def invitation_resend(request, municipality, pk):
    invitation = get_object_in_municipality(Invitation, municipality, pk=pk)
    back = _back(municipality, "#einladungen")
    if request.method == "POST":
        return _run(
            request,
            lambda: members.invitation_resend(invitation, acting_user=request.user),
            _("The invitation to %(email)s has been sent again.") % {"email": invitation.email},
            back,
        )
    return _confirm(
        request,
        title=_("Send the invitation to %(email)s again?") % {"email": invitation.email},
        text=_(
            "The person receives a new link, valid for %(days)s days; the earlier link stops "
            "working."
        )
        % {"days": members.INVITATION_VALID_DAYS},
        button=_("Send again"),
        cancel_url=back,
    )


@municipality_view(MANAGE)
def invitation_withdraw(request, municipality, pk):
    invitation = get_object_in_municipality(Invitation, municipality, pk=pk)
    back = _back(municipality, "#einladungen")
    if request.method == "POST":
        return _run(
            request,
            lambda: members.invitation_withdraw(invitation, acting_user=request.user),
            _("The invitation to %(email)s has been withdrawn.") % {"email": invitation.email},
            back,
        )
    return _confirm(
        request,
        title=_("Withdraw the invitation to %(email)s?") % {"email": invitation.email},
        text=_("The link in the e-mail stops working."),
        button=_("Withdraw"),
        cancel_url=back,
        danger=True,
    )


def _accept_page(request, context, status=200):
    return render(request, "administration/invitation_accept.html", context, status=status)


def invitation_accept(request, token):
    """The link of an invitation e-mail (no login needed): a new person sets a user name and
    password; a person with an account logs in first and then takes up the role."""
    found = members.invitation_for_token(token)
    if found.state != "pending":
        return _accept_page(
            request, {"state": found.state}, status=404 if found.state == "unknown" else 410
        )
    invitation = found.invitation
    context = {"state": "pending", "invitation": invitation, "errors": []}
    home = reverse("municipality_home", args=[invitation.municipality.slug])
    if request.user.is_authenticated:
        context["mode"] = "existing"
        if request.method == "POST":
            try:
                members.invitation_accept_existing(token=token, user=request.user)
            except ValidationError as error:
                context["errors"] = error.messages
            else:
                messages.success(request, _("Welcome! You now have access to this municipality."))
                return redirect(home)
        return _accept_page(request, context)
    user_model = get_user_model()
    if user_model.objects.filter(email__iexact=invitation.email).exists():
        context["mode"] = "login"
        context["login_url"] = f"{reverse('login')}?next={request.path}"
        return _accept_page(request, context)
    form = AcceptForm(
        request.POST or None, email=invitation.email, initial={"username": invitation.email}
    )
    context.update(mode="new", form=form)
    if request.method == "POST" and form.is_valid():
        try:
            user = members.invitation_accept_new_account(
                token=token,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! You now have access to this municipality."))
            return redirect(home)
    return _accept_page(request, context)
