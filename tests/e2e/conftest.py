"""Browser tests run against a live server with a transactional database, which Django
empties after each test – including the catalogues that data migrations ship. Put them back."""

import importlib

import pytest
from django.apps import apps

SHIPPED = [
    ("kompass.concepts.migrations.0002_catalogues", "ship_catalogues", "concepts.TargetGroup"),
    (
        "kompass.indicators.migrations.0004_ship_indicator_catalogue",
        "ship_catalogue",
        "indicators.IndicatorCatalogueEntry",
    ),
    ("kompass.participation.migrations.0002_formats", "load", "participation.ParticipationFormat"),
]


@pytest.fixture(autouse=True)
def shipped_catalogues(transactional_db):
    for module_name, function_name, model in SHIPPED:
        if not apps.get_model(model).objects.exists():
            getattr(importlib.import_module(module_name), function_name)(apps, None)
