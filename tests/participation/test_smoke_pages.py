import pytest
from django.urls import reverse

PAGES = [
    ("format_catalogue", []),
    ("participation_overview", ["version"]),
    ("event_create", ["version"]),
    ("contribution_create", ["version"]),
    ("contribution_triage", ["version"]),
    ("response_table", ["version"]),
    ("reach_report", ["version"]),
    ("event_detail", ["event"]),
    ("event_edit", ["event"]),
    ("event_document", ["event"]),
    ("card_entry", ["event"]),
    ("event_file_create", ["event"]),
    ("contribution_detail", ["contribution"]),
    ("contribution_detail", ["online"]),
]


@pytest.mark.parametrize(("name", "attrs"), PAGES)
def test_page_renders(pworld, client, name, attrs):
    client.force_login(pworld.users["coordination"])
    url = reverse(name, args=[pworld.town.slug, *[getattr(pworld, a).pk for a in attrs]])
    assert client.get(url).status_code == 200
