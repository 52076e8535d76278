import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Generated documents and logos go to a temporary directory."""
    settings.MEDIA_ROOT = tmp_path
