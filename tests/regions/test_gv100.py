"""The GV100AD reader against the real files of 2017 (ISO 8859-1) and 2021 (UTF-8)."""

from collections import Counter
from datetime import date

import pytest

from kompass.regions.gv100 import read_gv100
from kompass.regions.models import Level

from .conftest import FILE_2017, FILE_2021, member_bytes, zipped


@pytest.fixture(scope="module")
def directory_2017():
    return read_gv100(FILE_2017.read_bytes())


def by_key(directory):
    return {record.key: record for record in directory.records}


def test_the_2017_zip_is_read_whole_with_counts_per_level(directory_2017):
    assert directory_2017.problems == []
    assert directory_2017.member == "GV100AD_311217.ASC"
    assert directory_2017.reference_date == date(2017, 12, 31)
    assert Counter(record.level for record in directory_2017.records) == {
        Level.LAND: 16,
        Level.REGBEZ: 29,
        Level.REGION: 12,
        Level.KREIS: 401,
        Level.GEMEINDEVERBAND: 4532,
        Level.GEMEINDE: 11129,
    }


def test_a_kreisfreie_stadt_with_its_keys_population_and_area(directory_2017):
    records = by_key(directory_2017)
    offenbach = records["06413000"]
    assert offenbach.name == "Offenbach am Main, Stadt"
    assert offenbach.ars == "064130000000"
    assert offenbach.text_code == "61"
    assert (offenbach.population, offenbach.population_male) == (126658, 62566)
    assert offenbach.population_female == 126658 - 62566
    assert offenbach.area_ha == 4488
    assert offenbach.postal_code == "63065"
    assert (offenbach.land_key, offenbach.regbez_key, offenbach.kreis_key) == ("06", "064", "06413")
    county = records["06413"]
    assert (county.level, county.text_code, county.seat) == (Level.KREIS, "41", "Offenbach am Main")


def test_a_gemeinde_of_a_landkreis_with_ars_and_association(directory_2017):
    records = by_key(directory_2017)
    dietzenbach = records["06438001"]
    assert dietzenbach.name == "Dietzenbach, Kreisstadt"
    assert dietzenbach.ars == "064380001001"
    assert dietzenbach.verband_key == "064380001"
    assert dietzenbach.population == 34055
    landkreis = records["06438"]
    assert (landkreis.name, landkreis.text_code, landkreis.seat) == (
        "Offenbach",
        "44",
        "Dietzenbach",
    )
    gemeinden = [
        r for r in directory_2017.records if r.level == Level.GEMEINDE and r.kreis_key == "06438"
    ]
    assert len(gemeinden) == 13
    # The levels above a Gemeinde carry the sums of their Gemeinden.
    assert landkreis.population == sum(g.population for g in gemeinden)
    assert landkreis.area_ha == sum(g.area_ha for g in gemeinden)


def test_umlauts_of_an_iso_8859_1_file(directory_2017):
    records = by_key(directory_2017)
    assert records["10041100"].name == "Saarbrücken, Landeshauptstadt"
    assert directory_2017.encoding == "Windows-1252"


def test_land_and_regierungsbezirk_and_region_records(directory_2017):
    records = by_key(directory_2017)
    assert (records["06"].name, records["06"].seat) == ("Hessen", "Wiesbaden")
    assert records["064"].name == "Reg.-Bez. Darmstadt"
    assert records["0822"].level == Level.REGION
    assert records["0822"].name == "Region Rhein-Neckar"
    germany = sum(r.population for r in directory_2017.records if r.level == Level.LAND)
    assert germany == sum(r.population for r in directory_2017.records if r.level == Level.GEMEINDE)
    # No Regierungsbezirk record for Schleswig-Holstein: its Kreise have none.
    assert records["01001"].regbez_key == ""


def test_the_utf8_file_of_2021_keeps_sorbian_names():
    directory = read_gv100(FILE_2021.read_bytes())
    assert directory.problems == []
    assert directory.encoding == "UTF-8"
    assert directory.reference_date == date(2021, 11, 30)
    assert len(directory.records) == 16060
    cottbus = by_key(directory)["12052000"]
    assert cottbus.name == "Cottbus/Chóśebuz, Stadt"
    assert cottbus.population == 98693


def test_the_text_file_without_zip_reads_the_same(small_2017):
    from_text = read_gv100(small_2017)
    from_zip = read_gv100(zipped(small_2017))
    assert from_text.problems == from_zip.problems == []
    assert [r.key for r in from_text.records] == [r.key for r in from_zip.records]
    assert len(from_text.records) == 118


def test_a_bad_number_names_line_and_field_and_yields_no_records(small_2017):
    lines = small_2017.splitlines(keepends=True)
    line = lines[3]  # Bremen, Stadt (record 60)
    lines[3] = line[:139] + b"00000abc006" + line[150:]
    directory = read_gv100(b"".join(lines))
    assert not directory.is_acceptable
    assert directory.records == []
    (problem,) = directory.problems
    assert (problem.row, problem.column) == (4, "Bevölkerung")
    assert "abc" in problem.message


def test_an_unknown_record_type_and_a_foreign_file_are_refused(small_2017):
    directory = read_gv100(small_2017 + b"99 something else\n")
    assert [(p.row, p.column) for p in directory.problems] == [(119, "Satzart")]
    csv = read_gv100(b"statistics_code;statistics_label\n12411;Bevoelkerung\n")
    assert csv.problems[0].row == 1 and not csv.is_acceptable


def test_a_key_twice_and_a_second_reference_date_are_named(small_2017):
    lines = small_2017.splitlines(keepends=True)
    twice = read_gv100(b"".join([*lines, lines[3]]))
    assert [(p.row, p.column) for p in twice.problems] == [(119, "Regionalschlüssel")]
    assert "line 4" in twice.problems[0].message or "Zeile 4" in twice.problems[0].message
    other_date = lines[5][:2] + b"20180101" + lines[5][10:]
    mixed = read_gv100(b"".join([*lines[:5], other_date, *lines[6:]]))
    assert [(p.row, p.column) for p in mixed.problems] == [(6, "Gebietsstand")]


def test_an_archive_without_a_directory_file_and_a_broken_archive():
    empty = read_gv100(zipped(b"nothing", name="Datensatzbeschreibung.pdf"))
    assert not empty.is_acceptable and "GV100AD" in empty.problems[0].message
    broken = read_gv100(b"PK\x03\x04" + b"\x00" * 40)
    assert not broken.is_acceptable
    assert read_gv100(b"").problems and not read_gv100(b"\n\n").is_acceptable


def test_the_original_member_is_found_next_to_the_pdf():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Datensatzbeschreibung_GV100AD.pdf", b"%PDF-1.4")
        archive.writestr("Hinweise.txt", b"Erscheinungsmonat")
        archive.writestr(
            "GV100AD_311217.ASC", b"".join(member_bytes(FILE_2017).splitlines(keepends=True)[:5])
        )
    directory = read_gv100(buffer.getvalue())
    assert directory.member == "GV100AD_311217.ASC"
    assert directory.records[0].name == "Schleswig-Holstein"
