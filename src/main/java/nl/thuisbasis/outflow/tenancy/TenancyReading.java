package nl.thuisbasis.outflow.tenancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements as one viewer may see them: its corporation and its provider, and the tenant's deciding municipality;
 * region coordinators and administrators only the monitor's aggregates (403). Each agreement shown is logged as a read
 * of its tenant.
 */
@Service
public class TenancyReading {

    private final TenancyRepository repository;
    private final OutflowNames names;
    private final ProcessingLog log;
    private final OutflowClock clock;

    TenancyReading(TenancyRepository repository, OutflowNames names, ProcessingLog log, OutflowClock clock) {
        this.repository = repository;
        this.names = names;
        this.log = log;
        this.clock = clock;
    }

    /** A page of an agreement list, and how many of all its agreements have an evaluation overdue. */
    public record TenancyPage(Slice<Tenancies.TenancyView> slice, int overdue) {
    }

    /** A page of the agreements this user may see; only those on the page are logged as reads. */
    @Transactional
    public TenancyPage page(CurrentUser user, int offset, int limit) {
        TenancyRepository.Scope scope = scope(user, null);
        TenancyRepository.Counts counts = repository.count(scope, clock.today());
        return new TenancyPage(new Slice<>(shown(repository.list(scope, offset, limit)), counts.total()), counts.overdue());
    }

    /** The agreement of one candidate, if this user may see it (only that read is logged). */
    @Transactional
    public Optional<Tenancies.TenancyView> ofCandidate(CurrentUser user, UUID candidateId) {
        return shown(repository.list(scope(user, candidateId), 0, 1)).stream().findFirst();
    }

    @Transactional
    public Optional<Tenancies.TenancyView> get(CurrentUser user, UUID id) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(OutflowAccess.AGGREGATES_ONLY);
        }
        OutflowNames.Lookup lookup = names.lookup();
        Optional<Tenancies.TenancyView> view = repository.find(id).map(t -> view(t, lookup))
                .filter(t -> visible(user, t.corporationCode(), t.providerCode(), t.candidateId()));
        view.ifPresent(t -> log.record(read(t)));
        return view;
    }

    private TenancyRepository.Scope scope(CurrentUser user, UUID candidateId) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(OutflowAccess.AGGREGATES_ONLY);
        }
        return new TenancyRepository.Scope(user.role(), user.organisation().code(), user.organisation().municipalityCode(),
                candidateId);
    }

    /** Whether a user may read an agreement: its corporation, its provider, the tenant's deciding municipality. */
    boolean visible(CurrentUser user, String corporationCode, String providerCode, UUID candidateId) {
        return switch (user.role()) {
            case CORPORATION -> corporationCode.equals(user.organisation().code());
            case PROVIDER -> providerCode.equals(user.organisation().code());
            case MUNICIPALITY -> user.organisation().municipalityCode() != null && user.organisation().municipalityCode()
                    .equals(repository.decidingMunicipality(candidateId));
            case REGION_COORDINATOR, ADMIN -> false;
        };
    }

    private List<Tenancies.TenancyView> shown(List<TenancyRepository.Listed> agreements) {
        OutflowNames.Lookup lookup = names.lookup();
        List<Tenancies.TenancyView> views = agreements.stream().map(t -> view(t, lookup)).toList();
        log.recordEach(views.stream().map(TenancyReading::read).toList());
        return views;
    }

    private static Processing read(Tenancies.TenancyView t) {
        return Processing.of("outflow.candidate.read", "candidate", t.candidateId().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.tenancy", t.id());
    }

    private Tenancies.TenancyView view(TenancyRepository.Listed t, OutflowNames.Lookup lookup) {
        LocalDate today = clock.today();
        return new Tenancies.TenancyView(t.id(), t.offerId(), t.candidateId(), t.reference(), t.vacancyId(), t.address(),
                t.municipalityCode(), lookup.area(t.municipalityCode()), t.corporationCode(), lookup.organisation(t.corporationCode()),
                t.providerCode(), lookup.organisation(t.providerCode()), t.startsOn(), t.endsOn(),
                repository.evaluations(t.id(), today), t.outcome(), t.endReason(), t.outcomeOn(), repository.outcomes(t.id()),
                (t.outcome() == null || t.outcome() == Tenancies.Outcome.EXTENDED) && !today.isBefore(t.endsOn()), t.version());
    }
}
