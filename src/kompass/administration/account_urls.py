"""Addresses outside any municipality: the link of an invitation e-mail."""

from django.urls import path

from . import member_views

urlpatterns = [
    path(
        "konto/einladung/<str:token>/",
        member_views.invitation_accept,
        name="invitation_accept",
    ),
]
