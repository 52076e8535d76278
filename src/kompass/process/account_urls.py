"""Addresses outside any municipality: a person's notification settings and calendar feed."""

from django.urls import path

from . import account_views

urlpatterns = [
    path(
        "konto/benachrichtigungen/",
        account_views.account_notifications,
        name="account_notifications",
    ),
    path("kalender/<str:token>.ics", account_views.calendar_feed, name="calendar_feed"),
]
