"""Each person's reminder settings: one page for every kind of reminder, the account's."""

from django.shortcuts import redirect

from kompass.tenancy.access import municipality_view


@municipality_view()
def reminder_settings(request, municipality):
    """The reporting link to the reminder settings leads to the one notification page."""
    return redirect("account_notifications")
