package nl.thuisbasis.outflow.contingent;

/** A corporation's part of a municipality's contingent, from its social rental stock. */
record CorporationShareResponse(String municipalityCode, String corporationCode, String corporationName, int dwellings,
        double exact, int contingent) {

    static CorporationShareResponse from(Contingents.CorporationShare s) {
        return new CorporationShareResponse(s.municipalityCode(), s.corporationCode(), s.corporationName(), s.dwellings(),
                s.exact(), s.contingent());
    }
}
