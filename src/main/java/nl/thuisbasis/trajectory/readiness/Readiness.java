package nl.thuisbasis.trajectory.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.Candidacies;
import nl.thuisbasis.outflow.CandidateRegistered;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Item;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.instrument.Instruments;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's readiness for living independently, on the checklist of their region, and its link to the outflow
 * candidacy: registering for the priority scheme starts from the trajectory; once registered, the candidacy is linked,
 * its item of the checklist is confirmed, and the readiness date goes to the candidacy when the checklist is complete
 * (for Housing First at once: the checklist informs the support and never holds up housing). Only the provider's
 * staff; every read and write is in the processing log.
 */
@Service
public class Readiness {

    public static final String REFUSED = "readiness-refused";

    private final ReadinessRepository repository;
    private final Clients clients;
    private final Candidacies candidacies;
    private final People people;
    private final ProcessingLog log;

    Readiness(ReadinessRepository repository, Clients clients, Candidacies candidacies, People people, ProcessingLog log) {
        this.repository = repository;
        this.clients = clients;
        this.candidacies = candidacies;
        this.people = people;
        this.log = log;
    }

    /**
     * A client's checklist: the region's items, what is confirmed, the summary, the version to change it with, and the
     * candidacy (when registered and visible) with whether the readiness date reached it.
     */
    public record Checklist(ClientView client, List<Item> items, Map<String, Confirmation> confirmations,
            ReadinessChecklist.Summary summary, int version, Optional<Candidacies.Candidacy> candidacy) {
    }

    /** The list a region uses: its own, or the shipped one while it has none. */
    public List<Item> itemsOf(String region) {
        List<Item> own = repository.items(region);
        return own.isEmpty() ? ReadinessChecklist.SHIPPED : own;
    }

    @Transactional
    public Checklist checklist(CurrentUser user, UUID clientId) {
        ClientView client = clients.require(user, clientId, "readiness.read");
        Checklist checklist = read(user, client);
        log.record(processing("trajectory.readiness.read", clientId));
        return checklist;
    }

    /**
     * Saves the checklist as entered (an item with a day and a name is confirmed, one with neither is open), with the
     * version that was read; then passes the readiness date on to the candidacy when it is complete.
     */
    @Transactional
    public void save(CurrentUser user, UUID clientId, int version, Map<String, Confirmation> entered) {
        ClientView client = clients.require(user, clientId, "readiness.save");
        Set<String> codes = new HashSet<>();
        itemsOf(clients.regionOf(client)).stream().filter(Item::active).forEach(i -> codes.add(i.code()));
        Refused.unless(ReadinessChecklist.problems(entered, codes, clients.today(), client.birthDate()), REFUSED);
        if (!repository.nextVersion(clientId, version)) {
            throw Refused.stale();
        }
        for (Confirmation c : entered.values()) {
            if (c.on() != null) {
                repository.confirm(clientId, c, user.getUsername());
            } else {
                repository.withdraw(clientId, c.item());
            }
        }
        log.record(processing("trajectory.readiness.save", clientId));
        passOn(user, client);
    }

    /**
     * A candidate was registered for the priority scheme: the trajectory of the client with that number (at that
     * provider) is linked to it, its checklist item is confirmed, and the readiness date passed on when it is known.
     */
    @EventListener
    public void registered(CandidateRegistered event) {
        repository.link(event.providerCode(), event.reference(), event.candidate()).ifPresent(clientId -> {
            CurrentUser user = currentUser();
            String by = user == null ? event.providerCode() : user.displayName();
            repository.confirm(clientId, new Confirmation(ReadinessChecklist.PRIORITY_SCHEME, event.registeredOn(), by),
                    user == null ? "system" : user.getUsername());
            log.record(processing("trajectory.client.candidacy", clientId));
            if (user != null) {
                passOn(user, clients.require(user, clientId, "candidacy"));
            }
        });
    }

