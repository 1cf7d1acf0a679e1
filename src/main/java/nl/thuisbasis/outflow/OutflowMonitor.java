package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.outflow.domain.OutflowNorms;
import nl.thuisbasis.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outflow monitor of a region and year: time from urgency to offer against the norm, contingent realisation per
 * municipality and corporation per quarter, cap compliance, the outcomes of agreements at their agreed end, and inflow
 * and outflow per month. Every figure is counted from a list of records, and the same list, filtered, is what the
 * figure links to: so a number can always be traced. The records carry a short mark; the client's reference only for
 * those who may see the candidate (and then the read is logged).
 */
@Service
public class OutflowMonitor {

    static final String PURPOSE = Candidates.PURPOSE;

    private final JdbcClient jdbc;
    private final OutflowSettings settings;
    private final Contingents contingents;
    private final Candidates candidates;
    private final Vacancies vacancies;
    private final OutflowNames names;
    private final ProcessingLog log;

    OutflowMonitor(JdbcClient jdbc, OutflowSettings settings, Contingents contingents, Candidates candidates,
            Vacancies vacancies, OutflowNames names, ProcessingLog log) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.contingents = contingents;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.names = names;
        this.log = log;
    }

    /** Where a candidate with urgency stands against the norm. */
    public enum WaitState { WITHIN_NORM, LATE, WAITING, WAITING_LATE, WITHDRAWN }

    /** A candidate who got urgency in the year: when, the first offer, the wait. */
    public record WaitRecord(UUID candidateId, String mark, String reference, String municipalityCode, String municipalityName,
            LocalDate urgencyOn, LocalDate firstOfferOn, long waitingDays, WaitState state) {
    }

    public record WaitSummary(int withinNorm, int late, int waiting, int waitingLate, int withdrawn, Double shareWithinNorm,
            Long medianDays) {
    }

    /** A tenancy-with-care agreement that started in the year (a dwelling realised for the contingent). */
    public record HousedRecord(UUID tenancyId, UUID candidateId, String mark, String reference, String municipalityCode,
            String municipalityName, String corporationCode, String corporationName, LocalDate startsOn) {

        public int quarter() {
            return (startsOn.getMonthValue() - 1) / 3 + 1;
        }
    }

    public record Realisation(String code, String name, Integer contingent, int[] perQuarter, int total) {
    }

    public record CapRow(String corporationCode, String corporationName, Integer reportedTotal, int let, int committed,
            Integer allowed, Double sharePercent, int capPercent, boolean exceeded, boolean unknown) {
    }

    /** An agreement whose agreed end falls in the year, with its first outcome (or none yet). */
    public record OutcomeRecord(UUID tenancyId, UUID candidateId, String mark, String reference, String municipalityName,
            String corporationName, LocalDate startsOn, LocalDate agreedEndsOn, String outcome, LocalDate decidedOn) {
    }

    public record MonthRow(int month, int inflow, int outflow) {
    }

    /** An offer without an answer today: since when, and whether it is stalled (past the region's term). */
    public record OpenOfferRecord(UUID candidateId, String mark, String reference, String corporationCode,
            String corporationName, String municipalityName, LocalDate offeredOn, long daysOpen, boolean stalled) {
    }

    /** Per corporation, today: offers without an answer, and how many of those are stalled. */
    public record OpenOffers(String corporationCode, String corporationName, int open, int stalled) {
    }

    public record Report(String regionCode, String regionName, int year, OutflowSettings.Norms norms, Integer contingentTotal,
            WaitSummary waits, List<Realisation> perMunicipality, List<Realisation> perCorporation, List<CapRow> caps,
            Map<String, Integer> outcomes, List<MonthRow> months, int housed, LocalDate today, List<OpenOffers> openOffers) {
    }

    /** How the states and outcomes read in a drill-down list. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("WITHIN_NORM", "aanbod binnen de norm"),
            Map.entry("LATE", "aanbod na de norm"), Map.entry("WAITING", "wacht, nog binnen de norm"),
            Map.entry("WAITING_LATE", "wacht, norm verstreken"), Map.entry("WITHDRAWN", "teruggetrokken zonder aanbod"),
            Map.entry("REGULAR_LEASE", "regulier huurcontract"), Map.entry("EXTENDED", "verlengd"),
            Map.entry("ENDED_EVICTION", "beëindigd: huisuitzetting"), Map.entry("ENDED_RELAPSE", "beëindigd: terugval"),
            Map.entry("ENDED_MOVED", "beëindigd: verhuisd"), Map.entry("ENDED_OTHER", "beëindigd: anders"),
            Map.entry("PENDING", "einde voorbij, uitkomst nog niet vastgelegd"), Map.entry("RUNNING", "loopt nog"));

    /** The outcome keys, in the order they are shown. */
    static final List<String> OUTCOME_KEYS = List.of("REGULAR_LEASE", "EXTENDED", "ENDED_EVICTION", "ENDED_RELAPSE",
            "ENDED_MOVED", "ENDED_OTHER", "PENDING", "RUNNING");

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, String regionCode, int year) {
        aggregates(user);
        Region region = settings.region(regionCode);
        OutflowSettings.Norms norms = settings.norms(region.code());
        OutflowNames.Lookup lookup = names.lookup();
        List<WaitRecord> waits = waits(region.code(), year, norms, lookup);
        List<HousedRecord> housed = housed(region.code(), year, lookup);
        List<OutcomeRecord> outcomes = outcomes(region.code(), year, lookup);
        Optional<Contingents.Decided> decided = contingents.decided(region.code(), year);
        return new Report(region.code(), region.name(), year, norms, decided.map(Contingents.Decided::total).orElse(null),
                summary(waits), perMunicipality(region, housed, decided, lookup), perCorporation(region.code(), year, housed, lookup),
                caps(region.code(), year, norms, lookup), outcomeCounts(outcomes), months(waits, housed), housed.size(),
                candidates.today(), perCorporation(openOffers(region.code(), norms, lookup)));
    }

    // ---- waits

    List<WaitRecord> waits(String regionCode, int year, OutflowSettings.Norms norms, OutflowNames.Lookup lookup) {
        LocalDate today = candidates.today();
        return jdbc.sql("""
                select c.id, c.mark, c.reference, c.deciding_municipality, c.urgency_granted_on, c.status,
                    (select min(o.offered_on) from offer o where o.candidate_id = c.id) as first_offer
                from candidate c where c.region_code = ? and c.urgency_granted_on is not null
                    and extract(year from c.urgency_granted_on) = ?
                order by c.urgency_granted_on, c.id""")
                .params(regionCode, year)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    LocalDate urgency = rs.getObject("urgency_granted_on", LocalDate.class);
                    LocalDate offer = rs.getObject("first_offer", LocalDate.class);
                    WaitState state;
                    if (offer != null) {
                        state = OutflowNorms.withinNorm(urgency, offer, norms.offerNormMonths()) ? WaitState.WITHIN_NORM : WaitState.LATE;
                    } else if ("WITHDRAWN".equals(rs.getString("status"))) {
                        state = WaitState.WITHDRAWN;
                    } else {
                        state = OutflowNorms.withinNorm(urgency, today, norms.offerNormMonths()) ? WaitState.WAITING : WaitState.WAITING_LATE;
                    }
                    String gm = rs.getString("deciding_municipality");
                    return new WaitRecord(id, rs.getString("mark"), rs.getString("reference"), gm, lookup.area(gm), urgency, offer,
                            OutflowNorms.waitingDays(urgency, offer == null ? today : offer), state);
                }).list();
    }

    static WaitSummary summary(List<WaitRecord> waits) {
        Map<WaitState, Integer> count = new java.util.EnumMap<>(WaitState.class);
        for (WaitState s : WaitState.values()) {
            count.put(s, 0);
        }
        waits.forEach(w -> count.merge(w.state(), 1, Integer::sum));
        int within = count.get(WaitState.WITHIN_NORM);
        int judged = within + count.get(WaitState.LATE) + count.get(WaitState.WAITING_LATE);
        List<Long> offered = waits.stream().filter(w -> w.firstOfferOn() != null).map(WaitRecord::waitingDays).sorted().toList();
        return new WaitSummary(within, count.get(WaitState.LATE), count.get(WaitState.WAITING), count.get(WaitState.WAITING_LATE),
                count.get(WaitState.WITHDRAWN), judged == 0 ? null : Math.round(1000.0 * within / judged) / 10.0,
                offered.isEmpty() ? null : offered.get(offered.size() / 2));
    }

    // ---- realisation

    List<HousedRecord> housed(String regionCode, int year, OutflowNames.Lookup lookup) {
        return jdbc.sql("""
                select t.id, t.candidate_id, c.mark, c.reference, t.municipality_code, t.corporation_code, t.starts_on
                from tenancy t join vacancy v on v.id = t.vacancy_id join candidate c on c.id = t.candidate_id
                where v.region_code = ? and extract(year from t.starts_on) = ? order by t.starts_on, t.id""")
                .params(regionCode, year)
                .query((rs, n) -> {
                    UUID candidate = rs.getObject("candidate_id", UUID.class);
                    return new HousedRecord(rs.getObject("id", UUID.class), candidate, rs.getString("mark"), rs.getString("reference"),
                            rs.getString("municipality_code"), lookup.area(rs.getString("municipality_code")),
                            rs.getString("corporation_code"), lookup.organisation(rs.getString("corporation_code")),
                            rs.getObject("starts_on", LocalDate.class));
                }).list();
    }

    private List<Realisation> perMunicipality(Region region, List<HousedRecord> housed, Optional<Contingents.Decided> decided,
            OutflowNames.Lookup lookup) {
        Map<String, Integer> contingent = new HashMap<>();
        decided.ifPresent(d -> d.shares().forEach(s -> contingent.put(s.municipalityCode(), s.contingent())));
        List<Realisation> result = new ArrayList<>();
        for (String gm : region.municipalityCodes()) {
            result.add(realisation(gm, lookup.area(gm), contingent.get(gm), housed, h -> h.municipalityCode().equals(gm)));
        }
        result.sort(Comparator.comparing((Realisation r) -> r.contingent() == null ? 0 : -r.contingent())
                .thenComparing(Realisation::name));
        return result;
    }

    private List<Realisation> perCorporation(String regionCode, int year, List<HousedRecord> housed, OutflowNames.Lookup lookup) {
        Map<String, Integer> contingent = new TreeMap<>();
        contingents.corporationShares(regionCode, year).forEach(s -> contingent.merge(s.corporationCode(), s.contingent(), Integer::sum));
        java.util.Set<String> codes = new java.util.TreeSet<>(contingent.keySet());
        housed.forEach(h -> codes.add(h.corporationCode()));
        List<Realisation> result = new ArrayList<>();
        for (String code : codes) {
            result.add(realisation(code, lookup.organisation(code), contingent.get(code), housed, h -> h.corporationCode().equals(code)));
        }
        return result;
    }

    private static Realisation realisation(String code, String name, Integer contingent, List<HousedRecord> housed,
            Predicate<HousedRecord> of) {
        int[] q = new int[4];
        housed.stream().filter(of).forEach(h -> q[h.quarter() - 1]++);
        return new Realisation(code, name, contingent, q, q[0] + q[1] + q[2] + q[3]);
    }

    // ---- caps

    private List<CapRow> caps(String regionCode, int year, OutflowSettings.Norms norms, OutflowNames.Lookup lookup) {
        List<String> corporations = jdbc.sql("select distinct corporation_code from vacancy where region_code = ? order by 1")
                .param(regionCode).query(String.class).list();
        boolean current = year == candidates.today().getYear();
        List<CapRow> rows = new ArrayList<>();
        for (String code : corporations) {
            Vacancies.CapFigures figures = vacancies.capFigures(code, year, current);
            OutflowCap.State state = figures.state(norms.capPercent());
            rows.add(new CapRow(code, lookup.organisation(code), figures.reportedTotal(), figures.let(), figures.committed(),
                    state.allowed(), state.sharePercent(), norms.capPercent(), state.exceeded(), state.unknown()));
        }
        return rows;
    }

    // ---- outcomes

    List<OutcomeRecord> outcomes(String regionCode, int year, OutflowNames.Lookup lookup) {
        LocalDate today = candidates.today();
        return jdbc.sql("""
                select t.id, t.candidate_id, c.mark, c.reference, t.municipality_code, t.corporation_code, t.starts_on, t.agreed_ends_on,
                    (select o.outcome || coalesce('_' || o.end_reason, '') from tenancy_outcome o where o.tenancy_id = t.id
                        order by o.decided_on, o.recorded_at limit 1) as first_outcome,
                    (select o.decided_on from tenancy_outcome o where o.tenancy_id = t.id order by o.decided_on, o.recorded_at limit 1) as decided_on
                from tenancy t join vacancy v on v.id = t.vacancy_id join candidate c on c.id = t.candidate_id
                where v.region_code = ? and extract(year from t.agreed_ends_on) = ? order by t.agreed_ends_on, t.id""")
                .params(regionCode, year)
                .query((rs, n) -> {
                    UUID candidate = rs.getObject("candidate_id", UUID.class);
                    LocalDate agreedEnd = rs.getObject("agreed_ends_on", LocalDate.class);
                    String outcome = rs.getString("first_outcome");
                    if (outcome == null) {
                        outcome = agreedEnd.isAfter(today) ? "RUNNING" : "PENDING";
                    }
                    return new OutcomeRecord(rs.getObject("id", UUID.class), candidate, rs.getString("mark"), rs.getString("reference"),
                            lookup.area(rs.getString("municipality_code")), lookup.organisation(rs.getString("corporation_code")),
                            rs.getObject("starts_on", LocalDate.class), agreedEnd, outcome, rs.getObject("decided_on", LocalDate.class));
                }).list();
    }

    static Map<String, Integer> outcomeCounts(List<OutcomeRecord> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        OUTCOME_KEYS.forEach(k -> counts.put(k, 0));
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return counts;
    }

    // ---- offers without an answer (today, whatever the year: the coordinator's list of what is stuck)

    List<OpenOfferRecord> openOffers(String regionCode, OutflowSettings.Norms norms, OutflowNames.Lookup lookup) {
        LocalDate today = candidates.today();
        return jdbc.sql("""
                select o.candidate_id, c.mark, c.reference, o.corporation_code, v.municipality_code, o.offered_on
                from offer o join vacancy v on v.id = o.vacancy_id join candidate c on c.id = o.candidate_id
                where v.region_code = ? and o.status = 'OPEN' order by o.offered_on, o.id""")
                .param(regionCode)
                .query((rs, n) -> {
                    UUID candidate = rs.getObject("candidate_id", UUID.class);
                    LocalDate offeredOn = rs.getObject("offered_on", LocalDate.class);
                    return new OpenOfferRecord(candidate, rs.getString("mark"), rs.getString("reference"),
                            rs.getString("corporation_code"), lookup.organisation(rs.getString("corporation_code")),
                            lookup.area(rs.getString("municipality_code")), offeredOn,
                            java.time.temporal.ChronoUnit.DAYS.between(offeredOn, today),
                            OutflowNorms.stalled(offeredOn, today, norms.stalledOfferDays()));
                }).list();
    }

    static List<OpenOffers> perCorporation(List<OpenOfferRecord> open) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (OpenOfferRecord o : open) {
            int[] c = counts.computeIfAbsent(o.corporationCode(), k -> new int[2]);
            c[0]++;
            c[1] += o.stalled() ? 1 : 0;
            names.put(o.corporationCode(), o.corporationName());
        }
        return counts.entrySet().stream().map(e -> new OpenOffers(e.getKey(), names.get(e.getKey()), e.getValue()[0],
                e.getValue()[1])).sorted(Comparator.comparing(OpenOffers::corporationName)).toList();
    }

    // ---- months

    static List<MonthRow> months(List<WaitRecord> waits, List<HousedRecord> housed) {
        List<MonthRow> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            rows.add(new MonthRow(m, (int) waits.stream().filter(w -> w.urgencyOn().getMonthValue() == month).count(),
                    (int) housed.stream().filter(h -> h.startsOn().getMonthValue() == month).count()));
        }
        return rows;
    }

    // ---- the records behind a figure

    /** Which figure's records: the kind and, where it applies, a key (state, municipality, corporation, outcome, month). */
    public enum Figure { WAITS, HOUSED_MUNICIPALITY, HOUSED_CORPORATION, CAP, OUTCOME, INFLOW, OUTFLOW, OPEN_OFFERS, STALLED_OFFERS }

    /** A record in a drill-down list: columns already as text, the reference only where the viewer may see it. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record RecordRow(String mark, String reference, String link, List<String> cells) {
    }

    public record RecordList(Figure figure, String key, Integer quarter, String title, List<String> columns, List<RecordRow> rows) {
    }

    @Transactional
    public RecordList records(CurrentUser user, String regionCode, int year, Figure figure, String key, Integer quarter) {
        aggregates(user);
        Region region = settings.region(regionCode);
        OutflowSettings.Norms norms = settings.norms(region.code());
        OutflowNames.Lookup lookup = names.lookup();
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");
        List<RecordRow> rows = new ArrayList<>();
        List<Map.Entry<UUID, String>> shown = new ArrayList<>();
        List<String> columns;
        String title;
        switch (figure) {
            case WAITS, INFLOW -> {
                List<WaitRecord> list = waits(region.code(), year, norms, lookup).stream()
                        .filter(w -> figure == Figure.WAITS ? key == null || w.state().name().equals(key)
                                : key != null && String.valueOf(w.urgencyOn().getMonthValue()).equals(key))
                        .toList();
                columns = List.of("Gemeente (besluit)", "Urgentie sinds", "Eerste aanbieding", "Dagen", "Stand");
                title = figure == Figure.WAITS ? "Wachttijd van urgentie tot aanbieding" : "Instroom: urgentie verleend";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(WaitRecord::candidateId).toList());
                for (WaitRecord w : list) {
                    rows.add(row(w.mark(), w.candidateId(), w.reference(), levels, "/uitstroom/kandidaten/" + w.candidateId(),
                            List.of(w.municipalityName(), date.format(w.urgencyOn()),
                                    w.firstOfferOn() == null ? "-" : date.format(w.firstOfferOn()), Long.toString(w.waitingDays()),
                                    LABELS.get(w.state().name())), shown));
                }
            }
            case HOUSED_MUNICIPALITY, HOUSED_CORPORATION, OUTFLOW -> {
                List<HousedRecord> list = housed(region.code(), year, lookup).stream()
                        .filter(h -> switch (figure) {
                            case HOUSED_MUNICIPALITY -> key == null || h.municipalityCode().equals(key);
                            case HOUSED_CORPORATION -> key == null || h.corporationCode().equals(key);
                            default -> key != null && String.valueOf(h.startsOn().getMonthValue()).equals(key);
                        })
                        .filter(h -> quarter == null || h.quarter() == quarter)
                        .toList();
                columns = List.of("Gemeente (woning)", "Corporatie", "Huurzorgovereenkomst vanaf", "Kwartaal");
                title = figure == Figure.OUTFLOW ? "Uitstroom: huurzorgovereenkomsten gestart" : "Gerealiseerd voor het contingent";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(HousedRecord::candidateId).toList());
                for (HousedRecord h : list) {
                    rows.add(row(h.mark(), h.candidateId(), h.reference(), levels, "/uitstroom/huurzorg/" + h.tenancyId(),
                            List.of(h.municipalityName(), h.corporationName(), date.format(h.startsOn()), "K" + h.quarter()), shown));
                }
            }
            case CAP -> {
                columns = List.of("Corporatie", "Kwartaal", "Vrijgekomen woningen (gemeld)", "Gemeld door");
                title = "Gemelde vrijgekomen woningen (basis van het plafond)";
                String code = key == null ? "" : key;
                for (Vacancies.Total t : vacancies.totals(code, year)) {
                    rows.add(new RecordRow("T-" + t.year() + "K" + t.quarter(), null, null, List.of(lookup.organisation(code),
                            "K" + t.quarter(), Integer.toString(t.total()), t.reportedBy())));
                }
                List<HousedRecord> let = housed(region.code(), year, lookup).stream().filter(h -> h.corporationCode().equals(code)).toList();
                Map<UUID, CandidateAccess.Level> levels = levels(user, let.stream().map(HousedRecord::candidateId).toList());
                for (HousedRecord h : let) {
                    rows.add(row(h.mark(), h.candidateId(), h.reference(), levels, "/uitstroom/huurzorg/" + h.tenancyId(),
                            List.of(h.corporationName(), "K" + h.quarter(), "verhuurd aan uitstromer " + date.format(h.startsOn()), ""), shown));
                }
            }
            case OUTCOME -> {
                List<OutcomeRecord> list = outcomes(region.code(), year, lookup).stream()
                        .filter(o -> key == null || o.outcome().equals(key)).toList();
                columns = List.of("Gemeente (woning)", "Corporatie", "Vanaf", "Afgesproken einde", "Uitkomst", "Besloten op");
                title = "Uitkomst van huurzorgovereenkomsten bij het afgesproken einde";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutcomeRecord::candidateId).toList());
                for (OutcomeRecord o : list) {
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/huurzorg/" + o.tenancyId(),
                            List.of(o.municipalityName(), o.corporationName(), date.format(o.startsOn()), date.format(o.agreedEndsOn()),
                                    LABELS.getOrDefault(o.outcome(), o.outcome()), o.decidedOn() == null ? "-" : date.format(o.decidedOn())), shown));
                }
            }
            case OPEN_OFFERS, STALLED_OFFERS -> {
                List<OpenOfferRecord> list = openOffers(region.code(), norms, lookup).stream()
                        .filter(o -> key == null || o.corporationCode().equals(key))
                        .filter(o -> figure == Figure.OPEN_OFFERS || o.stalled()).toList();
                columns = List.of("Corporatie", "Gemeente (woning)", "Aangeboden op", "Dagen zonder antwoord", "Vastgelopen");
                title = figure == Figure.OPEN_OFFERS ? "Aanbiedingen zonder antwoord (vandaag)"
                        : "Vastgelopen aanbiedingen: zonder antwoord na " + norms.stalledOfferDays() + " dagen (vandaag)";
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OpenOfferRecord::candidateId).toList());
                for (OpenOfferRecord o : list) {
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/kandidaten/" + o.candidateId(),
                            List.of(o.corporationName(), o.municipalityName(), date.format(o.offeredOn()), Long.toString(o.daysOpen()),
                                    o.stalled() ? "ja" : "nee"), shown));
                }
            }
            default -> throw new IllegalArgumentException(figure.name());
        }
        // every row is a record of a person, also when it shows only the mark (pseudonymised): each one is logged
        log.recordEach(shown.stream().map(read -> Processing.of("outflow.candidate.read", "candidate", read.getKey().toString(),
                PURPOSE, LegalBasis.PRIORITY_SCHEME).withDetails("monitor: " + figure + " (" + read.getValue() + ")")).toList());
        return new RecordList(figure, key, quarter, title, columns, rows);
    }

    /**
     * A row of a record list: the reference and the link to the record only for whoever may see the candidate (who may
     * see the candidate may see its offers and agreement); for everyone else the mark alone.
     */
    private static RecordRow row(String mark, UUID candidate, String reference, Map<UUID, CandidateAccess.Level> levels,
            String link, List<String> cells, List<Map.Entry<UUID, String>> shown) {
        CandidateAccess.Level level = levels.getOrDefault(candidate, CandidateAccess.Level.NONE);
        boolean seen = level != CandidateAccess.Level.NONE;
        shown.add(Map.entry(candidate, seen ? level.name() : "alleen kenmerk"));
        return new RecordRow(mark, seen ? reference : null, seen ? link : null, cells);
    }

    private Map<UUID, CandidateAccess.Level> levels(CurrentUser user, List<UUID> ids) {
        Map<UUID, CandidateAccess.Level> levels = new HashMap<>();
        if (ids.isEmpty()) {
            return levels;
        }
        Map<UUID, Set<String>> links = candidates.linkedCorporations(ids);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        candidates.findAll(ids).forEach((id, row) -> levels.put(id, CandidateAccess.level(viewer,
                row.subject(links.getOrDefault(id, Set.of())))));
        return levels;
    }

    private static void aggregates(CurrentUser user) {
        if (!CandidateAccess.maySeeAggregates(OutflowSettings.viewer(user))) {
            throw new AccessDeniedException("login required");
        }
    }
}
