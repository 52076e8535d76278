from django.urls import path

from . import directory_views, member_views, views

urlpatterns = [
    # the people of the municipality (before the generic lists below, which would take "personen")
    path("verwaltung/personen/", member_views.members_list, name="members_list"),
    path("verwaltung/personen/einladen/", member_views.invitation_create, name="invitation_create"),
    path(
        "verwaltung/personen/<int:pk>/rolle/",
        member_views.membership_edit,
        name="membership_edit",
    ),
    path(
        "verwaltung/personen/<int:pk>/entfernen/",
        member_views.membership_revoke,
        name="membership_revoke",
    ),
    path(
        "verwaltung/personen/einladungen/<int:pk>/erneut-senden/",
        member_views.invitation_resend,
        name="invitation_resend",
    ),
    path(
        "verwaltung/personen/einladungen/<int:pk>/zurueckziehen/",
        member_views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("verwaltung/", views.municipality_settings, name="municipality_settings"),
    path(
        "verwaltung/sozialraeume/aus-gemeindeverzeichnis/",
        directory_views.county_districts,
        name="county_districts",
    ),
    path("verwaltung/<str:kind>/neu/", views.owned_object_edit, name="owned_object_create"),
    path(
        "verwaltung/<str:kind>/<int:pk>/bearbeiten/",
        views.owned_object_edit,
        name="owned_object_edit",
    ),
    path(
        "verwaltung/<str:kind>/<int:pk>/loeschen/",
        views.owned_object_delete,
        name="owned_object_delete",
    ),
]
