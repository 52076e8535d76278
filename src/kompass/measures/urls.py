from django.urls import path

from . import views

urlpatterns = [
    path("fassungen/<int:pk>/massnahmen/neu/", views.measure_create, name="measure_create"),
    path("massnahmen/<int:pk>/", views.measure_detail, name="measure_detail"),
    path("massnahmen/<int:pk>/bearbeiten/", views.measure_edit, name="measure_edit"),
    path("massnahmen/<int:pk>/loeschen/", views.measure_delete, name="measure_delete"),
    path("massnahmen/<int:pk>/fortschritt/", views.measure_progress, name="measure_progress"),
]
