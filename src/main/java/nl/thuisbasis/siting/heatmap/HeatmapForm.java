package nl.thuisbasis.siting.heatmap;

import nl.thuisbasis.facility.FacilityType;

/**
 * What the heatmap is drawn for: a type of facility and its capacity (protected housing for 12 when not chosen), and
 * optionally the one municipality (its code) whose neighbourhoods are shown.
 */
record HeatmapForm(FacilityType type, Integer capacity, String municipality) {

    static final FacilityType DEFAULT_TYPE = FacilityType.PROTECTED_HOUSING;
    static final int DEFAULT_CAPACITY = 12;

    /** The form with the defaults where nothing was chosen (a value that could not be read stays empty). */
    HeatmapForm withDefaults(boolean typeUnread, boolean capacityUnread) {
        return new HeatmapForm(type == null && !typeUnread ? DEFAULT_TYPE : type,
                capacity == null && !capacityUnread ? Integer.valueOf(DEFAULT_CAPACITY) : capacity,
                municipality == null || municipality.isBlank() ? null : municipality.trim());
    }
}
