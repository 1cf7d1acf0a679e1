package nl.thuisbasis.facility;

/** Whether capacity counts places (beds, rooms) or housing units (dwellings, Skaeve Huse units). */
public enum CapacityUnit {
    PLACES, UNITS
}
