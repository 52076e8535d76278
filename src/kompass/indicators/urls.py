from django.urls import path

from . import analysis_views, views

urlpatterns = [
    path(
        "analyse/bevoelkerung/",
        analysis_views.population_structure,
        name="population_structure",
    ),
    path("analyse/karte/", analysis_views.district_map, name="district_map"),
    path("fassungen/<int:pk>/indikatoren/neu/", views.indicator_create, name="indicator_create"),
    path(
        "fassungen/<int:pk>/indikatorkatalog/",
        views.indicator_catalogue,
        name="indicator_catalogue",
    ),
    path(
        "fassungen/<int:pk>/indikatorkatalog/uebernehmen/",
        views.indicator_catalogue_adopt,
        name="indicator_catalogue_adopt",
    ),
    path("indikatoren/<int:pk>/", views.indicator_detail, name="indicator_detail"),
    path("indikatoren/<int:pk>/bearbeiten/", views.indicator_edit, name="indicator_edit"),
    path("indikatoren/<int:pk>/loeschen/", views.indicator_delete, name="indicator_delete"),
    path("indikatoren/<int:pk>/werte/neu/", views.value_create, name="value_create"),
    path(
        "indikatoren/<int:pk>/vergleich/<str:region_key>/loeschen/",
        views.comparison_delete,
        name="comparison_delete",
    ),
    path("werte/<int:pk>/bearbeiten/", views.value_edit, name="value_edit"),
    path("werte/<int:pk>/loeschen/", views.value_delete, name="value_delete"),
]
