from django.urls import path

from . import consultation_views, triage_views, views

urlpatterns = [
    path("beteiligung/formate/", views.format_catalogue, name="format_catalogue"),
    path(
        "beteiligung/fassungen/<int:pk>/",
        views.participation_overview,
        name="participation_overview",
    ),
    path(
        "beteiligung/fassungen/<int:version_pk>/veranstaltungen/neu/",
        views.event_edit,
        name="event_create",
    ),
    path(
        "beteiligung/fassungen/<int:pk>/beitraege/neu/",
        views.contribution_create,
        name="contribution_create",
    ),
    path(
        "beteiligung/fassungen/<int:pk>/sichtung/", triage_views.triage, name="contribution_triage"
    ),
    path(
        "beteiligung/fassungen/<int:pk>/abwaegung/",
        triage_views.response_table,
        name="response_table",
    ),
    path("beteiligung/fassungen/<int:pk>/reichweite/", triage_views.reach, name="reach_report"),
    path(
        "beteiligung/<str:what>/<int:pk>/schalten/",
        views.publish_toggle,
        name="participation_toggle",
    ),
    path("beteiligung/veranstaltungen/<int:pk>/", views.event_detail, name="event_detail"),
    path("beteiligung/veranstaltungen/<int:pk>/bearbeiten/", views.event_edit, name="event_edit"),
    path(
        "beteiligung/veranstaltungen/<int:pk>/dokumentieren/",
        views.event_document,
        name="event_document",
    ),
    path("beteiligung/veranstaltungen/<int:pk>/loeschen/", views.event_delete, name="event_delete"),
    path("beteiligung/veranstaltungen/<int:pk>/karten/", views.card_entry, name="card_entry"),
    path(
        "beteiligung/veranstaltungen/<int:pk>/dateien/neu/",
        views.event_file_create,
        name="event_file_create",
    ),
    path("beteiligung/dateien/<int:pk>/", views.event_file_download, name="event_file_download"),
    path(
        "beteiligung/dateien/<int:pk>/loeschen/", views.event_file_delete, name="event_file_delete"
    ),
    path(
        "beteiligung/beitraege/<int:pk>/",
        triage_views.contribution_detail,
        name="contribution_detail",
    ),
    path(
        "beteiligung/beitraege/<int:pk>/entscheiden/",
        triage_views.decision_add,
        name="decision_add",
    ),
    path(
        "beteiligung/beitraege/<int:pk>/zusammenfuehren/",
        triage_views.contribution_merge,
        name="contribution_merge",
    ),
    path(
        "beteiligung/entscheidungen/<int:pk>/loeschen/",
        triage_views.decision_delete,
        name="decision_delete",
    ),
    path(
        "beteiligung/fassungen/<int:version_pk>/konsultationen/neu/",
        consultation_views.consultation_edit,
        name="consultation_create",
    ),
    path(
        "beteiligung/konsultationen/<int:pk>/",
        consultation_views.consultation_detail,
        name="consultation_detail",
    ),
    path(
        "beteiligung/konsultationen/<int:pk>/bearbeiten/",
        consultation_views.consultation_edit,
        name="consultation_edit",
    ),
    path(
        "beteiligung/konsultationen/<int:pk>/schalten/",
        consultation_views.consultation_toggle,
        name="consultation_toggle",
    ),
    path(
        "beteiligung/konsultationen/<int:pk>/moderation/",
        consultation_views.moderation_queue,
        name="consultation_moderation",
    ),
    path(
        "beteiligung/konsultationen/<int:pk>/bericht/",
        consultation_views.consultation_report,
        name="consultation_report",
    ),
    path(
        "beteiligung/kommentare/<int:pk>/antworten/",
        consultation_views.comment_answer,
        name="draft_comment_answer",
    ),
]
