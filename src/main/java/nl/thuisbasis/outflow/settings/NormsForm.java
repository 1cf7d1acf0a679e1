package nl.thuisbasis.outflow.settings;

/** The norms form of the settings page, with the version it was opened at. */
record NormsForm(Integer version, Integer capPercent, Integer offerNormMonths, Integer stalledOfferDays, Integer tenancyMonths) {

    static NormsForm of(OutflowSettings.Norms n) {
        return new NormsForm(n.version(), n.capPercent(), n.offerNormMonths(), n.stalledOfferDays(), n.tenancyMonths());
    }
}
