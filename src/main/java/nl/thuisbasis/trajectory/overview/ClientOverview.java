package nl.thuisbasis.trajectory.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.audit.ProcessingLogEntry;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.consent.Consents;
import nl.thuisbasis.trajectory.crisis.CrisisPlanView;
import nl.thuisbasis.trajectory.crisis.CrisisPlans;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import nl.thuisbasis.trajectory.readiness.Readiness;
import nl.thuisbasis.trajectory.sharing.VitalInterest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own overview (right of access, AVG art. 15): what is recorded about them, what is shared with whom, for
 * what and until when, and who read what and when (from the processing log, newest first, refusals included). For the
 * provider's staff to hand over, on a page, as PDF and as JSON. Each part is read through its own use case, which logs
 * its read; the overview logs itself once more as what it is.
 */
@Service
public class ClientOverview {

    /** How many of the newest log entries the overview lists. */
    public static final int READS = 1000;

    private final Clients clients;
    private final Assessments assessments;
    private final SupportPlans plans;
    private final CrisisPlans crisisPlans;
    private final Readiness readiness;
    private final Consents consents;
    private final VitalInterest vital;
    private final ProcessingLog log;
    private final People people;
    private final Organisations organisations;

    ClientOverview(Clients clients, Assessments assessments, SupportPlans plans, CrisisPlans crisisPlans, Readiness readiness,
            Consents consents, VitalInterest vital, ProcessingLog log, People people, Organisations organisations) {
        this.clients = clients;
        this.assessments = assessments;
        this.plans = plans;
        this.crisisPlans = crisisPlans;
        this.readiness = readiness;
        this.consents = consents;
        this.vital = vital;
        this.log = log;
        this.people = people;
        this.organisations = organisations;
    }

    /** One read of the client's data from the log: when, who (a person's name) of which organisation, what, the outcome. */
    public record Read(Instant at, String who, String organisation, String action, String outcome, String basis) {

        public boolean refused() {
            return !"SUCCESS".equals(outcome);
        }
    }

    /** On what ground a read was made, in a word the client understands (a message key's last part). */
    static String basis(String legalBasis) {
        if (LegalBasis.CONSENT.equals(legalBasis)) {
            return "consent";
        }
        if (LegalBasis.VITAL_INTEREST.equals(legalBasis)) {
            return "vital";
        }
        return LegalBasis.CARE.equals(legalBasis) ? "care" : "other";
    }

    /** Everything the overview shows. */
    public record Overview(Clients.Overview client, String providerName, Assessments.History assessments,
            SupportPlans.Plan plan, Optional<CrisisPlanView> crisisPlan, Readiness.Checklist readiness,
            List<Consents.Recorded> consents, List<VitalInterest.Report> vitalInterest, List<Read> reads, Instant made) {
    }

    /** The overview, as {@code what} ("page", "pdf", "export") in the log. */
    @Transactional
    public Overview of(CurrentUser user, UUID clientId, String what) {
        Clients.Overview client = clients.overview(user, clientId);
        Overview overview = new Overview(client, organisations.nameOf(client.client().providerCode()),
                assessments.history(user, clientId), plans.plan(user, clientId), crisisPlans.current(user, clientId),
                readiness.checklist(user, clientId), consents.list(user, clientId), vital.ofClient(client.client()),
                reads(clientId), consents.now());
        log.record(Processing.of("trajectory.overview." + what, "client", clientId.toString(), Clients.PURPOSE, LegalBasis.CARE));
        return overview;
    }

    private List<Read> reads(UUID clientId) {
        // the same pseudonym as the log's search for this client
        List<ProcessingLogEntry> entries = log.ofSubject("client", clientId.toString(), READS);
        Map<String, String> names = people.namesOf(entries.stream().map(ProcessingLogEntry::actor).distinct().toList());
        return entries.stream().map(e -> {
            String name = names.getOrDefault(e.actor(), e.actor());
            String organisation = e.actorOrganisation() == null ? null : organisations.nameOf(e.actorOrganisation());
            // a person's name with their organisation, once (a demo account's name already names it)
            String who = organisation == null || name.contains(organisation) ? name : name + " (" + organisation + ")";
            return new Read(e.occurredAt().toInstant(), who, organisation, e.action(), e.outcome(), basis(e.legalBasis()));
        }).toList();
    }
}
