package nl.thuisbasis.outflow.monitor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.contingent.Contingents;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.outflow.domain.OutflowNorms;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.outflow.vacancy.VacancyRepository;
import nl.thuisbasis.region.Region;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outflow monitor of a region and year: time from urgency to offer against the norm, contingent realisation per
 * municipality and corporation per quarter, cap compliance, the outcomes of agreements at their agreed end, and inflow
 * and outflow per month. Every figure is counted from a list of records, and the same list, filtered, is what the
 * figure links to ({@link MonitorRecords}): so a number can always be traced. The records carry a short mark; the
 * client's reference only for those who may see the candidate (and then the read is logged).
 */
@Service
public class OutflowMonitor {

    /** The API problem code of a refused monitor request. */
    static final String REFUSED = "outflow-refused";

    private final MonitorRepository repository;
    private final OutflowSettings settings;
    private final Contingents contingents;
    private final Vacancies vacancies;
    private final VacancyRepository vacancyRows;
    private final OutflowNames names;
    private final OutflowClock clock;

    OutflowMonitor(MonitorRepository repository, OutflowSettings settings, Contingents contingents, Vacancies vacancies,
            VacancyRepository vacancyRows, OutflowNames names, OutflowClock clock) {
        this.repository = repository;
        this.settings = settings;
        this.contingents = contingents;
        this.vacancies = vacancies;
        this.vacancyRows = vacancyRows;
        this.names = names;
        this.clock = clock;
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
            String corporationName, LocalDate startsOn, LocalDate agreedEndsOn, String outcome, LocalDate decidedOn, int signals,
            int evictionsPrevented) {
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
            Map<String, Integer> outcomes, List<MonthRow> months, int housed, LocalDate today, List<OpenOffers> openOffers,
            Map<String, Integer> outcomeSignals, Map<String, Integer> outcomeEvictionsPrevented) {
    }

