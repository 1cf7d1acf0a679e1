package nl.thuisbasis.outflow.contingent;

import java.util.List;

/** The split of a contingent over the municipalities of a region (not stored); the formula in the reader's language. */
record PreviewResponse(String region, String regionName, int year, int total, boolean careLoadCorrection,
        double regionPlacesPer1000Households, String formula, List<PreviewMunicipality> municipalities) {

    record PreviewMunicipality(String code, String name, long households, Integer householdsYear, int places,
            double placesPer1000Households, double factor, double weight, double exact, int contingent) {
    }

    static PreviewResponse from(Contingents.Preview p) {
        return new PreviewResponse(p.region(), p.regionName(), p.year(), p.total(), p.careLoadCorrection(),
                p.regionPlacesPer1000Households(), p.formula(), p.municipalities().stream().map(m -> new PreviewMunicipality(m.code(),
                        m.name(), m.households(), m.householdsYear(), m.places(), m.placesPer1000Households(), m.factor(),
                        m.weight(), m.exact(), m.contingent())).toList());
    }
}
