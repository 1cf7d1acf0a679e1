package nl.thuisbasis.region;

/** The areas a point lies in; a code is null where no area of that level covers the point. */
public record Location(String municipalityCode, String districtCode, String neighbourhoodCode) {

    /** The most detailed area code that covers the point. */
    public String finestCode() {
        return neighbourhoodCode != null ? neighbourhoodCode : districtCode != null ? districtCode : municipalityCode;
    }
}
