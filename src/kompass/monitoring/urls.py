from django.urls import path

from . import evaluation_views, version_views, views

urlpatterns = [
    path("fassungen/<int:pk>/", version_views.version_overview, name="version_overview"),
    path(
        "fassungen/<int:pk>/pruefungen/", version_views.version_checks_panel, name="version_checks"
    ),
    path("fassungen/<int:pk>/vergleich/", version_views.version_compare, name="version_compare"),
    path("handlungsfelder/<int:pk>/", version_views.field_detail, name="field_detail"),
    path("ziele/<int:pk>/", version_views.goal_detail, name="goal_detail"),
    path("fassungen/<int:pk>/monitoring/", views.dashboard, name="monitoring_dashboard"),
    path("meine-aufgaben/", views.unit_tasks, name="unit_tasks"),
    path("hilfe/status/", views.status_help, name="status_help"),
    path(
        "massnahmen/<int:pk>/evaluationen/neu/",
        evaluation_views.evaluation_create,
        name="evaluation_create",
    ),
    path("evaluationen/<int:pk>/", evaluation_views.evaluation_detail, name="evaluation_detail"),
    path(
        "evaluationen/<int:pk>/bearbeiten/",
        evaluation_views.evaluation_edit,
        name="evaluation_edit",
    ),
    path(
        "evaluationen/<int:pk>/loeschen/",
        evaluation_views.evaluation_delete,
        name="evaluation_delete",
    ),
    path(
        "evaluationen/<int:pk>/anhaenge/neu/",
        evaluation_views.attachment_create,
        name="attachment_create",
    ),
    path("anhaenge/<int:pk>/", evaluation_views.attachment_download, name="attachment_download"),
    path(
        "anhaenge/<int:pk>/loeschen/", evaluation_views.attachment_delete, name="attachment_delete"
    ),
]
