import pytest

from .fixtures import add_process


@pytest.fixture
def process_world(world):
    return add_process(world)
