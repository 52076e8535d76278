"""Importing the directory: all or nothing, reruns update, missing units are retired."""

import pytest
from django.core.management import CommandError, call_command

from kompass.regions.models import DirectoryImport, ImportStatus, Level, Region
from kompass.regions.services import directory_import

from .conftest import FILE_2017, zipped

pytestmark = pytest.mark.django_db


def rename(data: bytes, key: str, new_name: str) -> bytes:
    """The same file with the name of one record replaced (fixed width kept)."""
    lines = data.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line[10:18].decode().rstrip() == key and line[:2] == b"60":
            lines[index] = line[:22] + new_name.encode("latin-1").ljust(50) + line[72:]
    return b"".join(lines)


def test_command_imports_the_real_file_and_a_rerun_changes_nothing(tmp_path, capsys):
    call_command("import_gv100", str(FILE_2017))
    out = capsys.readouterr().out
    assert "11129" in out and "4532" in out
    assert Region.objects.count() == 16119
    assert Region.objects.filter(level=Level.GEMEINDE).count() == 11129
    offenbach = Region.objects.get(key="06413000")
    assert (offenbach.ars, offenbach.population, offenbach.area_km2) == (
        "064130000000",
        126658,
        44.88,
    )
    first_import = offenbach.imported_at

    call_command("import_gv100", str(FILE_2017))
    assert Region.objects.count() == 16119
    offenbach.refresh_from_db()
    assert offenbach.imported_at == first_import  # unchanged rows are not rewritten
    assert list(DirectoryImport.objects.values_list("status", flat=True)) == [
        ImportStatus.APPLIED,
        ImportStatus.APPLIED,
    ]
    assert DirectoryImport.objects.first().counts["total"]["unchanged"] == 16119


def test_a_changed_name_updates_the_row_without_a_duplicate(small_2017):
    directory_import(data=small_2017, file_name="a.txt")
    plan, counts = directory_import(
        data=rename(small_2017, "10041100", "Saarbrücken"), file_name="b"
    )
    assert counts["levels"][Level.GEMEINDE] == {
        "create": 0,
        "update": 1,
        "unchanged": 53,
        "retire": 0,
    }
    assert [change.changed for change in plan.changes] == [
        [str(Region._meta.get_field("name").verbose_name)]
    ]
    assert Region.objects.filter(name__startswith="Saarbrücken").values_list("key", "name").get(
        level=Level.GEMEINDE
    ) == ("10041100", "Saarbrücken")
    assert Region.objects.count() == 118


def test_units_missing_from_a_newer_file_are_retired_not_deleted(small_2017, small_2021):
    directory_import(data=small_2017, file_name="2017")
    assert (
        directory_import(data=zipped(small_2017), file_name="2017.zip")[1]["total"]["unchanged"]
        == 118
    )
    # The 2021 file of the same Länder: new reference date for all, nothing lost.
    plan, counts = directory_import(data=small_2021, file_name="2021")
    assert counts["total"]["retire"] == 0
    assert set(Region.objects.values_list("reference_date", flat=True)) == {
        plan.directory.reference_date
    }
    # A file without one Gemeinde marks it as no longer current.
    without = b"".join(
        line for line in small_2021.splitlines(keepends=True) if line[10:18] != b"10046111"
    )
    plan, counts = directory_import(data=without, file_name="2021-cut")
    assert counts["levels"][Level.GEMEINDE]["retire"] == 1
    gone = Region.objects.get(key="10046111")
    assert not gone.is_current
    # Back in a later file, it is current again (an update).
    plan, counts = directory_import(data=small_2021, file_name="2021")
    assert counts["levels"][Level.GEMEINDE]["update"] == 1
    assert Region.objects.get(key="10046111").is_current


def test_a_file_of_some_laender_leaves_the_others_alone(small_2017):
    directory_import(data=small_2017, file_name="two")
    saarland_only = b"".join(
        line for line in small_2017.splitlines(keepends=True) if line[10:12] == b"10"
    )
    plan, counts = directory_import(data=saarland_only, file_name="one")
    assert counts["total"]["retire"] == 0
    assert Region.objects.filter(is_current=True).count() == 118


def test_an_invalid_line_changes_nothing_and_the_command_fails(small_2017, tmp_path, capsys):
    directory_import(data=small_2017, file_name="good")
    lines = small_2017.splitlines(keepends=True)
    lines[20] = lines[20][:139] + b"xxxxxxxxxxx" + lines[20][150:]
    bad = rename(b"".join(lines), "10041100", "Umbenannt")
    path = tmp_path / "GV100AD_bad.txt"
    path.write_bytes(bad)
    with pytest.raises(CommandError, match="nothing was changed|nichts geändert"):
        call_command("import_gv100", str(path))
    err = capsys.readouterr().err
    assert "21" in err and "Bevölkerung" in err
    assert Region.objects.get(key="10041100").name == "Saarbrücken, Landeshauptstadt"
    assert DirectoryImport.objects.count() == 1


def test_the_command_exit_code(tmp_path, db):
    import subprocess
    import sys
    from pathlib import Path

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"70xxxx\n")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "manage.py"), "import_gv100", str(bad)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "KOMPASS_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)},
        cwd=root,
    )
    assert result.returncode != 0
    assert "1" in result.stderr and "70" in result.stderr
    with pytest.raises(CommandError):
        call_command("import_gv100", str(tmp_path / "none.txt"))


def test_an_older_file_is_a_warning_in_the_plan(small_2017, small_2021):
    directory_import(data=small_2021, file_name="2021")
    plan, counts = directory_import(data=small_2017, file_name="2017")
    assert counts is not None
    assert [p.severity for p in plan.problems] == ["warning"]
