from django.urls import path

from . import views

urlpatterns = [
    path("", views.municipality_home, name="municipality_home"),
    path("konzepte/neu/", views.concept_create, name="concept_create"),
    path("fassungen/<int:pk>/bearbeiten/", views.version_edit, name="version_edit"),
    path("fassungen/<int:pk>/status/", views.version_set_status, name="version_set_status"),
    path("fassungen/<int:pk>/beschluss/", views.version_adopt, name="version_adopt"),
    path(
        "fassungen/<int:pk>/fortschreibung/",
        views.version_start_revision,
        name="version_start_revision",
    ),
    path("fassungen/<int:pk>/leitbild/", views.vision_detail, name="vision_detail"),
    path("fassungen/<int:pk>/leitbild/bearbeiten/", views.vision_edit, name="vision_edit"),
    path("fassungen/<int:pk>/leitlinien/neu/", views.guideline_create, name="guideline_create"),
    path("leitlinien/<int:pk>/bearbeiten/", views.guideline_edit, name="guideline_edit"),
    path("leitlinien/<int:pk>/loeschen/", views.guideline_delete, name="guideline_delete"),
    path("fassungen/<int:pk>/handlungsfelder/neu/", views.field_create, name="field_create"),
    path("handlungsfelder/<int:pk>/bearbeiten/", views.field_edit, name="field_edit"),
    path("handlungsfelder/<int:pk>/loeschen/", views.field_delete, name="field_delete"),
    path("fassungen/<int:pk>/ziele/neu/", views.goal_create, name="goal_create"),
    path("ziele/<int:pk>/bearbeiten/", views.goal_edit, name="goal_edit"),
    path("ziele/<int:pk>/loeschen/", views.goal_delete, name="goal_delete"),
]
