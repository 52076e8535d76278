"""Shipped catalogue files: every entry is checked, and a broken one is named by file and entry."""

import pytest

from kompass.core.catalogues import CatalogueError, complete_entry, read_catalogue


def write(tmp_path, text):
    path = tmp_path / "formats.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_come_in_file_order_with_the_defaults_filled_in(tmp_path):
    path = write(tmp_path, "- {code: b, name: Zwei}\n- {code: a, name: Eins, notes: x}\n")
    entries = read_catalogue(path, required=["code", "name"], defaults={"notes": ""})
    assert entries == [
        {"code": "b", "name": "Zwei", "notes": ""},
        {"code": "a", "name": "Eins", "notes": "x"},
    ]


def test_a_missing_key_names_the_file_the_entry_and_the_key(tmp_path):
    path = write(tmp_path, "- {code: a, name: Eins}\n- {code: b}\n")
    with pytest.raises(CatalogueError, match=r"formats\.yaml, entry 2 \(code: b\): missing name$"):
        read_catalogue(path, required=["code", "name"])


def test_an_unknown_key_is_an_error_rather_than_silently_dropped(tmp_path):
    path = write(tmp_path, "- {code: a, name: Eins, nmae: Eins}\n")
    with pytest.raises(CatalogueError, match=r"entry 1 \(code: a\): unknown nmae$"):
        read_catalogue(path, required=["code", "name"])


def test_an_entry_without_its_label_key_is_named_by_position(tmp_path):
    path = write(tmp_path, "- {name: Eins, extra: 1}\n")
    with pytest.raises(CatalogueError, match=r"entry 1 \(code: \?\): missing code; unknown extra"):
        read_catalogue(path, required=["code", "name"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("code: a\n", r"formats\.yaml: expected a list of entries"),
        ("", r"formats\.yaml: expected a list of entries"),
        ("- just a string\n", r"entry 1 \(code: \?\): expected a mapping of keys, got str"),
    ],
)
def test_a_file_of_the_wrong_shape_is_an_error(tmp_path, text, message):
    with pytest.raises(CatalogueError, match=message):
        read_catalogue(write(tmp_path, text), required=["code"])


def test_complete_entry_does_not_change_the_entry_it_was_given():
    entry = {"title": "Aufgabe"}
    assert complete_entry(entry, required=["title"], defaults={"description": ""}, where="x") == {
        "title": "Aufgabe",
        "description": "",
    }
    assert entry == {"title": "Aufgabe"}
