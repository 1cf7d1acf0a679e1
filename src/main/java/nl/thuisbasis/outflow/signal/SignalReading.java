package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.Euros;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.EarlySignals;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early signals as one viewer may see them: the corporation of the household's agreement, the care provider of the
 * candidacy (whose staff are the key workers), the municipality the household lives in. Region coordinators and
 * administrators see them only as the monitor's aggregates (403). Lists, totals and the overview count only what the
 * viewer may see; each signal shown is logged as a read of its household.
 */
@Service
public class SignalReading {

    /** What the processing log gives as the legal basis of early signals. */
    static final String LEGAL_BASIS = "AVG art. 6 lid 1 sub c en e; Wet gemeentelijke schuldhulpverlening art. 3 (vroegsignalering)";

    /** What the processing log says the reads and steps of a signal are for. */
    static final String PURPOSE = "purpose.outflow.early-signals";

    private final SignalRepository repository;
    private final OutflowNames names;
    private final ProcessingLog log;
    private final OutflowClock clock;

    SignalReading(SignalRepository repository, OutflowNames names, ProcessingLog log, OutflowClock clock) {
        this.repository = repository;
        this.names = names;
        this.log = log;
        this.clock = clock;
    }

    /** A list's filters as the pages and the API take them (all optional). */
    public record Query(EarlySignals.Type type, Boolean open, EarlySignals.Age age) {

        public static final Query ALL = new Query(null, null, null);
    }

    /** A page of the signals this user may see; only those on the page are logged as reads; the total counts the rest. */
    @Transactional
    public Slice<SignalViews.SignalView> page(CurrentUser user, Query query, int offset, int limit) {
        SignalRepository.Scope scope = scope(user);
        SignalRepository.Filter filter = filter(query);
        List<SignalViews.SignalView> views = views(repository.list(scope, filter, offset, limit));
        log.recordEach(views.stream().map(s -> read(s.candidateId(), s.id())).toList());
        return new Slice<>(views, repository.count(scope, filter));
    }

    /** One signal, if this user may see it (the read is logged); 403 for region coordinators and administrators. */
    @Transactional
    public Optional<SignalViews.SignalView> get(CurrentUser user, UUID id) {
        scope(user);
        Optional<SignalViews.SignalView> view = repository.find(id).filter(r -> visible(user, r)).map(r -> views(List.of(r)).get(0));
        view.ifPresent(s -> log.record(read(s.candidateId(), s.id())));
        return view;
    }

    /** The households this user may record a signal about (corporation: its tenants; municipality: living there). */
    @Transactional
    public List<SignalViews.HouseholdView> households(CurrentUser user) {
        SignalRepository.Scope scope = scope(user);
        if (user.role() != Role.CORPORATION && user.role() != Role.MUNICIPALITY) {
            throw new AccessDeniedException("corporations and municipalities record early signals");
        }
        OutflowNames.Lookup lookup = names.lookup();
        List<SignalViews.HouseholdView> households = repository.households(scope, clock.today()).stream()
                .map(h -> new SignalViews.HouseholdView(h.tenancyId(), h.candidateId(), h.reference(), h.address(),
                        lookup.area(h.municipalityCode()), lookup.organisation(h.corporationCode()))).toList();
        log.recordEach(households.stream().map(h -> Processing.of("outflow.candidate.read", "candidate", h.candidateId().toString(),
                PURPOSE, LEGAL_BASIS).withDetailsKey("out.log.signal.household", h.tenancyId())).toList());
        return households;
    }

