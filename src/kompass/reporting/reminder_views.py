"""Each person's reminder settings."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kompass.core.views import municipality_view

from .forms import ReminderPreferenceForm
from .models import ReminderPreference

MANAGE = "kompass.manage_reporting"


# -- reminder settings -------------------------------------------------------------


@municipality_view()
def reminder_settings(request, municipality):
    preference = ReminderPreference.objects.filter(user=request.user).first()
    preference = preference or ReminderPreference(user=request.user)
    form = ReminderPreferenceForm(
        request.POST if request.method == "POST" else None, instance=preference
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your reminder settings have been saved."))
        return redirect("reporting_reminder_settings", municipality=municipality.slug)
    return render(
        request,
        "reporting/reminder_settings.html",
        {"municipality": municipality, "form": form},
    )
