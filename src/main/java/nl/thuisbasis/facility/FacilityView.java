package nl.thuisbasis.facility;

import nl.thuisbasis.facility.domain.Visibility;

/** A facility together with how much of it the viewer may see and whether they may change it. */
record FacilityView(Facility facility, Visibility visibility, boolean editable) {
}
