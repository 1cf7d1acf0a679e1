package nl.thuisbasis.trajectory.crisis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's crisis plan, made with the client: one current plan per client, changed with the version that was read
 * (a change of an older version is refused, 409), and the crisis card the client carries (one page, PDF). Only the
 * provider's own staff; every read, write and card is one entry in the processing log, and a refusal to anyone else
 * is logged by {@link Clients#require}.
 */
@Service
public class CrisisPlans {

    public static final String REFUSED = "crisis-plan-refused";

    private final CrisisPlanRepository repository;
    private final Clients clients;
    private final CrisisCard card;
    private final ProcessingLog log;

    CrisisPlans(CrisisPlanRepository repository, Clients clients, CrisisCard card, ProcessingLog log) {
        this.repository = repository;
        this.clients = clients;
        this.card = card;
        this.log = log;
    }

    /** The client and their plan (none yet: empty), as the plan's page shows them. */
    public record Sheet(ClientView client, Optional<CrisisPlanView> plan) {
    }

    /** The client's current plan, if one was made. */
    @Transactional
    public Optional<CrisisPlanView> current(CurrentUser user, UUID clientId) {
        return read(user, clientId).plan();
    }

    /** The client with their current plan: one read in the processing log. */
    @Transactional
    public Sheet read(CurrentUser user, UUID clientId) {
        ClientView client = clients.require(user, clientId, "crisis.read");
        Optional<CrisisPlanView> plan = repository.find(clientId);
        log.record(processing("trajectory.crisis.read", clientId));
        return new Sheet(client, plan);
    }

    /** The plan for a read that {@code trajectory.sharing} allowed and logs itself (consent, vital interest); no check here. */
    public Optional<CrisisPlanView> shared(ClientView client) {
        return repository.find(client.id());
    }

    /** Whether there is a plan, when it was agreed and who changed it last: for the client's page. */
    @Transactional
    public Optional<CrisisPlanView> status(CurrentUser user, UUID clientId) {
        clients.require(user, clientId, "crisis.status");
        Optional<CrisisPlanView> plan = repository.find(clientId);
        log.record(processing("trajectory.crisis.status", clientId));
        return plan;
    }

    /** Every problem of a draft at once; nothing is written. */
    public List<Problem> problems(CurrentUser user, UUID clientId, CrisisPlanRules.Draft draft) {
        clients.require(user, clientId, "crisis.save");
        return CrisisPlanRules.problems(draft, clients.today());
    }

    /**
     * Stores the plan as the client's current one and returns its new version. {@code version}: the version that was
     * read, null for the first plan; when someone else saved in the meantime the save is refused as stale (409).
     */
    @Transactional
    public int save(CurrentUser user, UUID clientId, Integer version, CrisisPlanRules.Draft draft) {
        clients.require(user, clientId, "crisis.save");
        Refused.unless(CrisisPlanRules.problems(draft, clients.today()), REFUSED);
        CrisisPlanRules.Draft plan = CrisisPlanRules.normalised(draft);
        boolean saved = version == null ? repository.insert(clientId, plan, user.getUsername())
                : repository.update(clientId, version, plan, user.getUsername());
        if (!saved) {
            throw Refused.stale();
        }
        log.record(processing("trajectory.crisis.save", clientId));
        return version == null ? 0 : version + 1;
    }

    /** The crisis card of the client's current plan, one page of PDF in the reader's language; 404 without a plan. */
    @Transactional
    public byte[] card(CurrentUser user, UUID clientId) {
        ClientView client = clients.require(user, clientId, "crisis.card");
        CrisisPlanView plan = repository.find(clientId).orElseThrow(Refused::notFound);
        byte[] pdf = card.pdf(client, plan);
        log.record(processing("trajectory.crisis.card", clientId));
        return pdf;
    }

    private static Processing processing(String action, UUID id) {
        return Processing.of(action, "client", id.toString(), Clients.PURPOSE, LegalBasis.CARE);
    }
}
