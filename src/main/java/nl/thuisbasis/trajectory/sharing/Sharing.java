package nl.thuisbasis.trajectory.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.consent.Consents;
import nl.thuisbasis.trajectory.crisis.CrisisPlans;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import nl.thuisbasis.trajectory.domain.TrajectoryAccess;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's reads of a client (decision 0016): a corporation, a municipality's Wmo officer or another care provider
 * sees exactly the categories an active consent gives its organisation (or its kind) for the purpose, and nothing else;
 * without one a 403 {@value #REFUSED}. Every granted and every refused read is one entry per category in the processing
 * log. Lists and totals count only the clients that share with the caller. A read without consent on vital interest
 * ({@link VitalInterest}) goes through {@link #vitalView}.
 */
@Service
public class Sharing {

    /** The problem type of a read no consent allows. */
    public static final String REFUSED = "consent-required";
    /** The problem type of a request that does not say enough (no purpose). */
    public static final String INVALID = "sharing-refused";

    private final Clients clients;
    private final Consents consents;
    private final SharingRepository repository;
    private final Assessments assessments;
    private final SupportPlans plans;
    private final CrisisPlans crisisPlans;
    private final FacilityRegister facilities;
    private final RegionCatalog regions;
    private final People people;
    private final Organisations organisations;
    private final ProcessingLog log;

    Sharing(Clients clients, Consents consents, SharingRepository repository, Assessments assessments, SupportPlans plans,
            CrisisPlans crisisPlans, FacilityRegister facilities, RegionCatalog regions, People people,
            Organisations organisations, ProcessingLog log) {
        this.clients = clients;
        this.consents = consents;
        this.repository = repository;
        this.assessments = assessments;
        this.plans = plans;
        this.crisisPlans = crisisPlans;
        this.facilities = facilities;
        this.regions = regions;
        this.people = people;
        this.organisations = organisations;
        this.log = log;
    }

    /** A page of the clients sharing with the caller's organisation, and how many there are in all (no one else counted). */
    public record Page(List<SharedClient> clients, long total) {
    }

    /** The clients that share something with the caller's organisation now, per purpose (null: every purpose). */
    @Transactional
    public Page clients(CurrentUser user, Purpose purpose, PageQuery page) {
        requirePartner(user, null, "shared.list");
        String org = user.organisationCode();
        String type = type(user);
        LocalDate today = clients.today();
        List<SharingRepository.Row> rows = repository.sharing(org, type, purpose, today, page.offset(), page.pageSize());
        Map<UUID, List<ConsentRules.Consent>> consentsOf = consents.forCheck(rows.stream().map(SharingRepository.Row::clientId)
                .distinct().toList());
        Instant now = consents.now();
        List<SharedClient> shared = new ArrayList<>();
        for (SharingRepository.Row row : rows) {
            List<ConsentRules.Consent> of = consentsOf.getOrDefault(row.clientId(), List.of());
            Map<DataCategory, LocalDate> until = ConsentRules.grants(of, org, OrganisationType.valueOf(type), row.purpose(), today, now);
            shared.add(new SharedClient(row.clientId(), row.name(), organisations.nameOf(row.providerCode()), row.purpose(),
                    until.keySet(), until.values().stream().max(LocalDate::compareTo).orElse(today)));
        }
        log.recordEach(shared.stream().map(s -> consentRead("trajectory.shared.list", s.clientId(), s.purpose())).toList());
        return new Page(shared, repository.countSharing(org, type, purpose, today));
    }

    /**
     * What the client shares with the caller's organisation for the purpose: every category a consent gives (or only
     * {@code category} when given). 404 for a client that does not exist; 403 {@value #REFUSED} when no consent gives
     * what is asked. Each category read, and each refusal, is one entry in the log.
     */
    @Transactional
    public SharedView view(CurrentUser user, UUID clientId, Purpose purpose, DataCategory category) {
        ClientView client = clients.forSharing(clientId).orElse(null);
        requirePartner(user, client, category == null ? "shared.read" : "shared." + category.slug());
        if (client == null) {
            refuse(category == null ? "trajectory.shared.read" : "trajectory.shared." + category.slug(), null, purpose);
            throw Refused.notFound();
        }
        if (purpose == null) {
            throw Refused.invalid(INVALID, Problem.at("purpose", "trajectory.shared.problem.purpose"));
        }
        LocalDate today = clients.today();
        Map<DataCategory, LocalDate> until = ConsentRules.grants(consents.forCheck(clientId), user.organisationCode(),
                user.organisation().type(), purpose, today, consents.now());
        if (category != null) {
            until.keySet().retainAll(java.util.Set.of(category));
        }
        if (until.isEmpty() || client.providerCode().equals(user.organisationCode())) {
            refuse(category == null ? "trajectory.shared.read" : "trajectory.shared." + category.slug(), clientId, purpose);
            throw new Refused(Refused.Kind.FORBIDDEN, REFUSED, List.of(Problem.of("trajectory.shared.problem.noConsent")));
        }
        log.recordEach(until.keySet().stream().map(c -> consentRead("trajectory.shared." + c.slug(), clientId, purpose)).toList());
        return build(client, purpose, until, false);
    }

    /**
     * The category an access on vital interest opened, for the person who opened it and for an hour: each look is in the
     * log on that basis. 404 for anyone else or later.
     */
    @Transactional
    public SharedView vitalView(CurrentUser user, UUID access) {
        SharingRepository.VitalAccess found = repository.vital(access).orElse(null);
        if (found == null || user == null || !found.accessedBy().equals(user.getUsername())
                || found.accessedAt().plus(VitalInterest.OPEN_FOR).isBefore(consents.now())) {
            log.record(Processing.of("trajectory.vital.read", "client", found == null ? "-" : found.clientId().toString(),
                    Clients.PURPOSE, LegalBasis.VITAL_INTEREST).deniedBecause("trajectory.log.refused"));
            throw Refused.notFound();
        }
        ClientView client = clients.forSharing(found.clientId()).orElseThrow(Refused::notFound);
        log.record(Processing.of("trajectory.vital." + found.category().slug(), "client", client.id().toString(),
                VitalInterest.PURPOSE, LegalBasis.VITAL_INTEREST));
        Map<DataCategory, LocalDate> until = new EnumMap<>(DataCategory.class);
        until.put(found.category(), LocalDate.ofInstant(found.accessedAt().plus(VitalInterest.OPEN_FOR), Clients.ZONE));
        return build(client, Purpose.CRISIS_RESPONSE, until, true);
    }

    private SharedView build(ClientView client, Purpose purpose, Map<DataCategory, LocalDate> until, boolean vital) {
        SharedView.Contact contact = null;
        SharedView.Housing housing = null;
        Assessments.Basis scores = null;
        SupportPlans.Plan plan = null;
        nl.thuisbasis.trajectory.crisis.CrisisPlanView crisis = null;
        if (until.containsKey(DataCategory.CONTACT)) {
            String facility = client.facilityId() == null ? null : facilities.findInFull(new FacilityId(client.facilityId()))
                    .map(f -> f.name()).orElse(null);
            contact = new SharedView.Contact(facility, people.nameOf(client.keyWorker()),
                    client.standIn() == null ? null : people.nameOf(client.standIn()));
        }
        if (until.containsKey(DataCategory.HOUSING_PERSPECTIVE)) {
            housing = new SharedView.Housing(client.targetHousing(), municipality(client.preferredMunicipality()),
                    municipality(client.originMunicipality()), client.originReason(), client.phase(), client.phaseSince());
        }
        if (until.containsKey(DataCategory.LIFE_DOMAIN_SCORES)) {
            scores = assessments.basisFor(client);
        }
        if (until.containsKey(DataCategory.SUPPORT_PLAN)) {
            plan = plans.shared(client);
        }
        if (until.containsKey(DataCategory.CRISIS_PLAN)) {
            crisis = crisisPlans.shared(client).orElse(null);
        }
        return new SharedView(client.id(), client.name(), organisations.nameOf(client.providerCode()), purpose, until, contact,
                housing, scores, plan, crisis, vital);
    }

    /** Only partners read shared data; anyone else is refused (and the refusal is logged) as for an unknown client. */
    void requirePartner(CurrentUser user, ClientView client, String what) {
        if (user == null || !TrajectoryAccess.mayReceive(user.viewer()) || user.organisation() == null) {
            refuse("trajectory." + what, client == null ? null : client.id(), null);
            throw new org.springframework.security.access.AccessDeniedException("only partner organisations read shared data");
        }
    }

    private static String type(CurrentUser user) {
        return user.organisation().type().name();
    }

    private void refuse(String action, UUID client, Purpose purpose) {
        log.record(Processing.of(action, "client", client == null ? "-" : client.toString(), purpose(purpose), LegalBasis.CONSENT)
                .deniedBecause("trajectory.log.noConsent"));
    }

    private static Processing consentRead(String action, UUID client, Purpose purpose) {
        return Processing.of(action, "client", client.toString(), purpose(purpose), LegalBasis.CONSENT);
    }

    /** The processing's purpose: the one the consent names. */
    static String purpose(Purpose purpose) {
        return purpose == null ? "purpose.trajectory.sharing" : "purpose.trajectory.sharing." + purpose.name();
    }

    private String municipality(String code) {
        return code == null ? null : regions.area(code).map(Area::name).orElse(code);
    }
}