    /** Passes the readiness date on to the candidacy, once, when there is one to pass on; a refusal leaves it be. */
    private void passOn(CurrentUser user, ClientView client) {
        if (client.candidateId() == null) {
            return;
        }
        Checklist checklist = read(user, client);
        LocalDate on = client.targetHousing() == TargetHousing.HOUSING_FIRST
                ? Optional.ofNullable(checklist.confirmations().get(ReadinessChecklist.PRIORITY_SCHEME)).map(Confirmation::on)
                        .orElse(clients.today())
                : checklist.summary().readyOn();
        if (on == null || checklist.candidacy().isEmpty() || !checklist.candidacy().get().active()
                || checklist.candidacy().get().readyOn() != null) {
            return;
        }
        try {
            candidacies.confirmReadiness(user, client.candidateId(), on, people.nameOf(user.getUsername())
                    + (client.targetHousing() == TargetHousing.HOUSING_FIRST ? " (Housing First)" : " (checklist)"));
        } catch (Refused refused) {
            // the candidacy keeps its state; the trajectory page shows that the date did not reach it
        }
    }

    private Checklist read(CurrentUser user, ClientView client) {
        List<Item> items = itemsOf(clients.regionOf(client));
        Map<String, Confirmation> confirmations = repository.confirmations(client.id());
        Optional<Candidacies.Candidacy> candidacy = client.candidateId() == null ? Optional.empty()
                : candidacies.find(user, client.candidateId());
        return new Checklist(client, items, confirmations, ReadinessChecklist.summary(items, confirmations,
                client.targetHousing() == TargetHousing.HOUSING_FIRST), repository.version(client.id()), candidacy);
    }

    // ---- a region's list, kept by its coordinator (or an administrator)

    /** The regions this user keeps the list of: a coordinator their own, an administrator every one. */
    public static boolean mayKeep(CurrentUser user, String region) {
        return user != null && (user.role() == Role.ADMIN
                || user.role() == Role.REGION_COORDINATOR && Instruments.ownRegion(user).equals(region));
    }

    /** Adds an item at the end of the region's list (the shipped list becomes the region's own first). */
    @Transactional
    public void addItem(CurrentUser user, String region, String nameNl, String nameEn) {
        requireKeeper(user, region);
        List<Item> items = ownList(user, region);
        Set<String> names = new HashSet<>();
        items.forEach(i -> names.add(i.nameNl().toLowerCase(Locale.ROOT)));
        Refused.unless(ReadinessChecklist.itemProblems(nameNl, nameEn, names), REFUSED);
        String code = "ITEM_" + (items.size() + 1) + "_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        repository.insertItem(region, items.size() + 1, new Item(code, nameNl.strip(), nameEn.strip(), true), user.getUsername());
        log.record(Processing.of("trajectory.readiness.item", "region", region, "purpose.trajectory.instrument", LegalBasis.OPERATION));
    }

    /** Takes an item off the region's list (confirmations stay) or puts it back. */
    @Transactional
    public void setActive(CurrentUser user, String region, String code, boolean active) {
        requireKeeper(user, region);
        ownList(user, region);
        if (!repository.setActive(region, code, active, user.getUsername())) {
            throw Refused.notFound();
        }
        log.record(Processing.of("trajectory.readiness.item", "region", region, "purpose.trajectory.instrument", LegalBasis.OPERATION));
    }

    private List<Item> ownList(CurrentUser user, String region) {
        List<Item> own = repository.items(region);
        if (!own.isEmpty()) {
            return own;
        }
        List<Item> copied = new ArrayList<>(ReadinessChecklist.SHIPPED);
        for (int i = 0; i < copied.size(); i++) {
            repository.insertItem(region, i + 1, copied.get(i), user.getUsername());
        }
        return copied;
    }

    private static void requireKeeper(CurrentUser user, String region) {
        if (user == null || !(user.role() == Role.ADMIN || user.role() == Role.REGION_COORDINATOR)) {
            throw new AccessDeniedException("region coordinators and administrators keep the readiness checklist");
        }
        if (!mayKeep(user, region)) {
            throw Refused.invalid(REFUSED, Problem.at("region", "trajectory.instrument.problem.region"));
        }
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    private static Processing processing(String action, UUID client) {
        return Processing.of(action, "client", client.toString(), Clients.PURPOSE, LegalBasis.CARE);
    }
}
