import pytest

from .fakeserver import FakeGenesis


@pytest.fixture
def fake_genesis(settings):
    """The fake GENESIS services; the settings point every database at them."""
    server = FakeGenesis().start()
    settings.KOMPASS_STATSERVICE_URLS = {
        service: server.url(service) for service in ("genesis", "regio", "zensus")
    }
    settings.KOMPASS_STATSERVICE_TIMEOUT = 5
    settings.KOMPASS_STATSERVICE_JOB_POLL = 0
    settings.KOMPASS_STATSERVICE_JOB_WAIT = 30
    yield server
    server.stop()
