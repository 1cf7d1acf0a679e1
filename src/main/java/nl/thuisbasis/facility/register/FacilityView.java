package nl.thuisbasis.facility.register;

import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.domain.Visibility;

/** A facility together with how much of it the viewer may see and whether they may change it. */
public record FacilityView(Facility facility, Visibility visibility, boolean editable) {
}
