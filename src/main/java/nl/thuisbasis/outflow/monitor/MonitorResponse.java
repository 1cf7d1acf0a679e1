package nl.thuisbasis.outflow.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.outflow.settings.RulesResponse;

/** The outflow monitor of a region and year (aggregates only), as the API shows it. */
record MonitorResponse(String regionCode, String regionName, int year, RulesResponse.Norms norms, Integer contingentTotal,
        Waits waits, List<Realisation> perMunicipality, List<Realisation> perCorporation, List<Cap> caps,
        Map<String, Integer> outcomes, List<MonitorMonth> months, int housed, LocalDate today, List<OpenOffers> openOffers,
        @io.swagger.v3.oas.annotations.media.Schema(description = "Per uitkomst: de vroegsignalen van die overeenkomsten "
                + "(figure SIGNALS geeft de records)") Map<String, Integer> outcomeSignals,
        @io.swagger.v3.oas.annotations.media.Schema(description = "Per uitkomst: de vroegsignalen die gesloten zijn met "
                + "'uitzetting voorkomen' (figure EVICTION_PREVENTED geeft de records)") Map<String, Integer> outcomeEvictionsPrevented) {

    record Waits(int withinNorm, int late, int waiting, int waitingLate, int withdrawn, Double shareWithinNorm, Long medianDays) {
    }

    record Realisation(String code, String name, Integer contingent, int[] perQuarter, int total) {
    }

    record Cap(String corporationCode, String corporationName, Integer reportedTotal, int let, int committed, Integer allowed,
            Double sharePercent, int capPercent, boolean exceeded, boolean unknown) {
    }

    record MonitorMonth(int month, int inflow, int outflow) {
    }

    record OpenOffers(String corporationCode, String corporationName, int open, int stalled) {
    }

    static MonitorResponse from(OutflowMonitor.Report r) {
        OutflowMonitor.WaitSummary w = r.waits();
        return new MonitorResponse(r.regionCode(), r.regionName(), r.year(), RulesResponse.Norms.from(r.norms()), r.contingentTotal(),
                new Waits(w.withinNorm(), w.late(), w.waiting(), w.waitingLate(), w.withdrawn(), w.shareWithinNorm(), w.medianDays()),
                realisations(r.perMunicipality()), realisations(r.perCorporation()),
                r.caps().stream().map(c -> new Cap(c.corporationCode(), c.corporationName(), c.reportedTotal(), c.let(), c.committed(),
                        c.allowed(), c.sharePercent(), c.capPercent(), c.exceeded(), c.unknown())).toList(),
                r.outcomes(), r.months().stream().map(m -> new MonitorMonth(m.month(), m.inflow(), m.outflow())).toList(), r.housed(),
                r.today(), r.openOffers().stream().map(o -> new OpenOffers(o.corporationCode(), o.corporationName(), o.open(),
                        o.stalled())).toList(), r.outcomeSignals(), r.outcomeEvictionsPrevented());
    }

    private static List<Realisation> realisations(List<OutflowMonitor.Realisation> rows) {
        return rows.stream().map(x -> new Realisation(x.code(), x.name(), x.contingent(), x.perQuarter(), x.total())).toList();
    }
}
