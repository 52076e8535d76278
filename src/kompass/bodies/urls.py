from django.urls import path

from . import views

urlpatterns = [
    path("gremien/", views.body_list, name="body_list"),
    path("gremien/neu/", views.body_edit, name="body_create"),
    path("gremien/<int:pk>/", views.body_detail, name="body_detail"),
    path("gremien/<int:pk>/bearbeiten/", views.body_edit, name="body_edit"),
    path("gremien/<int:pk>/loeschen/", views.body_delete, name="body_delete"),
    path("gremien/beschluesse/neu/", views.resolution_edit, name="resolution_create"),
    path("gremien/beschluesse/<int:pk>/", views.resolution_detail, name="resolution_detail"),
    path(
        "gremien/beschluesse/<int:pk>/bearbeiten/",
        views.resolution_edit,
        name="resolution_edit",
    ),
    path(
        "gremien/beschluesse/<int:pk>/loeschen/",
        views.resolution_delete,
        name="resolution_delete",
    ),
    path("gremien/beschluesse/<int:pk>/oparl/", views.resolution_oparl, name="resolution_oparl"),
    path(
        "gremien/beschluesse/<int:pk>/fassung-verabschieden/",
        views.resolution_adopt_version,
        name="resolution_adopt_version",
    ),
    path("gremien/vorlage/", views.submission, name="council_submission"),
]
