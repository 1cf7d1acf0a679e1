package nl.thuisbasis.outflow.monitor;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidateLinks;
import nl.thuisbasis.outflow.candidate.CandidateRepository;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.region.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a figure of the monitor: the same list the figure is counted from, filtered to the figure and its
 * key. Every row is a record of a person, also when it shows only the mark: each one shown is logged as a read.
 */
@Service
class MonitorRecords {

    private final OutflowMonitor monitor;
    private final OutflowSettings settings;
    private final Vacancies vacancies;
    private final CandidateRepository candidates;
    private final CandidateLinks links;
    private final OutflowNames names;
    private final ProcessingLog log;

    MonitorRecords(OutflowMonitor monitor, OutflowSettings settings, Vacancies vacancies, CandidateRepository candidates,
            CandidateLinks links, OutflowNames names, ProcessingLog log) {
        this.monitor = monitor;
        this.settings = settings;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.links = links;
        this.names = names;
        this.log = log;
    }

    @Transactional
    public OutflowMonitor.RecordList records(CurrentUser user, String regionCode, int year, OutflowMonitor.Figure figure, String key,
            Integer quarter) {
        OutflowMonitor.aggregates(user);
        Region region = settings.region(regionCode);
        OutflowSettings.Norms norms = settings.norms(region.code());
        OutflowNames.Lookup lookup = names.lookup();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d-M-yyyy");
        List<OutflowMonitor.RecordRow> rows = new ArrayList<>();
        List<Map.Entry<UUID, String>> shown = new ArrayList<>();
        List<String> columns;
        String title;
        switch (figure) {
            case WAITS, INFLOW -> {
                List<OutflowMonitor.WaitRecord> list = monitor.waits(region.code(), year, norms, lookup).stream()
                        .filter(w -> figure == OutflowMonitor.Figure.WAITS ? key == null || w.state().name().equals(key)
                                : key != null && String.valueOf(w.urgencyOn().getMonthValue()).equals(key))
                        .toList();
                columns = List.of("Gemeente (besluit)", "Urgentie sinds", "Eerste aanbieding", "Dagen", "Stand");
                title = figure == OutflowMonitor.Figure.WAITS ? "Wachttijd van urgentie tot aanbieding" : "Instroom: urgentie verleend";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.WaitRecord::candidateId).toList());
                for (OutflowMonitor.WaitRecord w : list) {
                    rows.add(row(w.mark(), w.candidateId(), w.reference(), levels, "/uitstroom/kandidaten/" + w.candidateId(),
                            List.of(w.municipalityName(), date.format(w.urgencyOn()),
                                    w.firstOfferOn() == null ? "-" : date.format(w.firstOfferOn()), Long.toString(w.waitingDays()),
                                    OutflowMonitor.LABELS.get(w.state().name())), shown));
                }
            }
            case HOUSED_MUNICIPALITY, HOUSED_CORPORATION, OUTFLOW -> {
                List<OutflowMonitor.HousedRecord> list = monitor.housed(region.code(), year, lookup).stream()
                        .filter(h -> switch (figure) {
                            case HOUSED_MUNICIPALITY -> key == null || h.municipalityCode().equals(key);
                            case HOUSED_CORPORATION -> key == null || h.corporationCode().equals(key);
                            default -> key != null && String.valueOf(h.startsOn().getMonthValue()).equals(key);
                        })
                        .filter(h -> quarter == null || h.quarter() == quarter)
                        .toList();
                columns = List.of("Gemeente (woning)", "Corporatie", "Huurzorgovereenkomst vanaf", "Kwartaal");
                title = figure == OutflowMonitor.Figure.OUTFLOW ? "Uitstroom: huurzorgovereenkomsten gestart" : "Gerealiseerd voor het contingent";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.HousedRecord::candidateId).toList());
                for (OutflowMonitor.HousedRecord h : list) {
                    rows.add(row(h.mark(), h.candidateId(), h.reference(), levels, "/uitstroom/huurzorg/" + h.tenancyId(),
                            List.of(h.municipalityName(), h.corporationName(), date.format(h.startsOn()), "K" + h.quarter()), shown));
                }
            }
            case CAP -> {
                columns = List.of("Corporatie", "Kwartaal", "Vrijgekomen woningen (gemeld)", "Gemeld door");
                title = "Gemelde vrijgekomen woningen (basis van het plafond)";
                String code = key == null ? "" : key;
                for (Vacancies.Total t : vacancies.totals(code, year)) {
                    rows.add(new OutflowMonitor.RecordRow("T-" + t.year() + "K" + t.quarter(), null, null, List.of(lookup.organisation(code),
                            "K" + t.quarter(), Integer.toString(t.total()), t.reportedBy())));
                }
                List<OutflowMonitor.HousedRecord> let = monitor.housed(region.code(), year, lookup).stream().filter(h -> h.corporationCode().equals(code)).toList();
                Map<UUID, CandidateAccess.Level> levels = levels(user, let.stream().map(OutflowMonitor.HousedRecord::candidateId).toList());
                for (OutflowMonitor.HousedRecord h : let) {
                    rows.add(row(h.mark(), h.candidateId(), h.reference(), levels, "/uitstroom/huurzorg/" + h.tenancyId(),
                            List.of(h.corporationName(), "K" + h.quarter(), "verhuurd aan uitstromer " + date.format(h.startsOn()), ""), shown));
                }
            }
            case OUTCOME -> {
                List<OutflowMonitor.OutcomeRecord> list = monitor.outcomes(region.code(), year, lookup).stream()
                        .filter(o -> key == null || o.outcome().equals(key)).toList();
                columns = List.of("Gemeente (woning)", "Corporatie", "Vanaf", "Afgesproken einde", "Uitkomst", "Besloten op");
                title = "Uitkomst van huurzorgovereenkomsten bij het afgesproken einde";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.OutcomeRecord::candidateId).toList());
                for (OutflowMonitor.OutcomeRecord o : list) {
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/huurzorg/" + o.tenancyId(),
                            List.of(o.municipalityName(), o.corporationName(), date.format(o.startsOn()), date.format(o.agreedEndsOn()),
                                    OutflowMonitor.LABELS.getOrDefault(o.outcome(), o.outcome()), o.decidedOn() == null ? "-" : date.format(o.decidedOn())), shown));
                }
            }
            case OPEN_OFFERS, STALLED_OFFERS -> {
                List<OutflowMonitor.OpenOfferRecord> list = monitor.openOffers(region.code(), norms, lookup).stream()
                        .filter(o -> key == null || o.corporationCode().equals(key))
                        .filter(o -> figure == OutflowMonitor.Figure.OPEN_OFFERS || o.stalled()).toList();
                columns = List.of("Corporatie", "Gemeente (woning)", "Aangeboden op", "Dagen zonder antwoord", "Vastgelopen");
                title = figure == OutflowMonitor.Figure.OPEN_OFFERS ? "Aanbiedingen zonder antwoord (vandaag)"
                        : "Vastgelopen aanbiedingen: zonder antwoord na " + norms.stalledOfferDays() + " dagen (vandaag)";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.OpenOfferRecord::candidateId).toList());
                for (OutflowMonitor.OpenOfferRecord o : list) {
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/kandidaten/" + o.candidateId(),
                            List.of(o.corporationName(), o.municipalityName(), date.format(o.offeredOn()), Long.toString(o.daysOpen()),
                                    o.stalled() ? "ja" : "nee"), shown));
                }
            }
            default -> throw new IllegalArgumentException(figure.name());
        }
        // every row is a record of a person, also when it shows only the mark (pseudonymised): each one is logged
        log.recordEach(shown.stream().map(read -> Processing.of("outflow.candidate.read", "candidate", read.getKey().toString(),
                OutflowAccess.PURPOSE, LegalBasis.PRIORITY_SCHEME).withDetails("monitor: " + figure + " (" + read.getValue() + ")")).toList());
        return new OutflowMonitor.RecordList(figure, key, quarter, title, columns, rows);
    }

    /**
     * A row of a record list: the reference and the link to the record only for whoever may see the candidate (who may
     * see the candidate may see its offers and agreement); for everyone else the mark alone.
     */
    private static OutflowMonitor.RecordRow row(String mark, UUID candidate, String reference, Map<UUID, CandidateAccess.Level> levels,
            String link, List<String> cells, List<Map.Entry<UUID, String>> shown) {
        CandidateAccess.Level level = levels.getOrDefault(candidate, CandidateAccess.Level.NONE);
        boolean seen = level != CandidateAccess.Level.NONE;
        shown.add(Map.entry(candidate, seen ? level.name() : "alleen kenmerk"));
        return new OutflowMonitor.RecordRow(mark, seen ? reference : null, seen ? link : null, cells);
    }

    private Map<UUID, CandidateAccess.Level> levels(CurrentUser user, List<UUID> ids) {
        Map<UUID, CandidateAccess.Level> levels = new HashMap<>();
        if (ids.isEmpty()) {
            return levels;
        }
        Map<UUID, Set<String>> linked = links.linkedCorporations(ids);
        CandidateAccess.Viewer viewer = OutflowAccess.viewer(user);
        candidates.findAll(ids).forEach((id, row) -> levels.put(id, CandidateAccess.level(viewer,
                row.subject(linked.getOrDefault(id, Set.of())))));
        return levels;
    }

}
