from django.urls import path

from . import views

urlpatterns = [
    path("statistik-dienste/", views.account_list, name="statservice_accounts"),
    path("statistik-dienste/<str:service>/", views.account_edit, name="statservice_account"),
    path(
        "statistik-dienste/<str:service>/loeschen/",
        views.account_delete,
        name="statservice_account_delete",
    ),
    path(
        "statistik-dienste/<str:service>/pruefen/",
        views.account_check,
        name="statservice_account_check",
    ),
    path("fassungen/<int:pk>/statistik-abruf/", views.fetch_start, name="statservice_fetch"),
    path(
        "fassungen/<int:pk>/statistik-abruf/aktualisieren/",
        views.refresh_now,
        name="statservice_refresh",
    ),
    path("statistik-abruf/<int:pk>/", views.fetch_status, name="statservice_fetch_status"),
    path(
        "statistik-abruf/<int:pk>/zuruecksetzen/",
        views.fetch_reset,
        name="statservice_fetch_reset",
    ),
]
