"""A person's notification settings (reminders, private calendar address) and the calendar feed.

This is the one settings page for reminders: ``ReminderPreference`` is one choice for every
reminder e-mail of the product (process tasks and reports), not one per kind.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from kompass.tenancy.models import ReminderPreference
from kompass.tenancy.reminders import reminder_preference_set

from .ical import calendar_events, render_calendar
from .models import CalendarFeed

SESSION_KEY = "kompass_new_calendar_token"


class NotificationForm(forms.Form):
    reminders_enabled = forms.BooleanField(
        label=gettext_lazy("Send me reminder e-mails about my due and overdue tasks and reports"),
        required=False,
    )


@login_required
def account_notifications(request):
    opted_out = ReminderPreference.objects.filter(user=request.user, reminders_enabled=False)
    form = NotificationForm(
        request.POST if request.POST.get("action") == "reminders" else None,
        initial={"reminders_enabled": not opted_out.exists()},
    )
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "reminders" and form.is_valid():
            reminder_preference_set(
                enabled=form.cleaned_data["reminders_enabled"], acting_user=request.user
            )
            messages.success(request, _("Your notification settings have been saved."))
            return redirect("account_notifications")
        if action == "calendar_new":
            request.session[SESSION_KEY] = CalendarFeed.regenerate(request.user)
            messages.success(
                request,
                _("Your new calendar address has been created; the previous one no longer works."),
            )
            return redirect("account_notifications")
        if action == "calendar_off":
            CalendarFeed.objects.filter(user=request.user).delete()
            messages.success(request, _("Your calendar address has been switched off."))
            return redirect("account_notifications")
    token = request.session.pop(SESSION_KEY, None)
    feed_url = request.build_absolute_uri(reverse("calendar_feed", args=[token])) if token else ""
    return render(
        request,
        "process/account_notifications.html",
        {
            "form": form,
            "feed": CalendarFeed.objects.filter(user=request.user).first(),
            "feed_url": feed_url,
        },
    )


@require_GET
def calendar_feed(request, token):
    """The private iCalendar feed: no login, the unguessable token in the address is the key."""
    user = CalendarFeed.user_for_token(token)
    if user is None:
        raise Http404
    base_url = request.build_absolute_uri("/")
    body = render_calendar(
        calendar_events(user, base_url),
        name=_("%(site)s – dates of %(name)s")
        % {"site": settings.SITE_NAME, "name": user.get_full_name() or user.username},
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="integrationskompass.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response
