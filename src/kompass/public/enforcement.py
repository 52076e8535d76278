"""The enforcement (arbitration) bodies for digital accessibility of the Länder.

A municipality's website falls under the accessibility law of its Land (the Länder
counterparts of BGG and BITV 2.0). Its accessibility statement names the body a person
can turn to when the municipality does not answer a report of a barrier in time
(Durchsetzungs-, Schlichtungs- or Ombudsstelle). The names below are the usual seats of
these bodies; the Länder occasionally rename them, so the statement's settings let
coordination replace the text (the Länder's own list: ``OVERVIEW_URL``).
"""

from kompass.tenancy.models import Land

OVERVIEW_URL = "https://lbit.hessen.de/buergerinnen-und-buerger/durchsetzungsstellen-der-laender"

ENFORCEMENT_BODIES = {
    Land.BW: "Schlichtungsstelle bei der oder dem Beauftragten der Landesregierung für die "
    "Belange von Menschen mit Behinderungen Baden-Württemberg",
    Land.BY: "Durchsetzungsstelle beim Beauftragten der Bayerischen Staatsregierung für die "
    "Belange von Menschen mit Behinderung",
    Land.BE: "Durchsetzungsstelle bei der oder dem Landesbeauftragten für digitale "
    "Barrierefreiheit Berlin",
    Land.BB: "Schlichtungsstelle bei der oder dem Landesbeauftragten für die Belange der "
    "Menschen mit Behinderungen des Landes Brandenburg",
    Land.HB: "Schlichtungsstelle beim Landesbehindertenbeauftragten der Freien Hansestadt Bremen",
    Land.HH: "Schlichtungsstelle bei der Senatskoordination für die Gleichstellung von Menschen "
    "mit Behinderungen der Freien und Hansestadt Hamburg",
    Land.HE: "Durchsetzungs- und Ombudsstelle für barrierefreie Informationstechnik bei der "
    "Beauftragten der Hessischen Landesregierung für Menschen mit Behinderungen",
    Land.MV: "Durchsetzungsstelle beim Bürgerbeauftragten des Landes Mecklenburg-Vorpommern",
    Land.NI: "Schlichtungsstelle bei der oder dem Landesbeauftragten für Menschen mit "
    "Behinderungen Niedersachsen",
    Land.NW: "Ombudsstelle für barrierefreie Informationstechnik bei der oder dem "
    "Beauftragten der Landesregierung für Menschen mit Behinderung Nordrhein-Westfalen",
    Land.RP: "Schlichtungsstelle bei der oder dem Landesbeauftragten für die Belange "
    "behinderter Menschen Rheinland-Pfalz",
    Land.SL: "Schlichtungsstelle bei der oder dem Landesbeauftragten für die Belange von "
    "Menschen mit Behinderungen im Saarland",
    Land.SN: "Durchsetzungsstelle bei der oder dem Beauftragten der Sächsischen "
    "Staatsregierung für die Belange von Menschen mit Behinderungen",
    Land.ST: "Schlichtungsstelle bei der oder dem Beauftragten der Landesregierung für die "
    "Belange von Menschen mit Behinderungen Sachsen-Anhalt",
    Land.SH: "Schlichtungsstelle bei der oder dem Landesbeauftragten für Menschen mit "
    "Behinderung Schleswig-Holstein",
    Land.TH: "Schlichtungsstelle bei der oder dem Beauftragten für Menschen mit Behinderungen "
    "des Freistaats Thüringen",
}


def enforcement_body_for(land: str) -> str:
    """The enforcement body of ``land`` (a Land code), or '' for an unknown code."""
    return ENFORCEMENT_BODIES.get(land, "")
