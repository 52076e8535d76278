"""The Hessian WIR programme 2019 and its 18 funded municipalities, from
``data/wir_programme.yaml`` (public facts only: no AGS, no persons)."""

from kompass.demo.content import read
from kompass.tenancy.models import Land, Municipality, Programme

_data = read("wir_programme")
PROGRAMME = _data["programme"]
MUNICIPALITIES = _data["municipalities"]
MUNICIPALITY_SLUGS = [municipality["slug"] for municipality in MUNICIPALITIES]


def build_programme(*, extra_municipalities=(), coordinators=()) -> Programme:
    """Create (or refresh) the programme, its 18 municipalities and the extra members."""
    programme, _created = Programme.objects.update_or_create(
        slug=PROGRAMME["slug"],
        defaults={key: value for key, value in PROGRAMME.items() if key != "slug"},
    )
    members = [
        Municipality.objects.update_or_create(
            slug=spec["slug"], defaults={**spec, "land": Land.HE}
        )[0]
        for spec in MUNICIPALITIES
    ]
    programme.municipalities.add(*members, *extra_municipalities)
    if coordinators:
        programme.coordinators.add(*coordinators)
    return programme
