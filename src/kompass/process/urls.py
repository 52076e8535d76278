from django.urls import path

from . import views

urlpatterns = [
    path("fassungen/<int:pk>/prozess/", views.process_timeline, name="process_timeline"),
    path("fassungen/<int:pk>/prozess/starten/", views.process_start, name="process_start"),
    path("fassungen/<int:pk>/prozess/bearbeiten/", views.process_edit, name="process_edit"),
    path("fassungen/<int:pk>/prozess/loeschen/", views.process_delete, name="process_delete"),
    path(
        "fassungen/<int:pk>/prozess/prozessbegleitung/",
        views.contract_edit,
        name="process_contract_edit",
    ),
    path(
        "fassungen/<int:pk>/prozess/prozessbegleitung/loeschen/",
        views.contract_delete,
        name="process_contract_delete",
    ),
    path(
        "fassungen/<int:pk>/prozess/kommunikation/",
        views.communication_plan,
        name="communication_plan",
    ),
    path(
        "fassungen/<int:pk>/prozess/<str:kind>/neu/",
        views.part_create,
        name="process_part_create",
    ),
    path("prozess/<str:kind>/<int:pk>/bearbeiten/", views.part_edit, name="process_part_edit"),
    path("prozess/<str:kind>/<int:pk>/loeschen/", views.part_delete, name="process_part_delete"),
    path("prozess/aufgaben/<int:pk>/status/", views.task_status, name="process_task_status"),
]