    /** The open signals this user may see, counted per age band and type (no personal data: nothing is logged). */
    @Transactional(readOnly = true)
    public SignalViews.Overview overview(CurrentUser user) {
        SignalRepository.Scope scope = scope(user);
        LocalDate today = clock.today();
        Map<EarlySignals.Age, Map<EarlySignals.Type, Integer>> counts = new EnumMap<>(EarlySignals.Age.class);
        Map<EarlySignals.Age, Integer> perAge = new EnumMap<>(EarlySignals.Age.class);
        Map<EarlySignals.Type, Integer> perType = new EnumMap<>(EarlySignals.Type.class);
        for (EarlySignals.Age age : EarlySignals.Age.values()) {
            Map<EarlySignals.Type, Integer> row = new EnumMap<>(EarlySignals.Type.class);
            for (EarlySignals.Type type : EarlySignals.Type.values()) {
                row.put(type, 0);
                perType.putIfAbsent(type, 0);
            }
            counts.put(age, row);
            perAge.put(age, 0);
        }
        List<Map.Entry<EarlySignals.Type, LocalDate>> open = repository.open(scope);
        for (Map.Entry<EarlySignals.Type, LocalDate> s : open) {
            EarlySignals.Age age = EarlySignals.Age.of(s.getValue(), today);
            counts.get(age).merge(s.getKey(), 1, Integer::sum);
            perAge.merge(age, 1, Integer::sum);
            perType.merge(s.getKey(), 1, Integer::sum);
        }
        return new SignalViews.Overview(today, Arrays.asList(EarlySignals.Type.values()), Arrays.asList(EarlySignals.Age.values()),
                counts, perAge, perType, open.size());
    }

    /** Whether a user may read (and so take steps on) a signal: its corporation, provider or municipality. */
    static boolean visible(CurrentUser user, SignalRepository.Row s) {
        return switch (user.role()) {
            case CORPORATION -> s.corporationCode().equals(user.organisation().code());
            case PROVIDER -> s.providerCode().equals(user.organisation().code());
            case MUNICIPALITY -> s.municipalityCode().equals(user.organisation().municipalityCode());
            case REGION_COORDINATOR, ADMIN -> false;
        };
    }

    static SignalRepository.Scope scope(CurrentUser user) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(OutflowAccess.AGGREGATES_ONLY);
        }
        return new SignalRepository.Scope(user.role(), user.organisation().code(), user.organisation().municipalityCode());
    }

    private SignalRepository.Filter filter(Query q) {
        LocalDate today = clock.today();
        boolean aged = q.age() != null;
        return new SignalRepository.Filter(q.type(), aged ? Boolean.TRUE : q.open(), aged ? q.age().receivedFrom(today) : null,
                aged ? q.age().receivedUntil(today) : null, null);
    }

    static Processing read(UUID candidateId, UUID signalId) {
        return Processing.of("outflow.signal.read", "candidate", candidateId.toString(), PURPOSE, LEGAL_BASIS)
                .withDetailsKey("out.log.signal", signalId);
    }

    List<SignalViews.SignalView> views(List<SignalRepository.Row> rows) {
        OutflowNames.Lookup lookup = names.lookup();
        LocalDate today = clock.today();
        Map<UUID, List<SignalViews.Step>> steps = repository.steps(rows.stream().map(SignalRepository.Row::id).toList());
        return rows.stream().map(r -> new SignalViews.SignalView(r.id(), r.tenancyId(), r.candidateId(), r.reference(), r.address(),
                r.municipalityCode(), lookup.area(r.municipalityCode()), r.corporationCode(), lookup.organisation(r.corporationCode()),
                r.providerCode(), lookup.organisation(r.providerCode()), r.type(), r.arrearsMonths(),
                r.arrearsCents() == null ? null : Euros.ofCents(r.arrearsCents()), r.receivedOn(), r.responseDays(), r.deadline(),
                r.repeat(), r.repeatWindowMonths(), r.note(), r.recordedBy(), r.recordedAt(), r.outcome(), r.outcomeOn(),
                r.outcomeNote(), r.outcomeBy(), steps.getOrDefault(r.id(), List.of()),
                EarlySignals.overdue(r.deadline(), r.responded(), r.outcome() != null, today),
                r.outcome() == null ? EarlySignals.Age.of(r.receivedOn(), today) : null, r.version())).toList();
    }
}