    /** How a state (WITHIN_NORM ...) or outcome (REGULAR_LEASE ...) reads in a drill-down list or a file: a message key. */
    static String label(String stateOrOutcome) {
        return "out.monitor.label." + stateOrOutcome;
    }

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
                clock.today(), perCorporation(openOffers(region.code(), norms, lookup)),
                outcomeSums(outcomes, OutcomeRecord::signals), outcomeSums(outcomes, OutcomeRecord::evictionsPrevented));
    }

    // ---- waits

    List<WaitRecord> waits(String regionCode, int year, OutflowSettings.Norms norms, OutflowNames.Lookup lookup) {
        LocalDate today = clock.today();
        return repository.urgent(regionCode, year).stream().map(u -> {
            LocalDate urgency = u.urgencyOn();
            LocalDate offer = u.firstOfferOn();
            WaitState state;
            if (offer != null) {
                state = OutflowNorms.withinNorm(urgency, offer, norms.offerNormMonths()) ? WaitState.WITHIN_NORM : WaitState.LATE;
            } else if (u.withdrawn()) {
                state = WaitState.WITHDRAWN;
            } else {
                state = OutflowNorms.withinNorm(urgency, today, norms.offerNormMonths()) ? WaitState.WAITING : WaitState.WAITING_LATE;
            }
            return new WaitRecord(u.candidateId(), u.mark(), u.reference(), u.decidingMunicipality(),
                    lookup.area(u.decidingMunicipality()), urgency, offer, OutflowNorms.waitingDays(urgency, offer == null ? today : offer),
                    state);
        }).toList();
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
        return repository.started(regionCode, year).stream().map(s -> new HousedRecord(s.tenancyId(), s.candidateId(), s.mark(),
                s.reference(), s.municipalityCode(), lookup.area(s.municipalityCode()), s.corporationCode(),
                lookup.organisation(s.corporationCode()), s.startsOn())).toList();
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
        Set<String> codes = new TreeSet<>(contingent.keySet());
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
        boolean current = year == clock.today().getYear();
        List<CapRow> rows = new ArrayList<>();
        for (String code : vacancyRows.corporations(regionCode)) {
            Vacancies.CapFigures figures = vacancies.capFigures(code, year, current);
            OutflowCap.State state = figures.state(norms.capPercent());
            rows.add(new CapRow(code, lookup.organisation(code), figures.reportedTotal(), figures.let(), figures.committed(),
                    state.allowed(), state.sharePercent(), norms.capPercent(), state.exceeded(), state.unknown()));
        }
        return rows;
    }

    // ---- outcomes

    List<OutcomeRecord> outcomes(String regionCode, int year, OutflowNames.Lookup lookup) {
        LocalDate today = clock.today();
        return repository.ending(regionCode, year).stream().map(e -> {
            String outcome = e.firstOutcome();
            if (outcome == null) {
                outcome = e.agreedEndsOn().isAfter(today) ? "RUNNING" : "PENDING";
            }
            return new OutcomeRecord(e.tenancyId(), e.candidateId(), e.mark(), e.reference(), lookup.area(e.municipalityCode()),
                    lookup.organisation(e.corporationCode()), e.startsOn(), e.agreedEndsOn(), outcome, e.decidedOn(), e.signals(),
                    e.evictionsPrevented());
        }).toList();
    }

    static Map<String, Integer> outcomeCounts(List<OutcomeRecord> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        OUTCOME_KEYS.forEach(k -> counts.put(k, 0));
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return counts;
    }

    /**
     * Per outcome, the early signals of those agreements (or those closed as "eviction prevented"): the signals count in
     * the tenancy outcome, and each sum is the size of the list behind it ({@link Figure#SIGNALS},
     * {@link Figure#EVICTION_PREVENTED}).
     */
    static Map<String, Integer> outcomeSums(List<OutcomeRecord> outcomes, java.util.function.ToIntFunction<OutcomeRecord> count) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        OUTCOME_KEYS.forEach(k -> sums.put(k, 0));
        outcomes.forEach(o -> sums.merge(o.outcome(), count.applyAsInt(o), Integer::sum));
        return sums;
    }

    /** The early signals of the agreements whose agreed end falls in the year, with the outcome of their agreement. */
    List<MonitorRepository.Signal> signals(String regionCode, int year) {
        return repository.signals(regionCode, year);
    }

    // ---- offers without an answer (today, whatever the year: the coordinator's list of what is stuck)

    List<OpenOfferRecord> openOffers(String regionCode, OutflowSettings.Norms norms, OutflowNames.Lookup lookup) {
        LocalDate today = clock.today();
        return repository.openOffers(regionCode).stream().map(o -> new OpenOfferRecord(o.candidateId(), o.mark(), o.reference(),
                o.corporationCode(), lookup.organisation(o.corporationCode()), lookup.area(o.municipalityCode()), o.offeredOn(),
                ChronoUnit.DAYS.between(o.offeredOn(), today), OutflowNorms.stalled(o.offeredOn(), today, norms.stalledOfferDays())))
                .toList();
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
    public enum Figure { WAITS, HOUSED_MUNICIPALITY, HOUSED_CORPORATION, CAP, COMMITTED, OUTCOME, INFLOW, OUTFLOW, OPEN_OFFERS,
        STALLED_OFFERS, SIGNALS, EVICTION_PREVENTED }

    /** The dwellings proposed or offered now, with their candidates (the cap's "committed"). */
    List<MonitorRepository.Committed> committed(String regionCode) {
        return repository.committed(regionCode);
    }

    /** A record in a drill-down list: columns already as text, the reference only where the viewer may see it. */
    public record RecordRow(String mark, String reference, String link, List<String> cells) {
    }

    public record RecordList(Figure figure, String key, Integer quarter, String title, List<String> columns, List<RecordRow> rows,
            String keyLabel) {
    }

    static void aggregates(CurrentUser user) {
        if (!CandidateAccess.maySeeAggregates(OutflowAccess.viewer(user))) {
            throw new AccessDeniedException("login required");
        }
    }
}
