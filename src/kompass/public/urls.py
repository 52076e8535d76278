from django.urls import path

from . import views

urlpatterns = [
    path("verwaltung/oeffentliche-seite/", views.site_settings, name="public_site_settings"),
]
