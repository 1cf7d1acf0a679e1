package nl.thuisbasis.outflow.offer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.OutflowProperties;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.OutflowNorms;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers as one viewer may see them: the provider and the corporation their own, the deciding municipality those of its
 * candidates; region coordinators and administrators only the monitor's aggregates (403). Only the offers shown with
 * their candidate's reference are logged as reads of that candidate.
 */
@Service
public class OfferReading {

    private final OfferRepository repository;
    private final OutflowSettings settings;
    private final OutflowProperties properties;
    private final OutflowNames names;
    private final ProcessingLog log;
    private final OutflowClock clock;

    OfferReading(OfferRepository repository, OutflowSettings settings, OutflowProperties properties, OutflowNames names,
            ProcessingLog log, OutflowClock clock) {
        this.repository = repository;
        this.settings = settings;
        this.properties = properties;
        this.names = names;
        this.log = log;
        this.clock = clock;
    }

    /** A page of an offer list, and how many of all its offers are stalled. */
    public record OfferPage(Slice<Offers.OfferView> slice, int stalled) {
    }

    /** A page of the offers this user may see, newest first, optionally only the stalled ones. */
    @Transactional
    public OfferPage page(CurrentUser user, boolean stalledOnly, int offset, int limit) {
        OfferRepository.Scope scope = scope(user, stalledOnly, null, null, null);
        OfferRepository.Counts counts = repository.count(scope);
        return new OfferPage(new Slice<>(shown(user, repository.list(scope, offset, limit)), counts.total()), counts.stalled());
    }

    /** The offers of one candidate, as this user may see them. */
    @Transactional
    public List<Offers.OfferView> ofCandidate(CurrentUser user, UUID candidateId) {
        return shown(user, repository.list(scope(user, false, candidateId, null, null), 0, Integer.MAX_VALUE));
    }

    /** The offers of one dwelling, as this user may see them. */
    @Transactional
    public List<Offers.OfferView> ofVacancy(CurrentUser user, UUID vacancyId) {
        return shown(user, repository.list(scope(user, false, null, vacancyId, null), 0, Integer.MAX_VALUE));
    }

    @Transactional
    public Optional<Offers.OfferView> get(CurrentUser user, UUID id) {
        return shown(user, repository.list(scope(user, false, null, null, id), 0, 1)).stream().findFirst();
    }

    private OfferRepository.Scope scope(CurrentUser user, boolean stalledOnly, UUID candidateId, UUID vacancyId, UUID offerId) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(OutflowAccess.AGGREGATES_ONLY);
        }
        return new OfferRepository.Scope(user.role(), user.organisation().code(), user.organisation().municipalityCode(),
                stalledOnly, candidateId, vacancyId, offerId, clock.today(), properties.stalledOfferDays());
    }

    /** The offers as this user sees them; the reads of the candidates shown are logged, so the log says what was shown. */
    private List<Offers.OfferView> shown(CurrentUser user, List<OfferRepository.Listed> offers) {
        OutflowNames.Lookup lookup = names.lookup();
        Map<String, OutflowSettings.Norms> norms = new HashMap<>();
        LocalDate today = clock.today();
        List<Offers.OfferView> views = offers.stream().map(o -> view(o, user, today, lookup, norms)).toList();
        log.recordEach(views.stream().filter(o -> o.candidateReference() != null)
                .map(o -> Processing.of("outflow.candidate.read", "candidate", o.candidateId().toString(), OutflowAccess.PURPOSE,
                        LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.offer", o.id())).toList());
        return views;
    }

    private Offers.OfferView view(OfferRepository.Listed o, CurrentUser user, LocalDate today, OutflowNames.Lookup lookup,
            Map<String, OutflowSettings.Norms> normsPerRegion) {
        // the query already limits everyone to their own offers; a corporation keeps the candidate's reference only
        // while its offer is open or the candidate lives in its dwelling (CandidateAccess), and never reads the
        // provider's note on a decline: that stays with the provider and the deciding municipality
        boolean identified = switch (user.role()) {
            case PROVIDER, MUNICIPALITY -> true;
            case CORPORATION -> o.status() == Offers.Status.OPEN || o.status() == Offers.Status.ACCEPTED;
            case REGION_COORDINATOR, ADMIN -> false;   // never reached: scope() refuses them
        };
        boolean readsNote = user.role() == Role.PROVIDER || user.role() == Role.MUNICIPALITY;
        OutflowSettings.Norms norms = normsPerRegion.computeIfAbsent(o.regionCode(), settings::norms);
        LocalDate answered = o.answeredOn();
        return new Offers.OfferView(o.id(), o.vacancyId(), o.address(), o.municipalityCode(), lookup.area(o.municipalityCode()),
                identified ? o.candidateId() : null, identified ? o.reference() : null, o.corporationCode(),
                lookup.organisation(o.corporationCode()), o.providerCode(), lookup.organisation(o.providerCode()), o.offeredOn(),
                o.madeBy(), o.status(), answered, o.answeredBy(), o.declineReason(), readsNote ? o.declineNote() : null,
                o.status() == Offers.Status.OPEN && OutflowNorms.stalled(o.offeredOn(), today, norms.stalledOfferDays()),
                ChronoUnit.DAYS.between(o.offeredOn(), answered == null ? today : answered), o.urgencyGrantedOn(),
                OutflowNorms.waitingDays(o.urgencyGrantedOn(), o.offeredOn()),
                OutflowNorms.withinNorm(o.urgencyGrantedOn(), o.offeredOn(), norms.offerNormMonths()), o.tenancyId(), o.version(),
                o.availableFrom());
    }
}
