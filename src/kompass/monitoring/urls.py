from django.urls import path

from . import evaluation_views, views

urlpatterns = [
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
