from django.urls import path

from . import import_views, network_views, views

ACTORS = {"kind": "actors"}
OFFERS = {"kind": "offers"}

urlpatterns = [
    path("akteure/", views.actor_list, name="actor_list"),
    path("akteure/neu/", views.actor_edit, name="actor_create"),
    path("akteure/<int:pk>/", views.actor_detail, name="actor_detail"),
    path("akteure/<int:pk>/bearbeiten/", views.actor_edit, name="actor_edit"),
    path("akteure/<int:pk>/loeschen/", views.actor_delete, name="actor_delete"),
    path("akteure/import/", import_views.register_import_start, ACTORS, name="actor_import"),
    path(
        "akteure/import/<int:pk>/",
        import_views.register_import_preview,
        ACTORS,
        name="actor_import_preview",
    ),
    path(
        "akteure/import/vorlage.xlsx",
        import_views.register_import_template,
        ACTORS,
        name="actor_import_template",
    ),
    path("angebote/", views.offer_list, name="offer_list"),
    path("angebote/luecken/", views.offer_gaps, name="offer_gaps"),
    path("angebote/neu/", views.offer_edit, name="offer_create"),
    path("angebote/<int:pk>/", views.offer_detail, name="offer_detail"),
    path("angebote/<int:pk>/bearbeiten/", views.offer_edit, name="offer_edit"),
    path("angebote/<int:pk>/loeschen/", views.offer_delete, name="offer_delete"),
    path("angebote/import/", import_views.register_import_start, OFFERS, name="offer_import"),
    path(
        "angebote/import/<int:pk>/",
        import_views.register_import_preview,
        OFFERS,
        name="offer_import_preview",
    ),
    path(
        "angebote/import/vorlage.xlsx",
        import_views.register_import_template,
        OFFERS,
        name="offer_import_template",
    ),
]

urlpatterns += [
    path("netzwerk/", network_views.network, name="network"),
    path("netzwerk/erhebungen/", network_views.survey_list, name="network_survey_list"),
    path("netzwerk/erhebungen/neu/", network_views.survey_edit, name="network_survey_create"),
    path(
        "netzwerk/erhebungen/<int:pk>/", network_views.survey_detail, name="network_survey_detail"
    ),
    path(
        "netzwerk/erhebungen/<int:pk>/bearbeiten/",
        network_views.survey_edit,
        name="network_survey_edit",
    ),
    path(
        "netzwerk/erhebungen/<int:pk>/loeschen/",
        network_views.survey_delete,
        name="network_survey_delete",
    ),
    path(
        "netzwerk/erhebungen/<int:pk>/beziehungen/",
        network_views.survey_relations,
        name="network_survey_relations",
    ),
]
