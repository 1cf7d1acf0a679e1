package nl.thuisbasis.trajectory.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's consents to share (decision 0016): recorded by the provider's staff with their evidence, listed, revoked
 * with a reason; a revocation counts from the next request. Every read and write is in the processing log. The check
 * of another organisation's read is {@link ConsentRules#allows} over {@link #forCheck}.
 */
@Service
public class Consents {

    public static final String REFUSED = "consent-refused";
    /** The files a signed form may be, and its largest size. */
    static final Set<String> FORM_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    static final int FORM_BYTES = 5 * 1024 * 1024;

    private final ConsentRepository repository;
    private final Clients clients;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final Clock clock = Clock.systemUTC();

    Consents(ConsentRepository repository, Clients clients, Organisations organisations, ProcessingLog log) {
        this.repository = repository;
        this.clients = clients;
        this.organisations = organisations;
        this.log = log;
    }

    /** A signed consent form as uploaded. */
    public record SignedForm(String name, String type, byte[] content) {
    }

    /** A consent with who recorded it, its evidence and, when revoked, by whom and why. */
    public record Recorded(ConsentRules.Consent consent, ConsentRules.Evidence evidence, String witness, String signedFormName,
            String recordedBy, Instant recordedAt, String revokedBy, String revokeReason, int version) {
    }

    @Transactional
    public List<Recorded> list(CurrentUser user, UUID clientId) {
        clients.require(user, clientId, "consent.read");
        List<Recorded> consents = repository.ofClient(clientId);
        log.record(processing("trajectory.consent.read", clientId));
        return consents;
    }

    @Transactional
    public UUID record(CurrentUser user, UUID clientId, ConsentRules.Draft draft, SignedForm form) {
        clients.require(user, clientId, "consent.record");
        Set<String> known = new HashSet<>();
        organisations.find(Inputs.blank(draft.recipientOrganisation())).ifPresent(o -> known.add(o.code()));
        List<Problem> problems = new java.util.ArrayList<>(ConsentRules.problems(draft, clients.today(), known));
        if (form != null && (!FORM_TYPES.contains(form.type()) || form.content().length > FORM_BYTES)) {
            problems.add(Problem.at("signedForm", "trajectory.consent.problem.signedForm.file", FORM_BYTES / 1024 / 1024));
        }
        Refused.unless(problems, REFUSED);
        UUID id = UUID.randomUUID();
        SignedForm kept = draft.evidence() == ConsentRules.Evidence.SIGNED_FORM ? form : null;
        repository.insert(id, clientId, draft, kept, user.getUsername());
        log.record(processing("trajectory.consent.record", clientId));
        return id;
    }

    /** Revokes a consent, with the version read and a reason; 409 when it was revoked or changed since. */
    @Transactional
    public void revoke(CurrentUser user, UUID clientId, UUID consent, int version, String reason) {
        clients.require(user, clientId, "consent.revoke");
        List<Problem> problems = new java.util.ArrayList<>();
        Inputs.required(problems, "reason", reason, ConsentRules.REASON_LENGTH, "trajectory.consent.problem.reason.required");
        Refused.unless(problems, REFUSED);
        if (!repository.revoke(clientId, consent, version, reason.strip(), user.getUsername())) {
            throw Refused.stale();
        }
        log.record(processing("trajectory.consent.revoke", clientId));
    }

    /** The signed form of a consent, for the provider's staff; 404 when there is none. */
    @Transactional
    public SignedForm signedForm(CurrentUser user, UUID clientId, UUID consent) {
        clients.require(user, clientId, "consent.form");
        SignedForm form = repository.signedForm(clientId, consent).orElseThrow(Refused::notFound);
        log.record(processing("trajectory.consent.form", clientId));
        return form;
    }

    /** The client's consents as the check needs them; the caller logs the read it allows or refuses. */
    public List<ConsentRules.Consent> forCheck(UUID clientId) {
        return repository.forCheck(clientId);
    }

    /** The consents of several clients at once (a page of a list), by client; the caller logs its reads. */
    public java.util.Map<UUID, List<ConsentRules.Consent>> forCheck(java.util.Collection<UUID> clientIds) {
        return repository.forCheck(clientIds);
    }

    /**
     * Per client of a caseload page, how many of their active consents end within {@link ConsentRules#WARN_DAYS} days
     * (clients without one are absent): the care worker asks again in time. The caseload logs its reads.
     */
    public java.util.Map<UUID, Integer> endingSoon(java.util.Collection<UUID> clientIds) {
        java.util.Map<UUID, Integer> soon = new java.util.HashMap<>();
        java.time.LocalDate today = clients.today();
        Instant now = now();
        forCheck(clientIds).forEach((client, of) -> {
            int n = ConsentRules.endingSoon(of, today, now).size();
            if (n > 0) {
                soon.put(client, n);
            }
        });
        return soon;
    }

    /** Now, for the check: a revocation counts from the next request. */
    public Instant now() {
        return clock.instant();
    }

    private static Processing processing(String action, UUID client) {
        return Processing.of(action, "client", client.toString(), Clients.PURPOSE, LegalBasis.CARE);
    }
}
