import datetime

import pytest
from django.utils import timezone

from kompass.reporting import services

from ..factories import BudgetLineFactory


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Generated reports land in a temporary directory, not in the project's data."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def cycle(world):
    """An open cycle for 2025 on the world's version: tasks for the school and youth offices."""
    BudgetLineFactory(measure=world.foreign_measure)
    return services.cycle_open(
        version=world.version,
        title="Bericht 2025",
        reporting_year=2025,
        due_date=timezone.localdate() + datetime.timedelta(days=20),
        acting_user=world.users["coordination"],
        base_url="http://testserver/",
        notify=False,
    )


def unit_url(world, cycle, unit=None, name="reporting_unit"):
    from django.urls import reverse

    unit = unit or world.school_office
    return reverse(name, args=[world.town.slug, cycle.pk, unit.pk])


def unit_form_data(client, url):
    """The form as the browser would send it back unchanged (inputs, selects, textareas)."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.data, self.select, self.textarea = {}, None, None

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            name = attrs.get("name")
            if tag == "input" and name and attrs.get("type") not in ("submit", "file"):
                self.data[name] = attrs.get("value", "")
            elif tag == "select":
                self.select = name
                self.data.setdefault(name, "")
            elif tag == "option" and self.select and "selected" in attrs:
                self.data[self.select] = attrs.get("value", "")
            elif tag == "textarea":
                self.textarea = name
                self.data[name] = ""

        def handle_endtag(self, tag):
            if tag == "select":
                self.select = None
            if tag == "textarea":
                self.textarea = None

        def handle_data(self, data):
            if self.textarea:
                self.data[self.textarea] += data.lstrip("\n")

    parser = Collect()
    parser.feed(client.get(url).content.decode())
    parser.data.pop("csrfmiddlewaretoken", None)
    return parser.data
